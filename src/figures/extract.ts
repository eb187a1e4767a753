/**
 * Bulletin → Figure[]: every number that matters, in the headlines and in each item's title and
 * body, normalised and tied to its metric, entity and period. Pure.
 */
import type { Bulletin, Figure, FigurePart, Span } from '../model.js';
import { codePointMapper } from '../parse/lines.js';
import { analyse, emptyContext, maskUrls, siteOf, type ItemContext, type SentenceAnalysis, type Where } from './analysis.js';
import type { RawFigure } from './numbers.js';
import { clauseIndexAt, firstAfter, firstStartingFrom, sentences } from './positions.js';
import { basisOf, isForecast, wholeOf } from './steps/basis.js';
import { conversionsMoveAlong, directionOf } from './steps/direction.js';
import { entityOf, OWNER_TO_OWNED } from './steps/entity.js';
import { baselinesTakeMetric, changesTakeLevelMetric, indexMove, metricOf, MONEY_METRICS, storesOpenedOrClosed } from './steps/metric.js';
import { periodOf } from './steps/period.js';

export { sentences };

/** Read one sentence: its figures with metric, entity, period, basis, whole and forecast attached, step by step. */
function readSentence(a: SentenceAnalysis, context: ItemContext): AttachedFigure[] {
  const out: AttachedFigure[] = [];
  for (const f of a.raw) {
    const site = siteOf(a, f);
    const owner = entityOf(site, a, context);
    const move = directionOf(site);
    const metric = indexMove(owner.metric ?? metricOf(site, a, move.object, move.change), f.kind, owner.entity);
    const period = periodOf(site, a, context, move.direction);
    // `营收突破30亿`: a Chinese amount of a money measure is money even when the currency goes unsaid.
    const kind = f.kind === 'count' && f.unit === null && a.chinese && metric !== null && MONEY_METRICS.has(metric) ? 'money' : f.kind;
    // Spelled out rather than spread: an object spread per figure was the slowest line of extraction.
    out.push({
      kind, start: f.start, end: f.end, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier,
      direction: move.direction, change: move.change, counted: f.counted, metric, entity: owner.entity, period,
      basis: basisOf(site, a, period), of: wholeOf(site, a, metric), forecast: isForecast(site),
    });
  }
  changesTakeLevelMetric(out, a.folded);
  baselinesTakeMetric(out, a.folded, a.chinese);
  storesOpenedOrClosed(out, a.folded);
  conversionsMoveAlong(out, a.folded);
  return out;
}

type AttachedFigure = RawFigure & Omit<Figure, keyof RawFigure | 'file' | 'item' | 'section' | 'part' | 'text' | 'sentence' | 'line'>;

const DEADLINE_BEFORE = /\b(?:by|until|ahead of)\s+(?:the\s+(?:end|close)\s+of\s+)?$|(?:或于|将于|计划于|预计于?|到|至)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}(?:\/|$)/;
const COMPARISON_CLAUSE = /^\s*(?:up|down|rising|falling) from\b|^\s*compared (?:with|to)\b|^\s*(?:versus|vs\.?)\b/i;

