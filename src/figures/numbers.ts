/**
 * The tokenizer: one pass over a sentence finds every number that matters — money, percentages,
 * counts, ranks — with its exact text span, normalised value, unit and qualifier. One combined
 * pattern finds where a figure may start; sticky patterns read it there; cheap look-ups in a small
 * window around decide the rest. No pattern nests quantifiers, so time stays linear.
 */
import type { FigureKind } from '../model.js';
import type { Qualifier } from '../model.js';
import { readCount } from './counts.js';
import { sticky, uncaptured } from './rules/index.js';
import { startGuard } from './rules/starts.js';
import { bare, CHINESE_DIGITS, directionAround, plainFigure, qualifierAfter, qualifierBefore, scaled, SUFFIX_CURRENCY, type RawFigure } from './raw.js';
import { readChineseFraction, readChineseMagnitude, readChinesePercent, readFraction, readMagnitude, readMultiple, readPercentOf, readRank, readScaleOnly } from './worded.js';

export { scaled, type RawFigure };
import {
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  NUMBER_WORDS,
  ISO_CODES,
  SCALE,
  SHORT_SCALE,
  SUBUNIT,
  SYMBOL_CODES,
} from './lexicon.js';


const ISO_ALTERNATION = [...ISO_CODES].join('|');
// `C $ 16.4 million` (tokenised text) keeps its space; one-letter prefixes (`A$`) do not, or `A $5 fee` would be Australian.
const PREFIX_CURRENCY = `(?:US|us|HK|hk|AU|CA|NT|NZ|C|c) ?\\$|(?:A|S|R)\\$|[$€£₹₩¥￥₽₺₫₱₦₴฿]|(?:RMB|RM|Rs\\.?|${ISO_ALTERNATION}|(?:[Mm]alaysian? )?[Rr]inggits?)(?=\\s?\\d)`;
// The forms a figure starts with; the scan tries them only where one of them can start.
const START_FORMS = [
  `(?<![A-Za-z])(?:${PREFIX_CURRENCY})`,
  '(?<![\\w.%)])(?<!\\d,)(?<![A-Za-z][-−])[-−]?\\d',
  '百\\s*分\\s*之',
  '(?<!\\d\\s?)\\bper\\s?cents? of (?=\\d)',
  '数[十百千]?[万亿千百]',
  '\\b(?:tens|hundreds|thousands|millions|billions) of\\b',
  // `the first half of 2024` is a period, not a fraction; a bare `double` is a figure only after `more than`, `nearly`…
  '\\b(?:(?<!\\b(?:first|second|1st|2nd|latter|former)\\s)half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|a tenth|one[- ]tenth|doubled|doubles|doubling|tripled|triples|tripling|trebled|quadrupled|halved|(?<=\\b(?:more than|nearly|almost|about|roughly|over|at least)\\s)double)\\b',
  '翻了?[一两]?番',
  '[一二两三四五六七八九]成(?![为立功交本长员绩果熟型品])',
  '(?<=[超逾近约达破])(?:千亿|万亿|百亿|亿)(?=[元美欧日港英韩人件单辆台家个次])',
  '\\b(?:rank(?:ed|ing|s)?|placed|finished|came)\\s+(?:No\\.\\s*)?(?:\\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b)',
  '\\bNo\\.\\s?\\d',
  // `ahead of Lazada in 2nd`, `the world's second-most valuable company`
  '\\bin\\s\\d{1,3}(?:st|nd|rd|th)\\b(?!\\s(?:quarter|half|century|year|round|grade|edition|week|month|day|place of))',
  '\\b(?:second|third|fourth|fifth)-(?:most|largest|biggest|highest)\\b',
  '(?:排名|位列|位居|排|榜)(?=[^，,。；;、\\d]{0,10}第)',
  '居第',
  '第[一二三四五六七八九十]{1,3}大(?=股东|市场|经济体|客户|供应商|平台|品牌|卖家)',
  '[一二两三四五六七八九十]分之[一二三四五六七八九]',
];
const START = new RegExp(`${startGuard(START_FORMS)}(?:${START_FORMS.join('|')})`, 'gi');

