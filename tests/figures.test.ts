import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { extractFigures } from '../src/figures/extract.js';
import { scanFigures, scaled } from '../src/figures/numbers.js';
import { foldWidth } from '../src/parse/lines.js';
import type { Figure } from '../src/model.js';

const MODEL = 'fixtures/morning-news-2022-01-21.txt';
const modelText = readFileSync(MODEL, 'utf8');

// [item, kind, text, value, unit, metric, entity, period, direction, basis, qualifier, line, start, end]
const MODEL_FIGURES = [
  [0,"money","US$58 billion",58000000000,"USD","revenue","ByteDance","2021",null,null,null,1,46,59],
  [0,"percent","70%",70,"%","revenue","ByteDance","2021","up","yoy",null,1,64,67],
  [0,"count","tens of thousands",10000,"store","stores","Douyin","2021",null,null,"over",1,145,162],
  [0,"count","9",9,"term","search_terms","Taobao",null,null,null,null,1,209,210],
  [1,"money","2452.675 billion yuan",2452675000000,"CNY","transaction_volume","Chengdu","2021",null,null,null,5,509,530],
  [1,"percent","8.35%",8.35,"%","transaction_volume","Chengdu","2021","up","yoy",null,5,547,552],
  [1,"money","2452.675 billion yuan",2452675000000,"CNY","transaction_volume","Chengdu","2021",null,null,null,6,848,869],
  [1,"percent","8.35%",8.35,"%","transaction_volume","Chengdu","2021","up","yoy",null,6,886,891],
  [1,"money","493.479 billion yuan",493479000000,"CNY","online_retail_sales","Chengdu","2021",null,null,null,6,931,951],
  [1,"percent","19.50%",19.5,"%","online_retail_sales","Chengdu","2021","up","yoy",null,6,968,974],
  [1,"rank","6th",6,null,"online_retail_sales","Chengdu","2021",null,null,null,6,997,1000],
  [1,"money","304.758 billion yuan",304758000000,"CNY","physical_online_retail_sales","Chengdu","2021",null,null,null,6,1112,1132],
  [1,"percent","16.37%",16.37,"%","physical_online_retail_sales","Chengdu","2021","up","yoy",null,6,1161,1167],
  [1,"percent","73.53%",73.53,"%","share","Chengdu","2021",null,null,null,6,1184,1190],
  [2,"percent","35%",35,"%","share_price","Krafton",null,"down",null,null,8,1619,1622],
  [2,"percent","13.56%",13.56,"%","stake","Tencent",null,null,null,null,8,1674,1680],
  [3,"count","9",9,"term","search_terms","Taobao",null,null,null,null,9,1778,1779],
  [3,"count","9",9,"term","search_terms","Taobao",null,null,null,null,10,1838,1839],
  [3,"count","9",9,"term","search_terms","Taobao",null,null,null,null,10,1891,1892],
  [3,"count","8",8,"term","search_terms","Taobao",null,null,null,null,10,2354,2355],
  [4,"count","tens of thousands",10000,"store","stores","Douyin","2021",null,null,"over",11,2538,2555],
  [4,"count","tens of thousands",10000,"store","stores","Douyin","2021",null,null,"over",12,3221,3238],
  [4,"count","34,000",34000,"link","infringement_links","Douyin","2021",null,null,"over",12,3395,3401],
  [6,"count","32,000+",32000,"brand","brands","LazMall",null,null,null,"over",17,4848,4855],
  [7,"percent","317%",317,"%","transaction_volume","Yunnan","2021","up",null,null,18,4980,4984],
  [7,"percent","317.4%",317.4,"%","transaction_volume","Yunnan","2021","up",null,null,19,5737,5743],
  [7,"percent","16.8%",16.8,"%","import_export_volume","Yunnan","2021","up",null,null,19,5793,5798],
  [9,"percent","70%",70,"%","revenue","ByteDance","2021","up","yoy",null,23,6865,6868],
  [9,"money","US$58 billion",58000000000,"USD","revenue","ByteDance","2021",null,null,"about",24,7063,7076],
  [9,"percent","70%",70,"%","revenue","ByteDance","2021","up","yoy",null,24,7105,7108],
  [9,"money","US$34.3 billion",34300000000,"USD","revenue","ByteDance","2020",null,null,null,24,7378,7393],
  [9,"percent","100%",100,"%","revenue","ByteDance","2020","up","yoy","over",24,7420,7424],
  [9,"money","US$4 billion",4000000000,"USD","advertising_revenue","TikTok","2021",null,null,"nearly",24,7591,7603]

];

describe('extractFigures on the model bulletin', () => {
  const figures = extractFigures(parseBulletin(modelText, { file: MODEL }));

  it('finds every figure with every field', () => {
    expect(figures.map((x) => [x.item, x.kind, x.text, x.value, x.unit, x.metric, x.entity, x.period, x.direction, x.basis, x.qualifier, x.line, x.start, x.end])).toEqual(MODEL_FIGURES);
  });

  it('counts 8 money amounts, 14 percentages and 1 rank', () => {
    const count = (kind: string) => figures.filter((f) => f.kind === kind).length;
    expect([count('money'), count('percent'), count('rank')]).toEqual([8, 14, 1]);
  });

  it('gives positions that slice back to the text, and the sentence around it', () => {
    for (const f of figures) {
      expect([...modelText].slice(f.start, f.end).join('')).toBe(f.text);
      expect(f.sentence).toContain(f.text);
      expect([f.low, f.high]).toEqual([null, null]);
      expect(f.file).toBe(MODEL);
    }
    const revenue = figures.find((f) => f.text === 'US$34.3 billion')!;
    expect(revenue.sentence).toBe("In contrast, ByteDance's revenue in 2020 was US$34.3 billion, an increase of more than 100% year-on-year.");
    expect(revenue.section).toBe('Internet Information');
  });
});

