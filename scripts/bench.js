#!/usr/bin/env node
// Benchmark: a generated 20,000-item bulletin through parse and figure extraction, against one
// regular-expression scan over the same text. Times and memory are printed, never asserted.
import { extractFigures, parseBulletin } from '../dist/index.js';

let text = 'Big Morning News: A; B; C\n\nPublisher intro line for the day.\nSection One\n';
for (let i = 1; i <= 20000; i++) {
  text += `${i}. Company ${i} reports results\nRevenue was US$${i} million, up ${i % 90}% year-on-year, and it opened ${i} stores in 2021. (Wire)\n`;
}
const mb = Buffer.byteLength(text) / 1e6;

function best(runs, fn) {
  let ms = Infinity;
  let result;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms, result };
}

const scan = best(5, () => text.match(/\d+(?:\.\d+)?%?/g).length);
const parse = best(5, () => parseBulletin(text, { file: 'bench.txt', date: '2022-01-21' }));
const figures = best(5, () => extractFigures(parse.result));
const rate = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
console.log(`input: ${mb.toFixed(2)} MB, ${parse.result.items.length} items`);
console.log(`one regex scan:  ${scan.ms.toFixed(1)} ms (${rate(scan.ms)})`);
console.log(`parse:           ${parse.ms.toFixed(1)} ms (${rate(parse.ms)})`);
console.log(`extract figures: ${figures.ms.toFixed(1)} ms (${rate(figures.ms)}), ${figures.result.length} figures`);
const mem = process.memoryUsage();
console.log(`heap used: ${(mem.heapUsed / 1e6).toFixed(1)} MB, rss: ${(mem.rss / 1e6).toFixed(1)} MB`);
