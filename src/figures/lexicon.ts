/**
 * Words the extractor knows: currencies, scales, qualifiers, directions, metrics. Data only.
 */
import type { Qualifier } from '../model.js';

/** Currency written before the number: symbol or code. */
export const CURRENCY_PREFIX: Record<string, string> = {
  'US$': 'USD', 'HK$': 'HKD', 'A$': 'AUD', 'AU$': 'AUD', 'S$': 'SGD', 'C$': 'CAD', 'CA$': 'CAD', 'NT$': 'TWD', 'R$': 'BRL',
  'NZ$': 'NZD', $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', 'Rs': 'INR', 'Rs.': 'INR',
  RMB: 'CNY', CNY: 'CNY', USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', HKD: 'HKD', KRW: 'KRW', INR: 'INR',
  SGD: 'SGD', AUD: 'AUD', CAD: 'CAD', TWD: 'TWD', CHF: 'CHF', 'CHF ': 'CHF', RM: 'MYR',
};

/** Small numbers in words, as cents are written after an amount (`US$3 and fourteen`, `forty-two cents`). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Currency written after the number: word, code or Chinese name. Keys lower-case. */
export const CURRENCY_SUFFIX: Record<string, string> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', 'hong kong dollars': 'HKD', 'hk dollars': 'HKD',
  'singapore dollars': 'SGD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'new taiwan dollars': 'TWD',
  'taiwan dollars': 'TWD', 'new zealand dollars': 'NZD', dollars: 'USD', dollar: 'USD', bucks: 'USD',
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', hkd: 'HKD',
  krw: 'KRW', inr: 'INR', euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', 'pound sterling': 'GBP', pounds: 'GBP',
  pound: 'GBP', sterling: 'GBP', yen: 'JPY', won: 'KRW', rupees: 'INR', rupee: 'INR', 'swiss francs': 'CHF', francs: 'CHF',
  ruble: 'RUB', rubles: 'RUB', roubles: 'RUB', cents: 'USD', cent: 'USD', pence: 'GBP', penny: 'GBP', pennies: 'GBP',
  美元: 'USD', 美金: 'USD', 港元: 'HKD', 港币: 'HKD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 韩元: 'KRW', 新台币: 'TWD',
  台币: 'TWD', 人民币: 'CNY', 元人民币: 'CNY', 元: 'CNY', 块: 'CNY', 卢比: 'INR', 卢布: 'RUB', 新加坡元: 'SGD', 澳元: 'AUD', 加元: 'CAD',
  'us dollar': 'USD', 'u.s. dollar': 'USD', 'malaysian ringgits': 'MYR', 'malaysian ringgit': 'MYR', 'malaysia ringgits': 'MYR',
  'malaysia ringgit': 'MYR', ringgits: 'MYR', ringgit: 'MYR', rm: 'MYR', 'kuwaiti dinars': 'KWD', 'kuwaiti dinar': 'KWD',
  'qatari riyals': 'QAR', 'qatari riyal': 'QAR', 'saudi riyals': 'SAR', 'saudi riyal': 'SAR', saudiriyal: 'SAR',
  'lebanese pounds': 'LBP', 'lebanese pound': 'LBP', 'egyptian pounds': 'EGP', 'egyptian pound': 'EGP', egyptianpound: 'EGP',
  le: 'EGP', 'l.e.': 'EGP', 'l.e': 'EGP', geneh: 'EGP', 'genihat masriya': 'EGP', hryvnias: 'UAH', hryvnia: 'UAH', tugriks: 'MNT',
  tugrik: 'MNT', baht: 'THB', rupiah: 'IDR', pesos: '', peso: '', dinars: '', dinar: '', riyals: '', riyal: '', rials: '', rial: '',
  'finnish markka': 'FIM', markka: 'FIM', markkaa: 'FIM', pesetas: 'ESP', peseta: 'ESP', 'dutch guilders': 'NLG', guilders: 'NLG',
  guilder: 'NLG', 'deutsche marks': 'DEM', 'french francs': 'FRF', lire: 'ITL', sen: 'MYR', kopiykas: 'UAH', kopiyka: 'UAH', paise: 'INR',
  瑞士法郎: 'CHF', 法郎: '', 奈拉: 'NGN', 泰铢: 'THB', 越南盾: 'VND', 林吉特: 'MYR', 新西兰元: 'NZD', 加拿大元: 'CAD', 澳大利亚元: 'AUD',
  比索: '', 里拉: '', 第纳尔: '', 雷亚尔: 'BRL', 兰特: 'ZAR', 新台币元: 'TWD',
};

