/**
 * What a figure measures, whose it is and when: metric, entity and period, read from the sentence
 * around the figure (one scan of the sentence for each, then look-ups by position).
 */
import { ISO_CODES } from './lexicon.js';
import { isOneDay, NOT_A_YEAR_AFTER } from './rules/calendar.js';
import { DESCRIPTORS, EVENTS, NOT_NAMES, PERSON_ROLES, PLACES } from './rules/en/entities.js';
import { MEASURE_END, NATION, NOT_SUBJECT_START, SEGMENT } from './rules/zh/entities.js';
import { cueAlternation, METRIC_SCAN, ruleAt, scanPeriods } from './rules/index.js';
import type { CueRule } from './rules/rule.js';
import { stripEnd } from '../parse/lines.js';

/** A mention found in a sentence, with where it stands. */
export interface Mention {
  start: number;
  end: number;
  value: string;
}

const ASCII_WORD_EDGE = /[A-Za-z]/;

/** Every metric mention in a sentence, canonical names, leftmost-longest. */
export function metricMentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  const scan = METRIC_SCAN.re;
  scan.lastIndex = 0;
  for (let m = scan.exec(sentence); m; m = scan.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    const edgeBefore = start > 0 && ASCII_WORD_EDGE.test(sentence[start - 1]) && ASCII_WORD_EDGE.test(m[0][0]);
    const edgeAfter = end < sentence.length && ASCII_WORD_EDGE.test(sentence[end]) && ASCII_WORD_EDGE.test(m[0][m[0].length - 1]);
    if (!edgeBefore && !edgeAfter) {
      const previous = found[found.length - 1];
      // `回购计划规模`: a bare 规模 (scale) after a metric is that metric's size, not a market's.
      const named = ruleAt(METRIC_SCAN, sentence, start);
      if (named && !(m[0] === '规模' && previous && start - previous.end <= 3)) found.push({ start, end, value: METRIC_SCAN.rules[named.rule].name });
    }
    if (m[0].length === 0) scan.lastIndex++;
  }
  return found;
}

const NOT_ENTITY = new Set(
  ('According In On At As After Before Since During From For The This That These Those It Its However Meanwhile Among Through ' +
    'Data Currently Recently Today Yesterday Tomorrow Shares Parent Analyst Analysts Based Compared Overall Also And But While With ' +
    'Without Of By To Under Over More Less Nearly About Around If When A An Here There They We He She Their Our Year Quarter ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec US U.S. UK EU Chinese American Southeast Asia ' +
    'Asian European Global Internet E-commerce Statistics Sources People Reports Report Ministry Measures Regulations Through ' +
    'Total Chief CEO CFO Vice President Director Officer Co Inc Ltd Corp Group Company Mr Ms Dr Q1 Q2 Q3 Q4 H1 H2 Is Are Was ' +
    'Were Will Would Could Should Can Let Please Read Click Apply Sign Want Among Besides Then Thus Therefore So Yet Still ' +
    'Independent Recent Current Several Many Most Some Other Local Online Domestic Foreign Major New Smaller Larger Both Each Every').split(' '),
);
// Its one group: the possessive (`'s`), numbered, not named (a named group builds an object per match).
const CAPITALISED = /(?:[A-Z][\w&.\-]*|[a-z][A-Z][\w&.\-]*)(?:[ ](?:[A-Z][\w&.\-]*|[a-z][A-Z][\w&.\-]*))*(?:(?<=\b(?:S&P|FTSE|Nikkei|Stoxx|STOXX|DAX|CAC|Russell|ASX|KOSPI|CSI|Seng|Euro Stoxx)) \d{2,4}(?![\d.,%]))?(['’]s\b|(?<=s)['’](?=\s))?/g;
/** Words that end a capitalised run without being part of the name (`Apple CEO`, `ByteDance Monday`). */
const NOT_NAME_END = new Set(
  ('Chief CEO CFO COO CTO Vice President Director Officer Chairman Founder Analyst Analysts Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December Is Are Was Were Will ' +
    'Would Could Should Can The This That And But Of By To In On At For Q1 Q2 Q3 Q4 H1 H2').split(' '),
);

