/** `newsdigest export`: every field of items or figures, for loading elsewhere. */
import { Command, Option } from 'commander';
import { extractFigures } from '../figures/extract.js';
import { FIGURE_COLUMNS, ITEM_COLUMNS, figureRow, itemRow } from '../output/rows.js';
import type { Row } from '../output/writers.js';
import { chooseColumns, Outcome, readBulletins, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

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
    const all = opts.what === 'figures' ? FIGURE_COLUMNS : ITEM_COLUMNS;
    const columns = chooseColumns(all, all.map((c) => c.name), opts.fields);
    async function* rows(): AsyncGenerator<Row> {
      for await (const b of readBulletins(files, opts, run)) {
        const figures = extractFigures(b);
        if (opts.what === 'figures') yield* figures.map(figureRow);
        else for (const item of b.items) yield itemRow(item, b.date, figures.filter((f) => f.item === item.n).length);
      }
    }
    await writeRows(rows(), columns, opts, run);
  });
  return cmd;
}
