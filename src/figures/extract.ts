/**
 * Bulletin → Figure[]: every number that matters, in the headlines and in each item's title and
 * body, normalised and tied to its metric, entity and period. Pure.
 */
import type { Basis, Bulletin, Figure, FigurePart, Span } from '../model.js';
import { codePointMapper, foldWidth } from '../parse/lines.js';
import { clauses, chineseSubject, entityMentions, metricMentions, namesNoOne, periodMentions, REFERS_BACK_MARK, type EntityMention, type Mention } from './attach.js';
import { INDICES as EN_INDICES } from './rules/en/entities.js';
import { INDICES as ZH_INDICES } from './rules/zh/entities.js';
import { BASIS_SCAN, cueAlternation, FORECAST_AFTER_SCAN, FORECAST_BEFORE_SCAN, languageOfClause, matchName } from './rules/index.js';
import { scanFigures, type RawFigure } from './numbers.js';
import { before, clauseIndexAt, firstAfter, firstStartingFrom, lastEndingBy, nearest, overlapsAny, sentences } from './positions.js';

export { sentences };

/** What earlier sentences of the same item said, for sentences that do not say it again. */
interface ItemContext {
  entity: string | null;
  period: string | null;
  year: number | null;
}

interface Where {
  file: string;
  item: number;
  section: string | null;
  part: FigurePart;
  bulletinDate: string | null;
}

/** A public office or data house (`海关总署`, `国家统计局`, `星图数据`). */
const ZH_OFFICE = /(?:局|部|署|委员会|委|院|中心|协会|学会|数据|研究所|办公室|政府)$/;

/** A clause in which someone publishes data or a report (`国家统计局发布数据`), not their own results. */
const ZH_PUBLISHER = /(?:发布|公布|披露)了?(?:的)?(?:最新)?(?:数据|报告|统计|调查)|数据显示$/;

/** Things a Chinese count counts, right after its measure word, and the metric each names. */
const ZH_COUNTED_METRIC: Record<string, string> = {
  品牌: 'brands', 商家: 'merchants', 卖家: 'merchants', 门店: 'stores', 店铺: 'stores', 用户: 'users', 订单: 'orders', 企业: 'companies', 员工: 'employees',
};
const ZH_COUNTED = new RegExp(`^(${Object.keys(ZH_COUNTED_METRIC).join('|')})`);

/** A Chinese noun that is itself a count (`骑手数量`, `员工人数`) right before the number. */
const ZH_MEASURED_NOUN = /[\u4e00-\u9fff]{1,8}(?:数量|人数)\s*(?:约为|约|为|达到?|超过|已达)?$/;
/** A level stated for the same period a year back (`去年同期净亏损24.8亿元`). */
const YEAR_EARLIER = /去年同期|上年同期|a year (?:earlier|ago|before)|the same (?:period|quarter) (?:of |a year |last year)/i;

/** Metrics that only a percentage can be. */
const PERCENT_METRICS = new Set(['share', 'market_share', 'stake', 'discount', 'yield', 'reserve_requirement_ratio']);

/** `held about 0.3% of Arm`, `持有5%`: a percentage owned is a stake. */
const HOLDING_BEFORE = /(?:\bholds?|\bheld|\bowns?|\bowned|\bholding|\bacquired?|\bsold|\bsells?|\bbought|\bbuys?|持有|持股|增持|减持)\s*(?:(?:a|an|about|nearly|some|roughly|approximately|around|almost|another|约|近)\s*)*$/i;

