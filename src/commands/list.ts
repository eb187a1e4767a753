/** `newsdigest list`: one row per item, filtered by section, keyword, regex, source, date, figures. */
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import { ITEM_COLUMNS, ITEM_SET, LIST_DEFAULT, itemRow } from '../output/rows.js';
import type { Row } from '../output/writers.js';
import { figuresByItem, hasFilter, itemMatches, type ItemFilter } from '../select/filter.js';
import { isoDateOption, Outcome, positiveInt, figuresOf, readBulletins, repeatable, repeatableMetric, reportNothingMatched, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

interface ListOpts extends InputOptions, OutputOptions {
  section?: string[];
  keyword?: string[];
  regex?: string[];
  source?: string[];
  since?: string;
  until?: string;
  hasFigures?: boolean;
  metric?: string[];
  limit?: number;
}

export function compileRegex(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (err) {
    throw new UsageError(`invalid --regex '${pattern}': ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

export function listCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('list')
    .description('List items, one row each: file, n, section, title, source, date, figure count')
    .option('--section <name>', 'items in sections whose name contains this (case-insensitive; repeatable)', repeatable)
    .option('--keyword <word>', 'items whose title or body contains this (case-, width- and accent-insensitive; repeatable)', repeatable)
    .option('--regex <pattern>', 'items whose title or body matches this JavaScript regular expression (case-insensitive; repeatable)', repeatable)
    .option('--source <name>', 'items whose source contains this (repeatable)', repeatable)
    .option('--since <YYYY-MM-DD>', 'items dated on or after this (item date, else bulletin date)', isoDateOption)
    .option('--until <YYYY-MM-DD>', 'items dated on or before this', isoDateOption)
    .option('--has-figures', 'items with at least one figure')
    .option('--metric <name>', 'items holding a figure of this metric (or a specialisation of it, or a word for it; repeatable)', repeatableMetric)
    .option('--limit <n>', 'at most this many rows', positiveInt);
  withOutputOptions(withInputOptions(cmd)).addHelpText(
    'after',
    `
Fields: ${ITEM_COLUMNS.map((c) => c.name).join(', ')} (default: ${LIST_DEFAULT.join(', ')}).
Exit status 1 when the filters match nothing (CSV still prints its header).

Examples:
  newsdigest list fixtures/morning-news-2022-01-21.txt --section cross-border --format csv
  newsdigest list archive/ --keyword bytedance --fields file,n,title,date
  newsdigest list archive/ --metric revenue --since 2022-01-01 --format ndjson | jq -r .title`,
  );
  cmd.action(async (files: string[], opts: ListOpts) => {
    const run = outcome();
    const filter: ItemFilter = {
      sections: opts.section, keywords: opts.keyword, regexes: opts.regex?.map(compileRegex), sources: opts.source,
      since: opts.since, until: opts.until, hasFigures: opts.hasFigures, metrics: opts.metric,
    };
    const seen = new Set<string>();
    async function* rows(): AsyncGenerator<Row> {
      let left = opts.limit ?? Infinity;
      for await (const b of readBulletins(files, opts, run)) {
        const figures = figuresOf(b);
        for (const f of figures) if (f.metric) seen.add(f.metric);
        const byItem = figuresByItem(figures);
        for (const item of b.items) {
          if (left <= 0) return;
          const own = byItem.get(item.n) ?? [];
          if (!itemMatches(item, own, b.date, filter)) continue;
          left--;
          yield itemRow(item, b.date, own.length);
        }
      }
    }
    const written = await writeRows(rows(), ITEM_SET, opts, run);
    if (written === 0 && hasFilter(filter)) reportNothingMatched(run, opts.metric, seen);
  });
  return cmd;
}