// Groups, numbered (a named group builds an object per number read): 1 currency, 2 sign, 3 whole
// part, 4 fraction, 5 a trailing `+`.
const AMOUNT = new RegExp(
  `((?:${PREFIX_CURRENCY})\\s?)?([-−](?=\\d))?(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?: \\d{3})+(?![\\d.])|\\d+)(?:\\.(\\d+))?(\\+)?`,
  'y',
);
const SCALE_EN = /\s?(?<scale>trillion|billion|million|thousand|lakhs?|lacs?|crores?|bn|mn|mln|mm|tn|tr|k|m|b)(?![A-Za-z])/iy;
const SCALE_ZH = /(?<many>多)?(?<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?=[元美欧日港英韩人辆单台家个件名]))/y;
const PERCENT = /\s?(?:%|percent\b|per cent\b|pct\b|percentage\b(?!\s+points?))/iy;
const POINTS = /\s*(?:percentage points?|pct\.? pts?\b|[个個]\s*百\s*分\s*[点點]|pp\b)/iy;
const BASIS_POINTS = /\s?(?:bps\b|basis points?|个基点|基点)/iy;
const TENTHS = /\s?成(?![为立功交本长员绩果熟型品])/y;
/** `75折`, `9.9折`: a price as a share of the full price; not `折合` (converts to) and the like. */
const DISCOUNT = /\s?折(?![合算旧叠射线腾服返扣价])/y;
const SYMBOL_AFTER = new RegExp(`\\s?(?:US\\$|HK\\$|[$€£¥￥₹₩¢]|${Object.keys(SYMBOL_CODES).join('|')}|(?:${ISO_ALTERNATION})(?![A-Za-z])|Rs\\b)`, 'y');
/** `分别提高1.2个和0.8个百分点`: the first number's `个` shares the second's percentage points. */
const SHARED_POINTS = /\s?个(?=\s?[和与、及]\s?\d+(?:\.\d+)?\s?个\s?百\s?分\s?点)/y;
/** Any of the units read after a number (a superset: it only spares the look for each when none can follow). */
const UNIT_AFTER = new RegExp([TENTHS, DISCOUNT, PERCENT, POINTS, SHARED_POINTS, BASIS_POINTS, SYMBOL_AFTER, SUFFIX_CURRENCY].map((re) => `(?:${uncaptured(re.source)})`).join('|'), 'iy');
/** Cents after a whole amount: `$20 and 43c`, `20 dollars 43 cents`, `3 GBP 1 pence`, `$20 43.` */
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const SMALL_NUMBER_WORDS = `${TENS_WORD}(?:[- ]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORD}`;
const SUBUNIT_WORD = '(?:cents?|c|pence|p|sens?|kopiykas?|paise)(?![A-Za-z])';
const SUBUNIT_AFTER = new RegExp(
  `(?:\\s+and)?\\s+(?<n>\\d{1,2}|${SMALL_NUMBER_WORDS})\\s?${SUBUNIT_WORD}|\\s+(?<bare>\\d{2})(?=\\s*(?:$|[.;!?]))|\\s+and\\s+(?<word>${SMALL_NUMBER_WORDS})(?=\\s*(?:$|[.;!?]))`,
  'iy',
);
/** Chinese subunits after a whole amount: 角/毛 tenths, 分/美分/銭 hundredths (not 分钟, minutes). */
const ZH_SUBUNIT_AFTER = /(\d)(?:(?<tenth>角|毛)|(?:美分|日本銭|銭|钱|仙|分)(?![钟之]))/y;

/** A currency word just before cents: the amount was written in words (`twenty dollars 43 cents`). */
const AMOUNT_IN_WORDS_BEFORE = /(?:dollars?|pounds?|euros?|rupees?|ringgits?|yuan)\s+(?:and\s+)?$/i;

/** `43` or `forty-two` → 43, 42. */
function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return text.toLowerCase().split(/[- ]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
}
const RANGE_JOIN = /\s?(?:-|–|—|~|～|to|至|到|and)\s?/iy;


/** Context a figure is read in: is the text Chinese; the sentence, for whose `¥` it is. */
export interface Context {
  chinese: boolean;
  text: string;
}

// Words beside a `¥` that say whose it is, looked for only when one stands in the sentence.
const YEN_WORDS = /\byen\b|日元|Japan/i;
const YUAN_WORDS = /\b(?:yuan|RMB|renminbi|CNY|China|Chinese)\b/i;

