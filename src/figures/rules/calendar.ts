/** Small calendar helpers the period rules of every language share. */

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Ordinals of quarters and halves, in the words and digits of every language. */
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Chinese numerals one to twelve. */
export const ZH_NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** A period that is one calendar day (`2024-11-29`), not a span of days or anything longer. */
export function isOneDay(period: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(period);
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The year a bare quarter, half or month most recently ended in: the year the sentence states,
 * else the last one before the bulletin date; null with neither.
 * @example
 * recentYear(12, '2024-02-20', null) //=> 2023
 */
export function recentYear(endMonth: number, bulletinDate: string | null, yearHint: number | null): number | null {
  if (yearHint !== null) return yearHint;
  if (!bulletinDate) return null;
  const [y, m] = bulletinDate.split('-').map(Number);
  return endMonth <= m ? y : y - 1;
}

/**
 * `last May`, `this May`, `next May` said on the bulletin's date: the latest such month before it,
 * the one of its year, the first after it; null with no date.
 * @example
 * relativeMonth('last', 5, '2024-03-05') //=> '2023-05'
 * relativeMonth('next', 6, '2024-03-05') //=> '2024-06'
 */
export function relativeMonth(which: string, month: number, bulletinDate: string | null): string | null {
  if (!bulletinDate) return null;
  const [y, m] = bulletinDate.split('-').map(Number);
  const year = which === 'last' ? (month < m ? y : y - 1) : which === 'next' ? (month > m ? y : y + 1) : y;
  return `${year}-${pad(month)}`;
}

/** How many spans from now `last`, `this` and `next` (and 去年, 今年, 明年) count. */
export const RELATIVE_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1, 去年: -1, 今年: 0, 明年: 1 };

/**
 * The year, quarter or month `shift` of them from the bulletin's date (`last year`, `this quarter`,
 * `next month`, `去年`); null with no date.
 * @example
 * relativeSpan('month', -1, '2024-01-15') //=> '2023-12'
 * relativeSpan('quarter', 1, '2024-11-08') //=> '2025-Q1'
 * relativeSpan('year', -1, '2024-03-04') //=> '2023'
 */
export function relativeSpan(unit: 'year' | 'quarter' | 'month', shift: number, bulletinDate: string | null): string | null {
  if (!bulletinDate) return null;
  const [y, m] = bulletinDate.split('-').map(Number);
  if (unit === 'year') return String(y + shift);
  if (unit === 'month') {
    const index = y * 12 + (m - 1) + shift;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  }
  const index = y * 4 + Math.floor((m - 1) / 3) + shift;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Twelve months ending with a month: `2024-04/2025-03` for March 2025.
 * @example
 * twelveMonthsTo(2025, 3) //=> '2024-04/2025-03'
 */
export function twelveMonthsTo(year: number, month: number): string {
  const start = month === 12 ? `${year}-01` : `${year - 1}-${pad(month + 1)}`;
  return `${start}/${year}-${pad(month)}`;
}

/**
 * The year of a bare quarter, half or month that guidance or an estimate speaks of: the latest one
 * that has begun by three months after the bulletin date (the quarter under way or the next).
 * @example
 * comingYear(7, '2024-07-31', null) //=> 2024
 * comingYear(1, '2024-11-15', null) //=> 2025
 */
export function comingYear(startMonth: number, bulletinDate: string | null, yearHint: number | null): number | null {
  if (yearHint !== null) return yearHint;
  if (!bulletinDate) return null;
  const [y, m] = bulletinDate.split('-').map(Number);
  return startMonth <= m + 3 - 12 ? y + 1 : startMonth <= m + 3 ? y : y;
}

/**
 * A month and day as `YYYY-MM-DD`: in the year given, else the one that puts it nearest before the
 * bulletin date (a January bulletin's `12月30日` is last December); null with neither or no such day.
 * @example
 * dayOf(null, 12, 30, '2024-01-05') //=> '2023-12-30'
 */
export function dayOf(year: number | null, month: number, day: number, bulletinDate: string | null): string | null {
  let y = year;
  if (y === null) {
    if (!bulletinDate) return null;
    const [by, bm, bd] = bulletinDate.split('-').map(Number);
    y = month < bm || (month === bm && day <= bd) ? by : month - bm > 6 ? by - 1 : by;
  }
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/**
 * The date of a weekday (1 Monday … 7 Sunday) up to the bulletin's own: the bulletin's day itself
 * when it is that weekday, else the last one before; with `lastWeek`, the one in the week before.
 * @example
 * weekday('2024-11-11', 5, true) //=> '2024-11-08'
 */
export function weekday(bulletinDate: string | null, day: number, lastWeek: boolean): string | null {
  if (!bulletinDate || day < 1 || day > 7) return null;
  const [y, m, d] = bulletinDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const today = ((date.getUTCDay() + 6) % 7) + 1;
  let back = (today - day + 7) % 7;
  if (lastWeek) back = today - day + 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

// What after four digits makes them an amount, not a year: more digits, a decimal, a scale, a unit
// (`2078.7亿`, `2024亿元`, `2030 million`, `1999%`).
export const NOT_A_YEAR_AFTER = '[\\d\\-/.,]\\d|\\d|\\s?(?:[亿万千百元%]|美元|家|人|个|件|辆|台|(?:billion|million|thousand|bn|mn)\\b)';
