/**
 * Titles that share a line with their text: a lead-in (`**Title.** text`, `【标题】正文`,
 * `Price war: Temu cut …`, `Rate cut. The central bank …`) and linked Markdown headings
 * (`### [Title (3 minute read)](url)`). Pure string functions over one line.
 */
import { isParagraph, textWidth } from './classify.js';
import { matchAtEnd, stripEnd } from './lines.js';

export type LeadInKind = 'bold' | 'bracket' | 'colon' | 'sentence';

/** A lead-in title: where its text stands in the line and where the item's body starts. */
export interface LeadIn {
  kind: LeadInKind;
  title: string;
  titleAt: number;
  titleEnd: number;
  bodyAt: number;
}

const BOLD = /^(\*\*|__)([^*_]{1,80}?)\1\s*(?:([—–|:：-])\s*)?(?=\S)/;
const BRACKET = /^【([^】]{2,60})】\s*(?=\S)/;
// Bounded: anchored, a lead-in of at most 60 characters before the colon.
const COLON = /^([^:：]{2,60}?)\s*[:：]\s*(?=\S)/;
const SENTENCE = /^([^.!?。！？]{2,50}?[.!?])\s+(?=["“‘]?\p{Lu})/u;

const GREETING = /^(?:good (?:morning|afternoon|evening)|hello|hi|hey|dear|welcome|greetings|thanks|thank you)\b/i;

/** Marked lead-ins need no agreement from other items: the markup says what they are. */
const MARKED: ReadonlySet<LeadInKind> = new Set(['bold', 'bracket']);

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** A title cut from `text` (which starts at `at`), without its edge spaces, and where it stands. */
function trimmedTitle(text: string, at: number): { title: string; titleAt: number; titleEnd: number } {
  const title = text.trim();
  const titleAt = at + text.indexOf(title);
  return { title, titleAt, titleEnd: titleAt + title.length };
}

/** Each kind of lead-in `text` (an item's first line, marker removed) could start with. */
function candidates(text: string): LeadIn[] {
  const out: LeadIn[] = [];
  const bold = BOLD.exec(text);
  if (bold) {
    const inner = bold[2].trim();
    const rest = text.slice(bold[0].length);
    // `**OpenAI** closed a round`: bold on the sentence's own subject is emphasis, not a title.
    const titled = /[.:!?。：！？]$/.test(inner) || bold[3] !== undefined || (/^["“‘\p{Lu}\p{Script=Han}]/u.test(rest) && words(inner) >= 2);
    if (titled) {
      const at = bold[1].length + bold[2].indexOf(inner);
      out.push({ kind: 'bold', title: inner, titleAt: at, titleEnd: at + inner.length, bodyAt: bold[0].length });
    }
  }
  const bracket = BRACKET.exec(text);
  if (bracket && bracket[1].trim()) out.push({ kind: 'bracket', ...trimmedTitle(bracket[1], 1), bodyAt: bracket[0].length });
  const colon = COLON.exec(text);
  if (colon) {
    const lead = colon[1];
    const rest = text.slice(colon[0].length);
    // Not a clock (`at 2:30`), a URL scheme, or half a sentence.
    if (!/\d$/.test(lead) && !/^https?$/i.test(lead) && !/[.。!?,，;；(（]/.test(lead) && words(lead) <= 8 && textWidth(rest) >= textWidth(lead) + 20 && isParagraph(rest)) {
      out.push({ kind: 'colon', ...trimmedTitle(lead, 0), bodyAt: colon[0].length });
    }
  }
  const sentence = SENTENCE.exec(text);
  if (sentence && words(sentence[1]) <= 6 && !/\d/.test(sentence[1]) && !GREETING.test(sentence[1]) && isParagraph(text.slice(sentence[0].length))) {
    out.push({ kind: 'sentence', title: sentence[1], titleAt: 0, titleEnd: sentence[1].length, bodyAt: sentence[0].length });
  }
  return out;
}

/**
 * The lead-in kinds a bulletin uses item after item: of its items with no title line of their
 * own, at least two, and at least three in five, open with that kind. One item that happens to
 * start `Earnings: Meta, Visa` in a list of plain lines has no lead-in.
 * @example
 * leadInStyle(['Stocks: The S&P 500 rose 1% on the day.', 'Oil: Brent fell 2% as supply grew.']).has('colon') //=> true
 */
export function leadInStyle(heads: string[]): Set<LeadInKind> {
  const counts = new Map<LeadInKind, number>();
  for (const head of heads) {
    for (const kind of new Set(candidates(head).map((c) => c.kind))) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const style = new Set<LeadInKind>(MARKED);
  for (const [kind, n] of counts) if (n >= 2 && n >= 0.6 * heads.length) style.add(kind);
  return style;
}

/** The lead-in `text` opens with, among the kinds of `style`, or null. */
export function leadInOf(text: string, style: ReadonlySet<LeadInKind>): LeadIn | null {
  return candidates(text).find((c) => style.has(c.kind)) ?? null;
}

// The title starts with no space, so the spaces after a `#` are read one way only.
const LINK_HEADING = /^(?:#{1,6}\s+)?\[\s*(?:#{1,6}\s+)?(?:\*\*)?([^\]\s][^\]]{1,199}?)(?:\*\*)?\]\((\S+?)\)\s*$/;
// Bounded: read only through matchAtEnd and stripEnd.
const READ_TIME = /\s*\(\d+\s*(?:-\s*)?(?:minutes?|mins?)\s*(?:read|watch|listen)\)\s*$/i;

/**
 * A heading that is a link (`### [Title (3 minute read)](url)`, `[### Title](url)`): the title
 * without the link markup and read time, where it starts in the line, and the URL.
 * @example
 * linkTitle('### [Nvidia tops $3 trillion (2 minute read)](https://x.test/a)')
 * //=> { title: 'Nvidia tops $3 trillion', titleAt: 5, url: 'https://x.test/a' }
 */
export function linkTitle(line: string): { title: string; titleAt: number; url: string } | null {
  const m = LINK_HEADING.exec(line);
  if (!m || !/^(?:https?:\/\/|www\.|\/)/i.test(m[2])) return null;
  const title = stripEnd(m[1], READ_TIME).trim();
  return title ? { title, titleAt: line.indexOf(m[1]), url: m[2] } : null;
}

/**
 * Where the title a reader names stands in `title`: without the Markdown emphasis around it and a
 * trailing read time. Only the ends are cut, so the title stays a slice of the line.
 * @example
 * titleRange('**Big news** (3 minute read)') //=> [2, 10]
 */
export function titleRange(title: string): [number, number] {
  let start = 0;
  let end = title.length;
  for (;;) {
    const inner = title.slice(start, end);
    const lead = /^(?:\s+|\*\*|__)/.exec(inner);
    const tail = trailingMarkLength(inner);
    if (!lead && !tail) return [start, end];
    if (lead) start += lead[0].length;
    if (tail && end - tail >= start) end -= tail;
    if (start >= end) return [start, start];
  }
}

/** How long the white space, emphasis mark or read time ending `text` is (0 when none). */
function trailingMarkLength(text: string): number {
  const spaces = text.length - text.trimEnd().length;
  if (spaces) return spaces;
  if (text.endsWith('**') || text.endsWith('__')) return 2;
  const time = matchAtEnd(text, READ_TIME);
  return time ? text.length - time.index : 0;
}
