/**
 * The languages newsdigest reads, and the combined patterns built from their rule tables. A
 * stretch of text is read by the tables of its script: Han characters by `zh`, the rest by `en`.
 * A third language is a new folder with a `Language` and one line here.
 */
import type { CueRule, Language, LexiconRule, PeriodContext, PeriodRule } from './rule.js';
import { en } from './en/index.js';
import { zh } from './zh/index.js';

export const LANGUAGES: Language[] = [en, zh];

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The language of a script run, judged by one of its characters. */
export function languageOfChar(ch: string | undefined): Language {
  return ch !== undefined && HAN.test(ch) ? zh : en;
}

/** The language of the text just before `at` (its last character that is no space or digit). */
export function languageBefore(text: string, at: number): Language {
  let i = at - 1;
  while (i >= 0 && /[\s\d.,%$€£¥~+\-–]/.test(text[i])) i--;
  return languageOfChar(text[i]);
}

/** The language of a clause: Han unless Latin letters clearly outnumber it (`Alibaba (阿里巴巴) revenue rose 8%` is English). */
export function languageOfClause(clause: string): Language {
  let han = 0;
  let latin = 0;
  for (const ch of clause) {
    if (HAN.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han > 0 && han * 3 >= latin ? zh : en;
}

/** The alternation of a cue table's patterns, for a caller to anchor (`^(?:…)$`, `^(?:…)`, `(?:…)$`). */
export function cueAlternation(rules: CueRule[]): string {
  return rules.map((r) => r.pattern).join('|');
}

/** One pattern for a table: each rule a capturing group, so the group that matched names the rule. */
export interface Combined<T extends string> {
  re: RegExp;
  names: T[];
}

/**
 * Bounded: a search with an alternation costs at most the sum of its alternatives' searches, and
 * tests/redos.test.ts checks each rule's pattern alone; the checker cannot decide the whole.
 */
export function combine<T extends string>(rules: Array<LexiconRule<T> | CueRule>, wrap: (alternation: string) => string, flags: string): Combined<T> {
  return { re: new RegExp(wrap(rules.map((r) => `(${r.pattern})`).join('|')), flags), names: rules.map((r) => r.name as T) };
}

/** The rule name a combined match stands for, and the match. */
export function matchName<T extends string>(c: Combined<T>, text: string): { name: T; match: RegExpExecArray } | null {
  const m = c.re.exec(text);
  if (!m) return null;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return { name: c.names[i - 1], match: m };
  return null;
}

/** Per-language tables compiled once: what stands right before or after a figure. */
export interface Compiled {
  qualifierBefore: Combined<LexiconRule['name']>;
  qualifierAfter: Combined<LexiconRule['name']>;
  directionBefore: Combined<'up' | 'down'>;
  directionAfter: Combined<'up' | 'down'>;
  /** Movement verbs, searched with the `g` flag: the caller takes the last one. */
  movesTo: Combined<'up' | 'down'>;
  levelTo: Combined<string>;
}

const COMPILED = new Map<Language, Compiled>(
  LANGUAGES.map((l) => [
    l,
    {
      qualifierBefore: combine(l.qualifiersBefore, (a) => `(?:${a})\\s*$`, 'i'),
      qualifierAfter: combine(l.qualifiersAfter, (a) => `^\\s*(?:${a})`, 'i'),
      directionBefore: combine(l.directionsBefore, (a) => `(?:${a})\\s*$`, 'i'),
      directionAfter: combine(l.directionsAfter.length ? l.directionsAfter : [{ name: 'up', pattern: '(?!)', examples: [] }], (a) => `^\\s*(?:${a})`, 'i'),
      movesTo: combine(l.movesTo, (a) => a, 'gi'),
      levelTo: combine(l.levelTo, (a) => `(?:${a})\\s*$`, 'i'),
    },
  ]),
);

export function compiled(language: Language): Compiled {
  return COMPILED.get(language)!;
}

// Metrics of every language in one scan, tried only where a word starts or at a Han character.
const METRIC_RULES = LANGUAGES.flatMap((l) => l.metrics);
export const METRIC_SCAN: Combined<string> = combine(METRIC_RULES, (a) => `(?:(?<![A-Za-z])(?=[A-Za-z])|(?=[\\u4e00-\\u9fff]))(?:${a})`, 'gi');

/** Bases of every language, in table order. */
export const BASIS_SCAN: Combined<'yoy' | 'qoq' | 'mom' | 'wow'> = combine(
  LANGUAGES.flatMap((l) => l.bases),
  (a) => a,
  'i',
);

export const FORECAST_BEFORE_SCAN = combine(LANGUAGES.flatMap((l) => l.forecastBefore), (a) => a, 'i');
export const FORECAST_AFTER_SCAN = combine(LANGUAGES.flatMap((l) => l.forecastAfter), (a) => `^\\s*(?:${a})`, 'i');

/**
 * A pattern with the names of its capture groups taken out (`(?<fy>…)` → `(…)`), and the name of
 * each capture group in order (null for an unnamed one). Escapes and character classes are passed over.
 * @example
 * unnamed('(?<q>[1-4])\\((?:x)(y)(?<=z)') //=> { source: '([1-4])\\((?:x)(y)(?<=z)', names: ['q', null] }
 */
export function unnamed(pattern: string): { source: string; names: Array<string | null> } {
  let source = '';
  const names: Array<string | null> = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      source += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      inClass = ch !== ']';
      source += ch;
    } else if (ch === '[') {
      inClass = true;
      source += ch;
    } else if (ch === '(' && pattern[i + 1] !== '?') {
      names.push(null);
      source += ch;
    } else {
      const named = ch === '(' ? /^\?<([A-Za-z_]\w*)>/.exec(pattern.slice(i + 1, i + 40)) : null;
      if (named) {
        names.push(named[1]);
        i += named[0].length;
      }
      source += ch;
    }
  }
  return { source, names };
}

