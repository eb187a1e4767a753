/**
 * Words the tokenizer knows: currencies, scales, counted nouns. Data only; the per-language reading
 * rules (metrics, qualifiers, directions, bases, periods) are in rules/.
 */

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
  kronor: 'SEK', krona: 'SEK', 'swedish kronor': 'SEK', 'danish kroner': 'DKK', 'norwegian kroner': 'NOK',
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

/** Counted nouns that are measurements or spans of time, not counts of things. */
export const NOT_COUNTED = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'times', 'points', 'percent',
  'km', 'kms', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'inches', 'tons', 'tonnes', 'kilograms',
  'kgs', 'grams', 'liters', 'litres', 'degrees', 'yards', 'acres', 'hectares', 'gigabytes', 'terabytes', 'megabytes',
  'watts', 'kilowatts', 'gigawatts', 'megawatts', 'volts', 'pixels', 'stars', 'goals', 'runs', 'votes', 'laps', 'ounces',
  'barrels', 'bps', 'basis', 'percentage', 'pounds', 'dollars', 'euros', 'yen', 'yuan', 'cents', 'pence', 'rupees', 'won',
]);

/** Chinese measure words that count things (the unit of a count). */
export const MEASURE_WORDS = '人次|辆|单|人|台|家|个|款|件|名|位|户|座|所|条|张|部|套|笔|项|篇|只|场|批|架|艘|颗|支|份|万人|列|标箱|趟|班';

/** What follows a Chinese number and makes it no figure: time, age, measure, multiple. */
export const ZH_NOT_FIGURE = /^(?:年|月|日|号|时|点(?!\d)|分|秒|岁|周年|倍|斤|吨|公斤|千克|克|公里|千米|米|平方|度|℃|°|个月|天|周|小时|年级|届|代|版|期|号线|级|集|分钟|寸|英寸|毫|兆|G\b|nm|纳米|mAh|瓦|伏|季度|大)/;
