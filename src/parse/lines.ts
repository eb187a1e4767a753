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

// Traditional characters of the words figures are read by (scales, units, currencies, metrics),
// each with its simplified twin: one UTF-16 unit for one, so offsets survive the fold.
const TRADITIONAL =
  '萬万億亿個个點点兩两幣币圓元營营額额淨净潤润減减價价場场資资產产銷销調调漲涨際际門门戶户單单筆笔輛辆臺台灣湾發发數数據据報报較较環环業业務务總总計计幾几貨货運运費费稅税員员險险為为們们這这來来對对時时會会國国經经濟济實实現现當当開开關关東东車车電电貿贸術术線线網网號号頭头樂乐歲岁躍跃賣卖買买與与長长無无於于過过還还進进達达標标準准強强擴扩優优齊齐預预測测認认識识議议說说話话讀读記记證证權权債债級级約约純纯紅红組组織织統统結结給给維维續续絕绝專专將将體体從从節节範范創创導导區区醫医藥药廣广島岛圖图團团園园廠厂處处觀观視视親亲間间閉闭問问雙双雜杂離离難难響响頁页項项順顺領领頻频類类顯显風风飛飞餘余館馆馬马驗验髮发鬥斗魚鱼鳥鸟麥麦黃黄齒齿龍龙廳厅貸贷贏赢贈赠賬账';
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 2) SIMPLIFIED.set(TRADITIONAL[i], TRADITIONAL[i + 1]);
const FOLDED = new RegExp(`[\\uFF01-\\uFF5E\\u00A0\\u3000\\u2002-\\u200A\\u202F\\u205F\\uFE52${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/**
 * Fold full-width ASCII (digits, letters, `（）．：`) to ASCII, the small full stop `﹒` to `.`,
 * odd spaces (NBSP, ideographic space) to a plain space, and the traditional characters figures
 * are read by to simplified ones (`億`→`亿`, `個百分點`→`个百分点`). One UTF-16 unit in, one out,
 * so offsets into the folded text are offsets into the original.
 * @example
 * foldWidth('１２﹒５％，2億元') //=> '12.5%，2亿元'
 */
export function foldWidth(text: string): string {
  return text.replace(FOLDED, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (code === 0xfe52) return '.';
    return SIMPLIFIED.get(c) ?? ' ';
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
