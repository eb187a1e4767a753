import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { extractFigures } from '../src/figures/extract.js';
import type { Figure } from '../src/model.js';
import { boundsOf, impliedChange, roundingOf } from '../src/stats/bounds.js';
import { checkFigures } from '../src/stats/check.js';
import { intervalOf, previousPeriod } from '../src/stats/periods.js';
import { cli } from './helpers.js';

const MODEL = 'fixtures/morning-news-2022-01-21.txt';
const TRACKING = 'fixtures/tracking';

function figuresOf(file: string): Figure[] {
  const b = parseBulletin(readFileSync(file, 'utf8'), { file });
  return extractFigures(b);
}

const tracking = readdirSync(TRACKING).sort().flatMap((n) => figuresOf(`${TRACKING}/${n}`));

/** A body figure with only the fields a test cares about set. */
function fig(over: Partial<Figure>): Figure {
  return {
    file: 'f.txt', item: 1, section: null, part: 'body', kind: 'money', text: '', value: null, low: null, high: null, unit: 'USD', metric: 'revenue',
    entity: 'Acme', period: null, direction: null, change: over.direction != null, basis: null, of: null, forecast: false, qualifier: null, sentence: '', line: 2, start: 0, end: 0, ...over,
  };
}

describe('periods', () => {
  it('names the length of a period and the one a change is measured against', () => {
    expect(['2021', '2021-H1', '2021-Q3', '2021-01', '2022-01/2022-08', '2024-02-14', 'soon'].map(intervalOf)).toEqual(['year', 'half', 'quarter', 'month', 'span', 'day', null]);
    expect(previousPeriod('2021', null)).toBe('2020');
    expect(previousPeriod('2024-Q3', 'yoy')).toBe('2023-Q3');
    expect(previousPeriod('2024-Q1', 'qoq')).toBe('2023-Q4');
    expect(previousPeriod('2024-03', 'mom')).toBe('2024-02');
    expect(previousPeriod('2024-01', 'mom')).toBe('2023-12');
    expect(previousPeriod('2022-01/2022-08', 'yoy')).toBe('2021-01/2021-08');
    expect(previousPeriod('2021', 'qoq')).toBeNull();
  });
});

describe('bounds', () => {
  it('reads the rounding from the digits written, in the figure\'s own scale', () => {
    expect(roundingOf({ text: 'US$34.3 billion', value: 34300000000 })).toBeCloseTo(50000000, 3);
    expect(roundingOf({ text: '2452.675亿元', value: 245267500000 })).toBeCloseTo(50000, 6);
    expect(roundingOf({ text: '８.３５%', value: 8.35 })).toBeCloseTo(0.005, 9);
    expect(roundingOf({ text: 'tens of thousands', value: 10000 })).toBeNull();
  });

  it('widens for qualifiers and signs a fall', () => {
    const b = (text: string, value: number, qualifier: Figure['qualifier'], direction: Figure['direction'] = null) => {
      const r = boundsOf({ text, value, qualifier, direction, change: direction !== null })!;
      return [Number(r.lo.toPrecision(6)), Number(r.hi.toPrecision(6)), r.why];
    };
    expect(b('70%', 70, null)).toEqual([69.5, 70.5, ['rounding']]);
    expect(b('US$58 billion', 58e9, 'about')).toEqual([55.1e9, 60.9e9, ['rounding', 'about ±5%']]);
    expect(b('US$4 billion', 4e9, 'nearly')).toEqual([3.6e9, 4e9, ['rounding', 'nearly: up to 10% under']]);
    expect(b('100%', 100, 'over')).toEqual([100, Infinity, ['rounding', 'more than']]);
    expect(b('35%', 35, null, 'down')).toEqual([-35.5, -34.5, ['rounding']]);
    expect(b('35%', 35, 'under', 'down')).toEqual([-35, Infinity, ['rounding', 'less than']]);
  });

  it('gives the change two levels allow as a range', () => {
    const from = boundsOf({ text: 'US$34.3 billion', value: 34.3e9, qualifier: null, direction: null, change: false })!;
    const to = boundsOf({ text: 'US$58 billion', value: 58e9, qualifier: null, direction: null, change: false })!;
    const c = impliedChange(from, to)!;
    expect([c.lo.toFixed(4), c.hi.toFixed(4)]).toEqual(['67.3945', '70.8029']);
  });
});

