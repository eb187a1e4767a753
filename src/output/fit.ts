/**
 * Fitting a table to the terminal: column widths within a budget, the widest text column giving
 * way first, and cells cut to their width with an ellipsis. Widths are display columns (a Han
 * character takes two). Pure.
 */
import { textWidth } from '../parse/classify.js';

/**
 * Widths for columns of `natural` widths that fit `budget` with `gap` between them: the widest
 * text column shrinks first, down to the next widest, then both, never under `floor`.
 * @example
 * fitWidths([4, 60, 30], [false, true, true], 60) //=> [4, 26, 26]
 */
export function fitWidths(natural: number[], text: boolean[], budget: number, gap = 2, floor = 8): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1);
  for (;;) {
    const excess = total() - budget;
    if (excess <= 0) return widths;
    const shrinkable = widths.map((w, i) => (text[i] && w > floor ? i : -1)).filter((i) => i >= 0);
    if (shrinkable.length === 0) return widths;
    const widest = Math.max(...shrinkable.map((i) => widths[i]));
    const atWidest = shrinkable.filter((i) => widths[i] === widest);
    const next = Math.max(floor, ...shrinkable.filter((i) => widths[i] < widest).map((i) => widths[i]));
    const step = Math.min(widest - next, Math.ceil(excess / atWidest.length));
    for (const i of atWidest) widths[i] = Math.max(floor, widest - step);
  }
}

/**
 * `text` cut to `width` display columns, ending in `…` when cut.
 * @example
 * clipTo('拼多多营收增长', 7) //=> '拼多多…'
 */
export function clipTo(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
