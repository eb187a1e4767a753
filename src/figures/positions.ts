/**
 * Sentences, and look-ups by position among the mentions found in one: which name, metric or period
 * stands last before a figure, first after it, or nearest, within its clause or the sentence.
 */
import type { Mention } from './attach.js';

const ABBREVIATION = /(?:\b(?:No|Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])\.$/;

/**
 * Split text into sentences: after `.` `!` `?` and a space before a capital, digit or quote, and
 * after `。！？`. Abbreviations (`No.`, `Inc.`, `U.S.`) do not end a sentence.
 * @example
 * sentences('Sales rose. Profit fell。利润下降。').map(([s, e]) => …) // three sentences
 */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // Each alternative asks first what the character here or just before is: most places fail at once.
  const re = /(?=\s)(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9\u4e00-\u9fff])|(?<=[。！？"”’」）])(?<=[。！？]["”’」）]?)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index;
    if (m[0].length && m[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, end - 6), end))) continue;
    if (end > start) out.push([start, end]);
    start = end + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

// Mentions of one kind are in text order and do not overlap, so starts and ends both increase:
// every look-up below is a binary search, and a sentence with thousands of figures stays fast.

/** Index of the last mention ending at or before `at`, or -1. */
export function lastEndingBy(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first mention starting at or after `at` (mentions.length if none). */
export function firstStartingFrom(mentions: Array<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does `span` overlap any of the mentions? Only the last one starting before its end can. */
export function overlapsAny(mentions: Array<{ start: number; end: number }>, span: { start: number; end: number }): boolean {
  const m = mentions[firstStartingFrom(mentions, span.end) - 1];
  return m !== undefined && m.end > span.start;
}

/** Index of the clause a position falls in (clauses are in order and cover the sentence), or -1. */
export function clauseIndexAt(spans: Array<[number, number]>, at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last mention that ends by `at` (and starts inside `range`, if given). */
export function before(mentions: Mention[], at: number, range: [number, number] | null): Mention | null {
  const m = mentions[lastEndingBy(mentions, at)];
  return m && (!range || m.start >= range[0]) ? m : null;
}

/** The first mention that starts at or after `at` (and ends inside `range`, if given). */
export function firstAfter(mentions: Mention[], at: number, range: [number, number] | null): Mention | null {
  const m = mentions[firstStartingFrom(mentions, at)];
  return m && (!range || m.end <= range[1]) ? m : null;
}

/** The mention closest to [at, end) without overlapping it, inside `range`; the earlier one on a tie. */
export function nearest(mentions: Mention[], at: number, end: number, range: [number, number] | null): Mention | null {
  const b = before(mentions, at, range);
  const a = firstAfter(mentions, end, range);
  if (!a) return b;
  if (!b) return a;
  return at - b.end <= a.start - end ? b : a;
}