describe('scanFigures', () => {
  const cases: Array<[string, Array<[string, string, number | null, number | null, number | null, string | null, string | null, string | null]>]> = [
    ['revenue was US$58 billion, up 70% year-on-year', [['US$58 billion', 'money', 58e9, null, null, 'USD', null, null], ['70%', 'percent', 70, null, null, '%', null, 'up']]],
    ['2452.675亿元', [['2452.675亿元', 'money', 245267500000, null, null, 'CNY', null, null]]],
    ['between $2 and $3 billion', [['$2 and $3 billion', 'money', null, 2e9, 3e9, 'USD', null, null]]],
    ['a decline of 5-10%', [['5-10%', 'percent', null, 5, 10, '%', null, 'down']]],
    ['1%-3%', [['1%-3%', 'percent', null, 1, 3, '%', null, null]]],
    ['700亿至750亿欧元', [['700亿至750亿欧元', 'money', null, 7e10, 7.5e10, 'EUR', null, null]]],
    ['8-9亿美元', [['8-9亿美元', 'money', null, 8e8, 9e8, 'USD', null, null]]],
    ['同比-3.2%', [['-3.2%', 'percent', 3.2, null, null, '%', null, 'down']]],
    ['a -0.1% policy rate', [['-0.1%', 'percent', -0.1, null, null, '%', null, null]]],
    ['超千亿元', [['千亿元', 'money', 1e11, null, null, 'CNY', 'over', null]]],
    ['USD 58 billion', [['USD 58 billion', 'money', 58e9, null, null, 'USD', null, null]]],
    ['RMB5 million', [['RMB5 million', 'money', 5e6, null, null, 'CNY', null, null]]],
    ['CNY 3', [['CNY 3', 'money', 3, null, null, 'CNY', null, null]]],
    ['RMB 14.82 billion ($2.28 billion)', [['RMB 14.82 billion', 'money', 14.82e9, null, null, 'CNY', null, null], ['$2.28 billion', 'money', 2.28e9, null, null, 'USD', null, null]]],
    ['50 cents per share', [['50 cents', 'money', 0.5, null, null, 'USD', null, null]]],
    ['LazMall now has 32,000+ local and international brands', [['32,000+', 'count', 32000, null, null, 'brand', 'over', null]]],
    ['more than 34,000 infringement links', [['34,000', 'count', 34000, null, null, 'link', 'over', null]]],
    ['banned tens of thousands of stores', [['tens of thousands', 'count', 10000, null, null, 'store', 'over', null]]],
    ['ranking 6th among major cities', [['6th', 'rank', 6, null, null, null, null, null]]],
    ['排名第三', [['第三', 'rank', 3, null, null, null, null, null]]],
    ['up 2 percentage points', [['2 percentage points', 'percent', 2, null, null, 'pp', null, 'up']]],
    ['下调0.25个百分点', [['0.25个百分点', 'percent', 0.25, null, null, 'pp', null, 'down']]],
    ['climbed 5 basis points', [['5 basis points', 'percent', 5, null, null, 'bps', null, 'up']]],
    ['revenue doubled', [['doubled', 'percent', 100, null, null, '%', null, 'up']]],
    ['half of its revenue', [['half', 'percent', 50, null, null, '%', null, null]]],
    ['1.1亿人次', [['1.1亿人次', 'count', 1.1e8, null, null, '人次', null, null]]],
    ['€600 million and NT$278.16 billion and ¥500万', [['€600 million', 'money', 6e8, null, null, 'EUR', null, null], ['NT$278.16 billion', 'money', 278.16e9, null, null, 'TWD', null, null], ['¥500万', 'money', 5e6, null, null, 'CNY', null, null]]],
    ['$5m and $2.5bn', [['$5m', 'money', 5e6, null, null, 'USD', null, null], ['$2.5bn', 'money', 2.5e9, null, null, 'USD', null, null]]],
    ['约100万左右', [['100万', 'count', 1e6, null, null, null, 'about', null]]],
    ['$20 and 43c', [['$20 and 43c', 'money', 20.43, null, null, 'USD', null, null]]],
    ['20 dollars 43 cents', [['20 dollars 43 cents', 'money', 20.43, null, null, 'USD', null, null]]],
    ['3 CAD 3 cents', [['3 CAD 3 cents', 'money', 3.03, null, null, 'CAD', null, null]]],
    ['US$3 and fourteen.', [['US$3 and fourteen', 'money', 3.14, null, null, 'USD', null, null]]],
    ['more than 1 dollar and forty-two cents', [['1 dollar and forty-two cents', 'money', 1.42, null, null, 'USD', 'over', null]]],
    ['twenty dollars 43 cents', []],
    ['10k$ and 10 dinars and 42 KWD', [['10k$', 'money', 10000, null, null, 'USD', null, null], ['10 dinars', 'money', 10, null, null, null, null, null], ['42 KWD', 'money', 42, null, null, 'KWD', null, null]]],
    ['RM42 or malaysian ringgit 42 or 100₾', [['RM42', 'money', 42, null, null, 'MYR', null, null], ['malaysian ringgit 42', 'money', 42, null, null, 'MYR', null, null], ['100₾', 'money', 100, null, null, 'GEL', null, null]]],
    ['a 12-cent-a-share dividend', [['12-cent', 'money', 0.12, null, null, 'USD', null, null]]],
    ['c $ 16.4 million and hk $ 10.05 billion', [['c $ 16.4 million', 'money', 16.4e6, null, null, 'CAD', null, null], ['hk $ 10.05 billion', 'money', 10.05e9, null, null, 'HKD', null, null]]],
    ['Rs 5 crore and 7 lakh rupees', [['Rs 5 crore', 'money', 5e7, null, null, 'INR', null, null], ['7 lakh rupees', 'money', 7e5, null, null, 'INR', null, null]]],
    ['兑换1.0092瑞士法郎，10日元5日本銭', [['1.0092瑞士法郎', 'money', 1.0092, null, null, 'CHF', null, null], ['10日元5日本銭', 'money', 10.05, null, null, 'JPY', null, null]]],
    ['全场75折，部分9.9折，2.5成', [['75折', 'percent', 75, null, null, '%', null, null], ['9.9折', 'percent', 99, null, null, '%', null, null], ['2.5成', 'percent', 25, null, null, '%', null, null]]],
    ['百 分 之 2.4，百分之1,111，12個百分點', [['百 分 之 2.4', 'percent', 2.4, null, null, '%', null, null], ['百分之1,111', 'percent', 1111, null, null, '%', null, null], ['12個百分點', 'percent', 12, null, null, 'pp', null, null]]],
    ['a 100 percentage rise', [['100 percentage', 'percent', 100, null, null, '%', null, 'up']]],
    ['percent of 10', [['percent of 10', 'percent', 10, null, null, '%', null, null]]],
    ['下调存款准备金率0.25个百分点，提高市场份额至15%', [['0.25个百分点', 'percent', 0.25, null, null, 'pp', null, 'down'], ['15%', 'percent', 15, null, null, '%', null, null]]],
    ['5 percent of 10 stores', [['5 percent', 'percent', 5, null, null, '%', null, null], ['10', 'count', 10, null, null, 'store', null, null]]],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      expect(scanFigures(text).map((f) => [text.slice(f.start, f.end), f.kind, f.value, f.low, f.high, f.unit, f.qualifier, f.direction])).toEqual(expected);
    });
  }

  const none = ['iOS 16 and iPhone 14 and C919 and 5G', 'the 12315 hotline', '双11 and 618', 'top 8 search terms', 'In 2021 and 2022', 'at 10:30 on 2022-01-20', 'a 1.3倍 rise', '运距100公里', '1.5亿斤粮食', 'aged 30 years', 'the S&P 500 at 5,842.91', '等了5分钟', '制造业PMI为50.2%', 'the exchange rate was 6.35 yuan per dollar', 'COVID-19 cases rose'];
  for (const text of none) {
    it(`finds no figure in ${text}`, () => {
      expect(scanFigures(text).map((f) => text.slice(f.start, f.end))).toEqual([]);
    });
  }

  it('reads a chain of 20,000 bare numbers without recursing through it', () => {
    const text = '5-'.repeat(20000) + '10%';
    expect(scanFigures(text).map((f) => [text.slice(f.start, f.end), f.low, f.high])).toEqual([['5-10%', 5, 10]]);
  });

  it('scales decimals exactly', () => {
    expect([scaled('2452', '675', 9), scaled('0', '1', 0), scaled('50', '', -2), scaled('8', '687', 8)]).toEqual([2452675000000, 0.1, 0.5, 868700000]);
  });
});

