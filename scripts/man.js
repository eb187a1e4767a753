#!/usr/bin/env node
// man/newsdigest.1 from the program's own definitions (run by `npm run build`, after tsc), so the
// man page names the same commands and options as --help. SOURCE_DATE_EPOCH fixes its date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildProgram } from '../dist/cli.js';
import { describeProgram } from '../dist/commands/spec.js';
import { ENVIRONMENT, EXIT_STATUSES } from '../dist/errors.js';
import { manPage } from '../dist/output/manpage.js';

const quiet = { write: () => true, isTTY: false, columns: 100 };
const program = buildProgram({ stdin: process.stdin, stdout: quiet, stderr: quiet, env: {} }, () => undefined);
const epoch = process.env.SOURCE_DATE_EPOCH;
const date = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
mkdirSync('man', { recursive: true });
writeFileSync('man/newsdigest.1', manPage(describeProgram(program, program.version() ?? ''), { date, exitStatus: EXIT_STATUSES, environment: ENVIRONMENT }));
