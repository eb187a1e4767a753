#!/usr/bin/env node
// Benchmark: a generated 20,000-item bulletin through parse and figure extraction, against one
// regular-expression scan over the same text. Times and memory are printed, never asserted.
import { extractFigures, parseBulletin } from '../dist/index.js';

let text = 'Big Morning News: A; B; C\n\nPublisher intro line for the day.\nSection One\n';
for (let i = 1; i <= 20000; i++) {
  text += `${i}. Company ${i} reports results\nRevenue was US$${i} million, up ${i % 90}% year-on-year, and it opened ${i} stores in 2021. (Wire)\n`;
}
const mb = Buffer.byteLength(text) / 1e6;

function best(runs, fn) {
  let ms = Infinity;
  let result;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms, result };
}

const scan = best(5, () => text.match(/\d+(?:\.\d+)?%?/g).length);
const parse = best(5, () => parseBulletin(text, { file: 'bench.txt', date: '2022-01-21' }));
const figures = best(5, () => extractFigures(parse.result));
const rate = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
console.log(`input: ${mb.toFixed(2)} MB, ${parse.result.items.length} items`);
console.log(`one regex scan:  ${scan.ms.toFixed(1)} ms (${rate(scan.ms)})`);
console.log(`parse:           ${parse.ms.toFixed(1)} ms (${rate(parse.ms)})`);
console.log(`extract figures: ${figures.ms.toFixed(1)} ms (${rate(figures.ms)}), ${figures.result.length} figures`);
const mem = process.memoryUsage();
console.log(`heap used: ${(mem.heapUsed / 1e6).toFixed(1)} MB, rss: ${(mem.rss / 1e6).toFixed(1)} MB`);

// Third-party text can be hostile: each shape below is parsed and extracted at 1×, 2× and 4× its
// size. Linear time shows as times that roughly double.
const ADVERSARIAL = {
  'one sentence, 5,000 figures': (n) => Array.from({ length: 5000 * n }, (_, i) => `Acme ${i % 100}%`).join(' '),
  'long run of spaces': (n) => '1 ' + ' '.repeat(50000 * n) + '000',
  'capitalised words': (n) => 'A '.repeat(25000 * n) + '5%',
  'chained ranges 5-5-5-…': (n) => '5-'.repeat(20000 * n) + '10%',
  'clauses of money and change': (n) => 'Acme revenue rose 5% to $5 billion, '.repeat(2000 * n),
  'Chinese clauses': (n) => '拼多多营收5亿元，'.repeat(4000 * n),
  'Chinese without punctuation': (n) => '截至'.repeat(10000 * n) + '营收5亿元',
};
console.log('\nadversarial input (parse + extract, ms at 1x / 2x / 4x):');
for (const [name, body] of Object.entries(ADVERSARIAL)) {
  const times = [1, 2, 4].map((n) => {
    const t = `Title\n\nSection\n1. Item\n${body(n)} (Src)\n`;
    return best(3, () => extractFigures(parseBulletin(t, { file: 'adversarial.txt', date: '2024-01-01' }))).ms.toFixed(0);
  });
  console.log(`  ${name}: ${times.join(' / ')}`);
}

// 10,000 bulletins on disk (the fixtures, copied round-robin under new names), through the built
// CLI as a user runs it: wall time and peak memory of stats, trend and check over the directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function fixtureFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

const COUNT = Number(process.env.BENCH_BULLETINS ?? 10000);
const sources = fixtureFiles('fixtures').sort().map((f) => readFileSync(f));
const dir = mkdtempSync(join(tmpdir(), 'newsdigest-bench-'));
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const text = sources[i % sources.length];
  bytes += text.length;
  writeFileSync(join(dir, `bulletin-${String(i).padStart(5, '0')}.txt`), text);
}
console.log(`\n${COUNT} bulletins: ${(bytes / 1e6).toFixed(1)} MB in one directory`);
const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%e %M']] : null;
for (const args of [
  ['stats', '--metric', 'revenue', dir, '-q', '--format', 'csv'],
  ['trend', '--metric', 'revenue', dir, '-q', '--format', 'csv'],
  ['check', dir, '-q', '--format', 'csv'],
]) {
  const t0 = process.hrtime.bigint();
  const cmd = timer ? timer[0] : process.execPath;
  const argv = timer ? [...timer[1], process.execPath, 'bin/newsdigest.js', ...args] : ['bin/newsdigest.js', ...args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = timer ? `, peak rss ${(Number(r.stderr.trim().split('\n').pop().split(' ')[1]) / 1024).toFixed(0)} MB` : '';
  const rows = r.stdout.split('\n').filter(Boolean).length - 1;
  console.log(`newsdigest ${args[0]}: ${seconds.toFixed(2)} s${peak}, ${rows} rows, exit ${r.status}`);
}
rmSync(dir, { recursive: true, force: true });

// One big file, as a user meets it at a terminal and in a pipe: a table on a terminal must not
// cost much more than NDJSON into a pipe (it draws a screenful and counts the rest), and `list`
// must stay near `figures` (figures are grouped by item once, not filtered per item).
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 50);
const model = readFileSync('fixtures/morning-news-2022-01-21.txt', 'utf8');
const big = join(tmpdir(), `newsdigest-bench-big-${process.pid}.txt`);
writeFileSync(big, model.repeat(Math.ceil((BIG_MB * 1e6) / Buffer.byteLength(model))));
const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;
function wall(command) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${command}: exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const node = JSON.stringify(process.execPath);
console.log(`\none file of ${(statSync(big).size / 1e6).toFixed(1)} MB:`);
const piped = wall(`${node} bin/newsdigest.js figures ${big} -q --format ndjson > /dev/null`);
console.log(`figures, NDJSON into a pipe: ${piped.toFixed(2)} s`);
if (hasScript) {
  const terminal = wall(`script -qec "stty cols 120; ${node} bin/newsdigest.js figures ${big} -q" /dev/null > /dev/null`);
  console.log(`figures, table on a terminal: ${terminal.toFixed(2)} s (${(terminal / piped).toFixed(2)}x piped)`);
}
const list = wall(`${node} bin/newsdigest.js list ${big} -q --format ndjson > /dev/null`);
console.log(`list, NDJSON into a pipe: ${list.toFixed(2)} s (${(list / piped).toFixed(2)}x figures)`);
rmSync(big, { force: true });
