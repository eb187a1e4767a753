import type { Bulletin, Item, ItemPart, Part, PartType, Section, Span, Unplaced, Warning } from '../model.js';
import {
  cleanSectionName,
  isFooterLine,
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
import { codePointMapper, splitLines, stripEnd, type Line } from './lines.js';

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
  source: string | null;
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
  sourceRow: Row | null;
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
  const rows = splitLines(text)
    .filter((line) => line.text.trim() !== '')
    .map(toRow);
  const builder = new TreeBuilder(file);

  const footerAt = findFooter(rows);
  const bodyAt = findBodyStart(rows, footerAt);
  const headerDate = readHeader(rows.slice(0, bodyAt), builder);
  readBody(rows.slice(bodyAt, footerAt), builder);
  if (footerAt < rows.length) {
    const footer = rows.slice(footerAt);
    builder.part('footer', footer[0], footer[footer.length - 1]);
    builder.footer = footer.map((r) => r.text).join('\n');
  }

  const date = headerDate ?? dateFromFileName(file) ?? options.date ?? null;
  return builder.finish(text, date);
}

function toRow(line: Line): Row {
  const lead = line.text.length - line.text.trimStart().length;
  const content = line.text.trim();
  const folded = line.folded.slice(lead, lead + content.length);
  return {
    line,
    start: line.start + lead,
    end: line.start + lead + content.length,
    text: content,
    marker: matchMarker(line.folded, line.text),
    bullet: matchBullet(line.folded),
    strongSection: findFullDate(folded) ? null : strongSectionName(folded),
    separator: isSeparator(content) && !isFooterLine(content),
    source: sourceLine(content),
  };
}

