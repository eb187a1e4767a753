/**
 * Errors a user can cause, each with the exit status it ends in. Anything else is a bug and the
 * only thing that may print a stack.
 *
 * Exit status, as grep: 0 done; 1 a filter the user gave matched nothing; 2 an error.
 */
export const EXIT = { ok: 0, noMatch: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Every exit status and what it means, for the help text and the man page. */
export const EXIT_STATUSES: Array<[string, string]> = [
  ['0', 'done (a reader closing the pipe early, as `| head` does, is fine)'],
  ['1', 'a filter matched nothing; for check, a finding is inconsistent'],
  ['2', 'usage error, unreadable input, or a warning under --strict'],
  ['70', 'internal error (a bug: please report it with the message)'],
  ['130, 143', 'interrupted (SIGINT, SIGTERM); an -o file keeps its old content'],
];

/** The environment variables newsdigest reads. */
export const ENVIRONMENT: Array<[string, string]> = [
  ['NO_COLOR', 'when set and not empty, no colour (--color beats it)'],
  ['FORCE_COLOR', 'colour even when not on a terminal (0 or false: never); NO_COLOR beats it'],
  ['TERM', 'dumb: no colour'],
];

/** Wrong words on the command line: a bad option value, an unknown field, a bad pattern. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that cannot be read or decoded; `file` is the path as given (`-` for stdin). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
