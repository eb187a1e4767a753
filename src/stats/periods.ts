/**
 * Period strings as figures carry them (`2021`, `2021-Q3`, `2021-H1`, `2021-01`,
 * `2022-01/2022-08`): what length of time they are, and the period a change is measured against.
 * Pure.
 */
import type { Basis } from '../model.js';

export type Interval = 'year' | 'half' | 'quarter' | 'month' | 'span' | 'day';

/**
 * @example
 * intervalOf('2021-Q3') //=> 'quarter'
 * intervalOf('2022-01/2022-08') //=> 'span'
 */
export function intervalOf(period: string): Interval | null {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-H[12]$/.test(period)) return 'half';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(period)) return 'span';
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return 'day';
  return null;
}

function shiftYears(period: string, years: number): string {
  return period.replace(/\d{4}/g, (y) => String(Number(y) + years));
}

/**
 * The period a change in `period` is measured against: the same period a year earlier for
 * year-on-year (and when no basis is named), the one just before for quarter-on-quarter or
 * month-on-month. Null when the basis does not fit the period (`qoq` on a year).
 * @example
 * previousPeriod('2021', null) //=> '2020'
 * previousPeriod('2024-Q1', 'qoq') //=> '2023-Q4'
 * previousPeriod('2022-01/2022-08', 'yoy') //=> '2021-01/2021-08'
 */
export function previousPeriod(period: string, basis: Basis | null): string | null {
  const interval = intervalOf(period);
  if (interval === null || interval === 'day') return null;
  if (basis === null || basis === 'yoy') return shiftYears(period, -1);
  const year = Number(period.slice(0, 4));
  if (basis === 'qoq' && interval === 'quarter') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  if (basis === 'mom' && interval === 'month') {
    const m = Number(period.slice(5));
    return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
  }
  return null;
}
