/**
 * Row writers: the same rows rendered as table, json, ndjson, csv or tsv. Pure string builders;
 * the caller sends the strings to a sink as they come, so large outputs stream.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { clipLine, displayWidth, fitWidths } from './fit.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  /** Numeric columns are never formula-guarded and are right-aligned in tables. */
  numeric?: boolean;
  /** Tables only: the cell as people read it (`58 billion USD`); machine formats keep the raw value. */
  display?: (row: Row) => string;
  /** Tables only: a colour for the cell, by what it says. */
  tone?: (row: Row) => 'bad' | 'warn' | 'good' | null;
}

export interface WriterOptions {
  /** CSV: prefix `'` to text cells a spreadsheet would run as a formula. */
  formulaGuard?: boolean;
  /** CSV: end records with CRLF instead of LF. */
  crlf?: boolean;
  /** Table: colour instance (level 0 = no colour). */
  chalk?: ChalkInstance;
  /** Table: the width to fit, in terminal columns (unlimited when not given). */
  width?: number;
  /** Table: rows drawn; the rest are counted, and a note says how to see them. */
  rowLimit?: number;
}

/** Renders rows of one shape: `begin()` once, `row()` per row, `end()` once. */
export interface RowWriter {
  begin(): string;
  row(row: Row): string;
  end(): string;
}

export function createWriter(format: Format, columns: Column[], options: WriterOptions = {}): RowWriter {
  switch (format) {
    case 'json':
      return jsonWriter(columns);
    case 'ndjson':
    {
      const object = jsonObject(columns);
      return { begin: () => '', row: (r) => object(r) + '\n', end: () => '' };
    }
    case 'csv':
      return csvWriter(columns, options);
    case 'tsv':
      return tsvWriter(columns);
    case 'table':
      return tableWriter(columns, options);
  }
}

/**
 * A row as one JSON object of its columns, in their order. The keys are encoded once and the values
 * one by one: building an object per row to stringify it was 6% of a figures run, twice this.
 */
function jsonObject(columns: Column[]): (row: Row) => string {
  const names = [...new Set(columns.map((c) => c.name))];
  const keys = names.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  if (names.length === 0) return () => '{}';
  return (row) => {
    let out = '';
    for (let i = 0; i < names.length; i++) out += keys[i] + jsonValue(row[names[i]]);
    return out + '}';
  };
}

function jsonValue(value: Cell | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}

function jsonWriter(columns: Column[]): RowWriter {
  let count = 0;
  const object = jsonObject(columns);
  return {
    begin: () => '[',
    row: (r) => (count++ === 0 ? '\n' : ',\n') + object(r),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell per RFC 4180: quoted when it holds a comma, quote, CR or LF, or edge spaces.
 * @example
 * csvCell('say "hi"', false, true) //=> '"say ""hi"""'
 * csvCell('=1+2', false, true)     //=> "'=1+2"
 */
export function csvCell(value: Cell, numeric: boolean, guard: boolean): string {
  if (value === null) return '';
  let text = String(value);
  if (guard && !numeric && typeof value === 'string' && text !== '-' && FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function csvWriter(columns: Column[], options: WriterOptions): RowWriter {
  const eol = options.crlf ? '\r\n' : '\n';
  const guard = options.formulaGuard !== false;
  return {
    begin: () => columns.map((c) => csvCell(c.name, false, false)).join(',') + eol,
    row: (r) => columns.map((c) => csvCell(r[c.name] ?? null, c.numeric === true, guard)).join(',') + eol,
    end: () => '',
  };
}

/**
 * One TSV cell: tab, CR, LF and backslash escaped as `\t` `\r` `\n` `\\`, so every record is one line.
 * @example
 * tsvCell('a\tb') //=> 'a\\tb'
 */
export function tsvCell(value: Cell): string {
  if (value === null) return '';
  return String(value).replace(/[\\\t\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\n'));
}

function tsvWriter(columns: Column[]): RowWriter {
  return {
    begin: () => columns.map((c) => tsvCell(c.name)).join('\t') + '\n',
    row: (r) => columns.map((c) => tsvCell(r[c.name] ?? null)).join('\t') + '\n',
    end: () => '',
  };
}

/**
 * A multi-line cell on one line: each line break, with the white space and blank lines around it,
 * becomes ` ⏎ `. Split and trimmed rather than replaced by one pattern of spaces around a line break,
 * which retries a long run of spaces from each of its positions.
 */
function joinLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  const kept = lines.map((line, i) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim()));
  return kept.filter((line, i) => line !== '' || i === 0 || i === kept.length - 1).join(' ⏎ ');
}

/** A table cell's text: its display form, or the value on one line. */
function cellText(column: Column, row: Row): string {
  if (column.display) return column.display(row);
  const value = row[column.name] ?? null;
  return value === null ? '' : joinLines(String(value));
}

// Compact: no borders, no line between rows, two spaces between columns.
const COMPACT = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/**
 * A table for people, fitted to `width`: the widest text column is cut first. It needs every
 * drawn row to size the columns, so it renders at the end; past `rowLimit` rows are only counted.
 */
function tableWriter(columns: Column[], options: WriterOptions): RowWriter {
  const chalk = options.chalk;
  const limit = options.rowLimit ?? Infinity;
  const cells: string[][] = [];
  const tones: Array<Array<'bad' | 'warn' | 'good' | null>> = [];
  let more = 0;
  return {
    begin: () => '',
    row: (r) => {
      if (cells.length < limit) {
        cells.push(columns.map((c) => cellText(c, r)));
        tones.push(columns.map((c) => c.tone?.(r) ?? null));
      } else more++;
      return '';
    },
    end: () => {
      const natural = columns.map((c, i) => Math.max(displayWidth(c.name), ...cells.map((row) => displayWidth(row[i]))));
      const widths = fitWidths(natural, columns.map((c) => !c.numeric), options.width ?? Infinity);
      // cli-table3 colours head and border itself even into a pipe; colour goes through our chalk only.
      const table = new Table({
        head: columns.map((c, i) => (chalk ? chalk.bold(clipLine(c.name, widths[i])) : clipLine(c.name, widths[i]))),
        chars: COMPACT,
        style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
        colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
        wordWrap: false,
      });
      const paint = { bad: chalk?.red, warn: chalk?.yellow, good: chalk?.green };
      cells.forEach((row, r) => table.push(row.map((text, i) => {
        const tone = tones[r][i];
        const clipped = clipLine(text, widths[i]);
        return tone && paint[tone] ? paint[tone]!(clipped) : clipped;
      })));
      const note = more
        ? `… ${more} more rows (${cells.length + more} in all): --limit N, | less -S, or --format tsv\n`
        : '';
      return table.toString().split('\n').map((l) => l.trimEnd()).join('\n') + '\n' + note;
    },
  };
}
