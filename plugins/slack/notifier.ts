// The Slack notifier: one war room per investigation. On the first event it creates (or reuses) the
// channel, posts the top message and pulls in the owning teams; progress goes to the top message's
// thread in event order; report.ready turns the top message into the final summary. An incident
// asked for in Slack (slash command, mention) is answered where it was asked. A failure is
// thrown as a PluginError for the host to record as notification.failed — it never blocks the
// investigation, and what was already set up (channel, top message, invites) is kept for the next
// event to continue from — in the host's per-incident state too, so after a restart a resumed
// investigation continues the same thread instead of posting a second top message.
import {
  PluginError,
  type EventPayloads,
  type GraphView,
  type Incident,
  type InvestigationEvent,
  type InvestigationEventType,
  type Logger,
  type Notifier,
  type NotifyContext,
  type Report,
} from 'culprit/sdk';
import {
  announcement,
  failedMessage,
  failedReply,
  progressReply,
  reportMessage,
  reportReadyReply,
  respondersReply,
  startedMessage,
  type IncidentSummary,
  type MessageContent,
} from './blocks.js';
import { channelName, withSuffix } from './channel-name.js';
import type { SlackConfig } from './config.js';
import {
  createUserResolver,
  describePerson,
  personFromString,
  personKey,
  type Person,
} from './resolve-users.js';
import { slackErrorOf, type SlackApi, type SlackClient } from './slack-client.js';

const PROGRESS_EVENTS: InvestigationEventType[] = [
  'scope.resolved',
  'collector.started',
  'collector.finished',
  'collector.failed',
];
/** The token itself is refused: nothing will work until the config changes. */
const TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);
/** Errors about one invitee, not the call: the others can still be invited one by one. */
const INVITEE_ERRORS = new Set([
  'already_in_channel',
  'user_not_found',
  'cant_invite',
  'cant_invite_self',
  'user_is_restricted',
  'user_is_ultra_restricted',
  'ura_max_channels',
  'invitee_cant_see_channel',
  'no_external_invite_permission',
]);
const CHANNEL_ID = /^[CGD][A-Z0-9]{6,}$/;
/** Labels the server's Slack entry (slash command, mention) puts on the incidents it creates. */
const ORIGIN_LABELS = { channel: 'slack_channel', thread: 'slack_thread_ts', user: 'slack_user' } as const;
const CONFIG_USERS = '(config users)';
const MAX_ROOMS = 1000;
const MAX_NAME_ATTEMPTS = 20;

interface Route {
  createChannel: boolean;
  invite: boolean;
  notifyChannel?: string;
}

interface WarRoom {
  incident: IncidentSummary;
  /** The team owning the first named component: picks the per-team route and the fallback channel. */
  team?: string;
  route: Route;
  /** Where the incident's messages go. */
  channel?: { id: string; name: string };
  /** True when the channel is this incident's war room (created or reused by name), not a shared one. */
  warRoom: boolean;
  /** The route leads nowhere (no war room, no notify or team channel). */
  silent: boolean;
  topTs?: string;
  /** Replies go to this thread when the messages go to the thread the incident was asked in. */
  threadTs?: string;
  /** One-line pointers to the war room, updated with the outcome at the end. */
  notices: { kind: 'notify' | 'origin'; channel: string; ts: string }[];
  members?: Set<string>;
  /** Teams (and the config users) already pulled in, and the people already looked up. */
  pulled: Set<string>;
  seen: Set<string>;
  /** Steps of this incident run one after another, so replies land in event order. */
  queue: Promise<unknown>;
}

/** What of a war room survives a restart (JSON, in the host's per-incident notifier state). */
type SavedRoom = Omit<WarRoom, 'queue' | 'members' | 'pulled' | 'seen'> & {
  v: 1;
  pulled: string[];
  seen: string[];
};

