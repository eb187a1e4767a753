import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../src/parse/bulletin.js';
import { createWriter, type Column, type Row } from '../src/output/writers.js';
import { cli } from './helpers.js';
import { figureProblems, parseProblems } from './invariants.js';

// Properties that must hold for any text, not only for the bulletins we wrote. `npm test` runs a
// few hundred cases from a fixed seed; `npm run fuzz` runs the same properties long
// (FUZZ_RUNS, FUZZ_SEED), and each input class it finds broken becomes a named regression test below.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20241203);
const settings = (scale = 1) => ({ numRuns: Math.max(1, Math.round(RUNS * scale)), seed: SEED });
// A long run (npm run fuzz) takes minutes per property; the suite's two-minute limit is for npm test.
const LIMIT = Math.max(120_000, RUNS * 10);

/** Pieces bulletins are made of, and pieces that break naive readers. */
const TOKENS = [
  '1. ', '2、', '(3) ', '①', '- ', '• ', '# ', '## ', '**', '__', '【', '】', '---', '===', '▍', '> ',
  '(Reuters)', '（来源：新华社）', 'Source: Caixin', '— Bloomberg', '[Title / FT](https://x.test/a)',
  'US$', '$', '¥', '€', 'HK$', 'RMB', '亿元', '万', '%', '％', '个百分点', 'bps', 'billion', 'million', 'bn',
  '58', '12.5', '3,000', '0.1', '２０２４', '1e309', '99999999999999999999', '-', '–', '~', 'to', '至',
  'revenue', '营收', 'GMV', 'up 70% year-on-year', '同比增长', '环比下降', 'nearly', '约', 'about',
  'On January 20, ', '2024年3月', 'Q2 2024', 'fiscal 2025', '今年', 'ByteDance', '拼多多', 'Shopify',
  ' ', '\t', '\u3000', '\u00a0', '😀', '👍🏽', '\u200d', '\ufeff', '\u0000', '\u0007', '\u001b[31m',
  '\ud800', '\udfff', '\r', '=SUM(A1)', '+1', '@x', '"', "'", ',', ';', '|', '\\',
];

const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });
const line = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const bulletinText = fc.tuple(fc.array(line, { maxLength: 24 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

function holds(text: string): void {
  const b = parseBulletin(text, { file: 'fuzz.txt' });
  const problems = [...parseProblems(text, b), ...figureProblems(text, b)];
  if (problems.length) throw new Error(`${problems.join('; ')}\n--- input: ${JSON.stringify(text)}`);
}

const FIXTURES = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join('fixtures', f), 'utf8'));

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; token: string; column: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  token: piece,
  column: fc.nat(),
});

/** A fixture with lines deleted, duplicated, swapped, or a token put inside one. */
function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    const j = m.other % lines.length;
    if (m.op === 'delete') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]);
    else if (m.op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
    else {
      const chars = [...lines[i]];
      const at = m.column % (chars.length + 1);
      lines[i] = [...chars.slice(0, at), m.token, ...chars.slice(at)].join('');
    }
  }
  return lines.join('\n');
}

describe('parse and extract, for any text', () => {
  it('never throw, place every non-blank line once, and locate every figure (bulletin-like text)', () => {
    fc.assert(fc.property(bulletinText, (text) => holds(text)), settings());
  }, LIMIT);

  it('hold on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => holds(text)), settings());
  }, LIMIT);

  it('hold on every fixture with lines deleted, duplicated, swapped and tokens inserted', () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (which, mutations) =>
        holds(mutate(FIXTURES[which], mutations))),
      settings(),
    );
  }, LIMIT);

  // Regressions found by the properties, each named for its class of input.
  it.each([
    ['a lone surrogate inside a number', '1. Sales rose 5\ud800% to $3\udfff billion (Reuters)'],
    ['a heading of only spaces', '#   \n1. Title\nbody rose 5%.'],
    ['a source line with nothing after the label', 'Source: )\n1. Title\nbody rose 5%.'],
    ['a second source line inside an item, then a caption', '3 Sep 2024\n📦 Platforms\n— The Edge Malaysia\n— Tech in Asia\nPhoto: A warehouse in Manila.'],
    ['a greeting with the date between lines of running text', '【出游2.95亿人次】数据显示，同比增长7.6%。\n大家好，今天是2024年5月6日，星期一。\n财经快讯'],
    ['spaces inside a bracket lead-in', '今日看点：零售总额增长3.5%\n【数据】\n【2025年1月18日 星期六1. 】电商早报'],
    ['a range whose second end is zero', '1、京东物流拟投资约3~0亿元建设物流园'],
    ['a five-digit number before 年 in a masthead date', '【202Q2 20243年11月29日 星期三】电商早报\n1、美团营收765亿元，同比增长22%'],
    ['a run of spaces before a line break in a cell', `1. Title${' '.repeat(5000)}\n${' '.repeat(5000)}body rose 5%.`],
  ])('holds on %s', (_, text) => holds(text));
});

