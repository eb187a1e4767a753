// The speed-and-scale table: every row measured as a ratio inside one run (bare node and a
// one-regex scan run beside newsdigest), printed and written to BENCHMARKS.md with the command and
// the machine. Sizes can be scaled down for a quick look (BENCH_CORPUS_MB, BENCH_GB, BENCH_RUNS).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const NODE = process.execPath;
const CLI = 'bin/newsdigest.js';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CORPUS_MB = Number(process.env.BENCH_CORPUS_MB ?? 20);
const GB = Number(process.env.BENCH_GB ?? 1);
const TIME = '/usr/bin/time';

/**
 * Wall seconds, peak RSS (MB) and exit status of one command; its stdout hashed (`hash`) or sent
 * to /dev/null (`discard`: outputs larger than a buffer, as a user's `> file` would).
 */
function run(argv, { stdout = 'hash' } = {}) {
  const t0 = process.hrtime.bigint();
  const stdio = ['ignore', stdout === 'hash' ? 'pipe' : 'ignore', 'pipe'];
  const r = spawnSync(TIME, ['-f', '%M', ...argv], { maxBuffer: 1 << 30, encoding: 'buffer', stdio });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = Number(r.stderr.toString().trim().split('\n').pop()) / 1024;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')}: exit ${r.status ?? r.signal ?? r.error}: ${r.stderr.toString().slice(0, 500)}`);
  return { seconds, peak, status: r.status, hash: stdout === 'hash' ? createHash('md5').update(r.stdout).digest('hex') : '' };
}
const discard = { stdout: 'discard' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cli = (...args) => [NODE, CLI, ...args];

const rows = [];
/** A row of the table; `holds` null for a reference measurement, which has no target of its own. */
function row(what, measured, target, holds) {
  rows.push({ what, measured, target, holds });
  console.log(`${holds === null ? 'ref' : holds ? 'holds' : 'MISSES'}  ${what}: ${measured} (target ${target})`);
}

// Cold start: paired runs, the median of each.
function paired(args) {
  const node = [];
  const nd = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(run([NODE, '-e', '']).seconds);
    nd.push(run(cli(...args)).seconds);
  }
  return { node: median(node), nd: median(nd) };
}
const version = paired(['--version']);
row('`newsdigest --version` vs `node -e \'\'`', `${(version.nd / version.node).toFixed(2)}× (${version.nd.toFixed(3)} s vs ${version.node.toFixed(3)} s)`, '≤ 1.3×', version.nd / version.node <= 1.3);
const model = paired(['figures', 'fixtures/morning-news-2022-01-21.txt', '-q', '--format', 'ndjson']);
row('`figures` on the model bulletin vs `node -e \'\'`', `${(model.nd / model.node).toFixed(2)}× (${model.nd.toFixed(3)} s vs ${model.node.toFixed(3)} s)`, '≤ 1.6×', model.nd / model.node <= 1.6);

// A corpus of small bulletins: the fixtures copied round-robin under new names.
function fixtureFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : /\.(txt|md)$/.test(name) ? [path] : [];
  });
}
const sources = fixtureFiles('fixtures').sort().map((f) => readFileSync(f));
// An archive holds whole daily bulletins (some kilobytes each, ~100,000 files a gigabyte), not snippets.
const dailies = sources.filter((t) => t.length >= 3000);
function corpus(dir, bytesWanted, from = sources) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let files = 0;
  while (bytes < bytesWanted) {
    const text = from[files % from.length];
    writeFileSync(join(dir, `bulletin-${String(files).padStart(7, '0')}.txt`), text);
    bytes += text.length;
    files++;
  }
  return { bytes, files };
}
const work = mkdtempSync(join(tmpdir(), 'newsdigest-bench-'));
const small = join(work, 'corpus');
const { bytes: corpusBytes, files: corpusFiles } = corpus(small, CORPUS_MB * 1e6);
const scanScript = join(work, 'scan.mjs');
writeFileSync(scanScript, `import { readdirSync, readFileSync } from 'node:fs';\nlet n = 0;\nfor (const f of readdirSync(process.argv[2])) n += (readFileSync(process.argv[2] + '/' + f, 'utf8').match(/\\d+(?:\\.\\d+)?%?/g) ?? []).length;\nconsole.log(n);\n`);
// What this machine gives any split of the work over two threads: two --jobs 1 processes, each over
// half of the files (--shard), at once, against one over all. Node's own background threads (the
// optimizing compiler, the garbage collector) already use the second core in a one-thread run.
const halves = (k) => `${NODE} ${CLI} figures ${small} -q --format ndjson --jobs 1 --shard ${k}/2 > /dev/null`;
// The machine is shared: the corpus runs take turns, PAIRS rounds of each, and each keeps its median.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const turns = { scan: [], one: [], two: [], split: [] };
for (let i = 0; i < PAIRS; i++) {
  turns.scan.push(run([NODE, scanScript, small]));
  turns.one.push(run(cli('figures', small, '-q', '--format', 'ndjson', '--jobs', '1')));
  turns.two.push(run(cli('figures', small, '-q', '--format', 'ndjson', '--jobs', '2')));
  turns.split.push(run(['bash', '-c', `${halves(1)} & ${halves(2)} & wait`]));
}
const middle = (runs) => ({ ...runs[0], seconds: median(runs.map((r) => r.seconds)) });
const [scan, one, two, split] = [turns.scan, turns.one, turns.two, turns.split].map(middle);
const sameOutput = [...turns.one, ...turns.two].every((r) => r.hash === one.hash);
const mbps = corpusBytes / 1e6 / one.seconds;
row(
  `\`figures\` over a ${(corpusBytes / 1e6).toFixed(0)} MB corpus of ${corpusFiles.toLocaleString('en')} bulletins (--jobs 1)`,
  `${mbps.toFixed(1)} MB/s, ${(scan.seconds / one.seconds).toFixed(3)}× a one-regex scan of the same files (${one.seconds.toFixed(1)} s vs ${scan.seconds.toFixed(2)} s)`,
  '≥ 0.2× the scan (≈ 15 MB/s)',
  scan.seconds / one.seconds >= 0.2,
);
row(
  '`--jobs 2` vs `--jobs 1` on the same corpus',
  `${(one.seconds / two.seconds).toFixed(2)}× (${two.seconds.toFixed(1)} s vs ${one.seconds.toFixed(1)} s), output ${sameOutput ? 'byte-identical' : 'DIFFERENT'}`,
  `≥ 1.6× on ${cpus().length} cores, identical output`,
  one.seconds / two.seconds >= 1.6 && sameOutput,
);
row(
  'reference: two `--jobs 1` processes over halves of the same corpus at once, vs one over all',
  `${(one.seconds / split.seconds).toFixed(2)}× (${split.seconds.toFixed(1)} s vs ${one.seconds.toFixed(1)} s)`,
  'none: the ceiling for `--jobs 2` on this machine',
  null,
);
rmSync(small, { recursive: true, force: true });

