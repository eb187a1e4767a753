/**
 * One sentence analysed once for everything figures attach to — its script, clauses, metric and
 * period mentions, names, Chinese clause subjects and raw figures — and each figure's site in it
 * (clause, the words before and after). The attachment steps (steps/*) read only these. Pure.
 */
import type { FigurePart } from '../model.js';
import { foldWidth } from '../parse/lines.js';
import { clauses, chineseSubject, entityMentions, metricMentions, namesNoOne, periodMentions, REFERS_BACK_MARK, type EntityMention, type Mention } from './attach.js';
import { scanFigures, type RawFigure } from './numbers.js';
import { clauseIndexAt, firstAfter, firstStartingFrom, overlapsAny } from './positions.js';
import { languageOfClause } from './rules/index.js';

/** What earlier sentences of the same item said, for sentences that do not say it again. */
export interface ItemContext {
  entity: string | null;
  period: string | null;
  year: number | null;
  /** The last day a sentence named (`on Black Friday, Nov. 29`), for a later `that day`. */
  day: string | null;
}

/** What an item's first sentence starts from: nothing said yet. */
export const emptyContext = (): ItemContext => ({ entity: null, period: null, year: null, day: null });

export interface Where {
  file: string;
  item: number;
  section: string | null;
  part: FigurePart;
  bulletinDate: string | null;
}

export interface SentenceAnalysis {
  folded: string;
  chinese: boolean;
  bulletinDate: string | null;
  metrics: Mention[];
  periods: Mention[];
  /** Periods a comparison reaches back to (`较去年12月时的360亿元`): the baseline's own. */
  comparedPeriods: Mention[];
  /** Names (places apart), in text order. */
  entities: EntityMention[];
  /** Places and their adjectives (`U.S.`, `Swedish`): owners of last resort. */
  places: EntityMention[];
  /** The figures the sentence holds, read once. */
  raw: RawFigure[];
  clauseSpans: Array<[number, number]>;
  /** Chinese: the subject in force in each clause (a clause without one keeps the one before). */
  chineseSubjects: Array<string | null>;
  /** Chinese: the first subject that owns figures (not a reporter), for later sentences. */
  chineseTopic: string | null;
  /** For each name, the index of the last possessive name at or before it. */
  lastPossessive: number[];
  /** The sentence speaks of now (`currently`, `截至`, `has 6 million users`): it takes no earlier period. */
  aboutNow: boolean;
}

/** Where one figure stands in its sentence: found once, read by every step. */
export interface FigureSite {
  figure: RawFigure;
  clauseIndex: number;
  clause: [number, number];
  /** The 24 characters before the figure inside its clause. */
  lead: string;
  /** The 30 characters after the figure. */
  after: string;
  /** The clause before the figure, bounded (see LOOK_BACK): where deal, funding and forecast cues stand. */
  recent: string;
}

// How far back in its clause a figure's cues are looked for: bounded, so a clause of thousands of
// figures is read in linear time.
const LOOK_BACK = 80;

export function siteOf(a: SentenceAnalysis, figure: RawFigure): FigureSite {
  const clauseIndex = clauseIndexAt(a.clauseSpans, figure.start);
  const clause = a.clauseSpans[clauseIndex] ?? [0, a.folded.length];
  return {
    figure,
    clauseIndex,
    clause,
    lead: a.folded.slice(Math.max(clause[0], figure.start - 24), figure.start),
    after: a.folded.slice(figure.end, figure.end + 30),
    recent: a.folded.slice(Math.max(clause[0], figure.start - LOOK_BACK), figure.start),
  };
}

/** A public office or data house (`海关总署`, `国家统计局`, `星图数据`). */
const ZH_OFFICE = /(?:局|部|署|委员会|委|院|中心|协会|学会|数据|研究所|办公室|政府)$/;
/** A clause in which someone publishes data or a report (`国家统计局发布数据`), not their own results. */
const ZH_PUBLISHER = /(?:发布|公布|披露)了?(?:的)?(?:最新)?(?:数据|报告|统计|调查)|数据显示$|(?:\d{1,2}月\d{1,2}日\s?)?(?:消息|讯|电)$/;
// `截至2023年9月30日的2024财年第二季度`: the end of a span named after it, not now.
const NOW = /\b(?:now|currently|as of|so far)\b|目前|现在|截至(?![^，,。；;]{1,16}?的)/i;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'）)\]]+/gi;