function currencyOf(symbol: string, ctx: Context): string {
  const s = symbol.replace(/\s+/g, '');
  // `¥` is the yuan in Chinese text or beside yuan words, else the yen (`Rakuten's ¥339.5 billion`).
  if (s === '¥' || s === '￥') return ctx.chinese ? 'CNY' : YEN_WORDS.test(ctx.text) ? 'JPY' : YUAN_WORDS.test(ctx.text) ? 'CNY' : 'JPY';
  const upper = s.toUpperCase();
  if (upper.includes('RINGGIT')) return 'MYR';
  return CURRENCY_PREFIX[s] ?? CURRENCY_PREFIX[upper] ?? SYMBOL_CODES[s] ?? (ISO_CODES.has(upper) ? upper : 'USD');
}

/**
 * Every figure in one sentence (folded text: ASCII digits), in order.
 * @example
 * scanFigures('revenue was US$58 billion, up 70%').map((f) => [f.kind, f.value, f.unit])
 * //=> [['money', 58000000000, 'USD'], ['percent', 70, '%']]
 */
export function scanFigures(text: string): RawFigure[] {
  const ctx: Context = { chinese: /[\u4e00-\u9fff]/.test(text), text };
  const found: RawFigure[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const figure = readAt(text, m.index, m[0], ctx);
    if (figure) {
      const range = found.length ? joinRange(text, found[found.length - 1], figure) : null;
      if (range) found[found.length - 1] = range;
      else found.push(figure);
      START.lastIndex = Math.max(figure.end, m.index + 1);
    } else {
      START.lastIndex = m.index + Math.max(1, m[0].length);
    }
  }
  for (const f of found) signedChange(text, f);
  // `about ₹1,000 crore ($120 million)`: a conversion in parentheses is as exact as what it converts.
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]];
    if (b.kind === 'money' && a.kind === 'money' && b.qualifier === null && /^\s?[(（]\s?$/.test(text.slice(a.end, b.start))) b.qualifier = a.qualifier;
  }
  // `分别提高1.2个和0.8个百分点`, `up 3% and 5%`: figures joined by `and` share the direction before them.
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]];
    if (b.direction === null && a.direction !== null && a.kind === b.kind && /^\s?(?:[和与、及]|and)\s?$/.test(text.slice(a.end, b.start))) b.direction = a.direction;
  }
  return found;
}

/**
 * `+22%`, `-0.5% y/y`: a signed percentage is a change, its sign the direction and its value the
 * magnitude; a level that is itself negative (`a -0.1% policy rate`, `为-0.3%`) keeps its sign.
 */
function signedChange(text: string, f: RawFigure): void {
  if (f.kind !== 'percent' || f.direction !== null || f.value === null) return;
  const sign = text[f.start];
  if (sign === '+' || (text[f.start - 1] === '+' && !/\d/.test(text[f.start - 2] ?? ''))) f.direction = 'up';
  else if ((sign === '-' || sign === '−') && !/(?:\b(?:a|an|at|of|is|was|to|be)|为|是|至|到)\s*$/i.test(text.slice(Math.max(0, f.start - 8), f.start))) {
    f.direction = 'down';
    f.value = Math.abs(f.value);
  }
}

const DIGIT_OR_SIGN = /^[-−\d]/;

function readAt(text: string, at: number, token: string, ctx: Context): RawFigure | null {
  // Most figures start with a digit or a sign, which no worded form below does.
  if (DIGIT_OR_SIGN.test(token)) return readAmount(text, at, ctx);
  const lower = token.toLowerCase();
  if (/^(?:tens|hundreds|thousands|millions|billions) of$/.test(lower)) return readMagnitude(text, at);
  if (/^(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|a tenth|one[- ]tenth)$/.test(lower)) return readFraction(text, at, lower);
  if (/^[一二两三四五六七八九十]分之[一二三四五六七八九]$/.test(token)) return readChineseFraction(text, at, token);
  if (/^(?:doubled|doubles|doubling|double|tripled|triples|tripling|trebled|quadrupled|halved)$/.test(lower) || token.startsWith('翻')) return readMultiple(text, at, token);
  if (/^[一二两三四五六七八九]成$/.test(token)) {
    return bare('percent', at, at + 2, CHINESE_DIGITS[token[0]] * 10, '%', text);
  }
  if (token.startsWith('百')) return readChinesePercent(text, at);
  if (/^per\s?cents? of $/i.test(token)) return readPercentOf(text, at, token);
  if (token.startsWith('数')) return readChineseMagnitude(text, at, token);
  if (/^(?:千亿|万亿|百亿|亿)$/.test(token)) return readScaleOnly(text, at, token);
  if (/^(?:rank|placed|finished|came|no\.|in\s\d|(?:second|third|fourth|fifth)-|排名|位列|位居|居|排|榜|第)/i.test(lower)) return readRank(text, at);
  return readAmount(text, at, ctx);
}