describe('figures from every part of the text', () => {
  const figuresOf = (file: string) => {
    const b = parseBulletin(readFileSync(file, 'utf8'), { file });
    return extractFigures(b).map((f) => [f.item, f.part, f.text, f.value]);
  };
  it('reads the intro and table rows of the header as item 0, tagged intro', () => {
    expect(figuresOf('fixtures/en-quick-hits-2024-05-22.txt').filter(([item]) => item === 0)).toEqual([
      [0, 'intro', '9%', 9],
      [0, 'intro', '3%', 3],
      [0, 'intro', '4.1%', 4.1],
      [0, 'intro', '0.25%', 0.25],
      [0, 'intro', '0.22%', 0.22],
    ]);
  });
  it('tags title and body figures, and reads nothing in a link target (`%2050`, `100%25`)', () => {
    expect(figuresOf('fixtures/md-linked-headings-2024-08-14.md').filter(([item]) => item === 1)).toEqual([
      [1, 'title', '21%', 21],
      [1, 'body', '$2.05 billion', 2050000000],
      [1, 'body', '21%', 21],
    ]);
    const inline = parseBulletin('See https://x.test/report?share=45%25&n=2024 for 3% more.');
    expect(extractFigures(inline).map((f) => f.text)).toEqual(['3%']);
  });
  it('reads the footer, tagged footer', () => {
    const b = parseBulletin('Daily\n\nNews\n1. A\nBody a.\n2. B\nBody b.\n\nSubscribe now and save 20% on a yearly plan.\n');
    expect(extractFigures(b).map((f) => [f.item, f.part, f.text])).toEqual([[0, 'footer', '20%']]);
  });
  it('reads traditional Chinese, full-width digits and the small full stop as a decimal point', () => {
    expect(figuresOf('fixtures/zh-traditional-2024-07-12.txt').slice(0, 4)).toEqual([
      [1, 'title', '2078.7億新台幣', 207870000000],
      [1, 'body', '2078.7億新台幣', 207870000000],
      [1, 'body', '３２﹒９％', 32.9],
      [1, 'body', '28.1%', 28.1],
    ]);
  });
  it('names a Chinese entity as written, and takes no year from an amount (`2078.7億`)', () => {
    const b = parseBulletin(readFileSync('fixtures/zh-traditional-2024-07-12.txt', 'utf8'));
    expect(extractFigures(b).slice(3, 5).map((f) => [f.entity, f.period])).toEqual([
      ['台積電', '2024-H1'],
      ['聯發科', '2024-H1'],
    ]);
  });
});

describe('whose figure it is (English)', () => {
  const owners = (text: string) => extractFigures(parseBulletin(text, { date: '2024-03-01' })).map((f) => [f.text, f.metric, f.entity]);
  it('takes a place that only modifies as an owner of last resort', () => {
    expect(owners('Singapore-based Nimbus said U.S. shoppers spent $40 million on its app.')).toEqual([['$40 million', null, 'Nimbus']]);
    expect(owners('U.S. retail sales rose 0.4% in February.')).toEqual([['0.4%', 'retail_sales', 'U.S.']]);
    expect(owners('Chengdu achieved online retail sales of 49 billion yuan.')).toEqual([['49 billion yuan', 'online_retail_sales', 'Chengdu']]);
  });
  it('names no person, event or glued amount', () => {
    expect(owners('Skims, co-founded by Kim Kardashian, raised $270 million.')).toEqual([['$270 million', 'funding', 'Skims']]);
    expect(owners('Black Friday spending hit $10.8 billion at Adobe-tracked stores.')[0][2]).toBeNull();
    expect(owners('Quarterly revenue RMB236.5bn, up 7%.').map((r) => r[2])).toEqual([null, null]);
  });
  it('reads a sentence by the script most of it is in', () => {
    expect(owners('Alibaba (阿里巴巴) revenue rose 8% in 2023.')).toEqual([['8%', 'revenue', 'Alibaba']]);
  });
  it('gives a deal its target and an investment its recipient', () => {
    expect(owners('Coupang will pay $500 million for British luxury platform Farfetch.')).toEqual([['$500 million', 'deal_value', 'Farfetch']]);
    expect(owners('Mizuho Bank will invest up to $100m in Vietnamese payments app MoMo.')).toEqual([['$100m', 'funding', 'MoMo']]);
  });
});

describe('whose figure it is (Chinese)', () => {
  const owners = (text: string) => extractFigures(parseBulletin(text, { date: '2024-03-01' })).map((f) => [f.text, f.entity]);
  it('keeps the owner named before when a clause opens with attribution, time or a preposition', () => {
    expect(owners('京东集团发布业绩，当季收入为2477亿元，归属于普通股股东的净利润为79亿元。')).toEqual([['2477亿元', '京东'], ['79亿元', '京东']]);
    expect(owners('亚马逊宣布，自4月15日起，服装类商品销售佣金由17%降至5%。').map((r) => r[1])).toEqual(['亚马逊', '亚马逊']);
  });
  it('takes national statistics as China, and a measure as no owner', () => {
    expect(owners('全国快递服务企业业务量累计完成1054.9亿件。')).toEqual([['1054.9亿件', '中国']]);
    expect(owners('菜鸟开设海外仓，仓库面积达3.5万平方米，日均处理能力超过5万单。')).toEqual([['5万单', '菜鸟']]);
  });
  it('keeps a store for one country apart from its brand', () => {
    expect(owners('TikTok Shop美国站2024年GMV约为90亿美元。')).toEqual([['90亿美元', 'TikTok Shop美国站']]);
  });
  it('does not take 比 of 比亚迪 for a preposition', () => {
    expect(owners('比亚迪新能源汽车销量达186.35万辆。')).toEqual([['186.35万辆', '比亚迪']]);
  });
});

