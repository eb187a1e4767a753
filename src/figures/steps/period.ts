/**
 * Attachment step 3, period: when. The period nearest the figure in its clause, else the last one
 * before it in the sentence, else the item's (not for a sentence about now); a level stated for a
 * year back (`去年同期净亏损24.8亿元`) moves back a year. Pure.
 */
import type { FigureSite, ItemContext, SentenceAnalysis } from '../analysis.js';
import { before, nearest } from '../positions.js';

/** A level stated for the same period a year back (`去年同期净亏损24.8亿元`). */
const YEAR_EARLIER = /去年同期|上年同期|a year (?:earlier|ago|before)|the same (?:period|quarter) (?:of |a year |last year)/i;

export function periodOf(site: FigureSite, a: SentenceAnalysis, context: ItemContext): string | null {
  const { figure: f, clause } = site;
  const { periods, folded } = a;
  const inClausePeriod = nearest(periods, f.start, f.end, clause);
  // A period later in the sentence but outside the figure's clause belongs to another figure
  // (`US$10 billion…, up from $5.5 billion last year`).
  // A sentence about now (`The app now has 167 million users`) does not take the item's period.
  let period = (inClausePeriod ?? before(periods, f.start, null))?.value ?? (a.aboutNow ? null : context.period);
  if (f.direction === null && !inClausePeriod && period !== null && YEAR_EARLIER.test(folded.slice(clause[0], f.start))) {
    period = period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
  }
  return period;
}
