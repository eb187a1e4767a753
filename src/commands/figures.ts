/** `newsdigest figures`: every figure, with metric, entity, period, direction and qualifier. */
import { Command, Option } from 'commander';
import { FIGURE_COLUMNS, FIGURE_SET, figureRow } from '../output/rows.js';
import type { Row } from '../output/writers.js';
import { figureMatches, hasFilter, type FigureFilter } from '../select/filter.js';
import type { FigureKind } from '../model.js';
import { Outcome, figuresOf, readBulletins, repeatable, repeatableChoice, repeatableMetric, reportNothingMatched, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

interface FiguresOpts extends InputOptions, OutputOptions {
  kind?: FigureKind[];
  metric?: string[];
  entity?: string[];
  section?: string[];
  keyword?: string[];
  exact?: boolean;
}

const FIGURE_KINDS: FigureKind[] = ['money', 'percent', 'count', 'rank'];
export function figuresCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('figures')
    .description('Extract figures: money, percentages, counts and ranks, each with metric, entity and period')
    .addOption(new Option('--kind <kind>', 'only this kind (repeatable)').choices(FIGURE_KINDS).argParser(repeatableChoice(FIGURE_KINDS)))
    .option('--metric <name>', 'only this metric or its specialisations, or a word for it (repeatable)', repeatableMetric)
    .option('--exact', 'with --metric: the metric itself, not its specialisations')
    .option('--entity <name>', 'only figures whose entity contains this (repeatable)', repeatable)
    .option('--section <name>', 'only figures in sections whose name contains this (repeatable)', repeatable)
    .option('--keyword <word>', 'only figures in items whose title or body contains this (repeatable)', repeatable);
  withOutputOptions(withInputOptions(cmd)).addHelpText(
    'after',
    `
Fields: ${FIGURE_COLUMNS.map((c) => c.name).join(', ')}.
Headline figures carry item 0. Exit status 1 when the filters match nothing.

Examples:
  newsdigest figures fixtures/morning-news-2022-01-21.txt --format csv
  newsdigest figures archive/ --metric revenue --fields file,entity,period,text,value,unit
  newsdigest figures archive/ --kind percent --format ndjson | jq 'select(.direction == "down")'`,
  );
  cmd.action(async (files: string[], opts: FiguresOpts) => {
    const run = outcome();
    const filter: FigureFilter = { kinds: opts.kind, metrics: opts.metric, entities: opts.entity, sections: opts.section, keywords: opts.keyword, exact: opts.exact };
    const seen = new Set<string>();
    async function* rows(): AsyncGenerator<Row> {
      for await (const b of readBulletins(files, opts, run)) {
        for (const f of figuresOf(b)) {
          if (f.metric) seen.add(f.metric);
          const item = f.item > 0 ? b.items[f.item - 1] : null;
          if (figureMatches(f, item, filter)) yield figureRow(f);
        }
      }
    }
    const written = await writeRows(rows(), FIGURE_SET, opts, run);
    if (written === 0 && hasFilter({ ...filter, exact: undefined })) reportNothingMatched(run, opts.metric, seen);
  });
  return cmd;
}