/** `text` with its links blanked out, same length: a URL's digits and `%20`s are no figures. */
export function maskUrls(text: string): string {
  return text.includes('http') || text.includes('www.') ? text.replace(URL, (u) => ' '.repeat(u.length)) : text;
}

/**
 * A name less the metric words that end it (`Shopee GMV` → `Shopee`); none when a metric word opens
 * it (`Gross merchandise volume…`).
 */
function withoutMetric(e: EntityMention, metrics: Mention[], sentence: string): EntityMention | null {
  const m = metrics[firstStartingFrom(metrics, e.start)];
  const inside = m && m.start < e.end ? m : metrics[firstStartingFrom(metrics, e.start) - 1];
  if (!inside || inside.end <= e.start || inside.start >= e.end) return e;
  const value = sentence.slice(e.start, inside.start).trimEnd();
  return inside.start > e.start && value.length >= 2 && !namesNoOne(value) ? { start: e.start, end: e.start + value.length, value, possessive: false, place: e.place } : null;
}

function latinName(clause: string): string | null {
  const m = /^[\s“"]*([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*)/.exec(clause);
  return m ? m[1] : null;
}

/** Analyse one sentence; `sentence` comes with its links blanked out (see {@link maskUrls}). */
export function analyse(sentence: string, where: Where, context: ItemContext): SentenceAnalysis {
  const folded = foldWidth(sentence);
  const metrics = metricMentions(folded);
  // Read by the script most of it is written in: `Alibaba (阿里巴巴) revenue rose 8%` is English.
  const chinese = languageOfClause(folded).code === 'zh';
  const clauseSpans = clauses(folded);
  let lastChineseSubject: string | null = null;
  let chineseTopic: string | null = null;
  const chineseSubjects = chinese
    ? clauseSpans.map(([s, e]) => {
        const clause = folded.slice(s, e);
        const firstMetric = firstAfter(metrics, s, [s, e]);
        const read = chineseSubject(clause, firstMetric ? firstMetric.start - s : null) ?? latinName(clause);
        // Read on the folded text; named as written (`聯發科`, not its simplified fold).
        const at = read === null || read === REFERS_BACK_MARK ? -1 : folded.indexOf(read, s);
        const found = at >= 0 ? sentence.slice(at, at + read!.length) : read;
        const subject = found === REFERS_BACK_MARK ? (chineseTopic ?? context.entity) : found;
        // `海关总署：…`, `国家统计局发布数据，…`: an office that reports, not whose figures follow
        // (`京东：超1.7万个品牌…` is the company's own).
        const reporter = (folded[e] === ':' && subject !== null && ZH_OFFICE.test(subject)) || ZH_PUBLISHER.test(clause);
        if (subject && reporter) return subject;
        if (subject) lastChineseSubject = subject;
        chineseTopic ??= subject;
        return lastChineseSubject;
      })
    : [];
  const comparedPeriods: Mention[] = [];
  const periods = periodMentions(folded, where.bulletinDate, context.year, comparedPeriods);
  const raw = scanFigures(folded);
  // A capitalised metric word (`Gross merchandise volume…`), a period (`Fiscal Q4`) or an amount
  // glued to its currency names no one.
  const entities: EntityMention[] = [];
  const places: EntityMention[] = [];
  if (!chinese) {
    for (const mention of entityMentions(sentence)) {
      const e = withoutMetric(mention, metrics, sentence);
      if (e !== null && !overlapsAny(periods, e) && !overlapsAny(raw, e)) (e.place ? places : entities).push(e);
    }
  }
  const lastPossessive: number[] = [];
  entities.forEach((e, i) => lastPossessive.push(e.possessive ? i : i > 0 ? lastPossessive[i - 1] : -1));
  return {
    folded,
    chinese,
    bulletinDate: where.bulletinDate,
    metrics,
    periods,
    comparedPeriods,
    entities,
    places,
    raw,
    clauseSpans,
    chineseSubjects,
    chineseTopic,
    lastPossessive,
    aboutNow: NOW.test(folded),
  };
}
