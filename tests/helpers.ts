import { execFile } from 'node:child_process';
import type { Bulletin } from '../src/model.js';

/** The structure a fixture test pins: everything but bodies and offsets (checked by the invariants). */
export function structureOf(b: Bulletin) {
  return {
    title: b.title,
    headlines: b.headlines,
    date: b.date,
    intro: b.intro,
    footer: b.footer,
    sections: b.sections.map((s) => [s.name, s.line, s.items] as [string, number, number[]]),
    items: b.items.map((i) => [i.n, i.marker, i.section, i.title, i.source, i.date, i.line] as Array<string | number | null>),
    unplaced: b.unplaced.length,
    warnings: b.warnings.map((w) => `${w.line}:${w.code}`),
  };
}

/** The test runner's environment without colour settings, plus the test's own. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, with stdin from `input` (or nothing). */
export function cli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/newsdigest.js', ...args],
      { env: cleanEnv(options.env), maxBuffer: 1 << 28, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin!.end(options.input);
    else child.stdin!.end();
  });
}

/** Run a shell pipeline (bash) from the project root, for checks that need real pipes. */
export function sh(script: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', script], { env: cleanEnv(env), maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