/** Currency words that mean a hundredth of the unit. An empty code means money in a currency that the word leaves open (`dinars`). */
export const SUBUNIT = new Set(['cents', 'cent', 'pence', 'penny', 'pennies', 'sen', 'kopiykas', 'kopiyka', 'paise']);

/** Currency symbols written after the number (`100₾`), beyond `$ € £ ¥ ₹ ₩`. */
export const SYMBOL_CODES: Record<string, string> = {
  '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', 'ரூ': 'LKR', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '₱': 'PHP', '₦': 'NGN', '₴': 'UAH', '฿': 'THB',
};

/** ISO 4217 codes read before or after a number (`MYR 42`, `42 KWD`). */
export const ISO_CODES = new Set(
  ('USD EUR GBP JPY CNY HKD KRW INR SGD AUD CAD TWD CHF NZD BRL RUB MXN ZAR SEK NOK DKK PLN TRY THB IDR MYR PHP VND AED SAR QAR KWD BHD ' +
    'OMR JOD LBP EGP ILS PKR BDT NGN KES ARS CLP COP PEN UAH CZK HUF RON ISK BGN MNT GEL CRC LAK LKR').split(' '),
);

/** Scale words and their power of ten. Keys lower-case (`M`/`B` compared after lower-casing). */
export const SCALE: Record<string, number> = {
  thousand: 3, k: 3, million: 6, mn: 6, mln: 6, m: 6, mm: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12, tr: 12,
  lakh: 5, lakhs: 5, lac: 5, lacs: 5, crore: 7, crores: 7,
  万亿: 12, 千亿: 11, 百亿: 10, 十亿: 9, 亿: 8, 千万: 7, 百万: 6, 十万: 5, 万: 4, 千: 3,
};

/** Scale words that need a currency beside them to count (a bare `5 m` is five metres). */
export const SHORT_SCALE = new Set(['k', 'm', 'mm', 'b', 'tn', 'tr', 'mn', 'bn', 'mln']);

/** Qualifier phrases written before the figure, longest first when matched. */
export const QUALIFIER_BEFORE: Array<[RegExp, Qualifier]> = [
  [/(?:nearly|almost|close to|just (?:under|shy of)|approaching|将近|接近|近)\s*$/i, 'nearly'],
  [/(?:approximately|about|around|roughly|some|an estimated|circa|约为|大约|约合|约)\s*$/i, 'about'],
  [/(?:more than|over|above|exceeding|in excess of|upwards of|north of|tops|topped|surpass(?:ed|es)?|exceed(?:ed|s)|cross(?:ed|es)|(?<!不)超过|逾|(?<!不)超|突破|高于|多于|达到?逾)\s*$/i, 'over'],
  [/(?:less than|under|below|fewer than|不到|不足|低于|少于|跌破|跌穿)\s*$/i, 'under'],
  [/(?:at least|no less than|不少于|不低于|至少)\s*$/i, 'at_least'],
  [/(?:up to|as much as|as many as|as high as|at most|no more than|最多|最高|不超过|高达)\s*$/i, 'up_to'],
];

/** Qualifiers written after: `100万左右`, `100多万`. */
export const QUALIFIER_AFTER: Array<[RegExp, Qualifier]> = [
  [/^\s*(?:左右|上下)/, 'about'],
  [/^\s*(?:以上|多)/, 'over'],
  [/^\s*以内/, 'up_to'],
  [/^\s*or (?:more|higher)\b/i, 'over'],
];

