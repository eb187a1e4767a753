import type { CueRule } from '../rule.js';

/**
 * Cues for Chinese clause subjects. The subject of a clause is the words before its metric, verb or
 * number; these say when those words are not an owner's name, so the owner named earlier stays.
 */

/** Words that open a clause without naming anyone: prepositions, time, attribution, quantity. */
export const NOT_SUBJECT_START: CueRule[] = [
  { name: 'preposition', pattern: '(?:自|从|于|对|向|在|按|据|受|因|随)(?=\\d|[今去明本上下前]|确认|此|该|其|$)', examples: ['自4月15日起', '按确认收货', '在今年'] },
  { name: 'attribution', pattern: '归属|归母|扣非|经调整|调整后|非(?:公认|通用)会计准则', examples: ['归属于普通股股东的净利润', '归母净利润', '经调整EBITA'] },
  { name: 'label', pattern: '(?:原文|译文|原话|注|摘要|要点)$', examples: ['原文', '注'] },
  { name: 'time', pattern: '当(?:季|期|月|年|日|周|天)|截至|前(?:两|三|\\d)|末|上周|本周|上月|本月|今日|昨日|全天|全年|连续|此前|目前', examples: ['当季收入', '前两个月', '上周上海'] },
  { name: 'quantity', pattern: '每(?=年|月|日|天|周|股|单|人)|共(?=\\d|计|有)|约(?=\\d)|最高|最低|最多|首(?=批|次|个|家|日|月)|仍|高(?=于|达|出)|低(?=于)|有(?=\\d|超|近|约|逾)|对应|涨幅|跌幅|降幅|增幅|增速', examples: ['每年', '首批备货', '最高降幅', '仍低于', '增速比上月加快'] },
  { name: 'action', pattern: '发送|销售|车辆|新规|直接|涉及|报|开设|推出|上线|取消', examples: ['发送货物', '新规'] },
];

/**
 * A subject ending in a measure (`门店数`, `仓库面积`) or a kind of goods (`服装类商品销售`) names
 * what is measured or sold, not whose it is.
 */
export const MEASURE_END: CueRule[] = [
  { name: 'category', pattern: '(?:类|商品|产品|品类)(?:销售|业务)?', examples: ['服装类商品销售', '家电产品'] },
  { name: 'measure', pattern: '(?:数|额|量|率|规模|面积|收入|利润|价值|价格|笔数|渗透率|能力|人数|总数)', examples: ['门店数', '仓库面积', '零售渗透率'] },
];

/** Words for the whole country in national statistics: the owner is China. */
export const NATION: CueRule[] = [{ name: 'nation', pattern: '我国|全国', examples: ['我国', '全国快递服务企业业务量'] }];

/** A business line of the company already named (`数据中心业务`, `云业务`): the figure is the company's. */
export const SEGMENT: CueRule[] = [
  { name: 'segment', pattern: '(?:数据中心|云|广告|海外|国际|电商|游戏|汽车|手机)(?:业务|板块)?', examples: ['数据中心', '云业务'] },
  { name: 'region', pattern: '(?:港澳台|海外|境外)(?:(?:及|和|、)(?:港澳台|海外|境外))?(?:市场|地区|业务)?', examples: ['港澳台及海外', '海外市场'] },
];

/** Stock and freight indices (`沪指`, `标普500指数`, `SCFI`): a percentage they move by is the move of an index level. */
export const INDICES: CueRule[] = [{ name: 'index', pattern: '沪指|深证成指|深成指|创业板指|科创50|道指|纳指|标普500指数|标普|恒指|恒生指数|[A-Z]{3,5}|.{0,12}指数', examples: ['沪指', '纳指', '标普500指数', 'SCFI'] }];
