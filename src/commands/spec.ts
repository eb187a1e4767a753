/**
 * The program as data: its commands, their options and help, read from the commander definitions,
 * so the completion scripts, the man page and the help topics are built from the one source the
 * parser itself uses.
 */
import type { Command, Option } from 'commander';

export interface OptionSpec {
  /** `-f`, `--format`. */
  flags: string[];
  /** The value's name (`format`, `file`), or null for a switch. */
  value: string | null;
  /** Values it accepts, when fixed. */
  choices: string[] | null;
  description: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** `[options] [files...]` */
  usage: string;
  options: OptionSpec[];
  /** The help text after the options (notes, fields, examples). */
  notes: string;
}

export interface ProgramSpec {
  name: string;
  description: string;
  version: string;
  options: OptionSpec[];
  commands: CommandSpec[];
  /** The program's own help text after its commands. */
  notes: string;
}

function optionSpec(o: Option): OptionSpec {
  // Bounded: an option's flags, a few words the program itself defines.
  const value = /<([^>]+)>|\[([^\]]+)\]/.exec(o.flags);
  return {
    flags: [o.short, o.long].filter((f): f is string => !!f),
    value: value ? (value[1] ?? value[2]) : null,
    choices: o.argChoices ? [...o.argChoices] : null,
    description: o.description,
  };
}

/** What `outputHelp` adds after the options, captured. */
function notesOf(cmd: Command): string {
  let full = '';
  const saved = cmd.configureOutput();
  cmd.configureOutput({ ...saved, writeOut: (s: string) => (full += s), getOutHelpWidth: () => 100 });
  cmd.outputHelp();
  cmd.configureOutput(saved);
  const plain = cmd.helpInformation({ error: false });
  return full.startsWith(plain) ? full.slice(plain.length).trim() : '';
}

export function describeProgram(program: Command, version: string): ProgramSpec {
  return {
    name: program.name(),
    description: program.description(),
    version,
    options: program.options.map(optionSpec),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      usage: c.usage(),
      options: c.options.map(optionSpec),
      notes: notesOf(c),
    })),
    notes: notesOf(program),
  };
}
