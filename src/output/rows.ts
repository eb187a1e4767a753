/**
 * Domain objects → rows: the one place where columns are named, ordered and typed.
 */
import type { Figure, Item } from '../model.js';
import { valueInWords, type Stated } from '../stats/wording.js';
import type { Column, Row } from './writers.js';

const text = (name: string): Column => ({ name });
const num = (name: string): Column => ({ name, numeric: true });

export const ITEM_COLUMNS: Column[] = [
  text('file'), num('n'), text('marker'), text('section'), text('title'), text('body'), text('source'), text('date'),
  text('url'), text('bulletin_date'), num('figures'), num('line'), num('start'), num('end'),
];
export const LIST_DEFAULT = ['file', 'n', 'section', 'title', 'source', 'date', 'figures'];
/** Items as `list` prints them; a body-only item shows the start of its body as its title on a screen. */
export const ITEM_SET = {
  all: ITEM_COLUMNS.map((c) => (c.name === 'title' ? { ...c, display: (r: Row) => (r.title as string | null) ?? String(r.body).split('\n')[0] } : c)),
  defaults: LIST_DEFAULT,
  table: ['file', 'n', 'title', 'source', 'figures'],
};

/** An item as `list` and `export --what items` print it: one row, no nested parts. */
export interface ItemRow extends Omit<Item, 'parts'> {
  /** The bulletin's date, or null. */
  bulletin_date: string | null;
  /** How many figures the item holds. */
  figures: number;
}

/** A section as `sections` prints it; file `total` sums a section name over several files. */
export interface SectionRow {
  /** The bulletin file, or `total` for a sum over several files. */
  file: string;
  /** The section's name, or null for items outside any section. */
  section: string | null;
  /** How many items the section holds. */
  items: number;
  /** The section header's line, or null for loose items and totals. */
  line: number | null;
}

export function itemRow(item: Item, bulletinDate: string | null, figureCount: number): ItemRow & Row {
  return {
    file: item.file, n: item.n, marker: item.marker, section: item.section, title: item.title, body: item.body,
    source: item.source, date: item.date, url: item.url, bulletin_date: bulletinDate, figures: figureCount,
    line: item.line, start: item.start, end: item.end,
  };
}

export const FIGURE_COLUMNS: Column[] = [
  text('file'), num('item'), text('section'), text('part'), text('kind'), text('text'), num('value'), num('low'), num('high'),
  text('unit'), text('metric'), text('entity'), text('period'), text('direction'), text('change'), text('basis'), text('of'), text('forecast'),
  text('qualifier'), text('sentence'), num('line'), num('start'), num('end'),
];
/** Figures: every field in machine formats; on a screen, the value in words with its unit. */
export const FIGURE_SET = {
  all: FIGURE_COLUMNS.map((c) => (c.name === 'value' ? { ...c, display: (r: Row) => valueInWords(r as unknown as Stated) } : c)),
  defaults: FIGURE_COLUMNS.map((c) => c.name),
  table: ['item', 'text', 'value', 'metric', 'entity', 'period'],
};

export function figureRow(f: Figure): Row {
  return { ...f };
}

export const SECTION_COLUMNS: Column[] = [text('file'), text('section'), num('items'), num('line')];
export const SECTION_SET = { all: SECTION_COLUMNS, defaults: SECTION_COLUMNS.map((c) => c.name) };
