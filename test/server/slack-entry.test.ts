// The Slack entry point: a signed slash command or app mention makes an incident and is acknowledged
// well within Slack's 3 s; a stale timestamp, a tampered body or a wrong signature is 401 with
// nothing stored. Also checks that `culprit serve` wires the Slack and webhook secrets through.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { createServer, SLACK_REPLY_LABELS, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const SECRET = 'slack-signing-secret-0123456789abcdef';
let server: CulpritServer;
let store: IncidentStore;

beforeAll(async () => {
  const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules' });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-slack-')), 'db.sqlite') });
  server = await createServer({ engine, store, logLevel: 'silent', slack: { signingSecret: SECRET } });
});
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

const sign = (body: string, timestamp: number, secret = SECRET) =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
const now = () => Math.floor(Date.now() / 1000);
const command = (text: string, trigger = `trig-${Math.random()}`) =>
  new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    channel_id: 'C0WARROOM',
    channel_name: 'ops',
    user_id: 'U0ONCALL',
    user_name: 'oncall',
    command: '/culprit',
    text,
    response_url: 'https://hooks.slack.com/commands/T0001/1/abc',
    trigger_id: trigger,
  }).toString();
const post = (path: string, body: string, headers: Record<string, string>, type: string) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/slack/${path}`,
    headers: { 'content-type': type, ...headers },
    payload: body,
  });
const FORM = 'application/x-www-form-urlencoded';
const total = async () => Object.values(await store.counts()).reduce((a, b) => a + b, 0);

describe('Slack slash command', () => {
  it('a valid signature makes an incident and an ephemeral ack under 3 s', async () => {
    const before = await total();
    const body = command('checkout is failing with 500s');
    const ts = now();
    const started = Date.now();
    const res = await post(
      'commands',
      body,
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
      FORM,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(res.statusCode).toBe(200);
    const ack = res.json() as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    const id = /incident ([0-9a-f-]{36})/.exec(ack.text)?.[1];
    expect(id).toBeDefined();
    expect(await total()).toBe(before + 1);
    const record = await store.get(id!);
    expect(record?.incident.description).toBe('checkout is failing with 500s');
    expect(record?.incident.source).toBe('slack');
    expect(record?.incident.labels).toMatchObject({
      [SLACK_REPLY_LABELS.channel]: 'C0WARROOM',
      [SLACK_REPLY_LABELS.user]: 'U0ONCALL',
    });
    // Entities are extracted in the queue worker (accept first); the report carries them.
    let done = record;
    while (done?.status !== 'completed' && done?.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 20));
      done = await store.get(id!);
    }
    expect(done.report?.entities.map((e) => e.node)).toContain('checkout');
  });

  it('a resent command (same trigger) is the same incident', async () => {
    const body = command('cart is down', 'trigger-once');
    const ts = now();
    const headers = { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) };
    const a = (await post('commands', body, headers, FORM)).json() as { text: string };
    const count = await total();
    const b = (await post('commands', body, headers, FORM)).json() as { text: string };
    expect(await total()).toBe(count);
    expect(/incident (\S+)\)/.exec(b.text)?.[1]).toBe(/incident (\S+)\)/.exec(a.text)?.[1]);
  });

  it.each([
    ['stale timestamp', (body: string) => ({ ts: now() - 6 * 60, body, sig: sign(body, now() - 6 * 60) })],
    [
      'tampered body',
      (body: string) => ({ ts: now(), body: body.replace('500s', '200s'), sig: sign(body, now()) }),
    ],
    [
      'wrong signature',
      (body: string) => ({ ts: now(), body, sig: sign(body, now(), 'another-secret-0123456789') }),
    ],
    ['no signature', (body: string) => ({ ts: now(), body, sig: '' })],
  ])('%s → 401 with nothing created', async (_name, make) => {
    const before = await total();
    const { ts, body, sig } = make(command('checkout is failing with 500s'));
    const res = await post(
      'commands',
      body,
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig },
      FORM,
    );
    expect(res.statusCode).toBe(401);
    expect((res.json() as { error: { code: string } }).error.code).toBe('ERR_WEBHOOK_UNAUTHORIZED');
    expect(await total()).toBe(before);
  });

  it('an empty command gets usage help and creates nothing', async () => {
    const before = await total();
    const body = command('');
    const ts = now();
    const res = await post(
      'commands',
      body,
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
      FORM,
    );
    expect((res.json() as { text: string }).text).toMatch(/^Usage: `\/culprit/);
    expect(await total()).toBe(before);
  });
});

