import { execFileSync, spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// Third-party text arrives scraped, forwarded and broken: what newsdigest does with input and
// places nobody planned for, as the README documents it.
const work = mkdtempSync(join(tmpdir(), 'newsdigest-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MODEL = 'fixtures/morning-news-2022-01-21.txt';
const tinyBulletin = (i: number) => `Daily Brief\n\n1. Shop sales rose ${(i % 90) + 1}% in March\nShop said sales rose ${(i % 90) + 1}% to $${i} million. (Reuters)\n`;

describe('directories with nothing to read', () => {
  it('an empty directory and one with no .txt/.md files are errors naming them; the other paths still run', async () => {
    const empty = join(work, 'empty');
    const pdfs = join(work, 'pdfs');
    mkdirSync(empty);
    mkdirSync(pdfs);
    writeFileSync(join(pdfs, 'report.pdf'), '%PDF-1.4');
    const run = await cli(['list', empty, pdfs, MODEL, '--format', 'tsv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`newsdigest: ${empty}: directory holds no .txt or .md files\nnewsdigest: ${pdfs}: directory holds no .txt or .md files\n`);
    expect(run.stdout.trim().split('\n')).toHaveLength(11);
  });
});

describe('-o FILE is written whole or not at all', () => {
  it('a finished run replaces the file and leaves nothing beside it', async () => {
    const dir = join(work, 'out-ok');
    mkdirSync(dir);
    const out = join(dir, 'items.tsv');
    writeFileSync(out, 'old content\n');
    const run = await cli(['list', MODEL, '--format', 'tsv', '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(12);
    expect(readdirSync(dir)).toEqual(['items.tsv']);
  });

  it('a file in a directory that does not exist is a one-line error, status 2', async () => {
    const out = join(work, 'no-such-dir', 'items.csv');
    const run = await cli(['list', MODEL, '--format', 'csv', '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`newsdigest: ${out}: cannot write: no such directory\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('SIGINT in the middle of writing keeps the old file and removes the partial copy', async () => {
    const dir = join(work, 'out-int');
    mkdirSync(dir);
    const big = join(work, 'big.txt');
    const model = readFileSync(MODEL, 'utf8');
    writeFileSync(big, model.repeat(Math.ceil(4e6 / model.length)));
    const out = join(dir, 'figures.ndjson');
    writeFileSync(out, 'old content\n');
    const child = spawn(process.execPath, ['bin/newsdigest.js', 'figures', big, '--quiet', '-o', out], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the temporary copy holds rows, then interrupt.
    for (let i = 0; i < 600; i++) {
      const temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
      if (temp && statSync(join(dir, temp)).size > 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('old content\n');
    expect(readdirSync(dir)).toEqual(['figures.ndjson']);
  });
});

describe('odd sources', () => {
  it('a FIFO named as a path is read to its end, like stdin', async () => {
    const fifo = join(work, 'feed.txt');
    execFileSync('mkfifo', [fifo]);
    const running = cli(['list', fifo, '--format', 'tsv', '--fields', 'n,title,source']);
    writeFileSync(fifo, tinyBulletin(4));
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('n\ttitle\tsource\n1\tShop sales rose 5% in March\tReuters\n');
  });

  it('a FIFO found inside a directory is reported and skipped, never waited on', async () => {
    const dir = join(work, 'with-fifo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), tinyBulletin(1));
    execFileSync('mkfifo', [join(dir, 'b.txt')]);
    const run = await cli(['list', dir, '--format', 'tsv', '--fields', 'file,n', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`file\tn\n${join(dir, 'a.txt')}\t1\n`);
    expect(run.stderr).toBe(`newsdigest: ${join(dir, 'b.txt')}: not a regular file (skipped)\n`);
  });

  it('a 50 MB single line is one item, whole: nothing cut, nothing unplaced', async () => {
    const line = join(work, 'one-line.txt');
    const sentence = 'Retail sales rose 5% to $3 billion in March, the bureau said, and online sales grew faster. ';
    const text = sentence.repeat(Math.ceil(50e6 / sentence.length)).trimEnd();
    writeFileSync(line, text + '\n');
    const run = await cli(['parse', line, '--format', 'json', '--quiet']);
    expect(run.code).toBe(0);
    const b = JSON.parse(run.stdout) as { items: Array<{ title: string | null; body: string }>; unplaced: unknown[] };
    expect(b.items).toHaveLength(1);
    expect(b.items[0].title).toBeNull();
    expect(b.items[0].body.length).toBe(text.length);
    expect(b.unplaced).toEqual([]);
  });
});

describe('10,000 files in one directory, and files that go away', () => {
  const dir = join(work, 'archive');
  mkdirSync(dir);
  for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, `b${String(i).padStart(5, '0')}.txt`), tinyBulletin(i));

  it('all are read, in name order', async () => {
    const run = await cli(['list', dir, '--format', 'tsv', '--fields', 'file,n', '--quiet']);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(10_000);
    expect(rows[0]).toBe(`${join(dir, 'b00000.txt')}\t1`);
    expect(rows[9_999]).toBe(`${join(dir, 'b09999.txt')}\t1`);
  });

  it('a file is read as it stands at its turn: one removed is an error naming it, one rewritten is read new; the rest still run', async () => {
    // A FIFO named first holds the run after the listing: once it is open for reading the files
    // are listed, and the last one can go before the run reaches it.
    const gate = join(work, 'gate.txt');
    execFileSync('mkfifo', [gate]);
    const running = cli(['list', gate, dir, '--format', 'tsv', '--fields', 'file', '--quiet']);
    const writer = await open(gate, 'w');
    rmSync(join(dir, 'b09999.txt'));
    writeFileSync(join(dir, 'b00000.txt'), tinyBulletin(0) + '\n2. Second story\nIt rose 3%. (AP)\n');
    await writer.writeFile(tinyBulletin(0));
    await writer.close();
    const run = await running;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`newsdigest: ${join(dir, 'b09999.txt')}: no such file\n`);
    const rows = run.stdout.trim().split('\n');
    expect(rows).toHaveLength(1 + 1 + 2 + 9_998);
    expect(rows.slice(2, 4)).toEqual([join(dir, 'b00000.txt'), join(dir, 'b00000.txt')]);
  });
});
