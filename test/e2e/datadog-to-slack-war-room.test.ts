// End to end on loopback: a Datadog webhook reaches `culprit serve` → an incident → an investigation
// with Kubernetes and Datadog evidence (real plugins, real client libraries, fake APIs) → a war room
// in the fake Slack with the owning team invited, threaded progress in order and the Block Kit report.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';
import {
  buildShopCluster,
  startFakeDatadog,
  startFakeKubernetes,
  startFakeSlack,
  validateBlockKit,
  type FakeDatadog,
  type FakeKubernetes,
  type FakeSlack,
} from '../../src/testing/index.js';
import kubernetes from '../../plugins/kubernetes/index.js';
import datadog from '../../plugins/datadog/index.js';
import slackPlugin from '../../plugins/slack/index.js';
import { NOW, shopData } from '../../plugins/datadog/test/fixtures.js';

const DD_SECRET = 'datadog-webhook-secret-0123456789';
const SIGNING_SECRET = 'slack-signing-secret-0123456789abcd';
let kube: FakeKubernetes;
let dd: FakeDatadog;
let slack: FakeSlack;
let engine: Engine;
let store: IncidentStore;
let server: CulpritServer;

beforeAll(async () => {
  const cluster = buildShopCluster({ fault: 'bad-deploy-rollout', now: NOW });
  kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  dd = await startFakeDatadog(shopData());
  slack = await startFakeSlack({
    users: [
      { name: 'carol.diaz', realName: 'Carol Diaz', email: 'carol@shop.example' },
      { name: 'dokafor', realName: 'Dan Okafor', displayName: 'Dan', email: 'dan@shop.example' },
      { name: 'alice', realName: 'Alice Martin', email: 'alice@shop.example' },
    ],
    channels: [{ name: 'ops', members: ['alice'] }],
  });
  engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    clock: () => NOW,
    plugins: [
      { plugin: kubernetes as never, config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 2000 } },
      {
        plugin: datadog as never,
        config: { apiKey: dd.apiKey, appKey: dd.appKey, baseUrl: dd.url, requestTimeoutMs: 2000 },
      },
      {
        plugin: slackPlugin as never,
        config: {
          token: slack.token,
          apiUrl: slack.url,
          reportUrl: 'https://culprit.example/incidents/{id}',
        },
      },
    ],
  });
  store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-e2e-chat-')), 'db.sqlite') });
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    webhooks: { datadog: { secret: DD_SECRET } },
    slack: { signingSecret: SIGNING_SECRET },
  });
});
afterAll(async () => {
  await server?.close({ timeoutMs: 2_000 });
  await engine?.close();
  await Promise.all([kube?.close(), dd?.close(), slack?.close()]);
});

describe('Datadog webhook → investigation → Slack war room', () => {
  it('opens the war room, invites the owners, threads progress and posts the report', async () => {
    const webhook = JSON.stringify({
      id: '7306231870843521923',
      title: '[Triggered on {service:checkout}] Checkout error rate is high',
      body: 'Error rate above 5 for 5 minutes',
      alert_transition: 'Triggered',
      alert_id: '101',
      aggregate: 'checkout-errors',
      priority: 'P1',
      tags: 'service:checkout,env:prod',
    });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/datadog',
      headers: { 'content-type': 'application/json', 'x-culprit-webhook-secret': DD_SECRET },
      payload: webhook,
    });
    expect(res.statusCode).toBe(202);
    const id = (res.json() as { incident_id: string }).incident_id;

    let record = await store.get(id);
    for (let i = 0; i < 200 && record?.status !== 'completed' && record?.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      record = await store.get(id);
    }
    expect(record?.status).toBe('completed');
    const report = record!.report!;
    expect(`${report.hypotheses[0]?.node}:${report.hypotheses[0]?.cause}`).toBe(
      'checkout:bad-deploy-rollout',
    );
    const sources = new Set(report.hypotheses[0]!.findings.map((f) => f.pack));
    expect(sources).toEqual(new Set(['kubernetes', 'datadog']));

    // The war room: one channel, the payments team (owners of checkout) in it.
    const created = slack.requests.filter((r) => r.method === 'conversations.create' && r.ok);
    expect(created).toHaveLength(1);
    const room = slack.state.channel(String(created[0]!.params.name))!;
    expect(room.name).toMatch(/^inc-20261122-checkout/);
    const member = (email: string) => slack.state.user(email)!.id;
    expect(room.members).toEqual(
      expect.arrayContaining([member('carol@shop.example'), member('dan@shop.example')]),
    );
    expect(room.members).not.toContain(member('alice@shop.example'));

    // The top message became the final summary; its blocks are valid Block Kit.
    const [top, ...others] = slack.state.history(room.id);
    expect(others).toEqual([]);
    expect(top!.edits.length).toBeGreaterThanOrEqual(1);
    expect(top!.text).toContain('Root cause: checkout — bad-deploy-rollout');
    expect(validateBlockKit(top!.blocks ?? [])).toEqual([]);
    for (const e of top!.edits) expect(validateBlockKit(e.blocks ?? [])).toEqual([]);
    const final = JSON.stringify(top!.blocks);
    expect(final).toContain(`https://culprit.example/incidents/${id}`);

    // Progress in the thread, in the order it happened.
    const replies = top!.replies.map((r) => r.text);
    const order = ['Scope:', '`kubernetes` collecting', '`kubernetes` finished', 'Report ready'];
    const positions = order.map((part) => replies.findIndex((r) => r.includes(part)));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(replies, null, 1),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(replies.findIndex((r) => r.includes('`datadog` finished'))).toBeGreaterThan(-1);
    const ts = top!.replies.map((r) => Number(r.ts));
    expect(ts).toEqual([...ts].sort((a, b) => a - b));

    // Read-only toward what was inspected.
    expect(kube.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(dd.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a /culprit slash command is answered in the channel it was asked in', async () => {
    const ops = slack.state.channel('ops')!;
    const body = new URLSearchParams({
      command: '/culprit',
      text: 'checkout errors since the release',
      channel_id: ops.id,
      user_id: slack.state.user('alice')!.id,
      trigger_id: 'trigger-e2e-1',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const ack = await server.app.inject({
      method: 'POST',
      url: '/api/v1/slack/commands',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature,
      },
      payload: body,
    });
    expect(ack.statusCode).toBe(200);
    const id = /incident ([0-9a-f-]{36})/.exec((ack.json() as { text: string }).text)![1]!;
    await waitDone(id);
    const posted = () => JSON.stringify(slack.state.history(ops.id));
    for (let i = 0; i < 100 && !posted().includes('bad-deploy-rollout'); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(posted()).toContain('checkout — bad-deploy-rollout');
  });

  it('Slack refusing the token: the report is the same and the failure is recorded', async () => {
    slack.setFault(/./, { error: 'invalid_auth' });
    try {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ description: 'checkout errors since the release', severity: 'critical' }),
      });
      const id = (res.json() as { incident_id: string }).incident_id;
      const record = await waitDone(id);
      expect(record.status).toBe('completed');
      expect(`${record.report?.hypotheses[0]?.node}:${record.report?.hypotheses[0]?.cause}`).toBe(
        'checkout:bad-deploy-rollout',
      );
      const events = await server.app.inject({ url: `/api/v1/incidents/${id}/events` });
      expect(events.body).toContain('notification.failed');
      expect(events.body).not.toContain(slack.token);
    } finally {
      slack.clearFaults();
    }
  });
});

async function waitDone(id: string) {
  let record = await store.get(id);
  for (let i = 0; i < 200 && record?.status !== 'completed' && record?.status !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    record = await store.get(id);
  }
  return record!;
}
