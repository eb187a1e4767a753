import type { Bulletin, Item, ItemPart, Part, PartType, Section, Span, Unplaced, Warning } from '../model.js';
import {
  cleanSectionName,
  isByline,
  isCaption,
  isFooterLine,
  isTableRow,
  isParagraph,
  isSectionCandidate,
  isSeparator,
  isWeakSection,
  matchBullet,
  matchMarker,
  sourceLine,
  strongSectionName,
  textWidth,
  trailingSource,
  type BulletMatch,
  type MarkerMatch,
} from './classify.js';
import { findFullDate, findNewsDate, resolveMonthDay } from './dates.js';
import { codePointMapper, foldWidth, splitLines, stripEnd, type Line } from './lines.js';
import { titleRange, leadInOf, leadInStyle, linkTitle, type LeadInKind } from './leadin.js';

/** How to read a bulletin: its file name (for messages and a date in the name) and a date to use when the text gives none. */
export interface ParseOptions {
  /** Path as given, `-` for stdin. */
  file?: string;
  /** `YYYY-MM-DD`, used when neither the header nor the file name dates the bulletin. */
  date?: string;
}

/** A non-blank line with what it looks like on its own. */
interface Row {
  line: Line;
  /** Offsets of the trimmed content within the file (UTF-16). */
  start: number;
  end: number;
  text: string;
  marker: MarkerMatch | null;
  bullet: BulletMatch | null;
  strongSection: string | null;
  separator: boolean;
  /** `------` or `======` under a heading (setext style). */
  underline: boolean;
  source: string | null;
  /** `By Priya Nair`: the header's byline. */
  byline: boolean;
  /** A market-data table row or an image caption: never a section or an item of its own. */
  aside: boolean;
  /**
   * `【标题】正文…`, `Price war: Temu cut …`: a line that opens with a lead-in title in a bulletin
   * whose lines do so one after another, so each such line is an item of its own.
   */
  leadLine: boolean;
  /** `### [Title](url)`, `[### Title](url)`: a linked heading, an item's title. */
  link: { title: string; titleAt: number; url: string } | null;
}

interface OpenItem {
  rows: Row[];
  head: Row;
  marker: string | null;
  /** Offset of the title within the head row's text. */
  titleAt: number;
  bulletIndent: number;
  bulletGlyph: string | null;
  section: string | null;
  /** Index of the enclosing section in the builder's list, -1 for none. */
  sectionIndex: number;
  sourceRow: Row | null;
  url: string | null;
}

/**
 * Parse one bulletin's text into its tree: title, headlines, date, intro, sections, items, footer
 * and whatever could not be placed. Pure; never throws on odd input — what it cannot place is
 * returned in `unplaced` and `warnings`.
 * @example
 * parseBulletin('Daily: A; B\n\nTech\n1. Apple ships X\nIt rose 5%. (Reuters)\n').items[0].source
 * //=> 'Reuters'
 */
export function parseBulletin(text: string, options: ParseOptions = {}): Bulletin {
  const file = options.file ?? '-';
  const allRows = splitLines(text)
    .filter((line) => line.text.trim() !== '')
    .map(toRow);
  markLeadLines(allRows);
  const builder = new TreeBuilder(file);

  const front = readFrontMatter(allRows, builder);
  const rows = allRows.slice(front.end);
  const footerAt = findFooter(rows);
  const bodyAt = findBodyStart(rows, footerAt);
  const headerDate = readHeader(rows.slice(0, bodyAt), builder, front.title !== null);
  readBody(rows.slice(bodyAt, footerAt), builder);
  if (builder.items.length === 0 && builder.sections.length === 0) builder.implicitItem(rows);
  if (footerAt < rows.length) {
    const footer = rows.slice(footerAt);
    for (const r of footer) builder.part('footer', r, r);
    builder.footer = footer.map((r) => r.text).join('\n');
  }

  const date = front.date ?? headerDate ?? dateFromFileName(file) ?? options.date ?? null;
  return builder.finish(text, date);
}

