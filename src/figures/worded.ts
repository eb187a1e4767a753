/**
 * Figures written partly in words: magnitudes (`tens of thousands`, `数万`), fractions (`half of`,
 * `三分之一`), multiples (`doubled`, `翻番`), `百分之`, a scale alone (`超千亿元`) and ranks
 * (`ranked first`, `排名第二`).
 */
import type { Direction } from '../model.js';
import { CURRENCY_SUFFIX, SCALE } from './lexicon.js';
import { bare, chineseNumeral, COUNT_NOUN, MEASURE, plainFigure, qualifierBefore, singular, SUFFIX_CURRENCY, type RawFigure } from './raw.js';
import { sticky } from './rules/index.js';

/** `tens of thousands of stores` → 10000, qualifier over. */
export function readMagnitude(text: string, at: number): RawFigure | null {
  const m = /^(tens|hundreds) of (thousands|millions|billions) of\b|^(thousands|millions|billions|hundreds|tens) of\b/i.exec(text.slice(at, at + 40));
  if (!m) return null;
  const pow: Record<string, number> = { tens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9 };
  const exponent = m[1] ? pow[m[1].toLowerCase()] + pow[m[2].toLowerCase()] : pow[m[3].toLowerCase()];
  const textEnd = at + m[0].length - ' of'.length;
  const after = text.slice(at + m[0].length);
  const currency = /^\s*(dollars|euros|pounds|yuan|yen)\b/i.exec(after);
  const noun = currency ? null : sticky(COUNT_NOUN, text, at + m[0].length);
  if (!currency && !noun) return null;
  return {
    kind: currency ? 'money' : 'count',
    start: at,
    end: currency ? at + m[0].length + currency[0].length : textEnd,
    value: 10 ** exponent,
    low: null,
    high: null,
    unit: currency ? CURRENCY_SUFFIX[currency[1].toLowerCase()] : singular(noun![1].toLowerCase()),
    qualifier: 'over',
    direction: null,
    counted: noun ? noun[0].trim() : null,
  };
}

export function readChineseMagnitude(text: string, at: number, token: string): RawFigure | null {
  const scale = token.slice(-1);
  const inner = token.length === 3 ? token[1] : '';
  const pow = (SCALE[scale] ?? 0) + (inner === '十' ? 1 : inner === '百' ? 2 : inner === '千' ? 3 : 0);
  const end = at + token.length;
  const cur = sticky(SUFFIX_CURRENCY, text, end);
  const measure = cur ? null : sticky(MEASURE, text, end);
  return {
    kind: cur ? 'money' : 'count',
    start: at,
    end: cur ? end + cur[0].length : end,
    value: 10 ** pow,
    low: null,
    high: null,
    unit: cur ? CURRENCY_SUFFIX[cur[0].trim().toLowerCase()] ?? null : (measure?.[0] ?? null),
    qualifier: 'over',
    direction: null,
    counted: measure?.[0] ?? null,
  };
}

export function readFraction(text: string, at: number, lower: string): RawFigure | null {
  const end = at + lower.length;
  if (!/^\s+of\b/i.test(text.slice(end, end + 4))) return null;
  const values: Record<string, number> = { half: 50, 'a third': 33.33, 'one third': 33.33, 'one-third': 33.33, 'two thirds': 66.67, 'two-thirds': 66.67, 'a quarter': 25, 'one quarter': 25, 'one-quarter': 25, 'three quarters': 75, 'three-quarters': 75, 'a fifth': 20, 'one fifth': 20, 'one-fifth': 20, 'a tenth': 10, 'one tenth': 10, 'one-tenth': 10 };
  const figure = bare('percent', at, end, values[lower], '%', text);
  figure.direction = null;
  return figure;
}

/** `三分之一` (one third), `四分之三`: a fraction of a whole, in percent. */
export function readChineseFraction(text: string, at: number, token: string): RawFigure {
  const [whole, part] = token.split('分之').map((n) => chineseNumeral(n)!);
  // `缩水约三分之一` shrinks by a third: the verb before gives the direction, as for any percentage.
  return bare('percent', at, at + token.length, Math.round((part / whole) * 10000) / 100, '%', text);
}

