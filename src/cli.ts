/**
 * The commander program, and the one place that decides exit statuses:
 * 0 done; 1 a filter the user gave matched nothing (for `check`: an inconsistent finding); 2 usage error, unreadable input, or a
 * problem under --strict. A reader that closes the pipe early is not an error.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT, EXIT_STATUSES, InputError, UsageError, type ExitCode } from './errors.js';
import { commands } from './commands/index.js';
import { Outcome, type Runtime } from './commands/runtime.js';
import { makeChalk } from './output/color.js';
import { discardUnfinishedOutputs } from './io/output.js';
import { fitHelp } from './output/topics.js';
import { PACKAGE_ROOT } from './paths.js';

const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };

/** Commander's message as one line of ours: `newsdigest: unknown option '--bogus' (see newsdigest list --help)`. */
function oneLine(message: string, command: string): string {
  return `newsdigest: ${message.trim().replace(/^error: /, '')} (see newsdigest ${command}--help)\n`;
}

/** Build the program; `current` hands each command the outcome of this run. */
export function buildProgram(rt: Runtime, current: () => Outcome): Command {
  const errChalk = makeChalk('auto', rt.stderr.isTTY === true, rt.env);
  const program = new Command()
    .name('newsdigest')
    .description('Parse daily news bulletins and extract their figures as data for shell pipelines.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({
      // Help and version only (data goes to the stdout sink): fitted to the terminal.
      writeOut: (s) => rt.stdout.write(fitHelp(s, rt.stdout.columns || Number(rt.env.COLUMNS) || 80)),
      writeErr: (s) => rt.stderr.write(s),
      outputError: (s, write) => write(errChalk.red(oneLine(s, ''))),
    })
    .helpCommand(false);
  for (const define of commands) {
    const cmd = define(program, current);
    cmd.configureOutput({ ...cmd.configureOutput(), outputError: (s, write) => write(errChalk.red(oneLine(s, `${cmd.name()} `))) });
  }
  program.addHelpText(
    'after',
    `
Exit status:
${EXIT_STATUSES.map(([status, meaning]) => `  ${status.padEnd(8)} ${meaning}`).join('\n')}

Topics:      newsdigest help formats | metrics | fields
Completion:  newsdigest completion bash | zsh | fish

Examples:
  newsdigest parse fixtures/morning-news-2022-01-21.txt
  newsdigest figures bulletins/ --metric revenue --format csv > revenue.csv
  newsdigest stats --metric revenue bulletins/`,
  );
  return program;
}

/** Run the CLI with these arguments; resolves to the exit status (never calls process.exit). */
export async function run(argv: string[], rt: Runtime): Promise<ExitCode> {
  const outcome = new Outcome(rt);
  const program = buildProgram(rt, () => outcome);
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.error;
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    discardUnfinishedOutputs();
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.error;
    if (err instanceof UsageError) {
      outcome.note(err.message);
      return EXIT.error;
    }
    if (err instanceof InputError) {
      outcome.error(err.file, err.message);
      return EXIT.error;
    }
    throw err;
  }
  outcome.finish();
  if (outcome.errors > 0) return EXIT.error;
  return outcome.noMatch ? EXIT.noMatch : EXIT.ok;
}

/** Entry point for bin/newsdigest.js. Sets process.exitCode so piped output is never cut short. */
export async function main(argv: string[]): Promise<void> {
  const rt: Runtime = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  // A reader that leaves early (`| head`) is the end of the run, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  // Interrupted, an `-o` file keeps its old content: the half-written copy is removed.
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      discardUnfinishedOutputs();
      process.exit(status);
    });
  }
  try {
    process.exitCode = await run(argv, rt);
  } catch (err) {
    discardUnfinishedOutputs();
    process.stderr.write(`newsdigest: internal error (please report it): ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 70;
  }
}
