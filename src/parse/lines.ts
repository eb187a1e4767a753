/** A physical line of the text, offsets in UTF-16 units, without its line ending. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  text: string;
  /** `text` with width and space variants folded, same length as `text` (see {@link foldWidth}). */
  folded: string;
}

/**
 * Split text on `\r\n`, `\n` or `\r`, keeping each line's offsets.
 * @example
 * splitLines('a\r\nb').map((l) => [l.text, l.start]) //=> [['a', 0], ['b', 3]]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const eol = /\r\n|\n|\r/g;
  let start = 0;
  let number = 1;
  for (let m = eol.exec(text); m; m = eol.exec(text)) {
    const lineText = text.slice(start, m.index);
    lines.push({ number, start, end: m.index, text: lineText, folded: foldWidth(lineText) });
    start = m.index + m[0].length;
    number++;
  }
  if (start < text.length) {
    const lineText = text.slice(start);
    lines.push({ number, start, end: text.length, text: lineText, folded: foldWidth(lineText) });
  }
  return lines;
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u00A0\u3000\u2002-\u200A\u202F\u205F]/g;

/**
 * Fold full-width ASCII (digits, letters, `（）．：`) to ASCII and odd spaces (NBSP, ideographic
 * space) to a plain space. One UTF-16 unit in, one out, so offsets into the folded text are offsets
 * into the original.
 * @example
 * foldWidth('１２．５％') //=> '12.5%'
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
  });
}

/**
 * Map UTF-16 offsets of `text` to code-point offsets. Identity (and free) when the text has no
 * characters outside the Basic Multilingual Plane.
 */
export function codePointMapper(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = cp;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** Where `text` would end without its trailing white space. */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * `re` (anchored with `$`) matched against the end of `text` only: its last `window` characters
 * before any trailing white space. An unanchored-start pattern such as `/\s*\(…\)\s*$/` is tried
 * from every position of the text, which is quadratic on a long run of spaces; limited to the
 * end it stays linear. The match's `index` is in `text`'s coordinates.
 * @example
 * matchAtEnd('Sales rose. (Reuters)   ', /\(([^)]*)\)$/)?.index //=> 12
 */
export function matchAtEnd(text: string, re: RegExp, window = 256): RegExpExecArray | null {
  const end = contentEnd(text);
  const from = Math.max(0, end - window);
  const m = re.exec(text.slice(from, end));
  if (m) m.index += from;
  return m;
}

/** `text` without what `re` (anchored with `$`) matches at its end; see {@link matchAtEnd}. */
export function stripEnd(text: string, re: RegExp, window = 256): string {
  const m = matchAtEnd(text, re, window);
  return m ? text.slice(0, m.index) : text;
}
