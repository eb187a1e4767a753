#!/usr/bin/env node
// Score the figure tokenizer on the public test cases of two peer extractors (Recognizers-Text
// currency and percent models, English and Chinese; Duckling English money). Prints recall and
// precision per file, for all scored cases and for the cases whose expected text has digits.
// Usage: npm run eval:specs [-- [--misses] [--cli] SPECS_DIR]   (default: ../shared/peer-specs beside the project)
//   --misses: also print, per digit-written case, what was expected and what was extracted when they differ
//   --cli: read each case as a bulletin file through `newsdigest figures` (parser, every part, and
//          attachment) instead of the tokenizer alone; all cases go through one run of the binary
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scanFigures } from '../dist/figures/numbers.js';
import { foldWidth } from '../dist/parse/lines.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const throughCli = args.includes('--cli');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'peer-specs'));
if (!existsSync(dir)) {
  console.error(`eval-specs: ${dir}: no peer specs here (give the folder as the first argument)`);
  process.exit(2);
}

const UNIT_NAMES = {
  dollar: 'USD', 'united states dollar': 'USD', pound: 'GBP', 'british pound': 'GBP', euro: 'EUR', 'chinese yuan': 'CNY',
  yuan: 'CNY', 'japanese yen': 'JPY', yen: 'JPY', 'hong kong dollar': 'HKD', cent: 'USD', pence: 'GBP', 'korean won': 'KRW',
};
// Recognizers-Text reports cents and pence in the subunit (`470 pence` → 470 Pence); newsdigest
// normalises to the unit (4.7 GBP). The expected value is converted the same way before comparing.
const SUBUNITS = new Set(['cent', 'pence']);

const close = (a, b) => a !== null && b !== null && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

/** Each case's figures as `newsdigest figures` prints them: every case a file, one run of the binary. */
function figuresThroughCli(cases) {
  const work = mkdtempSync(join(tmpdir(), 'newsdigest-specs-'));
  try {
    cases.forEach((c, i) => writeFileSync(join(work, `${String(i).padStart(5, '0')}.txt`), c.input + '\n'));
    const out = execFileSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'newsdigest.js'), 'figures', '--format', 'ndjson', '--quiet', work], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const byCase = cases.map(() => []);
    for (const line of out.split('\n')) {
      if (!line) continue;
      const f = JSON.parse(line);
      byCase[Number(f.file.slice(-9, -4))].push(f);
    }
    return byCase;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function score(cases, kind) {
  const tally = { all: { expected: 0, extracted: 0, matched: 0 }, digits: { expected: 0, extracted: 0, matched: 0 } };
  const viaCli = throughCli ? figuresThroughCli(cases) : null;
  for (const [n, c] of cases.entries()) {
    const found = (viaCli ? viaCli[n] : scanFigures(foldWidth(c.input))).filter((f) => f.kind === kind);
    // The tokenizer's figures have a direction only as changes; extracted ones say which in `change`.
    const values = found.flatMap((f) => (f.value !== null ? [{ value: f.value, signed: f.change !== false && f.direction === 'down' ? -f.value : f.value, unit: f.unit }] : [{ value: f.low, signed: f.low, unit: f.unit }, { value: f.high, signed: f.high, unit: f.unit }]));
    const used = new Set();
    let matched = 0;
    for (const e of c.expected) {
      const i = values.findIndex((v, k) => !used.has(k) && (close(v.value, e.value) || close(v.signed, e.value)) && (kind !== 'money' || e.unit === null || v.unit === e.unit));
      if (i >= 0) {
        used.add(i);
        matched++;
      }
    }
    if (showMisses && c.digits && (matched < c.expected.length || values.length > matched)) {
      const show = (list) => list.map((v) => `${v.value}${v.unit ? ' ' + v.unit : ''}`).join(', ') || '-';
      console.error(`${kind}\t${JSON.stringify(c.input)}\n  expected: ${show(c.expected)}\n  got:      ${show(values)}`);
    }
    for (const bucket of c.digits ? ['all', 'digits'] : ['all']) {
      tally[bucket].expected += c.expected.length;
      tally[bucket].extracted += values.length;
      tally[bucket].matched += matched;
    }
  }
  return tally;
}

function recognizers(file, kind) {
  const cases = JSON.parse(readFileSync(join(dir, 'recognizers-text', file), 'utf8'));
  return cases
    .filter((c) => !(c.NotSupported ?? '').toLowerCase().includes('javascript') && !(c.NotSupportedByDesign ?? '').toLowerCase().includes('javascript'))
    .map((c) => {
      const results = (c.Results ?? []).filter((r) => r.Resolution && r.Resolution.value !== null && r.Resolution.value !== undefined);
      const expected = results.map((r) => {
        const raw = String(r.Resolution.value).replace('%', '');
        const unitName = String(r.Resolution.unit ?? '').toLowerCase();
        const unit = kind === 'money' ? (r.Resolution.isoCurrency ?? UNIT_NAMES[unitName] ?? null) : null;
        const value = SUBUNITS.has(unitName) ? Number(raw) / 100 : Number(raw);
        return { value, unit };
      });
      return { input: c.Input, expected, digits: results.length > 0 && results.every((r) => /[0-9０-９]/.test(r.Text ?? '')) };
    });
}

function duckling() {
  const spec = JSON.parse(readFileSync(join(dir, 'duckling', 'amount-of-money-en.json'), 'utf8'));
  return spec.cases
    .filter((c) => c.group === 'corpus')
    .map((c) => ({ input: c.input, expected: c.figures.map((f) => ({ value: f.value, unit: f.unit })), digits: /\d/.test(c.input) }));
}

const files = [
  ['recognizers-text Specs/NumberWithUnit/English/CurrencyModel.json', () => recognizers('Specs/NumberWithUnit/English/CurrencyModel.json', 'money'), 'money'],
  ['recognizers-text Specs/NumberWithUnit/Chinese/CurrencyModel.json', () => recognizers('Specs/NumberWithUnit/Chinese/CurrencyModel.json', 'money'), 'money'],
  ['recognizers-text Specs/Number/English/PercentModel.json', () => recognizers('Specs/Number/English/PercentModel.json', 'percent'), 'percent'],
  ['recognizers-text Specs/Number/Chinese/PercentModel.json', () => recognizers('Specs/Number/Chinese/PercentModel.json', 'percent'), 'percent'],
  ['duckling amount-of-money-en.json (corpus)', duckling, 'money'],
];

const pct = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(['file', 'subset', 'expected', 'extracted', 'matched', 'recall', 'precision'].join('\t'));
for (const [name, load, kind] of files) {
  const t = score(load(), kind);
  for (const subset of ['digits', 'all']) {
    const s = t[subset];
    console.log([name, subset, s.expected, s.extracted, s.matched, pct(s.matched, s.expected), pct(s.matched, s.extracted)].join('\t'));
  }
}
