/** `newsdigest sections`: each section with its item count, per file and in total. */
import { Command } from 'commander';
import { SECTION_SET, type SectionRow } from '../output/rows.js';
import type { Row } from '../output/writers.js';
import { Outcome, readBulletins, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

export function sectionsCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program.command('sections').description('Each section with its item count, per file; with several files, totals per section name (file "total")');
  withOutputOptions(withInputOptions(cmd)).addHelpText(
    'after',
    `
Items outside any section are counted under section null.

Examples:
  newsdigest sections fixtures/morning-news-2022-01-21.txt
  newsdigest sections archive/ --format csv | awk -F, '$1 == "total"'`,
  );
  cmd.action(async (files: string[], opts: InputOptions & OutputOptions) => {
    const run = outcome();
    const totals = new Map<string | null, number>();
    let bulletins = 0;
    async function* rows(): AsyncGenerator<Row> {
      for await (const b of readBulletins(files, opts, run, { figures: false })) {
        bulletins++;
        const loose = b.items.filter((i) => i.section === null).length;
        const counts: Array<SectionRow & Row> = b.sections.map((s) => ({ file: b.file, section: s.name, items: s.items.length, line: s.line }));
        if (loose > 0) counts.unshift({ file: b.file, section: null, items: loose, line: null });
        for (const r of counts) {
          totals.set(r.section, (totals.get(r.section) ?? 0) + r.items);
          yield r;
        }
      }
      if (bulletins > 1) for (const [section, items] of totals) yield { file: 'total', section, items, line: null };
    }
    await writeRows(rows(), SECTION_SET, opts, run);
  });
  return cmd;
}