// Periods of every language, tried in table order at each place. The combined pattern has no
// named groups: a match of one with a hundred names built an object of them all, a third of the
// time spent finding periods; each rule gets only its own, by index.
const PERIOD_RULES = LANGUAGES.flatMap((l) => l.periods).map((rule) => ({ rule, ...unnamed(rule.pattern), at: 0, groups: [] as Array<[string, number]> }));
{
  let index = 1;
  for (const r of PERIOD_RULES) {
    r.at = index;
    r.groups = r.names.flatMap((name, k) => (name === null ? [] : [[name, index + 1 + k] as [string, number]]));
    index += 1 + r.names.length;
  }
}
// Bounded: an alternation of period rules, each checked alone (see combine).
const PERIOD_SCAN = new RegExp(PERIOD_RULES.map((r) => `(${r.source})`).join('|'), 'gi');

/** Every period expression in `text`, read by the rule that matched. */
export function scanPeriods(text: string, context: Omit<PeriodContext, 'index' | 'sentence'>): Array<{ start: number; end: number; value: string | null }> {
  const out: Array<{ start: number; end: number; value: string | null }> = [];
  PERIOD_SCAN.lastIndex = 0;
  for (let m = PERIOD_SCAN.exec(text); m; m = PERIOD_SCAN.exec(text)) {
    const r = PERIOD_RULES.find((x) => m![x.at] !== undefined)!;
    const groups: Record<string, string | undefined> = {};
    for (const [name, k] of r.groups) groups[name] = m[k];
    out.push({ start: m.index, end: m.index + m[0].length, value: r.rule.read(groups, { ...context, sentence: text, index: m.index }) });
    if (m[0].length === 0) PERIOD_SCAN.lastIndex++;
  }
  return out;
}

/** A metric and the words that name it, per language (each a pattern alternative of its rule). */
export interface MetricWords {
  metric: string;
  words: Record<string, string[]>;
}

/**
 * The metric vocabulary: every metric the lexicon names, in table order, with the English and
 * Chinese words (as patterns) that map to it.
 * @example
 * metricVocabulary().find((m) => m.metric === 'gmv')
 * //=> { metric: 'gmv', words: { en: ['gross merchandise (?:value|volume)', 'GMV'], zh: ['商品交易总额', '(?:全网)?(?:电商)?平台(?:累计)?总?(?:交易|成交)总?额', '全网(?:电商)?(?:累计)?总?(?:交易|成交|销售)总?额', '销售额(?<=平台销售额)'] } }
 */
export function metricVocabulary(): MetricWords[] {
  const byMetric = new Map<string, MetricWords>();
  for (const language of LANGUAGES) {
    for (const rule of language.metrics) {
      const entry = byMetric.get(rule.name) ?? { metric: rule.name, words: Object.fromEntries(LANGUAGES.map((l) => [l.code, [] as string[]])) };
      entry.words[language.code].push(...topLevelAlternatives(rule.pattern));
      byMetric.set(rule.name, entry);
    }
  }
  return [...byMetric.values()];
}

/** A pattern's top-level alternatives: `a|(?:b|c)` → `a`, `(?:b|c)`. */
export function topLevelAlternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, pattern.slice(from)];
}
