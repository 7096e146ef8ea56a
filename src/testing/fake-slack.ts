// A fake Slack Web API on 127.0.0.1 that answers like slack.com/api for what a war-room notifier
// uses: auth, channels (create, list, info, join, invite, members), messages (post, thread, update,
// ephemeral) and users (lookupByEmail, list), with cursor pagination, Slack's error names, Bearer
// auth, form-encoded or JSON bodies, scripted faults and a request log. It keeps the workspace as
// Slack would show it (channels, members, messages, threads, edits) so tests can assert on it.
// Stricter than Slack in one place: a thread_ts naming no message is refused (invalid_thread_ts).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { validateBlockKit } from './block-kit.js';

export interface FakeSlackUserSeed {
  id?: string;
  /** The username (handle), e.g. `carol.diaz`. */
  name: string;
  realName?: string;
  displayName?: string;
  email?: string;
  deleted?: boolean;
  isBot?: boolean;
}

export interface FakeSlackChannelSeed {
  id?: string;
  name: string;
  isPrivate?: boolean;
  isArchived?: boolean;
  /** Member user ids or usernames. */
  members?: string[];
}

export interface FakeSlackOptions {
  /** The bot token the API accepts (default: a random `xoxb-` token). */
  token?: string;
  users?: FakeSlackUserSeed[];
  channels?: FakeSlackChannelSeed[];
  /** Largest page users.list, conversations.list and conversations.members return (default 200). */
  pageSize?: number;
  /** The app's bot user name (default `culprit`). */
  botName?: string;
  now?: () => Date;
}

export type FakeSlackFault = { times?: number } & (
  | { status: 429; retryAfterSeconds?: number }
  | { status: 500 | 502 | 503 | 504 }
  | { error: string }
  | { down: true }
  | { hang: true }
);

export interface FakeSlackUser {
  id: string;
  team_id: string;
  name: string;
  deleted: boolean;
  real_name: string;
  is_bot: boolean;
  is_app_user: boolean;
  tz: string;
  profile: {
    real_name: string;
    real_name_normalized: string;
    display_name: string;
    display_name_normalized: string;
    email?: string;
    bot_id?: string;
  };
}

export interface FakeSlackChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_archived: boolean;
  created: number;
  creator: string;
  members: string[];
}

export interface FakeSlackMessage {
  ts: string;
  channel: string;
  user: string;
  bot_id?: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  /** Replies in the order they were posted (only on a thread's parent). */
  replies: FakeSlackMessage[];
  /** Earlier versions, oldest first, when chat.update changed the message. */
  edits: { text: string; blocks?: unknown[] }[];
  editedTs?: string;
}

export interface FakeSlackEphemeral {
  channel: string;
  user: string;
  text: string;
  blocks?: unknown[];
  message_ts: string;
}

export interface FakeSlackState {
  team: { id: string; name: string; domain: string };
  bot: FakeSlackUser;
  users: FakeSlackUser[];
  channels: FakeSlackChannel[];
  /** Top-level messages per channel id, in posting order; replies hang off their parent. */
  messages: Map<string, FakeSlackMessage[]>;
  ephemeral: FakeSlackEphemeral[];
  addUser(seed: FakeSlackUserSeed): FakeSlackUser;
  addChannel(seed: FakeSlackChannelSeed): FakeSlackChannel;
  /** A channel by id, name or `#name`. */
  channel(nameOrId: string): FakeSlackChannel | undefined;
  /** A channel's top-level messages (empty when there is no such channel). */
  history(nameOrId: string): FakeSlackMessage[];
  /** A user by id, username or email. */
  user(key: string): FakeSlackUser | undefined;
}

export interface FakeSlackRequest {
  method: string;
  /** HTTP status sent (0 when the connection was dropped or left hanging). */
  status: number;
  ok?: boolean;
  error?: string;
  /** Arguments as the method read them; never the token. */
  params: Record<string, unknown>;
  at: number;
}

