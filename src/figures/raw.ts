/**
 * What every reader of the tokenizer shares: the raw figure, exact scaling, the small look-ups around
 * a figure (qualifier, direction, each read by the rules of its script) and figure builders.
 */
import type { Direction, FigureKind, Qualifier } from '../model.js';
import { CURRENCY_SUFFIX, MEASURE_WORDS } from './lexicon.js';
import { compiled, languageBefore, languageOfChar, matchName } from './rules/index.js';

// Patterns the readers share: a currency word after a number, a Chinese measure word, an English counted noun.
export const SUFFIX_CURRENCY = new RegExp(
  `(?:\\s|-(?=cents?\\b))?(?:(?:${Object.keys(CURRENCY_SUFFIX).filter((k) => /^[a-z .]+$/.test(k)).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.]/g, '\\.').replace(/ /g, '\\s')).join('|')})(?![A-Za-z])|${Object.keys(CURRENCY_SUFFIX).filter((k) => !/^[a-z .]+$/.test(k)).sort((a, b) => b.length - a.length).join('|')})`,
  'iy',
);
export const MEASURE = new RegExp(`(?:${MEASURE_WORDS})`, 'y');
export const COUNT_NOUN = /\s?(?:(?:["“][^"”]{1,24}["”]|(?:[A-Z]\.){2,}|[A-Za-z][\w-]*)\s){0,3}?(?:["“][^"”]{1,24}["”]\s)?([a-z][a-z-]*[a-rt-z]s|[a-z]+ies|[a-z]+ren|people)\b/y;


/** A figure as the tokenizer reads it, before metric, entity and period are attached. */
export interface RawFigure {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  direction: Direction | null;
  /** For counts: the counted noun phrase, plural, as written (`infringement links`). */
  counted: string | null;
}

/** A decimal number times ten to `pow`, computed on the digits so `2452.675 billion` is exact. */
export function scaled(int: string, frac: string, pow: number): number {
  const digits = int + frac;
  const point = int.length + pow;
  if (point <= 0) return Number('0.' + '0'.repeat(-point) + digits);
  if (point >= digits.length) return Number(digits + '0'.repeat(point - digits.length));
  return Number(digits.slice(0, point) + '.' + digits.slice(point));
}

export const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function chineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? CHINESE_DIGITS[m[1]] : 1) * 10 + (m[2] ? CHINESE_DIGITS[m[2]] : 0);
  return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
}

export function qualifierBefore(before: string): { qualifier: Qualifier | null; length: number } {
  const found = matchName(compiled(languageBefore(before, before.length)).qualifierBefore, before);
  if (!found) return { qualifier: null, length: 0 };
  // `items priced under $15`, `售价低于15美元的服装`: a threshold describing something else, not a qualifier of the amount.
  const threshold = found.name === 'under' && THRESHOLD_OF.test(before.slice(0, before.length - found.match[0].length));
  return { qualifier: threshold ? null : (found.name as Qualifier), length: found.match[0].length };
}

/** The words before a figure without the qualifier that ends them (`rose to about ` → `rose to `). */
export function withoutQualifier(before: string): string {
  return before.slice(0, before.length - qualifierBefore(before).length);
}

const THRESHOLD_OF = /(?:\b(?:priced|costing|worth|valued|items|goods|products|parcels|packages|orders|shipments)|售价|价格|价值|单价|货值)\s*$/i;

export function qualifierAfter(after: string): Qualifier | null {
  return (matchName(compiled(languageOfChar(after.trimStart()[0])).qualifierAfter, after)?.name as Qualifier | undefined) ?? null;
}

/** The direction word before the figure (`up`, `增长`) or the noun after it (`a 5% increase`), each read in its own script. */
export function directionAround(before: string, after: string): Direction | null {
  const b = matchName(compiled(languageBefore(before, before.length)).directionBefore, before);
  if (b) return b.name;
  return matchName(compiled(languageOfChar(after.trimStart()[0])).directionAfter, after)?.name ?? null;
}

export function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (/ies$/.test(noun)) return noun.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(noun)) return noun.slice(0, -2);
  if (/ren$/.test(noun)) return noun.slice(0, -3);
  return noun.replace(/s$/, '');
}

/** A figure with no range and no counted noun. */
export function plainFigure(kind: FigureKind, start: number, end: number, value: number, unit: string | null, qualifier: Qualifier | null, direction: Direction | null): RawFigure {
  return { kind, start, end, value, low: null, high: null, unit, qualifier, direction, counted: null };
}

/** A figure whose qualifier and direction are read from the words around it. */
export function bare(kind: FigureKind, start: number, end: number, value: number, unit: string | null, text: string): RawFigure {
  const before = text.slice(Math.max(0, start - 40), start);
  const q = qualifierBefore(before);
  const direction = kind === 'percent' ? directionAround(before.slice(0, before.length - q.length), text.slice(end, end + 20)) : null;
  return plainFigure(kind, start, end, value, unit, q.qualifier ?? qualifierAfter(text.slice(end, end + 6)), direction);
}
