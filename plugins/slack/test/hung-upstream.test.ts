// The Slack plugin against a Web API that never answers: each call cut by its timeout ends its
// request, and the plugin's close hook ends the calls still in flight and their sockets, so a
// shutting-down service is never held open by Slack.
import { afterAll, describe, expect, it } from 'vitest';
import { captureLogger, loadTestGraph, startFakeSlack, type FakeSlack } from 'culprit/testing';
import type { GraphView, Notifier, PluginContext, PluginError } from 'culprit/sdk';
import plugin from '../index.js';
import { eventOf, incident, TOKEN, TOPOLOGY, USERS, withDefaults } from './helpers.js';

const slack: FakeSlack = await startFakeSlack({ token: TOKEN, users: USERS, channels: [] });
const graph: GraphView = await loadTestGraph(TOPOLOGY);
afterAll(() => slack.close());

/** The plugin set up as the host does, with the close hooks it registers kept for the test. */
async function load(config: Record<string, unknown>) {
  const notifiers: Notifier[] = [];
  const closers: (() => void | Promise<void>)[] = [];
  const refuse = () => {
    throw new Error('the Slack plugin registers only a notifier');
  };
  const ctx: PluginContext = {
    pluginId: plugin.manifest.id,
    logger: captureLogger([]),
    graph,
    signal: new AbortController().signal,
    registerCollector: refuse,
    registerFact: refuse,
    registerOperator: refuse,
    registerNotifier: (n) => void notifiers.push(n),
    onClose: (hook) => void closers.push(hook),
  };
  const full = withDefaults(plugin.configSchema, { token: TOKEN, apiUrl: slack.url, users: [], ...config });
  await plugin.setup(ctx, full as never);
  const notify = (n: number) =>
    notifiers[0]!
      .notify(
        eventOf(
          'investigation.started',
          { incident: incident({ id: `inc-h${n}`, description: `hang ${n}`, entities: [] }) },
          `inc-h${n}`,
        ),
        { signal: new AbortController().signal, logger: captureLogger([]), graph },
      )
      .then(
        () => undefined,
        (err: PluginError) => err,
      );
  return { notify, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

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