export interface FakeSlack {
  /** Base URL for WebClient's slackApiUrl, e.g. `http://127.0.0.1:PORT/api/`. */
  url: string;
  token: string;
  state: FakeSlackState;
  requests: FakeSlackRequest[];
  /** Faults apply to the methods matching (`chat.postMessage`, or a RegExp), in order set. */
  setFault(method: string | RegExp, fault: FakeSlackFault): void;
  clearFaults(): void;
  close(): Promise<void>;
  /** Client connections open right now (server side): checks that a client releases its sockets. */
  connections(): Promise<number>;
}

type Params = Record<string, unknown>;
type Result = Record<string, unknown> & { ok: boolean };

const CHANNEL_NAME_MAX = 80;

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const token = options.token ?? `xoxb-fake-${randomBytes(12).toString('hex')}`;
  const clock = options.now ?? (() => new Date());
  const pageSize = Math.max(1, options.pageSize ?? 200);
  const team = { id: 'T0FAKE0001', name: 'Fake Workspace', domain: 'fake-workspace' };
  let seq = 0;
  const nextId = (prefix: string) => `${prefix}${(++seq).toString(36).toUpperCase().padStart(9, '0')}`;
  let tsSeq = 0;
  const nextTs = () => `${Math.floor(clock().getTime() / 1000)}.${String(++tsSeq).padStart(6, '0')}`;

  const makeUser = (seed: FakeSlackUserSeed): FakeSlackUser => {
    const realName = seed.realName ?? seed.name;
    const displayName = seed.displayName ?? '';
    return {
      id: seed.id ?? nextId('U'),
      team_id: team.id,
      name: seed.name,
      deleted: seed.deleted ?? false,
      real_name: realName,
      is_bot: seed.isBot ?? false,
      is_app_user: false,
      tz: 'Europe/London',
      profile: {
        real_name: realName,
        real_name_normalized: realName.normalize('NFKD').replace(/\p{M}/gu, ''),
        display_name: displayName,
        display_name_normalized: displayName.normalize('NFKD').replace(/\p{M}/gu, ''),
        ...(seed.email ? { email: seed.email } : {}),
      },
    };
  };

  const botId = nextId('B');
  const bot = makeUser({ name: options.botName ?? 'culprit', realName: 'Culprit', isBot: true });
  bot.profile.bot_id = botId;

  const state: FakeSlackState = {
    team,
    bot,
    users: [bot],
    channels: [],
    messages: new Map(),
    ephemeral: [],
    addUser(seed) {
      const user = makeUser(seed);
      state.users.push(user);
      return user;
    },
    addChannel(seed) {
      const channel: FakeSlackChannel = {
        id: seed.id ?? nextId(seed.isPrivate ? 'G' : 'C'),
        name: seed.name,
        is_private: seed.isPrivate ?? false,
        is_archived: seed.isArchived ?? false,
        created: Math.floor(clock().getTime() / 1000),
        creator: state.users.find((u) => !u.is_bot)?.id ?? bot.id,
        members: (seed.members ?? []).map((m) => state.user(m)?.id ?? m),
      };
      state.channels.push(channel);
      state.messages.set(channel.id, []);
      return channel;
    },
    channel(nameOrId) {
      const key = nameOrId.replace(/^#/, '');
      return state.channels.find((c) => c.id === key) ?? state.channels.find((c) => c.name === key);
    },
    history(nameOrId) {
      const channel = state.channel(nameOrId);
      return channel ? (state.messages.get(channel.id) ?? []) : [];
    },
    user(key) {
      const k = key.toLowerCase();
      return state.users.find(
        (u) => u.id === key || u.name.toLowerCase() === k || u.profile.email?.toLowerCase() === k,
      );
    },
  };
  for (const u of options.users ?? []) state.addUser(u);
  for (const c of options.channels ?? []) state.addChannel(c);

  const channelObject = (c: FakeSlackChannel) => ({
    id: c.id,
    name: c.name,
    is_channel: !c.is_private,
    is_group: false,
    is_im: false,
    is_mpim: false,
    is_private: c.is_private,
    created: c.created,
    creator: c.creator,
    is_archived: c.is_archived,
    is_general: false,
    unlinked: 0,
    name_normalized: c.name,
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    pending_shared: [],
    is_pending_ext_shared: false,
    is_member: c.members.includes(bot.id),
    topic: { value: '', creator: '', last_set: 0 },
    purpose: { value: '', creator: '', last_set: 0 },
    previous_names: [],
    num_members: c.members.length,
  });

  const messageObject = (m: FakeSlackMessage) => ({
    type: 'message',
    ...(m.bot_id ? { subtype: 'bot_message', bot_id: m.bot_id } : {}),
    user: m.user,
    text: m.text,
    ts: m.ts,
    team: team.id,
    ...(m.blocks ? { blocks: m.blocks } : {}),
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
    ...(m.replies.length > 0
      ? { reply_count: m.replies.length, latest_reply: m.replies.at(-1)!.ts, reply_users: [bot.id] }
      : {}),
    ...(m.editedTs ? { edited: { user: m.user, ts: m.editedTs } } : {}),
  });

  const fail = (error: string, extra: Params = {}): Result => ({ ok: false, error, ...extra });
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const bool = (v: unknown) => v === true || v === 'true' || v === '1' || v === 1;
  const page = <T>(items: T[], params: Params): { slice: T[]; next: string } | Result => {
    const limit = Math.min(Number(str(params.limit) ?? 100) || 100, pageSize);
    let offset = 0;
    const cursor = str(params.cursor);
    if (cursor) {
      const decoded = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
      if (!decoded) return fail('invalid_cursor');
      offset = Number(decoded[1]);
    }
    const slice = items.slice(offset, offset + limit);
    const next =
      offset + limit < items.length ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '';
    return { slice, next };
  };
  const isPage = <T>(p: { slice: T[]; next: string } | Result): p is { slice: T[]; next: string } =>
    'slice' in p;
  const parseBlocks = (v: unknown): unknown[] | undefined | 'invalid' => {
    if (v === undefined || v === '') return undefined;
    if (Array.isArray(v)) return v;
    if (typeof v !== 'string') return 'invalid';
    try {
      const parsed = JSON.parse(v) as unknown;
      return Array.isArray(parsed) ? parsed : 'invalid';
    } catch {
      return 'invalid';
    }
  };
  const findMessage = (channel: FakeSlackChannel, ts: string): FakeSlackMessage | undefined => {
    for (const m of state.messages.get(channel.id) ?? []) {
      if (m.ts === ts) return m;
      const reply = m.replies.find((r) => r.ts === ts);
      if (reply) return reply;
    }
    return undefined;
  };
  const postable = (params: Params): FakeSlackChannel | Result => {
    const channel = state.channel(str(params.channel) ?? '');
    if (!channel) return fail('channel_not_found');
    if (channel.is_archived) return fail('is_archived');
    if (!channel.members.includes(bot.id)) return fail('not_in_channel');
    return channel;
  };
  const content = (params: Params): { text: string; blocks?: unknown[] } | Result => {
    const text = str(params.text) ?? '';
    const blocks = parseBlocks(params.blocks);
    if (blocks === 'invalid') return fail('invalid_blocks_format');
    if (blocks) {
      const problems = validateBlockKit(blocks);
      if (problems.length > 0)
        return fail('invalid_blocks', {
          errors: problems,
          response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) },
        });
    }
    if (!text && !blocks?.length) return fail('no_text');
    if (text.length > 40_000) return fail('msg_too_long');
    return { text, ...(blocks ? { blocks } : {}) };
  };
  const isResult = (v: unknown): v is Result =>
    typeof v === 'object' && v !== null && (v as Result).ok === false;

  const methods: Record<string, (params: Params) => Result> = {
    'api.test': (params) => ({ ok: true, args: params }),
    'auth.test': () => ({
      ok: true,
      url: `https://${team.domain}.slack.com/`,
      team: team.name,
      user: bot.name,
      team_id: team.id,
      user_id: bot.id,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'conversations.create': (params) => {
      const name = str(params.name) ?? '';
      if (!name) return fail('invalid_name_required');
      if (name.length > CHANNEL_NAME_MAX) return fail('invalid_name_maxlength');
      if (/[^a-z0-9_\-\p{L}\p{N}]/u.test(name) || name !== name.toLowerCase())
        return fail('invalid_name_specials');
      if (/^[-_]+$/.test(name)) return fail('invalid_name_punctuation');
      if (state.channels.some((c) => c.name === name)) return fail('name_taken');
      const channel = state.addChannel({ name, isPrivate: bool(params.is_private), members: [bot.id] });
      channel.creator = bot.id;
      return { ok: true, channel: channelObject(channel) };
    },
    'conversations.list': (params) => {
      const types = (str(params.types) ?? 'public_channel').split(',').map((t) => t.trim());
      const excludeArchived = bool(params.exclude_archived);
      const visible = state.channels.filter(
        (c) =>
          (c.is_private
            ? types.includes('private_channel') && c.members.includes(bot.id)
            : types.includes('public_channel')) && !(excludeArchived && c.is_archived),
      );
      const p = page(visible, params);
      if (!isPage(p)) return p;
      return { ok: true, channels: p.slice.map(channelObject), response_metadata: { next_cursor: p.next } };
    },
    'conversations.info': (params) => {
      const channel = state.channels.find((c) => c.id === str(params.channel));
      if (!channel || (channel.is_private && !channel.members.includes(bot.id)))
        return fail('channel_not_found');
      return { ok: true, channel: channelObject(channel) };
    },
    'conversations.join': (params) => {
      const channel = state.channels.find((c) => c.id === str(params.channel));
      if (!channel) return fail('channel_not_found');
      if (channel.is_private) return fail('method_not_supported_for_channel_type');
      if (channel.is_archived) return fail('is_archived');
      if (channel.members.includes(bot.id))
        return {
          ok: true,
          channel: channelObject(channel),
          warning: 'already_in_channel',
          response_metadata: { warnings: ['already_in_channel'] },
        };
      channel.members.push(bot.id);
      return { ok: true, channel: channelObject(channel) };
    },
    'conversations.invite': (params) => {
      const channel = state.channels.find((c) => c.id === str(params.channel));
      if (!channel) return fail('channel_not_found');
      if (channel.is_archived) return fail('is_archived');
      if (!channel.members.includes(bot.id)) return fail('not_in_channel');
      const ids = (str(params.users) ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean);
      if (ids.length === 0) return fail('no_user');
      if (ids.length > 1000) return fail('too_many_users');
      const errors: { user: string; ok: false; error: string }[] = [];
      for (const id of ids) {
        const user = state.users.find((u) => u.id === id);
        const error =
          id === bot.id
            ? 'cant_invite_self'
            : !user || user.deleted
              ? 'user_not_found'
              : channel.members.includes(id)
                ? 'already_in_channel'
                : undefined;
        if (error) errors.push({ user: id, ok: false, error });
      }
      if (errors.length > 0) return fail(errors[0]!.error, { errors });
      channel.members.push(...ids);
      return { ok: true, channel: channelObject(channel) };
    },
    'conversations.members': (params) => {
      const channel = state.channels.find((c) => c.id === str(params.channel));
      if (!channel || (channel.is_private && !channel.members.includes(bot.id)))
        return fail('channel_not_found');
      const p = page(channel.members, params);
      if (!isPage(p)) return p;
      return { ok: true, members: p.slice, response_metadata: { next_cursor: p.next } };
    },
    'chat.postMessage': (params) => {
      const channel = postable(params);
      if (isResult(channel)) return channel;
      const body = content(params);
      if (isResult(body)) return body;
      const message: FakeSlackMessage = {
        ts: nextTs(),
        channel: channel.id,
        user: bot.id,
        bot_id: botId,
        ...body,
        replies: [],
        edits: [],
      };
      const threadTs = str(params.thread_ts);
      const top = state.messages.get(channel.id)!;
      if (threadTs) {
        const parent =
          top.find((m) => m.ts === threadTs) ?? top.find((m) => m.replies.some((r) => r.ts === threadTs));
        if (!parent) return fail('invalid_thread_ts');
        message.thread_ts = parent.ts;
        parent.replies.push(message);
      } else {
        top.push(message);
      }
      return { ok: true, channel: channel.id, ts: message.ts, message: messageObject(message) };
    },
    'chat.update': (params) => {
      const channel = state.channel(str(params.channel) ?? '');
      if (!channel) return fail('channel_not_found');
      const message = findMessage(channel, str(params.ts) ?? '');
      if (!message) return fail('message_not_found');
      if (message.user !== bot.id) return fail('cant_update_message');
      const body = content(params);
      if (isResult(body)) return body;
      message.edits.push({ text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
      message.text = body.text;
      message.editedTs = nextTs();
      if (body.blocks) message.blocks = body.blocks;
      return {
        ok: true,
        channel: channel.id,
        ts: message.ts,
        text: message.text,
        message: messageObject(message),
      };
    },
    'chat.postEphemeral': (params) => {
      const channel = postable(params);
      if (isResult(channel)) return channel;
      const user = state.users.find((u) => u.id === str(params.user));
      if (!user) return fail('user_not_found');
      if (!channel.members.includes(user.id)) return fail('user_not_in_channel');
      const body = content(params);
      if (isResult(body)) return body;
      const message_ts = nextTs();
      state.ephemeral.push({ channel: channel.id, user: user.id, ...body, message_ts });
      return { ok: true, message_ts };
    },
    'users.lookupByEmail': (params) => {
      const email = (str(params.email) ?? '').toLowerCase();
      const user = state.users.find((u) => u.profile.email?.toLowerCase() === email);
      return user ? { ok: true, user } : fail('users_not_found');
    },
    'users.list': (params) => {
      const p = page(state.users, params);
      if (!isPage(p)) return p;
      return {
        ok: true,
        members: p.slice,
        cache_ts: Math.floor(clock().getTime() / 1000),
        response_metadata: { next_cursor: p.next },
      };
    },
  };

  const faults: { match: string | RegExp; fault: FakeSlackFault; left: number }[] = [];
  const requests: FakeSlackRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = url.pathname.replace(/^\/api\//, '');
      const params = parseParams(url, raw, req.headers['content-type']);
      const presented = bearer(req.headers.authorization) ?? str(params.token);
      delete params.token;
      const entry: FakeSlackRequest = { method, status: 0, params, at: Date.now() };
      requests.push(entry);
      const send = (status: number, body: Result, headers: Record<string, string> = {}) => {
        entry.status = status;
        entry.ok = body.ok;
        if (!body.ok) entry.error = String(body.error);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };

      const fault = faults.find(
        (f) => f.left > 0 && (typeof f.match === 'string' ? f.match === method : f.match.test(method)),
      );
      if (fault) {
        fault.left--;
        const f = fault.fault;
        if ('down' in f) return void req.socket.destroy();
        if ('hang' in f) return void hanging.add(res);
        if ('error' in f) return send(200, fail(f.error));
        if (f.status === 429)
          return send(429, fail('ratelimited'), { 'retry-after': String(f.retryAfterSeconds ?? 1) });
        return send(f.status, fail(f.status === 503 ? 'service_unavailable' : 'internal_error'));
      }
      if (req.method !== 'POST' && req.method !== 'GET') return send(405, fail('method_not_allowed'));
      const handler = methods[method];
      if (!handler) return send(404, fail('unknown_method'));
      if (method !== 'api.test') {
        if (!presented) return send(200, fail('not_authed'));
        if (presented !== token) return send(200, fail('invalid_auth'));
      }
      send(200, handler(params));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    token,
    state,
    requests,
    setFault(method, fault) {
      faults.push({ match: method, fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults.length = 0;
    },
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/** Query string, then the body: form-encoded (what WebClient sends) or JSON. */
function parseParams(url: URL, raw: string, contentType: string | undefined): Params {
  const params: Params = Object.fromEntries(url.searchParams);
  if (!raw) return params;
  if ((contentType ?? '').includes('application/json')) {
    try {
      const body = JSON.parse(raw) as unknown;
      if (body && typeof body === 'object') Object.assign(params, body);
    } catch {
      // Slack answers invalid_json; the handler sees no arguments and reports what is missing.
    }
    return params;
  }
  for (const [k, v] of new URLSearchParams(raw)) params[k] = v;
  return params;
}

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