const whole = (rules: CueRule[]) => new RegExp(`^(?:${cueAlternation(rules)})$`);
const PLACE = whole(PLACES.filter((r) => r.name !== 'demonym'));
const DEMONYM = whole(PLACES.filter((r) => r.name === 'demonym'));
/** A verb right after a place: the place is the sentence's subject. */
const ACTS = /^\.?\s+(?:(?:also|has|have|had|is|was|will|would)\s+)?(?:achieved|posted|reported|recorded|saw|sees|had|has|exported|imported|said|says|grew|rose|fell|added|cut|raised|accounted|spent|made|sold|bought|generated|earned|led|ranked|topped|approved|announced|lowered|kept|held|imposed|plans|aims|expects)\b/;
const NOT_A_NAME = whole([...EVENTS, ...NOT_NAMES]);
/** A verb right after a sentence's first word: that word names who acts (`Boeing names`, `Boeing said`). */
const NAME_THEN_VERB = /^\s+(?:names|named|said|says|reported|reports|posted|posts|hires|hired|appoints|appointed|agreed|agrees|plans|will|is|was|has)\b/;
/** Words that name no one on their own (`Adjusted`, `Issue`, `Black Friday`). */
export function namesNoOne(value: string): boolean {
  return NOT_A_NAME.test(value);
}
const EVENT_START = new RegExp(`^(?:${cueAlternation(EVENTS)})(?= |$)`);
const ROLES = cueAlternation(PERSON_ROLES);
// Bounded: reads 40 characters before a name (entityMentions).
const ROLE_BEFORE = new RegExp(`\\b(?:${ROLES})(?:\\s+(?:and|of|at|officer))*\\s*,?\\s*$`, 'i');
// Bounded: reads 40 characters after a name.
const ROLE_AFTER = new RegExp(`^\\s*(?:,\\s*(?:the\\s+|its\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:${ROLES})\\b|\\s+(?:CEO|CFO|COO|CTO)\\b)`, 'i');
/** `RMB99.4`, `HK$4.8`: an amount glued to its currency, not a name. */
const CURRENCY_GLUED = /^(?:RMB|HK|US|NT|[A-Z]{3})\$?\s?\d/;

/** A name in an English sentence; places (`U.S.`, `Swedish`, `Singapore-based`) are marked. */
export interface EntityMention extends Mention {
  possessive: boolean;
  place: boolean;
}

/**
 * Proper-noun phrases in an English sentence (`ByteDance`, `Image Frame Investment HK Ltd.`), less
 * people (`CFO John David Rainey`), events (`Black Friday`) and words that name no one.
 */
