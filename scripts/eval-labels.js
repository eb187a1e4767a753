#!/usr/bin/env node
// Score the extractor on the hand-labelled figures in tests/labels/ (one TSV per fixture): how
// many labelled figures it finds (recall), how many of its figures are labelled (precision), how
// many it gets right in every field, and the accuracy of each field.
// Usage: npm run eval:labels [-- --misses]   (--misses: print every disagreement, miss and extra)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, parseBulletin } from '../dist/index.js';
import { FIELDS, labelFiles, readLabels, scoreFixture, total } from './label-score.js';

const root = join(import.meta.dirname, '..');
const scores = labelFiles(join(root, 'tests', 'labels')).map(([name, path]) => {
  const file = join('fixtures', name);
  const figures = extractFigures(parseBulletin(readFileSync(join(root, file), 'utf8'), { file }));
  return [name, scoreFixture(name, readLabels(path), figures)];
});
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(['fixture', 'labelled', 'extracted', 'found', 'all fields right', 'recall', 'precision'].join('\t'));
for (const [name, s] of scores) console.log([name, s.labels, s.extracted, s.matched, s.exact, ratio(s.matched, s.labels), ratio(s.matched, s.extracted)].join('\t'));
const sum = total(scores.map(([, s]) => s));
console.log(['total', sum.labels, sum.extracted, sum.matched, sum.exact, ratio(sum.matched, sum.labels), ratio(sum.matched, sum.extracted)].join('\t'));
console.log(`\nfield accuracy over the ${sum.matched} figures found:`);
for (const f of FIELDS) console.log(`${f}\t${sum.perField[f]}/${sum.matched}\t${ratio(sum.perField[f], sum.matched)}`);
if (process.argv.includes('--misses')) {
  for (const line of [...sum.disagreements, ...sum.missed.map((m) => `missed ${m}`), ...sum.extra.map((e) => `extra ${e}`)]) console.error(line);
}
