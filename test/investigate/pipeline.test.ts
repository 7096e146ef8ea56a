// The pipeline through createEngine: evidence order and out-of-scope evidence never change the
// report, events arrive in order (listener and async iterator), failing plugins degrade, not crash.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { definePlugin, PluginError, type Evidence, type InvestigationEvent } from '../../src/sdk/index.js';
import { AT, healthyShop, logs, pods, withFaults } from '../helpers/shop-evidence.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules', clock: () => new Date(AT) });
});

const faulty = withFaults(
  healthyShop(),
  pods('redis-cart', { oomKilledRecent: 1, notReady: 1, ready: 0, total: 1 }),
  pods('cart', { crashLoopBackOff: 1, restartsRecent: 4, notReady: 1 }),
  logs('cart', { errorLines: 30, unreachable: ['redis-cart'] }),
);
const input = { id: 'inc-order', description: 'cart keeps restarting', createdAt: AT };

describe('the investigation pipeline', () => {
  it('gives the same report whatever order the evidence arrives in', async () => {
    const base = await engine.investigate(input, faulty);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(faulty.evidence, { minLength: faulty.evidence.length }),
        async (shuffled) => {
          const again = await engine.investigate(input, {
            evidence: shuffled,
            discovered: [...faulty.discovered].reverse(),
          });
          expect(again.report).toEqual(base.report);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('ignores evidence about components outside the scope', async () => {
    const base = await engine.investigate(input, faulty);
    expect(base.report.scope.nodes).not.toContain('ad');
    const noisy: Evidence[] = [
      ...faulty.evidence,
      pods('ad', { crashLoopBackOff: 5, oomKilledRecent: 3, restartsRecent: 20 }),
      logs('payment', { errorLines: 900 }),
    ];
    const again = await engine.investigate(input, { evidence: noisy, discovered: faulty.discovered });
    expect(again.report).toEqual(base.report);
  });

  it('emits every stage in order, to a listener and through the async iterator', async () => {
    const seen: InvestigationEvent[] = [];
    await engine.investigate(input, { ...faulty, onEvent: (e) => seen.push(e) });
    expect(seen.map((e) => e.seq)).toEqual(seen.map((_, i) => i + 1));
    const types = [...new Set(seen.map((e) => e.type))];
    expect(types[0]).toBe('investigation.started');
    expect(types).toContain('scope.resolved');
    expect(types.at(-1)).toBe('report.ready');

    const iterated: string[] = [];
    for await (const e of engine.events({ ...input, id: 'inc-iter' })) iterated.push(e.type);
    expect(iterated[0]).toBe('investigation.started');
    expect(iterated.at(-1)).toBe('report.ready');
  });

  it('records the evidence tape with everything it saw', async () => {
    const { tape, report } = await engine.investigate(input, faulty);
    expect(tape.version).toBe(1);
    expect(tape.report).toEqual(report);
    expect(tape.evidence.length).toBeGreaterThan(10);
    expect(tape.scope.named).toEqual(['cart']);
  });
});

describe('the second look', () => {
  // "ads are broken": ad is healthy; the frontend's page also asks currency, which is down. Currency is
  // outside the first scope (ad, its dependencies, its callers), so only the second look finds it.
  const siblingDown = withFaults(
    healthyShop(),
    pods('currency', { crashLoopBackOff: 3, restartsRecent: 9, notReady: 3, ready: 0 }),
    logs('frontend', { errorLines: 40, connectionRefused: 40, unreachable: ['currency'] }),
  );
  const adsBroken = { id: 'inc-sibling', description: 'ads are broken on the home page', createdAt: AT };
  const collectingEngine = (asked: string[][], widen?: boolean) =>
    createEngine({
      topology: 'knowledge-graph',
      rules: 'rules',
      clock: () => new Date(AT),
      ...(widen === undefined ? {} : { scope: { widen } }),
      plugins: [
        {
          plugin: definePlugin({
            manifest: {
              id: 'recorded',
              name: 'culprit-plugin-recorded',
              version: '1.0.0',
              engine: '*',
              provides: { collectors: ['recorded'] },
            },
            setup(ctx) {
              ctx.registerCollector({
                id: 'recorded',
                collect: async (scope) => {
                  asked.push(scope.nodes.map((n) => n.id).sort());
                  const ids = new Set(scope.nodes.map((n) => n.id));
                  return { evidence: siblingDown.evidence.filter((e) => ids.has(e.node)) };
                },
              });
            },
          }) as never,
        },
      ],
    });

  it("an inconclusive first look widens to the callers' other dependencies and collects there", async () => {
    const asked: string[][] = [];
    const seen: InvestigationEvent[] = [];
    const widening = await collectingEngine(asked);
    try {
      const { report, tape } = await widening.investigate(adsBroken, {
        onEvent: (e) => seen.push(e),
      });
      expect(asked).toHaveLength(2);
      expect(asked[0]).toContain('ad');
      expect(asked[0]).not.toContain('currency');
      expect(asked[1]).toEqual(expect.arrayContaining([...asked[0]!, 'currency', 'checkout']));
      const scopes = seen
        .filter((e) => e.type === 'scope.resolved')
        .map((e) => e.data as { widened?: string[] });
      expect(scopes).toHaveLength(2);
      expect(scopes[0]!.widened).toBeUndefined();
      expect(scopes[1]!.widened).toContain('currency');
      expect(report.scope.named).toEqual(['ad']);
      expect(report.scope.nodes).toContain('currency');
      expect(report.hypotheses[0]).toMatchObject({ node: 'currency' });
      expect(tape.scope.nodes).toEqual(report.scope.nodes);
    } finally {
      await widening.close();
    }
  });

  it('scope.widen false keeps the first look', async () => {
    const asked: string[][] = [];
    const narrow = await collectingEngine(asked, false);
    try {
      const { report } = await narrow.investigate(adsBroken);
      expect(asked).toHaveLength(1);
      expect(report.scope.nodes).not.toContain('currency');
      expect(report.hypotheses.some((h) => h.node === 'currency')).toBe(false);
    } finally {
      await narrow.close();
    }
  });

  it('a conclusive first look is not widened', async () => {
    const asked: string[][] = [];
    const widening = await collectingEngine(asked);
    try {
      const { report } = await widening.investigate({
        ...adsBroken,
        description: 'currency conversion is down',
      });
      expect(report.conclusive).toBe(true);
      expect(asked).toHaveLength(1);
    } finally {
      await widening.close();
    }
  });
});

describe('the second look from the front door (the incident named nothing)', () => {
  const sawFront = (entities: readonly { node: string }[]) => entities.some((e) => e.node === 'frontend');
  const frontEngine = (asked: { node: string; via?: string }[][], answer: boolean) =>
    createEngine({
      topology: 'knowledge-graph',
      rules: 'rules',
      clock: () => new Date(AT),
      plugins: [
        {
          plugin: definePlugin({
            manifest: {
              id: 'front',
              name: 'culprit-plugin-front',
              version: '1.0.0',
              engine: '*',
              provides: { collectors: ['front'] },
            },
            setup(ctx) {
              ctx.registerCollector({
                id: 'front',
                // Only a look at the frontend as named finds what it fails toward.
                collect: async (scope) => {
                  asked.push(scope.incident.entities.map((e) => ({ node: e.node, via: e.via })));
                  const ids = new Set(scope.nodes.map((n) => n.id));
                  const siblingDown = withFaults(
                    healthyShop(),
                    pods('currency', { crashLoopBackOff: 3, restartsRecent: 9, notReady: 3, ready: 0 }),
                  );
                  return {
                    evidence:
                      answer && sawFront(scope.incident.entities)
                        ? siblingDown.evidence.filter((e) => ids.has(e.node))
                        : [],
                  };
                },
              });
            },
          }) as never,
        },
      ],
    });
  const vague = { id: 'inc-vague', description: 'customers see errors since 10:00', createdAt: AT };

  it('asks the collectors again with the frontends as named, and keeps that look when it concludes', async () => {
    const asked: { node: string; via?: string }[][] = [];
    const engine = await frontEngine(asked, true);
    try {
      const { report, incident } = await engine.investigate(vague);
      expect(asked).toHaveLength(2);
      expect(asked[0]).toEqual([]);
      expect(asked[1]).toEqual([{ node: 'frontend', via: 'frontend' }]);
      expect(incident.entities).toEqual([]);
      expect(report.conclusive).toBe(true);
      expect(report.scope.named).toEqual(['frontend']);
      expect(report.hypotheses[0]).toMatchObject({ node: 'currency' });
    } finally {
      await engine.close();
    }
  });

  it('keeps the first look when the second does not conclude either', async () => {
    const asked: { node: string; via?: string }[][] = [];
    const engine = await frontEngine(asked, false);
    try {
      const { report } = await engine.investigate(vague);
      expect(asked).toHaveLength(2);
      expect(report.conclusive).toBe(false);
      expect(report.scope.named).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});

describe('plugins that misbehave', () => {
  it('a collector that never settles, one that throws and one returning 50 MB: the report arrives and names what is missing', async () => {
    const plugin = definePlugin({
      manifest: {
        id: 'chaos',
        name: 'culprit-plugin-chaos',
        version: '1.0.0',
        engine: '*',
        provides: { collectors: ['hangs', 'throws', 'huge', 'pods'] },
      },
      setup(ctx) {
        ctx.registerCollector({ id: 'hangs', collect: () => new Promise(() => undefined) });
        ctx.registerCollector({
          id: 'throws',
          collect: async () => {
            throw new PluginError('upstream said 500', { retryable: false });
          },
        });
        ctx.registerCollector({
          id: 'huge',
          collect: async (scope) => ({
            evidence: Array.from({ length: 50 }, () => ({
              node: scope.nodes[0]!.id,
              source: 'huge',
              kind: 'huge.blob',
              attributes: { blob: 'x'.repeat(1 << 20) },
              observedAt: AT,
            })),
          }),
        });
        ctx.registerCollector({
          id: 'pods',
          collect: async (scope) => ({
            evidence: faulty.evidence.filter((e) => scope.nodes.some((n) => n.id === e.node)),
          }),
        });
      },
    });
    const chaotic = await createEngine({
      topology: 'knowledge-graph',
      rules: 'rules',
      clock: () => new Date(AT),
      plugins: [{ plugin: plugin as never }],
      limits: { collectorTimeoutMs: 500 },
    });
    try {
      const started = Date.now();
      const { report } = await chaotic.investigate(input);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(report.hypotheses[0]).toMatchObject({ node: 'redis-cart', cause: 'oom-killed' });
      const missing = new Set(report.missingEvidence.map((m) => `${m.source}:${m.status}`));
      expect(missing).toEqual(new Set(['hangs:timeout', 'throws:error', 'huge:truncated']));
    } finally {
      await chaotic.close();
    }
  });

  it('a failing notifier is reported as notification.failed and never changes the report', async () => {
    const notifier = definePlugin({
      manifest: {
        id: 'pager',
        name: 'culprit-plugin-pager',
        version: '1.0.0',
        engine: '*',
        provides: { notifiers: ['pager'] },
      },
      setup(ctx) {
        ctx.registerNotifier({
          id: 'pager',
          events: ['report.ready'],
          notify: async () => {
            throw new Error('pager down');
          },
        });
      },
    });
    const noisy = await createEngine({
      topology: 'knowledge-graph',
      rules: 'rules',
      clock: () => new Date(AT),
      plugins: [{ plugin: notifier as never }],
    });
    try {
      const events: InvestigationEvent[] = [];
      const { report } = await noisy.investigate(input, { ...faulty, onEvent: (e) => events.push(e) });
      const baseline = await engine.investigate(input, faulty);
      expect(report).toEqual(baseline.report);
      expect(events.filter((e) => e.type === 'notification.failed').map((e) => e.data)).toEqual([
        { notifier: 'pager', event: 'report.ready', reason: 'pager down' },
      ]);
    } finally {
      await noisy.close();
    }
  });

  it('rejects an unknown explicit component with a coded error', async () => {
    await expect(engine.investigate({ description: 'x', entities: ['nope'] })).rejects.toMatchObject({
      code: 'ERR_ENGINE_UNKNOWN_COMPONENT',
    });
  });
});
