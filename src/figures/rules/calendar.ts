/** Small calendar helpers the period rules of every language share. */

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Ordinals of quarters and halves, in the words and digits of every language. */
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Chinese numerals one to twelve. */
export const ZH_NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

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

// What after four digits makes them an amount, not a year: more digits, a decimal, a scale, a unit
// (`2078.7亿`, `2024亿元`, `2030 million`, `1999%`).
export const NOT_A_YEAR_AFTER = '[\\d\\-/.,]\\d|\\d|\\s?(?:[亿万千百元%]|美元|家|人|个|件|辆|台|(?:billion|million|thousand|bn|mn)\\b)';
