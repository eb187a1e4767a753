import { describe, expect, it } from 'vitest';
import { metricMentions } from '../src/figures/attach.js';
import { scanFigures } from '../src/figures/numbers.js';
import { movedTo } from '../src/figures/steps/direction.js';
import { BASIS_SCAN, compiled, FORECAST_AFTER_SCAN, FORECAST_BEFORE_SCAN, LANGUAGES, languageBefore, languageOfClause, matchName, scanPeriods } from '../src/figures/rules/index.js';
import type { Language } from '../src/figures/rules/rule.js';
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