describe('signs and currency symbols', () => {
  const read = (text: string) => scanFigures(text).map((f) => [text.slice(f.start, f.end), f.value, f.unit, f.direction]);
  it('reads a signed percentage as a change, and a negative level as a level', () => {
    expect(read('revenue RMB996.3bn, +6%')[1]).toEqual(['6%', 6, '%', 'up']);
    expect(read('same-store sales -0.5% y/y')).toEqual([['-0.5%', 0.5, '%', 'down']]);
    expect(read('a -0.1% policy rate')).toEqual([['-0.1%', -0.1, '%', null]]);
  });
  it('reads ¥ as yen in English text unless yuan words are beside it', () => {
    expect(read("Rakuten's net loss narrowed to ¥339.5 billion")[0][2]).toBe('JPY');
    expect(read('Chinese retailers sold goods worth ¥2 billion')[0][2]).toBe('CNY');
    expect(read('营收¥20亿')[0][2]).toBe('CNY');
  });
});

describe('counts with no counted noun, ranks in words, fractions', () => {
  const read = (text: string) => scanFigures(foldWidth(text)).map((f) => [f.kind, text.slice(f.start, f.end), f.value]);
  it('counts a scaled or grouped number that ends its phrase', () => {
    expect(read('Monthly users rose 8% in the quarter to 38.6 million.')).toEqual([['percent', '8%', 8], ['count', '38.6 million', 38600000]]);
    expect(read('on top of the 1,956 it already operates')).toEqual([['count', '1,956', 1956]]);
    expect(read('the index closed at 17,147.42 on Tuesday')).toEqual([]);
  });
  it('reads ranks in words and in Chinese with words between', () => {
    expect(read('Shopee ranked first, ahead of Lazada in 2nd and Tokopedia in 3rd.')).toEqual([['rank', 'first', 1], ['rank', '2nd', 2], ['rank', '3rd', 3]]);
    expect(read("the world's second-most valuable company")).toEqual([['rank', 'second', 2]]);
    expect(read('在美国购物类应用中排名第二，位列全球第三，公司第一大股东')).toEqual([['rank', '第二', 2], ['rank', '第三', 3], ['rank', '第一', 1]]);
  });
  it('reads a fifth, 三分之一 and kronor', () => {
    expect(read('took about a fifth of the total')).toEqual([['percent', 'a fifth', 20]]);
    expect(read('估值缩水约三分之一')).toEqual([['percent', '三分之一', 33.33]]);
    expect(scanFigures('sales were 54.2 billion kronor')[0].unit).toBe('SEK');
  });
  it('does not take the first company to do something, or an edition, for a rank', () => {
    expect(read('the first company to cross $4 trillion, in the 50th edition')).toEqual([['money', '$4 trillion', 4e12]]);
  });
});

describe('what an index move and a Chinese count measure', () => {
  const metrics = (text: string) => extractFigures(parseBulletin(text, { date: '2024-11-11' })).map((f) => [f.text, f.metric, f.entity]);
  it('takes the move of an index for the move of its level', () => {
    expect(metrics('沪指跌1.68%，报3452.30点；深证成指跌1.41%。')).toEqual([['1.68%', 'index_level', '沪指'], ['1.41%', 'index_level', '深证成指']]);
    expect(metrics('The Nasdaq closed down 1.3% on Tuesday.')[0][1]).toBe('index_level');
  });
  it('names a count for the noun before it', () => {
    expect(metrics('瑞幸门店总数达10836家，5G基站总数达321.5万个，受理投诉举报23.8万件。').map((r) => r[1])).toEqual(['stores', 'base_stations', 'complaints']);
  });
});

describe('quotes, labels and regions of a company', () => {
  const owners = (text: string) => extractFigures(parseBulletin(text, { date: '2024-08-19' })).map((f) => [f.text, f.entity]);
  it('reads a quoted original after its label, and a region of the company as the company', () => {
    expect(owners('  · 原文：“京东集团第二季度收入2914亿元，同比增长1.2%。”')).toEqual([['2914亿元', '京东'], ['1.2%', '京东']]);
    expect(owners('泡泡玛特上半年收入45.6亿元，港澳台及海外收入13.5亿元。').map((r) => r[1])).toEqual(['泡泡玛特', '泡泡玛特']);
  });
  it('takes a company named in the sentence over a place in the clause', () => {
    expect(owners('Pop Mart said revenue from Hong Kong, Macau, Taiwan and overseas markets rose 259.6%.')).toEqual([['259.6%', 'Pop Mart']]);
  });
});

describe('periods across a semicolon', () => {
  it('keeps a day for the clauses a semicolon joins, and reads first-half', () => {
    const b = parseBulletin('上周五（11月8日），沪指跌1.68%；深证成指跌1.41%。', { date: '2024-11-11' });
    expect(extractFigures(b).map((f) => f.period)).toEqual(['2024-11-08', '2024-11-08']);
    const h = parseBulletin('Pop Mart said first-half revenue rose 30%.', { date: '2024-08-19' });
    expect(extractFigures(h).map((f) => f.period)).toEqual(['2024-H1']);
  });
});

describe('what is not a figure, and what kind one is (Chinese)', () => {
  const read = (text: string) => extractFigures(parseBulletin(text, { date: '2024-08-30' })).map((f) => [f.text, f.kind, f.unit, f.metric, f.direction]);
  it('takes no article number or span of days for a count', () => {
    expect(read('根据第5条规定，企业须在15个工作日内完成申报。')).toEqual([]);
  });
  it('takes an amount of a money measure for money, its currency unsaid', () => {
    expect(read('小米营收突破30亿。')).toEqual([['30亿', 'money', null, 'revenue', null]]);
  });
  it('reads 分别提高1.2个和0.8个百分点 as two changes in points', () => {
    expect(read('两项指标分别提高1.2个和0.8个百分点。')).toEqual([['1.2个', 'percent', 'pp', null, 'up'], ['0.8个百分点', 'percent', 'pp', null, 'up']]);
  });
});

