import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import type { Bulletin } from '../src/model.js';
import { parseProblems, slice } from './invariants.js';

const MODEL = 'fixtures/morning-news-2022-01-21.txt';
const modelText = readFileSync(MODEL, 'utf8');

/** Nothing lost (see invariants.ts). */
function checkInvariants(text: string, b: Bulletin): void {
  expect(parseProblems(text, b)).toEqual([]);
}

describe('parseBulletin on the model bulletin', () => {
  const b = parseBulletin(modelText, { file: MODEL });

  it('reads title, headlines and intro', () => {
    expect(b.title).toBe('Morning News');
    expect(b.headlines).toHaveLength(4);
    expect(b.headlines[0]).toBe("ByteDance's revenue in 2021 was US$58 billion, up 70% year-on-year");
    expect(b.headlines[3]).toBe('Amazon will launch its first physical fashion store "Amazon Style"');
    expect(b.intro).toBe('Lao Gao provides everyone with the latest and most valuable Internet and e-commerce information every day.');
  });

  it('reads the three sections and their items', () => {
    expect(b.sections).toEqual([
      { name: 'E-commerce newsletter', line: 4, items: [1, 2, 3, 4] },
      { name: 'Cross-border newsletter', line: 13, items: [5, 6, 7] },
      { name: 'Internet Information', line: 20, items: [8, 9, 10] },
    ]);
  });

  it('reads ten items with title, body and source, and nothing unplaced', () => {
    expect(b.items).toHaveLength(10);
    for (const item of b.items) {
      expect(item.source).toBe('E-commerce News');
      expect(item.body.length).toBeGreaterThan(100);
      expect(item.body).not.toMatch(/\(E-commerce News\)/);
    }
    expect(b.items[2].title).toBe('Taobao releases 9 "memory" search terms');
    expect(b.items[0].body.endsWith('providing a major contribution to the development of online retail sales.')).toBe(true);
    expect(b.unplaced).toEqual([]);
    expect(b.warnings).toEqual([]);
  });

  it('dates the bulletin from the file name and items against it', () => {
    expect(b.date).toBe('2022-01-21');
    expect(b.items.map((i) => i.date)).toEqual([
      '2022-01-21', '2022-01-21', '2022-01-20', '2022-01-20', '2022-01-20', '2022-01-20', null, '2022-01-20', '2022-01-20', null,
    ]);
  });

  it('dates from --date when the file name has none, and warns when nothing dates it', () => {
    const viaOption = parseBulletin(modelText, { file: '-', date: '2022-01-21' });
    expect(viaOption.date).toBe('2022-01-21');
    expect(viaOption.items[2].date).toBe('2022-01-20');
    const undated = parseBulletin(modelText, { file: '-' });
    expect(undated.date).toBeNull();
    expect(undated.items[0].date).toBeNull();
    expect(undated.warnings).toEqual([{ file: '-', line: null, code: 'no-date', message: 'no date found (give --date YYYY-MM-DD)' }]);
  });

  it('gives item positions that slice back to the item', () => {
    const item = b.items[8];
    expect(item.line).toBe(23);
    expect(slice(modelText, item.start, item.end)).toMatch(/^9\. ByteDance's revenue in 2021 increased by 70% year-on-year\nOn January 20,[^]*\(E-commerce News\)$/);
  });

  it('parses the same from CRLF and with a BOM-free UTF-8 text as from LF', () => {
    const crlf = parseBulletin(modelText.replace(/\n/g, '\r\n'), { file: MODEL });
    expect(crlf.items.map((i) => [i.title, i.body, i.source])).toEqual(b.items.map((i) => [i.title, i.body, i.source]));
    checkInvariants(modelText.replace(/\n/g, '\r\n'), crlf);
  });
});

describe('nothing is lost', () => {
  const names = readdirSync('fixtures').filter((n) => /\.(txt|md)$/.test(n));
  for (const name of names) {
    it(`every non-blank line of ${name} lies in exactly one part, LF and CRLF`, () => {
      const text = readFileSync(`fixtures/${name}`, 'utf8');
      checkInvariants(text, parseBulletin(text, { file: name }));
      const crlf = text.replace(/\n/g, '\r\n');
      checkInvariants(crlf, parseBulletin(crlf, { file: name }));
    });
  }

  it('reports text it cannot place', () => {
    const lonely = parseBulletin('Daily\nIntro text.\n\n【国内】\n这一行不是新闻条目。\n', { file: 'y.txt', date: '2022-01-01' });
    expect(lonely.unplaced).toEqual([{ line: 5, start: 24, end: 34, text: '这一行不是新闻条目。' }]);
    expect(lonely.warnings.map((w) => w.code)).toEqual(['no-items', 'unplaced-text']);
  });
});

describe('item markers', () => {
  const cases: Array<[string, string[]]> = [
    ['1. A\nBody a.\n2. B\nBody b.', ['1.', '2.']],
    ['1、甲\n正文。\n2、乙\n正文。', ['1、', '2、']],
    ['1) A\nBody a.\n2) B\nBody b.', ['1)', '2)']],
    ['(1) A\nBody a.\n(2) B\nBody b.', ['(1)', '(2)']],
    ['（１）甲\n正文。\n（２）乙\n正文。', ['（１）', '（２）']],
    ['① A\nBody a.\n② B\nBody b.', ['①', '②']],
    ['NO.1 A\nBody a.\nNO.2 B\nBody b.', ['NO.1', 'NO.2']],
    ['1丨甲\n正文。\n2丨乙\n正文。', ['1丨', '2丨']],
  ];
  for (const [body, markers] of cases) {
    it(`reads ${markers.join(' ')}`, () => {
      const b = parseBulletin(`Daily\n\nNews\n${body}\n`, { file: 'x.txt', date: '2022-01-01' });
      expect(b.items.map((i) => i.marker)).toEqual(markers);
      expect(b.items.map((i) => i.title)).toEqual(markers[0].startsWith('1、') || /[甲乙]/.test(body) ? ['甲', '乙'] : ['A', 'B']);
      expect(b.sections).toEqual([{ name: 'News', line: 3, items: [1, 2] }]);
    });
  }

  it('takes `2.8 departments` as marker 2. and a title starting with a digit', () => {
    const b = parseBulletin('Daily\n\nPolicy\n1. One\nBody.\n2.8 departments join\nBody two.\n', { file: 'x', date: '2022-01-01' });
    expect(b.items.map((i) => [i.marker, i.title])).toEqual([['1.', 'One'], ['2.', '8 departments join']]);
  });

  it('keeps n unique when numbering restarts per section', () => {
    const b = parseBulletin('Daily\n\nA\n1. x\nBody.\n2. y\nBody.\nB\n1. z\nBody.\n', { file: 'x', date: '2022-01-01' });
    expect(b.items.map((i) => [i.n, i.marker, i.section])).toEqual([[1, '1.', 'A'], [2, '2.', 'A'], [3, '1.', 'B']]);
  });
});

describe('bullets, lead-ins and sub-bullets', () => {
  it('reads bullets as whole items with lead-in titles and keeps sub-bullets in their item', () => {
    const text = 'Brief\n\nTECH\n• Antitrust: The FTC sued a rival in a case that could cost it $1 billion.\n• TikTok: The app faces a ban next week in the US market.\n  - Creators earned $2 billion.\n';
    const b = parseBulletin(text, { file: 'x', date: '2025-01-15' });
    expect(b.items.map((i) => [i.marker, i.title, i.body])).toEqual([
      ['•', 'Antitrust', 'The FTC sued a rival in a case that could cost it $1 billion.'],
      ['•', 'TikTok', 'The app faces a ban next week in the US market.\n- Creators earned $2 billion.'],
    ]);
  });
});

describe('section headers', () => {
  const cases: Array<[string, string]> = [
    ['【国内】', '国内'],
    ['## Funding', 'Funding'],
    ['MARKETS', 'MARKETS'],
    ['Deals:', 'Deals'],
    ['一、国内新闻', '国内新闻'],
    ['🚀 Big Tech', 'Big Tech'],
  ];
  for (const [line, name] of cases) {
    it(`reads ${line}`, () => {
      const b = parseBulletin(`Daily\n\n${line}\n1. A\nBody a.\n2. B\nBody b.\n`, { file: 'x', date: '2022-01-01' });
      expect(b.sections.map((s) => s.name)).toEqual([name]);
      expect(b.items).toHaveLength(2);
    });
  }
});

describe('sources', () => {
  const cases: Array<[string, string | null, string]> = [
    ['Body text. (E-commerce News)', 'E-commerce News', 'Body text.'],
    ['正文内容。（界面新闻）', '界面新闻', '正文内容。'],
    ['Body text. (Source: Reuters)', 'Reuters', 'Body text.'],
    ['正文内容。（36氪、21世纪经济报道）', '36氪、21世纪经济报道', '正文内容。'],
    ['Body text (2 minute read)', null, 'Body text (2 minute read)'],
    ['Body text. (Sponsor)', null, 'Body text. (Sponsor)'],
    ['正文内容。来源：新华社', '新华社', '正文内容。'],
  ];
  for (const [line, source, body] of cases) {
    it(`reads ${line}`, () => {
      const b = parseBulletin(`Daily\n\nNews\n1. Title\n${line}\n2. Other\nMore.\n`, { file: 'x', date: '2022-01-01' });
      expect([b.items[0].source, b.items[0].body]).toEqual([source, body]);
    });
  }

  it('reads a `来源：X` line of its own', () => {
    const b = parseBulletin('日报\n\n国内\n① 标题\n正文。\n来源：证券时报\n② 标题二\n正文二。\n', { file: 'x', date: '2022-01-01' });
    expect(b.items.map((i) => [i.title, i.body, i.source])).toEqual([['标题', '正文。', '证券时报'], ['标题二', '正文二。', null]]);
  });
});

describe('header region', () => {
  it('reads date lines in many forms', () => {
    const dates: Array<[string, string]> = [
      ['TLDR 2025-06-04', '2025-06-04'],
      ['January 15, 2025', '2025-01-15'],
      ['Date: 2023-05-19', '2023-05-19'],
      ['【2022年1月20日 星期四】', '2022-01-20'],
      ['今天是2023年1月23日', '2023-01-23'],
    ];
    for (const [line, iso] of dates) {
      const b = parseBulletin(`Daily News\n${line}\n\nTech\n1. A\nBody.\n2. B\nBody.\n`, { file: 'x' });
      expect([line, b.date]).toEqual([line, iso]);
    }
  });

  it('takes a numbered teaser list for headlines, not items', () => {
    const b = parseBulletin('Daily\nTop stories:\n1. A\n2. B\n\n1. A\nBody a.\n2. B\nBody b.\n', { file: 'x', date: '2022-01-01' });
    expect(b.headlines).toEqual(['A', 'B']);
    expect(b.items.map((i) => [i.title, i.body])).toEqual([['A', 'Body a.'], ['B', 'Body b.']]);
  });

  it('rolls an item date back a year for a January bulletin citing December', () => {
    const b = parseBulletin('Daily\n\nNews\n1. A\nOn December 30, it said so.\n2. B\n1月2日，发布。\n', { file: 'x', date: '2022-01-05' });
    expect(b.items.map((i) => i.date)).toEqual(['2021-12-30', '2022-01-02']);
  });
});

describe('positions in code points', () => {
  it('counts an emoji as one', () => {
    const text = 'Digest 2024-06-10\n\n📱 Mistral AI raised €600 million in a new round of funding. (TechCrunch)\n💰 Revolut doubled revenue to £1.8 billion in the year. (FT)\n';
    const b = parseBulletin(text, { file: 'x' });
    expect(b.items.map((i) => [i.start, i.end])).toEqual([[19, 91], [92, 151]]);
    expect(slice(text, b.items[1].start, b.items[1].end)).toBe('💰 Revolut doubled revenue to £1.8 billion in the year. (FT)');
  });
});
