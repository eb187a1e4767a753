#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), so that starting does not set up the ES module loader, and so that
// the bundled CLI can be compiled from V8's code cache: together they cut figures on one bulletin
// from 0.23 s to 0.19 s (same machine, same output).
const path = require('node:path');
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `--version` alone needs no more than package.json.
  const { readFileSync } = require('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(require.resolve('../package.json'), 'utf8')).version}\n`);
} else {
  // Set before any pattern is compiled; worker threads share the flags.
  const v8 = require('node:v8');
  // V8 first compiles a regular expression to bytecode and then again to machine code on its second
  // use; the rule tables' large patterns are used thousands of times, so compiling them once, to
  // machine code, cut figures on one bulletin from 0.26 s to 0.21 s (same output).
  v8.setFlagsFromString('--no-regexp-tier-up');
  // After a full collection V8 lets the old generation grow up to four times what is live before the
  // next one. A run over many files leaves each file's results behind as garbage, so resident memory
  // climbed for as long as the run went on (251 MB after 1 GB of bulletins); at 1.3 times it stays
  // flat (1 GB: 187 and 205 MB in two runs; a 20 MB file: 222 MB against 258 MB) for about 3% more
  // time.
  v8.setFlagsFromString('--heap-growing-percent=30');
  loadBundle(path.join(__dirname, '..', 'dist', 'newsdigest.cjs')).main(process.argv);
}

/**
 * Load the bundled CLI with the compiled code a run left in `<bundle>.cache`. V8 checks the cache
 * against the source and its own version and rejects a stale one; then this run compiles as usual
 * and leaves a fresh cache behind (the build leaves the first, from figures on the model bulletin).
 */
function loadBundle(file) {
  const fs = require('node:fs');
  const { Script } = require('node:vm');
  const Module = require('node:module');
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Code compiled from the cache has no dynamic import() callback (Node 20): the bundle uses require.
  const script = new Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit the cache holds every function this run compiled, not only the top level.
    process.once('exit', () => {
      const partial = `${cacheFile}.${process.pid}`;
      try {
        fs.writeFileSync(partial, script.createCachedData());
        fs.renameSync(partial, cacheFile);
      } catch {
        // A read-only install runs without a cache, as fast as before there was one.
        fs.rmSync(partial, { force: true });
      }
    });
  }
  const bundle = { exports: {} };
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
  return bundle.exports;
}