describe('rounds, valuations and shares offered (English)', () => {
  const read = (text: string) => extractFigures(parseBulletin(text)).map((f) => [f.text, f.metric, f.entity]);
  it('names no funding round and keeps a valuation apart from the money raised', () => {
    expect(read('Nimbus, a Seattle-based retailer, raised $40m in a Series C round at a $400m valuation.')).toEqual([['$40m', 'funding', 'Nimbus'], ['$400m', 'valuation', 'Nimbus']]);
  });
  it('takes shares offered for a count of shares, not a share price', () => {
    expect(read('The company offered 5 million shares at $20 each.')[0][1]).toBe('shares');
  });
});

describe('a parenthesis restating a period', () => {
  it('adds no period of its own', () => {
    const b = parseBulletin('Fiscal Q4 2025 (January–March): revenue $1.2bn, down 11%.', { date: '2025-05-16' });
    expect(extractFigures(b).map((f) => f.period)).toEqual(['FY2025-Q4', 'FY2025-Q4']);
  });
});

describe('qualifiers of conversions and thresholds', () => {
  const read = (text: string) => scanFigures(foldWidth(text)).map((f) => [text.slice(f.start, f.end), f.qualifier]);
  it('gives a conversion in parentheses the qualifier of what it converts', () => {
    expect(read('raise about ₹1,000 crore ($120 million)')).toEqual([['₹1,000 crore', 'about'], ['$120 million', 'about']]);
  });
  it('takes a threshold describing something else for no qualifier', () => {
    expect(read('fees for apparel priced under $15 fell')).toEqual([['$15', null]]);
    expect(read('售价低于15美元的服装')).toEqual([['15美元', null]]);
    expect(read('revenue under $15 million')).toEqual([['$15 million', 'under']]);
  });
});

describe('counts after with, of U.S. things, and of an implicit one', () => {
  const read = (text: string) => scanFigures(foldWidth(text)).map((f) => [text.slice(f.start, f.end), f.kind, f.value, f.unit, f.qualifier]);
  it('does not take the h of with for a half-year marker', () => {
    expect(read('Shein works with 336 textile manufacturers')).toEqual([['336', 'count', 336, 'manufacturer', null]]);
  });
  it('reads an initialism among the words before the counted noun', () => {
    expect(read('close about 1,200 U.S. stores')).toEqual([['1,200', 'count', 1200, 'store', 'about']]);
  });
  it('reads 突破千亿件 as more than 1e11 things counted', () => {
    expect(read('快递业务量突破千亿件')).toEqual([['千亿件', 'count', 1e11, '件', 'over']]);
  });
});

describe('names around metric words and places', () => {
  const owners = (text: string) => extractFigures(parseBulletin(text, { date: '2024-03-06' })).map((f) => [f.text, f.entity]);
  it('keeps the name before a metric word in one capitalised run, and drops a lone modifier', () => {
    expect(owners('Shopee GMV $28.6bn, up 22%.')).toEqual([['$28.6bn', 'Shopee'], ['22%', 'Shopee']]);
    expect(owners('Walmart beat estimates. Adjusted EPS $0.61.').map((r) => r[1])).toEqual(['Walmart']);
  });
  it('reads New York as one place, and a region before a metric as the company in the story', () => {
    expect(owners('Target shares jumped 12% in New York.')).toEqual([['12%', 'Target']]);
    expect(owners('Nike cut its outlook. North America revenue fell 13%.')).toEqual([['13%', 'Nike']]);
  });
});

/** The figures of a fixture, each as [text, ...the fields asked for]. */
function fieldsOf(file: string, fields: Array<keyof Figure>): unknown[][] {
  return extractFigures(parseBulletin(readFileSync(file, 'utf8'), { file })).map((f) => [f.text, ...fields.map((k) => f[k])]);
}
const RESULTS = 'fixtures/en-results-moves-2024-08-01.txt';
const CAIBAO = 'fixtures/zh-caibao-moves-2023-11-20.txt';

describe('levels a move reached, and the size of a move', () => {
  it('gives a level after `to`/`至` the direction of the verb that moved it, and marks only the size of a move a change', () => {
    const en = fieldsOf(RESULTS, ['direction', 'change']);
    expect(en.slice(0, 7)).toEqual([
      ['6%', 'up', true], ['€4.2 billion', 'up', false], ['$4.5 billion', 'up', false], ['€310 million', 'up', false],
      ['€120 million', null, false], ['8%', 'down', true], ['€2.1 billion', 'down', false],
    ]);
    // `cut its processing fee … to 1.9% from 2.4%`: the baseline has none; `increased … by $40 million` is the size of a move.
    expect(en.slice(7, 10)).toEqual([['1.9%', 'down', false], ['2.4%', null, false], ['$40 million', 'up', true]]);
    expect(fieldsOf(CAIBAO, ['direction', 'change']).filter(([t]) => ['86.4亿元', '31.2%', '34.5%', '5.1亿元', '2.3亿元', '12元', '10元'].includes(t as string))).toEqual([
      ['86.4亿元', 'up', false], ['31.2%', null, false], ['34.5%', 'up', false], ['5.1亿元', null, false], ['2.3亿元', 'down', false], ['12元', null, false], ['10元', 'down', false],
    ]);
  });

  it('reads `added up to` and `making up` as no move and no qualifier', () => {
    expect(fieldsOf(RESULTS, ['direction', 'qualifier']).filter(([t]) => t === '€900 million' || t === '40%')).toEqual([['€900 million', null, null], ['40%', null, 'nearly']]);
  });
});

describe('periods that hold on unseen text', () => {
  it('moves a level stated `a year earlier` back a year, and only the baseline of `由去年同期的…升至…`', () => {
    expect(fieldsOf(RESULTS, ['period']).slice(3, 5)).toEqual([['€310 million', '2024-Q2'], ['€120 million', '2023-Q2']]);
    expect(fieldsOf(CAIBAO, ['period']).slice(3, 5)).toEqual([['31.2%', '2022-Q3'], ['34.5%', '2023-Q3']]);
  });

  it('gives a present state no earlier period, guidance the quarter ahead, and `this morning` the bulletin date', () => {
    const rows = fieldsOf(RESULTS, ['period', 'forecast']);
    expect(rows.filter(([t]) => ['2,050', '61,000', '$610 million to $630 million', '$9,410'].includes(t as string))).toEqual([
      ['$610 million to $630 million', '2024-Q3', true], ['2,050', null, false], ['61,000', null, false], ['$9,410', '2024-08-01', false],
    ]);
  });

  it('reads 今年5月 as one period, a compared baseline in its own period, and a deadline as no story period', () => {
    expect(fieldsOf(CAIBAO, ['period']).filter(([t]) => ['15亿元', '300亿元', '360亿元'].includes(t as string))).toEqual([['15亿元', '2023-05'], ['300亿元', '2023-05'], ['360亿元', '2022-12']]);
  });

  it('gives a title figure the period of the same figure in its body', () => {
    expect(fieldsOf(CAIBAO, ['part', 'period']).slice(0, 2)).toEqual([['12%', 'title', '2023-Q3'], ['12%', 'body', '2023-Q3']]);
  });
});

