/**
 * What every command shares: its common options, reading bulletins from the file arguments,
 * reporting problems on stderr, and sending rows to the chosen writer. Commands stay thin.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import { InputError, UsageError } from '../errors.js';
import { decode, expandSources, readBytes } from '../io/input.js';
import { openSink, type Sink } from '../io/output.js';
import type { Bulletin, Warning } from '../model.js';
import { makeChalk, type ColorChoice } from '../output/color.js';
import { createWriter, FORMATS, type Column, type Format, type Row } from '../output/writers.js';
import { parseBulletin } from '../parse/bulletin.js';
import { parseIsoOption } from '../parse/dates.js';

/** The process's streams and environment, passed in so tests and the CLI share one path. */
export interface Runtime {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export interface InputOptions {
  date?: string;
  encoding?: string;
  quiet?: boolean;
  strict?: boolean;
}

export interface OutputOptions {
  format?: Format;
  fields?: string[];
  output?: string;
  color: ColorChoice;
  formulaGuard: boolean;
  crlf?: boolean;
}

/** How the run went, for cli.ts to turn into an exit status. */
export class Outcome {
  /** Files that could not be read, or problems under --strict. */
  errors = 0;
  /** A filter the user gave matched nothing. */
  noMatch = false;
  readonly stderrChalk: ChalkInstance;

  constructor(
    readonly rt: Runtime,
    color: ColorChoice = 'auto',
  ) {
    this.stderrChalk = makeChalk(color, rt.stderr.isTTY === true, rt.env);
  }

  /** `newsdigest: <file>: <problem>` on stderr. */
  error(file: string, problem: string): void {
    this.errors++;
    this.rt.stderr.write(this.stderrChalk.red(`newsdigest: ${file}: ${problem}`) + '\n');
  }

  warn(w: Warning, strict: boolean | undefined): void {
    if (strict) this.errors++;
    const where = w.line === null ? w.file : `${w.file}:${w.line}`;
    const label = strict ? 'error' : 'warning';
    this.rt.stderr.write(`${where}: ${this.stderrChalk.yellow(label)}: ${w.message}\n`);
  }
}

function isoDateOption(value: string): string {
  const iso = parseIsoOption(value);
  if (!iso) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return iso;
}

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a positive integer');
  return Number(value);
}

function fieldList(value: string): string[] {
  return value.split(',').map((f) => f.trim()).filter(Boolean);
}

/** `[files...]` plus the options every reading command takes. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .argument('[files...]', 'bulletin files or directories (.txt, .md); - for stdin')
    .option('--date <YYYY-MM-DD>', 'bulletin date when neither the header nor the file name gives one', isoDateOption)
    .option('--encoding <name>', 'input encoding (gb18030, big5, latin1, utf-16le …)', 'utf-8')
    .option('-q, --quiet', 'do not print warnings')
    .option('--strict', 'treat warnings (unplaced text, no date, no source) as errors: exit 2');
}

/** The options every command that writes rows takes. */
export function withOutputOptions(cmd: Command, formats: readonly Format[] = FORMATS): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else ndjson)').choices(formats))
    .option('--fields <a,b,c>', 'columns to print, in this order', fieldList)
    .option('-o, --output <file>', 'write to a file (- for stdout)')
    .addOption(new Option('--color <when>', 'colour the table').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-formula-guard', "CSV: do not prefix ' to text cells starting with = + - @ (spreadsheet formulas)")
    .option('--crlf', 'CSV: end records with CRLF');
}

/**
 * Read, decode and parse each source in turn. A file that cannot be read is reported and skipped;
 * the run goes on and ends with exit 2.
 */
export async function* readBulletins(files: string[], opts: InputOptions, outcome: Outcome): AsyncGenerator<Bulletin> {
  const rt = outcome.rt;
  const sources = await expandSources(files, rt.stdin.isTTY === true);
  for (const source of sources) {
    let text: string;
    try {
      text = decode(await readBytes(source, rt.stdin), source, opts.encoding);
    } catch (err) {
      if (err instanceof InputError) {
        outcome.error(err.file, err.message);
        continue;
      }
      throw err;
    }
    const bulletin = parseBulletin(text, { file: source, date: opts.date });
    if (!opts.quiet || opts.strict) for (const w of bulletin.warnings) outcome.warn(w, opts.strict);
    yield bulletin;
  }
}

/** The columns to print: `--fields` (validated against what exists) or the command's default. */
export function chooseColumns(all: Column[], defaults: string[], fields: string[] | undefined): Column[] {
  const names = fields ?? defaults;
  const byName = new Map(all.map((c) => [c.name, c]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length) {
    throw new UsageError(`unknown field '${unknown[0]}' (valid fields: ${all.map((c) => c.name).join(', ')})`);
  }
  return names.map((n) => byName.get(n)!);
}

/** Table on a terminal, else the command's machine default. */
export function chooseFormat<F extends string>(format: F | undefined, sink: Sink, machineDefault: F): F | 'table' {
  return format ?? (sink.isTTY ? 'table' : machineDefault);
}

/**
 * Write rows as they come. Returns how many were written; stops early (quietly) when the reader
 * closed the pipe.
 */
export async function writeRows<T extends object>(
  rows: AsyncIterable<T> | Iterable<T>,
  columns: Column[],
  opts: OutputOptions,
  outcome: Outcome,
): Promise<number> {
  const rt = outcome.rt;
  const sink = openSink(opts.output, rt.stdout);
  const format = chooseFormat(opts.format, sink, 'ndjson');
  const writer = createWriter(format, columns, {
    formulaGuard: opts.formulaGuard,
    crlf: opts.crlf,
    chalk: makeChalk(opts.color, sink.isTTY, rt.env),
    maxCellWidth: 60,
  });
  let count = 0;
  await sink.write(writer.begin());
  for await (const row of rows) {
    if (sink.closed) break;
    await sink.write(writer.row(row as unknown as Row));
    count++;
  }
  await sink.write(writer.end());
  await sink.end();
  return count;
}
