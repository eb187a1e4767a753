/**
 * A trend for people at a terminal: per series a sparkline, then a table of points with a bar
 * drawn in unicode blocks and labelled with its value. Pure string building.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { TrendRow } from '../stats/trend.js';
import { inWords } from '../stats/wording.js';
import { createWriter } from './writers.js';

const SPARKS = '▁▂▃▄▅▆▇█';
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * @example
 * sparkline([1, 2, 3, 8]) //=> '▁▂▃█'
 */
export function sparkline(values: number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => SPARKS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (SPARKS.length - 1))]).join('');
}

/**
 * A bar `width` cells long at full scale, in eighths of a cell.
 * @example
 * bar(0.5, 10) //=> '█████'
 */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  return '█'.repeat(eighths >> 3) + EIGHTHS[eighths & 7];
}

/**
 * `2.16 billion USD`, `22.4%`, `275 million`.
 * @example
 * humanValue(2160000000, 'USD', 'money') //=> '2.16 billion USD'
 */
export function humanValue(value: number, unit: string | null, kind: string): string {
  if (kind === 'percent') return `${Number(value.toPrecision(6))}${unit === '%' ? '%' : ` ${unit}`}`;
  const text = inWords(value, 4);
  return kind === 'money' && unit ? `${text} ${unit}` : text;
}

function seriesName(r: TrendRow): string {
  return [r.metric, r.entity ?? '(no entity)', r.type, r.unit ?? r.kind, r.interval].join(' · ');
}

/** Series drawn as charts; a series of one point has nothing to draw and goes in one table at the end. */
export function renderTrendChart(rows: TrendRow[], chalk: ChalkInstance, width?: number, barWidth = 32): string {
  const out: string[] = [];
  const single: TrendRow[] = [];
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && seriesName(rows[end]) === seriesName(rows[start])) end++;
    const points = rows.slice(start, end);
    if (points.length === 1) {
      single.push(points[0]);
      start = end;
      continue;
    }
    const scale = Math.max(...points.map((p) => Math.abs(p.value))) || 1;
    const table = new Table({
      head: ['period', 'value', '', 'change', 'n'].map((h) => chalk.bold(h)),
      style: { head: [], border: [] },
      colAligns: ['left', 'right', 'left', 'right', 'right'],
      // One line a point, so a long series reads as a chart.
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const p of points) {
      const drawn = bar(Math.abs(p.value) / scale, barWidth) || '▏';
      table.push([
        p.period,
        humanValue(p.value, p.unit, p.kind),
        p.value < 0 ? chalk.red(drawn) : chalk.cyan(drawn),
        p.change === null ? '' : `${p.change > 0 ? '+' : ''}${p.change}%`,
        String(p.count),
      ]);
    }
    out.push(`${chalk.bold(seriesName(points[0]))}  ${sparkline(points.map((p) => p.value))}`, table.toString(), '');
    start = end;
  }
  if (single.length) {
    const table = createWriter('table', [{ name: 'series' }, { name: 'period' }, { name: 'value', numeric: true }], { chalk, width });
    const text = single.map((p) => table.row({ series: seriesName(p), period: p.period, value: humanValue(p.value, p.unit, p.kind) })).join('') + table.end();
    out.push(chalk.bold(`${single.length} series of one point`), text);
  }
  return out.join('\n');
}
