// Through the real server factory: a hostile third-party collector in one incident and a normal one in
// another, running at once. The innocent incident completes normally; the hostile one completes with
// that collector's failure as coded evidence; the API keeps answering while a collector spins.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { definePlugin } from '../../src/sdk/index.js';
import { startHarness, type Harness } from './server-harness.js';

// The innocent plugin, in memory (so in-process): one fact about bystander.
const innocent = definePlugin({
  manifest: {
    id: 'innocent',
    name: 'culprit-plugin-innocent',
    version: '1.0.0',
    engine: '*',
    provides: { collectors: ['innocent'] },
  },
  setup(ctx) {
    ctx.registerCollector({
      id: 'innocent',
      appliesTo: (c) => c.id === 'bystander',
      collect: async (scope) => ({
        evidence: scope.nodes.map((n) => ({
          node: n.id,
          source: 'innocent',
          kind: 'innocent.fact',
          attributes: { fine: true },
          observedAt: new Date().toISOString(),
        })),
      }),
    });
  },
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const hostile = (name: string, config: Record<string, unknown> = {}) => ({
  module: `./test/fixtures/hostile/${name}.mjs`,
  config: { only: 'victim', ...config },
  resourceLimits: { maxOldGenerationSizeMb: 48 },
});

async function bothAtOnce(h: Harness) {
  const [victim, bystander] = await Promise.all([h.submit('victim'), h.submit('bystander')]);
  return { victim: await h.finished(victim), bystander: await h.finished(bystander) };
}

function expectInnocentUntouched(bystander: Awaited<ReturnType<Harness['finished']>>) {
  expect(bystander.status).toBe('completed');
  expect(bystander.attempts).toBe(1);
  expect(bystander.missing_evidence).toEqual([]);
}

describe('plugin isolation, through the server', () => {
  it.each([
    ['allocate-forever', 'ERR_PLUGIN_WORKER_OUT_OF_MEMORY'],
    ['process-exit', 'ERR_PLUGIN_WORKER_EXITED'],
  ])(
    '%s in one incident: that incident completes with the failure as evidence, the other completes normally',
    { timeout: 60_000 },
    async (name, code) => {
      harness = await startHarness([hostile(name), { plugin: innocent as never }]);
      const { victim, bystander } = await bothAtOnce(harness);
      expectInnocentUntouched(bystander);
      expect(victim.status).toBe('completed');
      expect(victim.attempts).toBe(1);
      expect(victim.missing_evidence).toEqual([
        expect.objectContaining({ node: 'victim', source: name, status: 'error', code }),
      ]);
      expect((await fetch(`${harness.url}/healthz`)).status).toBe(200);
      // The service goes on: the plugin gets a fresh worker for the next incident.
      const again = await harness.finished(await harness.submit('victim'));
      expect(again.missing_evidence.map((m) => m.code)).toEqual([code]);
    },
  );

  it(
    'a collector spinning synchronously: /healthz answers during the spin, the collector is a timeout',
    { timeout: 60_000 },
    async () => {
      const started = join(mkdtempSync(join(tmpdir(), 'culprit-spin-')), 'started');
      const deadlineMs = 4_000;
      // Bounded so that, without isolation, the test ends (failing) instead of freezing the runner.
      harness = await startHarness(
        [hostile('spin-forever', { startedFile: started, spinMs: 10_000 }), { plugin: innocent as never }],
        { collectorTimeoutMs: deadlineMs },
      );
      const both = bothAtOnce(harness);
      while (!existsSync(started)) await new Promise((r) => setTimeout(r, 10));
      const spinStartedAt = Number(readFileSync(started, 'utf8'));
      const res = await fetch(`${harness.url}/healthz`);
      const answeredAfterMs = Date.now() - spinStartedAt;
      expect(res.status).toBe(200);
      // Answered before the spinning collector's deadline, i.e. while it was still spinning.
      expect(answeredAfterMs).toBeLessThan(deadlineMs);

      const { victim, bystander } = await both;
      expectInnocentUntouched(bystander);
      expect(victim.status).toBe('completed');
      expect(victim.missing_evidence).toEqual([
        expect.objectContaining({
          source: 'spin-forever',
          status: 'timeout',
          code: 'ERR_PLUGIN_COLLECTOR_TIMEOUT',
        }),
      ]);
    },
  );
});
