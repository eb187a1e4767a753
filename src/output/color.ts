/**
 * The colour policy, decided once per stream: `--color` beats `NO_COLOR`, which beats
 * `FORCE_COLOR`, which beats "is it a terminal (and not TERM=dumb)". chalk's own detection is not
 * used: it ignores NO_COLOR and sniffs `--color` from argv.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorChoice = 'auto' | 'always' | 'never';

export function colorLevel(choice: ColorChoice, isTTY: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (choice === 'never') return 0;
  if (choice === 'always') return 1;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    const n = force === 'true' ? 1 : force === 'false' ? 0 : Number(force);
    if (n === 0) return 0;
    if (n >= 1 && n <= 3) return n as 1 | 2 | 3;
    return 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(choice: ColorChoice, isTTY: boolean, env: NodeJS.ProcessEnv): ChalkInstance {
  return new Chalk({ level: colorLevel(choice, isTTY, env) });
}
