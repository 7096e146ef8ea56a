// Acceptance 2 of issue 12: `culprit snapshot` against the fake API serving the shop cluster with a
// fault writes a scenario folder; an investigation replayed from that folder (startFakeKubernetes
//({snapshot})) gives the same ranked (component, cause, band) list as the live run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import type { Report } from '../../src/sdk/index.js';
import {
  buildShopCluster,
  SHOP_FAULTS,
  startFakeKubernetes,
  type FakeKubernetes,
  type ShopFault,
} from '../../src/testing/index.js';
import plugin from '../../plugins/kubernetes/index.js';
import { runCli } from '../helpers/run-cli.js';

const NOW = new Date('2026-11-22T14:30:00Z');
const work = mkdtempSync(join(tmpdir(), 'culprit-round-trip-'));

let live: FakeKubernetes;
beforeAll(async () => {
  live = await startFakeKubernetes([], {}, { now: () => NOW });
});
afterAll(() => live?.close());

async function investigate(kube: FakeKubernetes, description: string): Promise<Report> {
  const engine: Engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    clock: () => NOW,
    plugins: [{ plugin: plugin as never, config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 2000 } }],
  });
  try {
    return (await engine.investigate({ description, createdAt: NOW.toISOString() })).report;
  } finally {
    await engine.close();
  }
}

/** What "the same report" means: the ranked (component, cause) list, bands, confidences, verdict. */
const ranking = (r: Report) => ({
  conclusive: r.conclusive,
  hypotheses: r.hypotheses.map((h) => ({
    node: h.node,
    cause: h.cause,
    band: h.band,
    confidence: h.confidence,
  })),
});

async function record(name: string): Promise<string> {
  const out = join(work, name);
  const run = await runCli(
    'snapshot',
    '--kubeconfig',
    live.kubeconfigPath,
    '--out',
    out,
    '--at',
    NOW.toISOString(),
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return out;
}

describe('snapshot round trip: live run = replay from the recorded folder', () => {
  it.each(['healthy', ...Object.keys(SHOP_FAULTS)])('%s', async (name) => {
    const fault = name === 'healthy' ? undefined : (name as ShopFault);
    const cluster = buildShopCluster({ ...(fault ? { fault } : {}), now: NOW });
    live.setObjects(cluster.objects, cluster.logs);
    const description = fault ? SHOP_FAULTS[fault].incident : 'checkout feels slow';
    const liveReport = await investigate(live, description);
    const dir = await record(name);

    const replay = await startFakeKubernetes({ snapshot: dir });
    try {
      const replayed = await investigate(replay, description);
      expect(ranking(replayed)).toEqual(ranking(liveReport));
      if (fault) expect(liveReport.hypotheses.length).toBeGreaterThan(0);
    } finally {
      await replay.close();
    }
  });
});
