#!/usr/bin/env node
// Benchmark: generated bulletins through parse (and, once it exists, figure extraction).
// Times and memory are printed, never asserted.
import { parseBulletin } from '../dist/index.js';

function bulletin(items) {
  let s = 'Big Morning News: A; B; C\n\nPublisher intro line for the day.\nSection One\n';
  for (let i = 1; i <= items; i++) {
    s += `${i}. Company ${i} reports results\nRevenue was US$${i} million, up ${i % 90}% year-on-year. (Wire)\n`;
  }
  return s;
}

const text = bulletin(20000);
const bytes = Buffer.byteLength(text);
const runs = 5;
let best = Infinity;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  const b = parseBulletin(text, { file: 'bench.txt', date: '2022-01-21' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (b.items.length !== 20000) throw new Error(`expected 20000 items, got ${b.items.length}`);
  best = Math.min(best, ms);
}
const mb = bytes / 1e6;
console.log(`parse: ${mb.toFixed(2)} MB, 20000 items, best of ${runs}: ${best.toFixed(1)} ms (${(mb / (best / 1000)).toFixed(1)} MB/s)`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(1)} MB`);
