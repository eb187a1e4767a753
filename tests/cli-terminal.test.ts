import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, sh } from './helpers.js';

// What a person sees at a terminal: `script` gives the command a real one, `stty cols` its width.
const work = mkdtempSync(join(tmpdir(), 'newsdigest-terminal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MODEL = 'fixtures/morning-news-2022-01-21.txt';

/** stdout and stderr of a command run on a terminal `cols` wide, colour codes kept. */
async function onTerminal(args: string, cols = 80, env = ''): Promise<string> {
  const run = await sh(`${env} script -qec "stty cols ${cols}; node bin/newsdigest.js ${args}" /dev/null`);
  return run.stdout.replace(/\r/g, '');
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

describe('tables fit the terminal (issue: ~320 columns at 80 and at 200)', () => {
  const COMMANDS = [
    `parse ${MODEL}`, 'list fixtures/', 'sections fixtures/', 'figures fixtures/', 'stats --metric revenue fixtures/',
    'trend --metric revenue fixtures/', 'check fixtures/', 'export fixtures/', 'export fixtures/ --what figures',
    '--help', 'list --help', 'check --help', 'help fields', 'help metrics',
  ];
  for (const cols of [80, 200]) {
    it(`every command's default output at ${cols} columns`, async () => {
      const widths = await Promise.all(COMMANDS.map(async (args) => [args, widest(await onTerminal(/help/.test(args) ? args : `${args} -q`, cols))] as const));
      expect(widths.filter(([, w]) => w > cols)).toEqual([]);
    });
  }

  it('rows are compact: no border lines, no line between rows', async () => {
    const out = await onTerminal(`list ${MODEL} -q --color never`);
    expect(out).not.toMatch(/[┌├└─│]/);
    expect(out.trim().split('\n')).toHaveLength(11);
  });
});

describe('numbers people read', () => {
  it('figures on a terminal: 58 billion USD, +70% yoy; NDJSON keeps the raw value', async () => {
    const out = await onTerminal(`figures ${MODEL} -q --color never`, 120);
    expect(out).toMatch(/US\$58 billion +58 billion USD +revenue +ByteDance +2021/);
    expect(out).toMatch(/70% +\+70% yoy +revenue/);
    const nd = await cli(['figures', MODEL, '-q', '--format', 'ndjson']);
    expect((JSON.parse(nd.stdout.split('\n')[0]) as { value: number }).value).toBe(58000000000);
  });

  it('stats on a terminal: 34.3 billion USD, not 34300000000', async () => {
    const out = await onTerminal(`stats --metric revenue ${MODEL} -q --color never`, 120);
    expect(out).toContain('34.3 billion USD');
    expect(out).not.toContain('34300000000');
  });
});

describe('a screenful, not minutes of table', () => {
  it('past 200 rows a table counts the rest and says how to see them', async () => {
    const out = await onTerminal('figures fixtures/ -q --color never', 120);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1 + 200 + 1);
    expect(lines[lines.length - 1]).toMatch(/^… \d+ more rows \(\d+ in all\): --limit N, \| less -S, or --format tsv$/);
  });
});

describe('-o FILE takes the format from its name', () => {
  it('items.csv is CSV, items.jsonl NDJSON; an unknown extension is an error', async () => {
    const csv = join(work, 'items.csv');
    expect((await cli(['list', MODEL, '-o', csv])).code).toBe(0);
    expect((await sh(`head -1 ${csv}`)).stdout).toBe('file,n,section,title,source,date,figures\n');
    const jsonl = join(work, 'items.jsonl');
    await cli(['list', MODEL, '-o', jsonl]);
    expect((await sh(`head -c 9 ${jsonl}`)).stdout).toBe('{"file":"');
    const bad = await cli(['list', MODEL, '-o', join(work, 'items.txt')]);
    expect([bad.code, bad.stderr]).toEqual([2, `newsdigest: cannot tell the format of '${join(work, 'items.txt')}' from its name: give --format (json, ndjson, csv, tsv)\n`]);
  });
});

describe('dates', () => {
  const bulletin = (opening: string) => `Daily Brief\nJanuary 2, 2025\n\n1. Amazon news\n${opening} Amazon said sales rose 5%. (Reuters)\n`;
  it('an item date never lands after the bulletin; AP and day-first dates are read', async () => {
    const dates: string[] = [];
    for (const opening of ['On June 20,', 'On Feb. 13,', 'On Sept. 5,', 'On 31 December,', 'On December 30,']) {
      dates.push((await cli(['list', '-', '--format', 'tsv', '--fields', 'date', '-q'], { input: bulletin(opening) })).stdout.split('\n')[1]);
    }
    expect(dates).toEqual(['2024-06-20', '2024-02-13', '2024-09-05', '2024-12-31', '2024-12-30']);
  });

  it('--since and --until are checked as --date is', async () => {
    const run = await cli(['list', MODEL, '--since', '2024-13-45']);
    expect([run.code, run.stderr]).toEqual([2, "newsdigest: option '--since <YYYY-MM-DD>' argument '2024-13-45' is invalid. expected a date as YYYY-MM-DD (see newsdigest list --help)\n"]);
  });
});

describe('suggestions', () => {
  it('stats --metric revenu suggests revenue first', async () => {
    const run = await cli(['stats', '--metric', 'revenu', 'fixtures/', '-q']);
    expect([run.code, run.stderr]).toEqual([1, "newsdigest: no figures of metric 'revenu' (closest: revenue, cloud_revenue, annualized_revenue)\n"]);
  });

  it('figures and list --metric revenu say what matched nothing', async () => {
    for (const command of ['figures', 'list']) {
      const run = await cli([command, '--metric', 'revenu', 'fixtures/', '-q', '--format', 'tsv']);
      expect([command, run.code, run.stderr]).toEqual([command, 1, "newsdigest: no figures of metric 'revenu' (closest: revenue, cloud_revenue, annualized_revenue)\n"]);
    }
  });

  it('trend --entity Shopfy suggests the entity, not a metric', async () => {
    const run = await cli(['trend', '--metric', 'revenue', '--entity', 'Shopfy', 'fixtures/tracking/', '-q']);
    expect([run.code, run.stderr]).toEqual([1, "newsdigest: no figures of metric 'revenue' for Shopfy (closest: Shopify)\n"]);
  });

  it('a Chinese or English word for a metric finds the metric (营收 → revenue)', async () => {
    const byWord = await cli(['stats', '--metric', '营收', 'fixtures/tracking/', '-q', '--format', 'tsv']);
    const byName = await cli(['stats', '--metric', 'revenue', 'fixtures/tracking/', '-q', '--format', 'tsv']);
    expect(byWord.code).toBe(0);
    expect(byWord.stdout).toBe(byName.stdout);
  });

  it('on a terminal, a filter that matched nothing says so', async () => {
    const out = await onTerminal(`list ${MODEL} --keyword nosuchword -q`);
    expect(out).toContain('newsdigest: nothing matched the filters');
  });
});

describe('warnings do not flood', () => {
  const dir = join(work, 'sourceless');
  mkdirSync(dir);
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, `b${String(i).padStart(2, '0')}-2024-01-0${(i % 9) + 1}.txt`), 'Brief\n\n1. One\nSales rose 5%.\n2. Two\nSales fell 3%. (AP)\n3. Three\nOrders rose 2%.\n');

  it('the first of each kind per file, at most 20 lines, then one summary; --verbose lists all, --quiet none', async () => {
    const run = await cli(['list', dir, '--format', 'tsv']);
    const lines = run.stderr.trim().split('\n');
    expect(run.code).toBe(0);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`${join(dir, 'b00-2024-01-01.txt')}:3: warning: item 1 has no source`);
    expect(lines[20]).toBe('newsdigest: 60 warnings in 30 files (40 not shown; --verbose lists them, --quiet hides them)');
    expect((await cli(['list', dir, '--format', 'tsv', '--verbose'])).stderr.trim().split('\n')).toHaveLength(60);
    expect((await cli(['list', dir, '--format', 'tsv', '--quiet'])).stderr).toBe('');
    expect((await cli(['list', dir, '--format', 'tsv', '--strict'])).code).toBe(2);
  });
});

