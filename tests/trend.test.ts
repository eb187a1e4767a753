import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBulletin } from '../src/parse/bulletin.js';
import { extractFigures } from '../src/figures/extract.js';
import { itemDate } from '../src/select/filter.js';
import { trend, type DatedFigure } from '../src/stats/trend.js';
import { bar, humanValue, sparkline } from '../src/output/chart.js';
import { cli } from './helpers.js';

const TRACKING = 'fixtures/tracking';

const dated: DatedFigure[] = readdirSync(TRACKING).sort().flatMap((name) => {
  const file = `${TRACKING}/${name}`;
  const b = parseBulletin(readFileSync(file, 'utf8'), { file });
  return extractFigures(b).map((figure) => ({ figure, date: figure.item > 0 ? itemDate(b.items[figure.item - 1], b.date) : b.date }));
});

describe('trend', () => {
  it('orders Shopify\'s quarterly revenue by period, with the change from the point before', () => {
    const { rows } = trend(dated, { metric: 'revenue', entities: ['shopify'] });
    const levels = rows.filter((r) => r.type === 'level');
    expect(levels.map((r) => [r.interval, r.period, r.value, r.unit, r.change])).toEqual([
      ['quarter', '2022-Q4', 1730000000, 'USD', null],
      ['quarter', '2023-Q1', 1510000000, 'USD', -12.72],
      ['quarter', '2023-Q2', 1690000000, 'USD', 11.92],
      ['quarter', '2023-Q3', 1710000000, 'USD', 1.18],
      ['quarter', '2023-Q4', 2140000000, 'USD', 25.15],
      ['quarter', '2024-Q1', 1860000000, 'USD', -13.08],
      ['quarter', '2024-Q2', 2050000000, 'USD', 10.22],
      ['quarter', '2024-Q3', 2160000000, 'USD', 5.37],
      ['quarter', '2024-Q4', 2810000000, 'USD', 30.09],
    ]);
    expect(rows.filter((r) => r.type === 'change').map((r) => [r.period, r.value, r.change])).toEqual([
      ['2023-Q4', 24, null], ['2024-Q1', 23, null], ['2024-Q2', 21, null], ['2024-Q3', 26, null], ['2024-Q4', 31, null],
    ]);
  });

  it('places figures with no period by the date of their news', () => {
    const { rows, unplaced } = trend(dated, { metric: 'users', entities: ['Threads'] });
    expect(rows.map((r) => [r.interval, r.period, r.value, r.count])).toEqual([
      ['day', '2024-02-14', 130000000, 1], ['day', '2024-05-09', 150000000, 1], ['day', '2024-08-08', 200000000, 1],
      ['day', '2024-11-13', 275000000, 1], ['day', '2025-02-12', 320000000, 1],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('shows a point stated two ways as its median, with min and max', () => {
    const point = trend(dated, { metric: 'revenue', entities: ['拼多多'] }).rows.find((r) => r.type === 'change' && r.period === '2024-Q2')!;
    expect([point.value, point.count, point.min, point.max, point.sources]).toEqual([
      91, 2, 86, 96, `${TRACKING}/dianshang-zaobao-2024-08-27.txt:2 ${TRACKING}/dianshang-zaobao-2024-08-27.txt:5`,
    ]);
  });

  it('keeps series of different length of period apart, and reports figures it cannot place', () => {
    const f = dated.find((d) => d.figure.metric === 'revenue' && d.figure.period === '2024-Q4')!.figure;
    const { rows, unplaced } = trend(
      [
        { figure: { ...f, period: '2024' }, date: null },
        { figure: f, date: null },
        { figure: { ...f, period: null }, date: null },
      ],
      { metric: 'revenue' },
    );
    expect(rows.map((r) => [r.interval, r.period])).toEqual([['quarter', '2024-Q4'], ['year', '2024']]);
    expect(unplaced.length).toBe(1);
  });
});

describe('chart', () => {
  it('draws sparklines and bars in unicode blocks, labelled with readable values', () => {
    expect(sparkline([1, 2, 3, 8])).toBe('▁▂▃█');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(bar(0.5, 10)).toBe('█████');
    expect(bar(0.3, 10)).toBe('███');
    expect(bar(0.33, 10)).toBe('███▎');
    expect(humanValue(2160000000, 'USD', 'money')).toBe('2.16 billion USD');
    expect(humanValue(22.4, '%', 'percent')).toBe('22.4%');
    expect(humanValue(275000000, 'user', 'count')).toBe('275 million');
  });
});

describe('newsdigest trend', () => {
  it('prints rows when piped', async () => {
    const r = await cli(['trend', '--metric', 'revenue', '--entity', '美团', TRACKING, '--format', 'tsv', '--fields', 'type,unit,period,value,change']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'type\tunit\tperiod\tvalue\tchange\n' +
        'change\t%\t2023-Q3\t22\t\nchange\t%\t2024-Q3\t22.4\t\n' +
        'level\tCNY\t2022-Q3\t62620000000\t\nlevel\tCNY\t2023-Q3\t76500000000\t22.17\nlevel\tCNY\t2024-Q3\t93680000000\t22.46\n',
    );
  });

  it('draws a labelled chart for the table format, without colour unless asked', async () => {
    const r = await cli(['trend', '--metric', 'users', TRACKING, '--format', 'table']);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'monthly_active_users · Threads · level · user · day  ▁▂▄▆█',
      '┌────────────┬─────────────┬──────────────────────────────────┬─────────┬───┐',
      '│ period     │       value │                                  │  change │ n │',
      '│ 2024-02-14 │ 130 million │ █████████████                    │         │ 1 │',
      '│ 2024-05-09 │ 150 million │ ███████████████                  │ +15.38% │ 1 │',
    ]);
    const coloured = await cli(['trend', '--metric', 'users', TRACKING, '--format', 'table', '--color', 'always']);
    expect(coloured.stdout).toContain('\u001b[36m█████████████\u001b[39m');
  });

  it('exits 1 and suggests names for a metric with no figures', async () => {
    const r = await cli(['trend', '--metric', 'revenu', TRACKING, '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("newsdigest: no figures of metric 'revenu' (closest: revenue)\n");
  });
});
