import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression of src/ goes through recheck, the ReDoS checker: literals found by
// walking the TypeScript sources, and patterns built at run time (`new RegExp(...)`) caught while
// every module loads. A pattern the checker does not call safe must sit under a comment that says
// `Bounded:` and why its input cannot grow, or be handed straight to matchAtEnd/stripEnd, which read
// a fixed window at the end of the text. A pattern that is an alternation at its top level is linear
// when each alternative is: a search costs at most the sum of the alternatives' searches.

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');
const BOUNDING_CALLS = new Set(['matchAtEnd', 'stripEnd']);
const CHECK_TIMEOUT_MS = 4000;

interface Site { file: string; line: number; source: string; flags: string; bounded: boolean }

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

const sourceFiles = new Map(tsFiles(SRC).map((file) => [file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)]));

/** Does a comment above the node or one of its enclosing declarations say why its input is bounded? */
function documentedBounded(node: ts.Node, sf: ts.SourceFile): boolean {
  for (let n: ts.Node | undefined = node; n && n !== sf; n = n.parent) {
    const call = n.parent;
    if (call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && BOUNDING_CALLS.has(call.expression.text)
      && call.arguments.includes(n as ts.Expression)) return true;
    const comments = ts.getLeadingCommentRanges(sf.text, n.getFullStart()) ?? [];
    if (comments.some((c) => sf.text.slice(c.pos, c.end).includes('Bounded:'))) return true;
    if (ts.isStatement(n) && !ts.isBlock(n) && n.parent === sf) break;
  }
  return false;
}

function literalSites(): Site[] {
  const sites: Site[] = [];
  for (const [file, sf] of sourceFiles) {
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(n.getText(sf))!;
        sites.push({ file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, source, flags, bounded: documentedBounded(n, sf) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return sites;
}

/**
 * A start guard (rules/starts.ts) in front of a group: a look-ahead at one character, which cannot
 * backtrack; what can is the group after it. Returns that group's inside, or null.
 */
function afterStartGuard(source: string): string | null {
  const guard = /^\(\?=\[(?:\\.|[^\]\\])*\]\)(?:\(\?:\(\?<!\[A-Za-z\]\)\|\(\?!\[A-Za-z\]\)\))?\(\?:/.exec(source);
  if (!guard || !source.endsWith(')')) return null;
  const inside = source.slice(guard[0].length, -1);
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < inside.length; i++) {
    if (inside[i] === '\\') i++;
    else if (inClass) inClass = inside[i] !== ']';
    else if (inside[i] === '[') inClass = true;
    else if (inside[i] === '(') depth++;
    else if (inside[i] === ')' && --depth < 0) return null;
  }
  return depth === 0 ? inside : null;
}

async function isSafe(source: string, flags: string): Promise<{ safe: boolean; why: string }> {
  const guarded = afterStartGuard(source);
  if (guarded !== null) return isSafe(guarded, flags);
  const result = await check(source, flags, { timeout: CHECK_TIMEOUT_MS });
  if (result.status === 'safe') return { safe: true, why: '' };
  // Imported here, not at the top: src/ modules must first load under the RegExp probe (builtSites).
  const { topLevelAlternatives } = await import('../src/figures/rules/index.js');
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length > 1) {
    const unsafe: string[] = [];
    for (const a of alternatives) if ((await check(a, flags, { timeout: CHECK_TIMEOUT_MS })).status !== 'safe') unsafe.push(a);
    if (unsafe.length === 0) return { safe: true, why: '' };
    return { safe: false, why: `alternatives not safe: ${unsafe.map((a) => a.slice(0, 40)).join(' | ')}` };
  }
  return { safe: false, why: result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${result.attack.pattern.slice(0, 60)}` : result.status };
}

/** The `new RegExp` expression of a file at a line, as a stack frame names it. */
function constructionAt(file: string, line: number): ts.Node | undefined {
  const sf = sourceFiles.get(file);
  if (!sf) return undefined;
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isNewExpression(n) && n.expression.getText(sf) === 'RegExp') {
      const from = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      const to = sf.getLineAndCharacterOfPosition(n.getEnd()).line + 1;
      if (from <= line && line <= to && !found) found = n;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** Patterns built while the modules load, each with the place in src/ that built it. */
async function builtSites(): Promise<Site[]> {
  const built: Array<{ re: RegExp; stack: string }> = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      const re = Reflect.construct(target, args) as RegExp;
      built.push({ re, stack: new Error().stack ?? '' });
      return re;
    },
  });
  try {
    for (const file of sourceFiles.keys()) if (!file.endsWith('cli.ts')) await import(file);
  } finally {
    globalThis.RegExp = Original;
  }
  const sites: Site[] = [];
  for (const { re, stack } of built) {
    const frame = stack.split('\n').map((l) => /\((.*?\.ts):(\d+):\d+\)|at (\/.*?\.ts):(\d+):\d+/.exec(l)).find((m) => m && (m[1] ?? m[3]).startsWith(SRC));
    if (!frame) continue;
    const file = frame[1] ?? frame[3];
    const line = Number(frame[2] ?? frame[4]);
    const node = constructionAt(file, line);
    sites.push({ file: relative(ROOT, file), line, source: re.source, flags: re.flags, bounded: node ? documentedBounded(node, sourceFiles.get(file)!) : false });
  }
  return sites;
}

describe('regular expressions in src/', () => {
  it('are linear by the ReDoS checker, or documented as reading bounded input', async () => {
    const sites = [...literalSites(), ...(await builtSites())];
    const seen = new Set<string>();
    const unique = sites.filter((s) => {
      const key = `${s.file}\u0000${s.source}\u0000${s.flags}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    expect(unique.length).toBeGreaterThan(300);
    const problems: string[] = [];
    for (const site of unique) {
      if (site.bounded) continue;
      const { safe, why } = await isSafe(site.source, site.flags);
      if (!safe) problems.push(`${site.file}:${site.line} /${site.source.slice(0, 80)}/ ${why}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('of every rule table are linear one rule at a time (combine joins them)', async () => {
    const { LANGUAGES } = await import('../src/figures/rules/index.js');
    const problems: string[] = [];
    let checked = 0;
    for (const language of LANGUAGES) {
      for (const [table, rules] of Object.entries(language)) {
        if (!Array.isArray(rules)) continue;
        for (const rule of rules as Array<{ name: string; pattern?: unknown }>) {
          if (typeof rule.pattern !== 'string') continue;
          checked++;
          const { safe, why } = await isSafe(rule.pattern, 'i');
          if (!safe) problems.push(`${language.code} ${table} ${rule.name}: ${why}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 600_000);
});
