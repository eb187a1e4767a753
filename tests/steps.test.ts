import { describe, expect, it } from 'vitest';
import { analyse, emptyContext, siteOf, type ItemContext } from '../src/figures/analysis.js';
import { basisOf, isForecast, wholeOf } from '../src/figures/steps/basis.js';
import { directionOf, movedTo } from '../src/figures/steps/direction.js';
import { entityOf } from '../src/figures/steps/entity.js';
import { countMetric, metricOf } from '../src/figures/steps/metric.js';
import { periodOf } from '../src/figures/steps/period.js';

// Each attachment step alone, on one analysed sentence: the site of the figure whose text is given.
function stepsAt(sentence: string, text: string, bulletinDate: string | null = '2024-08-01', context: ItemContext = emptyContext()) {
  const a = analyse(sentence, { file: 'f', item: 1, section: null, part: 'body', bulletinDate }, context);
  const figure = a.raw.find((f) => a.folded.slice(f.start, f.end) === text);
  if (!figure) throw new Error(`no figure ${text} in ${sentence}`);
  const site = siteOf(a, figure);
  const move = directionOf(site);
  return { a, site, move, context };
}

/** The entity step's answer for the figure `text` of `sentence`. */
function entityAt(...args: Parameters<typeof stepsAt>): string | null {
  const { site, a, context } = stepsAt(...args);
  return entityOf(site, a, context).entity;
}

describe('direction step', () => {
  it('reads the last movement verb before `to`/`by`, a qualifier between them left out', () => {
    expect(movedTo('revenue rose 5% year-on-year to ')).toEqual({ direction: 'up', change: false, verbEnd: 12, toStart: 29 });
    expect(movedTo('revenue rose 5% while costs were cut to ')?.direction).toBe('down');
    expect(movedTo('users climbed to close to ')?.direction).toBe('up');
    expect(movedTo('purchases added up to ')).toBeNull();
    expect(movedTo('数据截至')).toBeNull();
  });

  it('keeps a change its own, and gives a moved level the span the verb moved', () => {
    const { move, a } = stepsAt('Kestrel cut its processing fee to 1.9%.', '1.9%');
    expect([move.direction, move.change, a.folded.slice(...move.object!)]).toEqual(['down', false, ' its processing fee ']);
    expect(stepsAt('Sales fell 8% in May.', '8%').move).toEqual({ direction: 'down', change: true, object: null });
  });
});

describe('metric step', () => {
  it('names what the verb moved, what a rank is ranked by, and a count without its place', () => {
    const fee = stepsAt('Walmart cut its referral fee on apparel priced under $15 to 5%.', '5%');
    expect(metricOf(fee.site, fee.a, fee.move.object)).toBe('commission_rate');
    const round = stepsAt('Lumen raises $90 million at a $900 million valuation.', '$90 million');
    expect(metricOf(round.site, round.a, round.move.object)).toBe('funding');
    const rank = stepsAt('The chain ranked No. 3 by footfall among UK grocers.', 'No. 3');
    expect(metricOf(rank.site, rank.a)).toBe('footfall');
    expect(countMetric('U.S. stores')).toBe('stores');
  });
});

describe('entity step', () => {
  it('points a description back to the sentence subject, and a pronoun opener to the item', () => {
    expect(entityAt('Coupang will buy Farfetch; the Korean retailer\'s 2023 revenue topped $24 billion.', '$24 billion')).toBe('Coupang');
    expect(entityAt('Its US storefront lists Hyundai models from 23 dealers.', '23', '2024-08-01', { ...emptyContext(), entity: 'Amazon' })).toBe('Amazon');
  });
});

