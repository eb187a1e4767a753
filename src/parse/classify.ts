/**
 * What a single line looks like, before context decides what it is. Works on folded text
 * (full-width digits and brackets as ASCII), so `（１）` and `(1)` read alike.
 */
import { matchAtEnd, stripEnd } from './lines.js';

/** A numbered item marker at the start of a line. */
export interface MarkerMatch {
  /** The marker as printed (from the original text). */
  marker: string;
  /** The printed number, when the marker has one. */
  number: number | null;
  /** Offset in the line where the title starts. */
  textStart: number;
  /** Offset in the line where the marker starts. */
  markerStart: number;
  /** `2.8 departments`: the marker is only a marker if 2 is the number expected next. */
  glued: boolean;
}

const CIRCLED = /^(\s*)([\u2460-\u2473])\s*(?=\S)/;
const NUMBER_NO = /^(\s*)((?:NO|No)\.?\s?(\d{1,5})[.:、]?)\s*(?=\S)/;
const PAREN_NUMBER = /^(\s*)(\((\d{1,5})\))\s*(?=\S)/;
// After `.` a digit makes a decimal (`2.8 departments`); after `、` `)` `/` it is the item's own text
// (`2、2023年全国…`).
const NUMBER_DOT = /^(\s*)((\d{1,5})\s?(?:\.(?!\d)|[、)丨|｜]|\/(?=\s)))\s*(?=\S)/;
const NUMBER_GLUED = /^(\s*)((\d{1,5})\.)(?=\d)/;

/**
 * Recognise `1.` `1、` `1)` `(1)` `①` `NO.1` `1丨` at the start of a (folded) line.
 * @example
 * matchMarker('2、 Title', '2、 Title')?.number //=> 2
 */
export function matchMarker(folded: string, original: string): MarkerMatch | null {
  let m = CIRCLED.exec(folded);
  if (m) {
    return {
      marker: original.substr(m[1].length, m[2].length),
      number: m[2].charCodeAt(0) - 0x2460 + 1,
      textStart: m[0].length,
      markerStart: m[1].length,
      glued: false,
    };
  }
  for (const re of [NUMBER_NO, PAREN_NUMBER, NUMBER_DOT]) {
    m = re.exec(folded);
    if (m) {
      return {
        marker: original.substr(m[1].length, m[2].length).trimEnd(),
        number: Number(m[3]),
        textStart: m[0].length,
        markerStart: m[1].length,
        glued: false,
      };
    }
  }
  m = NUMBER_GLUED.exec(folded);
  if (m) {
    return {
      marker: original.substr(m[1].length, m[2].length),
      number: Number(m[3]),
      textStart: m[0].length,
      markerStart: m[1].length,
      glued: true,
    };
  }
  return null;
}

/** A bullet (`-` `•` `·` `■` `*` …) or a leading emoji at the start of a line. */
export interface BulletMatch {
  marker: string;
  indent: number;
  textStart: number;
  emoji: boolean;
}

const BULLET = /^(\s*)([-•·■*▪●◆►▶◼□○◇◦‣–])\s+(?=\S)/;
const EMOJI = /^(\s*)(\p{Extended_Pictographic}(?:[\uFE0F\u200D\u20E3]|\p{Extended_Pictographic}|\p{Emoji_Modifier})*)\s*/u;

export function matchBullet(folded: string): BulletMatch | null {
  const m = BULLET.exec(folded);
  if (m) return { marker: m[2], indent: m[1].length, textStart: m[0].length, emoji: false };
  const e = EMOJI.exec(folded);
  if (e) return { marker: e[2], indent: e[1].length, textStart: e[0].length, emoji: true };
  return null;
}

const BRACKET_SECTION = /^\s*【([^】]{1,30})】\s*$/;
const BAR_SECTION = /^\s*[▍▌▎▋┃]\s*(\S.{0,24})$/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s(.*)$/;
const CHINESE_NUMERAL_SECTION = /^\s*[一二三四五六七八九十]{1,3}\s*[、.:：]\s*(\S.{0,24})$/;
const BOLD_LINE = /^\s*(?:\*\*|__)(.{1,60}?)(?:\*\*|__)\s*(?:[:：]\s*)?$/;

