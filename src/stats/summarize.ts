/**
 * Figures of one metric → grouped summaries. Levels and changes are kept apart, amounts in
 * different units are never added together, and the same figure repeated (headline, title, body,
 * several bulletins) counts once unless asked otherwise. Pure.
 */
import type { Figure } from '../model.js';
import { metricMatches } from '../select/filter.js';
import { intervalOf } from './periods.js';


/** Metrics that accumulate over a period, so periods add up: revenue, sales, orders, spending. */
const FLOW = /(?:revenue|sales|gmv|volume|income|profit|loss|earnings|ebitda|spend|spending|expenditure|expenses|costs?|charges|orders|shipments|deliveries|exports|imports|funding|investment|transactions|parcels|bookings|purchases)$/;
/** Rates and run-rates: a year's pace stated at a moment, not a flow that adds up. */
const RATE = /^(?:annuali[sz]ed|run_rate|daily|monthly|weekly)_/;

/** What a figure states: a level or a change, reported or expected. Expectations are kept apart from results. */
export type FigureType = 'level' | 'change' | 'forecast_level' | 'forecast_change';

/**
 * @example
 * figureType({ change: true, forecast: true }) //=> 'forecast_change'
 */
export function figureType(f: Pick<Figure, 'change' | 'forecast'>): FigureType {
  const type = f.change ? 'change' : 'level';
  return f.forecast ? `forecast_${type}` : type;
}

/** A field `summarize` can group by. */
export type GroupBy = 'entity' | 'period' | 'bulletin' | 'section' | 'unit';

/** What `summarize` groups: the metric (with its specialisations unless `exact`), the grouping fields, and whether repeats count. */
export interface StatsOptions {
  metric: string;
  exact?: boolean;
  by?: GroupBy[];
  /** Keep every occurrence instead of counting a repeated figure once. */
  all?: boolean;
}

/** One group of a metric's figures, as `newsdigest stats` prints it. */
export interface StatsRow {
  /** The metric summarised. */
  metric: string;
  /** The entity of the group, or null (not grouped by entity, or not named). */
  entity: string | null;
  /** The period of the group, or null. */
  period: string | null;
  /** With `--by bulletin`: the file, else null. */
  bulletin: string | null;
  /** With `--by section`: the section, else null. */
  section: string | null;
  /** `level` for amounts and shares (also one a move reached), `change` for the size of a move; `forecast_…` for guidance and estimates. */
  type: FigureType;
  /** The figures' kind: `money`, `percent`, `count`, `rank`. */
  kind: string;
  /** The figures' unit (one unit per group). */
  unit: string | null;
  /** How many distinct figures the group holds. */
  count: number;
  /** Smallest value (a change counts with its sign). */
  min: number;
  /** Largest value. */
  max: number;
  /** Mean of the values. */
  mean: number;
  /** Median of the values. */
  median: number;
  /** The sum of the values, or null where adding makes no sense (percentages, changes, ranks). */
  sum: number | null;
  /** Where the figures stand, `file:line` separated by spaces. */
  sources: string;
}

/** The same figure, wherever it is repeated. */
export function figureKey(f: Figure): string {
  // A level is the same level whether or not this mention says a move reached it.
  return [f.metric, f.entity, f.period, f.kind, f.unit, f.change && f.direction, f.forecast, f.value, f.low, f.high].join('\u0000');
}

/** A change's value carries its sign: `down 35%` counts as -35. Null for a range. */
export function signed(f: Figure): number | null {
  return f.value === null ? null : f.change && f.direction === 'down' ? -f.value : f.value;
}

/** As {@link signed}, a range counting as its midpoint. */
function signedValue(f: Figure): number | null {
  if (f.value !== null) return signed(f);
  if (f.low === null || f.high === null) return null;
  const mid = (f.low + f.high) / 2;
  return f.change && f.direction === 'down' ? -mid : mid;
}

/** Compare two rows field by field in text order, empty fields last. */
export function compareFields<T>(a: T, b: T, fields: Array<keyof T>): number {
  for (const field of fields) {
    const order = String(a[field] ?? '\uffff').localeCompare(String(b[field] ?? '\uffff'));
    if (order) return order;
  }
  return 0;
}

export function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Figures by file name, then place in the file: an order that does not depend on how records were merged. */
export const byFilePosition = (a: Figure, b: Figure) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start);

/**
 * Figures of one metric summarised per entity and period (`by`): count, min, max, mean, median,
 * and a sum only for levels of money or counts. Levels, changes and forecasts are kept apart.
 * @example
 * const text = '1. ByteDance\nByteDance revenue was US$34.3 billion in 2020 and US$58 billion in 2021, up 70% year-on-year. (Reuters)\n';
 * summarize(extractFigures(parseBulletin(text)), { metric: 'revenue' }).map((r) => [r.entity, r.period, r.type, r.unit, r.count, r.sum])
 * //=> [['ByteDance', '2020', 'level', 'USD', 1, 34300000000], ['ByteDance', '2021', 'change', '%', 1, null], ['ByteDance', '2021', 'level', 'USD', 1, 58000000000]]
 */
