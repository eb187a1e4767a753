/**
 * What every command shares: its common options, reading bulletins from the file arguments,
 * reporting problems on stderr, and sending rows to the chosen writer. Commands stay thin.
 */
import { extname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ChalkInstance } from 'chalk';
import { InputError, UsageError } from '../errors.js';
import { decode, expandSources, readBytes, type Source } from '../io/input.js';
import { JOBS_PER_WORKER, jobsFor, ParsePool } from './parallel.js';
import { openSink, type Sink } from '../io/output.js';
import type { Bulletin, Figure, Warning } from '../model.js';
import { closestNames, metricCounts } from '../stats/summarize.js';
import { metricMentions } from '../figures/attach.js';
import { foldWidth } from '../parse/lines.js';
import { fitHelp } from '../output/topics.js';
import { metricMatches } from '../select/filter.js';
import { makeChalk, type ColorChoice } from '../output/color.js';
import { createWriter, FORMATS, type Column, type Format, type Row } from '../output/writers.js';
import { parseBulletin } from '../parse/bulletin.js';
import { extractFigures } from '../figures/extract.js';
import { itemDate } from '../select/filter.js';
import type { DatedFigure } from '../stats/trend.js';
import { parseIsoOption } from '../parse/dates.js';
import { convertFigures, parseRates, RatesError, type Rates } from '../stats/rates.js';

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
  verbose?: boolean;
  shard?: Shard;
  jobs?: number;
}

/** `--shard K/N`: the K-th of N slices of the input files, by their place in the sorted list. */
export interface Shard {
  k: number;
  n: number;
}

function shardOption(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const k = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || k < 1 || k > n) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, as 2/4');
  return { k, n };
}

/** Warning lines shown before the rest are only counted (--verbose shows all). */
const WARNING_LINES = 20;
/** A run shorter than this shows no progress line. */
const PROGRESS_AFTER_MS = 1000;

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

  private warnings = 0;
  private warnedFiles = new Set<string>();
  private warnedKinds = new Set<string>();
  private warningLines = 0;
  private readonly started = Date.now();
  private progressShown = false;
  private progressAt = 0;

  /** `newsdigest: <file>: <problem>` on stderr. */
  error(file: string, problem: string): void {
    this.errors++;
    this.clearProgress();
    this.rt.stderr.write(this.stderrChalk.red(`newsdigest: ${file}: ${problem}`) + '\n');
  }

  /**
   * A warning on stderr: the first of each kind in each file, and at most a screenful in all,
   * unless `verbose`; under `strict` every one, as an error. The rest are counted for {@link finish}.
   */
  warn(w: Warning, strict: boolean | undefined, verbose?: boolean): void {
    if (strict) this.errors++;
    this.warnings++;
    this.warnedFiles.add(w.file);
    const kind = `${w.file}\u0000${w.code}`;
    const first = !this.warnedKinds.has(kind);
    this.warnedKinds.add(kind);
    if (!strict && !verbose && (!first || this.warningLines >= WARNING_LINES)) return;
    this.warningLines++;
    this.clearProgress();
    const where = w.line === null ? w.file : `${w.file}:${w.line}`;
    const label = strict ? 'error' : 'warning';
    this.rt.stderr.write(`${where}: ${this.stderrChalk.yellow(label)}: ${w.message}\n`);
  }

  /** On a terminal, after a second: files read, megabytes, rate and time left, on one line. */
  progress(done: number, total: number, bytes: number, quiet: boolean | undefined): void {
    if (quiet || this.rt.stderr.isTTY !== true) return;
    const now = Date.now();
    const elapsed = now - this.started;
    if (elapsed < PROGRESS_AFTER_MS || (now - this.progressAt < 100 && done < total)) return;
    this.progressAt = now;
    const rate = bytes / 1e6 / (elapsed / 1000);
    const left = done > 0 ? Math.round(((total - done) * elapsed) / done / 1000) : 0;
    this.rt.stderr.write(`\r\x1b[K${this.stderrChalk.dim(`newsdigest: ${done}/${total} files, ${(bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(1)} MB/s, ${left}s left`)}`);
    this.progressShown = true;
  }

  /** `newsdigest: <message>` on stderr: something the user should know, not an error. */
  note(message: string): void {
    this.clearProgress();
    const line = `newsdigest: ${message}`;
    this.rt.stderr.write((this.rt.stderr.isTTY ? fitHelp(line, this.rt.stderr.columns || 80) : line) + '\n');
  }

  /** Erase the progress line, so what follows starts on a clean line. */
  clearProgress(): void {
    if (!this.progressShown) return;
    this.rt.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }

  /** The end of the run: the progress line erased, and how many warnings were not shown. */
  finish(): void {
    this.clearProgress();
    const held = this.warnings - this.warningLines;
    if (held > 0) {
      this.rt.stderr.write(`newsdigest: ${this.warnings} warnings in ${this.warnedFiles.size} files (${held} not shown; --verbose lists them, --quiet hides them)\n`);
    }
  }
}