describe('checkFigures', () => {
  it('finds ByteDance\'s 70% consistent with US$34.3 billion → US$58 billion, and more than 100% not checkable', () => {
    const findings = checkFigures(figuresOf(MODEL)).filter((f) => f.check === 'change' && f.entity === 'ByteDance');
    expect(findings.map((f) => [f.status, f.line, f.period, f.stated, f.stated_value, f.implied, f.implied_value, f.against])).toEqual([
      ['consistent', 1, '2021', 'up 70% yoy', 70, 'up 69.1% from US$34.3 billion (2020) to about US$58 billion (2021)', 69.1, `${MODEL}:24 ${MODEL}:24`],
      ['uncheckable', 24, '2020', 'up more than 100% yoy', 100, 'needs the 2019 level of revenue', null, `${MODEL}:24`],
    ]);
    expect(findings[0].tolerance).toBe('stated 69.5 to 70.5 (rounding); implied 60.4076 to 77.8102 (rounding, about ±5%)');
  });

  it('finds nothing inconsistent in the model bulletin', () => {
    const statuses = checkFigures(figuresOf(MODEL)).map((f) => f.status);
    expect([statuses.filter((s) => s === 'consistent').length, statuses.filter((s) => s === 'inconsistent').length, statuses.filter((s) => s === 'uncheckable').length]).toEqual([11, 0, 4]);
  });

  it('finds the deliberate inconsistencies across the tracking bulletins, and only those', () => {
    const bad = checkFigures(tracking).filter((f) => f.status === 'inconsistent');
    expect(bad.map((f) => [f.check, f.file.replace(`${TRACKING}/`, ''), f.line, f.entity, f.period, f.stated, f.implied, f.against.replace(/fixtures\/tracking\//g, '')])).toEqual([
      ['change', 'dianshang-zaobao-2024-08-27.txt', 2, '拼多多', '2024-Q2', 'up 96% yoy', 'up 85.7% from 522.8亿元 (2023-Q2) to 970.6亿元 (2024-Q2)', 'dianshang-zaobao-2024-08-27.txt:6 dianshang-zaobao-2024-08-27.txt:6'],
      ['headline', 'dianshang-zaobao-2024-08-27.txt', 2, '拼多多', '2024-Q2', 'up 96% yoy', 'up 86% yoy', 'dianshang-zaobao-2024-08-27.txt:5 dianshang-zaobao-2024-08-27.txt:6'],
      ['change', 'ecommerce-brief-2025-03-05.txt', 1, 'Sea', '2024', 'up 35%', 'up 28.2% from US$13.1 billion (2023) to US$16.8 billion (2024) (basis taken as year-on-year)', 'ecommerce-brief-2024-03-20.txt:6 ecommerce-brief-2025-03-05.txt:6'],
    ]);
  });

  it('checks a share against its part and whole, in English and Chinese', () => {
    const shares = checkFigures(tracking).filter((f) => f.check === 'share');
    expect(shares.map((f) => [f.status, f.stated, f.implied, f.implied_value])).toEqual([
      ['consistent', '26.8%', '26.81% = 130816亿元 (physical_online_retail_sales) of 487895亿元 (retail_sales)', 26.81],
      ['consistent', '65%', '65.29% = US$61.7 billion (gmv) of US$94.5 billion (gmv)', 65.29],
    ]);
  });

  it('reports a share whose part and whole disagree, and skips one whose whole is not given', () => {
    const sentence = 'Retail sales were $40 billion, of which online retail sales were $30 billion, accounting for 90% of retail sales.';
    const share = fig({ kind: 'percent', text: '90%', value: 90, unit: '%', metric: 'share', sentence, start: 90 });
    const findings = checkFigures([
      fig({ text: '$40 billion', value: 40e9, metric: 'retail_sales', period: '2024', sentence, start: 20 }),
      fig({ text: '$30 billion', value: 30e9, metric: 'online_retail_sales', period: '2024', sentence, start: 60 }),
      share,
    ]);
    expect(findings.map((f) => [f.check, f.status, f.implied_value])).toEqual([['share', 'inconsistent', 75]]);
    const elsewhere = { ...share, sentence: sentence.replace('of retail sales', 'in Sichuan') };
    expect(checkFigures([fig({ text: '$30 billion', value: 30e9, metric: 'online_retail_sales', sentence: elsewhere.sentence }), elsewhere])).toEqual([]);
  });

  it('lets a qualifier decide: nearly US$4 billion is not contradicted by 3.8 billion, but is by 4.2 billion', () => {
    const headline = fig({ item: 0, part: 'headline', line: 1, text: 'US$4 billion', value: 4e9, qualifier: 'nearly', period: '2021' });
    const told = (text: string, value: number) => fig({ text, value, period: '2021', line: 5 });
    expect(checkFigures([headline, told('US$3.8 billion', 3.8e9)]).map((f) => f.status)).toEqual(['consistent']);
    expect(checkFigures([headline, told('US$4.2 billion', 4.2e9)]).map((f) => f.status)).toEqual(['inconsistent']);
  });

  it('does not guess which figure a summary naming no one sums up', () => {
    const title = fig({ part: 'title', line: 8, text: '2.08%', kind: 'percent', unit: '%', value: 2.08, direction: 'up', entity: null, period: '2023', metric: 'gmv' });
    const festival = fig({ line: 9, text: '2.08%', kind: 'percent', unit: '%', value: 2.08, direction: 'up', entity: 'all platforms', period: '2023-10-31/2023-11-11', metric: 'gmv' });
    const livestream = fig({ line: 9, text: '18.6%', kind: 'percent', unit: '%', value: 18.6, direction: 'up', entity: 'livestream platforms', period: '2023', metric: 'gmv' });
    // The festival's days lie in the summary's year: the same figure.
    expect(checkFigures([title, festival, livestream]).filter((f) => f.check === 'title').map((f) => f.status)).toEqual(['consistent']);
    // Only another entity's figure in the story: uncheckable, not inconsistent.
    expect(checkFigures([title, livestream]).filter((f) => f.check === 'title').map((f) => f.status)).toEqual(['uncheckable']);
    // A quarter is not its year.
    const quarter = fig({ line: 9, text: '338亿元', value: 338e8, unit: 'CNY', entity: 'Vip', period: '2023-Q4' });
    const year = fig({ part: 'title', line: 8, text: '1128.6亿元', value: 1128.6e8, unit: 'CNY', entity: 'Vip', period: '2023' });
    expect(checkFigures([year, quarter]).filter((f) => f.check === 'title').map((f) => f.status)).toEqual(['uncheckable']);
  });

  it('reports the same level restated differently elsewhere', () => {
    const findings = checkFigures([
      fig({ file: 'a.txt', text: '$12.1 billion', value: 12.1e9, period: '2024-Q3' }),
      fig({ file: 'b.txt', text: '$12.1 billion', value: 12.1e9, period: '2024-Q3' }),
      fig({ file: 'c.txt', text: '$12.7 billion', value: 12.7e9, period: '2024-Q3' }),
    ]);
    expect(findings.map((f) => [f.check, f.status, f.file, f.stated, f.implied, f.against])).toEqual([['restated', 'inconsistent', 'c.txt', '$12.7 billion', '$12.1 billion', 'a.txt:2']]);
  });
});

describe('newsdigest check', () => {
  it('exits 1 over every fixture, finding the deliberate inconsistencies and nothing else', async () => {
    const r = await cli(['check', 'fixtures', '--status', 'inconsistent', '--format', 'tsv', '--fields', 'check,line,entity,stated_value,implied_value']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('check\tline\tentity\tstated_value\timplied_value\nchange\t2\t拼多多\t96\t85.65\nheadline\t2\t拼多多\t96\t86\nchange\t1\tSea\t35\t28.24\n');
    expect(r.stderr.split('\n').filter((l) => l.includes(' findings: '))).toEqual(['newsdigest: 222 findings: 143 consistent, 3 inconsistent, 76 uncheckable']);
  });

  it('exits 0 when the bulletins agree', async () => {
    const r = await cli(['check', `${TRACKING}/ecommerce-brief-2024-11-13.txt`, '--format', 'tsv', '--fields', 'check,status,stated,implied']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('change\tconsistent\tup 26% yoy\tup 26.3% from US$1.71 billion (2023-Q3) to US$2.16 billion (2024-Q3)');
  });

  it('exits 0 on the model bulletin, with the ByteDance finding as CSV', async () => {
    const r = await cli(['check', MODEL, '--check', 'change', '--status', 'consistent', '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'check,status,file,line,metric,entity,period,stated,implied,tolerance,against\n' +
        `change,consistent,${MODEL},1,revenue,ByteDance,2021,up 70% yoy,up 69.1% from US$34.3 billion (2020) to about US$58 billion (2021),"stated 69.5 to 70.5 (rounding); implied 60.4076 to 77.8102 (rounding, about ±5%)",${MODEL}:24 ${MODEL}:24\n`,
    );
  });

  it('rejects an unknown check name', async () => {
    const r = await cli(['check', MODEL, '--check', 'spelling']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsdigest: option '--check <name>' argument 'spelling' is invalid.* \(see newsdigest check --help\)\n$/);
  });
});
