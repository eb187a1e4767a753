#!/usr/bin/env node
// `--version` alone needs no more than package.json; everything else loads the bundled CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const cli = await import('../dist/newsdigest.mjs');
  cli.main(process.argv);
}