describe('metrics and entities named where the text names them', () => {
  it('names a rank by what it is ranked by, counts without places, and a platform total as GMV', () => {
    expect(fieldsOf(RESULTS, ['metric']).filter(([t]) => ['No. 3', '2,050', '61,000'].includes(t as string))).toEqual([['2,050', 'stores'], ['61,000', 'employees'], ['No. 3', 'footfall']]);
    expect(fieldsOf(CAIBAO, ['metric']).filter(([t]) => ['9820亿元', '六成'].includes(t as string))).toEqual([['9820亿元', 'gmv'], ['9820亿元', 'gmv'], ['六成', 'share']]);
  });

  it('points a pronoun or a description back to the subject, and never to a place', () => {
    expect(fieldsOf(RESULTS, ['entity']).filter(([t]) => ['€2.1 billion', '2.3%', '61,000'].includes(t as string))).toEqual([['€2.1 billion', 'Orbita Air'], ['2.3%', 'Kestrel Pay'], ['61,000', 'Halden Retail']]);
    // `青禾电商据报最早或于2025年赴港上市`: the deadline sets no period; `较去年12月时的` names no one.
    expect(fieldsOf(CAIBAO, ['entity']).filter(([t]) => t === '360亿元' || t === '12元')).toEqual([['360亿元', '青禾'], ['12元', '远航物流']]);
  });
});

const MACRO = 'fixtures/en-macro-lists-2024-10-08.txt';
const HONGGUAN = 'fixtures/zh-hongguan-2024-10-15.txt';
const bodyOf = (file: string, item: number, fields: Array<keyof Figure>) =>
  extractFigures(parseBulletin(readFileSync(file, 'utf8'), { file }))
    .filter((f) => f.item === item && f.part === 'body')
    .map((f) => [f.text, ...fields.map((k) => f[k])]);

/** The fields of every figure of a bulletin written out inline, in the order asked. */
const figuresIn = (text: string, date: string, fields: Array<keyof Figure>) =>
  extractFigures(parseBulletin(text, { file: 'brief.txt', date })).map((f) => fields.map((k) => f[k]));

describe('measures of an economy and a market, and figures that go on a list', () => {
  it('names consumer prices, output, payrolls and a rate path, and gives a place its own market measures', () => {
    expect(bodyOf(MACRO, 1, ['metric', 'entity', 'basis'])).toEqual([['0.4%', 'consumer_prices', 'Northland', 'mom'], ['1.2%', 'industrial_output', 'Northland', 'mom']]);
    // `40 basis points of rate cuts` measures the cuts, and basis points are no share of a whole.
    expect(bodyOf(MACRO, 2, ['metric'])).toEqual([['95,000', 'private_payrolls'], ['40 basis points', 'interest_rate']]);
  });

  it('gives a bare count or a rank the metric of the list it goes on, and store synonyms the name stores', () => {
    // `close about 15 small stores and open 120 new ones, ending 2025 with more than 2,400`: each count of stores is named by its own verb.
    expect(bodyOf(MACRO, 3, ['metric', 'entity'])).toEqual([
      ['15', 'store_closures', 'Corvid Foods'], ['120', 'store_openings', 'Corvid Foods'], ['2,400', 'stores', 'Corvid Foods'],
      // `The grocer operates … U.K. locations and employs … people`: the item's company, its stores and its employees.
      ['2,300', 'stores', 'Corvid Foods'], ['90,000', 'employees', 'Corvid Foods'],
    ]);
    expect(bodyOf(MACRO, 4, ['metric', 'entity'])).toEqual([['first', 'daily_downloads', 'Tessel'], ['2nd', 'daily_downloads', 'Marlo'], ['3rd', 'daily_downloads', 'Pindle']]);
    expect(bodyOf(MACRO, 7, ['metric'])).toEqual([['$9 billion', 'valuation'], ['4.2 million', 'subscribers'], ['5 million to 6 million', 'subscribers']]);
  });

  it('reads a change standing at a level as that level, a baseline that names its own metric as that, and a raised subsidy as no funding', () => {
    expect(bodyOf(MACRO, 5, ['metric', 'direction'])).toEqual([['1.5%', 'price', 'up'], ['$78.10', 'price', null], ['$40 million', 'net_income', null], ['$12 million', 'net_loss', null]]);
    expect(bodyOf(MACRO, 6, ['metric', 'direction'])).toEqual([['€8,000', 'subsidy', 'up'], ['€5,000', 'subsidy', null]]);
  });

  it('names price indices, exchange rates, commodity prices, parcel and retail volumes and cross-border trade in Chinese', () => {
    expect(bodyOf(HONGGUAN, 1, ['metric', 'entity'])).toEqual([['0.4%', 'cpi', '中国'], ['2.8%', 'ppi', '中国']]);
    expect(bodyOf(HONGGUAN, 2, ['metric', 'entity'])).toEqual([['0.8%', 'exchange_rate', '离岸人民币'], ['0.6%', 'price', 'COMEX'], ['2650.5美元', 'price', 'COMEX']]);
    expect(bodyOf(HONGGUAN, 3, ['metric'])).toEqual([['1250亿件', 'parcel_volume'], ['20.1%', 'parcel_volume']]);
    // `交易笔数达55.2亿单，同比增长18%`: orders counted by their measure word, and the change after a level is of that level.
    expect(bodyOf(HONGGUAN, 4, ['metric', 'entity'])).toEqual([['55.2亿单', 'orders', '云帆'], ['18%', 'orders', '云帆']]);
    // `零售渗透率` after `新能源车零售…`: retail is an activity, not the owner.
    expect(bodyOf(HONGGUAN, 5, ['metric', 'entity'])).toEqual([['210.5万辆', 'retail_volume', '中国'], ['4%', 'retail_volume', '中国'], ['112万辆', 'retail_volume', '新能源车'], ['53.2%', 'share', '新能源车']]);
    expect(bodyOf(HONGGUAN, 6, ['metric'])).toEqual([['1.88万亿元', 'cross_border_ecommerce_trade'], ['11.5%', 'cross_border_ecommerce_trade'], ['6%', 'share']]);
  });

  it('names money a backer puts in, spending on marketing and its parts, a guided range, a fee in percent and a change in points', () => {
    expect(fieldsOf(MACRO, ['part', 'metric']).filter(([t]) => t === '$40m')).toEqual([['$40m', 'title', 'funding']]);
    // `including around $3 million`: a part of the figure before; `short of the 20%-22%`: compared with it.
    expect(bodyOf(MACRO, 8, ['metric'])).toEqual([['$12 million', 'marketing_spend'], ['$3 million', 'marketing_spend'], ['18%', 'cloud_revenue'], ['20%-22%', 'cloud_revenue']]);
    expect(bodyOf(MACRO, 9, ['metric'])).toEqual([['1.5%', 'fee_rate'], ['2,000', 'shoppers'], ['41%', 'share'], ['5 percentage points', 'share'], ['2nd', 'weekly_sessions']]);
    // A Chinese count before a placed noun (`数万名中国卖家`), a fee in percent, and an index named with a price in it.
    expect(bodyOf(HONGGUAN, 7, ['metric'])).toEqual([['数万', 'sellers'], ['2%', 'fee_rate'], ['3.1%', 'index_level']]);
  });

  it("names a stock market's turnover and a company's listed shares moving", () => {
    expect(bodyOf(HONGGUAN, 8, ['metric', 'entity', 'direction'])).toEqual([['1.21万亿元', 'turnover', '沪深两市', null], ['800亿元', 'turnover', '沪深两市', 'down'], ['12%', 'share_price', '云帆', 'up']]);
  });

  it('ends a Chinese subject at a relative time word, not inside it', () => {
    expect(fieldsOf(HONGGUAN, ['part', 'entity']).filter(([t, part]) => t === '0.8%' && part === 'title')).toEqual([['0.8%', 'title', '离岸人民币']]);
  });
});

