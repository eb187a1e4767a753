import type { CueRule, LexiconRule } from '../rule.js';

type Q = 'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to';

/** Qualifiers written before the figure (`约100亿元`, `超千亿元`). */
export const qualifiersBefore: LexiconRule<Q>[] = [
  { name: 'nearly', pattern: '将近|接近|近', examples: ['近40亿美元', '接近20%'] },
  { name: 'about', pattern: '约为|大约|约合|约', examples: ['约380亿美元', '约为90亿美元'] },
  { name: 'over', pattern: '(?<!不)超过|逾|(?<!不)超|突破|高于|多于|达到?逾', examples: ['超过1亿美元', '突破1000亿件', '逾3000家'] },
  { name: 'under', pattern: '不到|不足|低于|少于|跌破|跌穿', examples: ['不到5%', '低于15美元'] },
  { name: 'at_least', pattern: '不少于|不低于|至少', examples: ['至少1000家'] },
  { name: 'up_to', pattern: '最多|最高|不超过|高达', examples: ['最高2000元', '高达12个百分点'] },
];

/** Qualifiers written after the figure (`100万左右`, `100多万`). */
export const qualifiersAfter: LexiconRule<Q>[] = [
  { name: 'about', pattern: '左右|上下', examples: ['100万左右'] },
  { name: 'over', pattern: '以上|多|起(?![来步初码])', examples: ['50%以上', '售价6999元起'] },
  { name: 'up_to', pattern: '以内', examples: ['5%以内'] },
];

/** A direction word right before a change (`同比增长3%`, `下降5.2%`). */
export const directionsBefore: LexiconRule<'up' | 'down'>[] = [
  {
    name: 'up',
    pattern: '增长了?|增加了?|上涨了?|上升了?|提升了?|提高了?|上调|增幅(?:为|达)?|涨幅(?:为|达)?|涨了?|升值|加快|回升|攀升|走高|增|升|加息|复合增长率为?|增长率为?|增速为?|年增',
    examples: ['同比增长3%', '上涨2.5%', '年增32.9%', '离岸人民币累计升值约1.2%', '增速比上月加快0.7个百分点'],
  },
  {
    name: 'down',
    pattern: '下降了?|下跌了?|减少了?|降低了?|下滑了?|下调|跌幅(?:为|达)?|降幅(?:为|达)?|跌了?|贬值|回落|放缓|缩水|蒸发|收窄|走低|下挫|跌|降|减|降准|降息|年减',
    examples: ['同比下降5.2%', '较前一周下跌8.3%', '下调25个基点', '涨幅比上月回落0.1个百分点', '估值缩水约三分之一', '最高降幅达12个百分点'],
  },
];

export const directionsAfter: LexiconRule<'up' | 'down'>[] = [];

/** Verbs that move a level to a new value: `增长16.7%至3059亿元`, `由1万元提高至2万元`, `下调25个基点至4.50%`. */
export const movesTo: LexiconRule<'up' | 'down'>[] = [
  { name: 'up', pattern: '增长|增加|上升|上涨|提高|提升|上调|调高|扩大|攀升|回升|升|增|涨', examples: ['电商GMV同比增长16.7%至3059亿元', '补贴标准由1万元提高至2万元', '毛利率由去年同期的48%升至53%', '月活跃用户规模增至12.35亿'] },
  { name: 'down', pattern: '下降|下跌|减少|降低|下调|调低|缩小|收窄|回落|下滑|降|跌|减', examples: ['利率目标区间下调25个基点至4.50%', '销售佣金由17%降至5%'] },
];

/** `至`/`到` after the verb, not the `至` of `截至` (as of) or `直至` (until). */
export const levelTo: CueRule[] = [{ name: 'to', pattern: '(?<![截直乃])[至到]', examples: ['增至', '提高到'] }];

/** The comparison a change is measured against; `环比` is read against the period's length by the caller. */
export const bases: LexiconRule<'yoy' | 'qoq' | 'mom' | 'wow'>[] = [
  { name: 'yoy', pattern: '同比|较上年|比上年|较去年同期|比去年同期|年增|年减', examples: ['同比增长3%', '较去年同期增长5%'] },
  { name: 'wow', pattern: '较前一周|较上周|比上周|周环比', examples: ['较前一周下跌8.3%'] },
  { name: 'qoq', pattern: '上季度|环比|较上季', examples: ['环比增长24.8%'] },
  { name: 'mom', pattern: '上月|较上月|比上月', examples: ['较上月增长5%'] },
];

export const forecastBefore: CueRule[] = [
  { name: 'expectation', pattern: '预期|预计|预测|预估|前值|有望|或将|将达', examples: ['市场预期为3.5%', '预计三季度交付10万至10.3万辆'] },
  { name: 'guidance', pattern: '目标|指引|计划(?:在|于|到)?', examples: ['目标为5%左右', '业绩指引为1600亿至1670亿美元'] },
];
export const forecastAfter: CueRule[] = [{ name: 'expectation', pattern: '[^，,。；;]{0,6}(?:预期|预计)', examples: ['5%（预期4.8%）'] }];
