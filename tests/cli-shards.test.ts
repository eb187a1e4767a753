import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, sh } from './helpers.js';

// Extract once, ask many times: figures in shards, merged, read back with --from.
const work = mkdtempSync(join(tmpdir(), 'newsdigest-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const N = 'node bin/newsdigest.js';

describe('--shard and --from', () => {
  it('stats over shards merged equals stats over all files; check finds the same, trend places what names a period', async () => {
    const merged = join(work, 'figures.ndjson');
    const shards = await sh(`for k in 1 2 3 4; do ${N} figures fixtures/ --shard $k/4 -q --format ndjson; done > ${merged}; wc -l < ${merged}`);
    const whole = await cli(['figures', 'fixtures/', '-q', '--format', 'ndjson']);
    expect(Number(shards.stdout.trim())).toBe(whole.stdout.split('\n').filter(Boolean).length);
    for (const metric of ['revenue', 'gmv', 'stake']) {
      const fromShards = await cli(['stats', '--metric', metric, '--from', merged, '--format', 'tsv']);
      const fromFiles = await cli(['stats', '--metric', metric, 'fixtures/', '-q', '--format', 'tsv']);
      expect(fromShards.stdout).toBe(fromFiles.stdout);
      expect(fromShards.stdout.split('\n').length).toBeGreaterThan(2);
    }
    const sorted = (s: string) => s.split('\n').sort().join('\n');
    const check = await cli(['check', '--from', merged, '--format', 'tsv', '-q']);
    expect(sorted(check.stdout)).toBe(sorted((await cli(['check', 'fixtures/', '--format', 'tsv', '-q'])).stdout));
    const trend = await sh(`${N} trend --metric revenue --entity Shopify --from - --format tsv < ${merged}`);
    expect(trend.stdout).toBe((await cli(['trend', '--metric', 'revenue', '--entity', 'Shopify', 'fixtures/', '-q', '--format', 'tsv'])).stdout);
    expect(trend.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('every file is in exactly one shard', async () => {
    const files = async (shard: string) => (await cli(['list', 'fixtures/', '--shard', shard, '-q', '--format', 'tsv', '--fields', 'file'])).stdout.split('\n').slice(1).filter(Boolean);
    const all = [...new Set(await files('1/1'))];
    const parts = [...new Set(await files('1/2')), ...new Set(await files('2/2'))];
    expect(parts.sort()).toEqual(all.sort());
  });

  it('a line that is no figure record is an error naming it; the rest are read (exit 2)', async () => {
    const bad = join(work, 'bad.ndjson');
    const good = (await cli(['figures', 'fixtures/morning-news-2022-01-21.txt', '-q', '--format', 'ndjson'])).stdout.split('\n')[0];
    writeFileSync(bad, `${good}\n{"not":"a figure"}\n`);
    const run = await cli(['stats', '--metric', 'revenue', '--from', bad, '--format', 'tsv', '--fields', 'entity,count']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, 'entity\tcount\nByteDance\t1\n', `newsdigest: ${bad}:2: not a figure record (newsdigest figures --format ndjson writes them)\n`]);
  });

  it('bulletins and --from together, or a bad --shard, are usage errors', async () => {
    const both = await cli(['stats', '--metric', 'revenue', '--from', 'x.ndjson', 'fixtures/']);
    expect([both.code, both.stderr]).toEqual([2, 'newsdigest: give bulletins or --from FILE, not both\n']);
    const shard = await cli(['list', 'fixtures/', '--shard', '3/2']);
    expect([shard.code, shard.stderr]).toEqual([2, "newsdigest: option '--shard <K/N>' argument '3/2' is invalid. expected K/N with 1 ≤ K ≤ N, as 2/4 (see newsdigest list --help)\n"]);
  });
});

describe('--jobs', () => {
  it('output and messages are byte-identical to one thread, in the same order', async () => {
    const dir = join(work, 'jobs');
    await sh(`mkdir -p ${dir} && cp -r fixtures/. ${dir}/ && printf '\\x00\\x01binary' > ${dir}/m-binary.txt && printf '' > ${dir}/n-empty.md`);
    for (const args of [['figures'], ['list'], ['parse', '--format', 'ndjson'], ['stats', '--metric', 'revenue'], ['check'], ['sections']]) {
      const one = await cli([...args, dir, '--jobs', '1', ...(args.includes('--format') ? [] : ['--format', 'ndjson'])]);
      const two = await cli([...args, dir, '--jobs', '2', ...(args.includes('--format') ? [] : ['--format', 'ndjson'])]);
      expect([args[0], two.code, two.stdout, two.stderr]).toEqual([args[0], one.code, one.stdout, one.stderr]);
      expect(one.stdout.length).toBeGreaterThan(100);
    }
    for (const jobs of ['1', '2']) {
      const bad = await cli(['list', dir, '--jobs', jobs, '--encoding', 'nonsense', '-q']);
      expect([jobs, bad.code, bad.stderr]).toEqual([jobs, 2, "newsdigest: unknown encoding 'nonsense' (try gb18030, big5, latin1, utf-16le)\n"]);
    }
    const errors = (await cli(['list', dir, '--jobs', '2', '--format', 'tsv', '-q'])).stderr;
    expect(errors).toBe(`newsdigest: ${dir}/m-binary.txt: binary file, not text\nnewsdigest: ${dir}/n-empty.md: empty input\n`);
  });
});
