// Score extracted figures against hand-labelled ones. Shared by `npm run eval:labels` (prints the
// scores) and tests/labels.test.ts (pins them and every disagreement).
//
// A label file is tests/labels/<fixture path>.tsv with the columns
//   line  text  kind  value  unit  metric  entity  period  direction  qualifier
// `value` is a number, or `low..high` for a range; an empty cell is null. A label is matched to the
// extracted figure on the same line with the same text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIELDS = ['kind', 'value', 'unit', 'metric', 'entity', 'period', 'direction', 'qualifier'];

/** Every label file under `dir`, as [fixture path relative to the fixtures folder, file path]. */
export function labelFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tsv')) out.push([relative(dir, path).replace(/\.tsv$/, ''), path]);
    }
  };
  walk(dir);
  return out;
}

export function readLabels(path) {
  const [head, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  return rows.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] === undefined || cells[i] === '' ? null : cells[i]])));
}

function valueOf(figure) {
  return figure.value !== null ? String(figure.value) : `${figure.low}..${figure.high}`;
}

function same(field, label, figure) {
  if (field === 'value') return label.value === valueOf(figure) || Number(label.value) === figure.value;
  return label[field] === figure[field];
}

/**
 * Compare one fixture's labels with its extracted figures.
 * @returns {{ labels: number, extracted: number, matched: number, exact: number, perField: Record<string, number>, disagreements: string[], missed: string[], extra: string[] }}
 */
export function scoreFixture(name, labels, figures) {
  const unused = figures.slice();
  const result = { labels: labels.length, extracted: figures.length, matched: 0, exact: 0, perField: Object.fromEntries(FIELDS.map((f) => [f, 0])), disagreements: [], missed: [], extra: [] };
  for (const label of labels) {
    const i = unused.findIndex((f) => String(f.line) === label.line && f.text === label.text);
    if (i < 0) {
      result.missed.push(`${name}:${label.line} ${label.text}`);
      continue;
    }
    const figure = unused.splice(i, 1)[0];
    result.matched++;
    if (FIELDS.every((field) => same(field, label, figure))) result.exact++;
    for (const field of FIELDS) {
      if (same(field, label, figure)) result.perField[field]++;
      else {
        const got = field === 'value' ? valueOf(figure) : figure[field];
        result.disagreements.push(`${name}:${label.line} ${label.text} ${field}: ${label[field] ?? '-'} ≠ ${got ?? '-'}`);
      }
    }
  }
  result.extra = unused.map((f) => `${name}:${f.line} ${f.text}`);
  return result;
}

/** Sum of several fixtures' scores. */
export function total(scores) {
  const sum = { labels: 0, extracted: 0, matched: 0, exact: 0, perField: Object.fromEntries(FIELDS.map((f) => [f, 0])), disagreements: [], missed: [], extra: [] };
  for (const s of scores) {
    sum.labels += s.labels;
    sum.extracted += s.extracted;
    sum.matched += s.matched;
    sum.exact += s.exact;
    for (const f of FIELDS) sum.perField[f] += s.perField[f];
    sum.disagreements.push(...s.disagreements);
    sum.missed.push(...s.missed);
    sum.extra.push(...s.extra);
  }
  return sum;
}