export function readMultiple(text: string, at: number, token: string): RawFigure {
  const lower = token.toLowerCase();
  const table: Record<string, [number, Direction]> = {
    doubled: [100, 'up'], doubles: [100, 'up'], doubling: [100, 'up'], double: [100, 'up'], tripled: [200, 'up'], triples: [200, 'up'],
    tripling: [200, 'up'], trebled: [200, 'up'], quadrupled: [300, 'up'], halved: [50, 'down'],
  };
  const [value, direction] = table[lower] ?? (token.includes('两') ? [300, 'up'] : [100, 'up']);
  // `more than doubled`: the qualifier still applies.
  return plainFigure('percent', at, at + token.length, value, '%', qualifierBefore(text.slice(Math.max(0, at - 40), at)).qualifier, direction);
}

/**
 * `percent of 10` standing alone — no number before `percent`, nothing counted after the number —
 * is 10%, the way `百分之10` is.
 */
export function readPercentOf(text: string, at: number, token: string): RawFigure | null {
  const m = /^(\d+(?:\.\d+)?)(?=\s*(?:$|[.,;!?)]))/.exec(text.slice(at + token.length, at + token.length + 24));
  if (!m) return null;
  return bare('percent', at, at + token.length + m[0].length, Number(m[1]), '%', text);
}

/** `百分之15`, `百 分 之 2.4`, `百分之1,111`, `百分之十五`. */
export function readChinesePercent(text: string, at: number): RawFigure | null {
  const m = /^百\s*分\s*之\s*(?:(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)(?:\s*([kKmM])(?![A-Za-z]))?|([一二两三四五六七八九十]+))/.exec(text.slice(at, at + 24));
  if (!m) return null;
  const value = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) * (m[2] ? 10 ** SCALE[m[2].toLowerCase()] : 1) : chineseNumeral(m[3]);
  if (value === null || Number.isNaN(value)) return null;
  return bare('percent', at, at + m[0].length, value, '%', text);
}

/** `超千亿元` → 1e11 CNY, over. */
export function readScaleOnly(text: string, at: number, token: string): RawFigure | null {
  const cur = sticky(SUFFIX_CURRENCY, text, at + token.length);
  if (!cur) {
    // `突破千亿件`: an implicit one before the scale, counting what the measure word counts.
    const measure = sticky(MEASURE, text, at + token.length);
    if (!measure) return null;
    const count = bare('count', at, at + token.length + measure[0].length, 10 ** SCALE[token], measure[0], text);
    count.counted = measure[0];
    count.qualifier ??= 'over';
    return count;
  }
  const figure = bare('money', at, at + token.length + cur[0].length, 10 ** SCALE[token], CURRENCY_SUFFIX[cur[0].trim().toLowerCase()] ?? 'CNY', text);
  figure.qualifier ??= 'over';
  return figure;
}

const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

export function readRank(text: string, at: number): RawFigure | null {
  const slice = text.slice(at, at + 24);
  const word = /^(?:(?:rank(?:ed|ing|s)?|placed|finished|came)\s+|in\s(?=\d))?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b|^(second|third|fourth|fifth)(?=-)/i.exec(slice);
  if (word && !/^\d+$/.test(word[1] ?? '')) {
    const ordinal = (word[1] ?? word[2]).toLowerCase();
    const value = ORDINAL_WORDS[ordinal] ?? Number(ordinal.replace(/\D/g, ''));
    const start = at + word[0].length - (word[1] ?? word[2]).length;
    return { kind: 'rank', start, end: at + word[0].length, value, low: null, high: null, unit: null, qualifier: null, direction: null, counted: null };
  }
  const en = /^(?:rank(?:ed|ing|s)?|placed|finished|came)\s+(?:No\.\s*)?(\d{1,4})(?:st|nd|rd|th)?\b|^No\.\s?(\d{1,4})\b/i.exec(slice);
  if (en) {
    const digits = en[1] ?? en[2];
    const start = at + en[0].lastIndexOf(en[1] !== undefined && !/No\./i.test(en[0]) ? digits : en[0].includes('No.') ? 'No.' : digits);
    return { kind: 'rank', start, end: at + en[0].length, value: Number(digits), low: null, high: null, unit: null, qualifier: null, direction: null, counted: null };
  }
  const zh = /^(?:(?:排名|位列|位居|排|榜)[^，,。；;、\d]{0,10}?|居)?第([一二两三四五六七八九十]{1,3}|\d{1,4})/.exec(slice);
  if (!zh) return null;
  const value = chineseNumeral(zh[1]);
  if (value === null) return null;
  const start = at + zh[0].indexOf('第');
  return { kind: 'rank', start, end: at + zh[0].length, value, low: null, high: null, unit: null, qualifier: null, direction: null, counted: null };
}
