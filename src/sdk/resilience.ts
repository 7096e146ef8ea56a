// One resilience policy for every plugin's upstream calls: a per-attempt timeout that aborts the
// attempt's signal, bounded retries with exponential backoff and jitter that honour Retry-After hints,
// an overall deadline no wait may cross, and a consecutive-failure circuit breaker. It never touches
// a transport itself: the caller's function must hand the signal to its client so an abort is real.
import { createError, isCulpritError } from '../errors/index.js';
import { PluginError } from './plugin-error.js';

export interface BackoffOptions {
  /** First wait, doubled at each retry (default 200 ms). */
  baseMs?: number;
  /** Cap of one computed wait (default 10 s). */
  maxMs?: number;
  /** Equal jitter: each wait is drawn in [w/2, w] so retries of many callers spread (default true). */
  jitter?: boolean;
}

export interface BreakerOptions {
  /** This many upstream failures in a row open the circuit. */
  consecutiveFailures: number;
  /** After this long open, one trial call is let through (half-open). */
  halfOpenAfterMs: number;
}

export interface ResiliencePolicyOptions {
  /** Per attempt: its signal is aborted at this point and the attempt counts as a timeout. */
  timeoutMs: number;
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** Retries after an attempt timed out, within `retries` (default 1: a hung upstream seldom wakes). */
  timeoutRetries?: number;
  backoff?: BackoffOptions;
  /** A server hint longer than this ends the retries instead of being cut short (default 30 s). */
  maxRetryAfterMs?: number;
  /** Budget of one `execute`, attempts and waits together (default: none). */
  deadlineMs?: number;
  /** Default: no breaker. */
  breaker?: BreakerOptions;
  /**
   * Which errors are worth another attempt and count against the breaker (default
   * `isRetryableError`). Whatever it says, a 4xx other than 408 and 429 is never retried.
   */
  isRetryable?: (error: unknown) => boolean;
  /** Called before each wait (for logs and metrics). */
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
  /** Source of jitter in [0, 1) (default Math.random; tests pin it). */
  random?: () => number;
}