function toRow(line: Line): Row {
  const lead = line.text.length - line.text.trimStart().length;
  const content = line.text.trim();
  const folded = line.folded.slice(lead, lead + content.length);
  const link = linkTitle(content);
  const aside = isTableRow(content) || isCaption(content);
  // Read on the folded line, named as written (`半導體`, `（一）`).
  const sectionName = findFullDate(folded) || link || aside ? null : strongSectionName(folded);
  const sectionAt = sectionName === null ? -1 : folded.indexOf(sectionName);
  return {
    line,
    start: line.start + lead,
    end: line.start + lead + content.length,
    text: content,
    marker: aside || link ? null : matchMarker(line.folded, line.text),
    bullet: aside || link ? null : matchBullet(line.folded),
    strongSection: sectionAt >= 0 ? content.slice(sectionAt, sectionAt + sectionName!.length) : sectionName,
    separator: isSeparator(content) && !isFooterLine(content),
    underline: /^(?:-{3,}|={3,})$/.test(content),
    source: sourceLine(content),
    byline: isByline(content),
    aside,
    leadLine: false,
    link: link && { ...link, titleAt: link.titleAt + lead },
  };
}

function isItemStart(row: Row): boolean {
  return row.marker !== null || (row.bullet !== null && !row.bullet.emoji);
}

/**
 * Unmarked lines of running text that open with a lead-in title (`【标题】正文`, `Rate cut. The …`):
 * when at least two do, in the style the bulletin keeps, each is an item.
 */
function markLeadLines(rows: Row[]): void {
  const plain = rows.filter((r) => !r.marker && !r.bullet && !r.strongSection && !r.link && !r.source && !isFooterLine(r.text) && isParagraph(r.text));
  const style = leadInStyle(plain.map((r) => r.text));
  const leading = plain.filter((r) => leadInOf(r.text, style) !== null);
  if (leading.length >= 2) for (const r of leading) r.leadLine = true;
}

/**
 * `Key developments later today:` — one phrase ending in a colon, however long: it labels the list
 * below it. A greeting that dates the bulletin (`大家好，今天是…。以下是要闻：`) is no label.
 */
function isListLabel(r: Row): boolean {
  return /[:：]$/.test(r.text) && textWidth(r.text) <= 200 && !/[。！？]|[.!?]\s+\p{Lu}/u.test(r.text) && !findFullDate(r.line.folded);
}

/** A heading line whose next line underlines it (`AMAZON` / `------`). */
function isUnderlined(rows: Row[], i: number): boolean {
  const next = rows[i + 1];
  return !!next && next.underline && next.line.number === rows[i].line.number + 1 && isSectionCandidate(rows[i].text) && !rows[i].underline;
}

/**
 * YAML front matter (`---` … `---` at the top): metadata, never title, intro or a section. Its
 * `title:` and `date:` name the bulletin.
 */
function readFrontMatter(rows: Row[], b: TreeBuilder): { end: number; title: string | null; date: string | null } {
  const none = { end: 0, title: null, date: null };
  if (rows.length < 2 || rows[0].line.number !== 1 || rows[0].text !== '---') return none;
  const close = rows.findIndex((r, i) => i > 0 && i <= 40 && (r.text === '---' || r.text === '...'));
  if (close < 0) return none;
  let title: string | null = null;
  let date: string | null = null;
  for (const r of rows.slice(1, close)) {
    const kv = /^(title|date)\s*:(.*)$/i.exec(r.text);
    const value = kv ? unquote(kv[2].trim()) : '';
    if (!kv || !value) continue;
    if (kv[1].toLowerCase() === 'title') title = value;
    else date = findFullDate(foldWidth(value))?.iso ?? null;
  }
  b.part('front_matter', rows[0], rows[close]);
  if (title !== null) b.title = title;
  return { end: close + 1, title, date };
}

/**
 * Where the closing lines start: the first footer-looking line (subscribe, `Compiled by`, `（完）`)
 * after which no item starts and nothing longer than a short line follows.
 */
function findFooter(rows: Row[]): number {
  let lastItem = 0;
  rows.forEach((r, i) => {
    if (isItemStart(r)) lastItem = i;
  });
  let footerAt = rows.length;
  for (let i = rows.length - 1; i > lastItem; i--) {
    if (isFooterLine(rows[i].text)) footerAt = i;
    else if (textWidth(rows[i].text) > 100 && !isFooterLine(rows[i].text)) break;
  }
  return footerAt > 1 && footerAt < rows.length && rows[footerAt - 1].separator ? footerAt - 1 : footerAt;
}

/**
 * Numbered or bulleted lines before the first section that have no body, when numbering starts
 * again later: a teaser list of the day's stories, not the stories themselves.
 */
function teaserEnd(rows: Row[], from: number, limit: number): number {
  const first = rows[from];
  let i = from + 1;
  const restartsAt = (r: Row) => first.marker !== null && r.marker !== null && r.marker.number === first.marker.number;
  while (i < limit && isItemStart(rows[i]) && !restartsAt(rows[i])) i++;
  if (i - from < 2) return from;
  for (let j = i; j < limit; j++) {
    const r = rows[j];
    const restarts = first.marker ? restartsAt(r) : r.marker !== null;
    if (restarts || r.strongSection) return i;
  }
  return from;
}

