/**
 * Attachment steps after the period: the basis a change is measured against, the whole a share is
 * of, and whether the figure is an expectation rather than a result. Pure.
 */
import type { Basis } from '../../model.js';
import type { FigureSite, SentenceAnalysis } from '../analysis.js';
import { before, firstAfter } from '../positions.js';
import { BASIS_SCAN, FORECAST_AFTER_SCAN, FORECAST_BEFORE_SCAN, matchName } from '../rules/index.js';

/** The comparison a change states (`year-on-year`, `环比`); `环比` on a month's figure is month-on-month. */
export function basisOf(site: FigureSite, a: SentenceAnalysis, period: string | null): Basis | null {
  if (site.figure.direction === null) return null;
  const found = matchName(BASIS_SCAN, a.folded.slice(site.clause[0], site.clause[1]) + site.after);
  if (!found) return null;
  // `环比` compares with the period before, whose length the period says: a month's is month-on-month.
  if (found.name === 'qoq' && /环比/.test(found.match[0]) && period && /^\d{4}-\d{2}$/.test(period)) return 'mom';
  return found.name;
}

/** `20% of its revenue`, `占社会消费品零售总额的比重为26.8%`: the whole a share is of. */
export function wholeOf(site: FigureSite, a: SentenceAnalysis, metric: string | null): string | null {
  if (metric !== 'share') return null;
  const { figure: f, clause } = site;
  return (firstAfter(a.metrics, f.end, clause) ?? (a.chinese ? before(a.metrics, f.start, clause) : null))?.value ?? null;
}

/** Guidance, targets, estimates: a cue in the clause before the figure or right after it. */
export function isForecast(site: FigureSite): boolean {
  return FORECAST_BEFORE_SCAN.re.test(site.recent) || FORECAST_AFTER_SCAN.re.test(site.after);
}
