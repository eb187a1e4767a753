/**
 * Attachment step 4, direction: a change carries its own (`up 70%`, read by the tokenizer); a level
 * has one only when it is where a movement verb took it (`revenue rose 5% to $2.36 billion`,
 * `增长16.7%至3059亿元`) or how far (`increased its buyback by $25 billion`); a conversion in
 * parentheses moves with what it converts. Pure.
 */
import type { Direction } from '../../model.js';
import type { FigureSite } from '../analysis.js';
import { withoutQualifier } from '../raw.js';
import { compiled, languageBefore, LANGUAGES, matchName } from '../rules/index.js';

/** How far back from `to` the verb may stand: `rose 5% year-on-year to` fits, another clause does not. */
const VERB_REACH = 60;

/** How a movement verb moved the figure after it: to it (a level) or by it (a change). */
export interface Move {
  direction: Direction;
  change: boolean;
  /** Where the verb ends and the `to`/`by` starts, as offsets into the text given to {@link movedTo}. */
  verbEnd: number;
  toStart: number;
}

/**
 * The move a verb gives the figure after `before` (the text that precedes it), or null.
 * @example
 * movedTo('revenue rose 5% year-on-year to ') //=> { direction: 'up', change: false, verbEnd: 12, toStart: 29 }
 * movedTo('increased its buyback by ') //=> { direction: 'up', change: true, verbEnd: 9, toStart: 22 }
 * movedTo('its net loss narrowed to about ') //=> { direction: 'down', change: false, verbEnd: 21, toStart: 22 }
 * movedTo('revenue of ') //=> null
 */
export function movedTo(before: string): Move | null {
  const lead = withoutQualifier(before);
  const tables = compiled(languageBefore(lead, lead.length));
  const to = matchName(tables.levelTo, lead);
  if (!to) return null;
  const from = Math.max(0, to.match.index - VERB_REACH);
  const window = lead.slice(from, to.match.index);
  const verbs = tables.movesTo;
  let last: Direction | null = null;
  let verbEnd = 0;
  verbs.re.lastIndex = 0;
  for (let m = verbs.re.exec(window); m; m = verbs.re.exec(window)) {
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) [last, verbEnd] = [verbs.names[i - 1], from + m.index + m[0].length];
  }
  return last && { direction: last, change: to.name === 'by', verbEnd, toStart: to.match.index };
}

/** The figure's direction, whether it is the size of a move, and for a moved level what the verb moved (its object's span in the sentence). */
export function directionOf(site: FigureSite): { direction: Direction | null; change: boolean; object: [number, number] | null } {
  const f = site.figure;
  if (f.direction !== null || f.kind === 'rank') return { direction: f.direction, change: f.direction !== null, object: null };
  // Most figures have no `to`, `by`, `至` or `到` just before them: skip the reading then.
  if (!MARKER_NEAR_END.test(site.recent.slice(-32))) return { direction: null, change: false, object: null };
  const move = movedTo(site.recent);
  if (!move) return { direction: null, change: false, object: null };
  const offset = f.start - site.recent.length;
  return { direction: move.direction, change: move.change, object: [offset + move.verbEnd, offset + move.toStart] };
}

/** `260.3 billion yuan ($36.7 billion)`: a conversion in parentheses moves with the amount it converts. */
export function conversionsMoveAlong(figures: Array<{ kind: string; start: number; end: number; direction: Direction | null; change: boolean }>, folded: string): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1], figures[i]];
    if (a.kind === 'money' && b.kind === 'money' && b.direction === null && CONVERSION_GAP.test(folded.slice(a.end, b.start))) [b.direction, b.change] = [a.direction, a.change];
  }
}

/** A level marker of any language (`to`, `by`, `至`, `到`) in the last words before a figure (a qualifier may stand between). */
const MARKER_NEAR_END = new RegExp(LANGUAGES.flatMap((l) => l.levelTo).map((r) => `(?:${r.pattern})(?![A-Za-z])`).join('|'), 'i');
const CONVERSION_GAP = /^\s?[(（]\s?(?:(?:about|approximately|roughly|around|nearly|almost|some|约|近)\s?)?$/i;
