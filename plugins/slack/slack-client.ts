// The plugin's only contact with @slack/web-api: typed Web API calls bound to one notify call's
// AbortSignal, through the SDK resilience policy (per-attempt timeout, retries for 429 honouring
// Retry-After, 5xx and network errors, a breaker) — WebClient's own retries are off — and one bounded
// agent destroyed on close. Platform errors (invalid_auth, channel_not_found, …) are never retried;
// every failure is a PluginError that names the method and Slack's error code — never the token.
import http from 'node:http';
import https from 'node:https';
import { ErrorCode, LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';
import { createResiliencePolicy, PluginError, retryAfterFromHeaders, type Logger } from 'culprit/sdk';

export interface SlackClientOptions {
  token: string;
  /** Base URL of the Web API, ending in `/api/`. */
  apiUrl: string;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
}

export interface SlackUserRecord {
  id: string;
  name: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  profile?: { display_name?: string; real_name?: string; email?: string };
}

export interface SlackChannelRecord {
  id: string;
  name: string;
  is_private?: boolean;
  is_archived?: boolean;
  is_member?: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
}

export interface MessageContent {
  text: string;
  blocks?: unknown[];
}

/** The Web API calls the notifier makes, bound to one AbortSignal. */
export interface SlackApi {
  authTest(): Promise<{ userId: string; teamId?: string }>;
  createChannel(name: string, isPrivate: boolean): Promise<SlackChannelRecord>;
  /**
   * Walks conversations.list (unarchived channels; private ones too when asked, which needs
   * groups:read) until `name` is found.
   */
  findChannel(name: string, includePrivate: boolean): Promise<SlackChannelRecord | undefined>;
  joinChannel(channel: string): Promise<void>;
  members(channel: string): Promise<string[]>;
  invite(channel: string, users: readonly string[]): Promise<void>;
  postMessage(channel: string, content: MessageContent, threadTs?: string): Promise<PostedMessage>;
  updateMessage(channel: string, ts: string, content: MessageContent): Promise<void>;
  /** undefined when no user has that email (users_not_found). */
  lookupByEmail(email: string): Promise<SlackUserRecord | undefined>;
  listUsers(): Promise<SlackUserRecord[]>;
}

export interface SlackClient {
  bind(signal: AbortSignal): SlackApi;
  /** Ends every call in flight and destroys every socket; later calls fail at once. */
  close(): void;
}

/** Slack errors that mean the token or the app's grants are wrong: retrying cannot help. */
export const AUTH_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'not_allowed_token_type',
  'no_permission',
  'ekm_access_denied',
]);

const PAGE_LIMIT = 200;
const MAX_PAGES = 100;
const MAX_SOCKETS = 8;
const MAX_FREE_SOCKETS = 2;
const IDLE_SOCKET_MS = 30_000;
/** This many calls in a row that failed for good (timeouts, 5xx, network) take Slack as down. */
const BREAKER = { consecutiveFailures: 5, halfOpenAfterMs: 30_000 };

/** The Slack error code behind a PluginError from this client (`channel_not_found`, …). */
export function slackErrorOf(err: unknown): string | undefined {
  if (!(err instanceof PluginError)) return undefined;
  const code = err.details.error;
  return typeof code === 'string' ? code : undefined;
}