export function createSlackNotifier(config: SlackConfig, client: SlackClient): Notifier {
  const rooms = new Map<string, WarRoom>();
  const loading = new Map<string, Promise<WarRoom>>();
  const resolver = createUserResolver();
  const channelIds = new Map<string, string>();
  let self: Promise<string> | undefined;
  let refused: string | undefined;

  const botUserId = (api: SlackApi) => {
    self ??= api.authTest().then(
      (r) => r.userId,
      (err: unknown) => {
        self = undefined;
        throw err;
      },
    );
    return self;
  };

  const routeFor = (room: Pick<WarRoom, 'incident' | 'team'>): Route => {
    const base = config.severity[room.incident.severity];
    const team = room.team ? base.teams?.[room.team] : undefined;
    return {
      createChannel: team?.createChannel ?? base.createChannel,
      invite: team?.invite ?? base.invite,
      notifyChannel: team?.notifyChannel ?? base.notifyChannel,
    };
  };

  /** The incident's room: in memory, else as saved by an earlier process, else a new one. */
  const roomFor = async (event: InvestigationEvent, ctx: NotifyContext): Promise<WarRoom> => {
    const existing = rooms.get(event.incidentId);
    if (existing) return existing;
    let pending = loading.get(event.incidentId);
    if (!pending) {
      pending = ctx.state
        .get<SavedRoom>()
        .catch(() => undefined)
        .then((saved) =>
          remember(event.incidentId, saved?.v === 1 ? restore(saved) : newRoom(event, ctx.graph)),
        );
      loading.set(event.incidentId, pending);
      void pending.then(() => loading.delete(event.incidentId));
    }
    return pending;
  };

  const remember = (incidentId: string, room: WarRoom) => {
    if (rooms.size >= MAX_ROOMS) rooms.delete(rooms.keys().next().value!);
    rooms.set(incidentId, room);
    return room;
  };

  const persist = (room: WarRoom, ctx: NotifyContext) =>
    ctx.state.set(save(room)).catch((err: unknown) =>
      ctx.logger.warn('slack room state not saved', {
        incident: room.incident.id,
        reason: err instanceof Error ? err.message : String(err),
      }),
    );

  const newRoom = (event: InvestigationEvent, graph: GraphView): WarRoom => {
    const incident = summarize(event, config.defaultSeverity);
    const team = teamsOf(incident.named, graph)[0];
    const room: WarRoom = {
      incident,
      ...(team ? { team } : {}),
      route: { createChannel: false, invite: false },
      warRoom: false,
      silent: false,
      notices: [],
      pulled: new Set(),
      seen: new Set(),
      queue: Promise.resolve(),
    };
    room.route = routeFor(room);
    return room;
  };

  /** A shared channel by name or id, joined if it is public and the app is not in it yet. */
  const sharedChannel = async (target: string, api: SlackApi): Promise<{ id: string; name: string }> => {
    const key = target.replace(/^#/, '');
    const known = channelIds.get(key);
    if (known) return { id: known, name: key };
    if (CHANNEL_ID.test(key)) {
      try {
        if (!key.startsWith('D')) await api.joinChannel(key);
      } catch (err) {
        // A private channel cannot be joined: the app must have been invited to it.
        if (slackErrorOf(err) !== 'method_not_supported_for_channel_type') throw err;
      }
      channelIds.set(key, key);
      return { id: key, name: key };
    }
    const found = await api.findChannel(key, config.privateChannels);
    if (!found) {
      throw new PluginError(`Slack channel #${key} not found (or archived, or private without the app)`, {
        status: 'error',
        details: { method: 'conversations.list', error: 'channel_not_found' },
      });
    }
    if (!found.is_member) await api.joinChannel(found.id);
    channelIds.set(key, found.id);
    return { id: found.id, name: found.name };
  };

  const createWarRoom = async (room: WarRoom, api: SlackApi) => {
    const base = channelName(config.channelPattern, {
      incidentId: room.incident.id,
      createdAt: room.incident.createdAt,
      severity: room.incident.severity,
      description: room.incident.description,
      ...(room.incident.named[0] ? { component: room.incident.named[0] } : {}),
      ...(room.team ? { team: room.team } : {}),
    });
    for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
      const name = n === 1 ? base : withSuffix(base, n);
      try {
        const created = await api.createChannel(name, config.privateChannels);
        return { id: created.id, name: created.name };
      } catch (err) {
        if (slackErrorOf(err) !== 'name_taken') throw err;
        if (!config.reuseChannel) continue;
        // Archived channels keep their name but cannot be reused: they are not listed.
        const existing = await api.findChannel(name, config.privateChannels);
        if (!existing) continue;
        if (!existing.is_member) await api.joinChannel(existing.id);
        return { id: existing.id, name: existing.name };
      }
    }
    throw new PluginError(`No free Slack channel name for ${base} after ${MAX_NAME_ATTEMPTS} attempts`, {
      status: 'error',
      details: { method: 'conversations.create', error: 'name_taken' },
    });
  };

  const reply = (room: WarRoom, content: MessageContent, api: SlackApi) =>
    api.postMessage(room.channel!.id, content, room.threadTs ?? room.topTs);

  const notice = async (room: WarRoom, kind: 'notify' | 'origin', api: SlackApi) => {
    const origin = room.incident.origin;
    const target = kind === 'notify' ? room.route.notifyChannel : origin?.channel;
    if (!target || room.notices.some((n) => n.kind === kind)) return;
    const channel = await sharedChannel(target, api);
    const mention = kind === 'origin' ? origin?.user : undefined;
    const posted = await api.postMessage(
      channel.id,
      announcement(room.incident, room.channel!.id, mention ? { mention } : {}),
      kind === 'origin' ? origin?.thread : undefined,
    );
    room.notices.push({ kind, ...posted });
  };

  const invite = async (channel: string, ids: string[], api: SlackApi) => {
    const invited: string[] = [];
    const failed: { userId: string; error: string }[] = [];
    if (ids.length === 0) return { invited, failed };
    try {
      await api.invite(channel, ids);
      return { invited: ids, failed };
    } catch (err) {
      if (!INVITEE_ERRORS.has(slackErrorOf(err) ?? '')) throw err;
    }
    // One bad invitee fails the whole call: invite the rest one by one.
    for (const id of ids) {
      try {
        await api.invite(channel, [id]);
        invited.push(id);
      } catch (err) {
        const code = slackErrorOf(err) ?? '';
        if (!INVITEE_ERRORS.has(code)) throw err;
        if (code !== 'already_in_channel') failed.push({ userId: id, error: code });
      }
    }
    return { invited, failed };
  };

  /** Resolves and invites the members of `teams` (and, once, the config users) not yet pulled in. */
  const pullIn = async (room: WarRoom, teams: string[], api: SlackApi, graph: GraphView, logger: Logger) => {
    const wanted = teams.filter((t) => !room.pulled.has(t));
    const withConfig = !room.pulled.has(CONFIG_USERS);
    if (wanted.length === 0 && !withConfig) return;
    const people: Person[] = [];
    for (const teamId of wanted) {
      const team = graph.team(teamId);
      for (const m of team?.members ?? []) people.push({ ...m, team: teamId });
      for (const u of team?.slack?.users ?? []) people.push(personFromString(u, teamId));
    }
    if (withConfig) people.push(...config.users.map((u) => personFromString(u)));
    const fresh = new Map<string, Person>();
    for (const p of people) {
      const key = personKey(p);
      if (!room.seen.has(key) && !fresh.has(key)) fresh.set(key, p);
    }
    if (fresh.size === 0) {
      for (const t of wanted) room.pulled.add(t);
      room.pulled.add(CONFIG_USERS);
      return;
    }
    const resolutions = await resolver.resolve([...fresh.values()], api);
    const me = await botUserId(api);
    const ids = [...new Set(resolutions.flatMap((r) => (r.userId ? [r.userId] : [])))].filter(
      (id) => id !== me,
    );
    if (ids.length > 0) room.members ??= new Set(await api.members(room.channel!.id));
    const members = room.members ?? new Set<string>();
    const { invited, failed } = await invite(
      room.channel!.id,
      ids.filter((id) => !members.has(id)),
      api,
    );
    for (const id of invited) members.add(id);
    for (const key of fresh.keys()) room.seen.add(key);
    for (const t of wanted) room.pulled.add(t);
    room.pulled.add(CONFIG_USERS);
    const unresolved = resolutions.filter((r) => !r.userId).map((r) => describePerson(r.person));
    logger.debug('slack responders', {
      channel: room.channel!.name,
      teams: wanted,
      invited: invited.length,
      notInvited: failed.length,
      unresolved: unresolved.length,
    });
    const content = respondersReply(invited, unresolved, failed);
    if (content) await reply(room, content, api);
  };

  /** Everything the first event sets up; each part is skipped once done, so a failed step resumes. */
  const open = async (
    room: WarRoom,
    api: SlackApi,
    graph: GraphView,
    logger: Logger,
    saved: () => Promise<void>,
  ) => {
    if (room.silent) return;
    if (!room.channel) {
      if (room.route.createChannel) {
        room.channel = await createWarRoom(room, api);
        room.warRoom = true;
        logger.info('slack war room ready', { incident: room.incident.id, channel: room.channel.name });
      } else {
        // No war room: answer where the incident was asked for, else in notifyChannel, else in the
        // owning team's channel.
        const origin = room.incident.origin;
        const target =
          origin?.channel ??
          room.route.notifyChannel ??
          (room.team ? graph.team(room.team)?.slack?.channel : undefined);
        if (!target) {
          room.silent = true;
          return;
        }
        room.channel = await sharedChannel(target, api);
        if (origin?.thread) room.threadTs = origin.thread;
      }
    }
    if (!room.topTs) {
      room.topTs = (
        await api.postMessage(room.channel.id, startedMessage(room.incident, config.reportUrl), room.threadTs)
      ).ts;
      // Saved at once: a crash right after this must not post a second top message on resume.
      await saved();
    }
    if (!room.warRoom) return;
    if (room.route.invite) await pullIn(room, teamsOf(room.incident.named, graph), api, graph, logger);
    await notice(room, 'notify', api);
    await notice(room, 'origin', api);
  };

  const finish = async (room: WarRoom, report: Report, api: SlackApi, graph: GraphView, logger: Logger) => {
    await api.updateMessage(
      room.channel!.id,
      room.topTs!,
      reportMessage(report, room.incident, config.reportUrl),
    );
    await reply(room, reportReadyReply(report), api);
    const culprit = report.hypotheses[0];
    const team = culprit ? graph.component(culprit.node)?.team : undefined;
    if (room.warRoom && room.route.invite && team) await pullIn(room, [team], api, graph, logger);
    for (const n of room.notices) {
      const mention = n.kind === 'origin' ? room.incident.origin?.user : undefined;
      await api.updateMessage(
        n.channel,
        n.ts,
        announcement(room.incident, room.channel!.id, { report, ...(mention ? { mention } : {}) }),
      );
    }
  };

  const handle = async (room: WarRoom, event: InvestigationEvent, api: SlackApi, ctx: NotifyContext) => {
    const { graph, logger } = ctx;
    if (event.type === 'scope.resolved') {
      const named = (event.data as EventPayloads['scope.resolved']).named;
      room.incident.named = [...new Set([...room.incident.named, ...named])];
    }
    await open(room, api, graph, logger, () => persist(room, ctx));
    if (room.silent) return;
    switch (event.type) {
      case 'investigation.started':
        return;
      case 'report.ready':
        return finish(room, (event.data as EventPayloads['report.ready']).report, api, graph, logger);
      case 'investigation.failed': {
        const { code, message } = event.data as EventPayloads['investigation.failed'];
        await reply(room, failedReply(code, message), api);
        await api.updateMessage(room.channel!.id, room.topTs!, failedMessage(room.incident, code));
        return;
      }
      default: {
        const content = progressReply(event);
        if (content) await reply(room, content, api);
      }
    }
  };

  return {
    id: 'slack',
    events: [
      'investigation.started',
      ...(config.progressUpdates ? PROGRESS_EVENTS : []),
      'report.ready',
      'investigation.failed',
    ],
    async notify(event, ctx) {
      if (refused) {
        throw new PluginError(`Slack refused the token earlier (${refused}): fix the config and restart`, {
          status: 'permission-denied',
          details: { error: refused },
        });
      }
      if (ctx.signal.aborted) throw abortedError();
      const api = client.bind(ctx.signal);
      const room = await untilAborted(roomFor(event, ctx), ctx.signal);
      const step = untilAborted(room.queue, ctx.signal)
        .then(() => handle(room, event, api, ctx))
        .finally(() => persist(room, ctx));
      room.queue = step.catch(() => undefined);
      try {
        await step;
      } catch (err) {
        const code = slackErrorOf(err);
        if (code && TOKEN_ERRORS.has(code)) refused = code;
        ctx.logger.debug('slack notification failed', { event: event.type, error: code ?? 'unknown' });
        if (err instanceof PluginError) throw err;
        throw new PluginError('Slack notification failed unexpectedly', { status: 'error' });
      } finally {
        if (event.type === 'report.ready' || event.type === 'investigation.failed')
          rooms.delete(event.incidentId);
      }
    },
  };
}