/** A strict RFC 4180 reader: rejects a bare quote, text after a closing quote and an unclosed quote. */
function readCsv(text: string, eol: '\n' | '\r\n'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') { cell += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && !text.startsWith(eol, i)) {
        if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted cell`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith(eol, i)) { rows.push(row); row = []; i += eol.length; }
    else if (i < text.length) throw new Error('text after a closing quote');
    else throw new Error('no line ending after the last record');
  }
  return rows;
}

const unescapeTsv = (cell: string) => cell.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));

describe('CSV and TSV give back any text', () => {
  const columns: Column[] = [{ name: 'a' }, { name: 'b' }, { name: 'n', numeric: true }];
  const cellText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join('')));
  const rows = fc.array(fc.record({ a: cellText, b: cellText, n: fc.double({ noNaN: true, noDefaultInfinity: true }) }), { maxLength: 8 });
  const render = (format: 'csv' | 'tsv', rs: Row[], options = {}) => {
    const w = createWriter(format, columns, options);
    return w.begin() + rs.map((r) => w.row(r)).join('') + w.end();
  };

  it('CSV read back by a strict RFC 4180 reader (LF and CRLF), formula guard off', () => {
    fc.assert(fc.property(rows, fc.boolean(), (rs, crlf) => {
      const read = readCsv(render('csv', rs, { formulaGuard: false, crlf }), crlf ? '\r\n' : '\n');
      expect(read).toEqual([['a', 'b', 'n'], ...rs.map((r) => [r.a, r.b, String(r.n)])]);
      read.slice(1).forEach((r, i) => expect(Object.is(Number(r[2]), rs[i].n) || (rs[i].n === 0 && Number(r[2]) === 0)).toBe(true));
    }), settings());
  }, LIMIT);

  it('CSV with the formula guard: a cell a spreadsheet would run comes back behind one quote mark', () => {
    fc.assert(fc.property(rows, (rs) => {
      const read = readCsv(render('csv', rs), '\n');
      const guarded = (v: string) => (v !== '-' && /^[=+\-@\t\r\n]/.test(v) ? `'${v}` : v);
      expect(read.slice(1)).toEqual(rs.map((r) => [guarded(r.a as string), guarded(r.b as string), String(r.n)]));
    }), settings());
  }, LIMIT);

  it('TSV: one record per line, unescaped back to the exact text', () => {
    fc.assert(fc.property(rows, (rs) => {
      const lines = render('tsv', rs).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.slice(1).map((l) => l.split('\t').map(unescapeTsv))).toEqual(rs.map((r) => [r.a, r.b, String(r.n)]));
    }), settings());
  }, LIMIT);
});

describe('the CLI on random bytes and mutated bulletins', { timeout: LIMIT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdigest-fuzz-'));
  const files = fc.sample(
    fc.oneof(fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)), bulletinText.map((t) => Buffer.from(t, 'utf8'))),
    { numRuns: Math.max(8, Math.round(RUNS / 5)), seed: SEED },
  );
  files.forEach((bytes, i) => writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.txt`), bytes));

  /** What every run must keep: a known exit status, no stack trace, one line per message. */
  function sane(run: { code: number; stderr: string }): void {
    expect([0, 1, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(/^\s+at |Error:|TypeError|RangeError/m);
    for (const l of run.stderr.split('\n').filter(Boolean)) expect(l).toMatch(/^(newsdigest: |.+?:(\d+:)? warning: )/);
  }

  it('figures: NDJSON lines each parse and carry the same keys; JSON is one array', async () => {
    const nd = await cli(['figures', dir, '--format', 'ndjson']);
    sane(nd);
    const records = nd.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const keys = records.map((r) => Object.keys(r).join(','));
    expect(new Set(keys).size).toBeLessThanOrEqual(1);
    const json = await cli(['figures', dir, '--format', 'json']);
    sane(json);
    expect(JSON.parse(json.stdout)).toEqual(records);
  });

  it('list: CSV (guard off) and TSV give back the JSON values', async () => {
    const json = await cli(['list', dir, '--format', 'json']);
    sane(json);
    const rows = JSON.parse(json.stdout) as Array<Record<string, string | number | boolean | null>>;
    const asText = (v: unknown) => (v === null ? '' : String(v));
    const csv = await cli(['list', dir, '--format', 'csv', '--no-formula-guard']);
    const [header, ...records] = readCsv(csv.stdout, '\n');
    expect(records).toEqual(rows.map((r) => header.map((h) => asText(r[h]))));
    const tsv = await cli(['list', dir, '--format', 'tsv']);
    const lines = tsv.stdout.split('\n').slice(1, -1);
    expect(lines.map((l) => l.split('\t').map(unescapeTsv))).toEqual(rows.map((r) => header.map((h) => asText(r[h]))));
  });

  it('parse: one JSON document per bulletin it could read, an error line for each it could not', async () => {
    const run = await cli(['parse', dir, '--format', 'ndjson']);
    sane(run);
    const parsed = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string });
    const failed = run.stderr.split('\n').filter((l) => l.startsWith('newsdigest: ') && !/^newsdigest: \d+ warnings in \d+ files/.test(l));
    expect(parsed.length + failed.length).toBe(files.length);
    expect(statSync(dir).isDirectory()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