/** Carry what a sentence established (its period and its subject) to the next. */
function remember(context: ItemContext, a: SentenceAnalysis): void {
  if (a.aboutNow) context.period = null;
  else {
    // A period in a comparison (`up from $5.5 billion last year`) is not the story's; nor is an
    // earlier one in a later sentence: the item's story stays in its own period.
    // A day (`1月19日，…发布`, `on Tuesday`) dates one report or one move, not the story's period.
    // A deadline (`by 2026`, `最早或于2024年挂牌`) is when something is meant to happen, not when the story is.
    const own = a.periods.find(
      (p) => !DAY.test(p.value) && !COMPARISON_CLAUSE.test(a.folded.slice(a.clauseSpans[clauseIndexAt(a.clauseSpans, p.start)]?.[0] ?? 0, p.start)) && !DEADLINE_BEFORE.test(a.folded.slice(Math.max(0, p.start - 20), p.start)),
    );
    const year = own ? Number(/\d{4}/.exec(own.value)?.[0]) : NaN;
    if (own && Number.isFinite(year) && (context.year === null || year >= context.year)) {
      context.period = own.value;
      context.year = year;
    }
  }
  const day = a.periods.findLast((p) => DAY.test(p.value));
  if (day) context.day = day.value;
  const owner = a.entities.find((x) => x.possessive);
  const next = owner && a.entities[firstStartingFrom(a.entities, owner.end + 1)];
  const owned = owner && next && OWNER_TO_OWNED.test(a.folded.slice(owner.end, next.start)) ? next : undefined;
  const named = owned ?? owner ?? a.entities[0];
  // `Cloud Intelligence revenue +18%` in an item on Alibaba: a name the metric word follows is a
  // part of the item's subject (a unit, a product); it owns its own figures, not the item's.
  const metricAfter = named && firstAfter(a.metrics, named.end, null);
  const partOfSubject = !a.chinese && context.entity !== null && !!metricAfter && /^\s*$/.test(a.folded.slice(named.end, metricAfter.start));
  const subject = a.chinese ? a.chineseTopic : partOfSubject ? undefined : named?.value;
  if (subject) context.entity = subject;
}

/** Figures in one located piece of text (a headline, a title, a body line). */
function readSpan(text: string, span: Span, where: Where, context: ItemContext, out: Figure[]): void {
  const cp = codePointMapper(text);
  // Links are blanked before sentences are cut, so a `?` or `.` inside a URL ends no sentence.
  const masked = maskUrls(text);
  for (const [s, e] of sentences(masked)) {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    const start = s + lead;
    const analysis = analyse(masked.slice(start, start + sentence.length), where, context);
    for (const f of readSentence(analysis, context)) {
      out.push({
        file: where.file,
        item: where.item,
        section: where.section,
        part: where.part,
        kind: f.kind,
        text: sentence.slice(f.start, f.end),
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        metric: f.metric,
        entity: f.entity,
        period: f.period,
        direction: f.direction,
        change: f.change,
        basis: f.basis,
        of: f.of,
        forecast: f.forecast,
        qualifier: f.qualifier,
        sentence,
        line: span.line,
        start: span.start + cp(start + f.start),
        end: span.start + cp(start + f.end),
      });
    }
    remember(context, analysis);
  }
}

/** Pair the lines of a part's text (`intro`, `footer`: lines joined by `\n`) with their located parts. */
function located(text: string | null, spans: Span[]): Array<[string, Span]> {
  const lines = text === null ? [] : text.split('\n');
  return spans.length === lines.length ? spans.map((span, i) => [lines[i], span]) : [];
}

/**
 * Every figure of a bulletin, in file order: the headline line, intro, each item's title and body,
 * the footer and unplaced text. Figures outside items have item 0; each says which part it is in.
 * @example
 * const text = 'Daily Brief\n\n1. ByteDance revenue\nByteDance revenue in 2021 was US$58 billion, up 70% year-on-year. (Reuters)\n';
 * extractFigures(parseBulletin(text)).map((f) => [f.text, f.kind, f.value, f.unit, f.metric, f.entity, f.period, f.direction, f.basis])
 * //=> [['US$58 billion', 'money', 58000000000, 'USD', 'revenue', 'ByteDance', '2021', null, null], ['70%', 'percent', 70, '%', 'revenue', 'ByteDance', '2021', 'up', 'yoy']]
 * extractFigures(parseBulletin('1、拼多多营收\n2021年拼多多营收939.5亿元，同比增长58%。（界面新闻）\n')).map((f) => [f.text, f.value, f.unit, f.entity])
 * //=> [['939.5亿元', 93950000000, 'CNY', '拼多多'], ['58%', 58, '%', '拼多多']]
 */
