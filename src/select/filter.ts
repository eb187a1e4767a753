/**
 * Which items and figures the user asked for. Pure predicates; values of one filter given several
 * times match any of them, different filters must all match.
 */
import type { Figure, FigureKind, Item } from '../model.js';

export interface ItemFilter {
  sections?: string[];
  keywords?: string[];
  regexes?: RegExp[];
  sources?: string[];
  since?: string;
  until?: string;
  hasFigures?: boolean;
  metrics?: string[];
}

export interface FigureFilter {
  kinds?: FigureKind[];
  metrics?: string[];
  entities?: string[];
  sections?: string[];
  keywords?: string[];
  exact?: boolean;
}

/**
 * Fold text for matching: full-width to ASCII, accents off, lower case.
 * @example
 * foldForMatch('ＢｙｔｅＤａｎｃｅ Café') //=> 'bytedance cafe'
 */
export function foldForMatch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function containsAny(haystack: string | null, needles: string[] | undefined): boolean {
  if (!needles || needles.length === 0) return true;
  if (haystack === null) return false;
  const folded = foldForMatch(haystack);
  return needles.some((n) => folded.includes(foldForMatch(n)));
}

/**
 * Does a metric name match the one asked for: itself, or a specialisation of it
 * (`advertising_revenue` for `revenue`) unless `exact`.
 * @example
 * metricMatches('advertising_revenue', 'revenue', false) //=> true
 */
export function metricMatches(metric: string | null, wanted: string, exact = false): boolean {
  if (metric === null) return false;
  const w = wanted.toLowerCase().replace(/[\s-]+/g, '_');
  return metric === w || (!exact && metric.endsWith('_' + w));
}

/** The date an item counts under: its own, else its bulletin's. */
export function itemDate(item: Item, bulletinDate: string | null): string | null {
  return item.date ?? bulletinDate;
}

export function itemMatches(item: Item, figures: Figure[], bulletinDate: string | null, f: ItemFilter): boolean {
  if (!containsAny(item.section, f.sections)) return false;
  if (!containsAny(`${item.title}\n${item.body}`, f.keywords)) return false;
  if (f.regexes?.length && !f.regexes.some((re) => re.test(item.title ?? '') || re.test(item.body))) return false;
  if (!containsAny(item.source, f.sources)) return false;
  if (f.since || f.until) {
    const date = itemDate(item, bulletinDate);
    if (date === null || (f.since && date < f.since) || (f.until && date > f.until)) return false;
  }
  if (f.hasFigures && figures.length === 0) return false;
  if (f.metrics?.length && !figures.some((fig) => f.metrics!.some((m) => metricMatches(fig.metric, m)))) return false;
  return true;
}

export function figureMatches(fig: Figure, item: Item | null, f: FigureFilter): boolean {
  if (f.kinds?.length && !f.kinds.includes(fig.kind)) return false;
  if (f.metrics?.length && !f.metrics.some((m) => metricMatches(fig.metric, m, f.exact))) return false;
  if (!containsAny(fig.entity, f.entities)) return false;
  if (!containsAny(fig.section, f.sections)) return false;
  if (f.keywords?.length && !containsAny(item ? `${item.title}\n${item.body}` : fig.sentence, f.keywords)) return false;
  return true;
}

/** True when the user gave any filter at all (an empty result is then exit 1). */
export function hasFilter(f: object): boolean {
  return Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false));
}

/** Figures grouped by a key, in one pass, each group in input order. */
export function groupFigures<K>(figures: Figure[], key: (f: Figure) => K): Map<K, Figure[]> {
  const groups = new Map<K, Figure[]>();
  for (const f of figures) {
    const k = key(f);
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

/**
 * A bulletin's figures grouped by item number: an item's figures without filtering all of them
 * again for every item (quadratic on one big file).
 */
export function figuresByItem(figures: Figure[]): Map<number, Figure[]> {
  return groupFigures(figures, (f) => f.item);
}
