/** `newsdigest check`: consistency findings across the figures of one or many bulletins. */
import { Command, Option } from 'commander';
import type { Figure } from '../model.js';
import type { Column } from '../output/writers.js';
import { CHECK_STATUSES, checkFigures, type CheckName, type CheckStatus } from '../stats/check.js';
import { FORMATS } from '../output/writers.js';
import { chooseFormat, Outcome, readFigures, withFigureSource, type FigureSourceOptions, repeatableChoice, withInputOptions, withOutputOptions, writeRows, type InputOptions, type OutputOptions } from './runtime.js';

const CHECKS: CheckName[] = ['change', 'headline', 'title', 'share', 'restated'];

const STATUS_TONE = { inconsistent: 'bad', uncheckable: 'warn', consistent: 'good' } as const;
const CHECK_COLUMNS: Column[] = [
  { name: 'check' }, { name: 'status', tone: (r) => STATUS_TONE[r.status as CheckStatus] }, { name: 'file' }, { name: 'line', numeric: true }, { name: 'item', numeric: true },
  { name: 'metric' }, { name: 'entity' }, { name: 'period' }, { name: 'stated' }, { name: 'stated_value', numeric: true },
  { name: 'implied' }, { name: 'implied_value', numeric: true }, { name: 'tolerance' }, { name: 'against' },
];
const CHECK_DEFAULT = ['check', 'status', 'file', 'line', 'metric', 'entity', 'period', 'stated', 'implied', 'tolerance', 'against'];
const CHECK_TABLE = ['status', 'file', 'line', 'entity', 'stated', 'implied'];
const SHOWN_FIRST: Record<CheckStatus, number> = { inconsistent: 0, uncheckable: 1, consistent: 2 };
const STATUS_CHOICES = [...CHECK_STATUSES, 'all'] as const;

interface CheckOpts extends FigureSourceOptions, OutputOptions {
  status?: Array<CheckStatus | 'all'>;
  check?: CheckName[];
}

export function checkCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('check')
    .description('Check figures against each other: changes against levels, headlines against items, shares against wholes')
    .addOption(new Option('--status <status>', 'only findings with this status (repeatable); all for every one').choices(STATUS_CHOICES).argParser(repeatableChoice(STATUS_CHOICES)))
    .addOption(new Option('--check <name>', 'only this check (repeatable)').choices(CHECKS).argParser(repeatableChoice(CHECKS)));
  withOutputOptions(withFigureSource(withInputOptions(cmd))).addHelpText(
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
    for await (const { figure } of readFigures(files, opts, run)) figures.push(figure);
    const findings = checkFigures(figures);
    if (findings.some((f) => f.status === 'inconsistent')) run.noMatch = true;
    // On a screen, what needs a reader comes first: the inconsistent findings, then a count of the rest.
    const onScreen = chooseFormat(opts.format, opts.output, run.rt.stdout, 'ndjson', FORMATS) === 'table';
    const statuses = opts.status?.includes('all') ? CHECK_STATUSES : opts.status ?? (onScreen ? ['inconsistent'] : CHECK_STATUSES);
    const shown = findings.filter((f) => statuses.includes(f.status) && (!opts.check || opts.check.includes(f.check)));
    if (onScreen) shown.sort((a, b) => SHOWN_FIRST[a.status] - SHOWN_FIRST[b.status]);
    if (!onScreen || shown.length) await writeRows(shown, { all: CHECK_COLUMNS, defaults: CHECK_DEFAULT, table: CHECK_TABLE }, opts, run);
    // On a screen the count is part of the view; elsewhere a note that --quiet silences.
    if ((!opts.quiet || onScreen) && figures.length > 0) {
      const count = (s: CheckStatus) => findings.filter((f) => f.status === s).length;
      run.note(`${findings.length} findings: ${CHECK_STATUSES.map((s) => `${count(s)} ${s}`).join(', ')}${onScreen && !opts.status ? ' (--status all lists every one)' : ''}`);
    }
  });
  return cmd;
}