describe('check on a terminal', () => {
  it('shows the inconsistent findings, then a count of the rest', async () => {
    const out = await onTerminal('check fixtures/tracking/ -q --color never', 200);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^status +file +line +entity +stated +implied$/);
    expect(lines.slice(1, 4).every((l) => l.startsWith('inconsistent'))).toBe(true);
    expect(lines[4]).toMatch(/^newsdigest: \d+ findings: \d+ consistent, 3 inconsistent, \d+ uncheckable \(--status all lists every one\)$/);
    const all = await onTerminal('check fixtures/tracking/ -q --color never --status all', 200);
    expect(all.trim().split('\n')[1]).toMatch(/^inconsistent/);
    expect(all.trim().split('\n').length).toBeGreaterThan(20);
  });
});

describe('smaller things', () => {
  it("--fields '' is an error, not rows of {}", async () => {
    const run = await cli(['list', MODEL, '--fields', '']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('give field names, or all');
  });

  it('--fields all prints every column', async () => {
    const run = await cli(['list', MODEL, '--fields', 'all', '--format', 'tsv']);
    expect(run.stdout.split('\n')[0]).toBe('file\tn\tmarker\tsection\ttitle\tbody\tsource\tdate\turl\tbulletin_date\tfigures\tline\tstart\tend');
  });

  it('a section of one item says 1 item', async () => {
    const out = await onTerminal('parse - --color never -q < fixtures/en-quick-hits-2024-05-22.txt', 200);
    expect(out).not.toContain('(1 items');
  });

  it('trend on a terminal puts one-point series in one table, not a chart each', async () => {
    const out = await onTerminal('trend --metric revenue fixtures/ -q --color never', 120);
    expect(out).toMatch(/^\d+ series of one point$/m);
    expect((out.match(/▁|█/g) ?? []).length).toBeGreaterThan(0);
  });

  it('stats adds up flows over distinct periods only, never a run-rate or one period twice', async () => {
    const run = await cli(['stats', '--metric', 'annualized_revenue', 'fixtures/', '-q', '--format', 'tsv', '--fields', 'entity,count,sum']);
    expect(run.stdout.split('\n').slice(1).filter(Boolean).every((l) => l.endsWith('\t'))).toBe(true);
    const byEntity = await cli(['stats', '--metric', 'revenue', '--by', 'entity', 'fixtures/tracking/', '-q', '--format', 'tsv', '--fields', 'entity,type,unit,count,sum']);
    expect(byEntity.stdout).toContain('Sea\tlevel\tUSD\t3\t42300000000\n');
  });

  it('a run over a second on a terminal shows progress on stderr, erased at the end', async () => {
    const dir = join(work, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 12000; i++) writeFileSync(join(dir, `b${i}-2024-01-02.txt`), `Brief\n\n1. Title ${i}\nSales rose ${i % 50}%. (AP)\n`);
    const run = await sh(`script -qec "node bin/newsdigest.js list ${dir} --format tsv > /dev/null" /dev/null`);
    expect(run.stdout).toMatch(/newsdigest: \d+\/12000 files, [\d.]+ MB, [\d.]+ MB\/s, \d+s left/);
    expect(run.stdout.endsWith('\r\x1b[K')).toBe(true);
    const piped = await cli(['list', dir, '--format', 'tsv']);
    expect(piped.stderr).toBe('');
  });
});