export function createSlackClient(options: SlackClientOptions): SlackClient {
  const scrub = (text: string) => (options.token ? text.split(options.token).join('[redacted]') : text);
  // WebClient logs request bodies and results at debug and each failed attempt at warn: keep the
  // attempts (as debug, scrubbed) and drop the rest.
  const forward = (...msg: unknown[]) =>
    options.logger.debug('slack client', { message: scrub(msg.map((m) => String(m)).join(' ')) });
  const quiet: SlackLogger = {
    debug() {},
    info: forward,
    warn: forward,
    error: forward,
    setLevel() {},
    getLevel: () => LogLevel.WARN,
    setName() {},
  };
  // One source of truth for retries: the SDK policy. WebClient makes a single attempt (no retries,
  // 429 rejected at once with its Retry-After) and never waits on its own.
  const policy = createResiliencePolicy({
    timeoutMs: options.timeoutMs,
    retries: options.maxRetries,
    timeoutRetries: options.maxRetries,
    backoff: { baseMs: 200, maxMs: 2_000 },
    maxRetryAfterMs: 30_000,
    breaker: BREAKER,
  });
  const secure = new URL(options.apiUrl).protocol === 'https:';
  const agentOptions = {
    keepAlive: true,
    maxSockets: MAX_SOCKETS,
    maxTotalSockets: MAX_SOCKETS,
    maxFreeSockets: MAX_FREE_SOCKETS,
    timeout: IDLE_SOCKET_MS,
    scheduling: 'lifo' as const,
  };
  const agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const closing = new AbortController();

  /** A WebClient for one attempt: the attempt's signal ends its request (and socket) on abort. */
  const attemptClient = (attempt: AbortSignal) =>
    new WebClient(options.token, {
      slackApiUrl: options.apiUrl,
      agent,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      allowAbsoluteUrls: false,
      attachOriginalToWebAPIRequestError: false,
      logger: quiet,
      requestInterceptor: (config) => {
        if (attempt.aborted) throw new Error('aborted');
        config.signal = attempt;
        return config;
      },
    });

  return {
    close() {
      closing.abort();
      agent.destroy();
    },
    bind(outer) {
      // A call abandoned by its notify (aborted, timed out) or by close() sends nothing more.
      const call = async <T>(method: string, args: Record<string, unknown>): Promise<T> => {
        if (outer.aborted || closing.signal.aborted) throw aborted(method);
        const controller = new AbortController();
        const stop = () => controller.abort();
        outer.addEventListener('abort', stop, { once: true });
        closing.signal.addEventListener('abort', stop, { once: true });
        try {
          return (await policy.execute(
            async (attempt) => {
              try {
                return await attemptClient(attempt).apiCall(method, args);
              } catch (err) {
                throw translate(method, err, scrub);
              }
            },
            { signal: controller.signal },
          )) as T;
        } catch (err) {
          throw settled(method, err, options.timeoutMs);
        } finally {
          outer.removeEventListener('abort', stop);
          closing.signal.removeEventListener('abort', stop);
        }
      };

      const pages = async <T>(
        method: string,
        args: Record<string, unknown>,
        pick: (page: Record<string, unknown>) => T[],
        stop?: (items: T[]) => boolean,
      ): Promise<T[]> => {
        const all: T[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < MAX_PAGES; i++) {
          const page = await call<Record<string, unknown> & { response_metadata?: { next_cursor?: string } }>(
            method,
            { ...args, limit: PAGE_LIMIT, ...(cursor ? { cursor } : {}) },
          );
          const items = pick(page);
          all.push(...items);
          if (stop?.(items)) break;
          cursor = page.response_metadata?.next_cursor || undefined;
          if (!cursor) break;
        }
        return all;
      };

      return {
        async authTest() {
          const r = await call<{ user_id: string; team_id?: string }>('auth.test', {});
          return { userId: r.user_id, ...(r.team_id ? { teamId: r.team_id } : {}) };
        },
        async createChannel(name, isPrivate) {
          const r = await call<{ channel: SlackChannelRecord }>('conversations.create', {
            name,
            is_private: isPrivate,
          });
          return r.channel;
        },
        async findChannel(name, includePrivate) {
          const found = await pages<SlackChannelRecord>(
            'conversations.list',
            {
              types: includePrivate ? 'public_channel,private_channel' : 'public_channel',
              exclude_archived: true,
            },
            (p) => (p.channels as SlackChannelRecord[] | undefined) ?? [],
            (items) => items.some((c) => c.name === name),
          );
          return found.find((c) => c.name === name);
        },
        async joinChannel(channel) {
          await call('conversations.join', { channel });
        },
        members: (channel) =>
          pages<string>(
            'conversations.members',
            { channel },
            (p) => (p.members as string[] | undefined) ?? [],
          ),
        async invite(channel, users) {
          await call('conversations.invite', { channel, users: users.join(',') });
        },
        async postMessage(channel, content, threadTs) {
          const r = await call<{ channel: string; ts: string }>('chat.postMessage', {
            channel,
            ...content,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            unfurl_links: false,
            unfurl_media: false,
          });
          return { channel: r.channel, ts: r.ts };
        },
        async updateMessage(channel, ts, content) {
          await call('chat.update', { channel, ts, ...content });
        },
        async lookupByEmail(email) {
          try {
            return (await call<{ user: SlackUserRecord }>('users.lookupByEmail', { email })).user;
          } catch (err) {
            if (slackErrorOf(err) === 'users_not_found') return undefined;
            throw err;
          }
        },
        listUsers: () =>
          pages<SlackUserRecord>('users.list', {}, (p) => (p.members as SlackUserRecord[] | undefined) ?? []),
      };
    },
  };
}

