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