export function summarize(figures: Figure[], options: StatsOptions): StatsRow[] {
  const by = options.by ?? ['entity', 'period'];
  // In file order, so which of two repeats is kept (and named in `sources`) does not depend on the
  // order the records came in: shards merged give the rows one run over all files gives.
  const chosen = figures
    .filter((f) => metricMatches(f.metric, options.metric, options.exact) && signedValue(f) !== null)
    .sort(byFilePosition);
  const seen = new Set<string>();
  const groups = new Map<string, { figures: Figure[]; row: Omit<StatsRow, 'count' | 'min' | 'max' | 'mean' | 'median' | 'sum' | 'sources'> }>();
  for (const f of chosen) {
    if (!options.all) {
      const key = figureKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const type = figureType(f);
    const row = {
      metric: f.metric!,
      entity: by.includes('entity') ? f.entity : null,
      period: by.includes('period') ? f.period : null,
      bulletin: by.includes('bulletin') ? f.file : null,
      section: by.includes('section') ? f.section : null,
      type,
      kind: f.kind,
      unit: f.unit,
    } as const;
    const key = JSON.stringify([row.metric, row.entity, row.period, row.bulletin, row.section, type, f.kind, f.unit]);
    const group = groups.get(key) ?? { figures: [] as Figure[], row };
    group.figures.push(f);
    groups.set(key, group);
  }
  const rows: StatsRow[] = [];
  for (const { figures: fs, row } of groups.values()) {
    const values = fs.map((f) => signedValue(f)!).sort((a, b) => a - b);
    const total = values.reduce((a, b) => a + b, 0);
    // A sum means something only for a flow (revenue, orders) over distinct periods of one length:
    // not for a stock (users, valuation) or a run-rate, one period stated twice, or a year and its quarters.
    const periods = fs.map((f) => f.period);
    const lengths = new Set(periods.map((p) => (p === null ? null : intervalOf(p))));
    const distinctPeriods = !periods.includes(null) && new Set(periods).size === periods.length && lengths.size === 1 && !lengths.has(null);
    const additive = row.type === 'level' && (row.kind === 'money' || row.kind === 'count') && FLOW.test(row.metric) && !RATE.test(row.metric) && distinctPeriods;
    rows.push({
      ...row,
      count: values.length,
      min: values[0],
      max: values[values.length - 1],
      mean: Number((total / values.length).toPrecision(15)),
      median: median(values),
      sum: additive ? total : null,
      sources: fs.map((f) => `${f.file}:${f.line}`).join(' '),
    });
  }
  return rows.sort((a, b) => compareFields(a, b, ['entity', 'period', 'type', 'unit', 'bulletin', 'section']));
}

/** A metric and how many figures carry it (`stats --list-metrics`). */
export interface MetricCount {
  /** A metric found in the input. */
  metric: string;
  /** How many figures carry it. */
  count: number;
}

/** Every metric found, with how many figures carry it, most frequent first. */
export function metricCounts(figures: Array<Pick<Figure, 'metric'>>): MetricCount[] {
  const counts = new Map<string, number>();
  for (const f of figures) if (f.metric) counts.set(f.metric, (counts.get(f.metric) ?? 0) + 1);
  return [...counts].map(([metric, count]) => ({ metric, count })).sort((a, b) => b.count - a.count || a.metric.localeCompare(b.metric));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * The known names closest to one that matched nothing: the same name in another case first, then
 * names it starts or is part of, then the nearest by edit distance.
 * @example
 * closestNames('revenu', ['advertising_revenue', 'cloud_revenue', 'revenue', 'users']) //=> ['revenue', 'advertising_revenue', 'cloud_revenue']
 */
export function closestNames(wanted: string, known: string[], most = 3): string[] {
  const w = wanted.toLowerCase();
  const rank = (name: string): number => {
    const n = name.toLowerCase();
    if (n === w) return 0;
    if (n.startsWith(w) || w.startsWith(n)) return 1 + Math.abs(n.length - w.length) / 1000;
    if (n.includes(w) || w.includes(n)) return 2 + Math.abs(n.length - w.length) / 1000;
    const d = editDistance(w, n);
    return d <= Math.max(2, w.length / 3) ? 3 + d : Infinity;
  };
  return [...new Set(known)]
    .map((name) => ({ name, r: rank(name) }))
    .filter((x) => x.r < Infinity)
    .sort((a, b) => a.r - b.r || a.name.localeCompare(b.name))
    .slice(0, most)
    .map((x) => x.name);
}
