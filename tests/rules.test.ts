import { describe, expect, it } from 'vitest';
import { metricMentions } from '../src/figures/attach.js';
import { scanFigures } from '../src/figures/numbers.js';
import { movedTo } from '../src/figures/steps/direction.js';
import { BASIS_SCAN, compiled, FORECAST_AFTER_SCAN, FORECAST_BEFORE_SCAN, LANGUAGES, languageBefore, languageOfClause, matchName, ruleAt, scanPeriods, tableScan } from '../src/figures/rules/index.js';
import type { Language } from '../src/figures/rules/rule.js';
import { firstChars, inClass, startGuard } from '../src/figures/rules/starts.js';
import { foldWidth } from '../src/parse/lines.js';

// Duckling-style: every rule of every language's tables comes with examples, and each example is
// read by the combined pattern of its table (through the tokenizer where the rule reads a figure).
const firstFigure = (text: string) => scanFigures(foldWidth(text))[0];
const lastFigure = (text: string) => scanFigures(foldWidth(text)).at(-1);

const TABLES: Array<[string, (l: Language) => Array<{ name: string; examples: string[] }>, (example: string) => string | null | undefined]> = [
  ['metrics', (l) => l.metrics, (x) => metricMentions(foldWidth(x))[0]?.value],
  ['qualifiers before', (l) => l.qualifiersBefore, (x) => firstFigure(x)?.qualifier],
  ['qualifiers after', (l) => l.qualifiersAfter, (x) => firstFigure(x)?.qualifier],
  ['directions before', (l) => l.directionsBefore, (x) => firstFigure(x)?.direction],
  ['directions after', (l) => l.directionsAfter, (x) => firstFigure(x)?.direction],
  ['movement verbs', (l) => l.movesTo, (x) => movedTo(x.slice(0, lastFigure(x)!.start))?.direction],
  ['level markers', (l) => l.levelTo, (x) => matchName(compiled(languageBefore(x, x.length)).levelTo, x)?.name],
  ['bases', (l) => l.bases, (x) => matchName(BASIS_SCAN, x)?.name],
  ['forecast cues before', (l) => l.forecastBefore, (x) => matchName(FORECAST_BEFORE_SCAN, x)?.name],
];

for (const language of LANGUAGES) {
  describe(`${language.code} rule tables`, () => {
    for (const [table, rulesOf, read] of TABLES) {
      for (const rule of rulesOf(language)) {
        it(`${table}: ${rule.name} (${rule.examples.join(' | ')})`, () => {
          expect(rule.examples.length).toBeGreaterThan(0);
          for (const example of rule.examples) expect([example, read(example)]).toEqual([example, rule.name]);
        });
      }
    }
    for (const rule of language.forecastAfter) {
      it(`forecast cues after: ${rule.name}`, () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const example of rule.examples) {
          const f = firstFigure(example)!;
          expect(FORECAST_AFTER_SCAN.re.test(example.slice(f.end))).toBe(true);
        }
      });
    }
    for (const rule of language.periods) {
      it(`periods: ${rule.name}`, () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const [text, bulletinDate, expected] of rule.examples) {
          const read = scanPeriods(text, { bulletinDate, yearHint: null }).map((p) => p.value).filter((v) => v !== null);
          expect([text, read[0] ?? null]).toEqual([text, expected]);
        }
      });
    }
  });
}

describe('language per stretch of text', () => {
  it('reads a clause by the script most of it is written in', () => {
    expect(['Alibaba (阿里巴巴) revenue rose 8%', 'TikTok Shop美国站2024年GMV约为90亿美元', 'Sales up 5%'].map((c) => languageOfClause(c).code)).toEqual(['en', 'zh', 'en']);
  });
});

// Entity cues: an English cue matches its examples whole; a Chinese one opens (or, for measures, ends) them.
describe('entity cues', async () => {
  const tables = { en: await import('../src/figures/rules/en/entities.js'), zh: await import('../src/figures/rules/zh/entities.js') };
  for (const [code, cues] of Object.entries(tables)) {
    for (const [table, rules] of Object.entries(cues)) {
      const shape = code === 'en' ? (p: string) => `^(?:${p})$` : table === 'MEASURE_END' ? (p: string) => `(?:${p})$` : (p: string) => `^(?:${p})`;
      for (const rule of rules) {
        it(`${code} ${table}: ${rule.name}`, () => {
          expect(rule.examples.length).toBeGreaterThan(0);
          for (const example of rule.examples) expect([example, new RegExp(shape(rule.pattern)).test(example)]).toEqual([example, true]);
        });
      }
    }
  }
});

