// The datadog plugin against an API that never answers: every call cut by the timeout must really
// end its request, so twenty collections leave no socket open on the server behind them.
import { afterAll, describe, expect, it } from 'vitest';
import { loadTestGraph, runCollector, startFakeDatadog, type FakeDatadog } from 'culprit/testing';
import type { GraphView } from 'culprit/sdk';
import plugin from '../index.js';
import { NOW, shopData } from './fixtures.js';

const dd: FakeDatadog = await startFakeDatadog(shopData());
const graph: GraphView = await loadTestGraph('knowledge-graph');
const config = {
  apiKey: dd.apiKey,
  appKey: dd.appKey,
  baseUrl: dd.url,
  requestTimeoutMs: 100,
  maxRetries: 0,
};
afterAll(() => dd.close());

/** Polls the server's open connections until at most `max` (the close of a socket is asynchronous). */
async function settledConnections(max: number): Promise<number> {
  let n = await dd.connections();
  for (let i = 0; i < 50 && n > max; i++) {
    await new Promise((r) => setTimeout(r, 50));
    n = await dd.connections();
  }
  return n;
}

describe('datadog plugin: hung API', () => {
  it('20 collections whose calls all time out leave no connection open', { timeout: 60_000 }, async () => {
    const before = await dd.connections();
    dd.setFault(/./, { hang: true });
    const since = dd.requests.length;
    for (let i = 0; i < 20; i++) {
      const run = await runCollector(plugin as never, config, {
        graph,
        nodes: ['checkout', 'cart', 'frontend', 'payment'],
        at: NOW,
      });
      expect((run.error as { collectorStatus?: string }).collectorStatus).toBe('unavailable');
    }
    expect(dd.requests.slice(since).filter((r) => r.status === 0).length).toBeGreaterThanOrEqual(20);
    expect(await settledConnections(before)).toBe(before);
    dd.clearFaults();
  });

  it('each call cut by its timeout ends its request: one client, no close, no socket left', async () => {
    const { createDatadogClient } = await import('../datadog-client.js');
    dd.setFault(/./, { hang: true });
    const before = await dd.connections();
    const client = createDatadogClient({ ...config, maxRetries: 0 });
    for (let i = 0; i < 20; i++) {
      const reader = client.reader(new AbortController().signal);
      expect(await reader.listEvents(0, 1000, `service:c${i}`)).toBeUndefined();
      expect(reader.failed).toEqual([`list events tagged service:c${i}: timeout`]);
      reader.dispose();
    }
    expect(await settledConnections(before)).toBe(before);
    client.close();
    dd.clearFaults();
  });
});