/**
 * A line that is a section header whatever surrounds it: `【国内】`, `## Funding`, `一、国内新闻`,
 * `**Deals**`. Returns the section's name.
 */
export function strongSectionName(text: string): string | null {
  const name =
    BRACKET_SECTION.exec(text)?.[1] ??
    BAR_SECTION.exec(text)?.[1] ??
    headingText(text) ??
    CHINESE_NUMERAL_SECTION.exec(text)?.[1] ??
    BOLD_LINE.exec(text)?.[1];
  return name === undefined ? null : cleanSectionName(name);
}

/** A Markdown heading's text, without the closing `#`s ATX headings may end with. */
function headingText(text: string): string | undefined {
  const m = MARKDOWN_HEADING.exec(text);
  return m ? stripEnd(m[1].trimStart(), /(?:\s+#+)?\s*$/) : undefined;
}

/** Strip emoji, decoration and a trailing colon from a section line. */
export function cleanSectionName(text: string): string {
  const start = text.replace(/^[\s\p{Extended_Pictographic}\uFE0F\u200D|｜▍▌▎▋┃■◆●#*_]+/u, '');
  return stripEnd(stripEnd(start, /[\s\p{Extended_Pictographic}\uFE0F\u200D*_]+$/u), /\s*[:：]$/).trim();
}

/** Width in "Latin characters": a CJK character counts as two. */
export function textWidth(text: string): number {
  // Counted in place: matching the wide characters built an array of them for every line.
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) wide++;
  }
  return text.length + wide;
}

/** A line short enough, and plain enough, to head a section (`E-commerce newsletter`, `国内`). */
export function isSectionCandidate(text: string): boolean {
  const t = text.trim();
  if (!t || textWidth(t) > 48 || t.split(/\s+/).length > 6) return false;
  if (/[.。!！?？;；,，]$/.test(t)) return false;
  if (/^\d/.test(t)) return false;
  return true;
}

/** An ALL-CAPS line (`BIG TECH & STARTUPS`) or a short line ending in a colon (`Funding:`). */
export function isWeakSection(text: string): boolean {
  const t = text.trim();
  if (textWidth(t) > 48) return false;
  if (/[:：]$/.test(t) && t.split(/\s+/).length <= 6) return true;
  const letters = t.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !/\d{3}/.test(t);
}

/**
 * A line that reads as running text: it ends a sentence, or is too long to be a title. A trailing
 * parenthesis (a source, `(2 minute read)`) is looked through.
 */
export function isParagraph(text: string): boolean {
  const t = text.trim();
  if (textWidth(t) > 200) return true;
  // `Coming up...`: a few words trailing off are a title, not a sentence.
  if ((t.endsWith('...') || t.endsWith('…')) && textWidth(t) <= 40 && !/[.。!！?？]\s/.test(t)) return false;
  const core = stripEnd(t, /\s*[(（][^()（）]*[)）]\s*[.。]?\s*$/);
  if (!core) return false;
  if (core !== t && /[.。!！?？…”"']$/.test(core)) return true;
  return /[.。!！?？…;；]["”'’]?$/.test(core) || (textWidth(core) > 160);
}

const SEPARATOR = /^\s*(?:[-=*_~—–·.•]\s*){3,}$/;
// `—— 完 ——`: the word between the rules starts with no rule mark, so the first rule is read one way only.
const END_MARK = /^\s*[-=*_~—–·]{2,}\s*[^\s\-=*_~—–·]\S{0,11}\s*[-=*_~—–·]{2,}\s*$/;

export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

const FOOTER = new RegExp(
  [
    '\\b(?:un)?subscribe\\b',
    '\\bcompiled by\\b',
    '\\b(?:editing|reporting|additional reporting) by\\b',
    "^\\s*that['’]s (?:it|all) for\\b",
    '\\bopinions expressed\\b',
    '\\bedited by\\b',
    '\\bwritten by\\b',
    '\\bthanks for reading\\b',
    '\\bforward (?:this|it)\\b',
    '\\bsign up\\b',
    '\\badvertise\\b',
    '\\bmanage your\\b',
    '\\bview (?:this|it)? ?in (?:your )?browser\\b',
    '\\ball rights reserved\\b',
    '\\bcopyright\\b',
    '©',
    '^\\s*(?:编辑|责任编辑|本期编辑|整理|校对|审核|主编)\\s*[:：]',
    '以上(?:就是|为)',
    '(?:早报|晚报|日报|简报)(?:到此|就到这)',
    '[（(]完[)）]',
    '点击.{0,12}(?:关注|订阅|阅读原文)',
    '欢迎.{0,6}(?:关注|订阅|转发)',
  ].join('|'),
  'i',
);

/** A closing line of a newsletter: subscribe lines, `Compiled by …`, `— END —`, `（完）`, `编辑：…`. */
export function isFooterLine(text: string): boolean {
  return FOOTER.test(text) || END_MARK.test(text);
}

const SOURCE_LINE = /^\s*(?:[(（]\s*)?(?:Sources?|来源|消息来源|资料来源|Via)\s*[:：](.*)$/i;
// Bounded: anchored, an outlet of at most 60 characters before the trailing spaces.
const DASH_SOURCE_LINE = /^\s*(?:—{1,2}|―|--)\s*([^\s—].{0,59}?)\s*$/;

const LINK_SOURCE_LINE = /^\[[^\]]+?\s\/\s([^\]/]{2,40})\]\((?:https?:\/\/|www\.)\S+\)$/;

/**
 * `Source: Reuters` / `来源：界面新闻` / `— KrASIA` / `[Apple ships X / Reuters](https://…)` on a
 * line of its own: the outlet.
 */
export function sourceLine(text: string): string | null {
  const m = SOURCE_LINE.exec(text);
  const outlet = m ? stripEnd(m[1], /\s*[)）]?\s*$/).trimStart() : '';
  if (outlet) return cleanSource(outlet);
  const link = LINK_SOURCE_LINE.exec(text);
  if (link && looksLikeSource(link[1])) return cleanSource(link[1]);
  const d = DASH_SOURCE_LINE.exec(text);
  return d && looksLikeSource(d[1]) && !/[.。!！?？,，;；]/.test(d[1].replace(/\b(?:Inc|Corp|Co|Ltd)\.$/, '')) ? d[1] : null;
}

const BYLINE = /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*[,|·]\s*.{0,40})?$|^\s*(?:文|作者|撰文|记者|编译)\s*[/|｜:：]\s*\S.{0,30}$/u;

/** `By Priya Nair`, `文 / 王明`: who wrote the bulletin, part of its header. */
export function isByline(text: string): boolean {
  return textWidth(text) <= 80 && BYLINE.test(text);
}

/**
 * A row of a market-data table (`Nasdaq   15,003.22   +0.8%`): columns set apart by runs of
 * spaces or tabs, most of them numbers. Data, not a section or an item.
 */
export function isTableRow(text: string): boolean {
  const cells = text.trim().split(/\t+|\s{2,}/);
  if (cells.length < 3) return false;
  const numeric = cells.filter((c) => /^[-+−]?[$€£¥]?\d[\d,.]*\s?[%kKmMbB]?$/.test(c)).length;
  return numeric >= 2 && numeric >= cells.length - 1;
}

const CAPTION = /^\s*(?:[(（\[]\s*)?(?:photo|image|picture|illustration|graphic|chart|credit|pictured|图片?(?:来源)?|配图|图源|摄影?)\s*(?:credit\s*)?[:：|]/i;

/** An image caption or credit (`Photo: Reuters`, `图片来源：视觉中国`): belongs to where it sits. */
export function isCaption(text: string): boolean {
  return textWidth(text) <= 160 && CAPTION.test(text);
}

// Bounded: tried only on text of at most 60 columns (looksLikeSource).
const NOT_A_SOURCE = [
  /\d+\s*(?:-\s*)?(?:minutes?|mins?|seconds?|hours?)\s*(?:read|watch|listen|video)?$/i,
  /^(?:sponsor(?:ed)?|ad|advert(?:isement)?|partner|promoted|github repo|website|video|podcast|paywall|pdf|thread|opinion|update[d]?|live|photos?|translated|in chinese|in english)$/i,
  /^[\d\s.,%$¥€£+\-–/:]+$/,
  /[%％]/,
  /^(?:the )?(?:former|formerly|now|i\.e\.|e\.g\.|aka|see|via below)\b/i,
];

/**
 * Is the text inside a trailing parenthesis a source (`E-commerce News`, `36氪、21世纪经济报道`)
 * rather than an aside (`2 minute read`, `Sponsor`, `up 5%`)?
 */
export function looksLikeSource(inner: string): boolean {
  const t = inner.trim();
  if (!t || textWidth(t) > 60) return false;
  if (t.split(/\s+/).length > 8) return false;
  if (/[.。!！?？;；]$/.test(t) && !/\b(?:Inc|Corp|Co|Ltd)\.$/.test(t)) return false;
  return !NOT_A_SOURCE.some((re) => re.test(t));
}

// Bounded: the trailing-source patterns are read only through matchAtEnd, its last 256 characters.
const TRAILING_SOURCE = /\s*[(（]\s*((?:Sources?|来源|消息来源|Via)\s*[:：]\s*)?([^()（）]+?)\s*[)）]\s*[.。]?\s*$/i;
// What an outlet's name carries that is not its name: `(Caixin, in Chinese)`, a paywall mark `(FT $)`.
// Bounded: read only through stripEnd.
const SOURCE_ANNOTATION = /(?:\s*[,，;；]\s*(?:in (?:Chinese|English|Japanese|Korean|German|French|Spanish)|paywall(?:ed)?|subscription(?: required)?|video|podcast|audio|\$)|\s+\$|\s*🔒)+$/i;

/** An outlet's name without its annotations. */
export function cleanSource(source: string): string {
  return stripEnd(source, SOURCE_ANNOTATION).trim();
}
// `…rose 5%. — Reuters`: an outlet after a finished sentence and a dash.
// Bounded: read only through matchAtEnd.
const TRAILING_DASH_SOURCE = /(?<=[.。!?！？"”])\s*(—{1,2}|――)\s*(\p{Lu}[^.。!?！？—]{1,40}?|\p{Script=Han}[^.。!?！？—]{1,20}?)\s*$/u;
// Bounded: read only through matchAtEnd.
const TRAILING_SOURCE_LABEL = /(?:^|\s|[。.])(?:——\s*)?((?:Source|来源)\s*[:：]\s*)([^:：。.]{1,40}?)\s*[.。]?\s*$/i;

/** A source at the end of an item's last line, and where the attribution begins in that line. */
export function trailingSource(text: string): { source: string; at: number; sourceAt: number } | null {
  const m = matchAtEnd(text, TRAILING_SOURCE);
  if (m && (m[1] || looksLikeSource(cleanSource(m[2])))) {
    const sourceAt = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1] ?? '') + (m[1]?.length ?? 0));
    return { source: cleanSource(m[2]), at: m.index, sourceAt };
  }
  const dash = matchAtEnd(text, TRAILING_DASH_SOURCE);
  if (dash && looksLikeSource(dash[2])) {
    return { source: cleanSource(dash[2]), at: dash.index, sourceAt: dash.index + dash[0].indexOf(dash[2], dash[0].indexOf(dash[1]) + dash[1].length) };
  }
  const l = matchAtEnd(text, TRAILING_SOURCE_LABEL);
  if (l) {
    const labelAt = l.index + l[0].indexOf(l[1]);
    const at = stripEnd(text.slice(0, labelAt), /\s*(?:——)?\s*$/).length;
    return { source: l[2].trim(), at, sourceAt: labelAt + l[1].length };
  }
  return null;
}