// One big file: the model bulletin repeated.
const modelText = readFileSync('fixtures/morning-news-2022-01-21.txt', 'utf8');
function bigFile(mb) {
  const path = join(work, `big-${mb}.txt`);
  writeFileSync(path, modelText.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(modelText))));
  return path;
}
const sizes = [5, 10, 20, 50];
const at = {};
for (const mb of sizes) {
  const path = bigFile(mb);
  at[mb] = { figures: run(cli('figures', path, '-q', '--format', 'ndjson'), discard) };
  at[mb].list = run(cli('list', path, '-q', '--format', 'ndjson'), discard);
  if (mb === 5) at[mb].check = run(cli('check', path, '-q', '--format', 'csv'), discard);
  if (mb === 20) {
    at[mb].stats = run(cli('stats', '--metric', 'revenue', path, '-q', '--format', 'csv'), discard);
    at[mb].check = run(cli('check', path, '-q', '--format', 'csv'), discard);
  }
  rmSync(path, { force: true });
}
// Time ratio per doubling of size, from each run above: 2.00 is linear.
const growth = (command) => {
  const ts = sizes.map((mb) => at[mb][command].seconds);
  return ts.slice(1).map((t, i) => ((t / ts[i]) * (sizes[i] / sizes[i + 1]) * 2).toFixed(2)).join(', ');
};
const listRatio = Math.max(at[5].list.seconds / at[5].figures.seconds, at[10].list.seconds / at[10].figures.seconds);
row(
  'one 5 / 10 MB file: `list`',
  `${at[5].list.seconds.toFixed(1)} s / ${at[10].list.seconds.toFixed(1)} s, ${(at[5].list.seconds / at[5].figures.seconds).toFixed(2)}× / ${(at[10].list.seconds / at[10].figures.seconds).toFixed(2)}× figures; growth per doubling (5→10→20→50 MB, 2.00 = linear): list ${growth('list')}, figures ${growth('figures')}`,
  'linear, ≤ 2× `figures`',
  listRatio <= 2,
);
row('one 5 MB file: `check`', `${at[5].check.seconds.toFixed(1)} s, ${(at[5].check.seconds / at[5].figures.seconds).toFixed(2)}× figures, exit ${at[5].check.status}`, 'linear, ≤ 3× `figures`', at[5].check.seconds / at[5].figures.seconds <= 3);
// run() throws on a crash (any exit status but 0 and 1), so reaching this row means none.
row('one 20 MB file: `stats`, `check`', `stats ${at[20].stats.seconds.toFixed(1)} s exit ${at[20].stats.status}, check ${at[20].check.seconds.toFixed(1)} s exit ${at[20].check.status}`, 'linear, no crash', true);

const hundred = bigFile(100);
const h = run(cli('figures', hundred, '-q', '--format', 'ndjson'), discard);
rmSync(hundred, { force: true });
row('one 100 MB file: `figures` peak RSS', `${h.peak.toFixed(0)} MB (${h.seconds.toFixed(0)} s)`, '≤ 1 GB', h.peak <= 1024);

// Many files adding up to BENCH_GB gigabytes, streamed one after another.
const archive = join(work, 'archive');
const { bytes: archiveBytes, files: archiveFiles } = corpus(archive, GB * 1e9, dailies);
const g = run(cli('figures', archive, '-q', '--format', 'ndjson'), discard);
rmSync(work, { recursive: true, force: true });
row(
  `${(archiveBytes / 1e9).toFixed(2)} GB of bulletin files (${archiveFiles.toLocaleString('en')}): \`figures\` peak RSS`,
  `${g.peak.toFixed(0)} MB (${g.seconds.toFixed(0)} s, ${(archiveBytes / 1e6 / g.seconds).toFixed(1)} MB/s with the default --jobs)`,
  '≤ 200 MB, flat',
  g.peak <= 200,
);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (scripts/bench-table.js) on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.`,
  'Every row is a ratio or a size measured in the same run; times are wall clock of the built CLI as a',
  `user runs it (medians of ${RUNS} paired runs for the first two rows, of ${PAIRS} rounds taking turns for the corpus rows),`,
  'peak RSS from /usr/bin/time.',
  '',
  '| what | measured | target | holds |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.what} | ${r.measured} | ${r.target} | ${r.holds === null ? '—' : r.holds ? 'yes' : 'no'} |`),
  '',
];
writeFileSync('BENCHMARKS.md', md.join('\n'));
console.log('\nwritten: BENCHMARKS.md');
