import { comingYear, dayOf, MONTH_NAMES, NOT_A_YEAR_AFTER, ORDINAL, pad, recentYear, RELATIVE_SHIFT, relativeMonth, relativeSpan, twelveMonthsTo, weekday } from '../calendar.js';
import { forecastBefore } from './words.js';
import type { PeriodRule } from '../rule.js';

const YEAR = '(?:19|20)\\d{2}';
// Bounded: reads the 60 characters before a period.
const FORECAST_CUE = new RegExp(forecastBefore.map((r) => r.pattern).join('|'), 'i');
/** Guidance or an estimate speaks of the quarter under way or the next, not the last one reported. */
const aheadOf = (c: { sentence: string; index: number }) => FORECAST_CUE.test(c.sentence.slice(Math.max(0, c.index - 60), c.index));

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** English period expressions, in the order they are tried at one place. */
export const PERIODS: PeriodRule[] = [
  {
    name: 'fiscalQuarter',
    pattern: `\\b(?:(?:the\\s)?(?<fqn>first|second|third|fourth)[- ]quarter of fiscal (?:year )?(?<fqy>${YEAR})|fiscal (?:year )?Q(?<fq2>[1-4])\\s?(?<fqy2>${YEAR})|fiscal Q(?<fq3>[1-4]) of (?<fqy3>${YEAR})|Q(?<fq5>[1-4]) of fiscal (?:year )?(?<fqy5>${YEAR})|FY\\s?(?<fqy4>${YEAR}|\\d{2})\\s?Q(?<fq4>[1-4]))\\b`,
    read: (g) => {
      const q = g.fqn ? ORDINAL[g.fqn.toLowerCase()] : Number(g.fq2 ?? g.fq3 ?? g.fq4 ?? g.fq5);
      const y = g.fqy ?? g.fqy2 ?? g.fqy3 ?? g.fqy4 ?? g.fqy5!;
      return `FY${y.length === 2 ? `20${y}` : y}-Q${q}`;
    },
    examples: [
      ['comparable sales fell 4.4% in the fourth quarter of fiscal 2023', '2024-03-06', 'FY2023-Q4'],
      ['Fiscal Q4 2025 (January–March): revenue $1.2bn', '2025-05-16', 'FY2025-Q4'],
      ['Q1 of fiscal 2026 (quarter ended April 30): revenue $165.6bn', '2025-05-16', 'FY2026-Q1'],
    ],
  },
  {
    name: 'fiscal',
    pattern: `\\b(?:fiscal(?: year)?|FY)\\s?(?<fy>${YEAR}|\\d{2})\\b`,
    read: (g) => `FY${g.fy!.length === 2 ? `20${g.fy}` : g.fy}`,
    examples: [['guided to fiscal 2024 EPS of $8.60', '2024-03-06', 'FY2024'], ['FY2026 outlook', null, 'FY2026']],
  },
  {
    name: 'quarterYear',
    pattern: `\\bQ(?<q1>[1-4])\\s?(?:of\\s)?(?<qy1>${YEAR})\\b|\\b(?<qy2>${YEAR})\\s?Q(?<q2>[1-4])\\b`,
    read: (g) => `${g.qy1 ?? g.qy2}-Q${g.q1 ?? g.q2}`,
    examples: [['revenue in Q3 2024 rose', null, '2024-Q3']],
  },
  {
    name: 'quarterWords',
    pattern: `\\b(?:the\\s)?(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\\s(?:of\\s)?(?<qwy>${YEAR}))?|\\bQ(?<qb>[1-4])\\b(?!\\s?(?:of\\s)?${YEAR})`,
    read: (g, c) => {
      const q = g.qn ? ORDINAL[g.qn.toLowerCase()] : Number(g.qb);
      const y = g.qwy ? Number(g.qwy) : aheadOf(c) ? comingYear(q * 3 - 2, c.bulletinDate, c.yearHint) : recentYear(q * 3, c.bulletinDate, c.yearHint);
      return y ? `${y}-Q${q}` : null;
    },
    examples: [
      ['in the second quarter', '2024-08-19', '2024-Q2'],
      ['fourth-quarter results', '2024-03-06', '2023-Q4'],
      ['Shopee ranked first in Q4', '2024-02-20', '2023-Q4'],
      ['guided to third-quarter revenue of $6.4 billion', '2024-07-31', '2024-Q3'],
      ['analysts expect first-quarter sales of $2 billion', '2024-11-15', '2025-Q1'],
    ],
  },
  {
    name: 'half',
    pattern: `\\b(?:the\\s)?(?<hn>first|second)[- ]half(?:\\s(?:of\\s)?(?<hwy>${YEAR}))?|\\bH(?<h2>[12])\\s?(?<h2y>${YEAR})?\\b`,
    read: (g, c) => {
      const h = g.hn ? (g.hn.toLowerCase() === 'first' ? 1 : 2) : Number(g.h2);
      const explicit = g.hwy ?? g.h2y;
      const y = explicit ? Number(explicit) : recentYear(h * 6, c.bulletinDate, c.yearHint);
      return y ? `${y}-H${h}` : null;
    },
    examples: [['in the first half of 2024', null, '2024-H1'], ['H2 sales', '2024-03-01', '2023-H2']],
  },
  {
    name: 'wholeYear',
    pattern: `\\bfrom January to December (?<fty>${YEAR})`,
    read: (g) => g.fty!,
    examples: [['from January to December 2021', null, '2021']],
  },
  {
    name: 'monthRangeQuarter',
    pattern: `\\b(?:the\\s)?(?<rq1>${MONTH})\\s?[–—-]\\s?(?<rq2>${MONTH}) (?:quarter|period)(?:\\s(?:of\\s)?(?<rqy>${YEAR}))?`,
    // `the April–June quarter`: a calendar quarter when the months make one, else the months.
    read: (g, c) => {
      const [m1, m2] = [g.rq1!, g.rq2!].map((m) => MONTH_NAMES.indexOf(m.toLowerCase()) + 1);
      const y = g.rqy ? Number(g.rqy) : recentYear(m2, c.bulletinDate, c.yearHint);
      if (!y) return null;
      // `the December–February quarter` starts the year before it ends.
      if (m1 > m2) return `${y - 1}-${pad(m1)}/${y}-${pad(m2)}`;
      return m2 - m1 === 2 && m2 % 3 === 0 ? `${y}-Q${m2 / 3}` : `${y}-${pad(m1)}/${y}-${pad(m2)}`;
    },
    examples: [['revenue for the April–June quarter', '2024-08-19', '2024-Q2'], ['the July–September quarter of 2024', null, '2024-Q3'], ['sales in the December–February quarter', '2024-03-06', '2023-12/2024-02']],
  },
  {
    name: 'monthDay',
    // Not an amount after a month's name (`Nov 29.5`, `May 5,000 units`); a comma or a full stop after the date is.
    pattern: `\\b(?<dm>${MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d|\\d|%|\\s?(?:million|billion|percent))(?:,?\\s(?<dy>${YEAR})\\b)?`,
    read: (g, c) => {
      const month = MONTH_NAMES.findIndex((m) => m.startsWith(g.dm!.toLowerCase().slice(0, 3))) + 1;
      return dayOf(g.dy ? Number(g.dy) : null, month, Number(g.dd), c.bulletinDate);
    },
    examples: [['on Black Friday, Nov. 29, 2024', null, '2024-11-29'], ['closed on Jan. 31', '2024-02-20', '2024-01-31'], ['spent $5 billion on November 29, 2024.', null, '2024-11-29'], ['sales on Nov. 29, 2024, tripled', null, '2024-11-29']],
  },
  {
    name: 'trailingTwelveMonths',
    pattern: `\\b(?:twelve|12)[- ]months? (?:ended|ending|to|through) (?<ttm>${MONTH})(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?,?\\s(?<tty>${YEAR})\\b`,
    read: (g) => twelveMonthsTo(Number(g.tty), MONTH_NAMES.indexOf(g.ttm!.toLowerCase()) + 1),
    examples: [['Twelve months ended March 31, 2025: revenue RMB996.3bn', null, '2024-04/2025-03']],
  },
  {
    name: 'weekdayName',
    // `Black Friday`, `Cyber Monday`: a shopping day by name, not the last such weekday.
    pattern: '(?<!\\b(?:Black|Cyber|Good|Super|Giving|Boxing)\\s)\\b(?<wdn>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    // `shares jumped 12% on Tuesday`: the last such day up to the bulletin's.
    read: (g, c) => weekday(c.bulletinDate, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(g.wdn!.toLowerCase()) + 1, false),
    examples: [['Target shares jumped 12% on Tuesday', '2024-03-06', '2024-03-05'], ['later on Wednesday', '2024-07-31', '2024-07-31'], ['sales on Black Friday', '2024-12-03', null]],
  },
  {
    name: 'monthYear',
    pattern: `\\b(?<mm>${MONTH})\\s(?<myy>${YEAR})\\b`,
    read: (g) => `${g.myy}-${pad(MONTH_NAMES.indexOf(g.mm!.toLowerCase()) + 1)}`,
    examples: [['in March 2024', null, '2024-03']],
  },
  {
    name: 'monthQuarter',
    pattern: '\\b(?:the\\s)?(?<mqm>March|June|September|December)(?:-|\\s)quarter\\b',
    // `the December quarter`: the quarter that month ends.
    read: (g, c) => {
      const q = (MONTH_NAMES.indexOf(g.mqm!.toLowerCase()) + 1) / 3;
      const y = recentYear(q * 3, c.bulletinDate, c.yearHint);
      return y ? `${y}-Q${q}` : null;
    },
    examples: [['in the December quarter', '2024-02-20', '2023-Q4']],
  },
  {
    name: 'month',
    pattern: `\\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s\\d|\\s(?:of\\s)?${YEAR})`,
    // `TSMC's December revenue`: the most recent such month — not `since its listing in August`,
    // and not the verb `may` (the scan ignores case; the month is written with a capital).
    read: (g, c) => {
      if (g.mon === 'may') return null;
      // Bounded: 40 characters before the month.
      const lead = /[^,;:.]*$/.exec(c.sentence.slice(Math.max(0, c.index - 40), c.index))![0];
      const month = MONTH_NAMES.indexOf(g.mon!.toLowerCase()) + 1;
      // `last May`, `this June`: counted from the bulletin's date, whatever year the sentence names.
      const relative = /\b(last|this|next)\s+$/i.exec(lead)?.[1].toLowerCase();
      if (relative) return relativeMonth(relative, month, c.bulletinDate);
      const y = /\b(?:since|until|till|by|before|after|from|through)\b/i.test(lead) ? null : recentYear(month, c.bulletinDate, c.yearHint);
      return y ? `${y}-${pad(month)}` : null;
    },
    examples: [["TSMC's December revenue jumped", '2025-01-15', '2024-12'], ['since its listing in August', '2025-01-15', null], ['passed 20 million daily orders in May', '2025-05-16', '2025-05'], ['prices may rise', '2025-05-16', null], ['valued at $66 billion last May, down from a peak in 2022', '2024-03-05', '2023-05'], ['a launch planned for next June', '2024-03-05', '2024-06']],
  },
  {
    name: 'thisMorning',
    pattern: '\\b(?<tm>this (?:morning|afternoon|evening))\\b',
    read: (_g, c) => c.bulletinDate,
    examples: [['Brent crude is up 2% this morning', '2024-07-31', '2024-07-31']],
  },
  {
    name: 'relativeSpan',
    // `reports results later this month`: when something is to happen, not a figure's period.
    pattern: '\\b(?<!\\blater )(?<rspan>(?:last|this|next) (?:month|quarter))\\b',
    read: (g, c) => {
      const [which, unit] = g.rspan!.toLowerCase().split(' ');
      return relativeSpan(unit as 'month' | 'quarter', RELATIVE_SHIFT[which], c.bulletinDate);
    },
    examples: [['sales fell 3% last month', '2024-01-15', '2023-12'], ['expects revenue to rise this quarter', '2024-11-08', '2024-Q4'], ['margins should recover next quarter', '2024-11-08', '2025-Q1'], ['reports results later this month', '2024-03-05', null]],
  },
  {
    name: 'relativeYear',
    pattern: '\\b(?<rel>(?:last|this|next) year|this (?:holiday )?season)\\b',
    read: (g, c) => relativeSpan('year', RELATIVE_SHIFT[g.rel!.split(' ')[0].toLowerCase()], c.bulletinDate),
    examples: [['revenue grew 10% last year', '2024-04-09', '2023'], ['revenue grew 10% last year', null, null], ['expect to spend $1,778 this season', '2024-10-10', '2024']],
  },
  {
    name: 'year',
    pattern: `(?<![\\d.\\-/])(?<yy>${YEAR})(?!\\s?财?年|${NOT_A_YEAR_AFTER})`,
    read: (g) => g.yy!,
    examples: [['revenue in 2021 was US$58 billion', null, '2021'], ['营收2024亿元', null, null]],
  },
];
