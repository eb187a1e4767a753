/**
 * Attachment step 1, metric: what a figure measures. A metric named in the text wins — beside the
 * figure (`a $50 billion buyback`, `1.2 million sellers`, `a 5% stake`), else the one its clause
 * names, else the sentence's. Pure.
 */
import type { FigureSite, SentenceAnalysis } from '../analysis.js';
import { metricMentions } from '../attach.js';
import { before, firstAfter } from '../positions.js';
import { INDICES as EN_INDICES } from '../rules/en/entities.js';
import { cueAlternation } from '../rules/index.js';
import { INDICES as ZH_INDICES } from '../rules/zh/entities.js';

/** Things a Chinese count counts, right after its measure word, and the metric each names. */
const ZH_COUNTED_METRIC: Record<string, string> = {
  品牌: 'brands', 商家: 'merchants', 卖家: 'sellers', 门店: 'stores', 店铺: 'stores', 用户: 'users', 订单: 'orders', 企业: 'companies', 员工: 'employees',
  个股: 'stocks', 股票: 'stocks', 国家: 'countries', 城市: 'cities', 问题: 'questions', 大模型: 'models', 模型: 'models',
};
const ZH_COUNTED_NOUNS = Object.keys(ZH_COUNTED_METRIC).join('|');
// `数万名中国卖家`: a place before the noun says whose, not what is counted.
const ZH_COUNTED = new RegExp(`^(?:[名个家位])?(?:中国|美国|海外|境外|跨境)?(${ZH_COUNTED_NOUNS})`);
/** `TOP10卖家中7家`, `前50个品牌中，有12个`: a part of a group counts what the group is of. Bounded: reads 16 characters. */
const ZH_PART_OF_GROUP = new RegExp(`(${ZH_COUNTED_NOUNS})中[，,]?\\s*(?:有|共有|就有|仅有|约有)?\\s*$`);
/** A Chinese noun that is itself a count (`骑手数量`, `员工人数`) right before the number. */
const ZH_MEASURED_NOUN = /[\u4e00-\u9fff]{1,8}(?:数量|人数)\s*(?:约为|约|为|达到?|超过|已达)?$/;
/** Metrics that only a percentage can be. */
const PERCENT_METRICS = new Set(['share', 'market_share', 'stake', 'discount', 'yield', 'reserve_requirement_ratio', 'deficit_ratio']);
/** `held about 0.3% of Arm`, `持有5%`: a percentage owned is a stake. */
const HOLDING_BEFORE = /(?:\bholds?|\bheld|\bowns?|\bowned|\bholding|\bacquired?|\bsold|\bsells?|\bbought|\bbuys?|持有|持股|增持|减持)\s*(?:(?:a|an|about|nearly|some|roughly|approximately|around|almost|another|约|近)\s*)*$/i;
const SPECIFIC_AFTER = /^\s*(?:stake|equity stake|share of (?:the )?(?:\w+ )?market|market share|of the (?:\w+ )?market|市场份额|份额|股权|股份)/i;
// Bounded: `lead` is the 24 characters before the figure, never the sentence.
const SHARE_BEFORE = /(?:accounting for|accounted for|accounts for|account for|占(?:比)?(?:为|达)?|占[^，,。；;\d]{1,20}的(?:比重|比例)?(?:为|达)?|比重为?|占据)\s*(?:about |nearly |around |approximately |约|近)?$/i;
const PART_OF_AFTER = /^\s*of\s+(?:the |its |their |his |her |all |total )?[A-Za-z]/i;
const INDEX = new RegExp(`^(?:${cueAlternation([...EN_INDICES, ...ZH_INDICES])})$`);
/** Measures in money: a bare Chinese amount of one of them is money in an unsaid currency. */
export const MONEY_METRICS = new Set(['revenue', 'net_income', 'net_loss', 'profit', 'operating_profit', 'adjusted_net_income', 'gmv', 'transaction_volume', 'overseas_revenue', 'operating_loss', 'adjusted_ebita_loss', 'market_value', 'valuation', 'funding', 'deal_value', 'investment', 'online_retail_sales', 'retail_sales', 'market_size', 'buyback', 'capital_expenditure', 'subsidy', 'fine', 'import_export_volume', 'exports', 'imports', 'debt_quota', 'special_bonds', 'fiscal_deficit', 'trade_balance']);

