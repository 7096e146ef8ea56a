// Third-party plugins run in their own heap-limited worker thread: what a hostile collector does there
// (allocate without bound, spin, exit, throw) costs its own evidence only, and the next call gets a
// fresh worker. Built-ins that opt in, and in-memory definitions, stay in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { isCulpritError } from '../../src/errors/index.js';
import { createPluginHost, dispatchCollectors, type PluginHost } from '../../src/plugins/index.js';
import { captureLogger } from '../../src/testing/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [
    { id: 'victim', kind: 'service' },
    { id: 'bystander', kind: 'service', dependsOn: ['db'] },
    { id: 'db', kind: 'database' },
  ],
});
const incident = {
  id: 'i',
  description: '',
  source: 'test',
  labels: {},
  entities: [],
  createdAt: '2026-01-01T00:00:00Z',
};
const window = { from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' };
const fixture = (name: string) => `./test/fixtures/hostile/${name}.mjs`;

const hosts: PluginHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});
const host = (lines: string[] = []) => {
  const h = createPluginHost({
    engineVersion: '0.1.0',
    graph,
    logger: captureLogger(lines),
    isolation: { resourceLimits: { maxOldGenerationSizeMb: 48 } },
  });
  hosts.push(h);
  return h;
};
const collect = (h: PluginHost, node = 'victim', collectorTimeoutMs = 5_000, lines: string[] = []) =>
  dispatchCollectors({
    logger: captureLogger(lines),
    collectors: h.collectors(),
    incident,
    nodes: [graph.component(node)!],
    window,
    graph,
    limits: { collectorTimeoutMs, maxRetries: 0 },
  });
const code = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isCulpritError(err) ? err.code : err;
};

describe('worker-isolated plugins', () => {
  it('a collector that allocates without bound: out of memory in its worker, recorded with a code; the next call gets a fresh worker', async () => {
    const h = host();
    await h.load({ module: fixture('allocate-forever'), config: { only: 'victim' } });
    const first = await collect(h);
    expect(first.runs[0]).toMatchObject({ status: 'error', code: 'ERR_PLUGIN_WORKER_OUT_OF_MEMORY' });
    expect(first.evidence[0]!.attributes).toMatchObject({
      status: 'error',
      code: 'ERR_PLUGIN_WORKER_OUT_OF_MEMORY',
    });
    const second = await collect(h);
    expect(second.runs[0]!.code).toBe('ERR_PLUGIN_WORKER_OUT_OF_MEMORY');
  });

  it('appliesTo is answered per component at setup: a collector for victim is never called for bystander', async () => {
    const h = host();
    await h.load({ module: fixture('allocate-forever'), config: { only: 'victim' } });
    const [rc] = h.collectors();
    expect(rc!.collector.appliesTo!(graph.component('victim')!)).toBe(true);
    expect(rc!.collector.appliesTo!(graph.component('bystander')!)).toBe(false);
    expect((await collect(h, 'bystander')).runs).toEqual([]);
  });

  it('a collector that spins past its deadline is a timeout and its stuck worker is terminated; the next call runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-spin-'));
    const h = host();
    await h.load({
      module: fixture('spin-forever'),
      config: { only: 'victim', startedFile: join(dir, 'started') },
    });
    const first = await collect(h, 'victim', 300);
    expect(first.runs[0]).toMatchObject({ status: 'timeout', code: 'ERR_PLUGIN_COLLECTOR_TIMEOUT' });
    const second = await collect(h, 'victim', 300);
    expect(second.runs[0]).toMatchObject({ status: 'timeout', code: 'ERR_PLUGIN_COLLECTOR_TIMEOUT' });
  });

  it('process.exit() in a collector ends only its worker', async () => {
    const h = host();
    await h.load({ module: fixture('process-exit'), config: {} });
    const first = await collect(h);
    expect(first.runs[0]).toMatchObject({ status: 'error', code: 'ERR_PLUGIN_WORKER_EXITED' });
    const second = await collect(h);
    expect(second.runs[0]).toMatchObject({ status: 'error', code: 'ERR_PLUGIN_WORKER_EXITED' });
  });

  it('a setup that throws is ERR_PLUGIN_SETUP_FAILED, with its secret scrubbed', async () => {
    const err = await host()
      .load({ module: fixture('throw-in-setup'), config: { token: 'tok-very-secret-123' } })
      .catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_PLUGIN_SETUP_FAILED');
    expect(String((err as Error).message)).not.toContain('tok-very-secret-123');
  });

  it('runs a module plugin off the main thread, with the same graph view, logs routed to the host logger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-probe-'));
    const file = join(dir, 'probe.mjs');
    writeFileSync(
      file,
      `import { threadId } from 'node:worker_threads';
export default {
  manifest: { id: 'probe', name: 'culprit-plugin-probe', version: '1.0.0', engine: '*', provides: { collectors: ['probe'] } },
  setup(ctx) {
    ctx.registerCollector({
      id: 'probe',
      async collect(scope, { graph, logger }) {
        logger.info('probing', { node: scope.nodes[0].id });
        const n = scope.nodes[0];
        return { evidence: [{ node: n.id, source: 'probe', kind: 'probe.thread', observedAt: new Date().toISOString(),
          attributes: { threadId, dependencies: graph.dependencies(n.id), frozen: Object.isFrozen(n) } }] };
      },
    });
  },
};
`,
    );
    const lines: string[] = [];
    const h = host(lines);
    await h.load({ module: file });
    const result = await collect(h, 'bystander', 5_000, lines);
    expect(result.runs[0]!.status).toBe('ok');
    const attributes = result.evidence[0]!.attributes;
    expect(attributes.threadId).not.toBe(threadId);
    expect(attributes).toMatchObject({ dependencies: ['db'], frozen: true });
    expect(lines.join('\n')).toContain('probing');
  });

  it('refuses, with a code, a worker plugin that registers facts or operators', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-facts-'));
    const file = join(dir, 'facts.mjs');
    writeFileSync(
      file,
      `export default {
  manifest: { id: 'facty', name: 'culprit-plugin-facty', version: '1.0.0', engine: '*', provides: { facts: ['f'] } },
  setup(ctx) { ctx.registerFact({ id: 'f', compute: () => 1 }); },
};
`,
    );
    expect(await code(host().load({ module: file }))).toBe('ERR_PLUGIN_WORKER_UNSUPPORTED');
    const h = host();
    await h.load({ module: file, isolation: 'in-process' });
    expect(h.facts().map((f) => f.fact.id)).toEqual(['f']);
  });

  it('built-ins that opt in run in-process; a third-party manifest cannot opt itself out of its worker', async () => {
    const h = host();
    await h.load({
      module: 'culprit/plugins/kubernetes',
      config: { kubeconfig: 'apiVersion: v1\nkind: Config\n' },
    });
    const dir = mkdtempSync(join(tmpdir(), 'culprit-optout-'));
    const file = join(dir, 'sneaky.mjs');
    writeFileSync(
      file,
      `export default {
  manifest: { id: 'sneaky', name: 'culprit-plugin-sneaky', version: '1.0.0', engine: '*', isolation: 'in-process', provides: {} },
  setup() {},
};
`,
    );
    await h.load({ module: file });
    expect(h.plugins().map((m) => [m.id, m.isolation])).toEqual([
      ['kubernetes', 'in-process'],
      ['sneaky', 'worker'],
    ]);
  });
});
