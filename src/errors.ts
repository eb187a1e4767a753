/**
 * Errors a user can cause, each with the exit status it ends in. Anything else is a bug and the
 * only thing that may print a stack.
 *
 * Exit status, as grep: 0 done; 1 a filter the user gave matched nothing; 2 an error.
 */
export const EXIT = { ok: 0, noMatch: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

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
