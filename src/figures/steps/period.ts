/**
 * Attachment step 3, period: when. The period nearest the figure in its clause, else the last one
 * before it in the sentence, else the item's (not for a sentence about now or a present state); a
 * level stated for a year back (`去年同期净亏损24.8亿元`, `$391 million a year earlier`) moves back a
 * year, a baseline after a compared period (`较去年12月时的`) is of that period. Pure.
 */
import type { Direction } from '../../model.js';
import type { FigureSite, ItemContext, SentenceAnalysis } from '../analysis.js';
import { before, firstAfter, nearest } from '../positions.js';
import { withoutQualifier } from '../raw.js';
import { isOneDay } from '../rules/calendar.js';

/** A level stated for the same period a year back (`去年同期净亏损24.8亿元`). */
const YEAR_EARLIER = /去年同期|上年同期|a year (?:earlier|ago|before)|the same (?:period|quarter) (?:of |a year |last year)/i;
/** The same, right after the level (`against a loss of $391 million a year earlier`). */
const YEAR_EARLIER_AFTER = /^\s*(?:a year (?:earlier|ago|before)|in the (?:same|year-earlier|year-ago) (?:period|quarter))\b/i;
// Bounded: what stands between a figure and a period in one clause.
const BASELINE_BETWEEN = /\b(?:from|versus|vs\.?|compared (?:with|to))\s+\S*\d|[较由从]\S*\d/i;
/**
 * `that day`, `同日`; the first day or hours after it (`上线首日`, `开放后24小时内`); a trading
 * session's close (`收跌0.4%`, `全天成交额`): the day an earlier sentence of the item named.
 */
const THAT_DAY = /\b(?:that|the same) day\b|\b(?:on )?(?:its|the) first day\b|\bwithin 24 hours\b|当天|当日|同日|首日|24小时内|收跌|收涨|收盘|收报|全天成交/i;
// Bounded: reads at most the 160 characters before a figure.
const FULL_YEAR = /\bfull[- ]year\b|全年/i;
/**
 * A state in the present (`has more than 31 million users`, `operates roughly 8,500 locations`,
 * `has crossed $1 billion`): with no period of its own the sentence speaks of now.
 */
// Bounded: `recent` is at most 80 characters.
const PRESENT_VERBS = 'has|have|runs|operates|employs|owns|serves|works with|counts|boasts|accounts? for|makes? up';
// The verb alone, tested first: most figures have none before them.
const PRESENT_VERB = new RegExp(`\\b(?:${PRESENT_VERBS})\\b`, 'i');
const PRESENT_STATE = new RegExp(`\\b(?:${PRESENT_VERBS})\\s+(?:[\\w-]+\\s+){0,2}$`, 'i');

export function periodOf(site: FigureSite, a: SentenceAnalysis, context: ItemContext, direction: Direction | null): string | null {
  const { figure: f, clause } = site;
  const { periods, folded } = a;
  // `较去年12月时的360亿元估值`: a level right after a compared period is of that period
  // (`较2020年增长11.86%` is a change, and is not).
  const compared = before(a.comparedPeriods, f.start, clause);
  if (compared && direction === null && f.start - compared.end <= 12 && !/\d/.test(folded.slice(compared.end, f.start))) return compared.value;
  // `lifting its valuation to $4 billion from $3.2 billion in early 2022`: a period after a
  // baseline is the baseline's.
  const nearestInClause = nearest(periods, f.start, f.end, clause);
  const afterBaseline = nearestInClause !== null && nearestInClause.start >= f.end && BASELINE_BETWEEN.test(folded.slice(f.end, nearestInClause.start));
  const inClausePeriod = afterBaseline ? before(periods, f.start, clause) : nearestInClause;
  // A present state takes only a period stated before it in its clause (`As of June it has…`).
  if (PRESENT_VERB.test(site.recent) && PRESENT_STATE.test(withoutQualifier(site.recent))) return before(periods, f.start, clause)?.value ?? null;
  // A period later in the sentence but outside the figure's clause belongs to another figure
  // (`US$10 billion…, up from $5.5 billion last year`).
  // A sentence about now (`The app now has 167 million users`) does not take the item's period.
  // `ranked 3rd … that day`: the day an earlier sentence of the item named.
  const thatDay = !inClausePeriod && context.day !== null && THAT_DAY.test(folded) ? context.day : null;
  // `spent $10.8 billion on Black Friday, Nov. 29, 2024`: a date set off by a comma right after
  // the clause names when the clause happened.
  const next = firstAfter(periods, clause[1], null);
  const appositive = next && /^[,，]\s*$/.test(folded.slice(clause[1], next.start)) && isOneDay(next.value) ? next : null;
  let period = (inClausePeriod ?? before(periods, f.start, null) ?? appositive)?.value ?? thatDay ?? (a.aboutNow ? null : context.period);
  // `Full-year outlook`, `全年目标`: the whole year of the quarter the story is in.
  if (period !== null && !inClausePeriod && FULL_YEAR.test(folded.slice(Math.max(0, f.start - 160), f.start))) period = period.replace(/^(FY)?(\d{4})-(?:Q|H)\d$/, '$1$2');
  // Only a level that no move reached is the year-back one (`由去年同期的48%升至53%`: 48%, not 53%).
  const yearBack = direction === null && period !== null && (YEAR_EARLIER_AFTER.test(site.after) || (!inClausePeriod && YEAR_EARLIER.test(folded.slice(clause[0], f.start))));
  if (yearBack) period = period!.replace(/\d{4}/g, (y) => String(Number(y) - 1));
  return period;
}
