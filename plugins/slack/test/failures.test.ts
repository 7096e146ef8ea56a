// The Slack plugin when Slack misbehaves: 429 with Retry-After, 5xx, refused tokens, unknown
// channels, a dropped connection, a hanging server and an abort. Each notify settles in bounded
// time with a PluginError the host records as notification.failed (or succeeds after retries), is
// retried only when Slack's answer allows it, and never shows the token in an error or a log line.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PluginError, type GraphView } from 'culprit/sdk';
import { assertNoSecrets, loadTestGraph, startFakeSlack } from 'culprit/testing';
import { eventOf, incident, loadNotifier, TOKEN, TOPOLOGY, USERS } from './helpers.js';

const slack = await startFakeSlack({ token: TOKEN, users: USERS, channels: [{ name: 'team-payments' }] });
const graph: GraphView = await loadTestGraph(TOPOLOGY);
afterAll(() => slack.close());

let n = 0;
let since = 0;
beforeEach(() => {
  slack.clearFaults();
  since = slack.requests.length;
});
const calls = (method?: string) => slack.requests.slice(since).filter((r) => !method || r.method === method);
/** A fresh incident (own channel name) so earlier tests' channels do not interfere. */
const started = () => {
  const id = `inc-f${++n}`;
  return eventOf(
    'investigation.started',
    { incident: incident({ id, description: `failure test ${n}`, entities: [] }) },
    id,
  );
};
const base = { token: TOKEN, apiUrl: slack.url, requestTimeoutMs: 1000, maxRetries: 2, users: [] };

async function run(config: Record<string, unknown>, event = started()) {
  const loaded = await loadNotifier({ ...base, ...config }, graph);
  const t0 = Date.now();
  const error = await loaded.notify(event).then(
    () => undefined,
    (err: unknown) => err,
  );
  const elapsedMs = Date.now() - t0;
  const texts = [...loaded.lines];
  if (error instanceof Error)
    texts.push(error.message, String(error.stack), JSON.stringify((error as PluginError).details));
  assertNoSecrets([TOKEN, String(config.token ?? TOKEN)], texts);
  return { ...loaded, error: error as PluginError | undefined, elapsedMs, event };
}

