/**
 * Consistency checks over the figures of one or many bulletins: does a stated change agree with
 * the levels it connects, a headline with its item, a title with its body, a share with its part
 * and whole, a level with the same level stated elsewhere? Every comparison is between ranges
 * (see bounds.ts), so rounding and qualifiers (`nearly`, `about`, `more than`) are allowed for.
 * Pure.
 */
import type { Figure, Qualifier } from '../model.js';
import { metricMentions } from '../figures/attach.js';
import { matchAtEnd } from '../parse/lines.js';
import { figuresByItem, groupFigures } from '../select/filter.js';
import { boundsOf, impliedChange, impliedShare, overlaps, type Bounds } from './bounds.js';
import { previousPeriod } from './periods.js';
import { inWords } from './wording.js';
import { byFilePosition, figureKey, signed } from './summarize.js';

/** The checks `checkFigures` runs. */
export type CheckName = 'change' | 'headline' | 'title' | 'share' | 'restated';
/** What a check concluded. */
export type CheckStatus = 'consistent' | 'inconsistent' | 'uncheckable';
export const CHECK_STATUSES: CheckStatus[] = ['consistent', 'inconsistent', 'uncheckable'];

/** One consistency finding, as `newsdigest check` prints it. */
export interface Finding {
  /** Which check: `change`, `headline`, `title`, `share` or `restated`. */
  check: CheckName;
  /** `consistent`, `inconsistent` or `uncheckable`. */
  status: CheckStatus;
  /** The file of the stated figure. */
  file: string;
  /** Its line. */
  line: number;
  /** Its item number (0 outside items). */
  item: number;
  /** Its metric, or null. */
  metric: string | null;
  /** Its entity, or null. */
  entity: string | null;
  /** Its period, or null. */
  period: string | null;
  /** The figure as stated: `up 70% yoy`, `about US$58 billion`. */
  stated: string;
  /** The stated figure's value (a change with its sign), or null. */
  stated_value: number | null;
  /** What the other figures say or imply, or what would be needed to check. */
  implied: string;
  /** The value the other figures give or imply, or null. */
  implied_value: number | null;
  /** The ranges compared and why they are that wide. */
  tolerance: string;
  /** `file:line` of the figures compared against. */
  against: string;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about', nearly: 'nearly', over: 'more than', under: 'less than', at_least: 'at least', up_to: 'up to',
};

/** `up more than 100% yoy`, `about US$58 billion`. */
export function describe(f: Figure): string {
  return [f.change && f.direction, f.qualifier && QUALIFIER_WORDS[f.qualifier], f.text, f.basis].filter(Boolean).join(' ');
}

const where = (f: Figure) => `${f.file}:${f.line}`;

function round(n: number, digits = 2): number {
  return Number(n.toFixed(digits));
}

function showBounds(label: string, b: Bounds): string {
  return `${label} ${inWords(b.lo, 6)} to ${inWords(b.hi, 6)} (${b.why.join(', ')})`;
}

function finding(check: CheckName, status: CheckStatus, f: Figure, rest: Omit<Finding, 'check' | 'status' | 'file' | 'line' | 'item' | 'metric' | 'entity' | 'period' | 'stated' | 'stated_value'>): Finding {
  return {
    check, status, file: f.file, line: f.line, item: f.item, metric: f.metric, entity: f.entity, period: f.period,
    stated: describe(f), stated_value: signed(f), ...rest,
  };
}

const isLevel = (f: Figure) => !f.change && f.value !== null && (f.kind === 'money' || f.kind === 'count') && f.metric !== null;

/**
 * A level with no entity is only comparable within its own bulletin: two nameless
 * `revenue 2023` figures from different days need not be the same company's.
 */
function levelKey(f: Figure, metric: string, period: string, unit: string | null): string {
  return JSON.stringify([metric, f.entity ?? `\u0000${f.file}`, unit, period]);
}

class LevelIndex {
  private readonly byKey = new Map<string, Figure[]>();
  /** The units each (metric, entity, period) is stated in. */
  private readonly unitsOf = new Map<string, Array<string | null>>();

  constructor(figures: Figure[]) {
    for (const f of figures) {
      if (!isLevel(f) || f.period === null) continue;
      const key = levelKey(f, f.metric!, f.period, f.unit);
      const list = this.byKey.get(key);
      if (list) list.push(f);
      else {
        this.byKey.set(key, [f]);
        const anyUnit = levelKey(f, f.metric!, f.period, null);
        this.unitsOf.set(anyUnit, [...(this.unitsOf.get(anyUnit) ?? []), f.unit]);
      }
    }
  }

  /** The level of `metric` for the change's entity in `period`, preferring the change's own bulletin. */
  find(change: Figure, period: string, unit: string | null): Figure | null {
    const list = this.byKey.get(levelKey(change, change.metric!, period, unit));
    if (!list) return null;
    // The body tells the story in full (a headline may round), and the change's own bulletin first.
    return (
      list.find((f) => f.file === change.file && f.part === 'body') ?? list.find((f) => f.part === 'body') ??
      list.find((f) => f.file === change.file) ?? list[0]
    );
  }

