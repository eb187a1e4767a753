#!/usr/bin/env node
// JSON Schemas of the records newsdigest prints, generated from the TypeScript types that make
// them (ts-json-schema-generator), so schema and code cannot drift: tests/schema.test.ts compares
// the files in schema/ with a fresh generation and validates every command's output against them.
//   node scripts/schemas.js          write schema/*.schema.json
//   node scripts/schemas.js --print  print them as one JSON object instead
import { mkdirSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

/** Schema file → the type it describes, and which commands print it. */
export const RECORDS = {
  bulletin: { path: 'src/model.ts', type: 'Bulletin', printedBy: 'parse' },
  item: { path: 'src/output/rows.ts', type: 'ItemRow', printedBy: 'list, export --what items' },
  section: { path: 'src/output/rows.ts', type: 'SectionRow', printedBy: 'sections' },
  figure: { path: 'src/model.ts', type: 'Figure', printedBy: 'figures, export --what figures' },
  stats: { path: 'src/stats/summarize.ts', type: 'StatsRow', printedBy: 'stats' },
  'metric-count': { path: 'src/stats/summarize.ts', type: 'MetricCount', printedBy: 'stats --list-metrics' },
  trend: { path: 'src/stats/trend.ts', type: 'TrendRow', printedBy: 'trend' },
  finding: { path: 'src/stats/check.ts', type: 'Finding', printedBy: 'check' },
};

export function generateSchemas() {
  const out = {};
  for (const [name, { path, type, printedBy }] of Object.entries(RECORDS)) {
    const schema = createGenerator({ path, type, tsconfig: 'tsconfig.json', skipTypeCheck: true, additionalProperties: false }).createSchema(type);
    out[name] = {
      $schema: schema.$schema,
      title: type,
      description: `A record as \`newsdigest ${printedBy}\` prints it in JSON, NDJSON, CSV and TSV. With --fields, or a command's default columns, a record holds a subset of these keys.`,
      ...schema,
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const schemas = generateSchemas();
  if (process.argv.includes('--print')) process.stdout.write(JSON.stringify(schemas, null, 2) + '\n');
  else {
    mkdirSync('schema', { recursive: true });
    for (const [name, schema] of Object.entries(schemas)) writeFileSync(`schema/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  }
}
