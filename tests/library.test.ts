import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// newsdigest as a library: what `import … from 'newsdigest'` gives, each export's documented
// example run as written, no side effects on import, and the packed tarball used from another project.
const ROOT = resolve(__dirname, '..');
const INDEX = join(ROOT, 'src/index.ts');

interface Export { name: string; value: boolean; examples: string[]; documented: boolean }

function libraryExports(): Export[] {
  const program = ts.createProgram([INDEX], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((alias) => {
    const symbol = alias.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(alias) : alias;
    const declaration = symbol.declarations?.[0];
    const value = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    const tags = declaration ? ts.getJSDocTags(declaration) : [];
    const documented = declaration ? ts.getJSDocCommentsAndTags(declaration).length > 0 : false;
    const examples = tags.filter((t) => t.tagName.text === 'example').map((t) => ts.getTextOfJSDocComment(t.comment) ?? '');
    return { name: alias.name, value, examples, documented };
  });
}

/**
 * An example as a function body: `expr //=> expected` (or `expr` on one line and `//=> expected`
 * on the next) becomes a check; other lines run as they are.
 */
function exampleBody(example: string): string {
  const out: string[] = [];
  let pending: string | null = null;
  for (const raw of example.split('\n')) {
    const line = raw.trim();
    const check = /^(.*?)\s*\/\/=>\s*(.*)$/.exec(line);
    if (!check) {
      if (pending) out.push(`${pending};`);
      pending = line || null;
      continue;
    }
    const actual = check[1] || pending;
    if (check[1] && pending) out.push(`${pending};`);
    if (!actual) throw new Error(`an expected value with no expression before it: ${line}`);
    out.push(`__check(${JSON.stringify(actual)}, ${actual}, ${check[2]});`);
    pending = null;
  }
  if (pending) out.push(`${pending};`);
  return out.join('\n');
}

describe('the library', () => {
  const exports = libraryExports();

  it('exports the functions a user needs', () => {
    expect(exports.filter((e) => e.value).map((e) => e.name).sort()).toEqual([
      'RatesError', 'checkFigures', 'convertFigures', 'extractFigures', 'figureType', 'metricVocabulary', 'parseBulletin', 'parseRates', 'summarize', 'trend',
    ]);
  });

  it('documents every export, and every function and class with an example', () => {
    expect(exports.length).toBeGreaterThan(30);
    expect(exports.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
    expect(exports.filter((e) => e.value && e.examples.length === 0).map((e) => e.name)).toEqual([]);
  });

  for (const e of exports.filter((x) => x.value)) {
    it(`${e.name}: its examples give what they say`, async () => {
      const api = (await import(join(ROOT, 'dist/index.js'))) as Record<string, unknown>;
      const names = Object.keys(api);
      for (const example of e.examples) {
        const checks: Array<[string, unknown, unknown]> = [];
        const body = exampleBody(example);
        new Function(...names, '__check', body)(...names.map((n) => api[n]), (code: string, actual: unknown, expected: unknown) => checks.push([code, actual, expected]));
        expect(checks.length).toBeGreaterThan(0);
        for (const [code, actual, expected] of checks) expect([code, actual]).toEqual([code, expected]);
      }
    });
  }

  it('reads no argv, environment or terminal when imported (the probe sees chalk do it)', () => {
    // Every read of process.argv, process.env and the streams' isTTY is recorded while the module
    // loads, except Node's own (its module loader reads the environment).
    const probe = `
      const reads = [];
      const record = (what) => { if (!new Error().stack.split('\\n')[3]?.includes('node:internal')) reads.push(what); };
      const argv = process.argv;
      Object.defineProperty(process, 'argv', { get() { record('argv'); return argv; } });
      const env = process.env;
      Object.defineProperty(process, 'env', { get() { return new Proxy(env, { get(t, k) { record('env.' + String(k)); return t[k]; }, has(t, k) { record('env.' + String(k)); return k in t; } }); } });
      for (const s of ['stdout', 'stderr', 'stdin']) {
        const stream = process[s];
        Object.defineProperty(stream, 'isTTY', { get() { record(s + '.isTTY'); return false; } });
      }
      await import(process.env.PROBED ?? '');
      console.log(JSON.stringify(reads.filter((r) => r !== 'env.PROBED')));`;
    const readsOf = (file: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, PROBED: file } })) as string[];
    expect(readsOf(join(ROOT, 'node_modules/chalk/source/index.js'))).toContain('env.FORCE_COLOR');
    expect(readsOf(join(ROOT, 'dist/index.js'))).toEqual([]);
  });

  it('packs, installs into another project, imports and type-checks there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdigest-consumer-'));
    try {
      execFileSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts'], { cwd: ROOT, stdio: 'ignore' });
      const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], { cwd: dir, stdio: 'ignore' });
      writeFileSync(
        join(dir, 'use.ts'),
        `import { parseBulletin, extractFigures, summarize, type Figure, type Bulletin } from 'newsdigest';
const b: Bulletin = parseBulletin('1. ByteDance\\nByteDance revenue was US$58 billion in 2021. (Reuters)\\n');
const figures: Figure[] = extractFigures(b);
const total: number | null = summarize(figures, { metric: 'revenue' })[0].sum;
console.log(JSON.stringify([b.items[0].source, figures[0].value, total]));
`,
      );
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, outDir: 'out', types: [] }, files: ['use.ts'] }));
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
      const out = execFileSync(process.execPath, [join(dir, 'out/use.js')], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual(['Reuters', 58000000000, 58000000000]);
      const installed = readdirSync(join(dir, 'node_modules/newsdigest')).sort();
      expect(installed).toEqual(expect.arrayContaining(['bin', 'dist', 'package.json', 'schema']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
