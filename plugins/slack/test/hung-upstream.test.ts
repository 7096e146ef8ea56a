// The Slack plugin against a Web API that never answers: each call cut by its timeout ends its
// request, and the plugin's close hook ends the calls still in flight and their sockets, so a
// shutting-down service is never held open by Slack.
import { afterAll, describe, expect, it } from 'vitest';
import { loadTestGraph, startFakeSlack, type FakeSlack } from 'culprit/testing';
import type { GraphView, PluginError } from 'culprit/sdk';
import { eventOf, incident, loadNotifier, TOKEN, TOPOLOGY, USERS } from './helpers.js';

const slack: FakeSlack = await startFakeSlack({ token: TOKEN, users: USERS, channels: [] });
const graph: GraphView = await loadTestGraph(TOPOLOGY);
afterAll(() => slack.close());

async function load(config: Record<string, unknown>) {
  const loaded = await loadNotifier({ token: TOKEN, apiUrl: slack.url, users: [], ...config }, graph);
  const notify = (n: number) =>
    loaded
      .notify(
        eventOf(
          'investigation.started',
          { incident: incident({ id: `inc-h${n}`, description: `hang ${n}`, entities: [] }) },
          `inc-h${n}`,
        ),
      )
      .then(
        () => undefined,
        (err: PluginError) => err,
      );
  return { notify, close: loaded.close };
}

/** Polls the server's open connections until at most `max` (the close of a socket is asynchronous). */
async function settledConnections(max: number): Promise<number> {
  let n = await slack.connections();
  for (let i = 0; i < 50 && n > max; i++) {
    await new Promise((r) => setTimeout(r, 50));
    n = await slack.connections();
  }
  return n;
}

describe('slack plugin: hung Web API', () => {
  it('20 notifications whose calls all time out leave no connection open', { timeout: 60_000 }, async () => {
    const before = await slack.connections();
    slack.setFault(/./, { hang: true });
    const { notify, close } = await load({ requestTimeoutMs: 100, maxRetries: 0 });
    for (let i = 0; i < 20; i++)
      expect((await notify(i))?.collectorStatus).toMatch(/^(timeout|unavailable)$/);
    expect(await settledConnections(before)).toBe(before);
    await close();
    slack.clearFaults();
  });

  it('the close hook ends a call in flight and its socket, whatever the timeout', async () => {
    const before = await slack.connections();
    slack.setFault(/./, { hang: true });
    const { notify, close } = await load({ requestTimeoutMs: 60_000, maxRetries: 0 });
    const since = slack.requests.length;
    const pending = notify(100);
    for (let i = 0; i < 100 && slack.requests.length === since; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await slack.connections()).toBe(before + 1);
    await close();
    expect((await pending)?.details).toMatchObject({ error: 'aborted' });
    expect(await settledConnections(before)).toBe(before);
    slack.clearFaults();
  });
});