function save(room: WarRoom): SavedRoom {
  // Members are fetched again and the queue is this process's own.
  const { queue: _queue, members: _members, pulled, seen, ...rest } = room;
  return { v: 1, ...rest, pulled: [...pulled], seen: [...seen] };
}

function restore(saved: SavedRoom): WarRoom {
  const { v: _v, pulled, seen, ...rest } = saved;
  return { ...rest, pulled: new Set(pulled), seen: new Set(seen), queue: Promise.resolve() };
}

/** The incident as far as this event tells: investigation.started has it all, later ones less. */
function summarize(event: InvestigationEvent, defaultSeverity: IncidentSummary['severity']): IncidentSummary {
  const data = event.data as Partial<
    EventPayloads['investigation.started'] & EventPayloads['report.ready'] & EventPayloads['scope.resolved']
  >;
  const incident = data.incident;
  const named = incident
    ? incident.entities.map((e) => e.node)
    : (data.report?.scope.named ?? data.named ?? []);
  const origin = incident ? originOf(incident) : undefined;
  return {
    id: event.incidentId,
    description: incident?.description.trim() || `Incident ${event.incidentId}`,
    severity: incident?.severity ?? defaultSeverity,
    createdAt: incident?.createdAt ?? event.at,
    named: [...new Set(named)],
    ...(origin ? { origin } : {}),
  };
}

/**
 * Where the incident was asked for in Slack. Only incidents the Slack entry created (source
 * `slack`) are answered there, and only when the labels look like Slack ids.
 */
function originOf(incident: Incident): IncidentSummary['origin'] {
  if (incident.source !== 'slack') return undefined;
  const channel = incident.labels[ORIGIN_LABELS.channel];
  const thread = incident.labels[ORIGIN_LABELS.thread];
  const user = incident.labels[ORIGIN_LABELS.user];
  if (!channel || !CHANNEL_ID.test(channel)) return undefined;
  return {
    channel,
    ...(thread && /^\d+\.\d+$/.test(thread) ? { thread } : {}),
    ...(user && /^[UW][A-Z0-9]{6,}$/.test(user) ? { user } : {}),
  };
}

function teamsOf(nodes: readonly string[], graph: GraphView): string[] {
  const teams = nodes.map((n) => graph.component(n)?.team).filter((t): t is string => !!t);
  return [...new Set(teams)];
}

function abortedError(): PluginError {
  return new PluginError('Slack notification aborted', {
    status: 'unavailable',
    details: { error: 'aborted' },
  });
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