// A combined table is tried only where one of its rules can start: the guard must never rule out a
// place where a rule matches, or a figure, metric or period would silently go missing.
describe('start guards', () => {
  it('ask for one of the rules\' first characters, and a word start when every Latin rule opens a word', () => {
    expect(startGuard(['\\brevenue', '营收|收入'])).toBe('(?=[r营收])(?:(?<![A-Za-z])|(?![A-Za-z]))');
    expect(startGuard(['(?:the\\s)?first'])).toBe('(?=[tf])');
    expect(startGuard(['\\b(?:e-?)?commerce'])).toBe('(?=[ec])(?:(?<![A-Za-z])|(?![A-Za-z]))');
    // `(?<![A-Za-z][-−])` rules out a letter and a dash, not a letter alone: no word start is asked for.
    expect(startGuard(['(?<![A-Za-z][-−])x'])).toBe('(?=[x])');
    expect(startGuard(['(?<![\\w.%)])[-−]?\\d'])).toBe('(?=[\\-−\\d])(?:(?<![A-Za-z])|(?![A-Za-z]))');
    expect(startGuard(['[–—-]'])).toBe('(?=[–—\\-])(?:(?<![A-Za-z])|(?![A-Za-z]))');
  });
  it('is empty when a rule can start anywhere or match nothing', () => {
    expect([startGuard(['a?b?']), startGuard(['.x']), startGuard(['[^a]']), startGuard(['x', '\\w+'])]).toEqual(['', '', '', '(?=[x\\w])']);
  });
  it('finds what the table without it finds, on every table', () => {
    const text = foldWidth('Revenue grew 12% year-on-year to US$5.2bn in fiscal Q2 2024, nearly doubling; 营收同比增长约12%至52亿元，较去年12月下降0.5个百分点。');
    let found = 0;
    for (const language of LANGUAGES) {
      for (const rules of [language.metrics, language.qualifiersBefore, language.directionsBefore, language.movesTo, language.periods]) {
        const alternation = rules.map((r) => `(?:${r.pattern})`).join('|');
        const guarded = new RegExp(`${startGuard(rules.map((r) => r.pattern))}(?:${alternation})`, 'gi');
        const plain = new RegExp(alternation, 'gi');
        const matches = [...text.matchAll(plain)].map((m) => [m.index, m[0]]);
        expect([...text.matchAll(guarded)].map((m) => [m.index, m[0]])).toEqual(matches);
        found += matches.length;
      }
    }
    expect(found).toBe(13);
  });
});

describe('table scans', () => {
  it('know the characters a rule starts with', () => {
    expect([firstChars('(?:gross )?margins?|毛利率'), firstChars('\\b(?:fiscal|FY)\\s?\\d'), firstChars('.+'), firstChars('x?')]).toEqual(['gm毛', 'fF', null, null]);
    const holds = (inside: string, chars: string) => [...chars].map((c) => inClass(inside, c.charCodeAt(0)));
    expect(holds('gm毛', 'GgMm毛x营')).toEqual([true, true, true, true, true, false, false]);
    expect(holds('\\d\\-−', '5-−a')).toEqual([true, true, true, false]);
    expect(holds('A-Z\\u4e00-\\u9fff', 'q营,')).toEqual([true, true, false]);
    expect(holds('\\w', '_')).toEqual([true]);
  });
  it('name the rule an alternation of the table would take at each place: the first in table order', () => {
    const rules = [
      { name: 'adjusted', pattern: 'adjusted net income' },
      { name: 'net', pattern: 'net (?:income|profit)' },
      { name: 'income', pattern: '(?:net )?income' },
      { name: 'profit', pattern: '净利润|利润' },
    ];
    const scan = tableScan(rules, 'i');
    const text = 'Adjusted net income rose; net income and income fell; 净利润与利润';
    const named = [...text.matchAll(scan.re)].map((m) => [m[0], rules[ruleAt(scan, text, m.index)!.rule].name]);
    expect(named).toEqual([['Adjusted net income', 'adjusted'], ['net income', 'net'], ['income', 'income'], ['净利润', 'profit'], ['利润', 'profit']]);
  });
  it('still names the rule should its first characters be wrong: every rule is tried after the candidates', () => {
    const scan = tableScan([{ name: 'gmv', pattern: 'GMV' }, { name: 'orders', pattern: 'orders' }], 'i');
    scan.rules[0].first = 'x';
    expect([ruleAt(scan, 'GMV rose', 0)?.rule, ruleAt(scan, 'orders fell', 0)?.rule, ruleAt(scan, 'sales', 0)]).toEqual([0, 1, null]);
  });
});
