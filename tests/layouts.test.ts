import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { leadInStyle, linkTitle, titleRange } from '../src/parse/leadin.js';
import type { Bulletin } from '../src/model.js';

/** Each layout family has a fixture of its own; these pin what the family is about. */
function parse(name: string): Bulletin {
  const file = `fixtures/${name}`;
  return parseBulletin(readFileSync(file, 'utf8'), { file });
}

const itemsOf = (b: Bulletin) => b.items.map((i) => [i.line, i.marker, i.title, i.source]);
const partsOf = (b: Bulletin, type: string) => b.parts.filter((p) => p.type === type).map((p) => [p.line, p.end_line]);

describe('the masthead line: brand, bracketed date and headline list on one line', () => {
  const b = parse('zh-masthead-2024-03-04.txt');
  it('takes the brand alone as title, the date from the brackets and the headlines after them', () => {
    expect(b.title).toBe('电商晚报');
    expect(b.date).toBe('2024-03-04');
    expect(b.headlines).toEqual(['抖音电商1-2月GMV同比增长46%', '唯品会四季度营收338亿元', '国家统计局：1-2月社零总额同比增长5.5%']);
  });
  it('starts a new item at `2、2023年…` and `3、5家…` though their text opens with digits', () => {
    expect(b.items.map((i) => [i.marker, i.title])).toEqual([
      ['1、', '抖音电商1-2月GMV同比增长46%'],
      ['2、', '2023年唯品会全年营收1128.6亿元'],
      ['3、', '5家头部MCN机构营收超10亿元'],
      ['4、', '国家统计局：1-2月社零总额同比增长5.5%'],
    ]);
  });
  it('reads `Brand | 第86期`, `Brand丨A；B`, `Brand: A; B` and a date before the brand', () => {
    const read = (line: string) => {
      const p = parseBulletin(`${line}\n\n1. One\nBody one.\n2. Two\nBody two.\n`);
      return [p.title, p.date, p.headlines];
    };
    expect(read('晚报周刊 | 第86期')).toEqual(['晚报周刊', null, []]);
    expect(read('跨境早报丨甲事；乙事；丙事')).toEqual(['跨境早报', null, ['甲事', '乙事', '丙事']]);
    expect(read('Retail Brief: Stores shut; Prices rise')).toEqual(['Retail Brief', null, ['Stores shut', 'Prices rise']]);
    expect(read('Europe Desk | Wednesday, March 6, 2024')).toEqual(['Europe Desk', '2024-03-06', []]);
    expect(read('【2024年9月5日】跨境电商早报')).toEqual(['跨境电商早报', '2024-09-05', []]);
    expect(read('早报 | 3月18日 星期二')).toEqual(['早报', null, []]);
  });
});

describe('bulletin date', () => {
  it('comes from a greeting sentence', () => {
    expect(parse('zh-bracket-leads-2024-05-06.txt').date).toBe('2024-05-06');
    expect(parseBulletin('快讯\n大家好，今天是2024年3月4日，星期一。以下是要闻：\n\n1、甲\n正文。\n2、乙\n正文。\n').date).toBe('2024-03-04');
  });
  it('comes from YAML front matter, which is metadata and neither title line, intro nor section', () => {
    const b = parse('en-lead-ins-2024-04-09.md');
    expect([b.title, b.date, b.intro]).toEqual(['Commerce Notes', '2024-04-09', 'Hello from the desk. Three stories and one number this week.']);
    expect(partsOf(b, 'front_matter')).toEqual([[1, 5]]);
    expect(b.sections.map((s) => s.name)).toEqual(['PAYMENTS', 'RETAIL']);
  });
  it('is null when no year is stated, and relative words invent none', () => {
    const b = parseBulletin('早报 | 3月18日 星期二\n今年1-2月数据发布。\n\n1、甲\n正文。\n2、乙\n正文。\n');
    expect(b.date).toBeNull();
  });
});

describe('bylines, date lines with a time, and a long label over a list', () => {
  const b = parse('en-quick-hits-2024-05-22.txt');
  it('keeps the byline and the date line in the header', () => {
    expect([b.title, b.headlines, b.date]).toEqual(['Market Open', ['Chips rally, retailers wobble'], '2024-05-22']);
    expect(partsOf(b, 'byline')).toEqual([[2, 2]]);
    expect(partsOf(b, 'dateline')).toEqual([[3, 3]]);
  });
  it('leaves market-data table rows in the intro, never items or sections', () => {
    expect(b.intro?.split('\n').slice(2)).toEqual(['Index      Last       Change', 'S&P 500    5,321.41   +0.25%', 'Nasdaq     16,832.62  +0.22%']);
  });
  it('takes `What to watch later today:` as the section of the bullets under it, each body-only', () => {
    expect(b.sections).toEqual([{ name: 'What to watch later today', line: 13, items: [1, 2, 3, 4] }]);
    expect(b.items.map((i) => [i.marker, i.title, i.body])).toEqual([
      ['*', null, 'Fed minutes from the April 30-May 1 meeting at 2 p.m.'],
      ['*', null, 'US existing home sales, seen at 4.21 million units'],
      ['*', null, 'Target earnings: comparable sales fell 3.7%, revenue of $24.5 billion'],
      ['*', null, 'Analog Devices guides third-quarter revenue of $2.23 billion to $2.37 billion'],
    ]);
    expect(b.footer).toBe('(Writing by Dana Whitfield; Editing by Sam Ortiz)');
  });
});