  units(change: Figure, period: string): Array<string | null> {
    return this.unitsOf.get(levelKey(change, change.metric!, period, null)) ?? [];
  }
}

/** A stated change against the two levels it connects. */
function checkChanges(figures: Figure[], levels: LevelIndex): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const c of figures) {
    if (!c.change || c.kind !== 'percent' || c.unit !== '%' || c.metric === null || c.period === null || c.value === null) continue;
    const key = figureKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = previousPeriod(c.period, c.basis);
    if (before === null) continue;
    const assumed = c.basis === null ? ' (basis taken as year-on-year)' : '';
    for (const unit of levels.units(c, c.period).concat(levels.units(c, before)).filter((u, i, all) => all.indexOf(u) === i)) {
      const now = levels.find(c, c.period, unit);
      const then = levels.find(c, before, unit);
      if (!now || !then) {
        const missing = now ? before : c.period;
        out.push(finding('change', 'uncheckable', c, {
          implied: `needs the ${missing} level of ${c.metric}${assumed}`,
          implied_value: null,
          tolerance: '',
          against: where((now ?? then)!),
        }));
        continue;
      }
      const stated = boundsOf(c)!;
      const implied = impliedChange(boundsOf(then)!, boundsOf(now)!);
      if (!implied) continue;
      const point = (now.value! / then.value! - 1) * 100;
      out.push(finding('change', overlaps(stated, implied) ? 'consistent' : 'inconsistent', c, {
        implied: `${point >= 0 ? 'up' : 'down'} ${Math.abs(round(point, 1))}% from ${describe(then)} (${before}) to ${describe(now)} (${c.period})${assumed}`,
        implied_value: round(point),
        tolerance: `${showBounds('stated', stated)}; ${showBounds('implied', implied)}`,
        against: `${where(then)} ${where(now)}`,
      }));
    }
  }
  return out;
}

/**
 * A headline or title may leave out whose figure it is; the rest must agree. A count's unit is its
 * noun as written (`120 stores`, `120 new ones`): the metric says what is counted.
 */
const sameFigure = (a: Figure, b: Figure) =>
  a.kind === b.kind && (a.kind === 'count' || a.unit === b.unit) && a.metric === b.metric && a.change === b.change && (!a.change || a.direction === b.direction) &&
  (a.entity === null || b.entity === null || a.entity === b.entity) &&
  (a.period === null || b.period === null || samePeriod(a.period, b.period)) && (a.basis === null || b.basis === null || a.basis === b.basis);

/**
 * The same period, or a year and days inside it: a summary's `今年双11` (2023) is the festival's
 * `10月31日至11月11日`. A quarter or a month is not its year.
 */