// Bounded: reads 48 characters after a sentence's first word.
const DESCRIBES_NEXT = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${cueAlternation(DESCRIPTORS)})\\s+[A-Z]`);

const INITIALISM_END = /(?:^| )(?:[A-Z]\.){2,}$/;
const WORD_OR_DOLLAR = /[\w$]/;
const SPAN_ADJECTIVE = /^(?:First|Second|Third|Fourth|Full|Half|Year|Quarter)-/;
const COMPANY_SUFFIX = /^(?:Limited|Ltd|Inc|Corp|Corporation|Co|plc|PLC|LLC|Group|Holdings?|Province|Municipality)\.?,?$/;
const withoutDot = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

export function entityMentions(sentence: string): EntityMention[] {
  const found: EntityMention[] = [];
  const firstWord = sentence.search(/[A-Za-z0-9]/);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    if (m.index > 0 && WORD_OR_DOLLAR.test(sentence[m.index - 1])) continue;
    const possessive = m[1] !== undefined;
    const run = possessive ? m[0].replace(/['’]s?$/, '') : m[0];
    // A sentence's full stop is not part of a name, an initialism's last dot is (`U.S.`).
    const lastChar = run[run.length - 1];
    const phrase = (lastChar === '.' && !INITIALISM_END.test(run)) || lastChar === ',' ? run.slice(0, -1) : run;
    const words = phrase.split(' ');
    // Indices, not slices: a run of thousands of capitalised words stays linear.
    let first = 0;
    let last = words.length;
    let offset = m.index;
    // Openers, adjectives of place (`Singapore-based Nimbus`) and events (`Black Friday spending`) lead no
    // name; a place of several words stays whole even when its first word opens sentences (`New York`).
    const wholePlace = PLACE.test(withoutDot(phrase));
    while (!wholePlace) {
      const event = EVENT_START.exec(first === 0 && words.length <= 4 ? phrase : words.slice(first, first + 4).join(' '));
      const skip = event ? event[0].split(' ').length : first < last && (NOT_ENTITY.has(withoutDot(words[first])) || DEMONYM.test(words[first]) || SPAN_ADJECTIVE.test(words[first])) ? 1 : 0;
      if (!skip || first + skip > last) break;
      for (let k = 0; k < skip; k++) offset += words[first + k].length + 1;
      first += skip;
    }
    while (first < last && NOT_NAME_END.has(withoutDot(words[last - 1]))) last--;
    // `Sea Limited` and `Sea` are one company.
    while (last - first > 1 && COMPANY_SUFFIX.test(words[last - 1])) last--;
    const value = first === 0 && last === words.length ? phrase : words.slice(first, last).join(' ');
    if (!value || /^\d/.test(value) || value.length < 2) continue;
    // A sentence that opens with a verb or a plain plural (`Banned tens of thousands…`, `- Creators earned…`) has no named subject there.
    const opening = firstWord < 0 || firstWord >= offset;
    // `…Crunchy Data, a Postgres company, for…`, `Inditex, the owner of Zara, reported…`: a description
    // between commas names no one new.
    const describedBefore = sentence.slice(Math.max(0, offset - 48), offset);
    const appositive =
      describedBefore.includes(',') &&
      /,\s*(?:a|an|the)\s+(?:[\w&-]+\s+){0,4}$/i.test(describedBefore) &&
      /^[^,.;]{0,12},/.test(sentence.slice(offset + value.length, offset + value.length + 14));
    // `its Prime Day sales`: something of the subject's, not a new subject; `SEK 7.1 billion`: a currency.
    const belongs = /\b(?:its|their|his|her|our)\s+$/i.test(sentence.slice(Math.max(0, offset - 7), offset));
    if (appositive || belongs || ISO_CODES.has(value) || value === 'RMB' || CURRENCY_GLUED.test(value) || NOT_A_NAME.test(value)) continue;
    // (`Boeing names…` is a name: a verb follows it.)
    if (opening && last - first === 1 && /^[A-Z][a-z]+(?:ed|ing|ers|ors|ants|ents|ists|al|ly|ive|ous)$/.test(value) && !possessive && !NAME_THEN_VERB.test(sentence.slice(offset + value.length, offset + value.length + 16))) continue;
    // `Quick-commerce startup Zepto`, `Data provider Syntun`: a word opening a description of the name that follows.
    if (opening && last - first === 1 && !possessive && DESCRIBES_NEXT.test(sentence.slice(offset + value.length, offset + value.length + 48))) continue;
    const end = offset + value.length;
    // A person is no figure's owner: `CFO John David Rainey`, `Kelly Ortberg, chief executive`.
    const person = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.?(?:\p{Ll}+)?){1,2}$/u.test(value) && (ROLE_BEFORE.test(sentence.slice(Math.max(0, offset - 40), offset)) || ROLE_AFTER.test(sentence.slice(end, end + 40)));
    if (person) continue;
    // A place is an owner of last resort when it only modifies (`U.S. shoppers`, `Swedish retailer`,
    // `in the U.S.`); a place that acts (`Chengdu achieved`, `China's exports`) is a name like any other.
    const place = DEMONYM.test(value) || (PLACE.test(withoutDot(value)) && !possessive && !ACTS.test(sentence.slice(end, end + 24)));
    found.push({ start: offset, end, value, possessive, place });
  }
  return found;
}

