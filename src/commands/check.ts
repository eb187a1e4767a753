/** `newsdigest check`: consistency findings across the figures of one or many bulletins. */
import { Command, Option } from 'commander';
import type { Figure } from '../model.js';
import { extractFigures } from '../figures/extract.js';
import type { Column } from '../output/writers.js';
import { CHECK_STATUSES, checkFigures, type CheckName, type CheckStatus } from '../stats/check.js';
import { chooseColumns, Outcome, readBulletins, repeatableChoice, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

const CHECKS: CheckName[] = ['change', 'headline', 'title', 'share', 'restated'];

const CHECK_COLUMNS: Column[] = [
  { name: 'check' }, { name: 'status' }, { name: 'file' }, { name: 'line', numeric: true }, { name: 'item', numeric: true },
  { name: 'metric' }, { name: 'entity' }, { name: 'period' }, { name: 'stated' }, { name: 'stated_value', numeric: true },
  { name: 'implied' }, { name: 'implied_value', numeric: true }, { name: 'tolerance' }, { name: 'against' },
];
const CHECK_DEFAULT = ['check', 'status', 'file', 'line', 'metric', 'entity', 'period', 'stated', 'implied', 'tolerance', 'against'];

interface CheckOpts extends InputOptions, OutputOptions {
  status?: CheckStatus[];
  check?: CheckName[];
}

export function checkCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('check')
    .description('Check figures against each other: changes against levels, headlines against items, shares against wholes')
    .addOption(new Option('--status <status>', 'only findings with this status (repeatable)').choices(CHECK_STATUSES).argParser(repeatableChoice(CHECK_STATUSES)))
    .addOption(new Option('--check <name>', 'only this check (repeatable)').choices(CHECKS).argParser(repeatableChoice(CHECKS)));
  withOutputOptions(withInputOptions(cmd)).addHelpText(
    'after',
    `
Checks:
  change    a stated change (up 70% yoy) against the levels of the two periods it connects;
            needs both levels, else the finding is uncheckable
  headline  a figure in the headline line against the same figure in an item
  title     a figure in an item's title against the same figure in its body
  share     a share (accounting for 65% of GMV) against its part and its whole
  restated  the same level (metric, entity, period) stated differently in two places

Figures are compared as ranges: what rounds to the printed digits, widened by about (±5%),
nearly (up to 10% under), more than / at least (no upper end), less than / up to.
Exit status 1 when any finding is inconsistent (whatever --status shows), so check can gate a
pipeline; 0 otherwise.

Examples:
  newsdigest check fixtures/morning-news-2022-01-21.txt
  newsdigest check archive/ --status inconsistent --format csv
  newsdigest check archive/ -q --format ndjson | jq -r 'select(.status != "consistent") | .stated'`,
  );
  cmd.action(async (files: string[], opts: CheckOpts) => {
    const run = outcome();
    const figures: Figure[] = [];
    let bulletins = 0;
    for await (const b of readBulletins(files, opts, run)) {
      bulletins++;
      figures.push(...extractFigures(b));
    }
    const findings = checkFigures(figures);
    if (findings.some((f) => f.status === 'inconsistent')) run.noMatch = true;
    const shown = findings.filter((f) => (!opts.status || opts.status.includes(f.status)) && (!opts.check || opts.check.includes(f.check)));
    await writeRows(shown, chooseColumns(CHECK_COLUMNS, CHECK_DEFAULT, opts.fields), opts, run);
    if (!opts.quiet && bulletins > 0) {
      const count = (s: CheckStatus) => findings.filter((f) => f.status === s).length;
      run.rt.stderr.write(`newsdigest: ${findings.length} findings: ${CHECK_STATUSES.map((s) => `${count(s)} ${s}`).join(', ')}\n`);
    }
  });
  return cmd;
}