export interface ExecuteOptions {
  /** The caller's signal (a collector's ctx.signal): aborts the attempt and any wait. */
  signal?: AbortSignal;
  /** Overrides the policy's deadlineMs for this call. */
  deadlineMs?: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface ResiliencePolicy {
  /**
   * Runs `fn` under the policy. Rethrows the last error of `fn` when retries are spent; throws
   * ERR_PLUGIN_UPSTREAM_TIMEOUT (status `timeout`), ERR_PLUGIN_CIRCUIT_OPEN (status `unavailable`)
   * or ERR_ABORTED (the caller's signal) otherwise.
   */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, options?: ExecuteOptions): Promise<T>;
  readonly breaker: { readonly state: BreakerState; readonly failures: number };
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The HTTP status an error carries (a client's `statusCode`/`status`/numeric `code`, or `details.httpStatus`). */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const isStatus = (v: unknown): v is number =>
    Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599;
  // A CulpritError's own `status` is the REST mapping of its code, not an upstream answer.
  if (isCulpritError(error) || error instanceof PluginError) {
    const s = (error as { details?: Record<string, unknown> }).details?.httpStatus;
    return isStatus(s) ? s : undefined;
  }
  const e = error as Record<string, unknown>;
  for (const key of ['httpStatus', 'statusCode', 'status', 'code']) if (isStatus(e[key])) return e[key];
  return undefined;
}

/** 4xx answers say the request itself is wrong: retrying cannot help, except 408 and 429. */
export function isNeverRetried(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** Default classification: 408, 429, 5xx (not 501), network failures and retryable PluginErrors. */
export function isRetryableError(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined) return status === 408 || status === 429 || (status >= 500 && status !== 501);
  if (error instanceof PluginError) return error.retryable || error.code === 'ERR_PLUGIN_UPSTREAM_TIMEOUT';
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  // Node's fetch rejects with TypeError('fetch failed') and the socket error as its cause.
  if (e.name === 'TypeError' && e.message === 'fetch failed') return true;
  return e.cause !== undefined && e.cause !== error && isRetryableError(e.cause);
}

/** The wait a server asked for, carried by the error as `retryAfterMs` (PluginError has the field). */
export function retryAfterOf(error: unknown): number | undefined {
  const v = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// IMF-fixdate, the obsolete RFC 850 form and asctime (RFC 9110 §5.6.7), always GMT.
const IMF = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC850 = /^[a-z]+, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME = /^[a-z]{3} ([a-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

function httpDate(text: string, now: number): number | undefined {
  let y: number, mon: string, d: number, h: number, mi: number, s: number;
  let m = IMF.exec(text);
  if (m) [d, mon, y, h, mi, s] = [+m[1]!, m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
  else if ((m = RFC850.exec(text))) {
    [d, mon, y, h, mi, s] = [+m[1]!, m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const thisYear = new Date(now).getUTCFullYear();
    y += Math.floor(thisYear / 100) * 100;
    if (y > thisYear + 50) y -= 100;
  } else if ((m = ASCTIME.exec(text)))
    [mon, d, h, mi, s, y] = [m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
  else return undefined;
  const month = MONTHS.indexOf(mon.toLowerCase());
  if (month < 0 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const at = Date.UTC(y, month, d, h, mi, Math.min(s, 59));
  return new Date(at).getUTCDate() === d ? at : undefined;
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds or an HTTP-date (a date in the past
 * is 0). undefined when absent or unreadable.
 */
export function retryAfterFromHeaders(
  headers: HeaderBag | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  let raw: string | string[] | null | undefined;
  if (typeof (headers as { get?: unknown }).get === 'function')
    raw = (headers as { get(n: string): string | null }).get('retry-after');
  else {
    const bag = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(bag).find((k) => k.toLowerCase() === 'retry-after');
    raw = key === undefined ? undefined : bag[key];
  }
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = httpDate(text, now);
  return at === undefined ? undefined : Math.max(0, at - now);
}

class AttemptTimeout extends Error {}

function positive(name: string, value: number | undefined, integer = false): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
    throw createError('ERR_INVALID_ARGUMENT', { name, reason: 'must be a finite non-negative number' });
}

/** Resolves after `ms`, or at once when `signal` aborts; global timers so tests can fake them. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export function createResiliencePolicy(options: ResiliencePolicyOptions): ResiliencePolicy {
  positive('timeoutMs', options.timeoutMs);
  if (!(options.timeoutMs > 0))
    throw createError('ERR_INVALID_ARGUMENT', { name: 'timeoutMs', reason: 'must be above 0' });
  positive('retries', options.retries, true);
  positive('timeoutRetries', options.timeoutRetries, true);
  positive('deadlineMs', options.deadlineMs);
  positive('maxRetryAfterMs', options.maxRetryAfterMs);
  positive('backoff.baseMs', options.backoff?.baseMs);
  positive('backoff.maxMs', options.backoff?.maxMs);
  if (options.breaker) {
    positive('breaker.consecutiveFailures', options.breaker.consecutiveFailures, true);
    positive('breaker.halfOpenAfterMs', options.breaker.halfOpenAfterMs);
  }
  const retries = options.retries ?? 2;
  const timeoutRetries = Math.min(options.timeoutRetries ?? 1, retries);
  const baseMs = options.backoff?.baseMs ?? 200;
  const maxMs = options.backoff?.maxMs ?? 10_000;
  const jitter = options.backoff?.jitter ?? true;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const isRetryable = options.isRetryable ?? isRetryableError;
  const random = options.random ?? Math.random;

  let failures = 0;
  let openedAt: number | undefined;
  let trialInFlight = false;
  const state = (): BreakerState => {
    if (openedAt === undefined) return 'closed';
    return Date.now() - openedAt >= options.breaker!.halfOpenAfterMs ? 'half-open' : 'open';
  };
  const succeeded = () => {
    failures = 0;
    openedAt = undefined;
  };
  const failed = () => {
    failures++;
    // A failed half-open trial, or the threshold reached: (re)open for another halfOpenAfterMs.
    if (options.breaker && (openedAt !== undefined || failures >= options.breaker.consecutiveFailures))
      openedAt = Date.now();
  };

  const backoffMs = (retry: number) => {
    const w = Math.min(maxMs, baseMs * 2 ** retry);
    return jitter ? w / 2 + random() * (w / 2) : w;
  };

  async function execute<T>(fn: (signal: AbortSignal) => Promise<T>, call: ExecuteOptions = {}): Promise<T> {
    const caller = call.signal;
    const budget = call.deadlineMs ?? options.deadlineMs;
    const deadline = budget === undefined ? Infinity : Date.now() + budget;
    const abortedError = () =>
      createError('ERR_ABORTED', { reason: 'the caller cancelled the call' }, { cause: caller?.reason });

    let trial = false;
    if (options.breaker) {
      const s = state();
      if (s === 'open' || (s === 'half-open' && trialInFlight)) {
        const retryInMs =
          s === 'open' ? Math.max(0, openedAt! + options.breaker.halfOpenAfterMs - Date.now()) : 0;
        throw new PluginError(`the upstream is taken as down after ${failures} failure(s) in a row`, {
          code: 'ERR_PLUGIN_CIRCUIT_OPEN',
          status: 'unavailable',
          retryAfterMs: retryInMs,
          details: { failures, retryInMs },
        });
      }
      if (s === 'half-open') trial = trialInFlight = true;
    }

    let timeoutsLeft = timeoutRetries;
    try {
      for (let attempt = 0; ; attempt++) {
        if (caller?.aborted) throw abortedError();
        const left = deadline - Date.now();
        const attemptMs = Math.min(options.timeoutMs, left);
        let lastError: unknown;
        let timedOut = false;
        if (attemptMs <= 0) {
          timedOut = true;
        } else {
          const controller = new AbortController();
          const onCallerAbort = () => controller.abort(caller?.reason);
          caller?.addEventListener('abort', onCallerAbort, { once: true });
          let timer: NodeJS.Timeout | undefined;
          try {
            const stopped = new Promise<never>((_, reject) => {
              timer = setTimeout(() => {
                const err = new AttemptTimeout();
                controller.abort(err);
                reject(err);
              }, attemptMs);
              controller.signal.addEventListener(
                'abort',
                () =>
                  reject(
                    controller.signal.reason instanceof AttemptTimeout
                      ? controller.signal.reason
                      : abortedError(),
                  ),
                { once: true },
              );
            });
            stopped.catch(() => {});
            const running = Promise.resolve().then(() => fn(controller.signal));
            // A fn that ignores its signal must not surface an unhandled rejection later.
            running.catch(() => {});
            const value = await Promise.race([running, stopped]);
            succeeded();
            return value;
          } catch (err) {
            controller.abort(err);
            if (caller?.aborted) throw abortedError();
            if (err instanceof AttemptTimeout) timedOut = true;
            else lastError = err;
          } finally {
            clearTimeout(timer);
            caller?.removeEventListener('abort', onCallerAbort);
          }
        }

        const timeoutError = () =>
          new PluginError(`no answer within ${attemptMs > 0 ? attemptMs : 0} ms`, {
            code: 'ERR_PLUGIN_UPSTREAM_TIMEOUT',
            status: 'timeout',
            details: { timeoutMs: Math.max(0, attemptMs), attempts: attempt + 1 },
          });
        if (!timedOut) {
          const status = httpStatusOf(lastError);
          if (isNeverRetried(status) || !isRetryable(lastError)) {
            // The upstream answered: a refusal is no sign it is down.
            succeeded();
            throw lastError;
          }
        }
        const error = timedOut ? timeoutError() : lastError;
        const hinted = timedOut ? undefined : retryAfterOf(lastError);
        const mayRetry =
          attempt < retries &&
          (!timedOut || timeoutsLeft-- > 0) &&
          (hinted === undefined || hinted <= maxRetryAfterMs);
        const waitMs = hinted ?? backoffMs(attempt);
        if (!mayRetry || Date.now() + waitMs >= deadline) {
          failed();
          throw error;
        }
        options.onRetry?.({ attempt: attempt + 1, waitMs, error });
        await sleep(waitMs, caller ?? new AbortController().signal);
      }
    } finally {
      if (trial) trialInFlight = false;
    }
  }

  return {
    execute,
    get breaker() {
      return { state: state(), failures };
    },
  };
}