const ZH_LEAD = /^(?:据(?:报道|悉|了解|透露|披露|统计)?|此次|本次|这次|其中|同时|此外|另外|截至[^，,]*?[，,]?|该季度|本季度|全年|今年|去年|目前|当前|初步业绩显示|数据显示|财报显示|报告显示|公告显示|资料显示|在|由于|随着|对此|而|并|且|但|和|与)+/;
/** `2023年` `2024年第三季度` `1-8月` opening a clause: when, not who (`2023年全国网上零售额…`). */
const ZH_PERIOD_LEAD = /^(?:\d{4}\s?年(?:度)?)?(?:(?:双1[12]|双十[一二]|618|春节|国庆)(?:期间|当天|当日|大促)?(?:[(（][^)）]{0,30}[)）])?|第?[一二三四1-4]季度|[上下]半年|前三季度|前\d{1,2}个?月|\d{1,2}\s?(?:[-—~至到]\s?\d{1,2}\s?)?月(?:份)?)?(?=[\u4e00-\u9fff])/;
// `离岸人民币本月升值`: a relative time word ends the subject whole, not at its last character.
const ZH_STOP = /(?:\d|前[一二三四五六七八九十两\d]{1,2}个?月|[本上下当今去明昨](?:周|月|年|季度?|日|天)|[比较](?:上|去|前|同期)|分别|位列|排名|排在|收跌|收涨|跌|涨|报(?=\d)|上线|推出|开设|开通|启动|签署|获得|完成|成立|投入|建成|决定|计划|打算|准备|有望|正式|全面|悄然|首次|关闭|关停|新开|开出|新增|裁员|回购|出售|增持|减持|持有|透露|批准|收购|降准|降息|加息|上调|下调|[一二三四上下前]?(?:季度|半年)|第|宣布|表示|称|公布|发布|披露|实现|达到|达|为|约|超过|突破|同比|环比|较|共|累计|全年|今年|上半年|下半年|季度|年|月|日|的|将|已|拟|在|于|正在|或|预计)/;

const ZH_NATION = new RegExp(`^(?:${cueAlternation(NATION)})`);
const ZH_NOT_SUBJECT = new RegExp(`^(?:${cueAlternation(NOT_SUBJECT_START)})`);
const ZH_MEASURE_END = new RegExp(`(?:${cueAlternation(MEASURE_END)})$`);
const ZH_SEGMENT = whole(SEGMENT);

/** Words that point back to the company already named (`集团整体`, `该公司`). */
const REFERS_BACK = new Set(['集团', '集团整体', '整体', '该集团', '公司整体']);
/** What chineseSubject returns for such a word: the caller puts the first subject of the sentence in its place. */
export const REFERS_BACK_MARK = '\u0000back';

/** Who acts in a clause but owns no figure: the board, the company, the reporter, a product category. */
const NOT_SUBJECT = new Set(['全网', '董事会', '公司', '该公司', '官方', '业内人士', '分析师', '记者', '消息人士', '智能手机', '手机', '项目', '报告', '数据',
  // An activity, not who does it (`零售渗透率为35.8%` after `新能源车零售…`).
  '零售', '销售', '批发', '出口', '进口', '生产', '消费', '业务']);

/**
 * The subject of a Chinese clause: the words before its metric, verb or number
 * (`拼多多`, `比亚迪新能源汽车`), or null.
 */
