/**
 * `newsdigest help <topic>`: the output formats, the metric vocabulary and the fields of every
 * record, as text for a terminal or a pager. Pure: the caller reads the schemas and prints.
 */
import type { MetricWords } from '../figures/rules/index.js';
import { displayWidth } from './fit.js';

export const TOPICS = ['formats', 'metrics', 'fields'] as const;
export type Topic = (typeof TOPICS)[number];

/** Lines of `text` no wider than `width`, broken at spaces, each after `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && displayWidth(indent + line) + 1 + displayWidth(word) > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/**
 * Help text fitted to `width`: a longer line is broken at spaces, its continuation indented four
 * more than the line. Lines that fit are left as written.
 * @example
 * fitHelp('  newsdigest list archive/ --keyword bytedance', 30) //=> '  newsdigest list archive/\n      --keyword bytedance'
 */
export function fitHelp(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^\s*/.exec(line)![0];
      const [first, ...rest] = wrap(line, width, indent);
      const more = wrap(rest.map((l) => l.trim()).join(' '), width, indent + '    ');
      return [first, ...more].join('\n');
    })
    .join('\n');
}

export function formatsTopic(width: number): string {
  const entries: Array<[string, string]> = [
    ['table', 'for reading at a terminal (the default there): aligned columns, colour on a terminal only.'],
    ['json', 'one array of records, ending in a newline (`parse`: one object for one file).'],
    ['ndjson', 'one record per line, every key present (null where empty); the default when piped.'],
    ['csv', 'RFC 4180 with LF line endings (`--crlf` for CRLF) and a header row even when nothing matched; text cells starting with = + - @ (tab, CR, LF) get a leading \' unless --no-formula-guard; numeric cells are never touched.'],
    ['tsv', 'tab-separated with a header row; tab, CR, LF and backslash in a cell are written \\t \\r \\n \\\\.'],
  ];
  const out = ['Formats (--format, or taken from the -o file name):', ''];
  for (const [name, text] of entries) out.push(`  ${name}`, ...wrap(text, width, '      '));
  out.push('', ...wrap('--fields a,b,c picks and orders the columns of any format; `newsdigest help fields` lists them.', width));
  return out.join('\n') + '\n';
}

export function metricsTopic(vocabulary: MetricWords[], width: number): string {
  const out = [
    ...wrap('Metrics: the name a figure gets (its `metric` field), and the English and Chinese words that give it (as patterns: `s?` a plural, `(?:a|b)` either). `--metric revenue` also matches names ending in `_revenue`. Counts are named by the counted noun (`1.2 million sellers` → sellers).', width),
    '',
  ];
  for (const m of vocabulary) {
    out.push(m.metric);
    for (const [language, words] of Object.entries(m.words)) if (words.length) out.push(...wrap(`${language}: ${words.join(', ')}`, width, '    '));
  }
  return out.join('\n') + '\n';
}

export interface RecordFields {
  /** What prints it: `list, export --what items`. */
  title: string;
  fields: Array<{ name: string; type: string; description: string }>;
}

export function fieldsTopic(records: RecordFields[], width: number): string {
  const out = [...wrap('Fields: the keys of every record newsdigest prints (JSON, NDJSON) and its column names (CSV, TSV, table). The JSON Schemas in the package\'s schema/ folder say the same, with types.', width)];
  for (const r of records) {
    out.push('', r.title);
    const nameWidth = Math.max(...r.fields.map((f) => f.name.length));
    for (const f of r.fields) {
      const lead = `  ${f.name.padEnd(nameWidth)}  `;
      const [first, ...rest] = wrap(`${f.description} (${f.type})`, width - lead.length);
      // wrap() measured the text alone; the lead is plain ASCII, so its length is its width.
      out.push(lead + (first ?? ''), ...rest.map((l) => ' '.repeat(lead.length) + l));
    }
  }
  return out.join('\n') + '\n';
}
