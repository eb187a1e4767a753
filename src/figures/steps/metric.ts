/**
 * Attachment step 1, metric: what a figure measures. A metric named in the text wins — beside the
 * figure (`a $50 billion buyback`, `1.2 million sellers`, `a 5% stake`), else the one its clause
 * names, else the sentence's. Pure.
 */
import type { FigureSite, SentenceAnalysis } from '../analysis.js';
import { before, firstAfter } from '../positions.js';
import { INDICES as EN_INDICES } from '../rules/en/entities.js';
import { cueAlternation } from '../rules/index.js';
import { INDICES as ZH_INDICES } from '../rules/zh/entities.js';

/** Things a Chinese count counts, right after its measure word, and the metric each names. */
const ZH_COUNTED_METRIC: Record<string, string> = {
  品牌: 'brands', 商家: 'merchants', 卖家: 'merchants', 门店: 'stores', 店铺: 'stores', 用户: 'users', 订单: 'orders', 企业: 'companies', 员工: 'employees',
};
const ZH_COUNTED = new RegExp(`^(${Object.keys(ZH_COUNTED_METRIC).join('|')})`);
/** A Chinese noun that is itself a count (`骑手数量`, `员工人数`) right before the number. */
const ZH_MEASURED_NOUN = /[\u4e00-\u9fff]{1,8}(?:数量|人数)\s*(?:约为|约|为|达到?|超过|已达)?$/;
/** Metrics that only a percentage can be. */
const PERCENT_METRICS = new Set(['share', 'market_share', 'stake', 'discount', 'yield', 'reserve_requirement_ratio']);
/** `held about 0.3% of Arm`, `持有5%`: a percentage owned is a stake. */
const HOLDING_BEFORE = /(?:\bholds?|\bheld|\bowns?|\bowned|\bholding|\bacquired?|\bsold|\bsells?|\bbought|\bbuys?|持有|持股|增持|减持)\s*(?:(?:a|an|about|nearly|some|roughly|approximately|around|almost|another|约|近)\s*)*$/i;
const SPECIFIC_AFTER = /^\s*(?:stake|equity stake|share of (?:the )?(?:\w+ )?market|market share|of the (?:\w+ )?market|市场份额|份额|股权|股份)/i;
// Bounded: `lead` is the 24 characters before the figure, never the sentence.
const SHARE_BEFORE = /(?:accounting for|accounted for|accounts for|account for|占(?:比)?(?:为|达)?|占[^，,。；;\d]{1,20}的(?:比重|比例)?(?:为|达)?|比重为?|占据)\s*(?:about |nearly |around |approximately |约|近)?$/i;
const PART_OF_AFTER = /^\s*of\s+(?:the |its |their |his |her |all |total )?[a-z]/i;
const INDEX = new RegExp(`^(?:${cueAlternation([...EN_INDICES, ...ZH_INDICES])})$`);
/** Measures in money: a bare Chinese amount of one of them is money in an unsaid currency. */
export const MONEY_METRICS = new Set(['revenue', 'net_income', 'net_loss', 'profit', 'operating_profit', 'adjusted_net_income', 'gmv', 'transaction_volume', 'sales', 'market_value', 'valuation', 'funding', 'deal_value', 'investment', 'online_retail_sales', 'retail_sales', 'market_size', 'buyback', 'capital_expenditure', 'subsidy', 'fine', 'import_export_volume', 'exports', 'imports']);

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

/** The metric a figure measures, from the words beside it and the metric mentions of its sentence. */
export function metricOf(site: FigureSite, a: SentenceAnalysis): string | null {
  const { figure: f, clause, lead, after } = site;
  const { metrics, chinese } = a;
  let metric: string | null;
  const zhCounted = chinese && f.kind === 'count' ? ZH_COUNTED.exec(after) : null;
  const specific = f.kind === 'percent' ? SPECIFIC_AFTER.exec(after) : null;
  if (specific) {
    metric = /stake|股权|股份/i.test(specific[0]) ? 'stake' : 'market_share';
  } else if (f.kind === 'percent' && SHARE_BEFORE.test(lead)) {
    metric = 'share';
  } else if (f.kind === 'percent' && /^\s*off\b/i.test(after)) {
    metric = 'discount';
  } else if (f.kind === 'percent' && HOLDING_BEFORE.test(lead)) {
    metric = 'stake';
  } else if (f.kind === 'percent' && f.direction === null && PART_OF_AFTER.test(after)) {
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
  return metric;
}

/** `沪指跌1.68%`, `Nasdaq closed down 1.3%`: an index's move with no metric named is the move of its level. */
export function indexMove(metric: string | null, kind: string, entity: string | null): string | null {
  return metric === null && kind === 'percent' && entity !== null && INDEX.test(entity) ? 'index_level' : metric;
}

/** `Brent crude rose 1.6% to $81.01 a barrel`: a change with no metric measures the level it moves to. */
export function changesTakeLevelMetric(figures: Array<{ start: number; end: number; direction: string | null; metric: string | null }>, folded: string): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const change = figures[i];
    const level = figures[i + 1];
    if (change.direction !== null && change.metric === null && level.metric !== null && /^\s*to\s*$/i.test(folded.slice(change.end, level.start))) change.metric = level.metric;
  }
}
