/**
 * Shell completion scripts built from the program's spec: commands, their options, the fixed
 * choices of an option (`--format`, `--status`), metric names for `--metric`, and file names for
 * file arguments. Pure: the caller prints the script.
 */
import type { CommandSpec, ProgramSpec } from '../commands/spec.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Values to offer after an option: its choices, metric names for `--metric`, else none (files). */
function valuesOf(option: { flags: string[]; choices: string[] | null }, metrics: string[]): string[] | null {
  if (option.choices) return option.choices;
  if (option.flags.includes('--metric')) return metrics;
  return null;
}

const quoteBash = (words: string[]) => words.join(' ');

function bash(spec: ProgramSpec, metrics: string[]): string {
  const name = spec.name;
  const fn = `_${name.replace(/\W/g, '_')}`;
  const cases: string[] = [];
  const optionLists: string[] = [];
  for (const c of spec.commands) {
    const flags = c.options.flatMap((o) => o.flags).concat('--help');
    optionLists.push(`    ${c.name}) opts="${quoteBash(flags)}" ;;`);
    for (const o of c.options) {
      const values = valuesOf(o, metrics);
      if (values) cases.push(`    ${c.name}:${o.flags.join(`|${c.name}:`)}) COMPREPLY=( $(compgen -W "${quoteBash(values)}" -- "$cur") ); return ;;`);
      else if (o.value) cases.push(`    ${c.name}:${o.flags.join(`|${c.name}:`)}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`);
    }
  }
  return `# ${name} completion for bash. Load it with:  source <(${name} completion bash)
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "${quoteBash(spec.commands.map((c) => c.name))} --help --version" -- "$cur") )
    return
  fi
  case "$cmd:$prev" in
${cases.join('\n')}
  esac
  case "$cmd" in
${optionLists.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -o bashdefault -F ${fn} ${name}
`;
}

/** zsh reads the bash script through bashcompinit, its own bridge for bash completions. */
function zsh(spec: ProgramSpec, metrics: string[]): string {
  return `# ${spec.name} completion for zsh. Load it with:  source <(${spec.name} completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash(spec, metrics).split('\n').slice(1).join('\n')}`;
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fishOption(c: CommandSpec, o: CommandSpec['options'][number], metrics: string[]): string {
  const parts = [`complete -c NAME -n ${fishQuote(`__fish_seen_subcommand_from ${c.name}`)}`];
  for (const f of o.flags) parts.push(f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
  const values = valuesOf(o, metrics);
  if (values) parts.push(`-x -a ${fishQuote(values.join(' '))}`);
  else if (o.value) parts.push('-r -F');
  parts.push(`-d ${fishQuote(o.description)}`);
  return parts.join(' ');
}

function fish(spec: ProgramSpec, metrics: string[]): string {
  const lines = [`# ${spec.name} completion for fish. Load it with:  ${spec.name} completion fish | source`, `complete -c ${spec.name} -f`];
  for (const c of spec.commands) lines.push(`complete -c ${spec.name} -n __fish_use_subcommand -a ${c.name} -d ${fishQuote(c.description)}`);
  for (const c of spec.commands) {
    for (const o of c.options) lines.push(fishOption(c, o, metrics).replace('NAME', spec.name));
    lines.push(`complete -c ${spec.name} -n ${fishQuote(`__fish_seen_subcommand_from ${c.name}`)} -F`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The completion script for a shell.
 * @example
 * completionScript('bash', spec, ['revenue']).includes('complete -o filenames') //=> true
 */
export function completionScript(shell: Shell, spec: ProgramSpec, metrics: string[]): string {
  return shell === 'bash' ? bash(spec, metrics) : shell === 'zsh' ? zsh(spec, metrics) : fish(spec, metrics);
}
