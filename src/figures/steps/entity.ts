/**
 * Attachment step 2, entity: whose figure it is. Chinese: the subject in force in the figure's
 * clause. English: the name nearest before it in its clause (a possessive owner first, the name it
 * owns when one follows), a place only as the owner of last resort; a deal's value belongs to its
 * target and an investment to the company funded. Pure.
 */
import type { ItemContext, FigureSite, SentenceAnalysis } from '../analysis.js';
import type { Mention } from '../attach.js';
import { firstAfter, lastEndingBy } from '../positions.js';
import { DESCRIPTORS as DESCRIPTOR_CUES } from '../rules/en/entities.js';
import { cueAlternation } from '../rules/index.js';

/** What stands between an owner and the name it owns: `ByteDance's TikTok`, `PDD Holdings' Temu`. */
export const OWNER_TO_OWNED = /^(?:\s+(?:Limited|Ltd|Inc|Corp|Corporation|Co|plc|LLC|Group|Holdings?)\.?)?['’]s?\s+$/;
/** Nouns that describe a company (`the Korean retailer`, `Kim Kardashian's shapewear brand`). */
const DESCRIPTORS = cueAlternation(DESCRIPTOR_CUES);
/** `It`, `Their`, `The grocer`, `The shopping app`: an opening that points back to the item's subject. */
const OPENS_WITH_PRONOUN = new RegExp(`^[\\s"“]*(?:It|Its|They|Their|The (?:[a-z][\\w-]* )?(?:${DESCRIPTORS})(?:['’]s)?)\\s`);
// Bounded: reads at most the 60 characters before the figure.
const DESCRIBED_OWNER = new RegExp(`\\b(?:${DESCRIPTORS}|planemaker|giant|owner|parent)['’]s\\s`);
const OF_THE = /^\s*of\s+(?:all\s+)?$/i;
/** Where the first word at or after `from` starts. */
const firstWordAt = (text: string, from: number) => {
  const at = text.slice(from).search(/[^\s,;:]/);
  return at < 0 ? -1 : from + at;
};
// Bounded: reads 40 characters after a possessive name.
const OWNER_DESCRIBES = new RegExp(`^\\s*['’]s?\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${DESCRIPTORS}|label|unit|subsidiary)\\b`);
const DEAL_VERB = /\b(?:pay|pays|paid|paying|buy|buys|bought|buying|acquire[sd]?|acquiring|offer(?:ed|s)?|bid|agreed)\b/i;
const FUNDING_VERB = /\b(?:invest(?:s|ed|ing)?|back(?:s|ed)?|fund(?:s|ed)?|inject(?:s|ed)?|put(?:s|ting)?)\b/i;

/** Measures of a place's economy or market, never of one company in it (`U.S. online spending`, `Japan industrial output`). */
const PLACE_METRICS = new Set(['online_sales', 'online_retail_sales', 'physical_online_retail_sales', 'retail_sales', 'cpi', 'consumer_prices', 'ppi', 'industrial_output', 'private_payrolls', 'nonfarm_payrolls', 'import_export_volume', 'exports', 'imports', 'cross_border_ecommerce_trade']);

/** `North America revenue`: a place right before a metric names a region, not an owner; `U.S. online spending` is the place's own. */
function isRegion(place: Mention, a: SentenceAnalysis, range: [number, number] | null): boolean {
  const metric = firstAfter(a.metrics, place.end, range);
  return /^\s*$/.test(a.folded.slice(place.end, metric?.start ?? place.end + 2)) && !(metric && PLACE_METRICS.has(metric.value));
}

/** The owner, and for an amount paid for or invested in a named company, that company and the metric it makes. */
export function entityOf(site: FigureSite, a: SentenceAnalysis, context: ItemContext): { entity: string | null; metric?: string } {
  if (a.chinese) return { entity: a.chineseSubjects[site.clauseIndex] ?? context.entity };
  const { figure: f, clause, recent } = site;
  const { entities, places, folded, lastPossessive } = a;
  // A name in the figure's own clause beats one further back (`…, even as iPhone sales rose 6%`).
  const last = lastEndingBy(entities, f.start);
  const lastName = entities[last];
  const owner = last >= 0 ? entities[lastPossessive[last]] : undefined;
  // `PDD Holdings' Temu generated…`: the name right after a possessive is the one that acts.
  const owned = owner && lastName && lastName.start > owner.end && OWNER_TO_OWNED.test(folded.slice(owner.end, lastName.start)) ? lastName : undefined;
  const possessive = owned ?? owner;
  const inClause = (e: Mention | undefined) => (e && e.start >= clause[0] ? e : undefined);
  const following = firstAfter(entities, f.end, clause);
  const place = inClause(places[lastEndingBy(places, f.start)]);
  // `North America revenue fell 13%`: a place right before a metric is a region of the company in the story.
  const region = place && isRegion(place, a, clause) ? place : undefined;
  let entity = (inClause(possessive) ?? inClause(lastName) ?? possessive ?? lastName ?? (region && context.entity ? undefined : place) ?? following)?.value ?? context.entity;
  // `U.S. online spending … totaled $9.1 billion, up 7%`, `…; Japan June industrial output falls 3.6%`:
  // a place that opens the sentence or the figure's clause, with no name after it, is the subject.
  const clauseOpensAnew = clause[0] > 0 && /[;；:：]/.test(folded[clause[0] - 1]);
  const sentenceStart = firstWordAt(folded, 0);
  const clauseStart = clauseOpensAnew ? firstWordAt(folded, clause[0]) : -1;
  const opening = places.find((p) => (p.start === sentenceStart || p.start === clauseStart) && p.end <= f.start);
  const nameBetween = opening && lastName && lastName.start > opening.end;
  // `North America revenue fell 13%` after a story on Nike stays Nike's (a region, as above).
  const openingRegion = opening && context.entity !== null && isRegion(opening, a, null);
  // `47% of U.S. shoppers`: a part of a place's people is that place's (`3% of the U.S. luxury market` is not).
  const ofPlace = f.kind === 'percent' ? places[lastEndingBy(places, f.end + 24)] : undefined;
  if (ofPlace && ofPlace.start > f.end && OF_THE.test(folded.slice(f.end, ofPlace.start))) entity = ofPlace.value;
  else if (opening && !nameBetween && !openingRegion && !inClause(possessive)) entity = opening.value;
  // `Its shares slipped 3.1%`, `It employs 61,000 people in Europe`: a sentence that opens with a
  // pronoun is about the item's subject, unless a name before the figure owns it.
  else if (OPENS_WITH_PRONOUN.test(folded) && !possessive) entity = context.entity ?? entity;
  // `the Korean retailer's 2023 revenue`, `planemaker's Q2 loss`: a description after the last name
  // points back to the sentence's subject.
  else if (DESCRIBED_OWNER.test(folded.slice(Math.max(lastName?.end ?? 0, clause[0], f.start - 60), f.start))) entity = entities[0]?.value ?? context.entity ?? entity;
  // `Kim Kardashian's shapewear brand raised…` in an item on Skims: an owner's described company is the item's.
  else if (context.entity !== null && owner && owner.value !== context.entity && OWNER_DESCRIBES.test(folded.slice(owner.end, owner.end + 40))) entity = context.entity;
  // `will pay $500 million for UK luxury platform Farfetch`, `invest up to $100m in MoMo`: the
  // amount belongs to the company it buys or funds.
  if (f.kind === 'money') {
    const target = firstAfter(entities, f.end, clause);
    const toward = folded.slice(f.end, target?.start ?? f.end);
    if (target && /^\s*for\b/i.test(toward) && DEAL_VERB.test(recent)) return { entity: target.value, metric: 'deal_value' };
    if (target && /^\s*(?:in|into)\b/i.test(toward) && FUNDING_VERB.test(recent)) return { entity: target.value, metric: 'funding' };
  }
  return { entity };
}