const ABSOLUTE_CHANGE = /(?:increased|decreased|rose|grew|fell|dropped|declined|jumped|climbed|cut(?:s|ting)?|slash(?:ed|es|ing)?|add(?:ed|s|ing)|lost|los(?:es|ing)|shed(?:ding|s)?|an? (?:[\w-]+ )?(?:increase|decrease|rise|drop|decline|gain|fall) of|增长了?|增加了?|减少了?|下降了?|上调|下调|蒸发|缩水)\s*(?:by\s*)?$/i;
/** `下调金融机构存款准备金率0.25个百分点`: a Chinese verb, its object, then the size of the change. */
const ZH_VERB_OBJECT_CHANGE = /(?:(?<up>上调|提高|调高|增加)|(?<down>下调|降低|调低|减少))[\u4e00-\u9fff]{1,12}$/;

// Bounded: reads the 40 characters before a figure (readAt).
const NOT_AMOUNT_BEFORE = /\b(?:PMI|purchasing managers'? index)\s*(?:为|是|录得|报|was|of|at|is|stood at|came in at|rose to|fell to|reading of)?\s*$/i;
const EXCHANGE_RATE_AFTER = /^\s*(?:per|to the|against the|a)\s+(?:US\s|U\.S\.\s)?(?:dollar|euro|yuan|pound|yen)\b|^\s*兑(?!换)/i;


/** A number with whatever currency, scale, percent sign, measure word or counted noun goes with it. */
/** `asRangeEnd`: reading the high end of a bare range, which is not itself the start of one. */
function readAmount(text: string, at: number, ctx: Context, asRangeEnd = false): RawFigure | null {
  const m = sticky(AMOUNT, text, at);
  if (!m) return null;
  const [, cur, minus, whole, fraction, plus] = m;
  const int = whole.length > 3 ? whole.replace(/[ ,]/g, '') : whole;
  const frac = fraction ?? '';
  let end = at + m[0].length;
  let currency = cur ? currencyOf(cur, ctx) : null;
  let pow = 0;
  let qualifierFromMany: Qualifier | null = plus ? 'over' : null;
  const plusBeforeScale = !!plus;

  const en = sticky(SCALE_EN, text, end);
  const zh = en ? null : sticky(SCALE_ZH, text, end);
  if (en) {
    const word = en.groups!.scale.toLowerCase();
    const past = end + en[0].length;
    // `5 m` is five metres; `10k$`, `12k个百分点`, `5m euros` are scaled.
    const unitAfter = sticky(SUFFIX_CURRENCY, text, past) ?? sticky(SYMBOL_AFTER, text, past) ?? sticky(PERCENT, text, past) ?? sticky(POINTS, text, past);
    if (!SHORT_SCALE.has(word) || currency || unitAfter) {
      pow = SCALE[word];
      end += en[0].length;
    }
  } else if (zh) {
    pow = SCALE[zh.groups!.scale];
    if (zh.groups!.many) qualifierFromMany = 'over';
    end += zh[0].length;
  }
  if (!plusBeforeScale && text[end] === '+') {
    qualifierFromMany = 'over';
    end++;
  }

  let kind: FigureKind | null = null;
  let unit: string | null = null;
  let counted: string | null = null;
  let value = scaled(int, frac, pow);
  const afterNumber = end;

  // Most numbers have no unit after them: one look says whether any of the units below can follow.
  const unitFollows = sticky(UNIT_AFTER, text, end) !== null;
  const tenths = pow === 0 && unitFollows ? sticky(TENTHS, text, end) : null;
  const discount = pow === 0 && unitFollows && !tenths && ctx.chinese ? sticky(DISCOUNT, text, end) : null;
  if (tenths) {
    kind = 'percent';
    unit = '%';
    value = scaled(int, frac, 1);
    end += tenths[0].length;
  } else if (discount) {
    // `75折` is 75% of the price, `9.9折` 99%, `2折` 20%.
    kind = 'percent';
    unit = '%';
    value = value < 10 ? scaled(int, frac, 1) : value;
    end += discount[0].length;
  }
  const pct = tenths || discount || !unitFollows ? null : sticky(PERCENT, text, end);
  const pts = pct || !unitFollows ? null : (sticky(POINTS, text, end) ?? (ctx.chinese ? sticky(SHARED_POINTS, text, end) : null));
  const bps = pct || pts || !unitFollows ? null : sticky(BASIS_POINTS, text, end);
  if (tenths || discount) {
    // Read above, as a percentage.
  } else if (pct || pts || bps) {
    kind = 'percent';
    unit = pct ? '%' : pts ? 'pp' : 'bps';
    end += (pct ?? pts ?? bps)![0].length;
  } else {
    const symbol = currency || !unitFollows ? null : sticky(SYMBOL_AFTER, text, end);
    const suffix = symbol || !unitFollows ? null : sticky(SUFFIX_CURRENCY, text, end);
    if (symbol) {
      const mark = symbol[0].trim();
      currency = mark === '¢' ? 'USD' : currencyOf(mark, ctx);
      if (mark === '¢') value = scaled(int, frac, pow - 2);
      end += symbol[0].length;
    } else if (suffix && !currency) {
      const word = suffix[0].trim().toLowerCase().replace(/^-/, '');
      const code = CURRENCY_SUFFIX[word] ?? CURRENCY_SUFFIX[suffix[0].trim()];
      if (code !== undefined) {
        currency = code;
        if (SUBUNIT.has(word)) {
          if (AMOUNT_IN_WORDS_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return null;
          value = scaled(int, frac, pow - 2);
        }
        end += suffix[0].length;
      }
    } else if (suffix && currency && /^(?:dollars?|yuan|元|美元)$/i.test(suffix[0].trim())) {
      end += suffix[0].length;
    }
    if (currency !== null) {
      kind = 'money';
      // An empty code: money in a currency the word leaves open (`10 dinars`).
      unit = currency || null;
      const whole = !frac && pow === 0 && !SUBUNIT.has(suffix?.[0].trim().toLowerCase().replace(/^-/, '') ?? '');
      const cents = whole ? sticky(SUBUNIT_AFTER, text, end) : null;
      const fen = whole && !cents ? sticky(ZH_SUBUNIT_AFTER, text, end) : null;
      if (fen) {
        // `10元5角` → 10.5, `10日元5日本銭` → 10.05.
        value = scaled(int, fen.groups!.tenth !== undefined ? fen[1] : fen[1].padStart(2, '0'), 0);
        end += fen[0].length;
      } else if (cents) {
        const hundredths = smallNumber(cents.groups!.n ?? cents.groups!.bare ?? cents.groups!.word);
        value = scaled(int, String(hundredths).padStart(2, '0'), 0);
        end += cents[0].length;
      }
    }
  }

  const sign = minus ? -1 : 1;
  if (kind === null) {
    const range = asRangeEnd ? null : readBareRange(text, at, afterNumber, value, ctx);
    if (range) return range;
    const count = readCount(text, at, afterNumber, int, frac, pow, ctx);
    if (!count) return null;
    kind = 'count';
    unit = count.unit;
    counted = count.counted;
    end = count.end;
  }

  const start = at;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  // Readings, not amounts: `PMI为50.2%`, `6.35 yuan per dollar`, `7.1 yuan to the dollar`.
  if (kind === 'percent' && NOT_AMOUNT_BEFORE.test(before)) return null;
  if (kind === 'money' && EXCHANGE_RATE_AFTER.test(after)) return null;
  const q = qualifierBefore(before);
  // The words before the figure, without its qualifier: where a direction word stands.
  const lead = before.slice(0, before.length - q.length);
  let direction = kind === 'percent' ? directionAround(lead, after) : null;
  // An amount or count with a change verb right before it is the size of a change (`增加约6860万`,
  // `rose by $2 billion`); with `to` between (`rose to $2 billion`) it is the new level.
  if ((kind === 'money' || kind === 'count') && ABSOLUTE_CHANGE.test(lead)) direction = directionAround(lead, '');
  if (direction === null && kind === 'percent' && ctx.chinese) {
    const verb = ZH_VERB_OBJECT_CHANGE.exec(lead);
    // `提高市场份额至15%` raises it *to* a level; only `下调…0.25个百分点` is the size of the change.
    if (verb && !/[至到为达]$/.test(lead)) direction = verb.groups!.up ? 'up' : 'down';
  }
  if (sign < 0 && direction !== null) value = Math.abs(value);
  else if (sign < 0 && kind === 'percent' && /(?:同比|环比|yoy|y\/y|year-on-year)\s*$/i.test(before)) {
    direction = 'down';
    value = Math.abs(value);
  } else if (sign < 0) value = -value;
  // Set, not spread: an object spread per figure costs more than reading the figure.
  const figure = plainFigure(kind, start, end, value, unit, q.qualifier ?? qualifierFromMany ?? qualifierAfter(after), direction);
  figure.counted = counted;
  return figure;
}


/** `5-10%`, `8-9亿美元`: a bare number that is the low end of the range after it. */
function readBareRange(text: string, at: number, end: number, value: number, ctx: Context): RawFigure | null {
  const join = sticky(RANGE_JOIN, text, end);
  if (!join || !/^[\d$€£¥￥]/.test(text.slice(end + join[0].length, end + join[0].length + 1))) return null;
  const second = readAmount(text, end + join[0].length, ctx, true);
  if (!second || second.kind === 'rank' || second.low !== null) return null;
  const before = text.slice(Math.max(0, at - 40), at);
  const q = qualifierBefore(before);
  const direction = second.kind === 'percent' ? directionAround(before.slice(0, before.length - q.length), '') : null;
  const first: RawFigure = { kind: second.kind, start: at, end, value, low: second.low, high: second.high, unit: null, qualifier: q.qualifier, direction, counted: second.counted };
  return joinRange(text, first, second);
}

/** `5-10%`, `between $2 and $3 billion`, `700亿至750亿欧元`, `8-9亿美元`: one figure with low and high. */
function joinRange(text: string, first: RawFigure, second: RawFigure): RawFigure | null {
  const join = sticky(RANGE_JOIN, text, first.end);
  if (!join || first.end + join[0].length !== second.start) return null;
  if (/and/i.test(join[0]) && !/between\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, first.start - 20), first.start))) return null;
  if (first.kind === 'rank' || second.kind === 'rank' || first.value === null || second.value === null) return null;
  // `widened by 0.9 percentage points to 58.9%`: a change and the level it reaches, not a range.
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) return null;
  const compatible =
    first.kind === second.kind ||
    (second.kind === 'money' && first.kind === 'count' && first.unit === null) ||
    (second.kind === 'percent' && first.kind !== 'money');
  if (!compatible && !(first.kind === 'count' && second.kind !== 'count')) return null;
  let low = first.value;
  const high = second.value;
  const bareFirst = first.kind !== second.kind || (first.unit === null && second.unit !== null);
  if (bareFirst || (first.value < 100 && high / first.value >= 100)) {
    // `8-9亿美元`, `$2 and $3 billion`: the first end shares the second's scale.
    const m = /^(?:[^\d]*)(\d+(?:\.\d+)?)/.exec(text.slice(first.start, first.end));
    const secondDigits = /(\d+(?:\.\d+)?)/.exec(text.slice(second.start, second.end));
    if (m && secondDigits) {
      const factor = high / Number(secondDigits[1].replace(/,/g, ''));
      low = Number((Number(m[1]) * factor).toPrecision(15));
    }
  }
  // `3~0亿元` shares no scale (0/0): not a range.
  if (!Number.isFinite(low) || low > high) return null;
  return {
    ...second,
    start: first.start,
    value: null,
    low,
    high,
    qualifier: first.qualifier ?? second.qualifier,
    direction: first.direction ?? second.direction,
  };
}
