// Loading scenarios and corpora: the schema's closed lists, located coded problems, corpus floors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCulpritError, type CulpritError } from '../../src/errors/index.js';
import {
  checkScenario,
  loadCorpus,
  loadScenario,
  scenarioCauses,
  scenarioTraits,
} from '../../src/eval/index.js';
import { CAUSES } from '../../src/rules/causes.js';

const FIXTURE = resolve('test/fixtures/eval-corpus');
const tmp = mkdtempSync(join(tmpdir(), 'culprit-eval-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the fixture scenario redis-cart-oom with scenario.yaml replaced by `yaml`. */
function scenarioWith(name: string, edit: (yaml: string) => string): string {
  const dir = join(tmp, 'shop', name);
  cpSync(join(FIXTURE, 'shop', 'redis-cart-oom'), dir, { recursive: true });
  const original = readFileSync(join(dir, 'scenario.yaml'), 'utf8')
    .replace('id: shop/redis-cart-oom', `id: shop/${name}`)
    .replace('../../../../../knowledge-graph/shop.yaml', resolve('knowledge-graph/shop.yaml'));
  writeFileSync(join(dir, 'scenario.yaml'), edit(original));
  return dir;
}

async function problemsOf(dir: string) {
  const { problems } = await checkScenario(dir);
  return problems.map((p) => ({ code: p.code, line: p.line, pointer: p.pointer }));
}

describe('the scenario schema', () => {
  it('names every cause of the vocabulary except unknown', () => {
    expect([...scenarioCauses()].sort()).toEqual(
      Object.keys(CAUSES)
        .filter((c) => c !== 'unknown')
        .sort(),
    );
  });

  it('has the closed trait list of the corpus format', () => {
    expect(scenarioTraits()).toContain('no-fault');
    expect(scenarioTraits()).toHaveLength(19);
  });
});

describe('loadScenario', () => {
  it('loads a fixture scenario with its topology and expected answer', async () => {
    const s = await loadScenario(join(FIXTURE, 'shop', 'redis-cart-oom'));
    expect(s).toMatchObject({
      id: 'shop/redis-cart-oom',
      split: 'dev',
      incidentTime: '2026-11-22T14:30:00.000Z',
      expected: { component: 'redis-cart', cause: 'oom-killed' },
      noFault: false,
      traits: ['louder-dependents', 'time-expression'],
    });
    expect(s.graph.has('redis-cart')).toBe(true);
  });

  it('an unknown cause is a schema problem at its line', async () => {
    const dir = scenarioWith('bad-cause', (y) => y.replace('cause: oom-killed }', 'cause: oom }'));
    expect(await problemsOf(dir)).toEqual([
      { code: 'ERR_SCHEMA_INVALID', line: 7, pointer: '/expected/cause' },
    ]);
  });

  it('an unknown trait, a missing incidentTime and an extra field are all reported', async () => {
    const dir = scenarioWith(
      'several',
      (y) =>
        y.replace('time-expression]', 'time-expresion]').replace(/^incidentTime:.*\n/m, '') + 'owner: me\n',
    );
    const codes = (await problemsOf(dir)).map((p) => `${p.code} ${p.pointer}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'ERR_SCHEMA_INVALID ',
        'ERR_SCHEMA_INVALID /traits/1',
        'ERR_SCHEMA_INVALID /owner',
      ]),
    );
  });

  it('a fault scenario needs expected; a no-fault one must not have it', async () => {
    const missing = scenarioWith('no-expected', (y) => y.replace(/^expected:.*\n/m, ''));
    expect((await problemsOf(missing)).map((p) => p.code)).toContain('ERR_SCHEMA_INVALID');
    const both = scenarioWith('both', (y) => `${y}noFault: true\n`);
    expect((await problemsOf(both)).map((p) => p.pointer)).toContain('/expected');
  });

  it('an id that is not <system>/<folder> is ERR_EVAL_ID_MISMATCH', async () => {
    const dir = scenarioWith('renamed', (y) => y.replace('id: shop/renamed', 'id: shop/other'));
    expect(await problemsOf(dir)).toEqual([{ code: 'ERR_EVAL_ID_MISMATCH', line: 1, pointer: '/id' }]);
  });

  it('an expected component the topology lacks is ERR_EVAL_UNKNOWN_COMPONENT at its line', async () => {
    const dir = scenarioWith('ghost', (y) =>
      y.replace('- { component: redis-cart', '- { component: redis-kart'),
    );
    expect(await problemsOf(dir)).toEqual([
      { code: 'ERR_EVAL_UNKNOWN_COMPONENT', line: 9, pointer: '/alsoAcceptable/0/component' },
    ]);
  });

  it('a topology that does not load reports its own problems', async () => {
    const dir = scenarioWith('no-topology', (y) => y.replace(/^topology:.*$/m, 'topology: ./missing.yaml'));
    expect((await problemsOf(dir)).map((p) => p.code)).toEqual(['ERR_FILE_NOT_FOUND']);
  });
});

describe('loadCorpus', () => {
  it('finds every scenario under a root, sorted, with the corpus floors', async () => {
    const corpus = await loadCorpus([FIXTURE]);
    expect(corpus.scenarios.map((s) => s.id)).toEqual([
      'shop/checkout-deploy-errors',
      'shop/healthy-with-decoys',
      'shop/node-b-not-ready',
      'shop/payment-crash-loop',
      'shop/redis-cart-oom',
    ]);
    expect(corpus.config.thresholds?.test).toEqual({ ac1: 1, highPrecision: 1 });
    // Both topologies are the same file: it is loaded once.
    expect(new Set(corpus.scenarios.map((s) => s.graph)).size).toBe(1);
  });

  it('one scenario folder is a corpus too', async () => {
    const corpus = await loadCorpus([join(FIXTURE, 'shop', 'payment-crash-loop')]);
    expect(corpus.scenarios.map((s) => s.id)).toEqual(['shop/payment-crash-loop']);
  });

  it('no scenario at all is ERR_EVAL_NO_SCENARIOS; a bad scenario fails the whole load', async () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    const err = await loadCorpus([empty]).catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_EVAL_NO_SCENARIOS');
    const bad = scenarioWith('bad-in-corpus', (y) => y.replace('split: dev', 'split: train'));
    const err2 = (await loadCorpus([bad]).catch((e: unknown) => e)) as CulpritError;
    expect(err2.code).toBe('ERR_SCHEMA_INVALID');
  });

  it('a corpus.yaml with an unknown floor is a located schema problem', async () => {
    const root = mkdtempSync(join(tmp, 'corpus-'));
    cpSync(join(FIXTURE, 'shop', 'payment-crash-loop'), join(root, 'shop', 'payment-crash-loop'), {
      recursive: true,
    });
    writeFileSync(
      join(root, 'shop', 'payment-crash-loop', 'scenario.yaml'),
      readFileSync(join(FIXTURE, 'shop', 'payment-crash-loop', 'scenario.yaml'), 'utf8').replace(
        '../../../../../knowledge-graph/shop.yaml',
        resolve('knowledge-graph/shop.yaml'),
      ),
    );
    writeFileSync(join(root, 'corpus.yaml'), 'thresholds:\n  test:\n    ac5: 0.9\n');
    const err = (await loadCorpus([root]).catch((e: unknown) => e)) as CulpritError;
    expect(err.code).toBe('ERR_SCHEMA_INVALID');
    expect(err.details).toMatchObject({ line: 3, pointer: '/thresholds/test/ac5' });
  });
});
