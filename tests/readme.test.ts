import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sh } from './helpers.js';

// The README's tour and cookbook run as written: each ```console block is a session of `$ command`
// lines, each followed by the output it must print. Blocks marked `requires=TOOL` run when TOOL is
// installed. Commands run in a scratch copy of fixtures/, with `newsdigest` on PATH.
const ROOT = resolve(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Step { command: string; output: string }
interface Session { requires: string | null; steps: Step[]; at: number }

function sessions(): Session[] {
  const out: Session[] = [];
  for (const m of readme.matchAll(/^```console(?: requires=(\S+))?\n([^]*?)^```$/gm)) {
    const steps: Step[] = [];
    for (const line of m[2].split('\n').slice(0, -1)) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: '' });
      else steps[steps.length - 1].output += line + '\n';
    }
    out.push({ requires: m[1] ?? null, steps, at: readme.slice(0, m.index).split('\n').length });
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'newsdigest-readme-'));
cpSync(join(ROOT, 'fixtures'), join(scratch, 'fixtures'), { recursive: true });
writeFileSync(join(scratch, 'newsdigest'), `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'bin/newsdigest.js'))} "$@"\n`);
chmodSync(join(scratch, 'newsdigest'), 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README', () => {
  it('starts with the two set-up commands', () => {
    expect(readme.split('\n').slice(0, 6)).toEqual(['# newsdigest', '', '```sh', 'npm install && npx newsdigest parse fixtures/morning-news-2022-01-21.txt', 'npm test', '```']);
  });

  const all = sessions();
  it('has a tour and a cookbook to run', () => {
    expect(all.filter((s) => !s.requires).length).toBeGreaterThanOrEqual(8);
  });

  for (const session of all) {
    it(`block at line ${session.at}: ${session.steps.map((s) => s.command.split(' ').slice(0, 3).join(' ')).join('; ')}`, async () => {
      if (session.requires && (await sh(`command -v ${session.requires}`)).code !== 0) return;
      for (const step of session.steps) {
        const run = await sh(`cd ${JSON.stringify(scratch)} && PATH=${JSON.stringify(scratch)}:"$PATH" && ${step.command}`);
        expect([step.command, run.stdout]).toEqual([step.command, step.output]);
      }
    });
  }
});
