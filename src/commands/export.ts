/** `newsdigest export`: every field of items or figures, for loading elsewhere. */
import { Command, Option } from 'commander';
import { FIGURE_COLUMNS, FIGURE_SET, ITEM_COLUMNS, ITEM_SET, figureRow, itemRow } from '../output/rows.js';
import type { Row } from '../output/writers.js';
import { figuresByItem } from '../select/filter.js';
import { Outcome, figuresOf, readBulletins, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

export function exportCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('export')
    .description('Export every field of items (default) or figures as json, ndjson, csv or tsv')
    .addOption(new Option('--what <rows>', 'items or figures').choices(['items', 'figures']).default('items'));
  withOutputOptions(withInputOptions(cmd)).addHelpText(
    'after',
    `
Item fields: ${ITEM_COLUMNS.map((c) => c.name).join(', ')}.
Figure fields: ${FIGURE_COLUMNS.map((c) => c.name).join(', ')}.
CSV text cells starting with = + - @ get a leading ' (spreadsheet formula guard); --no-formula-guard keeps them raw.

Examples:
  newsdigest export archive/ --format csv -o items.csv && sqlite3 news.db '.import --csv items.csv items'
  newsdigest export archive/ --what figures --format ndjson | duckdb -c "select metric, count(*) from read_ndjson_auto('/dev/stdin') group by 1"`,
  );
  cmd.action(async (files: string[], opts: InputOptions & OutputOptions & { what: 'items' | 'figures' }) => {
    const run = outcome();
    const set = opts.what === 'figures' ? FIGURE_SET : { ...ITEM_SET, defaults: ITEM_COLUMNS.map((c) => c.name) };
    async function* rows(): AsyncGenerator<Row> {
      for await (const b of readBulletins(files, opts, run)) {
        const figures = figuresOf(b);
        if (opts.what === 'figures') yield* figures.map(figureRow);
        else {
          const byItem = figuresByItem(figures);
          for (const item of b.items) yield itemRow(item, b.date, byItem.get(item.n)?.length ?? 0);
        }
      }
    }
    await writeRows(rows(), set, opts, run);
  });
  return cmd;
}
