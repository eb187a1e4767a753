import { extractFigures } from '../src/figures/extract.js';
import type { Bulletin } from '../src/model.js';

/** `text` from code point `start` to `end`, as positions count. */
export function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/**
 * Nothing lost: every non-blank line lies in exactly one top-level part, and every part, item
 * field and unplaced line gives back its text. Returns what breaks, empty when all holds.
 */
export function parseProblems(text: string, b: Bulletin): string[] {
  const problems: string[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  const owner = new Map<number, string>();
  for (const p of b.parts) {
    for (let l = p.line; l <= p.end_line; l++) {
      if (owner.has(l)) problems.push(`line ${l} in two parts (${owner.get(l)}, ${p.type})`);
      owner.set(l, p.type);
    }
    const located = slice(text, p.start, p.end);
    if (located.trim() !== located) problems.push(`${p.type} part at line ${p.line} has edge spaces`);
  }
  lines.forEach((line, i) => {
    if (line.trim() !== '' && !owner.has(i + 1)) problems.push(`line ${i + 1} (${line}) in no part`);
  });
  for (const item of b.items) {
    const title = item.parts.find((p) => p.field === 'title');
    if ((title ? slice(text, title.start, title.end) : null) !== item.title) problems.push(`item ${item.n}: title not at its position`);
    const body = item.parts.filter((p) => p.field === 'body').map((p) => slice(text, p.start, p.end));
    if (body.join('\n') !== item.body) problems.push(`item ${item.n}: body not at its positions`);
    const source = item.parts.find((p) => p.field === 'source');
    if ((source ? slice(text, source.start, source.end) : null) !== item.source) problems.push(`item ${item.n}: source not at its position`);
    if (/\r/.test((item.title ?? '') + item.body)) problems.push(`item ${item.n}: CR in title or body`);
  }
  for (const u of b.unplaced) if (slice(text, u.start, u.end) !== u.text) problems.push(`unplaced text at line ${u.line} not at its position`);
  // Intro and footer lines each stand in a part of their own, so their figures can be located.
  for (const type of ['intro', 'footer'] as const) {
    const located = b.parts.filter((p) => p.type === type).map((p) => slice(text, p.start, p.end));
    if ((located.join('\n') || null) !== b[type]) problems.push(`${type} not the text of its parts`);
  }
  return problems;
}

/** Every figure is the text at its position, with finite values and low ≤ high. */
export function figureProblems(text: string, b: Bulletin): string[] {
  const problems: string[] = [];
  for (const f of extractFigures(b)) {
    if (slice(text, f.start, f.end) !== f.text) problems.push(`figure ${JSON.stringify(f.text)} not at ${f.start}..${f.end}`);
    for (const key of ['value', 'low', 'high'] as const) {
      const v = f[key];
      if (v !== null && !Number.isFinite(v)) problems.push(`figure ${JSON.stringify(f.text)}: ${key} ${v}`);
    }
    if (f.low !== null && f.high !== null && f.low > f.high) problems.push(`figure ${JSON.stringify(f.text)}: low ${f.low} > high ${f.high}`);
  }
  return problems;
}