/** A `YYYY-MM-DD` option naming a real day (`--date`, `--since`, `--until`). */
export function isoDateOption(value: string): string {
  const iso = parseIsoOption(value);
  if (!iso) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return iso;
}

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a positive integer');
  return Number(value);
}

/** A repeatable option: each value given is kept, in order. */
export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * A repeatable option with fixed choices: validates each value and collects them. (commander's
 * `.choices()` is replaced, not kept, by an `.argParser()`, so both are done here.)
 */
export function repeatableChoice<T extends string>(choices: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    if (!choices.includes(value as T)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return [...previous, value as T];
  };
}

function fieldList(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new InvalidArgumentError('give field names, or all');
  return fields;
}

/** `[files...]` plus the options every reading command takes. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .argument('[files...]', 'bulletin files or directories (.txt, .md); - for stdin')
    .option('--date <YYYY-MM-DD>', 'bulletin date when neither the header nor the file name gives one', isoDateOption)
    .option('--encoding <name>', 'input encoding (gb18030, big5, latin1, utf-16le …)', 'utf-8')
    .option('-q, --quiet', 'do not print warnings or progress')
    .option('--verbose', 'print every warning (by default the first of each kind per file, and at most 20)')
    .option('--strict', 'treat warnings (unplaced text, no date, no source) as errors: exit 2')
    .option('-j, --jobs <n>', 'threads to parse with (default: one per core for 50 files or more, else 1); output is the same', positiveInt)
    .option('--shard <K/N>', 'read only the K-th of N slices of the files (file i when i mod N = K-1), to split a run over machines', shardOption);
}

/** The options every command that writes rows takes. */
export function withOutputOptions(cmd: Command, formats: readonly Format[] = FORMATS): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else ndjson)').choices(formats))
    .option('--fields <a,b,c>', 'columns to print, in this order; all for every one', fieldList)
    .option('-o, --output <file>', 'write to a file (- for stdout)')
    .addOption(new Option('--color <when>', 'colour the table').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-formula-guard', "CSV: do not prefix ' to text cells starting with = + - @ (spreadsheet formulas)")
    .option('--crlf', 'CSV: end records with CRLF');
}

/**
 * Read, decode and parse each source in turn. A file that cannot be read is reported and skipped;
 * the run goes on and ends with exit 2.
 */
export async function* readBulletins(files: string[], opts: InputOptions, outcome: Outcome, want = { figures: true }): AsyncGenerator<Bulletin> {
  const rt = outcome.rt;
  const listed = await expandSources(files, rt.stdin.isTTY === true);
  const shard = opts.shard;
  const sources = shard ? listed.filter((_, i) => i % shard.n === shard.k - 1) : listed;
  const jobs = jobsFor(opts.jobs, sources.length);
  const pool = jobs > 1 ? ParsePool.start(jobs) : null;
  // Files are read here in order and parsed ahead on the workers; results are taken in order.
  // Twice what the workers hold, so each has its next jobs queued while the main thread writes.
  const ahead = jobs * JOBS_PER_WORKER * 2;
  const started: Array<Promise<Parsed>> = [];
  const begin = (i: number) => {
    started[i] = parseSource(sources[i], opts, rt.stdin, pool, want.figures);
    // A source parsed ahead may fail (a bad --encoding) before its turn: its error is raised when
    // it is awaited, in order, not reported as an unhandled rejection now.
    started[i].catch(() => undefined);
  };
  let bytes = 0;
  try {
    for (let i = 0; i < Math.min(ahead, sources.length); i++) begin(i);
    for (let i = 0; i < sources.length; i++) {
      outcome.progress(i, sources.length, bytes, opts.quiet);
      const parsed = await started[i];
      delete started[i];
      if (i + ahead < sources.length) begin(i + ahead);
      bytes += parsed.size;
      if ('problem' in parsed) {
        outcome.error(parsed.file, parsed.problem);
        continue;
      }
      const { bulletin, figures } = parsed;
      if (figures) extracted.set(bulletin, figures);
      if (!opts.quiet || opts.strict) for (const w of bulletin.warnings) outcome.warn(w, opts.strict, opts.verbose);
      yield bulletin;
    }
  } finally {
    await pool?.close();
  }
}

