import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { extractFigures } from '../src/figures/extract.js';
import { closestNames, metricCounts, summarize } from '../src/stats/summarize.js';
import { cli } from './helpers.js';

const MODEL = 'fixtures/morning-news-2022-01-21.txt';
const figures = extractFigures(parseBulletin(readFileSync(MODEL, 'utf8'), { file: MODEL }));

describe('summarize', () => {
  it('keeps expectations apart from reported levels, and adds up neither with the other', async () => {
    const r = await cli(['stats', '--metric', 'revenue', '--format', 'tsv', '--fields', 'entity,period,type,count,sum', '--quiet'], {
      input: 'Acme revenue was $4 billion in 2024, and analysts expect revenue of $5 billion in 2025.\n',
    });
    expect(r.stdout).toBe('entity\tperiod\ttype\tcount\tsum\nAcme\t2024\tlevel\t1\t4000000000\nAcme\t2025\tforecast_level\t1\t\n');
  });

  it('keeps ByteDance levels apart from its growth, and counts the repeated headline figure once', () => {
    const rows = summarize(figures, { metric: 'revenue' }).map((r) => [r.metric, r.entity, r.period, r.type, r.unit, r.count, r.min, r.max, r.sum, r.sources]);
    expect(rows).toEqual([
      ['revenue', 'ByteDance', '2020', 'change', '%', 1, 100, 100, null, `${MODEL}:24`],
      ['revenue', 'ByteDance', '2020', 'level', 'USD', 1, 34300000000, 34300000000, 34300000000, `${MODEL}:24`],
      ['revenue', 'ByteDance', '2021', 'change', '%', 1, 70, 70, null, `${MODEL}:1`],
      ['revenue', 'ByteDance', '2021', 'level', 'USD', 1, 58000000000, 58000000000, 58000000000, `${MODEL}:1`],
      ['advertising_revenue', 'TikTok', '2021', 'level', 'USD', 1, 4000000000, 4000000000, 4000000000, `${MODEL}:24`],
    ]);
  });

  it('counts every occurrence with all, and the metric alone with exact', () => {
    const all = summarize(figures, { metric: 'revenue', all: true, exact: true });
    expect(all.map((r) => [r.period, r.type, r.count])).toEqual([['2020', 'change', 1], ['2020', 'level', 1], ['2021', 'change', 3], ['2021', 'level', 2]]);
  });

  it('signs a fall and groups by unit', () => {
    const rows = summarize(figures, { metric: 'share_price', by: ['unit'] });
    expect(rows.map((r) => [r.unit, r.type, r.min, r.mean])).toEqual([['%', 'change', -35, -35]]);
  });

  it('lists metrics and suggests the closest names', () => {
    expect(metricCounts(figures).slice(0, 4)).toEqual([{ metric: 'revenue', count: 7 }, { metric: 'transaction_volume', count: 6 }, { metric: 'search_terms', count: 5 }, { metric: 'online_retail_sales', count: 3 }]);
    expect(closestNames('revenu', ['revenue', 'stake', 'advertising_revenue'])).toEqual(['revenue', 'advertising_revenue']);
  });
});

describe('newsdigest stats', () => {
  it('prints the rows as CSV and exits 1 with suggestions for an unknown metric', async () => {
    const r = await cli(['stats', '--metric', 'revenue', MODEL, '--format', 'csv', '--fields', 'entity,period,type,unit,count,mean']);
    expect(r.stdout).toBe('entity,period,type,unit,count,mean\nByteDance,2020,change,%,1,100\nByteDance,2020,level,USD,1,34300000000\nByteDance,2021,change,%,1,70\nByteDance,2021,level,USD,1,58000000000\nTikTok,2021,level,USD,1,4000000000\n');
    const miss = await cli(['stats', '--metric', 'revenu', MODEL, '--format', 'csv']);
    expect([miss.code, miss.stderr]).toEqual([1, "newsdigest: no figures of metric 'revenu' (closest: revenue, advertising_revenue)\n"]);
    const none = await cli(['stats', MODEL]);
    expect(none.code).toBe(2);
  });
});
