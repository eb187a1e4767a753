/**
 * Bare numbers that count things: `34,000 infringement links`, `186.35万辆`, `38.6 million` after a
 * change; not years, versions, product names, article numbers or spans of time.
 */
import { NOT_COUNTED, ZH_NOT_FIGURE } from './lexicon.js';
import type { Context } from './numbers.js';
import { COUNT_NOUN, MEASURE, singular } from './raw.js';
import { sticky } from './rules/index.js';

const FUNCTION_WORDS = /^(?:was|were|is|are|be|been|has|have|had|in|on|at|of|to|from|by|with|for|that|which|the|a|an|and|or|than|per|as|its|their|this|these|those|it|year|years|yuan|dollars|million|billion|percent)$/i;
const ZH_DURATION_AFTER = /^(?:工作日|交易日|自然日|小时|月|星期|礼拜|季度|年)/;
const BARE_COUNT_AFTER = /^(?:\s*$|\s*[,.;:)]|\s+(?:in|on|at|by|from|to|as|a|an|and|or|up|down|over|last|this|since|it|they|we|compared|versus|vs)\b)/i;
// Bounded: reads the 30 characters before a bare number (readCount).
const PRODUCT_WORD = /(?:^|[^A-Za-z])([A-Za-z][A-Za-z&]*)[ -]?$/;
const PLAIN_BEFORE = /^(?:the|about|nearly|over|more|some|almost|around|roughly|approximately|only|just|with|and|but|for|all|another|its|their|his|her|our|up|to|at|than|of|in|by|had|has|have|were|was|are|is|hired|added|opened|closed|cut|shed|laid|employs|employed|sold|shipped|delivered|banned|handled|removed|launched|signed|reached|served|attracted|across|from|handles|now|nearly|almost|total|totaling|totalling|least|most|under|below|above|exceeding|additional|further|first|another|extra|new|roughly|approx|some)$/i;

/** A bare number is a count only when a counted noun follows (`34,000 infringement links`, `186.35万辆`). */
export function readCount(text: string, at: number, end: number, int: string, frac: string, pow: number, ctx: Context): { unit: string | null; counted: string | null; end: number } | null {
  // Thousands separators make `1,956` a number, not the year 1956. (Years first: they are most of the bare numbers.)
  const grouped = int.length >= 4 && !frac && text.slice(at, end).includes(',');
  if (!frac && pow === 0 && !grouped && /^(?:1[89]|20)\d{2}$/.test(int)) return null;
  const after = text.slice(end, end + 12);
  if (ZH_NOT_FIGURE.test(after)) return null;
  if (/^[A-Za-z]/.test(after) && !/^\s/.test(after)) return null;
  if (/^\d{1,2}:\d{2}/.test(text.slice(at, at + 5))) return null;
  if (/^[:/.-]\d/.test(after)) return null;
  const before = text.slice(Math.max(0, at - 30), at);
  if (/(?<![A-Za-z])(?:top|前|双|No\.|#|version|v|iOS|Android|Windows|iPhone|Galaxy|Pixel|Model|Series|Gen|Phase|Level|Section|Article|Chapter|Room|Route|Flight|Line|Day|Week|Year|Round|Season|Episode|Vol\.|Page|Item|Issue|Q|H|FY|fiscal)\s?$/i.test(before)) return null;
  const word = PRODUCT_WORD.exec(before);
  if (word && /^\s?$/.test(before.slice(before.length - 1)) && /[A-Z]/.test(word[1]) && !PLAIN_BEFORE.test(word[1])) return null;
  if (ctx.chinese) {
    // `第5条` is an article, `15个工作日` a span of time: neither counts things.
    if (/第\s*$/.test(before)) return null;
    const measure = sticky(MEASURE, text, end);
    if (measure && ZH_DURATION_AFTER.test(text.slice(end + measure[0].length, end + measure[0].length + 4))) return null;
    if (measure) return { unit: measure[0], counted: measure[0], end: end + measure[0].length };
    if (pow >= 4 && !/^[年月日]/.test(after)) return { unit: null, counted: null, end };
  }
  const noun = sticky(COUNT_NOUN, text, end);
  const words = noun ? noun[0].trim().split(/\s+/) : [];
  const head = noun ? noun[1].toLowerCase() : '';
  if (!noun || words.some((w, i) => FUNCTION_WORDS.test(w) && !(i > 0 && /^(?:and|or)$/i.test(w))) || NOT_COUNTED.has(head)) {
    // `rose 8% to 38.6 million.`, `on top of the 1,956 it operates`: a number with a scale word or
    // thousands separators, and nothing after it that makes it a measure, counts what the sentence speaks of.
    return (pow >= 6 || grouped) && BARE_COUNT_AFTER.test(text.slice(end, end + 16)) ? { unit: null, counted: null, end } : null;
  }
  return { unit: singular(head), counted: noun[0].trim(), end };
}

