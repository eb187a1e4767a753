/**
 * Fitting a table to the terminal: column widths within a budget, the widest text column giving
 * way first, and cells cut to their width with an ellipsis. Widths are display columns (a Han
 * character, a full-width comma or an emoji takes two). Pure.
 */
// The measure cli-table3 pads by, so a fitted cell is as wide as the table draws it.
import stringWidth from 'string-width';

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


/** Display columns of `text` (escape codes take none). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const ESCAPE = /^\x1b\[[0-9;]*m/;

/**
 * Text cut to `width` display columns, ending in `…` when cut. Colour codes are kept whole and
 * take no width; after a cut in coloured text the colour is reset.
 * @example
 * clipLine('拼多多营收增长', 7) //=> '拼多多…'
 * clipLine('\x1b[1mabcdef\x1b[22m', 4) //=> '\x1b[1mabc…\x1b[0m'
 */
export function clipLine(line: string, width: number): string {
  if (stringWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  let coloured = false;
  for (let i = 0; i < line.length; ) {
    const code = ESCAPE.exec(line.slice(i, i + 16));
    if (code) {
      out += code[0];
      coloured = true;
      i += code[0].length;
      continue;
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    const w = stringWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
    i += ch.length;
  }
  return out + '…' + (coloured ? '\x1b[0m' : '');
}