function samePeriod(a: string, b: string): boolean {
  if (a === b) return true;
  const [year, other] = /^\d{4}$/.test(a) ? [a, b] : /^\d{4}$/.test(b) ? [b, a] : [null, null];
  return year !== null && other!.split('/').every((end) => DAY.test(end) && end.startsWith(`${year}-`));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A summary figure (headline or title) against the same figure where the story is told. */
function checkSummary(check: 'headline' | 'title', summary: Figure, told: Figure[], notFound: string): Finding {
  const candidates = told.filter((t) => sameFigure(summary, t) && t.value !== null);
  const stated = boundsOf(summary);
  if (candidates.length === 0 || !stated) {
    return finding(check, 'uncheckable', summary, { implied: notFound, implied_value: null, tolerance: '', against: '' });
  }
  const match = candidates.find((t) => overlaps(stated, boundsOf(t)!));
  // A summary that names no one, against several figures of the same measure: which of them it
  // sums up is a guess, and a guess is no contradiction.
  if (!match && summary.entity === null && (candidates.length > 1 || candidates.some((t) => t.entity !== null))) {
    return finding(check, 'uncheckable', summary, { implied: 'the story states several such figures and the summary names no one', implied_value: null, tolerance: '', against: candidates.map(where).join(' ') });
  }
  const other = match ?? candidates[0];
  return finding(check, match ? 'consistent' : 'inconsistent', summary, {
    implied: describe(other),
    implied_value: signed(other),
    tolerance: `${showBounds('stated', stated)}; ${showBounds('there', boundsOf(other)!)}`,
    against: (match ? [match] : candidates).map(where).join(' '),
  });
}

function checkSummaries(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (const list of groupBy(figures, (f) => f.file)) {
    const inItems = list.filter((f) => f.item !== 0);
    // Each item's body figures, gathered once: a title is checked against its own body only.
    const bodies = figuresByItem(inItems.filter((b) => b.part === 'body'));
    for (const f of list) {
      if (f.metric === null) continue;
      if (f.part === 'headline') out.push(checkSummary('headline', f, inItems, 'no item states it'));
      else if (f.part === 'title') out.push(checkSummary('title', f, bodies.get(f.item) ?? [], 'the body does not state it'));
    }
  }
  return out;
}

/** Where a share names its whole: `of gross merchandise volume`, `占社会消费品零售总额的比重为`. */
function namedWhole(share: Figure): { named: boolean; metric: string | null } {
  const at = share.sentence.indexOf(share.text);
  if (at < 0) return { named: false, metric: null };
  const after = /^\s*(?:of|in)\s+([^,;.()]+)/i.exec(share.sentence.slice(at + share.text.length));
  const before = matchAtEnd(share.sentence.slice(0, at), /占([^，,；;。]*?)$/);
  const phrase = after?.[1] ?? before?.[1];
  if (phrase === undefined || phrase.trim() === '') return { named: false, metric: null };
  const metric = metricMentions(phrase).find((m) => m.value !== 'share')?.value ?? null;
  return { named: true, metric };
}

/** Figures grouped by where they stand: one list per file, or per item of a file. */
function groupBy(figures: Figure[], key: (f: Figure) => string): Figure[][] {
  return [...groupFigures(figures, key).values()];
}

/** A share against its part and whole, where the item gives both. */
function checkShares(all: Figure[]): Finding[] {
  return groupBy(all, (f) => `${f.file}\u0000${f.item}`).flatMap(checkSharesInItem);
}

function checkSharesInItem(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const share = figures[i];
    if (share.kind !== 'percent' || share.metric !== 'share' || share.unit !== '%' || share.change || share.part !== 'body') continue;
    let part: Figure | null = null;
    for (let j = i - 1; j >= 0 && figures[j].sentence === share.sentence; j--) {
      if (isLevel(figures[j])) {
        part = figures[j];
        break;
      }
    }
    if (!part) continue;
    const whole = namedWhole(share);
    if (whole.named && whole.metric === null) continue;
    const isWhole = (w: Figure) =>
      w !== part && isLevel(w) && w.unit === part!.unit &&
      (w.period === null || part!.period === null || w.period === part!.period) &&
      (whole.metric !== null ? w.metric === whole.metric : part!.metric!.endsWith('_' + w.metric));
    // A repeat of the part (the title's `1.48万亿元`) is not its whole.
    const wholeFigure = figures.find((w) => isWhole(w) && w.value !== part!.value);
    if (!wholeFigure) continue;
    const stated = boundsOf(share)!;
    const implied = impliedShare(boundsOf(part)!, boundsOf(wholeFigure)!);
    if (!implied) continue;
    const point = (part.value! / wholeFigure.value!) * 100;
    out.push(finding('share', overlaps(stated, implied) ? 'consistent' : 'inconsistent', share, {
      implied: `${round(point, 2)}% = ${describe(part)} (${part.metric}) of ${describe(wholeFigure)} (${wholeFigure.metric})`,
      implied_value: round(point),
      tolerance: `${showBounds('stated', stated)}; ${showBounds('implied', implied)}`,
      against: `${where(part)} ${where(wholeFigure)}`,
    }));
  }
  return out;
}

/** The same level (metric, entity, period, unit) stated differently in another item or bulletin. */
function checkRestated(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, Figure>();
  for (const f of figures) {
    if (f.part !== 'body' || !isLevel(f) || f.entity === null || f.period === null) continue;
    const key = levelKey(f, f.metric!, f.period, f.unit);
    const earlier = first.get(key);
    // Two values in one item are a story of change (`from 150亿美元 to 250亿美元`), not a restatement.
    if (earlier && earlier.file === f.file && earlier.item === f.item) continue;
    if (!earlier) {
      first.set(key, f);
      continue;
    }
    const a = boundsOf(earlier)!;
    const b = boundsOf(f)!;
    if (overlaps(a, b)) continue;
    out.push(finding('restated', 'inconsistent', f, {
      implied: describe(earlier),
      implied_value: signed(earlier),
      tolerance: `${showBounds('stated', b)}; ${showBounds('earlier', a)}`,
      against: where(earlier),
    }));
  }
  return out;
}

/**
 * Every consistency finding over a set of bulletins' figures, in file and line order.
 * @example
 * const text = '1. ByteDance\nByteDance revenue was US$34.3 billion in 2020 and US$58 billion in 2021, up 70% year-on-year. (Reuters)\n';
 * checkFigures(extractFigures(parseBulletin(text))).map((c) => [c.check, c.status, c.stated, c.implied])
 * //=> [['change', 'consistent', 'up 70% yoy', 'up 69.1% from US$34.3 billion (2020) to US$58 billion (2021)']]
 */
export function checkFigures(all: Figure[]): Finding[] {
  // Guidance and estimates are no statements of fact: a forecast that misses is not a contradiction.
  // Read in file-name order, so which of two repeats is checked, and which level a change is held
  // against, does not depend on how shards were merged; findings are still given in input order.
  const figures = all.filter((f) => !f.forecast).sort(byFilePosition);
  const levels = new LevelIndex(figures);
  const order = new Map<string, number>();
  all.forEach((f) => order.has(f.file) || order.set(f.file, order.size));
  return [...checkChanges(figures, levels), ...checkSummaries(figures), ...checkShares(figures), ...checkRestated(figures)].sort(
    (a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.item - b.item,
  );
}