const UP = 'up|rose|rises|rising|rise|risen|increased?|increasing|grew|grown|grows|growing|growth|gain(?:ed|s)?|jump(?:ed|s)?|soar(?:ed|s)?|surg(?:ed|es)|climb(?:ed|s)?|higher|advanced?|expanded|boost(?:ed)?|raised?|rais(?:ing)|增长了?|增加了?|上涨了?|上升了?|提升了?|提高了?|上调|增幅为?|涨幅为?|涨了?|增|升|加息|widen(?:ed|s|ing)?|add(?:ed|s|ing)?|复合增长率为?|增长率为?|增速为?';
const DOWN = 'down|fell|falls?|falling|fallen|declined?|declines|declining|decreased?|decreasing|dropp?(?:ed|s)?|slid|slides?|slump(?:ed|s)?|plung(?:ed|es)|plummet(?:ed|s)?|tumbl(?:ed|es)|sank|shrank|shrunk|contracted|cut|cuts|cutting|slash(?:ed|es|ing)?|lower|reduced?|下降了?|下跌了?|减少了?|降低了?|下滑了?|下调|跌幅为?|降幅为?|跌了?|跌|降|减|降准|降息|narrow(?:ed|s|ing)?|lost|loses|losing|shed(?:ding|s)?';
/** A direction word right before the figure (`up 70%`, `an increase of 8.35%`, `增长3%`). */
export const DIRECTION_BEFORE = new RegExp(
  `(?:(?<up>\\b(?:${UP}|an? (?:[\\w-]+ )?(?:increase|rise|growth|gain|jump) of)|(?:${UP.split('|').filter((w) => /[\u4e00-\u9fff]/.test(w)).join('|')}))|(?<down>\\b(?:${DOWN}|an? (?:[\\w-]+ )?(?:decrease|decline|drop|fall|reduction|cut) of)|(?:${DOWN.split('|').filter((w) => /[\u4e00-\u9fff]/.test(w)).join('|')})))(?:\\s+by)?\\s*$`,
  'i',
);
/** A direction noun right after (`a 5% increase`). */
export const DIRECTION_AFTER = /^\s*(?:(?<up>increase|rise|growth|gain|jump|hike|surge)|(?<down>decrease|decline|drop|fall|cut|slump|reduction))\b/i;

export const BASIS: Array<[RegExp, 'yoy' | 'qoq' | 'mom']> = [
  [/year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by\/y\b|from a year (?:earlier|ago|before)|than a year (?:earlier|ago)|over the same period|same period last year|同比|较上年|比上年/i, 'yoy'],
  [/quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bqoq\b|\bq\/q\b|sequentially|from the previous quarter|上季度|环比/i, 'qoq'],
  [/month[- ]on[- ]month|month[- ]over[- ]month|\bmom\b|\bm\/m\b|from the previous month|上月/i, 'mom'],
];

/**
 * Business metrics, each a pattern and its canonical snake_case name; a name ending in another's
 * (`advertising_revenue`, `revenue`) is its specialisation. Longer phrases first.
 */