describe('lead-in titles', () => {
  it('reads `**Title.** text` and `**Title** — text`, and annotations leave the source', () => {
    expect(itemsOf(parse('en-lead-ins-2024-04-09.md'))).toEqual([
      [12, '-', 'Checkout wars.', 'Caixin'],
      [13, '-', 'Card fees', 'FT'],
      [18, '-', 'Store closures.', 'Reuters'],
      [19, '-', 'Second-hand boom.', 'Retail Dive'],
    ]);
  });
  it('reads colon lead-ins on unmarked lines used item after item', () => {
    const b = parse('en-colon-leads-2024-02-27.txt');
    expect(b.items.map((i) => i.title)).toEqual(['Price war', 'Rate cut', 'Layoffs', 'Rivals']);
    expect(b.items[0].body).toBe('Temu cut prices on 2,000 household items by an average of 15%, according to a company notice.');
  });
  it('reads short-sentence lead-ins used item after item', () => {
    expect(parse('en-sentence-leads-2024-06-18.txt').items.map((i) => i.title)).toEqual(['Rate cut.', 'Big order.', 'Slower growth.']);
  });
  it('reads one-line `【标题】正文` items with no markers and no sections', () => {
    const b = parse('zh-bracket-leads-2024-05-06.txt');
    expect(b.items.map((i) => i.title)).toEqual(['五一假期国内出游2.95亿人次', '京东：五一期间以旧换新订单量增长超50%', '美团：假期日均消费同比增长14%']);
    expect(b.items[2].body).toBe('美团称，五一假期生活服务业日均消费规模同比增长14%。');
  });
  it('takes a lone `Label: text` in a list of plain lines as text, not a title', () => {
    expect(leadInStyle(['Fed decision at 2 p.m.', 'US corporate earnings: Meta, Visa and Arm report after the close today.', 'Payrolls seen at 150,000']).has('colon')).toBe(false);
    expect(leadInStyle(['Stocks: The S&P 500 rose 1% on the day.', 'Oil: Brent fell 2% as supply grew.']).has('colon')).toBe(true);
  });
  it('takes bold on a sentence\'s own subject as emphasis', () => {
    const b = parseBulletin('Wire\n\n## Funding\n- **OpenAI** closed a $6.6 billion round.\n- **Anthropic** is in talks to raise.\n');
    expect(b.items.map((i) => i.title)).toEqual([null, null]);
  });
});

describe('Markdown links, dash sources and asides', () => {
  it('takes linked headings as titles without markup or read time, and keeps the url', () => {
    const b = parse('md-linked-headings-2024-08-14.md');
    expect(b.items.map((i) => [i.marker, i.title, i.source, i.url])).toEqual([
      [null, 'Shopify revenue jumps 21% in the second quarter', null, 'https://example.com/shopify-q2?utm_source=digest%2050&ref=100%25'],
      [null, 'Amazon opens a discount storefront', 'The Information', 'https://example.com/amazon-haul'],
      ['1.', 'Stripe cuts fees for small merchants', null, 'https://example.com/stripe'],
    ]);
    expect(linkTitle('[### Big news (2 minute read)](https://x.test/a)')).toEqual({ title: 'Big news', titleAt: 5, url: 'https://x.test/a' });
    expect(titleRange('**Big news** (3 minute read)')).toEqual([2, 10]);
  });
  it('reads `— Outlet` lines and trailing dashes as sources, and keeps captions and emoji lines in their item', () => {
    const b = parse('en-dash-sources-2024-09-03.txt');
    expect(itemsOf(b)).toEqual([
      [6, null, 'Lazada trims seller fees', 'The Edge Malaysia'],
      [10, null, 'Tokopedia adds 2,000 staff to logistics', 'Tech in Asia'],
      [17, '▪', null, 'Reuters'],
      [18, '▪', null, 'Bloomberg'],
    ]);
    expect(b.items[3].body).toBe('Sea Ltd shares climbed 4.2% after its results.\nPhoto: A Lazada warehouse in Manila.');
    expect(b.sections.map((s) => s.name)).toEqual(['Platforms', 'In brief']);
    expect(b.unplaced).toEqual([]);
  });
});

describe('text with no bulletin structure', () => {
  it('is one implicit item with no title, also when it is a single short line', () => {
    for (const text of ['Alibaba revenue rose 20% to $5 billion in 2023.', 'Sales up 5%']) {
      const b = parseBulletin(text);
      expect([b.title, b.items.map((i) => [i.title, i.body])]).toEqual([null, [[null, text]]]);
    }
  });
});

describe('sources', () => {
  it('warns once when no item names a source', () => {
    expect(parse('zh-traditional-2024-07-12.txt').warnings.map((w) => [w.line, w.code, w.message])).toEqual([[null, 'no-source', 'no item names a source']]);
  });
});
