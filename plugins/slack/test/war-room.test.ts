// One investigation seen from Slack: the war-room channel, who is in it, the top message turned
// into the final summary, progress replies in order in its thread — and what routing, channel reuse
// and a missed investigation.started change.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphView } from 'culprit/sdk';
import { loadTestGraph, startFakeSlack, validateBlockKit, type FakeSlackMessage } from 'culprit/testing';
import {
  eventOf,
  incident,
  investigationEvents,
  loadNotifier,
  report,
  TOKEN,
  TOPOLOGY,
  USERS,
} from './helpers.js';

const slack = await startFakeSlack({
  token: TOKEN,
  users: USERS,
  pageSize: 3,
  channels: [
    { name: 'incidents', members: ['carol.diaz'] },
    { name: 'team-payments', members: ['carol.diaz', 'bob'] },
  ],
});
const graph: GraphView = await loadTestGraph(TOPOLOGY);
afterAll(() => slack.close());

const config = {
  token: TOKEN,
  apiUrl: slack.url,
  users: ['ivan@shop.example'],
  reportUrl: 'https://culprit.example/incidents/{id}',
};
const id = (name: string) => slack.state.user(name)!.id;
const texts = (messages: FakeSlackMessage[]) => messages.map((m) => m.text);
const allBlocks = (messages: FakeSlackMessage[]): unknown[][] =>
  messages.flatMap((m) => [m.blocks ?? [], ...m.edits.map((e) => e.blocks ?? []), ...allBlocks(m.replies)]);

let since = 0;
beforeEach(() => {
  since = slack.requests.length;
  slack.clearFaults();
});
const calls = (method: string) => slack.requests.slice(since).filter((r) => r.method === method);

