// Finds the Slack user behind each responder the topology or the config names: a user id as is,
// then email (users.lookupByEmail), display name, username, and last a fuzzy real-name match
// (case-, accent- and order-insensitive, one typo per long word). A match must be unique; an
// ambiguous one counts as not found. users.list is read once per resolver and kept.
import type { SlackApi, SlackUserRecord } from './slack-client.js';

export interface Person {
  name?: string;
  email?: string;
  /** Slack handle, display name or user id. */
  slack?: string;
  /** The team that brought this person in, for the record. */
  team?: string;
}

export type ResolvedVia = 'id' | 'email' | 'display-name' | 'username' | 'fuzzy';

export interface Resolution {
  person: Person;
  userId?: string;
  via?: ResolvedVia;
  /** Why no user was found. */
  reason?: 'not-found' | 'ambiguous';
}

export interface UserResolver {
  resolve(people: readonly Person[], api: SlackApi): Promise<Resolution[]>;
}

const USER_ID = /^[UW][A-Z0-9]{6,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A responder written as one string (config `users`, a team's `slack.users`). */
export function personFromString(text: string, team?: string): Person {
  const t = text.trim();
  const base = team ? { team } : {};
  if (EMAIL.test(t)) return { ...base, email: t };
  if (t.startsWith('@') || USER_ID.test(t)) return { ...base, slack: t.replace(/^@/, '') };
  return { ...base, name: t };
}

/** How a person is shown in "Could not find in Slack: …". */
export function describePerson(p: Person): string {
  return p.name ?? (p.slack ? `@${p.slack}` : undefined) ?? p.email ?? 'someone';
}

/** A stable key so the same person named twice (two teams, config) is resolved once. */
export function personKey(p: Person): string {
  return [p.email?.toLowerCase() ?? '', p.slack?.toLowerCase() ?? '', normalize(p.name ?? '')].join('|');
}

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const tokens = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function createUserResolver(): UserResolver {
  let directory: Promise<SlackUserRecord[]> | undefined;
  const byEmail = new Map<string, SlackUserRecord | undefined>();

  const users = (api: SlackApi) => {
    directory ??= api.listUsers().then(
      (all) => all.filter((u) => !u.deleted && !u.is_bot),
      (err: unknown) => {
        directory = undefined; // a failed read is not cached: the next incident tries again
        throw err;
      },
    );
    return directory;
  };

  const lookup = async (email: string, api: SlackApi) => {
    const key = email.toLowerCase();
    if (!byEmail.has(key)) byEmail.set(key, await api.lookupByEmail(email));
    return byEmail.get(key);
  };

  const resolveOne = async (person: Person, api: SlackApi): Promise<Resolution> => {
    if (person.slack && USER_ID.test(person.slack)) return { person, userId: person.slack, via: 'id' };
    if (person.email) {
      const user = await lookup(person.email, api);
      if (user && !user.deleted && !user.is_bot) return { person, userId: user.id, via: 'email' };
    }
    const handle = person.slack ?? person.name;
    if (!handle) return { person, reason: 'not-found' };
    const all = await users(api);
    const wanted = normalize(handle.replace(/^@/, ''));
    const steps: [ResolvedVia, (u: SlackUserRecord) => boolean][] = [
      ['display-name', (u) => !!u.profile?.display_name && normalize(u.profile.display_name) === wanted],
      ['username', (u) => normalize(u.name) === wanted],
    ];
    let ambiguous = false;
    for (const [via, matches] of steps) {
      const found = all.filter(matches);
      if (found.length === 1) return { person, userId: found[0]!.id, via };
      ambiguous ||= found.length > 1;
    }
    const fuzzy = bestRealName(person.name ?? handle, all);
    if (fuzzy && fuzzy !== 'ambiguous') return { person, userId: fuzzy.id, via: 'fuzzy' };
    return { person, reason: ambiguous || fuzzy === 'ambiguous' ? 'ambiguous' : 'not-found' };
  };

  return {
    async resolve(people, api) {
      const out: Resolution[] = [];
      for (const person of people) out.push(await resolveOne(person, api));
      return out;
    },
  };
}

/**
 * The one user whose real name matches best: 3 = same words, 2 = same words with a typo,
 * 1 = all the query's words (at least two) within a longer name. Ties at the top are ambiguous.
 */
function bestRealName(
  query: string,
  users: readonly SlackUserRecord[],
): SlackUserRecord | 'ambiguous' | undefined {
  const q = tokens(query);
  if (q.length === 0) return undefined;
  let best = 0;
  let winners: SlackUserRecord[] = [];
  for (const user of users) {
    const score = nameScore(q, tokens(user.profile?.real_name || user.real_name || ''));
    if (score > best) {
      best = score;
      winners = [user];
    } else if (score === best && score > 0) {
      winners.push(user);
    }
  }
  if (winners.length > 1) return 'ambiguous';
  return winners[0];
}

function nameScore(query: string[], candidate: string[]): number {
  if (candidate.length === 0) return 0;
  const left = [...candidate];
  let typos = 0;
  for (const word of query) {
    let i = left.indexOf(word);
    if (i === -1) {
      i = left.findIndex((c) => Math.min(c.length, word.length) >= 5 && withinOneEdit(c, word));
      if (i === -1) return 0;
      typos++;
    }
    left.splice(i, 1);
  }
  if (left.length === 0) return typos === 0 ? 3 : 2;
  return query.length >= 2 && typos === 0 ? 1 : 0;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
