// One module per function: the package root loads all of date-fns (~130 ms at every start).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A month and day found in text, with its year when the text gives one. */
export interface MonthDay {
  year: number | null;
  month: number;
  day: number;
}

const FULL_DATE_PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, pick: (m) => [+m[1], +m[2], +m[3]] },
  { re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, pick: (m) => [+m[1], +m[2], +m[3]] },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], MONTHS[m[1].toLowerCase()], +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], MONTHS[m[2].toLowerCase()], +m[1]],
  },
  { re: /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/, pick: (m) => [+m[1], +m[2], +m[3]] },
];

/** `YYYY-MM-DD` when year, month and day make a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  // Written out rather than with date-fns `format`: its token parser and locale were 80 KB of the
  // bundled CLI, compiled at every start, and 1.4% of a figures run, for one fixed pattern.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first full calendar date in `text` (ISO, `2022年1月20日`, `January 15, 2025`, `15 January 2025`,
 * `20220121`).
 * @example
 * findFullDate('TLDR 2025-06-04')?.iso //=> '2025-06-04'
 */
export function findFullDate(text: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const { re, pick } of FULL_DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = isoDate(...pick(m));
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * Resolve a month-day against the bulletin's date: the latest that falls no more than a week
 * after the bulletin (a January bulletin citing December 30 means last December; one dated
 * January 2 citing June 20 means last June — news is not from the future).
 * @example
 * resolveMonthDay({ year: null, month: 12, day: 30 }, '2022-01-05') //=> '2021-12-30'
 * resolveMonthDay({ year: null, month: 6, day: 20 }, '2025-01-02') //=> '2024-06-20'
 */
export function resolveMonthDay(
  found: MonthDay,
  bulletinDate: string | null,
): string | null {
  if (found.year !== null) return isoDate(found.year, found.month, found.day);
  if (!bulletinDate) return null;
  const anchor = parseISO(bulletinDate);
  const year = anchor.getFullYear();
  for (const y of [year + 1, year, year - 1]) {
    const iso = isoDate(y, found.month, found.day);
    if (iso && differenceInCalendarDays(parseISO(iso), anchor) <= 7) return iso;
  }
  return null;
}

/** Validate a `--date` value: `YYYY-MM-DD` naming a real day. */
export function parseIsoOption(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

const NEWS_DATE_EN = new RegExp(`^(?:(?:[^.,]{0,40}\\s)?on\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?(?=\\s*,|\\s+(?:the|a|an)\\s)`, 'i');
const NEWS_DATE_EN_DAY_FIRST = new RegExp(`^(?:(?:[^.,]{0,40}\\s)?on\\s+)?(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?=\\s*,|\\s+(?:the|a|an)\\s)`, 'i');
const NEWS_DATE_EN_ANYWHERE = new RegExp(`^.{0,60}?\\b${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\s*,`, 'i');
const NEWS_DATE_ZH = /^.{0,12}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*[，,]|(?:晚间|早间|凌晨|上午|下午|晚)?(?:发布|宣布|公布|消息|讯|电|报道|表示|称|披露))/;

/**
 * The date a news item's opening dates itself by: `On January 20, …`, `According to the news on
 * January 21, …`, `1月19日，…`, `商务部1月20日发布…`. A date further in (`a ban on January 19`) is
 * what the news is about, not when it was reported, and is not taken.
 * @example
 * findNewsDate('On January 20th, Amazon said') //=> { year: null, month: 1, day: 20, … }
 */
export function findNewsDate(opening: string): MonthDay | null {
  const en = NEWS_DATE_EN.exec(opening) ?? NEWS_DATE_EN_ANYWHERE.exec(opening);
  if (en) return { year: en[3] ? +en[3] : null, month: MONTHS[en[1].toLowerCase()], day: +en[2] };
  const dayFirst = NEWS_DATE_EN_DAY_FIRST.exec(opening);
  if (dayFirst) return { year: dayFirst[3] ? +dayFirst[3] : null, month: MONTHS[dayFirst[2].toLowerCase()], day: +dayFirst[1] };
  const zh = NEWS_DATE_ZH.exec(opening);
  if (zh) return { year: zh[1] ? +zh[1] : null, month: +zh[2], day: +zh[3] };
  return null;
}
