import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, typed by use
import { generateSchemas, RECORDS } from '../scripts/schemas.js';
import { cli } from './helpers.js';

type Schema = { definitions: Record<string, { properties: Record<string, unknown>; required?: string[] }>; title: string };
const NAMES = Object.keys(RECORDS as Record<string, unknown>);
const committed = Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(`schema/${n}.schema.json`, 'utf8')) as Schema]));

/** A validator for the schema, or for the same schema with no key required (default columns, --fields). */
function validator(name: string, partial = false): ValidateFunction {
  const schema = structuredClone(committed[name]);
  if (partial) for (const d of Object.values(schema.definitions)) delete d.required;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const fieldsOf = (name: string) => Object.keys(committed[name].definitions[committed[name].title].properties);

async function records(args: string[]): Promise<unknown[]> {
  const run = await cli([...args, '--format', 'ndjson', '--quiet']);
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
}

function expectValid(validate: ValidateFunction, rows: unknown[]): void {
  expect(rows.length).toBeGreaterThan(0);
  const bad = rows.map((r) => (validate(r) ? null : { row: r, errors: validate.errors })).filter(Boolean);
  expect(bad.slice(0, 2)).toEqual([]);
}

describe('schema/', () => {
  it('is what the TypeScript types generate (npm run schema writes it)', () => {
    expect(JSON.parse(JSON.stringify(generateSchemas()))).toEqual(committed);
  });

  const COMMANDS: Array<[string, string[]]> = [
    ['item', ['list', 'fixtures/']],
    ['item', ['export', '--what', 'items', 'fixtures/']],
    ['section', ['sections', 'fixtures/']],
    ['figure', ['figures', 'fixtures/']],
    ['figure', ['export', '--what', 'figures', 'fixtures/']],
    ['stats', ['stats', '--metric', 'revenue', 'fixtures/']],
    ['metric-count', ['stats', '--list-metrics', 'fixtures/']],
    ['trend', ['trend', '--metric', 'revenue', 'fixtures/']],
  ];
  for (const [name, args] of COMMANDS) {
    it(`${name}: \`${args.join(' ')}\` with every field, and with its default fields`, async () => {
      expectValid(validator(name), await records([...args, '--fields', fieldsOf(name).join(',')]));
      expectValid(validator(name, true), await records(args));
    });
  }

  it('finding: `check` with every field, and with its default fields (exit 1: findings are inconsistent)', async () => {
    for (const [fields, partial] of [[['--fields', fieldsOf('finding').join(',')], false], [[], true]] as const) {
      const run = await cli(['check', 'fixtures/tracking/', ...fields, '--format', 'ndjson', '--quiet']);
      expect(run.code).toBe(1);
      expectValid(validator('finding', partial), run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown));
    }
  });

  it('bulletin: `parse` of every fixture', async () => {
    const run = await cli(['parse', 'fixtures/', '--format', 'ndjson', '--quiet']);
    expectValid(validator('bulletin'), run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown));
  });
});
