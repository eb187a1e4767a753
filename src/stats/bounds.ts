/**
 * What a printed figure allows the true number to be. `US$58 billion` is anything that rounds to
 * it (57.5 to 58.5 billion); `nearly US$4 billion` is a little under 4 billion; `more than 100%`
 * has no upper end. Consistency checks compare these ranges rather than bare values. Pure.
 */
import type { Figure } from '../model.js';

export interface Bounds {
  lo: number;
  hi: number;
  /** Why the range is as wide as it is: `rounding`, `about ±5%`, `more than`… */
  why: string[];
}

/** How far `about` lets a number stray, and how far below it `nearly` reaches (never above it). */
export const ABOUT = 0.05;
export const NEARLY = 0.1;
/** A figure written in words (`half`, `doubled`, `超千亿`) is taken to within this fraction. */
export const IN_WORDS = 0.1;

const FULL_WIDTH_DIGIT = /[０-９．，]/g;
const WRITTEN_NUMBER = /\d+(?:[,\s]\d{3})*(?:\.(\d+))?/;

/**
 * Half a unit in the last digit written, in the figure's own scale: 0.5 billion for
 * `US$58 billion`, 0.005 for `8.35%`.
 * @example
 * roundingOf({ text: 'US$34.3 billion', value: 34300000000 }) //=> 50000000
 */
export function roundingOf(f: Pick<Figure, 'text' | 'value'>): number | null {
  if (f.value === null) return null;
  const text = f.text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = WRITTEN_NUMBER.exec(text);
  if (!m) return null;
  const written = Number(m[0].replace(/[,\s]/g, ''));
  if (!written) return null;
  const decimals = m[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals * Math.abs(f.value / written);
}

/**
 * The range of true values a figure allows; a change is signed (`down 35%` → around -35).
 * @example
 * boundsOf({ text: 'US$4 billion', value: 4e9, qualifier: 'nearly', direction: null, change: false })
 * //=> { lo: 3600000000, hi: 4000000000, why: ['rounding', 'nearly: up to 10% under'] }
 */
export function boundsOf(f: Pick<Figure, 'text' | 'value' | 'qualifier' | 'direction' | 'change'>): Bounds | null {
  if (f.value === null) return null;
  const v = Math.abs(f.value);
  const rounding = roundingOf(f);
  const why: string[] = [];
  let half: number;
  if (rounding === null) {
    half = v * IN_WORDS;
    why.push(`in words ±${IN_WORDS * 100}%`);
  } else {
    half = rounding;
    why.push('rounding');
  }
  let lo = v - half;
  let hi = v + half;
  switch (f.qualifier) {
    case 'about':
      lo = Math.min(lo, v * (1 - ABOUT));
      hi = Math.max(hi, v * (1 + ABOUT));
      why.push(`about ±${ABOUT * 100}%`);
      break;
    case 'nearly':
      lo = v * (1 - NEARLY);
      hi = v;
      why.push(`nearly: up to ${NEARLY * 100}% under`);
      break;
    case 'over':
    case 'at_least':
      lo = v;
      hi = Infinity;
      why.push(f.qualifier === 'over' ? 'more than' : 'at least');
      break;
    case 'under':
    case 'up_to':
      lo = -Infinity;
      hi = v;
      why.push(f.qualifier === 'under' ? 'less than' : 'up to');
      break;
  }
  const negative = f.change ? f.direction === 'down' : f.value < 0;
  return negative ? { lo: -hi, hi: -lo, why } : { lo, hi, why };
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * The change from one level to another, in percent, as a range: every pair of true values the two
 * levels allow.
 */
export function impliedChange(from: Bounds, to: Bounds): Bounds | null {
  if (!(from.lo > 0)) return null;
  return {
    lo: (to.lo / from.hi - 1) * 100,
    hi: (to.hi / from.lo - 1) * 100,
    why: [...new Set([...from.why, ...to.why])],
  };
}

/** A part's share of a whole, in percent, as a range. */
export function impliedShare(part: Bounds, whole: Bounds): Bounds | null {
  if (!(whole.lo > 0)) return null;
  return {
    lo: (part.lo / whole.hi) * 100,
    hi: (part.hi / whole.lo) * 100,
    why: [...new Set([...part.why, ...whole.why])],
  };
}