type Parsed = { size: number } & ({ bulletin: Bulletin; figures: Figure[] | null } | { file: string; problem: string });

/** One source read, decoded and parsed: on a worker when there is a pool, else here. */
async function parseSource(source: Source, opts: InputOptions, stdin: NodeJS.ReadableStream, pool: ParsePool | null, figures: boolean): Promise<Parsed> {
  if (typeof source !== 'string') return { size: 0, file: source.path, problem: source.problem };
  let read: Buffer;
  try {
    read = await readBytes(source, stdin);
    if (!pool) return { size: read.length, bulletin: parseBulletin(decode(read, source, opts.encoding), { file: source, date: opts.date }), figures: null };
  } catch (err) {
    if (err instanceof InputError) return { size: 0, file: err.file, problem: err.message };
    throw err;
  }
  // A copy: a small file's buffer may be a slice of Node's shared pool, which must not move.
  const bytes = read.buffer.slice(read.byteOffset, read.byteOffset + read.byteLength) as ArrayBuffer;
  const r = await pool.parse({ source, bytes, encoding: opts.encoding, date: opts.date, figures });
  if ('bulletin' in r) return { size: read.length, bulletin: r.bulletin, figures: r.figures };
  if ('inputError' in r) return { size: read.length, file: r.inputError.file, problem: r.inputError.message };
  if ('usageError' in r) throw new UsageError(r.usageError);
  throw new Error(`worker: ${r.crash}`);
}

const extracted = new WeakMap<Bulletin, Figure[]>();

/** A bulletin's figures: those its worker extracted with it (--jobs), else extracted now. */
export function figuresOf(bulletin: Bulletin): Figure[] {
  let figures = extracted.get(bulletin);
  if (!figures) {
    figures = extractFigures(bulletin);
    extracted.set(bulletin, figures);
  }
  return figures;
}

export interface FigureSourceOptions extends InputOptions {
  /** Figure records to read instead of bulletins: NDJSON as `figures --format ndjson` writes it. */
  from?: string;
}

/** `--from FILE`, for the commands that work on figures (stats, trend, check). */
export function withFigureSource(cmd: Command): Command {
  return cmd.option('--from <file>', 'read figure records (NDJSON from newsdigest figures, - for stdin) instead of bulletins');
}

/**
 * The figures a command works on, each with the date its news is from: extracted from the
 * bulletins, or read back from figure records (`--from`), so the extraction can run elsewhere —
 * on other machines, in shards — and the answers come from the merged records. A record carries
 * no item date: a figure that names no period has none.
 */
export async function* readFigures(files: string[], opts: FigureSourceOptions, outcome: Outcome): AsyncGenerator<DatedFigure> {
  if (opts.from === undefined) {
    for await (const b of readBulletins(files, opts, outcome)) {
      for (const figure of figuresOf(b)) yield { figure, date: figure.item > 0 ? itemDate(b.items[figure.item - 1], b.date) : b.date };
    }
    return;
  }
  if (files.length) throw new UsageError('give bulletins or --from FILE, not both');
  let text: string;
  try {
    text = decode(await readBytes(opts.from, outcome.rt.stdin), opts.from, 'utf-8');
  } catch (err) {
    if (err instanceof InputError) return outcome.error(err.file, err.message);
    throw err;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const figure = figureRecord(lines[i]);
    if (figure) yield { figure, date: null };
    else outcome.error(`${opts.from}:${i + 1}`, 'not a figure record (newsdigest figures --format ndjson writes them)');
  }
}

const RECORD_KEYS: Array<keyof Figure> = ['file', 'item', 'part', 'kind', 'text', 'value', 'low', 'high', 'unit', 'metric', 'entity', 'period', 'direction', 'basis', 'forecast', 'qualifier', 'sentence', 'line'];

/** One NDJSON line as a Figure, or null when it is not one (every key of the record present). */
function figureRecord(line: string): Figure | null {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || !RECORD_KEYS.every((k) => k in record)) return null;
  // Records printed with --fields may lack what no check needs: the whole of a share, the section,
  // positions; records written before `change` existed had a direction only on changes.
  const figure = record as Figure;
  return { ...{ of: null, section: null, start: 0, end: 0, change: figure.direction !== null }, ...figure };
}

