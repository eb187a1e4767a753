/**
 * Where a combined pattern can start. A scan with an alternation of a hundred rules tries every
 * rule at every place of a sentence; a guard in front that checks the place's character against
 * the characters the rules can start with fails most places in one step. Pure.
 */

interface Starts {
  /** Character-class pieces (`a`, `\d`, `\u4e00-\u9fff`); null when any character may start it. */
  chars: string[] | null;
  /** Whether it can match the empty string (then what follows it can start the match too). */
  nullable: boolean;
  /** Whether it can start with a Latin letter inside a word (no `\b` or the like before it). */
  midWord: boolean;
}

const ANY: Starts = { chars: null, nullable: false, midWord: true };
const NOTHING: Starts = { chars: [], nullable: true, midWord: false };
/** Look-behinds that ask for a word to start here (`(?<![A-Za-z])`, `(?<![\w.%)])`). */
const WORD_START_BEHIND = /^\(\?<!\[(?:A-Za-z|\\w[^\]]*)\]\)/;

/** One character of a class piece at `i`: its code (or -1 for a class escape such as `\w`) and where it ends. */
function charAt(piece: string, i: number): { code: number; next: number } {
  if (piece[i] !== '\\') return { code: piece.charCodeAt(i), next: i + 1 };
  const e = piece[i + 1] ?? '';
  if (e === 'u') return { code: parseInt(piece.slice(i + 2, i + 6), 16), next: i + 6 };
  return { code: /[dsDSwW]/.test(e) ? -1 : e === 'b' ? 8 : e.charCodeAt(0), next: i + 2 };
}

const DIGITS: Array<[number, number]> = [[48, 57]];
// What `\s` matches: tab to carriage return, space, no-break space and the Unicode spaces.
const SPACES: Array<[number, number]> = [[9, 13], [32, 32], [160, 160], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const EVERY: Array<[number, number]> = [[0, 0xffff]];

/** The code ranges a class's inside (`a-z`, `\d`, `营收`) holds; `\w` and the negated escapes hold every character. */
function classRanges(inside: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < inside.length; ) {
    const c = charAt(inside, i);
    if (c.code === -1) {
      const e = inside[i + 1];
      ranges.push(...(e === 'd' ? DIGITS : e === 's' ? SPACES : EVERY));
      i = c.next;
      continue;
    }
    let hi = c.code;
    i = c.next;
    if (inside[i] === '-' && i + 1 < inside.length) {
      const h = charAt(inside, i + 1);
      hi = h.code === -1 ? 0xffff : h.code;
      i = h.next;
    }
    ranges.push([c.code, hi]);
  }
  return ranges;
}

/** Whether a class piece (`a`, `\d`, `A-Z`, `\u4e00-\u9fff`) can hold a Latin letter. */
function mayBeLatin(piece: string): boolean {
  return classRanges(piece).some(([lo, hi]) => lo <= 122 && hi >= 65 && !(lo > 90 && hi < 97));
}

function atom(piece: string, bounded: boolean): Starts {
  return { chars: [piece], nullable: false, midWord: !bounded && mayBeLatin(piece) };
}

function union(a: string[] | null, b: string[] | null): string[] | null {
  return a === null || b === null ? null : [...a, ...b];
}

/** The end of the group opened at `open` (the index just past its closing parenthesis). */
function closing(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return pattern.length;
}

/** A quantifier at `at` (`?`, `*`, `+`, `{m,n}`, each maybe lazy): its length and whether it allows none. */
function quantifier(pattern: string, at: number): { length: number; optional: boolean } {
  const ch = pattern[at];
  let length = 0;
  let optional = false;
  if (ch === '?' || ch === '*') [length, optional] = [1, true];
  else if (ch === '+') length = 1;
  else if (ch === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(pattern.slice(at, at + 12));
    if (m) [length, optional] = [m[0].length, Number(m[1] || 0) === 0];
  }
  if (length > 0 && pattern[at + length] === '?') length++;
  return { length, optional };
}

/** One alternation (`a|b|c`) from `from` to `to`; `bounded`: a word boundary is asked for before it. */
function alternation(pattern: string, from: number, to: number, bounded: boolean): Starts {
  let chars: string[] | null = [];
  let nullable = false;
  let midWord = false;
  let start = from;
  let depth = 0;
  let inClass = false;
  for (let i = from; i <= to; i++) {
    const ch = pattern[i];
    if (i < to && ch === '\\') i++;
    else if (i < to && inClass) inClass = ch !== ']';
    else if (i < to && ch === '[') inClass = true;
    else if (i < to && ch === '(') depth++;
    else if (i < to && ch === ')') depth--;
    else if (i === to || (ch === '|' && depth === 0)) {
      const s = sequence(pattern, start, i, bounded);
      chars = union(chars, s.chars);
      nullable ||= s.nullable;
      midWord ||= s.midWord;
      start = i + 1;
    }
  }
  return { chars, nullable, midWord };
}

