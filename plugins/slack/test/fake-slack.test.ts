// The fake Slack Web API speaks Slack's protocol: Bearer or form token, form-encoded and JSON
// bodies, Slack's error names, cursor pagination, threads and edits, and scripted faults.
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeSlack } from 'culprit/testing';
import { TOKEN, USERS } from './helpers.js';

const slack = await startFakeSlack({
  token: TOKEN,
  users: USERS,
  pageSize: 2,
  channels: [{ name: 'general' }],
});
afterAll(() => slack.close());

type Answer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function form(method: string, params: Record<string, string>, token: string | null = TOKEN) {
  const res = await fetch(`${slack.url}${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer };
}

async function json(method: string, body: Record<string, unknown>) {
  const res = await fetch(`${slack.url}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Answer;
}

describe('fake Slack Web API', () => {
  it('checks the token like Slack: not_authed, invalid_auth, Bearer or form field', async () => {
    expect((await form('auth.test', {}, null)).body).toEqual({ ok: false, error: 'not_authed' });
    expect((await form('auth.test', {}, 'xoxb-nope')).body).toEqual({ ok: false, error: 'invalid_auth' });
    expect((await form('auth.test', { token: TOKEN }, null)).body).toMatchObject({
      ok: true,
      user_id: slack.state.bot.id,
    });
    expect(JSON.stringify(slack.requests)).not.toContain(TOKEN);
  });

  it('creates channels by Slack name rules', async () => {
    expect((await form('conversations.create', { name: 'Has Caps' })).body.error).toBe(
      'invalid_name_specials',
    );
    expect((await form('conversations.create', { name: 'x'.repeat(81) })).body.error).toBe(
      'invalid_name_maxlength',
    );
    expect((await form('conversations.create', { name: '' })).body.error).toBe('invalid_name_required');
    expect((await form('conversations.create', { name: 'general' })).body.error).toBe('name_taken');
    const created = (await json('conversations.create', { name: 'inc-1' })).channel;
    expect(created).toMatchObject({ name: 'inc-1', is_member: true, is_private: false });
  });

  it('pages lists with response_metadata.next_cursor', async () => {
    const names: string[] = [];
    let cursor = '';
    do {
      const page = (await form('users.list', { limit: '100', ...(cursor ? { cursor } : {}) })).body;
      expect(page.members.length).toBeLessThanOrEqual(2);
      names.push(...page.members.map((m: Answer) => m.name));
      cursor = page.response_metadata.next_cursor;
    } while (cursor);
    expect(names).toEqual(slack.state.users.map((u) => u.name));
    expect((await form('users.list', { cursor: 'garbage' })).body.error).toBe('invalid_cursor');
  });

  it('invites with Slack errors and posts, threads and edits messages', async () => {
    const channel = slack.state.channel('inc-1')!.id;
    const carol = slack.state.user('carol.diaz')!.id;
    expect((await form('conversations.invite', { channel, users: slack.state.bot.id })).body.error).toBe(
      'cant_invite_self',
    );
    expect((await form('conversations.invite', { channel, users: `${carol},U999` })).body).toMatchObject({
      ok: false,
      error: 'user_not_found',
      errors: [{ user: 'U999', ok: false, error: 'user_not_found' }],
    });
    expect((await form('conversations.invite', { channel, users: carol })).body.ok).toBe(true);
    expect((await form('conversations.invite', { channel, users: carol })).body.error).toBe(
      'already_in_channel',
    );
    expect((await form('conversations.members', { channel })).body.members).toEqual([
      slack.state.bot.id,
      carol,
    ]);

    expect((await form('chat.postMessage', { channel: 'C404', text: 'x' })).body.error).toBe(
      'channel_not_found',
    );
    expect((await form('chat.postMessage', { channel: 'general', text: 'x' })).body.error).toBe(
      'not_in_channel',
    );
    expect((await form('chat.postMessage', { channel })).body.error).toBe('no_text');
    const blocks = JSON.stringify([{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }]);
    expect((await form('chat.postMessage', { channel, text: 'x', blocks })).body.error).toBe(
      'invalid_blocks',
    );
    const top = (await form('chat.postMessage', { channel: '#inc-1', text: 'top' })).body;
    expect(top).toMatchObject({ ok: true, channel, message: { text: 'top', type: 'message' } });
    const reply = await json('chat.postMessage', { channel, text: 'reply', thread_ts: top.ts });
    expect(reply.message.thread_ts).toBe(top.ts);
    // A reply's ts names its thread too, as in Slack.
    const second = (await form('chat.postMessage', { channel, text: 'reply 2', thread_ts: reply.ts })).body;
    expect(second.message.thread_ts).toBe(top.ts);
    expect((await form('chat.postMessage', { channel, text: 'r', thread_ts: '1.000000' })).body.error).toBe(
      'invalid_thread_ts',
    );
    expect((await form('chat.update', { channel, ts: top.ts, text: 'top, edited' })).body.ok).toBe(true);
    expect((await form('chat.update', { channel, ts: '1.1', text: 'x' })).body.error).toBe(
      'message_not_found',
    );
    expect((await form('chat.postEphemeral', { channel, user: carol, text: 'psst' })).body.ok).toBe(true);
    const [message] = slack.state.history('inc-1');
    expect(message).toMatchObject({ text: 'top, edited', edits: [{ text: 'top' }] });
    expect(message!.replies.map((r) => r.text)).toEqual(['reply', 'reply 2']);
    expect(slack.state.ephemeral).toMatchObject([{ user: carol, text: 'psst' }]);
  });

  it('looks users up by email', async () => {
    expect((await form('users.lookupByEmail', { email: 'CAROL@shop.example' })).body.user.name).toBe(
      'carol.diaz',
    );
    expect((await form('users.lookupByEmail', { email: 'nobody@x.example' })).body.error).toBe(
      'users_not_found',
    );
  });

  it('plays scripted faults, then answers normally', async () => {
    slack.setFault('auth.test', { status: 429, retryAfterSeconds: 7, times: 1 });
    slack.setFault(/^users\./, { status: 503, times: 1 });
    const limited = await form('auth.test', {});
    expect([limited.status, limited.headers.get('retry-after'), limited.body.error]).toEqual([
      429,
      '7',
      'ratelimited',
    ]);
    expect((await form('auth.test', {})).status).toBe(200);
    expect((await form('users.list', {})).status).toBe(503);
    slack.setFault('auth.test', { down: true, times: 1 });
    await expect(form('auth.test', {})).rejects.toThrow();
    slack.clearFaults();
    expect((await form('unknown.method', {})).body.error).toBe('unknown_method');
  });
});
