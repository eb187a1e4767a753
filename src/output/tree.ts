/** A bulletin drawn as a tree for people reading it on a terminal. */
import type { ChalkInstance } from 'chalk';
import type { Bulletin, Item } from '../model.js';
import { clipLine } from './fit.js';

function itemLine(item: Item, chalk: ChalkInstance): string {
  const marker = item.marker ?? '·';
  const source = item.source ? chalk.dim(` (${item.source})`) : '';
  const date = item.date ? chalk.dim(` ${item.date}`) : '';
  // A body-only item shows its first sentence, dimmed: it has no title to show.
  const heading = item.title ?? chalk.dim(firstSentence(item.body));
  return `    ${chalk.cyan(marker)} ${heading}${source}${date}  ${chalk.dim(`[#${item.n} line ${item.line}]`)}`;
}

function firstSentence(body: string): string {
  const first = /^[^\n]*?(?:[.!?](?=\s|$)|[。！？]|$)/m.exec(body)?.[0] ?? body;
  return first.length > 80 ? first.slice(0, 79) + '…' : first;
}

/**
 * @example
 * renderTree(bulletin, new Chalk({ level: 0 })).split('\n')[0]
 * //=> 'fixtures/morning-news-2022-01-21.txt  Morning News  2022-01-21'
 */
export function renderTree(b: Bulletin, chalk: ChalkInstance, width = Infinity): string {
  const out: string[] = [];
  out.push(`${chalk.bold(b.file)}  ${b.title ?? chalk.dim('(no title)')}  ${b.date ?? chalk.dim('(no date)')}`);
  for (const h of b.headlines) out.push(`  ${chalk.dim('headline')} ${h}`);
  if (b.intro) out.push(`  ${chalk.dim('intro')} ${b.intro.replace(/\n/g, ' ⏎ ')}`);
  const sectionless = b.items.filter((i) => i.section === null);
  for (const item of sectionless) out.push(itemLine(item, chalk));
  for (const s of b.sections) {
    out.push(`  ${chalk.bold.yellow(s.name)} ${chalk.dim(`(${s.items.length} ${s.items.length === 1 ? 'item' : 'items'}, line ${s.line})`)}`);
    for (const n of s.items) out.push(itemLine(b.items[n - 1], chalk));
  }
  if (b.footer) out.push(`  ${chalk.dim('footer')} ${b.footer.replace(/\n/g, ' ⏎ ')}`);
  for (const u of b.unplaced) out.push(`  ${chalk.red('unplaced')} line ${u.line}: ${u.text}`);
  return out.map((line) => clipLine(line, width)).join('\n') + '\n';
}
