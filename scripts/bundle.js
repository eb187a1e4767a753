#!/usr/bin/env node
// The CLI as one file: resolving and compiling ~90 modules one by one was a third of a short run
// (`--version` 0.16 s, figures on one bulletin 0.28 s; bundled 0.10 s and 0.19 s, same machine).
// The library (dist/index.js) stays as modules. The --jobs worker is bundled beside the CLI,
// where the CLI's `new URL('./worker.js', import.meta.url)` finds it. The CLI is CommonJS so that
// bin/newsdigest.js can compile it from V8's code cache, which one run here leaves behind.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

for (const [input, file, format] of [
  ['dist/cli.js', 'dist/newsdigest.cjs', 'cjs'],
  ['dist/commands/worker.js', 'dist/worker.js', 'esm'],
]) {
  await build({ input, platform: 'node', logLevel: 'warn', output: { file, format } });
}
rmSync('dist/newsdigest.cjs.cache', { force: true });
const warm = spawnSync(process.execPath, ['bin/newsdigest.js', 'figures', 'fixtures/morning-news-2022-01-21.txt'], { stdio: 'ignore' });
if (warm.status !== 0) throw new Error(`bundle: figures on the model bulletin exited ${warm.status}`);