function aborted(method: string): PluginError {
  return new PluginError(`Slack ${method} abandoned: the notification was aborted`, {
    status: 'unavailable',
    details: { method, error: 'aborted' },
  });
}

/**
 * One attempt's WebClient error → PluginError (the library error is not attached: it carries request
 * headers), marked retryable with the server's wait where Slack's answer allows another attempt.
 */
function translate(method: string, err: unknown, scrub: (s: string) => string): PluginError {
  if (err instanceof PluginError) return err;
  const e = err as {
    code?: string;
    data?: { error?: string; needed?: string };
    statusCode?: number;
    headers?: Record<string, string | string[] | undefined>;
    retryAfter?: number;
    message?: string;
  };
  if (e.code === ErrorCode.PlatformError) {
    const error = String(e.data?.error ?? 'unknown_error');
    return new PluginError(`Slack ${method} failed: ${error}`, {
      status: AUTH_ERRORS.has(error) ? 'permission-denied' : 'error',
      details: { method, error, ...(e.data?.needed ? { needed: e.data.needed } : {}) },
    });
  }
  if (e.code === ErrorCode.HTTPError) {
    const retryAfterMs = retryAfterFromHeaders(e.headers);
    return new PluginError(`Slack ${method} failed: HTTP ${e.statusCode ?? 'error'}`, {
      status: 'unavailable',
      retryable: true,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      details: { method, error: 'http_error', httpStatus: e.statusCode },
    });
  }
  if (e.code === ErrorCode.RateLimitedError) {
    return new PluginError(`Slack ${method} failed: rate limited`, {
      status: 'unavailable',
      retryable: true,
      retryAfterMs: Math.max(0, Number(e.retryAfter) || 0) * 1000,
      details: { method, error: 'ratelimited', httpStatus: 429 },
    });
  }
  if (e.code === ErrorCode.RequestError) {
    return new PluginError(`Slack ${method} failed: Slack is not reachable`, {
      status: 'unavailable',
      retryable: true,
      details: { method, error: 'unreachable' },
    });
  }
  return new PluginError(`Slack ${method} failed: ${scrub(String(e.message ?? '') || 'unexpected error')}`, {
    status: 'error',
    details: { method, error: 'unexpected' },
  });
}

/** What the policy ended with → the error a notify sees: timeouts, an open breaker and aborts named. */
function settled(method: string, err: unknown, timeoutMs: number): PluginError {
  const code = (err as { code?: unknown }).code;
  if (code === 'ERR_ABORTED') return aborted(method);
  if (code === 'ERR_PLUGIN_UPSTREAM_TIMEOUT')
    return new PluginError(`Slack ${method} failed: no answer within ${timeoutMs} ms`, {
      code: 'ERR_PLUGIN_UPSTREAM_TIMEOUT',
      status: 'timeout',
      retryable: true,
      details: { method, error: 'timeout' },
    });
  if (code === 'ERR_PLUGIN_CIRCUIT_OPEN')
    return new PluginError(`Slack ${method} skipped: Slack is taken as down`, {
      code: 'ERR_PLUGIN_CIRCUIT_OPEN',
      status: 'unavailable',
      retryable: true,
      details: { method, error: 'circuit_open' },
    });
  if (err instanceof PluginError) return err;
  return new PluginError(`Slack ${method} failed: unexpected error`, {
    status: 'error',
    details: { method, error: 'unexpected' },
  });
}
