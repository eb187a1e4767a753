/**
 * The languages newsdigest reads, and the combined patterns built from their rule tables. A
 * stretch of text is read by the tables of its script: Han characters by `zh`, the rest by `en`.
 * A third language is a new folder with a `Language` and one line here.
 */
import type { CueRule, Language, LexiconRule, PeriodContext, PeriodRule } from './rule.js';
import { en } from './en/index.js';
import { zh } from './zh/index.js';
import { firstChars, inClass, startGuard } from './starts.js';

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
  // By code unit, not a pattern per character: this runs on every sentence.
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
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
 * The rules are tried only where one of them can start (see startGuard) and `place` holds.
 */
export function combine<T extends string>(rules: Array<LexiconRule<T> | CueRule>, wrap: (alternation: string) => string, flags: string, place = ''): Combined<T> {
  return { re: new RegExp(wrap(guarded(rules, (p) => `(${p})`, place)), flags), names: rules.map((r) => r.name as T) };
}

/** The rules' patterns as one alternation, each shaped by `each`, tried only where one of them can start and `place` holds. */
function guarded(rules: Array<{ pattern: string }>, each: (pattern: string) => string, place = ''): string {
  return `${startGuard(rules.map((r) => r.pattern))}${place}(?:${rules.map((r) => each(r.pattern)).join('|')})`;
}

/** A sticky (`y`) pattern's match starting exactly at `at`. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
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

/**
 * A table searched with one pattern that has no groups — with a group per rule, every match built an
 * array of them all and the search ran several times slower — and the rule that matched found after,
 * among the few that can start with the character there.
 */
export interface TableScan<T extends string> {
  re: RegExp;
  flags: string;
  /** Each rule's own pattern and first characters, compiled when first needed (not at start-up). */
  rules: Array<{ name: T; pattern: string; at: RegExp | null; first: string | null | undefined }>;
  byFirst: Map<string, number[]>;
}

/** Bounded: an alternation of rules, each checked alone (see combine). */
export function tableScan<T extends string>(rules: Array<{ name: T; pattern: string }>, flags: string, place = ''): TableScan<T> {
  const re = new RegExp(guarded(rules, (p) => `(?:${uncaptured(p)})`, place), `g${flags}`);
  return { re, flags, rules: rules.map((r) => ({ name: r.name, pattern: r.pattern, at: null, first: undefined })), byFirst: new Map() };
}

function startsWith(rule: TableScan<string>['rules'][number], ch: string): boolean {
  if (rule.first === undefined) rule.first = firstChars(rule.pattern);
  return rule.first === null || inClass(rule.first, ch.charCodeAt(0));
}

/**
 * The rule a match of `scan.re` at `index` stands for — the first in table order whose own pattern
 * matches there — and that pattern's match (with its groups).
 */
export function ruleAt<T extends string>(scan: TableScan<T>, text: string, index: number): { rule: number; match: RegExpExecArray } | null {
  const ch = text[index];
  let candidates = scan.byFirst.get(ch);
  if (candidates === undefined) {
    candidates = scan.rules.flatMap((r, i) => (startsWith(r, ch) ? [i] : []));
    // Kept per character seen; a text of every character there is would not grow it without end.
    if (scan.byFirst.size < 4096) scan.byFirst.set(ch, candidates);
  }
  for (const i of candidates) {
    const match = ruleMatch(scan, i, text, index);
    if (match) return { rule: i, match };
  }
  // Every rule, in case a pattern starts where its first characters, as worked out, said it could not.
  for (let i = 0; i < scan.rules.length; i++) {
    const match = ruleMatch(scan, i, text, index);
    if (match) return { rule: i, match };
  }
  return null;
}

function ruleMatch<T extends string>(scan: TableScan<T>, i: number, text: string, index: number): RegExpExecArray | null {
  const rule = scan.rules[i];
  rule.at ??= new RegExp(rule.pattern, `y${scan.flags}`);
  return sticky(rule.at, text, index);
}

// Metrics of every language in one scan, tried only where a word starts or at a Han character.
const METRIC_RULES = LANGUAGES.flatMap((l) => l.metrics);
export const METRIC_SCAN: TableScan<string> = tableScan(METRIC_RULES, 'i', '(?:(?<![A-Za-z])(?=[A-Za-z])|(?=[\\u4e00-\\u9fff]))');

/** Bases of every language, in table order. */
export const BASIS_SCAN: Combined<'yoy' | 'qoq' | 'mom' | 'wow'> = combine(
  LANGUAGES.flatMap((l) => l.bases),
  (a) => a,
  'i',
);

export const FORECAST_BEFORE_SCAN = combine(LANGUAGES.flatMap((l) => l.forecastBefore), (a) => a, 'i');
export const FORECAST_AFTER_SCAN = combine(LANGUAGES.flatMap((l) => l.forecastAfter), (a) => `^\\s*(?:${a})`, 'i');

/**
 * A pattern with every capture group made a plain group (`(?<fy>…)`, `(…)` → `(?:…)`). Escapes and
 * character classes are passed over; look-arounds and plain groups stay as they are.
 * @example
 * uncaptured('(?<q>[1-4])\\((x)[(](?<=z)') //=> '(?:[1-4])\\((?:x)[(](?<=z)'
 */
export function uncaptured(pattern: string): string {
  let source = '';
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
      source += '(?:';
    } else {
      const named = ch === '(' ? /^\?<[A-Za-z_]\w*>/.exec(pattern.slice(i + 1, i + 40)) : null;
      if (named) i += named[0].length;
      source += named ? '(?:' : ch;
    }
  }
  return source;
}

// Periods of every language, tried in table order at each place. The combined pattern has one
// plain group per rule, its own groups uncaptured: with the rules' hundred groups in it, every match
// built an array and an object of them all. The group that matched names the rule; only that rule's
// own pattern is run again there, for its groups. (Thirty groups cost less than finding the rule
// among those that start alike, as the metric scan does with its hundreds.)
const PERIOD_RULES = LANGUAGES.flatMap((l) => l.periods).map((rule) => ({ rule, at: new RegExp(rule.pattern, 'iy') }));
// Bounded: an alternation of period rules, each checked alone (see combine).
const PERIOD_SCAN = new RegExp(guarded(PERIOD_RULES.map((r) => r.rule), (p) => `(${uncaptured(p)})`), 'gi');

/** Every period expression in `text`, read by the rule that matched. */
export function scanPeriods(text: string, context: Omit<PeriodContext, 'index' | 'sentence'>): Array<{ start: number; end: number; value: string | null }> {
  const out: Array<{ start: number; end: number; value: string | null }> = [];
  PERIOD_SCAN.lastIndex = 0;
  for (let m = PERIOD_SCAN.exec(text); m; m = PERIOD_SCAN.exec(text)) {
    let which = 1;
    while (m[which] === undefined) which++;
    const { rule, at } = PERIOD_RULES[which - 1];
    const own = sticky(at, text, m.index)!;
    out.push({ start: m.index, end: m.index + own[0].length, value: rule.read(own.groups ?? {}, { bulletinDate: context.bulletinDate, yearHint: context.yearHint, sentence: text, index: m.index }) });
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