/** What a rank is ranked by (`No. 2 by traffic`, `3rd … by online sales`): the words after `by`. */
// Bounded: reads the 30 characters after a rank.
const RANKED_BY = /^(?:[^,;:.]|\.(?=\S)|(?<=\b[A-Z])\.){0,40}?\bby\s+([a-z][\w-]*(?:\s+(?!(?:behind|in|on|at|among|with|for|that|this|the|and|of|after|since|last|from|than|to)\b)[a-z][\w-]*)?)/i;

/** Between an amount and the metric it is an amount of (`70 basis points of Fed cuts`). */
const OF_BETWEEN = /^\s+of\s+(?:[\w-]+\s+)?$/i;

/** `Mizuho backs Vietnam's MoMo with $100m`: money a backer puts in. Bounded: reads 48 characters of the clause. */
const BACKS_WITH = /\b(?:backs?|backed|backing|funds|funded)\b[^,;]*\bwith\s*(?:(?:about|around|roughly|nearly|some|up to|more than)\s+)?$/i;

/** `第一大股东`, `the second-largest shareholder`: a ranking by shareholding. */
const SHAREHOLDER = /^(?:大股东|[- ]largest (?:share|stock)holder)/i;

/** `the world's second-most valuable company`: a ranking by market value. */
const MOST_VALUABLE = /^[- ]most[- ]valuable\b/i;

/** Counted nouns that are another name for a metric the vocabulary names (`8,500 U.S. locations` are stores). */
const COUNTED_AS: Record<string, string> = { locations: 'stores', outlets: 'stores', shops: 'stores', storefronts: 'stores' };

/**
 * snake_case of a counted noun phrase without its adjectives, quotes and places:
 * `infringement links` → `infringement_links`, `U.S. stores` → `stores`.
 */
