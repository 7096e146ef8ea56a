import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema as kubernetesConfigSchema } from '../../plugins/kubernetes/index.js';
import { packagePath } from '../../src/schema/index.js';
import {
  createCulpritAjv,
  precompiledValidatorsCode,
  readShippedSchemas,
  schemaKey,
} from '../../src/schema/shipped-schemas.js';

// The build emits the shipped schemas as standalone code; these tests load that code from a temp
// file and hold it to the validators Ajv compiles at run time: same verdicts, same errors, same defaults.
const require = createRequire(import.meta.url);
const precompiled: Record<string, unknown> = {};
// The build output, evaluated as the CommonJS module it is.
new Function('require', 'exports', precompiledValidatorsCode([kubernetesConfigSchema]))(require, precompiled);

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const runtime = createCulpritAjv();
for (const schema of readShippedSchemas().schemas) runtime.addSchema(schema);
const runtimeOf = (id: string) => runtime.getSchema(id) as unknown as Validate;

function agree(id: string, compiled: Validate, reference: Validate, data: unknown) {
  const a = structuredClone(data);
  const b = structuredClone(data);
  const verdict = compiled(a);
  expect(verdict, id).toBe(reference(b));
  expect(a, `${id}: defaults`).toEqual(b);
  expect(JSON.parse(JSON.stringify(compiled.errors ?? null))).toEqual(
    JSON.parse(JSON.stringify(reference.errors ?? null)),
  );
}

describe('precompiled schema validators', () => {
  it('exports one validator per shipped schema and stamps the schemas hash', () => {
    const { schemas, hash } = readShippedSchemas();
    for (const s of schemas) expect(typeof precompiled[s.$id], s.$id).toBe('function');
    expect(precompiled['@culprit/schemas-hash']).toBe(hash);
  });

  it('agrees with run-time compilation on the shipped topology, rule packs and rules', () => {
    const topology = parse(readFileSync(packagePath('knowledge-graph', 'shop.yaml'), 'utf8'));
    const id = 'https://culprit.dev/schemas/topology.schema.json';
    agree(id, precompiled[id] as Validate, runtimeOf(id), topology);
    const packId = 'https://culprit.dev/schemas/rule-pack.schema.json';
    for (const pack of readdirSync(packagePath('rules'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    )) {
      const doc = parse(readFileSync(packagePath('rules', pack.name, 'pack.yaml'), 'utf8'));
      agree(packId, precompiled[packId] as Validate, runtimeOf(packId), doc);
    }
  });

  it('agrees with run-time compilation on mutated topologies (verdict, errors, defaults)', () => {
    const id = 'https://culprit.dev/schemas/topology.schema.json';
    const base = parse(readFileSync(packagePath('knowledge-graph', 'shop.yaml'), 'utf8')) as {
      components: Record<string, unknown>[];
    };
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()));
    fc.assert(
      fc.property(
        fc.nat({ max: base.components.length - 1 }),
        fc.constantFrom(
          'id',
          'kind',
          'team',
          'aliases',
          'dependsOn',
          'kubernetes',
          'tags',
          'bogus',
          'labels',
        ),
        value,
        (i, key, v) => {
          const doc = structuredClone(base);
          doc.components[i]![key] = v;
          agree(id, precompiled[id] as Validate, runtimeOf(id), doc);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('precompiles a plugin config schema under the hash of its JSON, with its defaults', () => {
    const compiled = precompiled[schemaKey(kubernetesConfigSchema)] as Validate;
    expect(typeof compiled).toBe('function');
    const reference = runtime.compile(kubernetesConfigSchema) as unknown as Validate;
    agree('kubernetes config', compiled, reference, {});
    agree('kubernetes config', compiled, reference, { requestTimeoutMs: 5, bogus: 1 });
    agree('kubernetes config', compiled, reference, { clusters: { 'Bad Name': {} } });
  });
});
