/**
 * A metric's figures as time series: one series per entity, type (level or change), unit and
 * length of period, its points ordered by period — or by the date of the news when figures name
 * no period. Pure.
 */
import type { Figure } from '../model.js';
import { containsAny, metricMatches } from '../select/filter.js';
import { intervalOf, type Interval } from './periods.js';
import { byFilePosition, compareFields, figureKey, figureType, median, signed, type FigureType } from './summarize.js';

/** A figure with the date its news is from (the item's date, else the bulletin's). */
export interface DatedFigure {
  figure: Figure;
  date: string | null;
}

/** What `trend` follows: the metric, optionally some entities, and whether repeats count. */
export interface TrendOptions {
  metric: string;
  exact?: boolean;
  /** Only entities containing one of these (case- and width-insensitive). */
  entities?: string[];
  /** Keep every occurrence instead of counting a repeated figure once. */
  all?: boolean;
}

/** One point of a series, as `newsdigest trend` prints it. */
export interface TrendRow {
  /** The metric of the series. */
  metric: string;
  /** The series' entity, or null. */
  entity: string | null;
  /** `level`, `change`, `forecast_level` or `forecast_change`. */
  type: FigureType;
  /** The figures' kind. */
  kind: string;
  /** The series' unit. */
  unit: string | null;
  /** `year`, `half`, `quarter`, `month`, `span`, or `day` for points placed by news date. */
  interval: Interval;
  /** The period, or the news date (`YYYY-MM-DD`) when the figures name no period. */
  period: string;
  /** The median of the distinct figures given for this point. */
  value: number;
  /** How many distinct figures give this point. */
  count: number;
  /** Smallest of them. */
  min: number;
  /** Largest of them. */
  max: number;
  /** For levels: percent change from the previous point of the series; else null. */
  change: number | null;
  /** Where the figures stand, `file:line` separated by spaces. */
  sources: string;
}

/** The points of every series, and the figures that could not be placed in time. */
export interface Trend {
  rows: TrendRow[];
  /** Figures of the metric with neither a period nor a date: they cannot be placed in time. */
  unplaced: Figure[];
}

/**
 * A metric's figures as time series, each point the median of what was stated for its period,
 * a level's `change` the percent change from the series' previous point.
 * @example
 * const text = '1. ByteDance\nByteDance revenue was US$34.3 billion in 2020 and US$58 billion in 2021. (Reuters)\n';
 * const dated = extractFigures(parseBulletin(text)).map((figure) => ({ figure, date: null }));
 * trend(dated, { metric: 'revenue', entities: ['bytedance'] }).rows.map((r) => [r.period, r.value, r.change])
 * //=> [['2020', 34300000000, null], ['2021', 58000000000, 69.1]]
 */
export function trend(dated: DatedFigure[], options: TrendOptions): Trend {
  const series = new Map<string, { row: Omit<TrendRow, 'period' | 'value' | 'count' | 'min' | 'max' | 'change' | 'sources'>; points: Map<string, Figure[]> }>();
  const seen = new Set<string>();
  const unplaced: Figure[] = [];
  // In file order (see summarize): which repeat is kept does not depend on how records were merged.
  const inOrder = dated.filter(({ figure: f }) => metricMatches(f.metric, options.metric, options.exact) && f.value !== null).sort((a, b) => byFilePosition(a.figure, b.figure));
  for (const { figure: f, date } of inOrder) {
    if (options.entities?.length && !containsAny(f.entity, options.entities)) continue;
    const at = f.period ?? date;
    const interval = at === null ? null : intervalOf(at);
    if (at === null || interval === null) {
      unplaced.push(f);
      continue;
    }
    if (!options.all) {
      const key = figureKey(f) + '\u0000' + at;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const type = figureType(f);
    const key = JSON.stringify([f.metric, f.entity, type, f.kind, f.unit, interval]);
    let s = series.get(key);
    if (!s) {
      s = { row: { metric: f.metric!, entity: f.entity, type, kind: f.kind, unit: f.unit, interval }, points: new Map() };
      series.set(key, s);
    }
    const point = s.points.get(at);
    if (point) point.push(f);
    else s.points.set(at, [f]);
  }

  const rows: TrendRow[] = [];
  const ordered = [...series.values()].sort((a, b) => compareFields(a.row, b.row, ['metric', 'entity', 'type', 'unit', 'interval']));
  for (const s of ordered) {
    let previous: number | null = null;
    for (const period of [...s.points.keys()].sort()) {
      const figures = s.points.get(period)!;
      const values = figures.map((f) => signed(f)!).sort((a, b) => a - b);
      const value = median(values);
      const change = s.row.type === 'level' && previous !== null && previous !== 0 ? Number(((value / previous - 1) * 100).toFixed(2)) : null;
      rows.push({
        ...s.row,
        period,
        value,
        count: values.length,
        min: values[0],
        max: values[values.length - 1],
        change,
        sources: figures.map((f) => `${f.file}:${f.line}`).join(' '),
      });
      previous = value;
    }
  }
  return { rows, unplaced };
}