export function countMetric(counted: string): string {
  const written = counted.replace(/["“”]/g, ' ').split(/\s+/);
  // A capitalised word or an initialism before the noun is a place or a brand (`U.S. locations`), not what is counted.
  const common = written.filter((w, i) => i === written.length - 1 || !/^(?:\p{Lu}|(?:\p{L}\.){2,})/u.test(w));
  const words = common
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && (w === 'active' || !/(?:ing|ed|al|ive|ous|ful|ic|ly|ish|less)$/.test(w)) && !/^(?:and|or|new|more|local|other|typical|major|top|key|big|small|large|the|a|an|us|global|total|weekly|monthly|daily)$/.test(w));
  if (words.length === 0) {
    const last = counted.toLowerCase().split(/\s+/).pop() ?? counted;
    return COUNTED_AS[last] ?? last.replace(/-/g, '_');
  }
  if (words.length === 1 && COUNTED_AS[words[0]]) return COUNTED_AS[words[0]];
  return words.slice(-2).join('_').replace(/-/g, '_');
}

/**
 * The metric a figure measures, from the words beside it and the metric mentions of its sentence.
 * `object`: for a level a verb moved, what the verb moved (`cut its referral fee … to 5%`);
 * `change`: the figure is the size of a move.
 */
export function metricOf(site: FigureSite, a: SentenceAnalysis, object: [number, number] | null = null, change = false): string | null {
  const { figure: f, clause, lead, after } = site;
  const { metrics, chinese } = a;
  let metric: string | null;
  const zhCounted = chinese && f.kind === 'count' ? ZH_COUNTED.exec(after) : null;
  let partOf: RegExpExecArray | null;
  const specific = f.kind === 'percent' ? SPECIFIC_AFTER.exec(after) : null;
  if (specific) {
    metric = /stake|股权|股份/i.test(specific[0]) ? 'stake' : 'market_share';
  } else if (f.kind === 'percent' && SHARE_BEFORE.test(lead)) {
    metric = 'share';
  } else if (f.kind === 'percent' && /^\s*off\b/i.test(after)) {
    metric = 'discount';
  } else if (f.kind === 'percent' && HOLDING_BEFORE.test(lead)) {
    metric = 'stake';
  } else if (f.kind === 'percent' && f.unit === '%' && f.direction === null && PART_OF_AFTER.test(after)) {
    // `nearly 20% of budgets`, `half of its revenue`: a part of a whole (`70 basis points of Fed cuts` is not).
    metric = 'share';
  } else if (f.kind === 'money' && /^\s*(?:a|an|per)\s+share\b/i.test(after)) {
    const earlier = before(metrics, f.start, clause)?.value;
    metric = earlier === 'dividend' ? 'dividend' : /earn|profit|income/i.test(lead) || earlier === 'net_income' ? 'eps' : 'share_price';
  } else if (f.kind === 'money' && BACKS_WITH.test(a.folded.slice(Math.max(clause[0], f.start - 48), f.start))) {
    metric = 'funding';
  } else if (f.kind === 'money' && /^\s*(?:a|an|per)\s+(?:barrel|ounce|tonne|ton|unit|kilogram|kg|litre|liter|gallon)\b/i.test(after)) {
    metric = 'price';
  } else if (f.kind === 'rank') {
    // `No. 1 company by market value`, `ranks No. 2 by traffic`: what it is ranked by; else
    // `…online retail sales were 493.479 billion yuan, …, ranking 6th`: ranked on what the sentence measured.
    const by = RANKED_BY.exec(after + a.folded.slice(f.end + 30, f.end + 60));
    const byAt = by ? f.end + by.index + by[0].length - by[1].length : -1;
    const named = by ? firstAfter(metrics, byAt, [byAt, byAt + by[1].length]) : null;
    metric = named && named.start === byAt ? named.value : by ? snake(by[1]) : MOST_VALUABLE.test(after) ? 'market_value' : SHAREHOLDER.test(after) ? 'shareholding' : (before(metrics, f.start, null)?.value ?? null);
  } else if (f.kind === 'count' && f.counted && !chinese) {
    // What is counted names the metric (`500 million weekly active users`), else the phrase before.
    const named = firstAfter(metrics, f.end, [f.end, f.end + f.counted.length + 2]);
    const leading = before(metrics, f.start, clause);
    // `cut prices on 2,000 household items`: a metric that the count is only the object of is not what it counts.
    const leads = leading && f.start - leading.end <= 12 && !/\b(?:on|for|in|across|from|with)\b/i.test(a.folded.slice(leading.end, f.start));
    metric = named?.value ?? (leads ? leading.value : countMetric(f.counted));
  } else if (zhCounted) {
    // `1.7万个品牌`: the noun after the measure word is what is counted.
    metric = ZH_COUNTED_METRIC[zhCounted[1]];
  } else if (chinese && f.kind === 'count' && (partOf = ZH_PART_OF_GROUP.exec(a.folded.slice(Math.max(0, f.start - 16), f.start)))) {
    metric = ZH_COUNTED_METRIC[partOf[1]];
  } else if (chinese && f.kind === 'percent' && f.direction === null && ZH_COUNTED.test(after)) {
    // `约七成订单受影响`: a part of the orders, not a number of them.
    metric = 'share';
  } else if (chinese && f.kind === 'count' && !before(metrics, f.start, clause) && ZH_MEASURED_NOUN.test(lead)) {
    // `骑手数量约为527万人`: the clause counts something the lexicon has no name for.
    metric = null;
  } else {
    // `cut its referral fee on apparel priced under $15 to 5%`: a moved level measures what the verb moved.
    const moved = object ? firstAfter(metrics, object[0], object) : null;
    const inClause = moved ?? before(metrics, f.start, clause);
    const next = firstAfter(metrics, f.end, clause);
    // `raises $270 million at a $4 billion valuation`: a metric after another figure is that figure's.
    const following = next && next.start - f.end <= 24 && !a.raw.some((r) => r.start >= f.end && r.end <= next.start) ? next : null;
    // A metric noun right after the amount is what it measures (`a $50 billion buyback`).
    // So is one after `of` (`70 basis points of Fed cuts`, `$60 billion of 17-week bills`).
    const adjacent = following && (following.start - f.end <= 1 || OF_BETWEEN.test(a.folded.slice(f.end, following.start))) ? following : null;
    metric =
      adjacent?.value ??
      inClause?.value ??
      following?.value ??
      (f.kind !== 'percent' ? namedBefore(a.folded.slice(Math.max(0, f.start - 40), f.start)) : null) ??
      (change && !chinese ? movedNoun(a.folded.slice(clause[0], f.start)) : null) ??
      (f.kind === 'percent' && f.direction === null ? null : before(metrics, f.start, null)?.value ?? null);
  }
  // `a 0.6% software service fee`, `0.6%的服务费`: a fee in percent is a rate (`fees up 17.8%` is not).
  if (f.kind === 'percent' && metric === 'fees' && !change) metric = 'fee_rate';
  // `63.6亿单`, `30.2万标箱`: a Chinese count whose measure word is a thing the lexicon names counts that thing.
  if (metric === null && chinese && f.kind === 'count' && f.unit !== null) metric = f.unit === '单' ? 'orders' : (metricMentions(f.unit)[0]?.value ?? null);
  // `offered 5 million shares`: shares counted are no share price.
  if (f.kind === 'count' && metric === 'share_price' && f.counted) metric = countMetric(f.counted);
  // A ratio or share names no amount: `释放资金5300亿元` after `降准` is not a reserve ratio.
  if ((f.kind === 'money' || f.kind === 'count') && metric !== null && PERCENT_METRICS.has(metric)) metric = null;
  return metric;
}

/** Words as a metric name, as written: `monthly visits` → `monthly_visits`. */
function snake(words: string): string {
  return words.toLowerCase().trim().split(/[\s-]+/).join('_');
}

/**
 * `…; shopping frequency up over 40%`: a clause whose own subject moved names what the change
 * measures, though the lexicon does not know it. Bounded: reads the clause before the figure.
 */
const MOVED_NOUN = /(?:^|[;:]\s*)([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:was\s+|were\s+)?(?:up|down|rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|slipped|gained)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|over|more than|some)\s+)?$/;
function movedNoun(clauseBefore: string): string | null {
  const m = MOVED_NOUN.exec(clauseBefore.trimStart());
  return m && !NOT_A_MEASURE.test(m[1]) && !/^(?:it|its|they|their|this|that|which|who|shares?|stocks?)$/.test(m[1]) ? snake(m[1]) : null;
}