/** snake_case of a counted noun phrase without its adjectives and quotes: `infringement links` → `infringement_links`. */
export function countMetric(counted: string): string {
  const words = counted
    .replace(/["“”]/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && (w === 'active' || !/(?:ing|ed|al|ive|ous|ful|ic|ly|ish|less)$/.test(w)) && !/^(?:and|or|new|more|local|other|typical|major|top|key|big|small|large|the|a|an|us|global|total|weekly|monthly|daily)$/.test(w));
  if (words.length === 0) {
    const last = counted.toLowerCase().split(/\s+/).pop() ?? counted;
    return last.replace(/-/g, '_');
  }
  return words.slice(-2).join('_').replace(/-/g, '_');
}

function basisOf(clause: string, period: string | null): Basis | null {
  const found = matchName(BASIS_SCAN, clause);
  if (!found) return null;
  // `环比` compares with the period before, whose length the period says: a month's is month-on-month.
  if (found.name === 'qoq' && /环比/.test(found.match[0]) && period && /^\d{4}-\d{2}$/.test(period)) return 'mom';
  return found.name;
}

/** One scan of a sentence for everything figures attach to; shared by reading and remembering. */
interface SentenceAnalysis {
  folded: string;
  chinese: boolean;
  metrics: Mention[];
  periods: Mention[];
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
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'）)\]]+/gi;

/** `text` with its links blanked out, same length: a URL's digits and `%20`s are no figures. */
function maskUrls(text: string): string {
  return text.includes('http') || text.includes('www.') ? text.replace(URL, (u) => ' '.repeat(u.length)) : text;
}

/**
 * A name less the metric words that end it (`Shopee GMV` → `Shopee`); none when a metric word opens
 * it (`Gross merchandise volume…`).
 */
function withoutMetric(e: EntityMention, metrics: Mention[], sentence: string): EntityMention[] {
  const m = metrics[firstStartingFrom(metrics, e.start)];
  const inside = m && m.start < e.end ? m : metrics[firstStartingFrom(metrics, e.start) - 1];
  if (!inside || inside.end <= e.start || inside.start >= e.end) return [e];
  const value = sentence.slice(e.start, inside.start).trimEnd();
  return inside.start > e.start && value.length >= 2 && !namesNoOne(value) ? [{ ...e, end: e.start + value.length, value, possessive: false }] : [];
}

/** `sentence` comes with its links blanked out (see {@link maskUrls}). */
function analyse(sentence: string, where: Where, context: ItemContext): SentenceAnalysis {
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
  const periods = periodMentions(folded, where.bulletinDate, context.year);
  const raw = scanFigures(folded);
  // A capitalised metric word (`Gross merchandise volume…`), a period (`Fiscal Q4`) or an amount
  // glued to its currency names no one.
  const named = chinese ? [] : entityMentions(sentence).flatMap((e) => withoutMetric(e, metrics, sentence)).filter((e) => !overlapsAny(periods, e) && !overlapsAny(raw, e));
  return {
    folded,
    chinese,
    metrics,
    periods,
    entities: named.filter((e) => !e.place),
    places: named.filter((e) => e.place),
    raw,
    clauseSpans,
    chineseSubjects,
    chineseTopic,
  };
}

/** Read one sentence: its figures with metric, entity and period attached. */
function readSentence(a: SentenceAnalysis, context: ItemContext): Array<RawFigure & Omit<Figure, keyof RawFigure | 'file' | 'item' | 'section' | 'part' | 'text' | 'sentence' | 'line'>> {
  const { folded, chinese, metrics, periods, entities, places, clauseSpans, chineseSubjects, raw } = a;
  const out = [];

  // For each name, the index of the last possessive name at or before it.
  const lastPossessive: number[] = [];
  entities.forEach((e, i) => lastPossessive.push(e.possessive ? i : i > 0 ? lastPossessive[i - 1] : -1));

  const aboutNow = NOW.test(folded);

  for (const f of raw) {
    const clauseIndex = clauseIndexAt(clauseSpans, f.start);
    const clause = clauseSpans[clauseIndex] ?? [0, folded.length];
    const after = folded.slice(f.end, f.end + 30);
    const lead = folded.slice(Math.max(clause[0], f.start - 24), f.start);
    // The clause before the figure, bounded (see LOOK_BACK): where deal, funding and forecast cues stand.
    const recent = folded.slice(Math.max(clause[0], f.start - LOOK_BACK), f.start);

    let metric: string | null = null;
    const zhCounted = chinese && f.kind === 'count' ? ZH_COUNTED.exec(after) : null;
    const specific = /^\s*(?:stake|equity stake|share of (?:the )?(?:\w+ )?market|market share|of the (?:\w+ )?market|市场份额|份额|股权|股份)/i.exec(after);
    // Bounded: `after` and `lead` are the 30 and 24 characters beside the figure, never the sentence.
    if (f.kind === 'percent' && specific) {
      metric = /stake|股权|股份/i.test(specific[0]) ? 'stake' : 'market_share';
    } else if (f.kind === 'percent' && /(?:accounting for|accounted for|accounts for|account for|占(?:比)?(?:为|达)?|占[^，,。；;\d]{1,20}的(?:比重|比例)?(?:为|达)?|比重为?|占据)\s*(?:about |nearly |around |approximately |约|近)?$/i.test(lead)) {
      metric = 'share';
    } else if (f.kind === 'percent' && /^\s*off\b/i.test(after)) {
      metric = 'discount';
    } else if (f.kind === 'percent' && HOLDING_BEFORE.test(lead)) {
      metric = 'stake';
    } else if (f.kind === 'percent' && f.direction === null && /^\s*of\s+(?:the |its |their |his |her |all |total )?[a-z]/i.test(after)) {
      // `nearly 20% of budgets`, `half of its revenue`: a part of a whole.
      metric = 'share';
    } else if (f.kind === 'money' && /^\s*(?:a|an|per)\s+share\b/i.test(after)) {
      const earlier = before(metrics, f.start, clause)?.value;
      metric = earlier === 'dividend' ? 'dividend' : /earn|profit|income/i.test(lead) || earlier === 'net_income' ? 'eps' : 'share_price';
    } else if (f.kind === 'money' && /^\s*(?:a|an|per)\s+(?:barrel|ounce|tonne|ton|unit|kilogram|kg|litre|liter|gallon)\b/i.test(after)) {
      metric = 'price';
    } else if (f.kind === 'rank') {
      // `…online retail sales were 493.479 billion yuan, …, ranking 6th`: ranked on what the sentence measured.
      metric = before(metrics, f.start, null)?.value ?? null;
    } else if (f.kind === 'count' && f.counted && !chinese) {
      // What is counted names the metric (`500 million weekly active users`), else the phrase before.
      const named = firstAfter(metrics, f.end, [f.end, f.end + f.counted.length + 2]);
      const leading = before(metrics, f.start, clause);
      metric = named?.value ?? (leading && f.start - leading.end <= 12 ? leading.value : countMetric(f.counted));
    } else if (zhCounted) {
      // `1.7万个品牌`: the noun after the measure word is what is counted.
      metric = ZH_COUNTED_METRIC[zhCounted[1]];
    } else if (chinese && f.kind === 'count' && !before(metrics, f.start, clause) && ZH_MEASURED_NOUN.test(lead)) {
      // `骑手数量约为527万人`: the clause counts something the lexicon has no name for.
      metric = null;
    } else {
      const inClause = before(metrics, f.start, clause);
      const next = firstAfter(metrics, f.end, clause);
      const following = next && next.start - f.end <= 24 ? next : null;
      // A metric noun right after the amount is what it measures (`a $50 billion buyback`).
      const adjacent = following && following.start - f.end <= 1 ? following : null;
      metric =
        adjacent?.value ??
        inClause?.value ??
        following?.value ??
        (f.kind === 'percent' && f.direction === null ? null : before(metrics, f.start, null)?.value ?? null);
    }

    // `offered 5 million shares`: shares counted are no share price.
    if (f.kind === 'count' && metric === 'share_price' && f.counted) metric = countMetric(f.counted);
    // A ratio or share names no amount: `释放资金5300亿元` after `降准` is not a reserve ratio.
    if ((f.kind === 'money' || f.kind === 'count') && metric !== null && PERCENT_METRICS.has(metric)) metric = null;

    let entity: string | null;
    if (chinese) entity = chineseSubjects[clauseIndex] ?? context.entity;
    else {
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
      const region = place && /^\s*$/.test(folded.slice(place.end, firstAfter(metrics, place.end, clause)?.start ?? place.end + 2)) ? place : undefined;
      entity = (inClause(possessive) ?? inClause(lastName) ?? possessive ?? lastName ?? (region && context.entity ? undefined : place) ?? following)?.value ?? context.entity;
      // `will pay $500 million for UK luxury platform Farfetch`, `invest up to $100m in MoMo`: the
      // amount belongs to the company it buys or funds.
      if (f.kind === 'money') {
        const target = firstAfter(entities, f.end, clause);
        const toward = folded.slice(f.end, target?.start ?? f.end);
        if (target && /^\s*for\b/i.test(toward) && DEAL_VERB.test(recent)) [entity, metric] = [target.value, 'deal_value'];
        else if (target && /^\s*(?:in|into)\b/i.test(toward) && FUNDING_VERB.test(recent)) [entity, metric] = [target.value, 'funding'];
      }
    }

    const inClausePeriod = nearest(periods, f.start, f.end, clause);
    // A period later in the sentence but outside the figure's clause belongs to another figure
    // (`US$10 billion…, up from $5.5 billion last year`).
    // A sentence about now (`The app now has 167 million users`) does not take the item's period.
    let period = (inClausePeriod ?? before(periods, f.start, null))?.value ?? (aboutNow ? null : context.period);
    if (f.direction === null && !inClausePeriod && period !== null && YEAR_EARLIER.test(folded.slice(clause[0], f.start))) {
      period = period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
    }

    // `沪指跌1.68%`, `Nasdaq closed down 1.3%`: an index's move is the move of its level.
    if (metric === null && f.kind === 'percent' && entity !== null && INDEX.test(entity)) metric = 'index_level';
    const basis = f.direction !== null ? basisOf(folded.slice(clause[0], clause[1]) + folded.slice(f.end, f.end + 30), period) : null;
    // `20% of its revenue`, `占社会消费品零售总额的比重为26.8%`: the whole a share is of.
    const of = metric === 'share' ? (firstAfter(metrics, f.end, clause) ?? (chinese ? before(metrics, f.start, clause) : null))?.value ?? null : null;
    const forecast = FORECAST_BEFORE_SCAN.re.test(recent) || FORECAST_AFTER_SCAN.re.test(after);
    // `营收突破30亿`: a Chinese amount of a money measure is money even when the currency goes unsaid.
    const kind = f.kind === 'count' && f.unit === null && chinese && metric !== null && MONEY_METRICS.has(metric) ? 'money' : f.kind;
    // Spelled out rather than spread: an object spread per figure was the slowest line of extraction.
    out.push({
      kind, start: f.start, end: f.end, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier,
      direction: f.direction, counted: f.counted, metric, entity, period, basis, of, forecast,
    });
  }
  // `Brent crude rose 1.6% to $81.01 a barrel`: a change with no metric measures the level it moves to.
  for (let i = 0; i + 1 < out.length; i++) {
    const change = out[i];
    const level = out[i + 1];
    if (change.direction !== null && change.metric === null && level.metric !== null && /^\s*to\s*$/i.test(folded.slice(change.end, level.start))) change.metric = level.metric;
  }
  return out;
}

function latinName(clause: string): string | null {
  const m = /^[\s“"]*([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*)/.exec(clause);
  return m ? m[1] : null;
}

// How far back in its clause a figure's cues are looked for: bounded, so a clause of thousands of
// figures is read in linear time.
const LOOK_BACK = 80;
/** Measures in money: a bare Chinese amount of one of them is money in an unsaid currency. */
const MONEY_METRICS = new Set(['revenue', 'net_income', 'net_loss', 'profit', 'operating_profit', 'adjusted_net_income', 'gmv', 'transaction_volume', 'sales', 'market_value', 'valuation', 'funding', 'deal_value', 'investment', 'online_retail_sales', 'retail_sales', 'market_size', 'buyback', 'capital_expenditure', 'subsidy', 'fine', 'import_export_volume', 'exports', 'imports']);
const INDEX = new RegExp(`^(?:${cueAlternation([...EN_INDICES, ...ZH_INDICES])})$`);
const DEAL_VERB = /\b(?:pay|pays|paid|paying|buy|buys|bought|buying|acquire[sd]?|acquiring|offer(?:ed|s)?|bid|agreed)\b/i;
const FUNDING_VERB = /\b(?:invest(?:s|ed|ing)?|back(?:s|ed)?|fund(?:s|ed)?|inject(?:s|ed)?|put(?:s|ting)?)\b/i;

/** What stands between an owner and the name it owns: `ByteDance's TikTok`, `PDD Holdings' Temu`. */
const OWNER_TO_OWNED = /^(?:\s+(?:Limited|Ltd|Inc|Corp|Corporation|Co|plc|LLC|Group|Holdings?)\.?)?['’]s?\s+$/;
const NOW = /\b(?:now|currently|as of|so far)\b|目前|现在|截至/i;
const DAY = /^\d{4}-\d{2}-\d{2}(?:\/|$)/;
const COMPARISON_CLAUSE = /^\s*(?:up|down|rising|falling) from\b|^\s*compared (?:with|to)\b|^\s*(?:versus|vs\.?)\b/i;

/** Carry what a sentence established (its period and its subject) to the next. */
function remember(context: ItemContext, a: SentenceAnalysis): void {
  if (NOW.test(a.folded)) context.period = null;
  else {
    // A period in a comparison (`up from $5.5 billion last year`) is not the story's; nor is an
    // earlier one in a later sentence: the item's story stays in its own period.
    // A day (`1月19日，…发布`, `on Tuesday`) dates one report or one move, not the story's period.
    const own = a.periods.find((p) => !DAY.test(p.value) && !COMPARISON_CLAUSE.test(a.folded.slice(a.clauseSpans[clauseIndexAt(a.clauseSpans, p.start)]?.[0] ?? 0, p.start)));
    const year = own ? Number(/\d{4}/.exec(own.value)?.[0]) : NaN;
    if (own && Number.isFinite(year) && (context.year === null || year >= context.year)) {
      context.period = own.value;
      context.year = year;
    }
  }
  const owner = a.entities.find((x) => x.possessive);
  const next = owner && a.entities[firstStartingFrom(a.entities, owner.end + 1)];
  const owned = owner && next && OWNER_TO_OWNED.test(a.folded.slice(owner.end, next.start)) ? next : undefined;
  const subject = a.chinese ? a.chineseTopic : (owned ?? owner ?? a.entities[0])?.value;
  if (subject) context.entity = subject;
}

/** Figures in one located piece of text (a headline, a title, a body line). */
function readSpan(text: string, span: Span, where: Where, context: ItemContext, out: Figure[]): void {
  const cp = codePointMapper(text);
  // Links are blanked before sentences are cut, so a `?` or `.` inside a URL ends no sentence.
  const masked = maskUrls(text);
  for (const [s, e] of sentences(masked)) {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    const start = s + lead;
    const analysis = analyse(masked.slice(start, start + sentence.length), where, context);
    for (const f of readSentence(analysis, context)) {
      out.push({
        file: where.file,
        item: where.item,
        section: where.section,
        part: where.part,
        kind: f.kind,
        text: sentence.slice(f.start, f.end),
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        metric: f.metric,
        entity: f.entity,
        period: f.period,
        direction: f.direction,
        basis: f.basis,
        of: f.of,
        forecast: f.forecast,
        qualifier: f.qualifier,
        sentence,
        line: span.line,
        start: span.start + cp(start + f.start),
        end: span.start + cp(start + f.end),
      });
    }
    remember(context, analysis);
  }
}

/** Pair the lines of a part's text (`intro`, `footer`: lines joined by `\n`) with their located parts. */
function located(text: string | null, spans: Span[]): Array<[string, Span]> {
  const lines = text === null ? [] : text.split('\n');
  return spans.length === lines.length ? spans.map((span, i) => [lines[i], span]) : [];
}

/**
 * Every figure of a bulletin, in file order: the headline line, intro, each item's title and body,
 * the footer and unplaced text. Figures outside items have item 0; each says which part it is in.
 * @example
 * const text = 'Daily Brief\n\n1. ByteDance revenue\nByteDance revenue in 2021 was US$58 billion, up 70% year-on-year. (Reuters)\n';
 * extractFigures(parseBulletin(text)).map((f) => [f.text, f.kind, f.value, f.unit, f.metric, f.entity, f.period, f.direction, f.basis])
 * //=> [['US$58 billion', 'money', 58000000000, 'USD', 'revenue', 'ByteDance', '2021', null, null], ['70%', 'percent', 70, '%', 'revenue', 'ByteDance', '2021', 'up', 'yoy']]
 * extractFigures(parseBulletin('1、拼多多营收\n2021年拼多多营收939.5亿元，同比增长58%。（界面新闻）\n')).map((f) => [f.text, f.value, f.unit, f.entity])
 * //=> [['939.5亿元', 93950000000, 'CNY', '拼多多'], ['58%', 58, '%', '拼多多']]
 */
export function extractFigures(bulletin: Bulletin): Figure[] {
  const out: Figure[] = [];
  const outside = (part: FigurePart): Where => ({ file: bulletin.file, item: 0, section: null, part, bulletinDate: bulletin.date });
  const pieces: Array<{ text: string; span: Span; where: Where; context: ItemContext | null }> = [];
  bulletin.headlines.forEach((headline, i) => {
    const span = bulletin.headline_spans[i];
    if (span) pieces.push({ text: headline, span, where: outside('headline'), context: null });
  });
  const partsOf = (type: string) => bulletin.parts.filter((p) => p.type === type);
  for (const [text, span] of located(bulletin.intro, partsOf('intro'))) pieces.push({ text, span, where: outside('intro'), context: null });
  for (const u of bulletin.unplaced) pieces.push({ text: u.text, span: u, where: outside('unplaced'), context: null });
  for (const [text, span] of located(bulletin.footer, partsOf('footer'))) pieces.push({ text, span, where: outside('footer'), context: null });
  for (const item of bulletin.items) {
    const context: ItemContext = { entity: null, period: null, year: null };
    const bodyLines = item.body.split('\n');
    let bodyIndex = 0;
    for (const part of item.parts) {
      const where = { file: item.file, item: item.n, section: item.section, bulletinDate: bulletin.date };
      if (part.field === 'title' && item.title !== null) pieces.push({ text: item.title, span: part, where: { ...where, part: 'title' }, context });
      else if (part.field === 'body') pieces.push({ text: bodyLines[bodyIndex++] ?? '', span: part, where: { ...where, part: 'body' }, context });
    }
  }
  pieces.sort((a, b) => a.span.start - b.span.start);
  for (const p of pieces) readSpan(p.text, p.span, p.where, p.context ?? { entity: null, period: null, year: null }, out);
  return out;
}