/** Index of the first row of the body: the first section or item that is not a teaser. */
function findBodyStart(rows: Row[], limit: number): number {
  for (let i = 1; i < limit; i++) {
    const r = rows[i];
    if (r.byline || r.aside) continue;
    if (r.strongSection || isUnderlined(rows, i) || r.link) return i;
    if (r.leadLine) return i;
    if (isListLabel(r) && rows[i + 1] && isItemStart(rows[i + 1]) && teaserEnd(rows, i + 1, limit) === i + 1) {
      return i;
    }
    if (r.bullet?.emoji && !(textWidth(r.text) <= 80 && findFullDate(r.line.folded))) return i;
    if (isItemStart(r)) {
      const end = teaserEnd(rows, i, limit);
      if (end > i) {
        i = end - 1;
        continue;
      }
      return i;
    }
    if (i + 1 < limit && !isParagraph(r.text) && !findFullDate(r.text)) {
      const next = rows[i + 1];
      if (next.underline) continue;
      const afterNext = rows[i + 2];
      if ((isSectionCandidate(r.text) || isWeakSection(r.text)) && isItemStart(next) && teaserEnd(rows, i + 1, limit) === i + 1) return i;
      if (isSectionCandidate(r.text) && !isParagraph(next.text) && afterNext && isParagraph(afterNext.text) && !isItemStart(next)) return i;
      if (i >= 2 && !isParagraph(r.text) && isParagraph(next.text) && !isItemStart(next) && !/[:：]$/.test(r.text)) return i;
    }
  }
  if (rows.length > 0 && isItemStart(rows[0])) return 0;
  return Math.min(limit, rows.length > 1 ? limit : rows.length);
}

const WEEKDAY = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?|星期[一二三四五六日天]|周[一二三四五六日]/gi;
const DATE_LABEL = /^(?:date|dated|issue|today is|今天是|日期|时间)\s*[:：]?\s*/i;

// A sentence ends at a stop, not at the dot of an abbreviation (`On Feb. 13, …`, `Mr. Musk`).
const FIRST_SENTENCE_END = /(?<=[.!?])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Mrs|Dr|St|No|vs)\.)\s+|(?<=[。！？])/;