describe('slack war room', () => {
  it('opens inc-<date>-<slug>, pulls in the owners, threads progress and ends on the summary', async () => {
    const { deliver, lines } = await loadNotifier(config, graph);
    const outcomes = await deliver(investigationEvents());
    expect(outcomes.filter(Boolean)).toEqual([]);

    const channel = slack.state.channel('inc-20261122-checkout');
    expect(channel, 'war room created').toBeDefined();
    expect(calls('conversations.create').map((r) => r.params.name)).toEqual(['inc-20261122-checkout']);
    // payments (the named component's team) at the start, config users, platform (owner of the
    // root cause) once the report is in; Zed cannot be found; the app is a member too.
    expect(new Set(channel!.members)).toEqual(
      new Set([
        slack.state.bot.id,
        id('carol.diaz'),
        id('bob'),
        id('dokafor'),
        id('jg'),
        id('oncall'),
        id('ivan'),
        id('heidi'),
      ]),
    );
    expect(channel!.members).not.toContain(id('josefina'));

    const [top, ...others] = slack.state.history('inc-20261122-checkout');
    expect(others).toEqual([]);
    expect(top!.edits).toHaveLength(1);
    expect(top!.edits[0]!.text).toContain(
      'Investigating: Checkout is failing with 500s &amp; &lt;timeouts&gt;',
    );
    expect(top!.edits[0]!.text).toContain('critical');
    expect(top!.text).toContain('Root cause: orders-db — storage-unavailable');
    const final = JSON.stringify(top!.blocks);
    for (const expected of [
      '"type":"header"',
      'Root cause: orders-db — storage-unavailable',
      '0.86 · high',
      'critical',
      '`orders-db` → `payment` → `checkout`',
      'Free disk space on orders-db',
      '2. `payment` — crash-loop (0.41 · medium)',
      '3. `checkout` — bad-deploy-rollout (0.22 · low)',
      '4. `cart` — oom-killed (0.10 · low)',
      'storage-unavailable observed &lt;5 min&gt; ago &amp; still active',
      'https://culprit.example/incidents/inc-42',
    ])
      expect(final).toContain(expected);
    expect(final, 'at most three alternatives').not.toContain('config-error');

    const replies = texts(top!.replies);
    const order = [
      'Invited',
      'Could not find in Slack: Zed Nobody',
      'Scope: 3 component(s)',
      '`kubernetes` collecting on 3',
      '`datadog` collecting on 3',
      '`kubernetes` finished: 12 evidence item(s) in 0.8 s',
      '`datadog` timeout: no answer within 20000 ms',
      'Report ready — Root cause: orders-db — storage-unavailable',
      `Invited <@${id('heidi')}>`,
    ];
    const positions = order.map((part) => replies.findIndex((r) => r.includes(part)));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(replies, null, 1),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(replies).toHaveLength(order.length - 1); // the first invite and "could not find" share a reply

    for (const blocks of allBlocks(slack.state.history('inc-20261122-checkout')))
      expect(validateBlockKit(blocks)).toEqual([]);
    expect(calls('users.list').length, 'users.list read once, in pages').toBe(
      Math.ceil(slack.state.users.length / 3),
    );
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('reuses a channel of the same name and joins it', async () => {
    const existing = slack.state.addChannel({ name: 'inc-20261122-cart', members: ['carol.diaz'] });
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({ id: 'inc-43', entities: [{ node: 'cart' }], description: 'cart is slow' });
    expect((await deliver(investigationEvents(inc, report('inc-43')))).filter(Boolean)).toEqual([]);
    expect(calls('conversations.create').map((r) => r.error)).toEqual(['name_taken']);
    expect(calls('conversations.join').map((r) => r.params.channel)).toEqual([existing.id]);
    expect(slack.state.channels.filter((c) => c.name.startsWith('inc-20261122-cart'))).toHaveLength(1);
    expect(existing.members).toContain(slack.state.bot.id);
    expect(existing.members).toContain(id('dokafor'));
    expect(slack.state.history(existing.id)[0]!.text).toContain('Root cause');
  });

  it('with reuseChannel false, takes the next free name instead', async () => {
    const { deliver } = await loadNotifier({ ...config, reuseChannel: false, users: [] }, graph);
    const inc = incident({ id: 'inc-44', entities: [{ node: 'cart' }], description: 'cart again' });
    expect((await deliver(investigationEvents(inc, report('inc-44'))))[0]).toBeUndefined();
    expect(calls('conversations.create').map((r) => [r.params.name, r.error])).toEqual([
      ['inc-20261122-cart', 'name_taken'],
      ['inc-20261122-cart-2', undefined],
    ]);
    expect(slack.state.history('inc-20261122-cart-2')).toHaveLength(1);
  });

  it('announces a critical incident in notifyChannel and updates the announcement at the end', async () => {
    const { deliver } = await loadNotifier(
      {
        ...config,
        channelPattern: 'war-{date:YYYY-MM-DD}-{severity}-{slug}',
        severity: { critical: { createChannel: true, invite: false, notifyChannel: '#incidents' } },
      },
      graph,
    );
    const inc = incident({ id: 'inc-45', entities: [{ node: 'payment' }] });
    expect((await deliver(investigationEvents(inc, report('inc-45')))).filter(Boolean)).toEqual([]);
    const room = slack.state.channel('war-2026-11-22-critical-payment')!;
    expect(room.members, 'invite: false').toEqual([slack.state.bot.id]);
    const [note] = slack.state.history('incidents');
    expect(note!.text).toContain(`war room <#${room.id}>`);
    expect(note!.edits).toHaveLength(1);
    expect(note!.text).toContain('Root cause: orders-db');
  });

  it('posts a low-severity incident in the owning team channel, without a war room', async () => {
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({ id: 'inc-46', severity: 'low', description: 'checkout latency up a bit' });
    expect((await deliver(investigationEvents(inc, report('inc-46')))).filter(Boolean)).toEqual([]);
    expect(calls('conversations.create')).toEqual([]);
    expect(calls('conversations.invite')).toEqual([]);
    const [top] = slack.state.history('team-payments');
    expect(top!.edits[0]!.text).toContain('Investigating: checkout latency up a bit');
    expect(top!.text).toContain('Root cause');
    expect(texts(top!.replies)).toContain(':mag: Scope: 3 component(s) — named: `checkout`');
  });

  it('stays quiet when the route leads nowhere', async () => {
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({ id: 'inc-47', severity: 'info', entities: [] });
    expect((await deliver(investigationEvents(inc, report('inc-47')))).filter(Boolean)).toEqual([]);
    expect(slack.requests.slice(since)).toEqual([]);
  });

  it('opens the war room from a later event when investigation.started was missed', async () => {
    const { notify } = await loadNotifier({ ...config, progressUpdates: false }, graph);
    await notify(eventOf('collector.started', { collector: 'kubernetes', nodes: ['checkout'] }, 'inc-48'));
    expect(slack.requests.slice(since), 'progress is off').toEqual([]);
    await notify(eventOf('report.ready', { report: report('inc-48') }, 'inc-48'));
    // The report names checkout: inc-42's room of the same name is reused, ours is its latest message.
    const ours = slack.state.history('inc-20261122-checkout').at(-1)!;
    expect(ours.edits[0]!.text).toContain('Investigating: Incident inc-48');
    expect(ours.text).toContain('Root cause');
  });

  it('answers a mention in its thread: a pointer to the war room, updated with the root cause', async () => {
    const asker = id('carol.diaz');
    const general = slack.state.addChannel({ name: 'ops-chat', members: ['carol.diaz'] });
    // The app is not in ops-chat yet: it joins to answer there.
    const question = slack.state.history(general.id);
    question.push({
      ts: '1790000000.000100',
      channel: general.id,
      user: asker,
      text: '@culprit checkout is down',
      replies: [],
      edits: [],
    });
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({
      id: 'inc-50',
      source: 'slack',
      severity: undefined,
      labels: { slack_channel: general.id, slack_thread_ts: '1790000000.000100', slack_user: asker },
    });
    expect((await deliver(investigationEvents(inc, report('inc-50')))).filter(Boolean)).toEqual([]);
    const room = slack.state.channel('inc-20261122-checkout')!;
    const [pointer] = question[0]!.replies;
    expect(pointer!.text).toContain(`<@${asker}>`);
    expect(pointer!.text).toContain(`war room <#${room.id}>`);
    expect(pointer!.text).toContain('Root cause: orders-db — storage-unavailable');
    expect(pointer!.edits).toHaveLength(1);
    expect(calls('conversations.join').map((r) => r.params.channel)).toContain(general.id);
    const top = slack.state.history(room.id).at(-1)!;
    expect(JSON.stringify(top.edits[0]!.blocks)).toContain(`*Asked by:* <@${asker}>`);
    expect(JSON.stringify(top.edits[0]!.blocks), 'no severity given: the default, high').toContain('high');
  });

  it('answers a low-severity slash command in the channel it came from, without a war room', async () => {
    const asker = id('bob');
    const channel = slack.state.addChannel({ name: 'payments-chat', members: ['bob', slack.state.bot.id] });
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({
      id: 'inc-51',
      source: 'slack',
      severity: 'low',
      labels: { slack_channel: channel.id, slack_user: asker },
    });
    expect((await deliver(investigationEvents(inc, report('inc-51')))).filter(Boolean)).toEqual([]);
    expect(calls('conversations.create')).toEqual([]);
    const [top] = slack.state.history(channel.id);
    expect(top!.text).toContain('Root cause');
    expect(top!.replies.map((r) => r.text)).toContain(':mag: Scope: 3 component(s) — named: `checkout`');
  });

  it('ignores Slack labels on incidents that did not come from Slack', async () => {
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({ id: 'inc-52', severity: 'low', labels: { slack_channel: 'C0000SPOOF' } });
    await deliver(investigationEvents(inc, report('inc-52')));
    expect(calls('chat.postMessage').map((r) => r.params.channel)).not.toContain('C0000SPOOF');
    expect(slack.state.history('team-payments').at(-1)!.text).toContain('Root cause');
  });

  it('reports a failed investigation in the thread and on the top message', async () => {
    const { deliver } = await loadNotifier(config, graph);
    const inc = incident({ id: 'inc-49', entities: [{ node: 'orders-db' }], description: 'db down' });
    const [started] = investigationEvents(inc, report('inc-49'));
    await deliver([
      started!,
      eventOf('investigation.failed', { code: 'ERR_INVESTIGATION_FAILED', message: 'boom <here>' }, 'inc-49'),
    ]);
    const [top] = slack.state.history('inc-20261122-orders-db');
    expect(top!.text).toContain('Investigation failed');
    expect(texts(top!.replies).at(-1)).toBe(
      ':x: Investigation failed (ERR_INVESTIGATION_FAILED): boom &lt;here&gt;',
    );
  });
});
