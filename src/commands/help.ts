/** `newsdigest help [topic]`: a command's help, or a topic — formats, metrics, fields. */
import { readdirSync, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import { metricVocabulary } from '../figures/rules/index.js';
import { fieldsTopic, formatsTopic, metricsTopic, TOPICS, type RecordFields, type Topic } from '../output/topics.js';
import type { Outcome } from './runtime.js';
import { PACKAGE_ROOT } from '../paths.js';

const SCHEMA_DIR = new URL('schema/', PACKAGE_ROOT);
const RECORD_ORDER = ['item', 'section', 'figure', 'stats', 'metric-count', 'trend', 'finding', 'bulletin'];

interface JsonSchema {
  title: string;
  description: string;
  definitions: Record<string, { properties?: Record<string, Property>; enum?: string[]; type?: string | string[] }>;
}
interface Property { type?: string | string[]; $ref?: string; anyOf?: Property[]; enum?: string[]; items?: Property; description?: string }

/** A property's type in words: `string | null`, `'up' | 'down' | null`, `array`. */
function typeOf(p: Property, defs: JsonSchema['definitions']): string {
  if (p.$ref) {
    const def = defs[p.$ref.replace('#/definitions/', '')];
    return def?.enum ? def.enum.map((v) => `'${v}'`).join(' | ') : def?.type ? [def.type].flat().join(' | ') : 'object';
  }
  if (p.anyOf) return p.anyOf.map((x) => typeOf(x, defs)).join(' | ');
  if (p.enum) return p.enum.map((v) => `'${v}'`).join(' | ');
  return [p.type ?? 'object'].flat().join(' | ');
}

/** The records the schemas describe, in the order a reader meets them. */
function readRecords(): RecordFields[] {
  const names = readdirSync(SCHEMA_DIR).map((f) => f.replace(/\.schema\.json$/, '')).sort((a, b) => RECORD_ORDER.indexOf(a) - RECORD_ORDER.indexOf(b));
  return names.map((name) => {
    const schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as JsonSchema;
    const props = schema.definitions[schema.title].properties ?? {};
    const printedBy = /`([^`]+)`/.exec(schema.description)?.[1] ?? name;
    return {
      title: `${printedBy} (${name})`,
      fields: Object.entries(props).map(([field, p]) => ({ name: field, type: typeOf(p, schema.definitions), description: p.description ?? '' })),
    };
  });
}

export function helpCommand(program: Command, outcome: () => Outcome): Command {
  const cmd = program
    .command('help')
    .argument('[topic]', `a command, or ${TOPICS.join(', ')}`)
    .description(`Help for a command, or a topic: ${TOPICS.join(', ')}`);
  cmd.action((topic: string | undefined) => {
    const out = outcome().rt.stdout;
    const width = Math.min(out.columns ?? 80, 100);
    if (topic === undefined) return program.outputHelp();
    const command = program.commands.find((c) => c.name() === topic);
    if (command) return command.outputHelp();
    if (!(TOPICS as readonly string[]).includes(topic)) {
      const commands = program.commands.map((c) => c.name()).join(', ');
      throw new UsageError(`no help for '${topic}' (topics: ${TOPICS.join(', ')}; commands: ${commands})`);
    }
    const text: Record<Topic, () => string> = {
      formats: () => formatsTopic(width),
      metrics: () => metricsTopic(metricVocabulary(), width),
      fields: () => fieldsTopic(readRecords(), width),
    };
    out.write(text[topic as Topic]());
  });
  return cmd;
}