/** The line with its date and weekday taken out: what is left of a date line is its masthead. */
function withoutDate(text: string, at: { index: number; length: number }): string {
  const rest = (text.slice(0, at.index) + ' ' + text.slice(at.index + at.length))
    .replace(WEEKDAY, ' ')
    .replace(/[【】[\]()（）|｜,，·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DATE_LABEL, '');
  return stripEnd(rest, /[:：\-–—]+$/).trim();
}

/** A front-matter value without the one pair of quotes YAML may put around it. */
function unquote(value: string): string {
  return value.replace(/^["']/, '').replace(/["']$/, '');
}

/** A line that says it lists the day's headlines, so two of them are enough. */
const HEADLINE_LABEL = /^(?:今日(?:看点|要闻|导读|关注)|要闻(?:速览)?|导读|本期(?:看点|导读)|headlines|top stories|today|in this issue|in brief)\s*[:：]/i;

const GREETING = /(?:今天是|今日是|today is)\s*/i;

/** Title, headlines, date line, bylines, teasers and intro. Returns the header's date, if any. */
function readHeader(rows: Row[], b: TreeBuilder, titledBefore: boolean): string | null {
  let date: string | null = null;
  let titled = titledBefore;
  // `Top stories:` before a teaser list: it heads the headlines part.
  let leadIn: Row | null = null;
  const intro: Row[] = [];
  let i = 0;
  const flushIntro = () => {
    if (intro.length === 0) return;
    for (const r of intro) b.part('intro', r, r);
    b.intro = (b.intro ? b.intro + '\n' : '') + intro.map((r) => r.text).join('\n');
    intro.length = 0;
  };
  while (i < rows.length) {
    const r = rows[i];
    if (r.byline) {
      flushIntro();
      b.part('byline', r, r);
      i++;
      continue;
    }
    const greeting = GREETING.exec(r.line.folded);
    const dateIn = textWidth(r.text) <= 80 ? r.line.folded.trim() : greeting ? r.line.folded.slice(greeting.index, greeting.index + 40) : '';
    const found = dateIn ? findFullDate(dateIn) : null;
    if (!titled && intro.length === 0 && (!found || withoutDate(r.text, found))) {
      titled = true;
      const mastheadDate = readMasthead(r, b);
      date ??= mastheadDate;
      i++;
      continue;
    }
    if (found) {
      date ??= found.iso;
      flushIntro();
      b.part('dateline', r, r);
      i++;
      continue;
    }
    if (isItemStart(r)) {
      let end = i + 1;
      while (end < rows.length && isItemStart(rows[end])) end++;
      flushIntro();
      let first = r;
      if (leadIn && rows[i - 1] === leadIn) first = leadIn;
      for (let j = i; j < end; j++) {
        const t = rows[j];
        const at = t.marker ? t.marker.textStart : (t.bullet?.textStart ?? 0);
        b.headline(t, t.line.start + at, t.line.text.slice(at, t.end - t.line.start));
      }
      b.part('headlines', first, rows[end - 1]);
      leadIn = null;
      i = end;
      continue;
    }
    const list = r.text.split(/[;；]/).filter((s) => s.trim() !== '');
    const labelled = HEADLINE_LABEL.test(r.text) && list.length >= 2;
    if (b.headlines.length === 0 && (list.length >= 3 || labelled) && !isParagraph(stripEnd(r.text, /\.{3}$|…+$/))) {
      flushIntro();
      const colon = /^[^:：]{1,30}[:：]\s*/.exec(r.text);
      const at = colon ? colon[0].length : 0;
      b.headline(r, r.start + at, r.text.slice(at));
      b.part('headlines', r, r);
      i++;
      continue;
    }
    if (/[:：]$/.test(r.text) && rows[i + 1] && isItemStart(rows[i + 1])) {
      flushIntro();
      leadIn = r;
      i++;
      continue;
    }
    intro.push(r);
    i++;
  }
  flushIntro();
  if (leadIn) {
    b.part('intro', leadIn, leadIn);
    b.intro = (b.intro ? b.intro + '\n' : '') + leadIn.text;
  }
  return date;
}

// Bounded: at most 42 characters are read from any start.
const MASTHEAD_BRACKETS = /[【[]([^】\]]{4,40})[】\]]/;
// Bounded: anchored, and the brand before the bar is at most 40 characters, so the linear tail is tried at most 40 times.
const MASTHEAD_BAR = /^(.{1,40}?)\s*(?:[|丨｜]|\s·\s)\s*(?=\S)/;
/** What may follow a brand after a bar and is neither a date nor a headline: `第86期`, `Issue #57`. */
const ISSUE_MARK = /^(?:第\s*\d+\s*期|(?:issue|no\.?|vol\.?|volume|edition)\s*(?:#\s*)?\d+|#\d+|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[\p{L} ]{0,20}\bedition)(?:\s|$)/iu;

/** The brand alone: `#老高电商早报#` → `老高电商早报`, `Brand 📰` → `Brand`. */
function cleanBrand(text: string): string {
  return cleanSectionName(text.replace(/#/g, ' ').replace(/[【[]|[】\]]/g, ' ').replace(/\s+/g, ' '));
}

/**
 * The masthead line: the brand, and what shares its line — a date in brackets, an issue number,
 * the day's headlines (`#老高电商早报#【2023年6月5日 星期一】A;B;C……`, `Brand | A; B`, `Brand: A; B`).
 * Returns the date it states, if any.
 */
function readMasthead(r: Row, b: TreeBuilder): string | null {
  const text = r.text;
  const folded = foldWidth(text);
  let brandEnd = text.length;
  let restAt = text.length;
  let date: string | null = null;
  const bracket = MASTHEAD_BRACKETS.exec(text);
  const bracketDate = bracket ? findFullDate(foldWidth(bracket[1])) : null;
  const bar = MASTHEAD_BAR.exec(text);
  // Bounded: anchored, a brand of at most 40 characters before the colon.
  const colon = /^([^:：]{1,40}?)\s*[:：]\s*(?=\S)/.exec(text);
  if (bracket && bracketDate && cleanBrand(text.slice(0, bracket.index))) {
    date = bracketDate.iso;
    brandEnd = bracket.index;
    restAt = bracket.index + bracket[0].length;
  } else if (bar) {
    brandEnd = bar[1].length;
    restAt = bar[0].length;
  } else if (colon && !/^https?$/i.test(colon[1])) {
    brandEnd = colon[1].length;
    restAt = colon[0].length;
  }
  let rest = text.slice(restAt);
  const restDate = findFullDate(foldWidth(rest));
  if (restDate) {
    date ??= restDate.iso;
    // `Brand | Wednesday, March 6, 2024`: what is left around the date is decoration.
    if (!withoutDate(rest, restDate)) rest = '';
  }
  if (brandEnd === text.length) {
    const whole = findFullDate(folded);
    if (whole) date ??= whole.iso;
    b.title = whole ? cleanBrand(withoutDate(text, whole)) : cleanBrand(text);
  } else {
    b.title = cleanBrand(text.slice(0, brandEnd)) || null;
    const trimmed = rest.trimStart();
    const at = restAt + rest.length - trimmed.length;
    if (trimmed && !ISSUE_MARK.test(trimmed.replace(WEEKDAY, '').trim()) && trimmed.replace(WEEKDAY, '').trim()) b.headline(r, r.start + at, trimmed);
  }
  b.part('title', r, r);
  return date;
}

/** Split `a; b; c…` into headlines with their offsets in `text`; a trailing ellipsis is dropped. */
function splitHeadlines(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /[^;；]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, at: m.index + lead });
  }
  const last = out[out.length - 1];
  if (last) last.text = stripEnd(last.text, /\s*(?:\.{3,}|…+)$/);
  return out.filter((h) => h.text !== '');
}

type Mode = 'numbered' | 'bullet' | 'plain';

function layoutOf(rows: Row[]): Mode {
  const markers = rows.filter((r) => r.marker && !r.marker.glued).length;
  if (markers >= 2) return 'numbered';
  const bullets = rows.filter((r) => r.bullet && (!r.bullet.emoji || isParagraph(r.text))).length;
  return bullets >= 2 ? 'bullet' : 'plain';
}

/** Sections and items, from the first body row to the footer. */
function readBody(rows: Row[], b: TreeBuilder): void {
  const mode = layoutOf(rows);
  const opens: OpenItem[] = [];
  let open: OpenItem | null = null;
  let section: string | null = null;
  let expected = 1;
  const close = () => {
    if (open) opens.push(open);
    open = null;
  };
  const startSection = (r: Row, name: string, last: Row = r) => {
    close();
    section = name || r.text;
    b.section(section, r, last);
    expected = 1;
  };
  const startItem = (r: Row, marker: string | null, titleAt: number, bullet: BulletMatch | null) => {
    close();
    open = {
      rows: [r],
      head: r,
      marker,
      titleAt,
      bulletIndent: bullet?.indent ?? -1,
      bulletGlyph: bullet?.marker ?? null,
      section,
      sectionIndex: section === null ? -1 : b.sections.length - 1,
      sourceRow: null,
      url: r.link?.url ?? null,
    };
  };
  const nextStartsItem = (i: number): boolean => {
    const next = rows[i + 1];
    if (!next) return false;
    if (next.marker && !next.marker.glued) return true;
    if (next.bullet && !next.bullet.emoji && (mode !== 'numbered' || !open)) return true;
    if (next.bullet?.emoji || next.link || next.leadLine) return true;
    const after = rows[i + 2];
    return !isParagraph(next.text) && !!after && isParagraph(after.text) && !isItemStart(after) && !after.source;
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cur = open as OpenItem | null;
    if (r.byline && !cur) {
      b.part('byline', r, r);
      continue;
    }
    if (r.aside) {
      // A caption or a table row belongs to the item it sits in.
      if (cur) cur.rows.push(r);
      else b.unplace(r);
      continue;
    }
    if (isUnderlined(rows, i)) {
      startSection(r, cleanSectionName(r.text), rows[i + 1]);
      i++;
      continue;
    }
    if (r.separator) {
      close();
      b.part('separator', r, r);
      continue;
    }
    if (r.strongSection !== null) {
      startSection(r, r.strongSection);
      continue;
    }
    if (r.source !== null) {
      if (cur && !cur.sourceRow) {
        cur.rows.push(r);
        cur.sourceRow = r;
        continue;
      }
      // A second source ends the item: its part must not reach over a line it does not hold.
      close();
      b.unplace(r);
      continue;
    }
    if (r.link) {
      startItem(r, null, r.link.titleAt, null);
      continue;
    }
    if (r.leadLine) {
      startItem(r, null, 0, null);
      continue;
    }
    const marker = r.marker;
    if (marker && (!marker.glued || marker.number === expected || marker.number === 1)) {
      if (mode === 'bullet' && cur && marker.markerStart > cur.bulletIndent && cur.bulletIndent >= 0) {
        cur.rows.push(r);
        continue;
      }
      startItem(r, marker.marker, marker.textStart, null);
      expected = (marker.number ?? expected) + 1;
      continue;
    }
    const bullet = r.bullet;
    if (bullet && !bullet.emoji) {
      const sub =
        cur !== null &&
        (cur.bulletIndent < 0
          ? cur.marker !== null && mode === 'numbered'
          : bullet.indent > cur.bulletIndent || bullet.marker !== cur.bulletGlyph || /[:：]$/.test(cur.head.text));
      if (sub) cur.rows.push(r);
      else startItem(r, bullet.marker, bullet.textStart, bullet);
      continue;
    }
    if (bullet?.emoji) {
      const rest = r.line.text.slice(bullet.textStart).trim();
      const next = rows[i + 1];
      if (!rest && next && isSectionCandidate(next.text) && !isItemStart(next) && nextStartsItem(i + 1)) {
        startSection(r, cleanSectionName(next.text), next);
        i++;
      } else if (!rest) {
        // An emoji on its own is decoration: it belongs to the item it sits in.
        if (cur) cur.rows.push(r);
        else b.part('separator', r, r);
      } else if (isSectionCandidate(rest) && nextStartsItem(i)) startSection(r, cleanSectionName(rest));
      else startItem(r, bullet.marker, bullet.textStart, bullet);
      continue;
    }
    const paragraph = isParagraph(r.text);
    const sectionLike = isSectionCandidate(r.text) || isWeakSection(r.text);
    const bodyWritten = cur !== null && cur.rows.length > (cur.sourceRow ? 2 : 1);
    if (!paragraph && sectionLike && nextStartsItem(i) && (!cur || bodyWritten || mode !== 'numbered')) {
      startSection(r, cleanSectionName(r.text));
      continue;
    }
    // `Key developments later today:` over a list of items: a long label is still the list's section.
    const next = rows[i + 1];
    if (isListLabel(r) && !cur && next && isItemStart(next)) {
      startSection(r, cleanSectionName(r.text));
      continue;
    }
    const titleHere =
      !paragraph &&
      !!next &&
      isParagraph(next.text) &&
      !isItemStart(next) &&
      !next.source &&
      (mode === 'plain' || !cur || cur.marker === null) &&
      !/[:：]$/.test(r.text);
    if (titleHere) {
      startItem(r, null, 0, null);
      continue;
    }
    if (cur) {
      cur.rows.push(r);
      continue;
    }
    if (!paragraph && mode === 'plain') {
      startItem(r, null, 0, null);
      continue;
    }
    b.unplace(r);
  }
  close();
  const style = leadInStyle(opens.filter(hasNoTitleLine).map(headText));
  for (const o of opens) b.item(o, style);
}

/** Where a line that is one Markdown link points (`[Apple ships X / Reuters](https://…)`). */
function linkTarget(text: string): string | null {
  return /^\[[^\]]*\]\(((?:https?:\/\/|www\.)\S+)\)$/.exec(text)?.[1] ?? null;
}

/** The head row's text from where the title would start. */
function headText(open: OpenItem): string {
  return open.head.line.text.slice(open.titleAt, open.head.end - open.head.line.start);
}

/** An item whose first line is all it has, or already running text: any title is a lead-in. */
function hasNoTitleLine(open: OpenItem): boolean {
  return open.rows.every((r) => r === open.head || r === open.sourceRow || r.aside) || isParagraph(headText(open));
}

/** Collects the tree while reading; offsets are UTF-16 until {@link finish} maps them to code points. */
class TreeBuilder {
  title: string | null = null;
  headlines: string[] = [];
  headlineSpans: Span[] = [];
  intro: string | null = null;
  footer: string | null = null;
  sections: Section[] = [];
  items: Item[] = [];
  unplaced: Unplaced[] = [];
  parts: Array<{ type: PartType; first: Row; last: Row }> = [];

  constructor(private readonly file: string) {}

  part(type: PartType, first: Row, last: Row): void {
    this.parts.push({ type, first, last });
  }

  /** Headlines in `text`, which starts at file offset `start` on row `r`. */
  headline(r: Row, start: number, text: string): void {
    for (const h of splitHeadlines(text)) {
      this.headlines.push(h.text);
      this.headlineSpans.push({ line: r.line.number, start: start + h.at, end: start + h.at + h.text.length });
    }
  }

  section(name: string, first: Row, last: Row): void {
    this.sections.push({ name, line: first.line.number, items: [] });
    this.part('section', first, last);
  }

  unplace(r: Row): void {
    this.unplaced.push({ line: r.line.number, start: r.start, end: r.end, text: r.text });
    this.part('unplaced', r, r);
  }

  item(open: OpenItem, style: ReadonlySet<LeadInKind>): void {
    const n = this.items.length + 1;
    const parts: ItemPart[] = [];
    const head = open.head;
    const headText = head.line.text;
    const lead = head.start - head.line.start;
    if (open.marker !== null) {
      const markerStart = head.line.text.indexOf(open.marker.trim(), 0);
      parts.push({ field: 'marker', line: head.line.number, start: head.line.start + markerStart, end: head.line.start + markerStart + open.marker.length });
    }
    const titleStart = head.line.start + Math.max(open.titleAt, lead);
    const bodyRows = open.rows.slice(1).filter((r) => r !== open.sourceRow);
    let titleEnd = head.end;
    let source: string | null = open.sourceRow?.source ?? null;
    let sourceSpan: [Row, number, number] | null = open.sourceRow
      ? [open.sourceRow, open.sourceRow.start + open.sourceRow.text.lastIndexOf(open.sourceRow.source!), 0]
      : null;
    const bodySpans: Array<{ row: Row; start: number; end: number }> = bodyRows.map((r) => ({ row: r, start: r.start, end: r.end }));
    const slice = (from: number, to: number) => headText.slice(from - head.line.start, to - head.line.start);

    // A caption or table row under the item is no text of its own: the source and the title are
    // read as if it were not there.
    const textSpans = bodySpans.filter((b) => !b.row.aside);
    if (source === null) {
      const lastSpan = textSpans[textSpans.length - 1];
      const lastText = lastSpan ? lastSpan.row.line.text.slice(lastSpan.start - lastSpan.row.line.start, lastSpan.end - lastSpan.row.line.start) : slice(titleStart, titleEnd);
      const found = trailingSource(lastText);
      if (found) {
        source = found.source;
        const base = lastSpan ? lastSpan.start : titleStart;
        const row = lastSpan ? lastSpan.row : head;
        sourceSpan = [row, base + found.sourceAt, 0];
        if (lastSpan) {
          lastSpan.end = lastSpan.start + found.at;
          if (lastSpan.end <= lastSpan.start) bodySpans.splice(bodySpans.indexOf(lastSpan), 1);
        } else {
          titleEnd = titleStart + found.at;
        }
      }
    }
    // The title: a linked heading, the head line, or a lead-in on it; none for a body-only item.
    let title: string | null = null;
    let titleSpan: [number, number] | null = null;
    let url = open.url ?? linkTarget(open.sourceRow?.text ?? '');
    const headLine = slice(titleStart, titleEnd);
    // `### [Title](url)` on its own, or a linked title after a marker (`1. [Title](url)`).
    const inLine = head.link ? null : linkTitle(headLine);
    const link = head.link ? { ...head.link, titleAt: head.line.start + head.link.titleAt } : inLine && { ...inLine, titleAt: titleStart + inLine.titleAt };
    const leadIn = link ? null : leadInOf(headLine, style);
    if (link) {
      title = link.title;
      titleSpan = [link.titleAt, link.titleAt + title.length];
      url = link.url;
    } else if (leadIn) {
      title = leadIn.title;
      titleSpan = [titleStart + leadIn.titleAt, titleStart + leadIn.titleEnd];
      const bodyAt = titleStart + leadIn.bodyAt;
      if (bodyAt < titleEnd) bodySpans.unshift({ row: head, start: bodyAt, end: titleEnd });
    } else if (textSpans.length === 0 || isParagraph(headLine)) {
      if (titleEnd > titleStart) bodySpans.unshift({ row: head, start: titleStart, end: titleEnd });
    } else {
      const [from, to] = titleRange(headLine);
      title = headLine.slice(from, to);
      titleSpan = [titleStart + from, titleStart + to];
    }
    if (titleSpan) parts.push({ field: 'title', line: head.line.number, start: titleSpan[0], end: titleSpan[1] });
    const fileTextOf = (s: { row: Row; start: number; end: number }) =>
      s.row.line.text.slice(s.start - s.row.line.start, s.end - s.row.line.start);
    const body = bodySpans.map(fileTextOf).join('\n');
    for (const s of bodySpans) parts.push({ field: 'body', line: s.row.line.number, start: s.start, end: s.end });
    if (sourceSpan && source !== null) {
      const [row, start] = sourceSpan;
      parts.push({ field: 'source', line: row.line.number, start, end: start + source.length });
    }
    const last = open.rows[open.rows.length - 1];
    const itemStart = Math.min(...parts.map((p) => p.start));
    this.items.push({
      file: this.file,
      n,
      marker: open.marker,
      section: open.section,
      title: title === null ? null : title.trim(),
      body,
      source,
      date: null,
      url,
      line: head.line.number,
      start: itemStart,
      end: last.end,
      parts,
    });
    if (open.sectionIndex >= 0) this.sections[open.sectionIndex].items.push(n);
    this.part('item', head, last);
  }

  /**
   * Text with no bulletin structure (a news paragraph on stdin) is one item with no title: the
   * running text that would otherwise be intro, unplaced, or a title that is a sentence.
   */
  implicitItem(allRows: Row[]): void {
    let taken = this.parts.filter((p) => p.type === 'intro' || p.type === 'unplaced' || (p.type === 'title' && isParagraph(p.first.text)));
    // A file of one line is that line's news, not a masthead.
    if (taken.length === 0) taken = this.parts.filter((p) => p.type === 'title' && this.parts.length === 1);
    if (taken.length === 0) return;
    // The item is one stretch of the file: a part lying between its lines (a greeting with the
    // date, a byline) is read as part of its text.
    const from = this.parts.indexOf(taken[0]);
    const to = this.parts.indexOf(taken[taken.length - 1]);
    taken = this.parts.slice(from, to + 1);
    const rows = taken.flatMap((p) => allRows.filter((r) => r.line.number >= p.first.line.number && r.line.number <= p.last.line.number));
    if (taken.some((p) => p.type === 'title' || p.type === 'headlines')) {
      this.title = null;
      this.headlines = [];
      this.headlineSpans = [];
    }
    this.intro = null;
    this.unplaced = [];
    this.parts = this.parts.filter((p) => !taken.includes(p));
    const open: OpenItem = {
      rows,
      head: rows[0],
      marker: null,
      titleAt: 0,
      bulletIndent: -1,
      bulletGlyph: null,
      section: null,
      sectionIndex: -1,
      sourceRow: null,
      url: null,
    };
    this.item(open, new Set());
    // A lone sentence is all body, even when short enough to pass for a title.
    const item = this.items[0];
    if (item.title !== null) {
      item.body = item.body ? `${item.title}\n${item.body}` : item.title;
      item.title = null;
      for (const p of item.parts) if (p.field === 'title') p.field = 'body';
    }
  }

  finish(text: string, date: string | null): Bulletin {
    const cp = codePointMapper(text);
    const warnings: Warning[] = [];
    const anySource = this.items.some((it) => it.source !== null);
    for (const item of this.items) {
      const firstSentence = (item.body || item.title || '').split(FIRST_SENTENCE_END)[0] ?? '';
      const found = findNewsDate(firstSentence.slice(0, 240));
      item.date = found ? resolveMonthDay(found, date) : null;
      item.start = cp(item.start);
      item.end = cp(item.end);
      for (const p of item.parts) {
        p.start = cp(p.start);
        p.end = cp(p.end);
      }
      if (anySource && item.source === null) {
        warnings.push({ file: this.file, line: item.line, code: 'no-source', message: `item ${item.n} has no source` });
      }
    }
    for (const u of this.unplaced) {
      u.start = cp(u.start);
      u.end = cp(u.end);
      warnings.push({ file: this.file, line: u.line, code: 'unplaced-text', message: `text not placed in any part: ${clip(u.text)}` });
    }
    if (this.items.length > 0 && !anySource) {
      warnings.push({ file: this.file, line: null, code: 'no-source', message: 'no item names a source' });
    }
    if (date === null) warnings.push({ file: this.file, line: null, code: 'no-date', message: 'no date found (give --date YYYY-MM-DD)' });
    if (this.items.length === 0 && (this.parts.length > 0)) {
      warnings.push({ file: this.file, line: null, code: 'no-items', message: 'no news items found' });
    }
    warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const parts: Part[] = this.parts
      .map((p) => ({ type: p.type, line: p.first.line.number, end_line: p.last.line.number, start: cp(p.first.start), end: cp(p.last.end) }))
      .sort((a, b) => a.start - b.start);
    return {
      file: this.file,
      title: this.title,
      headlines: this.headlines,
      headline_spans: this.headlineSpans.map((h) => ({ line: h.line, start: cp(h.start), end: cp(h.end) })),
      date,
      intro: this.intro,
      sections: this.sections,
      items: this.items,
      footer: this.footer,
      unplaced: this.unplaced,
      warnings,
      parts,
    };
  }
}

function clip(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** A date in the file's name (`morning-news-2022-01-21.txt`, `20220121.md`). */
export function dateFromFileName(file: string): string | null {
  const name = file.split(/[\\/]/).pop() ?? '';
  return findFullDate(name)?.iso ?? null;
}
