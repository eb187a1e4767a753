import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli } from './helpers.js';

const F = 'fixtures/morning-news-2022-01-21.txt';

describe('newsdigest parse', () => {
  it('prints the bulletin as JSON when piped', async () => {
    const r = await cli(['parse', F]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const b = JSON.parse(r.stdout);
    expect([b.title, b.date, b.headlines.length, b.items.length, b.sections.map((s: { name: string }) => s.name)]).toEqual([
      'Morning News', '2022-01-21', 4, 10, ['E-commerce newsletter', 'Cross-border newsletter', 'Internet Information'],
    ]);
  });

  it('reads stdin with --date, and one bulletin per line with ndjson for several files', async () => {
    const r = await cli(['parse', '-', '--date', '2022-01-21'], { input: readFileSync(F) });
    expect(JSON.parse(r.stdout).items[2].date).toBe('2022-01-20');
    const two = await cli(['parse', F, 'fixtures/zh-morning-2022-01-20.txt', '--format', 'ndjson']);
    expect(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Morning News', '电商早报']);
    const arr = await cli(['parse', F, 'fixtures/zh-morning-2022-01-20.txt', '--format', 'json']);
    expect(JSON.parse(arr.stdout).map((b: { items: unknown[] }) => b.items.length)).toEqual([10, 6]);
  });

  it('draws a tree with --format table, without colour when piped', async () => {
    const r = await cli(['parse', F, '--format', 'table']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'fixtures/morning-news-2022-01-21.txt  Morning News  2022-01-21',
      "  headline ByteDance's revenue in 2021 was US$58 billion, up 70% year-on-year",
    ]);
    expect(r.stdout).toContain('  E-commerce newsletter (4 items, line 4)\n    1. In 2021, Chengdu');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('shows a body-only item by its first sentence in the tree', async () => {
    const r = await cli(['parse', 'fixtures/en-dash-sources-2024-09-03.txt', '--format', 'table', '--quiet']);
    expect(r.stdout).toContain("    ▪ Grab's food deliveries rose 12% in July. (Reuters)  [#3 line 17]\n");
  });

  it('reads GB18030 with --encoding and names the byte of bad UTF-8 without it', async () => {
    const gb = Buffer.from([0xc8, 0xd5, 0xb1, 0xa8, 0x0a, 0x0a, 0xb9, 0xfa, 0xc4, 0xda, 0x0a, 0x31, 0xa1, 0xa2, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3, 0x0a]);
    const ok = await cli(['parse', '-', '--encoding', 'gb18030', '--date', '2022-01-20'], { input: gb });
    const b = JSON.parse(ok.stdout);
    expect([b.title, b.sections[0].name, b.items[0].title, b.items[0].body]).toEqual(['日报', '国内', '标题', '正文。']);
    const bad = await cli(['parse', '-'], { input: gb });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('newsdigest: -: input is not valid UTF-8 (byte 0); if it is GB18030 or another encoding, give --encoding gb18030\n');
  });

  it('reports warnings on stderr, silences them with --quiet, fails on them with --strict', async () => {
    const input = 'Daily\n\nNews\n1. A\nBody a. (Reuters)\n2. B\nBody b.\n';
    const warned = await cli(['parse', '-', '--date', '2022-01-01'], { input });
    expect([warned.code, warned.stderr]).toEqual([0, '-:6: warning: item 2 has no source\n']);
    const quiet = await cli(['parse', '-', '--date', '2022-01-01', '--quiet'], { input });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const strict = await cli(['parse', '-', '--date', '2022-01-01', '--strict'], { input });
    expect([strict.code, strict.stderr]).toEqual([2, '-:6: error: item 2 has no source\n']);
  });

  it('rejects a bad --date and a missing file with one line and exit 2', async () => {
    const date = await cli(['parse', F, '--date', '2022-13-40']);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe("newsdigest: option '--date <YYYY-MM-DD>' argument '2022-13-40' is invalid. expected a date as YYYY-MM-DD (see newsdigest parse --help)\n");
    const missing = await cli(['parse', 'nope.txt']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'newsdigest: nope.txt: no such file\n']);
  });

  it('reports an empty input and a binary file', async () => {
    const empty = await cli(['parse', '-'], { input: '' });
    expect([empty.code, empty.stderr]).toEqual([2, 'newsdigest: -: empty input\n']);
    const binary = await cli(['parse', '-'], { input: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]) });
    expect([binary.code, binary.stderr]).toEqual([2, 'newsdigest: -: binary file, not text\n']);
  });
});

describe('newsdigest figures on text with no bulletin structure', () => {
  it('reads a news sentence on stdin as one implicit item', async () => {
    const r = await cli(['figures', '--format', 'tsv', '--fields', 'item,part,text,value,metric,entity,period,direction,change', '--quiet'], {
      input: 'Alibaba revenue rose 20% to $5 billion in 2023.\n',
    });
    // The change and the level it reached: both moved up, only the first is the size of the move.
    expect([r.code, r.stdout]).toEqual([0, 'item\tpart\ttext\tvalue\tmetric\tentity\tperiod\tdirection\tchange\n1\tbody\t20%\t20\trevenue\tAlibaba\t2023\tup\ttrue\n1\tbody\t$5 billion\t5000000000\trevenue\tAlibaba\t2023\tup\tfalse\n']);
  });
});
