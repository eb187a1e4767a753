import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertFigures, parseRates, rateBetween, RatesError } from '../src/stats/rates.js';
import type { Figure } from '../src/model.js';
import { cli } from './helpers.js';

const money = (value: number, unit: string): Figure => ({
  file: 'f', item: 1, section: null, kind: 'money', text: '', value, low: null, high: null, unit, metric: 'revenue', entity: 'A',
  period: '2024', direction: null, change: false, basis: null, qualifier: null, sentence: '', line: 1, start: 0, end: 0,
});

describe('parseRates', () => {
  it('reads CSV from,to,rate in any column order, both ways, and chains rates', () => {
    const rates = parseRates('rate,from,to\n7.2,USD,CNY\n1.08,eur,usd\n');
    expect(rateBetween(rates, 'USD', 'CNY')).toBe(7.2);
    expect(rateBetween(rates, 'CNY', 'USD')).toBeCloseTo(1 / 7.2, 12);
    expect(rateBetween(rates, 'EUR', 'CNY')).toBeCloseTo(7.776, 12);
    expect(rateBetween(rates, 'JPY', 'USD')).toBeNull();
  });

  it('reads JSON with a base, or a list of pairs', () => {
    expect(rateBetween(parseRates('{"base":"USD","rates":{"HKD":7.8}}'), 'HKD', 'USD')).toBeCloseTo(1 / 7.8, 12);
    expect(rateBetween(parseRates('[{"from":"GBP","to":"USD","rate":1.27}]'), 'GBP', 'USD')).toBe(1.27);
  });

  it('says what is wrong and where', () => {
    const message = (text: string) => {
      try {
        parseRates(text);
        return null;
      } catch (err) {
        return err instanceof RatesError ? err.message : 'not a RatesError';
      }
    };
    expect(message('currency,rate\nUSD,1\n')).toBe('line 1: CSV header must name from, to and rate columns');
    expect(message('from,to,rate\nUSD,CNY,7.1\nUSD,HKD,\n')).toBe('line 3: rate must be a positive number');
    expect(message('from,to,rate\nUS Dollar,CNY,7.1\n')).toBe("line 2: currencies must be ISO 4217 codes like USD (got 'US Dollar', 'CNY')");
    expect(message('{"base":"USD"')).toMatch(/^not valid JSON/);
    expect(message('  \n')).toBe('no rates in the file');
  });
});

describe('convertFigures', () => {
  it('converts money it has a rate for and names the currencies it has not', () => {
    const { figures, missing } = convertFigures([money(71e9, 'CNY'), money(5e9, 'USD'), money(3e9, 'JPY')], parseRates('from,to,rate\nUSD,CNY,7.1\n'), 'USD');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[10e9, 'USD'], [5e9, 'USD'], [3e9, 'JPY']]);
    expect(missing).toEqual(['JPY']);
  });
});

describe('newsdigest stats --rates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdigest-rates-'));
  const csv = join(dir, 'rates.csv');
  writeFileSync(csv, 'from,to,rate\nUSD,CNY,7.1\n');

  it('converts Meituan\'s yuan to dollars', async () => {
    const r = await cli(['stats', '--metric', 'revenue', 'fixtures/tracking', '--rates', csv, '--currency', 'usd', '--by', 'entity', '--format', 'tsv', '--fields', 'entity,type,unit,count,min,max']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('美团') || l.startsWith('entity'))).toEqual([
      'entity\ttype\tunit\tcount\tmin\tmax',
      '美团\tchange\t%\t2\t22\t22.4',
      '美团\tlevel\tUSD\t3\t8819718309.86\t13194366197.2',
    ]);
  });

  it('needs both options, and names a bad rates file', async () => {
    const alone = await cli(['stats', '--metric', 'revenue', 'fixtures/tracking', '--currency', 'USD']);
    expect([alone.code, alone.stderr.split('\n')[0]]).toEqual([2, 'newsdigest: --currency needs --rates FILE (exchange rates are never fetched)']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"base":"USD","rates":{"CNY":-7}}');
    const r = await cli(['stats', '--metric', 'revenue', 'fixtures/tracking', '--rates', bad, '--currency', 'USD']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `newsdigest: ${bad}: rates.CNY: rate must be a positive number\n`]);
  });
});