export function extractFigures(bulletin: Bulletin): Figure[] {
  const out: Figure[] = [];
  const outside = (part: FigurePart): Where => ({ file: bulletin.file, item: 0, section: null, part, bulletinDate: bulletin.date });
  const pieces: Array<{ text: string; span: Span; where: Where; context: ItemContext | null }> = [];
  bulletin.headlines.forEach((headline, i) => {
    const span = bulletin.headline_spans[i];
    if (span) pieces.push({ text: headline, span, where: outside('headline'), context: null });
  });
  const partsOf = (type: string) => bulletin.parts.filter((p) => p.type === type);
  for (const [text, span] of located(bulletin.intro, partsOf('intro'))) pieces.push({ text, span, where: outside('intro'), context: null });
  for (const u of bulletin.unplaced) pieces.push({ text: u.text, span: u, where: outside('unplaced'), context: null });
  for (const [text, span] of located(bulletin.footer, partsOf('footer'))) pieces.push({ text, span, where: outside('footer'), context: null });
  for (const item of bulletin.items) {
    const context = emptyContext();
    const bodyLines = item.body.split('\n');
    let bodyIndex = 0;
    const title: Where = { file: item.file, item: item.n, section: item.section, part: 'title', bulletinDate: bulletin.date };
    const body: Where = { file: item.file, item: item.n, section: item.section, part: 'body', bulletinDate: bulletin.date };
    for (const part of item.parts) {
      if (part.field === 'title' && item.title !== null) pieces.push({ text: item.title, span: part, where: title, context });
      else if (part.field === 'body') pieces.push({ text: bodyLines[bodyIndex++] ?? '', span: part, where: body, context });
    }
  }
  pieces.sort((a, b) => a.span.start - b.span.start);
  for (const p of pieces) readSpan(p.text, p.span, p.where, p.context ?? emptyContext(), out);
  titlesTakeFromBody(out);
  return out;
}

/**
 * A title sums up its body: a title figure with no period, metric or entity of its own takes those
 * of the same figure in the body (same kind and value; `Temu位列…第二` over a body that says what it
 * ranks by, `10月CPI同比上涨0.3%` over one that says whose), else — when the body does not repeat
 * it — the period of the body's first figure of the same metric.
 */
function titlesTakeFromBody(figures: Figure[]): void {
  // A title's figure and the body's are the same figure when their kind and value are.
  const sameFigure = (f: Figure) => `${f.kind}\u0000${f.value ?? `${f.low}-${f.high}`}`;
  // Most titles state no figure, or state what they need: only their items are read again.
  const waiting = new Set<number>();
  for (const f of figures) if (f.part === 'title' && (f.period === null || f.metric === null || f.entity === null) && f.item !== 0) waiting.add(f.item);
  if (waiting.size === 0) return;
  const byItem = new Map<number, { titles: Figure[]; byValue: Map<string, Figure>; byMetric: Map<string, string> }>();
  for (const f of figures) {
    if (!waiting.has(f.item)) continue;
    let item = byItem.get(f.item);
    if (!item) byItem.set(f.item, (item = { titles: [], byValue: new Map(), byMetric: new Map() }));
    if (f.part === 'title') {
      if (f.period === null || f.metric === null || f.entity === null) item.titles.push(f);
    } else if (f.part === 'body') {
      const key = sameFigure(f);
      if (!item.byValue.has(key)) item.byValue.set(key, f);
      if (f.period !== null && f.metric !== null && !item.byMetric.has(f.metric)) item.byMetric.set(f.metric, f.period);
    }
  }
  for (const { titles, byValue, byMetric } of byItem.values()) {
    for (const t of titles) {
      const same = byValue.get(sameFigure(t));
      if (t.metric === null && same) t.metric = same.metric;
      if (t.entity === null && same) t.entity = same.entity;
      if (t.period === null) t.period = same ? same.period : ((t.metric !== null ? byMetric.get(t.metric) : undefined) ?? null);
    }
  }
}
