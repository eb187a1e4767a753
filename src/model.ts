/**
 * The data model every command shares (DESIGN.md). Field names are the names in JSON, NDJSON, CSV
 * and TSV output, verbatim.
 *
 * Positions: `line` is 1-based; `start`/`end` are code-point offsets into the file's decoded text
 * (BOM dropped, line endings as in the file), so `[...text].slice(start, end).join('')` gives the part.
 */

/** Where a part of the file stands. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** What a located part of the file is. Every non-blank line of a bulletin lies in exactly one part. */
export type PartType =
  | 'title'
  | 'headlines'
  | 'dateline'
  | 'intro'
  | 'section'
  | 'item'
  | 'separator'
  | 'footer'
  | 'front_matter'
  | 'byline'
  | 'unplaced';

/** A located top-level part of the bulletin, in file order. */
export interface Part extends Span {
  type: PartType;
  /** Last line the part covers (a part may span several lines). */
  end_line: number;
}

/** A located piece of an item: its marker, title, one body line, or its source. */
export interface ItemPart extends Span {
  field: 'marker' | 'title' | 'body' | 'source';
}

export interface Section {
  name: string;
  line: number;
  items: number[];
}

export interface Unplaced extends Span {
  text: string;
}

export type WarningCode =
  | 'unplaced-text'
  | 'no-date'
  | 'no-source'
  | 'no-items'
  | 'invalid-date';

export interface Warning {
  file: string;
  /** null when the warning is about the whole file. */
  line: number | null;
  code: WarningCode;
  message: string;
}

export interface Item extends Span {
  file: string;
  /** Position in the bulletin, 1..N, unique even when printed numbers restart per section. */
  n: number;
  /** The marker as printed (`1.`, `①`, `-`, an emoji), or null. */
  marker: string | null;
  section: string | null;
  /** The item's headline: its title line or a lead-in; null for a body-only item. */
  title: string | null;
  /** The text after the title (all of it for a body-only item), lines joined by `\n`, source removed. */
  body: string;
  source: string | null;
  /** The link the item's title or source line points to, else null. */
  url: string | null;
  /** YYYY-MM-DD when the body dates the news, resolved against the bulletin date. */
  date: string | null;
  /** Located marker, title, body lines and source; body parts joined by `\n` give `body`. */
  parts: ItemPart[];
}

export interface Bulletin {
  file: string;
  title: string | null;
  headlines: string[];
  /** Where each headline stands, parallel to `headlines`. */
  headline_spans: Span[];
  date: string | null;
  intro: string | null;
  sections: Section[];
  items: Item[];
  /** Closing lines after the last item (subscribe lines, `Compiled by …`), or null. */
  footer: string | null;
  unplaced: Unplaced[];
  warnings: Warning[];
  /** Every located top-level part, in file order. */
  parts: Part[];
}

export type FigureKind = 'money' | 'percent' | 'count' | 'rank';
/** Where a figure stands: outside items (item 0) in the headline line, intro, footer or unplaced text. */
export type FigurePart = 'headline' | 'intro' | 'title' | 'body' | 'footer' | 'unplaced';
export type Direction = 'up' | 'down';
export type Basis = 'yoy' | 'qoq' | 'mom' | 'wow';
export type Qualifier = 'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to';

export interface Figure extends Span {
  file: string;
  /** Item number, 0 for a figure outside items (headline line, intro, footer, unplaced text). */
  item: number;
  section: string | null;
  part: FigurePart;
  kind: FigureKind;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  metric: string | null;
  entity: string | null;
  period: string | null;
  direction: Direction | null;
  basis: Basis | null;
  /** For a share, the whole it is a share of (`online_retail_sales`), else null. */
  of: string | null;
  /** True for guidance, targets, estimates and expectations; false for reported figures. */
  forecast: boolean;
  qualifier: Qualifier | null;
  sentence: string;
}