/** One sequence of atoms: the starts of its atoms up to the first that cannot match empty. */
function sequence(pattern: string, from: number, to: number, boundedBefore: boolean): Starts {
  let chars: string[] | null = [];
  let midWord = false;
  let bounded = boundedBefore;
  let i = from;
  while (i < to) {
    const ch = pattern[i];
    let found: Starts;
    let next: number;
    if (ch === '(') {
      next = closing(pattern, i);
      const look = /^\(\?<?[=!]/.exec(pattern.slice(i, i + 4));
      if (look) {
        bounded ||= WORD_START_BEHIND.test(pattern.slice(i, i + 12));
        found = NOTHING;
      } else {
        const inner = /^\(\?(?::|<[A-Za-z_]\w*>)/.exec(pattern.slice(i, i + 40));
        found = alternation(pattern, i + (inner ? inner[0].length : 1), next - 1, bounded);
      }
    } else if (ch === '[') {
      let end = i + 1;
      while (end < to && pattern[end] !== ']') end += pattern[end] === '\\' ? 2 : 1;
      next = end + 1;
      // A `-` at either end of a class is literal there, a range once joined to other pieces.
      const inside = pattern.slice(i + 1, end).replace(/^-/, '\\-').replace(/(?<!\\)-$/, '\\-');
      found = pattern[i + 1] === '^' ? ANY : atom(inside, bounded);
    } else if (ch === '\\') {
      const e = pattern[i + 1];
      next = e === 'u' ? i + 6 : i + 2;
      if (e === 'b') bounded = true;
      found = e === 'b' || e === 'B' ? NOTHING : /[1-9kpP]/.test(e) ? ANY : atom(pattern.slice(i, next), bounded);
    } else if (ch === '^' || ch === '$') {
      next = i + 1;
      found = NOTHING;
    } else {
      next = i + 1;
      found = ch === '.' ? ANY : atom(/[\]\\^-]/.test(ch) ? `\\${ch}` : ch, bounded);
    }
    const q = quantifier(pattern, next);
    i = next + q.length;
    chars = union(chars, found.chars);
    midWord ||= found.midWord;
    if (chars === null) return ANY;
    if (!found.nullable && !q.optional) return { chars, nullable: false, midWord };
  }
  return { chars, nullable: true, midWord };
}

/**
 * Whether `code` is one of the characters of a class's inside (`a-z`, `\d`, `营收`), letters
 * of either case; a class escape other than `\d` and `\s` (`\w`, `\D`) holds every character.
 * @example
 * [inClass('gm毛', 'M'.charCodeAt(0)), inClass('\\d营', '5'.charCodeAt(0)), inClass('a-c', 'x'.charCodeAt(0))] //=> [true, true, false]
 */
export function inClass(inside: string, code: number): boolean {
  // A pattern read without regard to case: a letter is looked for in both its cases.
  const other = code >= 65 && code <= 90 ? code + 32 : code >= 97 && code <= 122 ? code - 32 : code;
  let ranges = rangesRead.get(inside);
  if (ranges === undefined) rangesRead.set(inside, (ranges = classRanges(inside)));
  return ranges.some(([lo, hi]) => (code >= lo && code <= hi) || (other >= lo && other <= hi));
}

// A table scan asks of the same rules' first characters for every new character it meets: each
// is read once. Both maps hold no more than the rule tables' patterns.
const rangesRead = new Map<string, Array<[number, number]>>();
const startsRead = new Map<string, Starts>();

function startsOf(pattern: string): Starts {
  let starts = startsRead.get(pattern);
  if (starts === undefined) startsRead.set(pattern, (starts = alternation(pattern, 0, pattern.length, false)));
  return starts;
}

/**
 * The characters `pattern` can start with, as the inside of a character class; null when any can.
 * @example
 * firstChars('(?:gross )?margins?|毛利率') //=> 'gm毛'
 */
export function firstChars(pattern: string): string | null {
  const s = startsOf(pattern);
  return s.chars === null || s.nullable ? null : [...new Set(s.chars)].join('');
}

/**
 * A look-ahead that holds only where one of `patterns` can start: at one of their first characters,
 * and — when every Latin-letter start of theirs asks for a word boundary — not inside a Latin word.
 * Empty when some pattern can start anywhere.
 * @example
 * startGuard(['\\brevenue', '营收|收入']) //=> '(?=[r营收])(?:(?<![A-Za-z])|(?![A-Za-z]))'
 * startGuard(['revenue']) //=> '(?=[r])'
 */
export function startGuard(patterns: string[]): string {
  const all = patterns.map(startsOf);
  if (all.some((s) => s.chars === null || s.nullable)) return '';
  const chars = [...new Set(all.flatMap((s) => s.chars!))].join('');
  return `(?=[${chars}])${all.some((s) => s.midWord) ? '' : '(?:(?<![A-Za-z])|(?![A-Za-z]))'}`;
}
