// Responder resolution against the fake workspace: one person per step of the chain (user id,
// email, display name, username, fuzzy real name), people who cannot be found or are ambiguous,
// and users.list read once per resolver.
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from 'culprit/sdk';
import { startFakeSlack } from 'culprit/testing';
import { createUserResolver, personFromString, type Person } from '../resolve-users.js';
import { createSlackClient } from '../slack-client.js';
import { TOKEN, USERS } from './helpers.js';

const slack = await startFakeSlack({
  token: TOKEN,
  pageSize: 4,
  users: [...USERS, { name: 'jdoe1', realName: 'Jane Doe' }, { name: 'jdoe2', realName: 'Jane Doe' }],
});
afterAll(() => slack.close());
const api = createSlackClient({
  token: TOKEN,
  apiUrl: slack.url,
  timeoutMs: 2000,
  maxRetries: 0,
  logger: silentLogger,
}).bind(new AbortController().signal);
const id = (name: string) => slack.state.user(name)!.id;

describe('responder resolution', () => {
  it('walks email → display name → username → fuzzy real name, and says who is missing', async () => {
    const resolver = createUserResolver();
    const people: Person[] = [
      { name: 'Carol Diaz', email: 'carol@shop.example' },
      { name: 'Bob Chen', email: 'bob.chen@old.example', slack: 'bobby' },
      { name: 'Dan Okafor', slack: 'dokafor' },
      { name: 'jose   GARCIA' },
      { name: 'Heidi Larsn' },
      { name: 'Josefina Garcia' },
      { slack: id('ivan') },
      { name: 'Zed Nobody', email: 'zed@nowhere.example' },
      { name: 'Jane Doe' },
      { name: 'Garcia' },
    ];
    const since = slack.requests.length;
    const result = await resolver.resolve(people, api);
    expect(result.map((r) => [r.person.name ?? r.person.slack, r.via ?? r.reason, r.userId])).toEqual([
      ['Carol Diaz', 'email', id('carol.diaz')],
      ['Bob Chen', 'display-name', id('bob')],
      ['Dan Okafor', 'username', id('dokafor')],
      ['jose   GARCIA', 'fuzzy', id('jg')],
      ['Heidi Larsn', 'fuzzy', id('heidi')], // one typo in a long word
      ['Josefina Garcia', 'fuzzy', id('josefina')], // its words within a longer real name
      [id('ivan'), 'id', id('ivan')],
      ['Zed Nobody', 'not-found', undefined], // the only Zed is deactivated
      ['Jane Doe', 'ambiguous', undefined],
      ['Garcia', 'not-found', undefined], // one word only matches a one-word real name
    ]);
    const listed = slack.requests.slice(since).filter((r) => r.method === 'users.list');
    expect(listed.length).toBe(Math.ceil(slack.state.users.length / 4));

    const again = slack.requests.length;
    await resolver.resolve([{ name: 'Dan Okafor', slack: 'dokafor' }, { email: 'carol@shop.example' }], api);
    expect(
      slack.requests.slice(again).map((r) => r.method),
      'directory and emails cached',
    ).toEqual([]);
  });

  it('reads responders written as one string', () => {
    expect(personFromString('ivan@shop.example')).toEqual({ email: 'ivan@shop.example' });
    expect(personFromString('@payments-oncall', 'payments')).toEqual({
      slack: 'payments-oncall',
      team: 'payments',
    });
    expect(personFromString('U012AB3CD')).toEqual({ slack: 'U012AB3CD' });
    expect(personFromString(' Heidi Larsen ')).toEqual({ name: 'Heidi Larsen' });
  });

  it('does not keep a failed users.list: the next resolution reads it again', async () => {
    const resolver = createUserResolver();
    slack.setFault('users.list', { error: 'internal_error', times: 1 });
    await expect(resolver.resolve([{ name: 'Dan Okafor', slack: 'dokafor' }], api)).rejects.toMatchObject({
      details: { method: 'users.list', error: 'internal_error' },
    });
    const [r] = await resolver.resolve([{ name: 'Dan Okafor', slack: 'dokafor' }], api);
    expect(r!.userId).toBe(id('dokafor'));
  });
});