describe('slack plugin: Slack failures', () => {
  it('429 with Retry-After: 1 waits the second it was asked to, then posts', async () => {
    slack.setFault('chat.postMessage', { status: 429, retryAfterSeconds: 1, times: 1 });
    const { error, elapsedMs, event } = await run({});
    expect(error).toBeUndefined();
    expect(calls('chat.postMessage').map((r) => r.status)).toEqual([429, 200]);
    expect(elapsedMs).toBeGreaterThanOrEqual(1000);
    const room = slack.state.channels.find((c) => c.name.endsWith(`failure-test-${n}`))!;
    expect(slack.state.history(room.id)[0]!.text).toContain(`failure test ${n}`);
    expect(event.type).toBe('investigation.started');
  });

  it('503 twice, then success: retried with back-off', async () => {
    slack.setFault('conversations.create', { status: 503, times: 2 });
    const { error, elapsedMs } = await run({});
    expect(error).toBeUndefined();
    expect(calls('conversations.create').map((r) => r.status)).toEqual([503, 503, 200]);
    // Backoff 200 ms then 400 ms, each with equal jitter (at least half of it).
    expect(elapsedMs).toBeGreaterThanOrEqual(100 + 200);
  });

  it('500 for good: maxRetries + 1 attempts, then a retryable, unavailable failure', async () => {
    slack.setFault('conversations.create', { status: 500 });
    const { error } = await run({ maxRetries: 1 });
    expect(calls('conversations.create').map((r) => r.status)).toEqual([500, 500]);
    expect(error).toBeInstanceOf(PluginError);
    expect(error!.collectorStatus).toBe('unavailable');
    expect(error!.retryable).toBe(true);
    expect(error!.details).toMatchObject({
      method: 'conversations.create',
      error: 'http_error',
      httpStatus: 500,
    });
  });

  it('invalid_auth: one request, not retried, and later events fail without calling Slack', async () => {
    slack.setFault(/./, { error: 'invalid_auth' });
    const { error, notify } = await run({});
    expect(calls()).toHaveLength(1);
    expect(error).toBeInstanceOf(PluginError);
    expect(error!.collectorStatus).toBe('permission-denied');
    expect(error!.details).toMatchObject({ error: 'invalid_auth' });
    const later = await notify(eventOf('scope.resolved', { named: [], nodes: [] }, 'inc-f999')).catch(
      (e: unknown) => e,
    );
    expect(later).toBeInstanceOf(PluginError);
    expect(calls()).toHaveLength(1);
  });

  it('a wrong token: Slack answers invalid_auth, and neither token reaches the error or the log', async () => {
    const wrong = 'xoxb-wrong-token-0000000000000000';
    const { error } = await run({ token: wrong });
    expect(calls().map((r) => r.error)).toEqual(['invalid_auth']);
    expect(error!.details).toMatchObject({ method: 'conversations.create', error: 'invalid_auth' });
  });

  it('channel_not_found on the top message: recorded once, not retried', async () => {
    slack.setFault('chat.postMessage', { error: 'channel_not_found' });
    const { error } = await run({});
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(error).toBeInstanceOf(PluginError);
    expect(error!.message).toContain('channel_not_found');
    expect(error!.details).toMatchObject({ method: 'chat.postMessage', error: 'channel_not_found' });
  });

  it('a notifyChannel that does not exist fails the event, after the war room is up', async () => {
    const { error } = await run({
      severity: { critical: { createChannel: true, invite: false, notifyChannel: '#no-such-channel' } },
    });
    expect(error!.details).toMatchObject({ error: 'channel_not_found' });
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('Slack down (connection destroyed): bounded retries, then unavailable', async () => {
    slack.setFault(/./, { down: true });
    const { error, elapsedMs } = await run({ maxRetries: 2 });
    expect(calls('conversations.create')).toHaveLength(3);
    expect(error!.collectorStatus).toBe('unavailable');
    expect(error!.details).toMatchObject({ error: 'unreachable' });
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('a server that never answers: each attempt times out, then a timeout failure', async () => {
    slack.setFault(/./, { hang: true });
    const { error, elapsedMs } = await run({ requestTimeoutMs: 300, maxRetries: 1 });
    expect(calls('conversations.create')).toHaveLength(2);
    expect(error!.collectorStatus).toBe('timeout');
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it('settles promptly when the host aborts, and sends nothing more afterwards', async () => {
    slack.setFault(/./, { hang: true });
    const { notify } = await loadNotifier({ ...base, requestTimeoutMs: 10_000 }, graph);
    const controller = new AbortController();
    const t0 = Date.now();
    const pending = notify(started(), controller.signal).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 200);
    const error = (await pending) as PluginError;
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(error.details).toMatchObject({ error: 'aborted' });
    await new Promise((r) => setTimeout(r, 700));
    expect(calls(), 'no retry after the abort').toHaveLength(1);
  });

  it('a failed progress reply fails only its event: the next ones still thread, in order', async () => {
    const { notify } = await loadNotifier({ ...base, maxRetries: 0 }, graph);
    const first = started();
    await notify(first);
    const id = first.incidentId;
    slack.setFault('chat.postMessage', { status: 500, times: 1 });
    const failed = await notify(
      eventOf('collector.started', { collector: 'kubernetes', nodes: ['checkout'] }, id),
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(PluginError);
    await notify(
      eventOf('collector.finished', { collector: 'kubernetes', evidence: 3, durationMs: 1200 }, id),
    );
    const room = slack.state.channels.find((c) => c.name.endsWith(`failure-test-${n}`))!;
    const [top] = slack.state.history(room.id);
    expect(top!.replies.map((r) => r.text)).toEqual([
      ':white_check_mark: `kubernetes` finished: 3 evidence item(s) in 1.2 s',
    ]);
  });
});
