import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/parse/bulletin.js';
import { extractFigures } from '../src/figures/extract.js';
// Plain JavaScript, shared with scripts/eval-labels.js.
import { FIELDS, labelFiles, readLabels, scoreFixture, total } from '../scripts/label-score.js';

const scores = (labelFiles('tests/labels') as Array<[string, string]>).map(([name, path]) => {
  const file = join('fixtures', name);
  return scoreFixture(name, readLabels(path), extractFigures(parseBulletin(readFileSync(file, 'utf8'), { file })));
});
const sum = total(scores);

describe('hand-labelled figures (tests/labels, one TSV per fixture)', () => {
  it('labels at least 150 figures, English and Chinese, finds them all, and nothing extra', () => {
    expect([sum.labels, sum.extracted, sum.matched]).toEqual([264, 264, 264]);
    expect(sum.missed).toEqual([]);
    expect(sum.extra).toEqual([]);
  });

  it('gets 243 of the 264 found right in every field', () => {
    expect(sum.exact).toBe(243);
    expect(Object.fromEntries((FIELDS as string[]).map((f) => [f, sum.perField[f]]))).toEqual({
      kind: 264, value: 264, unit: 262, metric: 257, entity: 251, period: 261, direction: 263, qualifier: 264,
    });
  });

  it('disagrees with the labels exactly here (label ≠ extracted)', () => {
    expect(sum.disagreements).toEqual([
      'daily-brief-2025-01-15.txt:10 $1.5 billion entity: - ≠ Amazon',
      'daily-brief-2025-01-15.txt:11 170 million entity: TikTok ≠ ByteDance',
      'daily-brief-2025-01-15.txt:12 $2 billion metric: creator_earnings ≠ -',
      'daily-brief-2025-01-15.txt:12 $2 billion entity: TikTok ≠ ByteDance',
      'daily-brief-2025-01-15.txt:13 20% entity: - ≠ ByteDance',
      'daily-brief-2025-01-15.txt:13 20% period: - ≠ 2024',
      'emoji-digest-2024-06-10.txt:6 100 direction: down ≠ -',
      // A count with no counted noun after it (`its customer base passed 45 million`) is found, but not what it counts.
      'fintech-wire-2024-10-15.md:13 45 million unit: customer ≠ -',
      'fintech-wire-2024-10-15.md:13 45 million metric: customers ≠ valuation',
      'fintech-wire-2024-10-15.md:14 105 million unit: customer ≠ -',
      'markdown-digest-2024-09-30.md:11 $147 million metric: stake_value ≠ -',
      'markdown-digest-2024-09-30.md:11 $147 million entity: Nvidia ≠ Arm',
      'markdown-digest-2024-09-30.md:14 24% entity: Microsoft ≠ Azure',
      'markdown-digest-2024-09-30.md:14 2 percentage points entity: Microsoft ≠ Azure',
      'plain-briefing-2024-02-02.txt:8 13% entity: AWS ≠ Amazon',
      'plain-briefing-2024-02-02.txt:8 $24.2 billion entity: AWS ≠ Amazon',
      'retail-pulse-2024-07-22.txt:20 575,000 period: - ≠ 2024-H1',
      'tracking/ecommerce-brief-2025-02-12.txt:6 US$61.7 billion metric: payment_volume ≠ gmv',
      'tracking/ecommerce-brief-2025-02-12.txt:6 US$61.7 billion entity: Shopify ≠ Shopify Payments',
      'tracking/ecommerce-brief-2025-02-12.txt:6 65% entity: Shopify ≠ Shopify Payments',
      'zh-brief-no-sections.txt:12 5300亿元 metric: liquidity ≠ -',
      'zh-crossborder-2022-03-15.md:8 5.1% entity: 亚马逊 ≠ 美国站FBA',
      'zh-crossborder-2022-03-15.md:15 6.6万亿元 metric: transaction_volume ≠ market_size',
      'zh-crossborder-2022-03-15.md:19 17% period: - ≠ 2025',
      'zh-kuajing-2024-09-05.txt:2 翻番 entity: 速卖通 ≠ 速卖通Choice',
      'zh-tech-daily-2023.txt:12 527万人 metric: riders ≠ -',
    ]);
  });
});