describe('days: named shopping days, deadlines, ends of spans and `that day`', () => {
  const text = [
    'Holiday Wire | December 3, 2024',
    '',
    '1. Black Friday sales',
    'Shoppers spent $10.8 billion online on Black Friday, Nov. 29, 2024, up 10.2%. Brand Aster ranked 3rd among beauty brands by online sales that day. (Adobe)',
    '',
    '2. Early starts',
    'A survey found 41% of shoppers meant to start before Nov. 1, and Corvid Foods reported net income of $40 million for the quarter ended Oct. 31. (Retail Desk)',
  ].join('\n');
  const figures = extractFigures(parseBulletin(text, { file: 'holiday.txt' }));
  it('reads a date that ends a sentence or a clause, not `Black Friday` as last Friday, and carries the day to `that day`', () => {
    expect(figures.filter((f) => f.item === 1).map((f) => [f.text, f.period])).toEqual([['$10.8 billion', '2024-11-29'], ['10.2%', '2024-11-29'], ['3rd', '2024-11-29']]);
  });
  it('gives no figure the day something is to happen before, nor the last day of the span it covers', () => {
    expect(figures.filter((f) => f.item === 2).map((f) => [f.text, f.period])).toEqual([['41%', null], ['$40 million', null]]);
  });
});

describe('a place before a quarter, and a count a price cut is made on', () => {
  const text = 'Calendar\n\n1. Prices\nNorthland Q2 consumer prices rise 1.1% quarter-on-quarter. Corvid Foods cut prices on 1,500 grocery items by an average of 12%. (Wire)\n';
  it('ends a name before a quarter (`Northland Q2 consumer prices`), and counts items, not prices', () => {
    expect(extractFigures(parseBulletin(text, { file: 'calendar.txt', date: '2024-08-01' })).map((f) => [f.text, f.metric, f.entity])).toEqual([
      ['1.1%', 'consumer_prices', 'Northland'], ['1,500', 'grocery_items', 'Corvid Foods'], ['12%', 'price', 'Corvid Foods'],
    ]);
  });
});

describe('a Chinese line of business is no owner', () => {
  it('keeps the subject named before `业务收入` (`业务` alone names no one)', () => {
    const text = '早报\n\n1、快递\n国家邮政局数据显示，1-10月，全国快递服务企业业务量累计完成1000亿件，同比增长15%；业务收入累计完成9000亿元。（国家邮政局）\n';
    expect(extractFigures(parseBulletin(text, { file: 'kuaidi.txt', date: '2024-11-15' })).map((f) => [f.text, f.metric, f.entity])).toEqual([
      ['1000亿件', 'parcel_volume', '中国'], ['15%', 'parcel_volume', '中国'], ['9000亿元', 'revenue', '中国'],
    ]);
  });
});

describe('a clause whose own subject moved', () => {
  it('names the change by that subject when the lexicon has no word for it (`; basket size up 6%`)', () => {
    const text = 'Results\n\n1. Corvid Foods\nCorvid Foods said annual active customers grew more than 20%; basket size up over 6%. (Wire)\n';
    expect(extractFigures(parseBulletin(text, { file: 'results.txt', date: '2024-08-01' })).map((f) => [f.text, f.metric])).toEqual([['20%', 'active_customers'], ['6%', 'basket_size']]);
  });
});

describe('stores opened and closed, users counted by how often, and adjusted or segment results', () => {
  const read = (text: string) => figuresIn(text, '2024-09-02', ['text', 'metric', 'entity']);
  it("leaves a unit named before its metric (`Kestrel Pay revenue`) to its own figures, not to the item's later ones", () => {
    const text = [
      'Brief', '', '1) Norvale (NYSE: NRV) — cloud strong',
      '   - Kestrel Pay revenue +18%.', '   - Full-year revenue $9.9bn, +6%.', '',
      '2) Pindle — results', '   - Pindle revenue rose 5%.', '   - Net income was $2m.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['18%', 'revenue', 'Kestrel Pay'], ['$9.9bn', 'revenue', 'Norvale'], ['6%', 'revenue', 'Norvale'],
      ['5%', 'revenue', 'Pindle'], ['$2m', 'net_income', 'Pindle'],
    ]);
  });
  it('names stores opened and closed by their own verb, in English and in Chinese', () => {
    const text = 'Brief\n\n1. Stores\nHalden Outfitters will shutter 60 U.S. stores and open roughly 25 new ones, ending the year with more than 1,100. (Wire)\n\n2、门店\n青禾咖啡计划关闭约80家门店，并新开门店200家。（公司公告）\n';
    expect(read(text)).toEqual([
      ['60', 'store_closures', 'Halden Outfitters'], ['25', 'store_openings', 'Halden Outfitters'], ['1,100', 'stores', 'Halden Outfitters'],
      ['80家', 'store_closures', '青禾咖啡'], ['200家', 'store_openings', '青禾咖啡'],
    ]);
  });
  it('keeps how often users or orders are counted in the metric, and names adjusted, segment and loss measures', () => {
    const text = [
      'Brief', '', '1. Apps',
      'Pindle has 42 million monthly active users; its monthly transacting users rose 9% to 12 million. (Wire)', '',
      '2、财报',
      '栗子科技二季度非国际财务报告准则下净利润为12.5亿元，海外业务收入8.1亿元，日均订单量突破300万单，月活跃用户规模达2.1亿。（公司财报）',
    ].join('\n');
    expect(read(text)).toEqual([
      ['42 million', 'monthly_active_users', 'Pindle'], ['9%', 'monthly_transacting_users', 'Pindle'], ['12 million', 'monthly_transacting_users', 'Pindle'],
      ['12.5亿元', 'adjusted_net_income', '栗子科技'], ['8.1亿元', 'overseas_revenue', '栗子科技'], ['300万单', 'daily_orders', '栗子科技'], ['2.1亿', 'monthly_active_users', '栗子科技'],
    ]);
  });
});