function isItemStart(row: Row): boolean {
  return row.marker !== null || (row.bullet !== null && !row.bullet.emoji);
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
    if (r.strongSection) return i;
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

/** The line with its date and weekday taken out: what is left of a date line is its masthead. */
function withoutDate(text: string, at: { index: number; length: number }): string {
  return (text.slice(0, at.index) + ' ' + text.slice(at.index + at.length))
    .replace(WEEKDAY, ' ')
    .replace(/[【】[\]()（）|｜,，·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DATE_LABEL, '')
    .replace(/[:：\-–—]+$/, '')
    .trim();
}

/** A line that says it lists the day's headlines, so two of them are enough. */
const HEADLINE_LABEL = /^(?:今日(?:看点|要闻|导读|关注)|要闻(?:速览)?|导读|本期(?:看点|导读)|headlines|top stories|today|in this issue|in brief)\s*[:：]/i;

/** Title, headlines, date line, teasers and intro. Returns the header's date, if any. */
function readHeader(rows: Row[], b: TreeBuilder): string | null {
  let date: string | null = null;
  let titled = false;
  // `Top stories:` before a teaser list: it heads the headlines part.
  let leadIn: Row | null = null;
  const intro: Row[] = [];
  let i = 0;
  const flushIntro = () => {
    if (intro.length === 0) return;
    b.part('intro', intro[0], intro[intro.length - 1]);
    b.intro = (b.intro ? b.intro + '\n' : '') + intro.map((r) => r.text).join('\n');
    intro.length = 0;
  };
  while (i < rows.length) {
    const r = rows[i];
    const found = textWidth(r.text) <= 80 ? findFullDate(r.line.folded.trim()) : null;
    if (found) {
      date ??= found.iso;
      const rest = withoutDate(r.text, found);
      if (!titled && rest && !/^\s*$/.test(rest) && intro.length === 0) {
        flushIntro();
        b.title = cleanSectionName(rest) || rest;
        titled = true;
        b.part('title', r, r);
      } else {
        flushIntro();
        b.part('dateline', r, r);
      }
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
    if (!titled && intro.length === 0) {
      titled = true;
      readTitleLine(r, b);
      i++;
      continue;
    }
    const list = r.text.split(/\s*[;；]\s*/).filter(Boolean);
    const labelled = HEADLINE_LABEL.test(r.text) && list.length >= 2;
    if (b.headlines.length === 0 && (list.length >= 3 || labelled) && !isParagraph(r.text.replace(/\.{3}$|…+$/, ''))) {
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

/** `Morning News: headline; headline; …` → title and headlines; a plain line is the title. */
function readTitleLine(r: Row, b: TreeBuilder): void {
  const colon = /^([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/.exec(r.text);
  if (colon && !/^https?$/i.test(colon[1])) {
    b.title = colon[1].replace(/^#+\s*/, '').trim();
    b.headline(r, r.start + r.text.length - colon[2].length, colon[2]);
  } else {
    b.title = r.text.replace(/^#+\s*/, '').replace(/^[【[]|[】\]]$/g, '').trim();
  }
  b.part('title', r, r);
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
  let open: OpenItem | null = null;
  let section: string | null = null;
  let expected = 1;
  const close = () => {
    if (open) b.item(open);
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
      sourceRow: null,
    };
  };
  const nextStartsItem = (i: number): boolean => {
    const next = rows[i + 1];
    if (!next) return false;
    if (next.marker && !next.marker.glued) return true;
    if (next.bullet && !next.bullet.emoji && (mode !== 'numbered' || !open)) return true;
    if (next.bullet?.emoji) return true;
    const after = rows[i + 2];
    return !isParagraph(next.text) && !!after && isParagraph(after.text) && !isItemStart(after) && !after.source;
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cur = open as OpenItem | null;
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
      } else b.unplace(r);
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
      } else if (!rest || (isSectionCandidate(rest) && nextStartsItem(i))) startSection(r, cleanSectionName(rest) || bullet.marker);
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
    const next = rows[i + 1];
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
  private itemParts: ItemPart[][] = [];

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

  item(open: OpenItem): void {
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
    let title = headText.slice(titleStart - head.line.start, head.end - head.line.start);
    let titleEnd = head.end;
    let source: string | null = open.sourceRow?.source ?? null;
    let sourceSpan: [Row, number, number] | null = open.sourceRow
      ? [open.sourceRow, open.sourceRow.start + open.sourceRow.text.lastIndexOf(open.sourceRow.source!), 0]
      : null;
    const bodySpans: Array<{ row: Row; start: number; end: number }> = bodyRows.map((r) => ({ row: r, start: r.start, end: r.end }));

    if (source === null) {
      const lastSpan = bodySpans[bodySpans.length - 1];
      const lastText = lastSpan ? lastSpan.row.line.text.slice(lastSpan.start - lastSpan.row.line.start, lastSpan.end - lastSpan.row.line.start) : title;
      const found = trailingSource(lastText);
      if (found) {
        source = found.source;
        const base = lastSpan ? lastSpan.start : titleStart;
        const row = lastSpan ? lastSpan.row : head;
        sourceSpan = [row, base + found.sourceAt, 0];
        if (lastSpan) {
          lastSpan.end = lastSpan.start + found.at;
          if (lastSpan.end <= lastSpan.start) bodySpans.pop();
        } else {
          titleEnd = titleStart + found.at;
          title = title.slice(0, found.at);
        }
      }
    }
    // A one-line item: `Antitrust: the body…` reads as a lead-in title and its text.
    if (bodySpans.length === 0 || isParagraph(title)) {
      const leadIn = /^([^:：]{2,60}?)\s*[:：]\s+(?=\S)/.exec(title) ?? /^([^:：]{2,30}?)[：](?=\S)/.exec(title);
      if (leadIn && !/\d$/.test(leadIn[1]) && textWidth(title) > textWidth(leadIn[1]) + 20) {
        bodySpans.unshift({ row: head, start: titleStart + leadIn[0].length, end: titleEnd });
        titleEnd = titleStart + leadIn[1].length;
        title = leadIn[1];
      }
    }
    parts.push({ field: 'title', line: head.line.number, start: titleStart, end: titleEnd });
    const fileTextOf = (s: { row: Row; start: number; end: number }) =>
      s.row.line.text.slice(s.start - s.row.line.start, s.end - s.row.line.start);
    const body = bodySpans.map(fileTextOf).join('\n');
    for (const s of bodySpans) parts.push({ field: 'body', line: s.row.line.number, start: s.start, end: s.end });
    if (sourceSpan && source !== null) {
      const [row, start] = sourceSpan;
      parts.push({ field: 'source', line: row.line.number, start, end: start + source.length });
    }
    const last = open.rows[open.rows.length - 1];
    const itemStart = parts[0].start;
    this.items.push({
      file: this.file,
      n,
      marker: open.marker,
      section: open.section,
      title: title.trim(),
      body,
      source,
      date: null,
      line: head.line.number,
      start: itemStart,
      end: last.end,
      parts,
    });
    this.itemParts.push(parts);
    if (open.section !== null && this.sections.length) this.sections[this.sections.length - 1].items.push(n);
    this.part('item', head, last);
  }

  finish(text: string, date: string | null): Bulletin {
    const cp = codePointMapper(text);
    const warnings: Warning[] = [];
    const anySource = this.items.some((it) => it.source !== null);
    for (const item of this.items) {
      const firstSentence = (item.body || item.title).split(/(?<=[.。!！?？])\s+|(?<=[。！？])/)[0] ?? '';
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