/** `restructuring charges of $140m`: a noun the lexicon does not know, named by the words before `of`. */
// Bounded: reads the 40 characters before the figure; the words must start inside them.
const NOUN_OF = /[^A-Za-z-]([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|up to|more than|over|at least|as much as)\s+)?$/;
const NOT_A_MEASURE = /(?:^|\s)(?:total|sum|amount|value|worth|level|range|tune|maximum|minimum|average|record|peak|high|low|increase|decrease|rise|fall|drop|decline|growth|gain|jump|cut|reduction|one|each|all|some|most|half|part|percent|majority|bit|lot|number|excess|top|out|because|instead|ahead|terms|case|front|consists?|made|upwards|north|south)$|^(?:a|an|the|of|in|on|at|to|by|for|with|and|or|its|their|his|her|our|this|that|these|those)\s/;
function namedBefore(before: string): string | null {
  const m = NOUN_OF.exec(before);
  return m && !NOT_A_MEASURE.test(m[1]) ? snake(m[1]) : null;
}

/** `沪指跌1.68%`, `Nasdaq closed down 1.3%`: an index's move with no metric named is the move of its level. */
export function indexMove(metric: string | null, kind: string, entity: string | null): string | null {
  return metric === null && kind === 'percent' && entity !== null && INDEX.test(entity) ? 'index_level' : metric;
}

/**
 * `up from 42% in 2023`, `versus $23m a year earlier`, `230 new ones`: a baseline, or a count of
 * `ones`, measures what the figure before it in the sentence measured — unless the baseline names
 * its own (`a net profit of $11 million, against a loss of $391 million`). So does a figure that
 * goes on a list the one before it started: a bare count (`has 6.1 million subscribers and targets
 * 8 million to 10 million`, `300 new stores, on top of the 1,956 it operates`) or a rank (`ranked
 * first by monthly visits, ahead of Lazada in 2nd`).
 */