describe("a government's finances, counts named by their measure word, and titles that leave the metric to the body", () => {
  const read = (text: string) => figuresIn(text, '2024-11-11', ['part', 'text', 'metric']);
  it('reads `截至<day>的<period>` as the end of that period, which later sentences keep, not as now', () => {
    const text = '早报\n\n1、栗子科技：2025财年第一季度营收52亿元\n8月20日，栗子科技公布截至2024年6月30日的2025财年第一季度业绩。本季度栗子科技营收为52亿元，同比增长12%。截至目前，栗子科技门店数为300家。\n';
    expect(figuresIn(text, '2024-08-21', ['part', 'text', 'period'])).toEqual([
      ['title', '52亿元', 'FY2025-Q1'], ['body', '52亿元', 'FY2025-Q1'], ['body', '12%', 'FY2025-Q1'], ['body', '300家', null],
    ]);
  });
  it('counts a part of a group as what the group is of (`卖家中，有38家`), not as the metric named before it', () => {
    const text = '早报\n\n1、榜单\n平台销售额前100名的卖家中，有38家来自义乌；入选的50个品牌中有12个来自国内。（行业报告）\n';
    expect(read(text)).toEqual([['body', '38家', 'sellers'], ['body', '50个', 'brands'], ['body', '12个', 'brands']]);
  });
  it('names debt limits, special bonds, bills sold and a trade balance, in Chinese and in English', () => {
    const text = [
      '早报', '', '1、财政',
      '北川省人大批准增加1200亿元债务限额，分三年实施，每年400亿元；从新增专项债券中安排300亿元用于化债。（北川日报）', '',
      '2. Treasury',
      'The Northland Treasury sells $45 billion of 13-week bills, and the trade surplus narrowed to $12 billion. (Wire)',
    ].join('\n');
    expect(read(text)).toEqual([
      ['body', '1200亿元', 'debt_quota'], ['body', '400亿元', 'debt_quota'], ['body', '300亿元', 'special_bonds'],
      ['body', '$45 billion', 'debt_issuance'], ['body', '$12 billion', 'trade_balance'],
    ]);
  });
  it('counts what a Chinese measure word or the noun after it names, and ranks holders by shareholding', () => {
    const text = '早报\n\n1、市场\n两市逾3100只个股上涨，中欧班列发送货物12.4万标箱；青禾集团为公司第一大股东。（证券日报）\n';
    expect(read(text)).toEqual([['body', '3100只', 'stocks'], ['body', '12.4万标箱', 'containers'], ['body', '第一', 'shareholding']]);
  });
  it("gives a title figure with no metric the metric of the same figure in its body, and a platform's sales the name GMV", () => {
    const text = [
      '早报', '', '1、青禾App位列购物类应用第三',
      '青禾App月活跃用户数达8200万，在购物类应用中排名第三；平台销售额为320亿元，首日销售额超过5亿元，每单物流成本下降约1美元，最高同时在线人数超过90万。（晚点）',
    ].join('\n');
    expect(read(text)).toEqual([
      ['title', '第三', 'monthly_active_users'], ['body', '8200万', 'monthly_active_users'], ['body', '第三', 'monthly_active_users'],
      ['body', '320亿元', 'gmv'], ['body', '5亿元', 'revenue'], ['body', '1美元', 'logistics_cost'], ['body', '90万', 'peak_concurrent_users'],
    ]);
  });
});

describe('whose figure: a description before a name, a place where something stands, and titles that leave the owner to the body', () => {
  const read = (text: string) => figuresIn(text, '2024-09-02', ['part', 'text', 'entity']);
  it('reads `Grocery-delivery startup Pindle` as Pindle, not as a name that opens the sentence', () => {
    expect(read('Brief\n\n1. Funding\nGrocery-delivery startup Pindle raised $40 million. Data provider Corvid put the market at $2 billion. (Wire)\n')).toEqual([
      ['body', '$40 million', 'Pindle'], ['body', '$2 billion', 'Corvid'],
    ]);
  });
  it('starts a clause at `and` before a new named subject and its verb', () => {
    expect(read("Brief\n\n1. Results\nCorvid Foods' online arm kept growing and Tessel nearly doubled its capital spending. (Wire)\n")).toEqual([['body', 'doubled', 'Tessel']]);
  });
  it('keeps the subject past `在…中` and a number of things, and gives a title figure the owner its body names', () => {
    const text = '早报\n\n1、10月CPI同比上涨0.4%\n国家统计局数据显示，10月全国居民消费价格指数同比上涨0.4%。（国家统计局）\n\n2、青禾App位列购物类应用第三\n青禾App月活跃用户数达8200万，在购物类应用中排名第三；两个新品类的订单均增长了10%。（晚点）\n';
    expect(read(text)).toEqual([
      ['title', '0.4%', '中国'], ['body', '0.4%', '中国'],
      ['title', '第三', '青禾App'], ['body', '8200万', '青禾App'], ['body', '第三', '青禾App'], ['body', '10%', '青禾App'],
    ]);
  });
});

describe('the day of a session, of a launch and of `同日`', () => {
  it("gives a trading session's close, a launch's first day and `同日` the day the item named before", () => {
    const text = [
      '早报', '', '1、市场',
      '11月8日，沪指跌1.2%。两市全天成交额1.9万亿元，黄金期货收跌0.3%。（证券时报）', '',
      '2、上线',
      '9月3日，青禾游戏正式上线。上线首日销量超过120万套，同日在线人数超过80万。（晚点）',
    ].join('\n');
    expect(figuresIn(text, '2024-11-11', ['text', 'period'])).toEqual([
      ['1.2%', '2024-11-08'], ['1.9万亿元', '2024-11-08'], ['0.3%', '2024-11-08'], ['120万套', '2024-09-03'], ['80万', '2024-09-03'],
    ]);
  });
});
