#!/usr/bin/env node
// `--version` alone needs no more than package.json; everything else loads the bundled CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // V8 first compiles a regular expression to bytecode and then again to machine code on its second
  // use; the rule tables' large patterns are used thousands of times, so compiling them once, to
  // machine code, cut figures on one bulletin from 0.26 s to 0.21 s (same output). Set before any
  // pattern is compiled; worker threads share the flag.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--no-regexp-tier-up');
  const cli = await import('../dist/newsdigest.mjs');
  cli.main(process.argv);
}
