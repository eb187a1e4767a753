/** `newsdigest completion <shell>`: a completion script for bash, zsh or fish. */
import { Argument, Command } from 'commander';
import { metricVocabulary } from '../figures/rules/index.js';
import { completionScript, SHELLS, type Shell } from '../output/completion.js';
import type { Outcome } from './runtime.js';
import { describeProgram } from './spec.js';

export function completionCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('completion')
    .addArgument(new Argument('<shell>', SHELLS.join(' | ')).choices(SHELLS))
    .description('Print a completion script for bash, zsh or fish')
    .addHelpText(
      'after',
      `
Install:
  bash   echo 'source <(newsdigest completion bash)' >> ~/.bashrc
  zsh    echo 'source <(newsdigest completion zsh)' >> ~/.zshrc
  fish   newsdigest completion fish > ~/.config/fish/completions/newsdigest.fish`,
    );
  cmd.action((shell: Shell) => {
    const spec = describeProgram(program, program.version() ?? '');
    outcome().rt.stdout.write(completionScript(shell, spec, metricVocabulary().map((m) => m.metric)));
  });
  return cmd;
}
