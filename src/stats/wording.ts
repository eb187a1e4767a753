/** Numbers as people read them in running text and tables. Pure. */

/**
 * A large number with its scale in words, to `significant` digits.
 * @example
 * inWords(2160000000, 4) //=> '2.16 billion'
 * inWords(-Infinity, 6) //=> '-∞'
 */
export function inWords(n: number, significant: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const abs = Math.abs(n);
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= scale) return `${Number((n / scale).toPrecision(significant))} ${word}`;
  }
  return String(Number(n.toPrecision(6)));
}

/** `10,000`, `2.5`, `58 billion`: a number as a table shows it. */
function readable(n: number): string {
  if (Math.abs(n) >= 1e6) return inWords(n, 4);
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The number and its unit: `58 billion USD`, `8.35%`, `1.2 pp`, `10,000 store`, `#3`. */
export function amountInWords(n: number, kind: string, unit: string | null): string {
  if (kind === 'rank') return `#${readable(n)}`;
  if (kind === 'percent') return unit === '%' || unit === null ? `${readable(n)}%` : `${readable(n)} ${unit}`;
  return unit ? `${readable(n)} ${unit}` : readable(n);
}

export interface Stated {
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  direction?: string | null;
  /** A level a move reached (`rose to $2 billion`) is written unsigned; only a change has a sign. */
  change?: boolean;
  basis?: string | null;
}

/**
 * A figure's value as people read it, its unit, direction and basis folded in.
 * @example
 * valueInWords({ kind: 'money', value: 58e9, low: null, high: null, unit: 'USD' }) //=> '58 billion USD'
 * valueInWords({ kind: 'percent', value: 70, low: null, high: null, unit: '%', direction: 'up', basis: 'yoy' }) //=> '+70% yoy'
 * valueInWords({ kind: 'percent', value: null, low: 5, high: 10, unit: '%' }) //=> '5–10%'
 */
export function valueInWords(f: Stated): string {
  const sign = f.change === false ? '' : f.direction === 'up' ? '+' : f.direction === 'down' ? '-' : '';
  const basis = f.basis ? ` ${f.basis}` : '';
  if (f.value !== null) return `${sign}${amountInWords(f.value, f.kind, f.unit)}${basis}`;
  if (f.low === null || f.high === null) return '';
  const high = amountInWords(f.high, f.kind, f.unit);
  const low = amountInWords(f.low, f.kind, f.unit);
  // `5–10%`, `8–9 billion CNY`: the unit once, after the high end, when both ends share it.
  const suffix = high.slice(readable(f.high).length);
  const lowBare = low.endsWith(suffix) ? low.slice(0, low.length - suffix.length) : low;
  return `${sign}${lowBare}–${high}${basis}`;
}
