/** `newsdigest parse`: the bulletin tree, with the position of every part. */
import { Command, Option } from 'commander';
import { openSink } from '../io/output.js';
import type { Bulletin } from '../model.js';
import { makeChalk } from '../output/color.js';
import { renderTree } from '../output/tree.js';
import { chooseFormat, Outcome, readBulletins, tableWidth, withInputOptions, type InputOptions, type OutputOptions } from './runtime.js';

type ParseOpts = InputOptions & Pick<OutputOptions, 'output' | 'color'> & { format?: 'json' | 'ndjson' | 'table' };

export function parseCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('parse')
    .description('Parse bulletins into a tree: title, headlines, date, intro, sections, items, sources, positions')
    .addOption(new Option('-f, --format <format>', 'json | ndjson | table (default: table on a terminal, else json)').choices(['json', 'ndjson', 'table']))
    .option('-o, --output <file>', 'write to a file (- for stdout)')
    .addOption(new Option('--color <when>', 'colour the tree').choices(['auto', 'always', 'never']).default('auto'));
  withInputOptions(cmd).addHelpText(
    'after',
    `
Several files give a JSON array (one bulletin per line with --format ndjson).
Each file is read whole into memory; archives are read one file at a time.

Examples:
  newsdigest parse fixtures/morning-news-2022-01-21.txt
  newsdigest parse bulletin.txt --format json | jq '.items[] | {n, title, source}'
  newsdigest parse archive/ --format ndjson | jq -r '[.file, (.items|length)] | @tsv'
  iconv -f gb18030 -t utf-8 zh.txt | newsdigest parse - --date 2022-01-20`,
  );
  cmd.action(async (files: string[], opts: ParseOpts) => {
    const run = outcome();
    const format = chooseFormat(opts.format, opts.output, run.rt.stdout, 'json', ['json', 'ndjson', 'table'] as const);
    const sink = openSink(opts.output, run.rt.stdout);
    const chalk = makeChalk(opts.color, sink.isTTY, run.rt.env);
    const all: Bulletin[] = [];
    for await (const b of readBulletins(files, opts, run, { figures: false })) {
      if (sink.closed) break;
      if (format === 'ndjson') await sink.write(JSON.stringify(b) + '\n');
      else if (format === 'table') await sink.write(renderTree(b, chalk, tableWidth(sink, run.rt)));
      else all.push(b);
    }
    if (format === 'json' && (all.length > 0 || run.errors === 0)) {
      await sink.write(JSON.stringify(all.length === 1 ? all[0] : all, null, 2) + '\n');
    }
    await sink.end();
  });
  return cmd;
}