export function chineseSubject(clause: string, metricAt: number | null): string | null {
  let text = clause.replace(ZH_LEAD, '').replace(ZH_PERIOD_LEAD, '');
  const cut = metricAt !== null ? Math.min(metricAt - (clause.length - text.length), text.length) : text.length;
  text = text.slice(0, Math.max(0, cut));
  const stop = ZH_STOP.exec(text);
  if (stop) text = text.slice(0, stop.index);
  text = stripEnd(text.replace(/(?:初步)?(?:业绩|数据|财报|报告|公告|统计)显示$/, ''), /[：:“”"「」\s]*$/)
    .replace(/^[：:“”"「」\s·•\-*]+/, '');
  // `港澳台及海外业务收入`: words cut before a metric that end in `及` end before it.
  text = text.replace(/(?:及|和|与|、)$/, '');
  if (/^(?:增长|下降|增加|减少|上涨|下跌|提升|同期|去年|今年|项目|排名|位列|其中|出口|进口|全球|国内|市场|跨境|电商|是|系|参与|使用|购买|参加)/.test(text)) return null;
  // `在美国购物类应用中排名第二`: where something stands (在…中), not who.
  if (/^\s*在/.test(clause) && /(?:中|之中|内|里|上)$/.test(text)) return null;
  // `京东：超1.7万个品牌`: a qualifier before the number is not part of the name.
  text = text.replace(/(?:超过|超|约|近|逾|不到|达)$/, '');
  // `据业内人士透露`: who says so, not whose figure it is.
  if (/^据/.test(clause.trim()) && /(?:透露|报道|称|显示|表示|介绍|消息|统计|监测)$/.test(clause.trim())) return null;
  // `拼多多旗下跨境电商平台Temu` → Temu; `小米集团` → 小米; `东南亚电商` → 东南亚.
  text = text.replace(/^.*旗下/, '').replace(/^(?:跨境)?(?:电商|电子商务)?(?:平台|品牌|子公司|公司)/, '');
  text = text.replace(/(?:股份有限公司|有限公司|控股|集团)$/, '') || text;
  // `快时尚跨境电商SHEIN` → SHEIN: a description before a Latin name (`速卖通Choice` is a name and its line).
  const latin = /^[\u4e00-\u9fff]*(?:电商|平台|品牌|公司|企业|巨头|零售商|应用)([A-Za-z][\w.&-]*)$/.exec(text);
  if (latin) text = latin[1];
  // `速卖通Choice业务` → 速卖通; `TikTok Shop美国站` → TikTok Shop.
  text = stripEnd(text, /(?:[A-Za-z][\w ]*)?(?:业务|板块|事业部)$/) || text;
  // `TikTok Shop美国站` is the U.S. store, a series of its own; a bare `站` adds nothing.
  text = text.replace(/(?<!美国|中国|英国|日本|欧洲|东南亚|德国|法国|美|欧|日|英|德|法)站$/, '') || text;
  text = text.replace(/(?:新能源汽车|电动汽车|汽车|智能手机|手机)$/, '') || text;
  // `骑手数量`: a count, not who owns it.
  if (/(?:数量|人数)$/.test(text)) return null;
  text = text.replace(/(?:跨境)?(?:电商|电子商务|行业|市场)$|跨境$/, '') || text;
  // `我国` (our country), `全国…` in a Chinese bulletin are China.
  if (ZH_NATION.test(text)) return '中国';
  // `归属于…`, `当季`, `自4月起`, `门店数`: no name opens or heads these words; the owner named before stays.
  if (ZH_NOT_SUBJECT.test(text) || (text.length > 1 && ZH_MEASURE_END.test(text))) return null;
  // `集团整体收入`, `数据中心业务`: the group named earlier in the sentence, or a line of its business.
  if (REFERS_BACK.has(text) || ZH_SEGMENT.test(text)) return REFERS_BACK_MARK;
  if (!text || text.length > 14 || /[，,。；;]/.test(text) || NOT_SUBJECT.has(text) || !nameLike(text)) return null;
  return text;
}

/** Words that make a clause, not a name: a reporting verb, an action, a comparison, a tally (`统筹安排`, `介绍`, `较`, `合计`). */
const ZH_NOT_NAME = /(?:介绍|指出|认为|显示|取消|覆盖|安排|合计|期间|开发|实施|搭载|举办|售罄|测算|估算|准则|归母|[比较](?:上|去|前|同期)|[数几]\s?[十百千万]|分[一二两三四五六七八九十])/;
/**
 * Is a clause's opening words a name? Not one Han character (`高于…`, `每年…`), not words that
 * carry brackets or quotes (`【今日导读】`, `黑五网一”期间`), not words that make a clause.
 */
function nameLike(text: string): boolean {
  if (/^[\u4e00-\u9fff]$/.test(text)) return false;
  // `悟空》`: a piece of a bracketed title; `两个期限品种`: a number of things.
  if (/[【】（()）“”"「」《》]/.test(text) || /^[一二两三四五六七八九十几数]+[个家只项类种名位]/.test(text)) return false;
  return !ZH_NOT_NAME.test(text);
}

// Bounded: reads 24 characters before a date (periodMentions).
// `According to January 20, …` (据1月20日消息, translated): the day of the report.
const REPORTED_ON = /\b(?:(?:said|says|announced|reported|disclosed|told [\w ]{1,20}|wrote|posted|published|filed) on|according to)\s*$/i;
// Bounded: reads 12 characters before a date.
const DAY_LIMIT_BEFORE = /\b(?:before|ahead of|prior to|ended|ending)\s+$/i;
// Bounded: reads 24 characters after a date.
const REPORTING_AFTER = /^(?:[，,]\s*)?[^，,。；;\d]{0,14}?(?:宣布|发布|公布|表示|称|消息|披露|透露|报道|讯|电)/;

// The year a sentence is about: not one it reaches back to (`since 2020`, `较2019年`).
// The look-behind runs only where a year starts (the look-ahead first), so a long run of spaces is
// not scanned again from every position.
const SENTENCE_YEAR = new RegExp(`(?=(?:19|20)\\d{2})(?<![\\d.])(?<!(?:since|from|until|before|after|than|较|比|自)\\s*(?:fiscal\\s)?)((?:19|20)\\d{2})(?!${NOT_A_YEAR_AFTER})`, 'i');

/**
 * Every period mention in a sentence, as `2021`, `2021-Q3`, `2021-H1`, `2021-01` or
 * `2022-01/2022-08`. Year-less quarters and months take the sentence's year, else the most recent
 * one before the bulletin date. Periods compared against (`较2022年4月`, `compared with 2020`) go to
 * `compared` instead: they are the baseline's, not the sentence's.
 */
export function periodMentions(sentence: string, bulletinDate: string | null, contextYear: number | null, compared: Mention[] = []): Mention[] {
  const sentenceYear = SENTENCE_YEAR.exec(sentence);
  const yearHint = sentenceYear ? Number(sentenceYear[1]) : contextYear;
  const found: Mention[] = [];
  let previous: { end: number } | null = null;
  for (const p of withinYear(scanPeriods(sentence, { bulletinDate, yearHint }))) {
    // `Fiscal Q4 2025 (January–March)`, `Q1 (quarter ended April 30)`: a parenthesis restating the
    // period just named adds no period of its own.
    const restates = previous !== null && /^\s*[(（][^)）]*$/.test(sentence.slice(previous.end, p.start));
    if (restates) continue;
    if (p.value) previous = p;
    // `较2020年增长11.86%`, `compared with 2020`: the period compared against, not the figure's own.
    // `since 2020`, `four times the 2022 level`: where a comparison reaches back to (`自4月28日起` is
    // from when, and stays).
    const comparison =
      /(?:较|比|相比|相较|compared (?:with|to)|versus|vs\.?|from|since)\s*$/i.test(sentence.slice(Math.max(0, p.start - 14), p.start)) ||
      /^\s*(?:level|total|figure|peak)\b/i.test(sentence.slice(p.end, p.end + 8));
    // `1月19日，京东物流宣布…`, `said on November 3 that…`: the day the news was told, not what the figure covers.
    // `start shopping before Nov. 1`: a day something is to happen by, not what the figure covers;
    // `the quarter ended April 30`: the last day of the span it covers, not the span.
    const told = p.value !== null && isOneDay(p.value) && (REPORTED_ON.test(sentence.slice(Math.max(0, p.start - 24), p.start)) || REPORTING_AFTER.test(sentence.slice(p.end, p.end + 24)) || DAY_LIMIT_BEFORE.test(sentence.slice(Math.max(0, p.start - 12), p.start)));
    if (p.value && comparison) compared.push({ start: p.start, end: p.end, value: p.value });
    else if (p.value && !told) found.push({ start: p.start, end: p.end, value: p.value });
  }
  return found;
}

/**
 * `今年5月`, `去年12月`, `今年下半年`: a year word followed at once by a month, quarter or half is one
 * period in that year, not a year and a month resolved on its own.
 */
function withinYear(periods: Array<{ start: number; end: number; value: string | null }>): Array<{ start: number; end: number; value: string | null }> {
  const out: Array<{ start: number; end: number; value: string | null }> = [];
  for (const p of periods) {
    const year = out[out.length - 1];
    if (year && year.value !== null && /^\d{4}$/.test(year.value) && p.start === year.end && p.value !== null && /^\d{4}-(?:\d{2}|Q\d|H\d)(?:\/\d{4}-(?:\d{2}|Q\d|H\d))?$/.test(p.value)) {
      out[out.length - 1] = { start: year.start, end: p.end, value: p.value.replace(/\d{4}/g, year.value) };
    } else out.push(p);
  }
  return out;
}

/** Split a sentence into clauses at `,` `;` `，` `；` `:`; returns each clause's [start, end). */
export function clauses(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // `Alibaba's cloud kept climbing and Tencent nearly doubled…`: `and` before a new named subject and its verb starts a clause.
  const re = /[;；，:：]|(?<!\d),|,(?!\d{3}(?!\d))|\s(?=(?:up|down|rising|falling) from\b|compared (?:with|to)\b|(?:and|while|but|whereas) (?:[A-Z][\w.&'’-]* ){1,3}(?:[a-z]+ )?(?:rose|fell|grew|jumped|climbed|dropped|declined|slid|gained|doubled|tripled|halved|said|reported|posted|raised|cut|added|lost|sold|spent|paid|bought)\b)/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push([start, m.index]);
    start = m.index + 1;
  }
  out.push([start, sentence.length]);
  return out;
}