/** A command's columns: all it has, those it prints by default, and those a table shows on a screen. */
export interface ColumnSet {
  all: Column[];
  defaults: string[];
  /** The default for `--format table`, narrower for a terminal; else `defaults`. */
  table?: string[];
}

/** The columns to print: `--fields` (validated; `all` for every one), else the default for the format. */
export function chooseColumns(set: ColumnSet, fields: string[] | undefined, format: string): Column[] {
  const { all } = set;
  if (fields?.length === 1 && fields[0] === 'all') return all;
  const names = fields ?? (format === 'table' && set.table ? set.table : set.defaults);
  const byName = new Map(all.map((c) => [c.name, c]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length) {
    throw new UsageError(`unknown field '${unknown[0]}' (valid fields: ${all.map((c) => c.name).join(', ')})`);
  }
  return names.map((n) => byName.get(n)!);
}

const EXTENSION_FORMATS: Record<string, string> = { '.csv': 'csv', '.tsv': 'tsv', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };

/**
 * `--format`; else the `-o` file's extension (`.csv .tsv .json .ndjson .jsonl`), an unknown one
 * being an error; else table on a terminal and the command's machine default elsewhere.
 */
export function chooseFormat<F extends string>(format: F | undefined, output: string | undefined, stdout: { isTTY?: boolean }, machineDefault: F, allowed: readonly F[]): F | 'table' {
  if (format) return format;
  if (output !== undefined && output !== '-') {
    const named = EXTENSION_FORMATS[extname(output).toLowerCase()] as F | undefined;
    if (named === undefined || !allowed.includes(named)) {
      throw new UsageError(`cannot tell the format of '${output}' from its name: give --format (${allowed.filter((f) => f !== 'table').join(', ')})`);
    }
    return named;
  }
  return stdout.isTTY ? 'table' : machineDefault;
}

const TABLE_ROWS = 200;

/** The width a table fits: the terminal's, else `COLUMNS`, else none. */
export function tableWidth(sink: Sink, rt: Runtime): number | undefined {
  if (sink.isTTY) return rt.stdout.columns || 80;
  const columns = Number(rt.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/** A command's own picture of its rows for people (a chart), used instead of the plain table. */
export type TableRenderer<T> = (rows: T[], chalk: ChalkInstance, width?: number) => string;

/**
 * Write rows as they come. Returns how many were written; stops early (quietly) when the reader
 * closed the pipe.
 */
export async function writeRows<T extends object>(
  rows: AsyncIterable<T> | Iterable<T>,
  columnSet: ColumnSet,
  opts: OutputOptions,
  outcome: Outcome,
  renderTable?: TableRenderer<T>,
): Promise<number> {
  const rt = outcome.rt;
  const format = chooseFormat(opts.format, opts.output, rt.stdout, 'ndjson', FORMATS);
  const columns = chooseColumns(columnSet, opts.fields, format);
  const sink = openSink(opts.output, rt.stdout);
  const chalk = makeChalk(opts.color, sink.isTTY, rt.env);
  if (format === 'table' && renderTable && !opts.fields) {
    const all: T[] = [];
    for await (const row of rows) all.push(row);
    await sink.write(renderTable(all, chalk, tableWidth(sink, rt)));
    await sink.end();
    return all.length;
  }
  const writer = createWriter(format, columns, {
    formulaGuard: opts.formulaGuard,
    crlf: opts.crlf,
    chalk,
    width: tableWidth(sink, rt),
    // A table is for a screenful: past this, rows are counted, not drawn.
    rowLimit: sink.isTTY ? TABLE_ROWS : undefined,
  });
  let count = 0;
  // Rows go out in chunks of about 16 KB: one system call a row is a seventh of a run's time.
  let pending = writer.begin();
  for await (const row of rows) {
    if (sink.closed) break;
    pending += writer.row(row as unknown as Row);
    count++;
    if (pending.length >= 16_384) {
      await sink.write(pending);
      pending = '';
    }
  }
  await sink.write(pending + writer.end());
  await sink.end();
  return count;
}

export interface MetricOptions {
  metric?: string;
  exact?: boolean;
  all?: boolean;
}

/** `--metric`, `--exact` and `--all`, for the commands that follow one metric (stats, trend). */
export function withMetricOptions(cmd: Command): Command {
  return cmd
    .option('-m, --metric <name>', 'the metric (also matches its specialisations, e.g. revenue → advertising_revenue), or a word for it (营收)', metricOption)
    .option('--exact', 'the metric itself only')
    .option('--all', 'count a figure repeated in headline, title, body or several bulletins every time');
}

/**
 * Nothing of `metric` (for `entities`, when given) was found: say so, with the names that come
 * closest — entities that have the metric when the metric exists, else metrics.
 */
export function reportNoMetric(outcome: Outcome, metric: string, figures: Array<Pick<Figure, 'metric' | 'entity'>>, entities?: string[]): void {
  outcome.noMatch = true;
  const ofMetric = figures.filter((f) => f.metric !== null && metricMatches(f.metric, metric));
  if (entities?.length && ofMetric.length) {
    const known = ofMetric.map((f) => f.entity).filter((e): e is string => e !== null);
    const near = [...new Set(entities.flatMap((e) => closestNames(e, known)))];
    outcome.note(`no figures of metric '${metric}' for ${entities.join(', ')}${near.length ? ` (closest: ${near.join(', ')})` : ''}`);
    return;
  }
  const near = closestNames(metric, metricCounts(figures).map((m) => m.metric));
  outcome.note(`no figures of metric '${metric}'${near.length ? ` (closest: ${near.join(', ')})` : ''}`);
}

/**
 * After a filtered run that printed nothing (exit 1): each `--metric` no figure has gets its closest
 * names; any other empty result is said on a terminal (a pipeline has the exit status).
 */
export function reportNothingMatched(outcome: Outcome, metrics: string[] | undefined, seen: Set<string>): void {
  outcome.noMatch = true;
  const known = [...seen].map((metric) => ({ metric, entity: null }));
  const missing = (metrics ?? []).filter((m) => ![...seen].some((s) => metricMatches(s, m)));
  for (const m of missing) reportNoMetric(outcome, m, known);
  if (missing.length === 0 && outcome.rt.stderr.isTTY) outcome.note('nothing matched the filters');
}

/**
 * A metric as the user may give it: its name, or a word that names it in either language
 * (`营收` → revenue, `gross merchandise value` → gmv).
 */
export function metricOption(value: string): string {
  const word = value.trim();
  if (/^[a-z0-9_]+$/.test(word)) return word;
  const mention = metricMentions(foldWidth(word))[0];
  return mention && mention.start === 0 && mention.end === word.length ? mention.value : word;
}

/** As {@link metricOption}, for a repeatable option. */
export function repeatableMetric(value: string, previous: string[] = []): string[] {
  return [...previous, metricOption(value)];
}

export interface ConversionOptions {
  rates?: string;
  currency?: string;
}

/** `--rates FILE --currency CODE`, for commands that aggregate money. */
export function withConversionOptions(cmd: Command): Command {
  return cmd
    .option('--rates <file>', 'exchange rates to convert money with (CSV from,to,rate or JSON {base, rates}); nothing is fetched')
    .option('--currency <code>', 'with --rates: convert every amount to this ISO 4217 currency', (v: string) => {
      if (!/^[A-Za-z]{3}$/.test(v)) throw new InvalidArgumentError('expected an ISO 4217 code like USD');
      return v.toUpperCase();
    });
}

export interface Conversion {
  rates: Rates;
  currency: string;
  file: string;
}

/** Read the rates table, if one was given; a bad table is an error naming the file. */
export async function readConversion(opts: ConversionOptions, outcome: Outcome): Promise<Conversion | null> {
  if (!opts.rates && !opts.currency) return null;
  if (!opts.rates) throw new UsageError('--currency needs --rates FILE (exchange rates are never fetched)');
  if (!opts.currency) throw new UsageError('--rates needs --currency CODE: the currency to convert to');
  try {
    const rates = parseRates(decode(await readBytes(opts.rates, outcome.rt.stdin), opts.rates, 'utf-8'));
    return { rates, currency: opts.currency, file: opts.rates };
  } catch (err) {
    if (err instanceof RatesError) throw new InputError(opts.rates, err.message);
    throw err;
  }
}

/** Convert money figures; currencies the table cannot reach are kept, and said so once each. */
export function applyConversion(figures: Figure[], conversion: Conversion | null, outcome: Outcome, quiet?: boolean): Figure[] {
  if (!conversion) return figures;
  const { figures: converted, missing } = convertFigures(figures, conversion.rates, conversion.currency);
  if (!quiet) {
    for (const code of missing) {
      outcome.note(`${conversion.file}: no rate from ${code} to ${conversion.currency}; ${code} amounts are kept in ${code}`);
    }
  }
  return converted;
}
