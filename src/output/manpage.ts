/**
 * The man page, in roff, built from the program's spec: the same commands, options and help text
 * the parser and `--help` use. Pure.
 */
import type { OptionSpec, ProgramSpec } from '../commands/spec.js';

/** Text safe in roff: backslashes escaped, a line never starting with a control character. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n');
}

function option(o: OptionSpec): string {
  const flags = o.flags.map((f) => `\\fB${roff(f)}\\fR`).join(', ');
  const value = o.value ? ` \\fI${roff(o.value)}\\fR` : '';
  const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
  return `.TP\n${flags}${value}\n${roff(o.description + choices)}`;
}

/** A help text block kept as written (examples, field lists). */
const preformatted = (text: string) => (text ? `.PP\n.nf\n${roff(text)}\n.fi` : '');

export interface ManPageExtras {
  /** The date the page is for, `YYYY-MM-DD`. */
  date: string;
  exitStatus: Array<[string, string]>;
  environment: Array<[string, string]>;
}

/**
 * @example
 * manPage(spec, extras).startsWith('.TH NEWSDIGEST 1') //=> true
 */
export function manPage(spec: ProgramSpec, extras: ManPageExtras): string {
  const name = spec.name;
  const out = [
    `.TH ${name.toUpperCase()} 1 "${extras.date}" "${name} ${spec.version}" "User Commands"`,
    '.SH NAME',
    `${name} \\- ${roff(spec.description)}`,
    '.SH SYNOPSIS',
    ...spec.commands.map((c) => `.B ${name} ${c.name}\n${roff(c.usage)}\n.br`),
    '.SH DESCRIPTION',
    roff(spec.description),
    '.SH OPTIONS',
    ...spec.options.map(option),
    '.SH COMMANDS',
  ];
  for (const c of spec.commands) {
    out.push(`.SS ${name} ${c.name} ${roff(c.usage)}`, roff(c.description), ...c.options.map(option), preformatted(c.notes));
  }
  out.push('.SH EXIT STATUS', ...extras.exitStatus.map(([code, meaning]) => `.TP\n.B ${code}\n${roff(meaning)}`));
  out.push('.SH ENVIRONMENT', ...extras.environment.map(([variable, meaning]) => `.TP\n.B ${variable}\n${roff(meaning)}`));
  out.push('.SH SEE ALSO', `\\fB${name} help formats\\fR, \\fB${name} help metrics\\fR, \\fB${name} help fields\\fR, \\fBjq\\fR(1), \\fBsqlite3\\fR(1)`);
  return out.filter((l) => l !== '').join('\n') + '\n';
}
