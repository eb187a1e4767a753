/**
 * Exchange rates the user supplies (nothing is fetched), and money figures converted with them.
 * Accepted tables:
 *   CSV with a header naming `from`, `to` and `rate` columns (1 `from` = `rate` `to`);
 *   JSON `{ "base": "USD", "rates": { "CNY": 7.1, … } }` (1 base = rate units), or an array of
 *   `{ "from", "to", "rate" }`.
 * A rate also converts the other way, and rates chain (CNY → USD → EUR). Pure.
 */
import type { Figure } from '../model.js';

/** `rates.get(from).get(to)` = how many `to` one `from` is worth. */
export type Rates = Map<string, Map<string, number>>;

/**
 * A rates file that cannot be read: its message says why, in words for the user.
 * @example
 * (() => { try { parseRates(''); } catch (e) { return [e instanceof RatesError, e.message]; } })()
 * //=> [true, 'no rates in the file']
 */
export class RatesError extends Error {}

const CODE = /^[A-Z]{3}$/;

function addRate(rates: Rates, from: string, to: string, rate: number, where: string): void {
  const f = from.trim().toUpperCase();
  const t = to.trim().toUpperCase();
  if (!CODE.test(f) || !CODE.test(t)) throw new RatesError(`${where}: currencies must be ISO 4217 codes like USD (got '${from}', '${to}')`);
  if (!Number.isFinite(rate) || rate <= 0) throw new RatesError(`${where}: rate must be a positive number`);
  for (const [a, b, r] of [[f, t, rate], [t, f, 1 / rate]] as const) {
    if (!rates.has(a)) rates.set(a, new Map());
    rates.get(a)!.set(b, r);
  }
}

function parseCsv(text: string, rates: Rates): void {
  const lines = text.split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('from') < 0 || col('to') < 0 || col('rate') < 0) throw new RatesError('line 1: CSV header must name from, to and rate columns');
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = lines[i].split(',');
    const rate = cells[col('rate')]?.trim() ?? '';
    addRate(rates, cells[col('from')] ?? '', cells[col('to')] ?? '', rate === '' ? NaN : Number(rate), `line ${i + 1}`);
  }
}

function parseJson(text: string, rates: Rates): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new RatesError(`not valid JSON (${(err as Error).message})`);
  }
  if (Array.isArray(data)) {
    data.forEach((entry: { from?: unknown; to?: unknown; rate?: unknown }, i) =>
      addRate(rates, String(entry?.from ?? ''), String(entry?.to ?? ''), Number(entry?.rate), `entry ${i + 1}`),
    );
    return;
  }
  const table = data as { base?: unknown; rates?: unknown };
  if (typeof table?.base !== 'string' || typeof table.rates !== 'object' || table.rates === null) {
    throw new RatesError('JSON must be { "base": "USD", "rates": { "CNY": 7.1 } } or [{ "from", "to", "rate" }]');
  }
  for (const [code, rate] of Object.entries(table.rates)) addRate(rates, table.base, code, Number(rate), `rates.${code}`);
}

/**
 * Exchange rates from CSV (`from,to,rate`) or JSON (`{"base", "rates"}` or `[{from, to, rate}]`),
 * usable both ways. Throws RatesError on a file it cannot read.
 * @example
 * parseRates('from,to,rate\nUSD,CNY,7.1\n').get('CNY')?.get('USD') //=> 0.14084507042253522
 */
export function parseRates(text: string): Rates {
  const rates: Rates = new Map();
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new RatesError('no rates in the file');
  if (body.startsWith('{') || body.startsWith('[')) parseJson(body, rates);
  else parseCsv(body, rates);
  return rates;
}

/** How many `to` one `from` is worth, through as few intermediate currencies as possible; null if no path. */
export function rateBetween(rates: Rates, from: string, to: string): number | null {
  if (from === to) return 1;
  const best = new Map<string, number>([[from, 1]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const code of frontier) {
      for (const [other, rate] of rates.get(code) ?? []) {
        if (best.has(other)) continue;
        best.set(other, best.get(code)! * rate);
        if (other === to) return best.get(other)!;
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * Money figures converted to `currency`; the others pass unchanged. Currencies with no rate stay
 * as they are and are named in `missing`, so the caller can say so.
 * @example
 * const figures = extractFigures(parseBulletin('1. ByteDance\nByteDance revenue was US$58 billion in 2021. (Reuters)\n'));
 * convertFigures(figures, parseRates('from,to,rate\nUSD,CNY,7.1\n'), 'CNY').figures.map((f) => [f.value, f.unit])
 * //=> [[411800000000, 'CNY']]
 */
export function convertFigures(figures: Figure[], rates: Rates, currency: string): { figures: Figure[]; missing: string[] } {
  const missing = new Set<string>();
  const cache = new Map<string, number | null>();
  const converted = figures.map((f) => {
    if (f.kind !== 'money' || f.unit === null || f.unit === currency) return f;
    if (!cache.has(f.unit)) cache.set(f.unit, rateBetween(rates, f.unit, currency));
    const rate = cache.get(f.unit)!;
    if (rate === null) {
      missing.add(f.unit);
      return f;
    }
    const times = (v: number | null) => (v === null ? null : Number((v * rate).toPrecision(12)));
    return { ...f, value: times(f.value), low: times(f.low), high: times(f.high), unit: currency };
  });
  return { figures: converted, missing: [...missing].sort() };
}
