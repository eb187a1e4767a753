/** `newsdigest trend --metric NAME`: a metric's figures as time series, charted on a terminal. */
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import { renderTrendChart } from '../output/chart.js';
import type { Column } from '../output/writers.js';
import type { Figure } from '../model.js';
import { trend, type DatedFigure } from '../stats/trend.js';
import {
  applyConversion, Outcome, readFigures, withFigureSource, type FigureSourceOptions, readConversion, repeatable, reportNoMetric, withConversionOptions, withInputOptions,
  withMetricOptions, withOutputOptions, writeRows, type ConversionOptions, type InputOptions, type MetricOptions, type OutputOptions,
} from './runtime.js';

const TREND_COLUMNS: Column[] = [
  { name: 'metric' }, { name: 'entity' }, { name: 'type' }, { name: 'kind' }, { name: 'unit' }, { name: 'interval' }, { name: 'period' },
  { name: 'value', numeric: true }, { name: 'count', numeric: true }, { name: 'min', numeric: true }, { name: 'max', numeric: true },
  { name: 'change', numeric: true }, { name: 'sources' },
];
const TREND_DEFAULT = ['metric', 'entity', 'type', 'unit', 'interval', 'period', 'value', 'count', 'change', 'sources'];

interface TrendOpts extends FigureSourceOptions, OutputOptions, ConversionOptions, MetricOptions {
  entity?: string[];
}

export function trendCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = withMetricOptions(program.command('trend').description('A metric over time: one series per entity, type and unit, by period (or news date)'))
    .option('--entity <name>', 'only entities containing this (repeatable)', repeatable);
  withOutputOptions(withConversionOptions(withFigureSource(withInputOptions(cmd)))).addHelpText(
    'after',
    `
A series is one metric, entity, type (level | change), unit and length of period (year, half,
quarter, month, span); figures that name no period are placed by the date of their news (day).
value is the median of the distinct figures given for a point (count says how many; min, max
show any disagreement); change is the percent change of a level from the series' previous point.
On a terminal each series is drawn: a sparkline, and a bar per point labelled with its value.

Examples:
  newsdigest trend --metric revenue --entity Shopify fixtures/tracking/
  newsdigest trend --metric revenue archive/ --format csv > revenue-trend.csv
  newsdigest trend --metric users --entity Threads archive/ --fields period,value`,
  );
  cmd.action(async (files: string[], opts: TrendOpts) => {
    const run = outcome();
    if (!opts.metric) throw new UsageError('trend needs --metric NAME');
    const conversion = await readConversion(opts, run);
    let figures: Figure[] = [];
    const dates: Array<string | null> = [];
    for await (const { figure, date } of readFigures(files, opts, run)) {
      figures.push(figure);
      dates.push(date);
    }
    figures = applyConversion(figures, conversion, run, opts.quiet);
    const dated: DatedFigure[] = figures.map((figure, i) => ({ figure, date: dates[i] }));
    const { rows, unplaced } = trend(dated, { metric: opts.metric, exact: opts.exact, entities: opts.entity, all: opts.all });
    if (unplaced.length && !opts.quiet) {
      run.note(`${unplaced.length} figure(s) of '${opts.metric}' name no period and have no date, so are left out of the trend: ${unplaced.map((f) => `${f.file}:${f.line}`).join(' ')}`);
    }
    // --fields asks for columns, so it gets the plain table.
    await writeRows(rows, { all: TREND_COLUMNS, defaults: TREND_DEFAULT }, opts, run, rows.length === 0 ? undefined : renderTrendChart);
    if (rows.length === 0) reportNoMetric(run, opts.metric, figures, opts.entity);
  });
  return cmd;
}
