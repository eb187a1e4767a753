/**
 * The data model every command shares (DESIGN.md). Field names are the names in JSON, NDJSON, CSV
 * and TSV output, verbatim.
 *
 * Positions: `line` is 1-based; `start`/`end` are code-point offsets into the file's decoded text
 * (BOM dropped, line endings as in the file), so `[...text].slice(start, end).join('')` gives the part.
 */

/** Where a part of the file stands. */
export interface Span {
  /** Line number, 1-based. */
  line: number;
  /** Code-point offset where it starts in the decoded file. */
  start: number;
  /** Code-point offset just after it ends. */
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

/** A section header: its name, line, and the numbers of the items under it. */
export interface Section {
  name: string;
  line: number;
  items: number[];
}

/** A line the parser could not place, with its position. */
export interface Unplaced extends Span {
  text: string;
}

/** What a warning is about. */
export type WarningCode =
  | 'unplaced-text'
  | 'no-date'
  | 'no-source'
  | 'no-items'
  | 'invalid-date';

/** Something the parser noticed that the user may want to fix (also printed on stderr). */
export interface Warning {
  file: string;
  /** null when the warning is about the whole file. */
  line: number | null;
  code: WarningCode;
  message: string;
}

/** A news item: title, body, source, date, and the position of each of its parts. */
export interface Item extends Span {
  /** The bulletin file. */
  file: string;
  /** Position in the bulletin, 1..N, unique even when printed numbers restart per section. */
  n: number;
  /** The marker as printed (`1.`, `①`, `-`, an emoji), or null. */
  marker: string | null;
  /** The section the item is in, or null. */
  section: string | null;
  /** The item's headline: its title line or a lead-in; null for a body-only item. */
  title: string | null;
  /** The text after the title (all of it for a body-only item), lines joined by `\n`, source removed. */
  body: string;
  /** The outlet the item names (`Reuters`, `界面新闻`), or null. */
  source: string | null;
  /** The link the item's title or source line points to, else null. */
  url: string | null;
  /** YYYY-MM-DD when the body dates the news, resolved against the bulletin date. */
  date: string | null;
  /** Located marker, title, body lines and source; body parts joined by `\n` give `body`. */
  parts: ItemPart[];
}

/** A parsed bulletin: its header, sections, items, footer, and every located part. */
export interface Bulletin {
  /** The path as given (`-` for stdin). */
  file: string;
  /** The bulletin's name (masthead brand or title line), or null. */
  title: string | null;
  /** The headline summary, one entry per headline. */
  headlines: string[];
  /** Where each headline stands, parallel to `headlines`. */
  headline_spans: Span[];
  /** The bulletin date, `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Lines between the header and the first section or item, joined by newlines, or null. */
  intro: string | null;
  /** Section headers in file order, with the numbers of their items. */
  sections: Section[];
  /** The news items, in file order. */
  items: Item[];
  /** Closing lines after the last item (subscribe lines, `Compiled by …`), or null. */
  footer: string | null;
  /** Text the parser could not place, each line located (also a warning). */
  unplaced: Unplaced[];
  /** What the parser noticed: unplaced text, no date, no source. */
  warnings: Warning[];
  /** Every located top-level part, in file order. */
  parts: Part[];
}

/** What a figure counts. */
export type FigureKind = 'money' | 'percent' | 'count' | 'rank';
/** Where a figure stands: outside items (item 0) in the headline line, intro, footer or unplaced text. */
export type FigurePart = 'headline' | 'intro' | 'title' | 'body' | 'footer' | 'unplaced';
/** Which way a change goes. */
export type Direction = 'up' | 'down';
/** What a change compares with: year, quarter, month or week before. */
export type Basis = 'yoy' | 'qoq' | 'mom' | 'wow';
/** How exact a figure says it is. */
export type Qualifier = 'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to';

/** A figure found in a bulletin, tied to its metric, entity and period, with its position. */
export interface Figure extends Span {
  /** The bulletin file. */
  file: string;
  /** Item number, 0 for a figure outside items (headline line, intro, footer, unplaced text). */
  item: number;
  /** The section of the figure's item, or null. */
  section: string | null;
  /** Where the figure stands: `headline`, `intro`, `title`, `body`, `footer` or `unplaced`. */
  part: FigurePart;
  /** `money`, `percent`, `count` or `rank`. */
  kind: FigureKind;
  /** The figure as written (`US$58 billion`, `同比增长70%`). */
  text: string;
  /** The number, scaled (`58000000000`), or null for a range. */
  value: number | null;
  /** Low end of a range (`5-10%` → 5), else null. */
  low: number | null;
  /** High end of a range, else null. */
  high: number | null;
  /** ISO 4217 code for money (null when the currency word leaves it open), `%`, `pp` or `bps` for percentages, the counted noun for counts, null for ranks. */
  unit: string | null;
  /** What is measured, snake_case (`revenue`, `gmv`, `market_share`), or null. */
  metric: string | null;
  /** Whose figure it is (`ByteDance`, `拼多多`), or null. */
  entity: string | null;
  /** When: `2021`, `2021-Q4`, `2021-H1`, `2021-12`, a day `2024-11-08`, a span `A/B`, fiscal `FY2024`; or null. */
  period: string | null;
  /** `up` or `down` for a change, and for a level a move reached (`rose 5% to $2.36 billion` → `up`); else null. */
  direction: Direction | null;
  /** True when the figure is the size of a move (`up 70%`, `rose by $2 billion`), false for a level — also one a move reached. */
  change: boolean;
  /** What a change compares with: `yoy`, `qoq`, `mom`, `wow`, or null. */
  basis: Basis | null;
  /** For a share, the whole it is a share of (`online_retail_sales`), else null. */
  of: string | null;
  /** True for guidance, targets, estimates and expectations; false for reported figures. */
  forecast: boolean;
  /** `about`, `nearly`, `over`, `under`, `at_least`, `up_to`, or null. */
  qualifier: Qualifier | null;
  /** The sentence the figure stands in. */
  sentence: string;
}
