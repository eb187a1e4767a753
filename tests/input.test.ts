import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandSources } from '../src/io/input.js';

describe('expandSources', () => {
  const root = mkdtempSync(join(tmpdir(), 'newsdigest-input-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists an archive directory of 130,000 files, in name order, without overflowing the stack', async () => {
    const archive = join(root, 'archive');
    mkdirSync(join(archive, 'b-sub'), { recursive: true });
    const count = 130_000;
    for (let i = 0; i < count; i++) writeFileSync(join(archive, `a-${String(i).padStart(6, '0')}.txt`), '');
    writeFileSync(join(archive, 'b-sub', 'z.md'), '');
    writeFileSync(join(archive, 'notes.csv'), '');
    const sources = await expandSources([archive, join(archive, 'a-000007.txt')], true);
    expect(sources.length).toBe(count + 2);
    expect(sources.slice(0, 2)).toEqual([join(archive, 'a-000000.txt'), join(archive, 'a-000001.txt')]);
    expect(sources.slice(-3)).toEqual([join(archive, `a-${count - 1}.txt`), join(archive, 'b-sub', 'z.md'), join(archive, 'a-000007.txt')]);
  });

  it('reports a directory with nothing to read in its place among the rest', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    writeFileSync(join(root, 'one.txt'), '');
    expect(await expandSources([empty, join(root, 'one.txt')], true)).toEqual([{ path: empty, problem: 'directory holds no .txt or .md files' }, join(root, 'one.txt')]);
  });
});