describe('entity step: places and Chinese fragments', () => {
  it('makes a place that opens the sentence or a clause after a semicolon the subject, and a part of its people its own', () => {
    expect(entityAt('Canada online spending, the agency said, rose 4% in May.', '4%', '2024-06-10', { ...emptyContext(), entity: 'Shopify' })).toBe('Canada');
    expect(entityAt('Acme said revenue from Japan, Korea and other markets rose 9%.', '9%')).toBe('Acme');
    expect(entityAt('A survey found 38% of UK shoppers plan to cut spending.', '38%')).toBe('UK');
    expect(entityAt('Acme holds roughly 3% of the UK grocery market.', '3%')).toBe('Acme');
  });

  it('reads a first word ending like a verb as a name when a verb follows it, and an owner\'s described brand as the item\'s', () => {
    expect(entityAt('Keating names a new CEO; the chain\'s Q2 loss widens to $80 million.', '$80 million')).toBe('Keating');
    expect(entityAt('Ana Ruiz\'s skincare label raised the money at a $900 million valuation.', '$900 million', '2024-06-10', { ...emptyContext(), entity: 'Lumen' })).toBe('Lumen');
  });

  it('keeps the owner named before when a Chinese clause opens with a fragment', () => {
    expect(entityAt('星河游戏发布财报，分三年实施的回购计划规模为20亿元。', '20亿元', '2024-08-20')).toBe('星河游戏');
    expect(entityAt('云帆科技营收为80亿元；非国际财务报告准则下归母净利润为12亿元。', '12亿元', '2024-08-20')).toBe('云帆科技');
  });
});

describe('period step', () => {
  it('moves a level `a year earlier` back, leaves a present state without the item period, and truncates full-year', () => {
    const earlier = stepsAt('Net income was $410.8m versus $23m a year earlier.', '$23m', '2025-05-16', { entity: null, period: '2025-Q1', year: 2025 });
    expect(periodOf(earlier.site, earlier.a, earlier.context, earlier.move.direction)).toBe('2024-Q1');
    const state = stepsAt('It operates roughly 8,500 U.S. locations.', '8,500', '2024-10-10', { entity: null, period: 'FY2025', year: 2025 });
    expect(periodOf(state.site, state.a, state.context, state.move.direction)).toBeNull();
    const full = stepsAt('Full-year target: growth of at least 28%.', '28%', '2025-05-16', { entity: null, period: '2025-Q1', year: 2025 });
    expect(periodOf(full.site, full.a, full.context, full.move.direction)).toBe('2025');
  });

  it('leaves a period compared against (`the 2022 level`) to the comparison, and reads a present state past its qualifier', () => {
    const rank = stepsAt('Its GMV reached $16 billion in 2023, three times the 2022 level, making it the No. 4 platform.', 'No. 4', '2024-03-01');
    expect(periodOf(rank.site, rank.a, rank.context, rank.move.direction)).toBe('2023');
    const signed = stepsAt('The service has signed up more than 1.5 million restaurants.', '1.5 million', '2025-05-16', { entity: null, period: '2025-Q1', year: 2025 });
    expect(periodOf(signed.site, signed.a, signed.context, signed.move.direction)).toBeNull();
  });

  it('gives a period after a baseline to the baseline, not to the level before it', () => {
    const level = stepsAt('It lifted its valuation to $4 billion from $3.2 billion in early 2022.', '$4 billion', '2024-10-10', { entity: null, period: '2024', year: 2024 });
    expect(periodOf(level.site, level.a, level.context, level.move.direction)).toBe('2024');
    const base = stepsAt('It lifted its valuation to $4 billion from $3.2 billion in early 2022.', '$3.2 billion', '2024-10-10', { entity: null, period: '2024', year: 2024 });
    expect(periodOf(base.site, base.a, base.context, base.move.direction)).toBe('2022');
  });
});

describe('basis, whole and forecast steps', () => {
  it('reads 环比 on a month as month-on-month, the whole of a share, and guidance', () => {
    const mom = stepsAt('10月销售额环比增长5%。', '5%', '2024-11-20');
    expect(basisOf(mom.site, mom.a, '2024-10')).toBe('mom');
    const share = stepsAt('Ads made up 20% of its revenue.', '20%');
    expect(wholeOf(share.site, share.a, 'share')).toBe('revenue');
    expect(isForecast(stepsAt('The company guided to revenue of $6.4 billion.', '$6.4 billion').site)).toBe(true);
  });
});
