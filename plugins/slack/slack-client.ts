// The plugin's only contact with @slack/web-api: typed Web API calls bound to one notify call's
// AbortSignal, bounded retries (429 honouring Retry-After, 5xx, network errors) done by WebClient,
// platform errors (invalid_auth, channel_not_found, …) never retried, and every failure translated
// to a PluginError that names the method and Slack's error code — never the token.
import { ErrorCode, LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';
import { PluginError, type Logger } from 'culprit/sdk';

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
  const retryConfig = {
    retries: options.maxRetries,
    factor: 2,
    minTimeout: 200,
    maxTimeout: 2_000,
    randomize: false,
    maxRetryTime: 30_000,
  };

  return {
    bind(signal) {
      const client = new WebClient(options.token, {
        slackApiUrl: options.apiUrl,
        timeout: options.timeoutMs,
        retryConfig,
        rejectRateLimitedCalls: false,
        allowAbsoluteUrls: false,
        attachOriginalToWebAPIRequestError: false,
        logger: quiet,
        // A call abandoned by its notify (aborted, timed out) sends nothing more, even from a
        // retry WebClient had already scheduled.
        requestInterceptor: (config) => {
          if (signal.aborted) throw new Error('aborted');
          config.signal = signal;
          return config;
        },
      });

      const call = async <T>(method: string, args: Record<string, unknown>): Promise<T> => {
        if (signal.aborted) throw aborted(method);
        let onAbort: (() => void) | undefined;
        try {
          return (await Promise.race([
            client.apiCall(method, args),
            new Promise<never>((_, reject) => {
              onAbort = () => reject(aborted(method));
              signal.addEventListener('abort', onAbort, { once: true });
            }),
          ])) as T;
        } catch (err) {
          throw translate(method, err, options.timeoutMs, scrub);
        } finally {
          if (onAbort) signal.removeEventListener('abort', onAbort);
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

/** WebClient's errors → PluginError; the library error is not attached (it carries request headers). */
function translate(
  method: string,
  err: unknown,
  timeoutMs: number,
  scrub: (s: string) => string,
): PluginError {
  if (err instanceof PluginError) return err;
  const e = err as {
    code?: string;
    data?: { error?: string; needed?: string };
    statusCode?: number;
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
    return new PluginError(`Slack ${method} failed: HTTP ${e.statusCode ?? 'error'} after retries`, {
      status: 'unavailable',
      retryable: true,
      details: { method, error: 'http_error', httpStatus: e.statusCode },
    });
  }
  const message = String(e.message ?? '');
  if (e.code === ErrorCode.RateLimitedError || message.startsWith('A rate limit was exceeded')) {
    return new PluginError(`Slack ${method} failed: still rate limited after retries`, {
      status: 'unavailable',
      retryable: true,
      details: { method, error: 'ratelimited' },
    });
  }
  if (e.code === ErrorCode.RequestError) {
    const timedOut = /timeout/i.test(message);
    return new PluginError(
      timedOut
        ? `Slack ${method} failed: no answer within ${timeoutMs} ms`
        : `Slack ${method} failed: Slack is not reachable`,
      {
        status: timedOut ? 'timeout' : 'unavailable',
        retryable: true,
        details: { method, error: timedOut ? 'timeout' : 'unreachable' },
      },
    );
  }
  return new PluginError(`Slack ${method} failed: ${scrub(message || 'unexpected error')}`, {
    status: 'error',
    details: { method, error: 'unexpected' },
  });
}