export function baselinesTakeMetric(figures: Array<{ start: number; kind: string; metric: string | null; counted: string | null }>, folded: string, chinese: boolean): void {
  for (let i = 1; i < figures.length; i++) {
    const [earlier, f] = [figures[i - 1], figures[i]];
    if (earlier.metric === null || earlier.kind !== f.kind) continue;
    const baseline = BASELINE_BEFORE.exec(folded.slice(Math.max(0, f.start - 32), f.start));
    const namesItsOwn = baseline?.groups?.noun !== undefined && f.metric !== null && metricMentions(baseline.groups.noun).length > 0;
    // Chinese names what a bare count counts before it (`最高同时在线人数超过300万`): no list to go on.
    const listed = f.metric === null && (f.kind === 'rank' || (f.kind === 'count' && f.counted === null && !chinese) || PART_BEFORE.test(folded.slice(Math.max(0, f.start - 24), f.start)));
    if (f.metric === 'ones' || listed || (baseline && !namesItsOwn)) f.metric = earlier.metric;
  }
}
// Bounded: reads the 24 characters before a figure. `including around $21 million`, `on top of the $70m`: a part of, or an addition to, the figure before.
const PART_BEFORE = /(?:\bincluding|\bof which|\bon top of)\s+(?:(?:about|around|roughly|nearly|some|approximately|the|a|an)\s+)*$/i;
// Bounded: reads the 32 characters before a figure.
const BASELINE_BEFORE = /(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\bshort of|\bahead of|\bin line with|由|从|较)\s*(?:(?:about|around|roughly|nearly|some|approximately|an estimated|约|近)\s*)?(?:(?:a|an|the)\s+)?(?:(?<noun>[a-z]+)\s+of\s+)?$/i;

/**
 * A change with no metric measures a level beside it: the one it moves to or stands at (`Brent
 * crude rose 1.6% to $81.01 a barrel`, `is up 2% at $80.32 a barrel`), else the one stated right before it (`交易笔数达63.6亿单，同比增长24%`).
 */
export function changesTakeLevelMetric(figures: Array<{ start: number; end: number; kind: string; unit: string | null; direction: string | null; change: boolean; metric: string | null }>, folded: string): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const change = figures[i];
    const level = figures[i + 1];
    if (change.direction !== null && change.metric === null && level.metric !== null && /^\s*(?:to|at)\s*$/i.test(folded.slice(change.end, level.start))) change.metric = level.metric;
  }
  for (let i = 1; i < figures.length; i++) {
    const [level, change] = [figures[i - 1], figures[i]];
    // `47% …, up 6 percentage points`: a change in points is of a percentage before it.
    const ofLevel = level.kind !== 'percent' || change.unit === 'pp';
    if (change.kind === 'percent' && change.change && change.metric === null && level.metric !== null && ofLevel && !level.change) change.metric = level.metric;
  }
}

/**
 * `plans to open 300 new stores`, `will close about 150`, `关闭约150家门店`: stores opened or closed
 * are a flow, not the number a chain runs. Each store count is named by its own verb, after the
 * counts of a list took their metric, so `ending the year with 1,770` after them stays `stores`.
 */
export function storesOpenedOrClosed(figures: Array<{ start: number; kind: string; metric: string | null }>, folded: string): void {
  for (const f of figures) {
    if (f.kind !== 'count' || !(f.metric === 'stores' || f.metric === 'store_openings' || f.metric === 'store_closures')) continue;
    const lead = folded.slice(Math.max(0, f.start - 32), f.start);
    f.metric = STORES_OPENED.test(lead) ? 'store_openings' : STORES_CLOSED.test(lead) ? 'store_closures' : 'stores';
  }
}
const ROUGHLY = '(?:(?:about|around|roughly|nearly|some|approximately|more than|over|at least|as many as|up to|another|an additional|a further)\\s+)*';
const ZH_ROUGHLY = '(?:门店)?(?:约|近|超过|超|逾|了)?';
// Bounded: read the 32 characters before a count.
const STORES_OPENED = new RegExp(`\\b(?:open(?:s|ed|ing)?|add(?:s|ed|ing)?)\\s+${ROUGHLY}$|(?:新开|开设|开出|新增|新设)${ZH_ROUGHLY}$`, 'i');
const STORES_CLOSED = new RegExp(`\\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\\s+down)?|shutter(?:s|ed|ing)?)\\s+${ROUGHLY}$|(?:关闭|关停|关店|闭店)${ZH_ROUGHLY}$`, 'i');