export const METRICS: Array<[string, string]> = [
  ['advertising revenues?|ad revenues?|advertising sales|广告收入|广告营收', 'advertising_revenue'],
  ['data cent(?:er|re) revenues?|数据中心收入|数据中心营收', 'data_center_revenue'],
  ['cloud revenues?|AWS revenues?|Azure revenues?|云业务收入|云收入', 'cloud_revenue'],
  ['annuali[sz]ed revenues?|annual recurring revenue|ARR', 'annualized_revenue'],
  ['adjusted net (?:income|profit)|经调整净利润|调整后净利润', 'adjusted_net_income'],
  ['net (?:income|profits?|earnings)|净利润|净利', 'net_income'],
  ['net loss(?:es)?|净亏损|亏损', 'net_loss'],
  ['adjusted operating (?:profits?|income)|经调整经营利润|经调整营业利润', 'adjusted_operating_profit'],
  ['operating (?:profits?|income)|营业利润|经营利润|运营利润', 'operating_profit'],
  ['gross (?:profit )?margins?|毛利率', 'gross_margin'],
  ['operating margins?|营业利润率|经营利润率', 'operating_margin'],
  ['net (?:profit )?margins?|净利率|净利润率', 'net_margin'],
  ['(?:total )?payment volume|\\bTPV\\b|支付交易额|支付交易规模', 'payment_volume'],
  ['parcel volume|parcels|快递业务量|快递包裹|包裹量', 'parcel_volume'],
  ['EBITDA margins?', 'ebitda_margin'],
  ['adjusted EBITDA|经调整EBITDA', 'adjusted_ebitda'],
  ['EBITDA', 'ebitda'],
  ['gross merchandise (?:value|volume)|GMV|商品交易总额', 'gmv'],
  ['(?:e-?commerce )?transaction (?:volume|value|scale)|交易规模|交易额|成交额|交易总额', 'transaction_volume'],
  ['physical (?:goods )?online retail sales|实物商品网上零售额', 'physical_online_retail_sales'],
  ['online retail sales|网上零售额|网络零售额', 'online_retail_sales'],
  ['retail sales|社会消费品零售总额|零售额|零售总额', 'retail_sales'],
  ['(?:global )?e-?commerce sales|电商销售额', 'ecommerce_sales'],
  ['digital sales', 'digital_sales'],
  ['comparable(?: store)? sales|same-store sales', 'comparable_sales'],
  ['sales volume|unit sales|销量|销售量', 'sales_volume'],
  ['deliveries|delivered|交付量|交付', 'deliveries'],
  ['shipments|shipped|出货量', 'shipments'],
  ['net sales|revenues?|turnover|top line|营收|营业收入|营业额|总收入|收入', 'revenue'],
  ['operating (?:cash flow)|经营现金流', 'operating_cash_flow'],
  ['market (?:value|capitali[sz]ation|cap)|市值', 'market_value'],
  ['valuation|valued at|valuing|估值', 'valuation'],
  ['funding|financing|fundraising|raised|raise|(?:funding |financing )?round|融资|募资', 'funding'],
  ['acquisitions?|acquired?|acquiring|to buy|takeover|buyout|收购|并购', 'acquisition'],
  ['market share|share of the (?:\\w+ )?market|市场份额|市占率|份额', 'market_share'],
  ['stakes?|持股比例|持股|股权', 'stake'],
  ['share price|stock price|shares? (?:of|in)|shares|stock|股价', 'share_price'],
  ['accounting for|accounted for|accounts for|account for|proportion|percent of|占比|比重|占', 'share'],
  ['(?:weekly |monthly |daily )?active (?:buyers|customers)|活跃买家数?|活跃买家', 'active_buyers'],
  ['(?:weekly |monthly |daily )?active users|活跃用户数?|日活|月活', 'active_users'],
  ['paying (?:business )?users|付费用户', 'paying_users'],
  ['users|用户数?|用户', 'users'],
  ['active (?:merchants|sellers)|活跃商家数?|活跃卖家数?', 'active_merchants'],
  ['orders|订单量|订单', 'orders'],
  ['buyback|repurchase|回购', 'buyback'],
  ['investments?|invest(?:ed|s|ing)?|投资', 'investment'],
  ['imports? and exports?|import and export (?:volume|value)|total trade|进出口(?:规模|总额|额)?', 'import_export_volume'],
  ['exports?|出口(?:额)?', 'exports'],
  ['imports?|进口(?:额)?', 'imports'],
  ['dividends?|股息|分红', 'dividend'],
  ['earnings per share|\\bEPS\\b|每股收益', 'eps'],
  ['(?:processing |delivery |card )?fees|配送费|手续费|费用', 'fees'],
  ['market size|market scale|市场规模|规模', 'market_size'],
  ['(?:bond )?yields?|收益率', 'yield'],
  ['reserve requirement ratio|存款准备金率|准备金率|降准', 'reserve_requirement_ratio'],
  ['workforce|jobs|employees|headcount|staff|员工|岗位', 'employees'],
  ['fines?|penalty|penalties|罚款', 'fine'],
  ['sales|销售额', 'sales'],
  ['profits?|利润', 'profit'],
  ['price|价格', 'price'],
];

/** Counted nouns that are measurements or spans of time, not counts of things. */
export const NOT_COUNTED = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'times', 'points', 'percent',
  'km', 'kms', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'inches', 'tons', 'tonnes', 'kilograms',
  'kgs', 'grams', 'liters', 'litres', 'degrees', 'yards', 'acres', 'hectares', 'gigabytes', 'terabytes', 'megabytes',
  'watts', 'kilowatts', 'gigawatts', 'megawatts', 'volts', 'pixels', 'stars', 'goals', 'runs', 'votes', 'laps', 'ounces',
  'barrels', 'bps', 'basis', 'percentage', 'pounds', 'dollars', 'euros', 'yen', 'yuan', 'cents', 'pence', 'rupees', 'won',
]);

/** Chinese measure words that count things (the unit of a count). */
export const MEASURE_WORDS = '人次|辆|单|人|台|家|个|款|件|名|位|户|座|所|条|张|部|套|笔|项|篇|只|场|批|架|艘|颗|支|份|万人';

/** What follows a Chinese number and makes it no figure: time, age, measure, multiple. */
export const ZH_NOT_FIGURE = /^(?:年|月|日|号|时|点(?!\d)|分|秒|岁|周年|倍|斤|吨|公斤|千克|克|公里|千米|米|平方|度|℃|°|个月|天|周|小时|年级|届|代|版|期|号线|级|集|分钟|寸|英寸|毫|兆|G\b|nm|纳米|mAh|瓦|伏|季度|大)/;