describe('Slack app mentions (Events API)', () => {
  const signed = (payload: unknown) => {
    const body = JSON.stringify(payload);
    const ts = now();
    return post(
      'events',
      body,
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
      'application/json',
    );
  };

  it('answers the URL verification challenge', async () => {
    const res = await signed({ type: 'url_verification', challenge: 'c-123', token: 'x' });
    expect(res.json()).toEqual({ challenge: 'c-123' });
  });

  it('a mention becomes an incident that replies in the thread; a retried event does not duplicate it', async () => {
    const before = await total();
    const payload = {
      type: 'event_callback',
      event_id: 'Ev0MENTION1',
      event: {
        type: 'app_mention',
        text: '<@U0CULPRIT> payments are failing',
        channel: 'C0OPS',
        user: 'U0DEV',
        ts: '1732700000.000100',
      },
    };
    expect((await signed(payload)).statusCode).toBe(200);
    expect((await signed(payload)).statusCode).toBe(200);
    expect(await total()).toBe(before + 1);
    const { items } = await store.list({ limit: 5 });
    const record = items.find((r) => r.incident.description === 'payments are failing');
    expect(record?.incident.labels).toMatchObject({
      [SLACK_REPLY_LABELS.channel]: 'C0OPS',
      [SLACK_REPLY_LABELS.thread]: '1732700000.000100',
    });
  });

  it('an unsigned event is 401', async () => {
    const res = await post(
      'events',
      JSON.stringify({ type: 'url_verification', challenge: 'x' }),
      {},
      'application/json',
    );
    expect(res.statusCode).toBe(401);
  });
});

describe('culprit serve wires the Slack and webhook secrets', () => {
  let child: ChildProcess | undefined;
  afterAll(() => void child?.kill('SIGKILL'));

  it('from the environment: signed requests are checked, not refused as unconfigured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culprit-serve-slack-'));
    child = spawn(
      process.execPath,
      [
        'dist/src/cli/main.js',
        'serve',
        '--plugin',
        './test/fixtures/quiet-collector-plugin.mjs',
        '--data',
        dir,
        '--port',
        '0',
        '--log-level',
        'silent',
      ],
      {
        env: {
          ...process.env,
          CULPRIT_SLACK_SIGNING_SECRET: SECRET,
          CULPRIT_WEBHOOK_SECRET_ALERTMANAGER: 'am-secret-0123456789abcdef',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child!.on('exit', (code) => reject(new Error(`serve exited (${code})`)));
    });
    const body = command('checkout is failing');
    const ts = now();
    const good = await fetch(`${url}/api/v1/slack/commands`, {
      method: 'POST',
      headers: {
        'content-type': FORM,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sign(body, ts),
      },
      body,
    });
    expect(good.status).toBe(200);
    const wrongHook = await fetch(`${url}/api/v1/webhooks/alertmanager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-secret-000000000' },
      body: '{}',
    });
    expect(wrongHook.status).toBe(401);
  });
});

describe('the REST API cannot pose as Slack', () => {
  it('drops slack_* labels and the slack source from POST /api/v1/incidents', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        description: 'checkout is slow',
        source: 'slack',
        labels: { slack_channel: 'C0GENERAL', slack_thread_ts: '1.2', team: 'payments' },
      }),
    });
    expect(res.statusCode).toBe(202);
    const record = await store.get((res.json() as { incident_id: string }).incident_id);
    expect(record?.incident.source).toBe('api');
    expect(record?.incident.labels).toEqual({ team: 'payments' });
  });
});
