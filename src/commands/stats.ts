/** `newsdigest stats --metric NAME`: count, min, max, mean, median (and sum) of a metric's figures. */
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { Figure } from '../model.js';
import type { Column } from '../output/writers.js';
import { metricCounts, summarize, type GroupBy, type StatsRow } from '../stats/summarize.js';
import { amountInWords } from '../stats/wording.js';
import {
  applyConversion, Outcome, readFigures, withFigureSource, type FigureSourceOptions, readConversion, reportNoMetric, withConversionOptions, withInputOptions, withMetricOptions,
  withOutputOptions, writeRows, type ConversionOptions, type InputOptions, type MetricOptions, type OutputOptions,
} from './runtime.js';

/** A statistic in words with its unit on a screen (`34.3 billion USD`, `+70%`); raw elsewhere. */
const amount = (name: 'min' | 'max' | 'mean' | 'median' | 'sum'): Column => ({
  name,
  numeric: true,
  display: (r) => {
    const v = r[name] as number | null;
    if (v === null) return '';
    const row = r as unknown as StatsRow;
    return (row.type.endsWith('change') && v > 0 ? '+' : '') + amountInWords(v, row.kind, row.unit);
  },
});
const STATS_COLUMNS: Column[] = [
  { name: 'metric' }, { name: 'entity' }, { name: 'period' }, { name: 'bulletin' }, { name: 'section' }, { name: 'type' },
  { name: 'kind' }, { name: 'unit' }, { name: 'count', numeric: true }, amount('min'), amount('max'),
  amount('mean'), amount('median'), amount('sum'), { name: 'sources' },
];
const METRIC_COLUMNS: Column[] = [{ name: 'metric' }, { name: 'count', numeric: true }];

interface StatsOpts extends FigureSourceOptions, OutputOptions, ConversionOptions, MetricOptions {
  by?: GroupBy[];
  listMetrics?: boolean;
}

export function statsCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = withMetricOptions(program.command('stats').description('Summarise one metric across bulletins: count, min, max, mean, median, sum, per entity and period'))
    .addOption(new Option('--by <keys>', 'group by these, comma-separated: entity, period, bulletin, section, unit (default: entity,period)').argParser(parseBy))
    .option('--list-metrics', 'list every metric found, with its count');
  withOutputOptions(withConversionOptions(withFigureSource(withInputOptions(cmd)))).addHelpText(
    'after',
    `
Groups never mix units or currencies, and keep levels apart from changes (type level | change;
a change's value is signed: down 35% counts as -35). sum is empty where adding makes no sense.
With --rates FILE --currency CODE, amounts in other currencies are converted first and grouped
together; a currency the table cannot reach stays apart, and stderr says so.
Every bulletin's figures are held in memory until the end.

Examples:
  newsdigest stats --metric revenue fixtures/
  newsdigest stats --metric revenue --by entity archive/ --format csv
  newsdigest stats --metric revenue --rates rates.csv --currency USD archive/
  newsdigest stats --list-metrics archive/`,
  );
  cmd.action(async (files: string[], opts: StatsOpts) => {
    const run = outcome();
    if (!opts.metric && !opts.listMetrics) throw new UsageError('stats needs --metric NAME (or --list-metrics)');
    const conversion = await readConversion(opts, run);
    let figures: Figure[] = [];
    for await (const { figure } of readFigures(files, opts, run)) figures.push(figure);
    figures = applyConversion(figures, conversion, run, opts.quiet);
    if (opts.listMetrics) {
      await writeRows(metricCounts(figures), { all: METRIC_COLUMNS, defaults: ['metric', 'count'] }, opts, run);
      return;
    }
    const rows = summarize(figures, { metric: opts.metric!, exact: opts.exact, by: opts.by, all: opts.all });
    const by = opts.by ?? ['entity', 'period'];
    const defaults = ['metric', ...by.filter((k) => k !== 'unit'), 'type', 'unit', 'count', 'min', 'max', 'mean', 'median', 'sum', 'sources'];
    const table = [...by.filter((k) => k !== 'unit'), 'type', 'count', 'median', 'sum'];
    await writeRows(rows, { all: STATS_COLUMNS, defaults, table }, opts, run);
    if (rows.length === 0) reportNoMetric(run, opts.metric!, figures);
  });
  return cmd;
}

function parseBy(value: string): GroupBy[] {
  const keys = value.split(',').map((k) => k.trim());
  const valid = ['entity', 'period', 'bulletin', 'section', 'unit'];
  const bad = keys.find((k) => !valid.includes(k));
  if (bad) throw new UsageError(`--by takes ${valid.join(', ')}; not '${bad}'`);
  return keys as GroupBy[];
}
