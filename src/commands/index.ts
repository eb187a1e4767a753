/** The subcommands, in the order `newsdigest --help` lists them. */
import type { Command } from 'commander';
import { checkCommand } from './check.js';
import { completionCommand } from './completion.js';
import { exportCommand } from './export.js';
import { figuresCommand } from './figures.js';
import { helpCommand } from './help.js';
import { listCommand } from './list.js';
import { parseCommand } from './parse.js';
import { sectionsCommand } from './sections.js';
import { statsCommand } from './stats.js';
import { trendCommand } from './trend.js';
import type { Outcome } from './runtime.js';

export type CommandDefinition = (program: Command, outcome: () => Outcome) => Command;

export const commands: CommandDefinition[] = [parseCommand, listCommand, sectionsCommand, figuresCommand, statsCommand, trendCommand, checkCommand, exportCommand, completionCommand, helpCommand];
