import { describe, expect, it } from 'vitest';
import { dispatchCollectors, type RegisteredCollector } from '../../src/plugins/index.js';
import { PluginError, type Collector, type Evidence } from '../../src/sdk/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [
    { id: 'api', kind: 'service' },
    { id: 'db', kind: 'database' },
  ],
});
const nodes = [graph.component('api')!, graph.component('db')!];
const incident = {
  id: 'i',
  description: '',
  source: 'test',
  labels: {},
  entities: [],
  createdAt: '2026-01-01T00:00:00Z',
};
const window = { from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' };
const evidence = (node: string, attributes: Evidence['attributes'] = { ok: true }): Evidence => ({
  node,
  source: 'test',
  kind: 'test.fact',
  attributes,
  observedAt: '2026-01-01T00:00:00Z',
});
const reg = (collector: Collector): RegisteredCollector => ({ pluginId: 'test', collector });
const dispatch = (collectors: Collector[], limits = {}, signal?: AbortSignal) =>
  dispatchCollectors({
    collectors: collectors.map(reg),
    incident,
    nodes,
    window,
    graph,
    limits,
    ...(signal ? { signal } : {}),
  });

const healthy: Collector = {
  id: 'healthy',
  collect: async (scope) => ({ evidence: scope.nodes.map((n) => evidence(n.id)) }),
};

describe('collector dispatch', () => {
  it('a collector that never settles, one that throws and one returning 50 MB: the rest is kept, each failure recorded', async () => {
    const hangs: Collector = { id: 'hangs', collect: () => new Promise(() => undefined) };
    const throws: Collector = {
      id: 'throws',
      collect: async () => {
        throw new Error('kaboom');
      },
    };
    const huge: Collector = {
      id: 'huge',
      collect: async () => ({
        evidence: Array.from({ length: 50 }, () => evidence('api', { blob: 'x'.repeat(1024 * 1024) })),
      }),
    };
    const started = Date.now();
    const result = await dispatch([hangs, throws, huge, healthy], { collectorTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    const status = Object.fromEntries(result.runs.map((r) => [r.collector, r.status]));
    expect(status).toEqual({ hangs: 'timeout', throws: 'error', huge: 'truncated', healthy: 'ok' });
    expect(
      result.evidence
        .filter((e) => e.source === 'test' && e.kind === 'test.fact' && !('blob' in e.attributes))
        .map((e) => e.node),
    ).toEqual(['api', 'db']);
    const statusEvidence = result.evidence.filter((e) => e.kind === 'collector.status');
    expect(new Set(statusEvidence.map((e) => `${e.attributes.collector}:${e.attributes.status}`))).toEqual(
      new Set(['hangs:timeout', 'throws:error', 'huge:truncated']),
    );
    const kept = result.evidence.filter((e) => 'blob' in e.attributes).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(50);
  });

  it('an in-process collector that blocks the thread past its deadline is a timeout, not ok; the collector it delayed is not blamed', async () => {
    const spins: Collector = {
      id: 'spins',
      collect: async (scope) => {
        const until = Date.now() + 400;
        while (Date.now() < until) {
          // a synchronous loop: the deadline timer cannot fire
        }
        return { evidence: scope.nodes.map((n) => evidence(n.id)) };
      },
    };
    const result = await dispatch([healthy, spins], { collectorTimeoutMs: 200 });
    const status = Object.fromEntries(result.runs.map((r) => [r.collector, [r.status, r.code]]));
    expect(status).toEqual({
      healthy: ['ok', undefined],
      spins: ['timeout', 'ERR_PLUGIN_COLLECTOR_TIMEOUT'],
    });
  });

  it('scrubs credential-shaped strings from what collectors return', async () => {
    const logsCollector: Collector = {
      id: 'logs',
      collect: async () => ({
        evidence: [evidence('api', { line: 'auth with AKIAIOSFODNN7EXAMPLE failed', n: 1 })],
      }),
    };
    const result = await dispatch([logsCollector]);
    expect(result.evidence[0]!.attributes).toEqual({ line: 'auth with [redacted] failed', n: 1 });
  });

  it('drops schema-invalid items and evidence about nodes outside its scope', async () => {
    const sloppy: Collector = {
      id: 'sloppy',
      collect: async () => ({
        evidence: [evidence('api'), { node: 'api' } as unknown as Evidence, evidence('elsewhere')],
      }),
    };
    const result = await dispatch([sloppy]);
    expect(result.runs[0]).toMatchObject({ status: 'invalid', evidence: 1 });
    expect(result.evidence.filter((e) => e.kind === 'test.fact').map((e) => e.node)).toEqual(['api']);
  });

  it('retries only errors the plugin marks retryable, honouring Retry-After within the deadline', async () => {
    let attempts = 0;
    const flaky: Collector = {
      id: 'flaky',
      collect: async (scope) => {
        attempts++;
        if (attempts < 3) throw new PluginError('503 from upstream', { retryable: true, retryAfterMs: 50 });
        return { evidence: scope.nodes.map((n) => evidence(n.id)) };
      },
    };
    const result = await dispatch([flaky], { maxRetries: 2 });
    expect(attempts).toBe(3);
    expect(result.runs[0]).toMatchObject({ status: 'ok', attempts: 3 });

    let denied = 0;
    const forbidden: Collector = {
      id: 'forbidden',
      collect: async () => {
        denied++;
        throw new PluginError('403 pods is forbidden', { status: 'permission-denied' });
      },
    };
    const r2 = await dispatch([forbidden]);
    expect(denied).toBe(1);
    expect(r2.runs[0]).toMatchObject({ status: 'permission-denied', attempts: 1 });
  });

  it('never waits for a Retry-After beyond the deadline', async () => {
    let attempts = 0;
    const slow: Collector = {
      id: 'slow',
      collect: async () => {
        attempts++;
        throw new PluginError('429', { retryable: true, retryAfterMs: 10_000 });
      },
    };
    const started = Date.now();
    const result = await dispatch([slow], { collectorTimeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(attempts).toBe(1);
    expect(result.runs[0]!.status).toBe('error');
  });

  it('passes an AbortSignal that fires at the deadline and when the caller aborts', async () => {
    let seen: AbortSignal | undefined;
    const watcher: Collector = {
      id: 'watcher',
      collect: (_s, ctx) => {
        seen = ctx.signal;
        return new Promise((_, reject) =>
          ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      },
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await dispatch([watcher], { collectorTimeoutMs: 5_000 }, controller.signal);
    expect(seen?.aborted).toBe(true);
    expect(result.runs[0]!.status).not.toBe('ok');
  });

  it('runs at most `concurrency` collectors at once', async () => {
    let running = 0;
    let peak = 0;
    const slow = (id: string): Collector => ({
      id,
      collect: async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 30));
        running--;
        return { evidence: [] };
      },
    });
    await dispatch(['a', 'b', 'c', 'd', 'e', 'f'].map(slow), { concurrency: 2 });
    expect(peak).toBe(2);
  });

  it('gives each collector only the nodes it applies to', async () => {
    const dbOnly: Collector = {
      id: 'db-only',
      appliesTo: (c) => c.kind === 'database',
      collect: async (scope) => ({ evidence: scope.nodes.map((n) => evidence(n.id)) }),
    };
    const result = await dispatch([dbOnly]);
    expect(result.evidence.map((e) => e.node)).toEqual(['db']);
  });

  it("maps the shared policy onto collector status: its deadline, the caller abort, the plugin's own upstream timeout", async () => {
    const hangs: Collector = { id: 'hangs', collect: () => new Promise(() => undefined) };
    const upstream: Collector = {
      id: 'upstream',
      collect: async () => {
        throw new PluginError('kube-apiserver did not answer', {
          code: 'ERR_PLUGIN_UPSTREAM_TIMEOUT',
          status: 'timeout',
        });
      },
    };
    const r1 = await dispatch([hangs, upstream], { collectorTimeoutMs: 200 });
    const byId = Object.fromEntries(r1.runs.map((r) => [r.collector, [r.status, r.code, r.attempts]]));
    expect(byId).toEqual({
      hangs: ['timeout', 'ERR_PLUGIN_COLLECTOR_TIMEOUT', 1],
      upstream: ['timeout', 'ERR_PLUGIN_UPSTREAM_TIMEOUT', 1],
    });

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const r2 = await dispatch([hangs], { collectorTimeoutMs: 5_000 }, controller.signal);
    expect(r2.runs[0]).toMatchObject({ status: 'unavailable', code: 'ERR_ABORTED' });
  });

  it('never retries a retryable error that carries a 4xx answer other than 408/429', async () => {
    let calls = 0;
    const refused: Collector = {
      id: 'refused',
      collect: async () => {
        calls++;
        throw new PluginError('400 bad selector', { retryable: true, details: { httpStatus: 400 } });
      },
    };
    const result = await dispatch([refused], { maxRetries: 3, retryBaseMs: 1 });
    expect(calls).toBe(1);
    expect(result.runs[0]).toMatchObject({ status: 'error', attempts: 1 });
  });
});
