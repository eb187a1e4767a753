/** The subcommands, in the order `newsdigest --help` lists them. */
import type { Command } from 'commander';
import { parseCommand } from './parse.js';
import type { Outcome } from './runtime.js';

export type CommandDefinition = (program: Command, outcome: () => Outcome) => Command;

export const commands: CommandDefinition[] = [parseCommand];
