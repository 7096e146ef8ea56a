// The SDK resilience policy: retries and their classification, Retry-After (seconds and HTTP-date),
// per-attempt timeouts that abort the attempt's signal, the overall deadline and the circuit breaker.
// Property tests run on fake timers: they check counts and virtual time, never wall-clock speed.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createResiliencePolicy,
  isRetryableError,
  PluginError,
  retryAfterFromHeaders,
  type ResiliencePolicyOptions,
} from '../../src/sdk/index.js';

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${statusCode}`);
  }
}

/** A function that never answers but, like a real client, gives up when its signal aborts. */
const hang = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

const codeOf = (err: unknown) => (err as { code?: string }).code;

async function settle<T>(p: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createResiliencePolicy', () => {
  it('returns the first answer without retrying', async () => {
    const policy = createResiliencePolicy({ timeoutMs: 1000 });
    const fn = vi.fn(async () => 42);
    await expect(policy.execute(fn)).resolves.toBe(42);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('retries 5xx with exponential backoff and equal jitter, then answers', async () => {
    const waits: number[] = [];
    const policy = createResiliencePolicy({
      timeoutMs: 1000,
      retries: 3,
      backoff: { baseMs: 10, maxMs: 1000 },
      onRetry: ({ waitMs }) => void waits.push(waitMs),
    });
    let n = 0;
    const value = await policy.execute(async () => {
      if (n++ < 3) throw new HttpError(503);
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(n).toBe(4);
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual((10 * 2 ** i) / 2);
      expect(w).toBeLessThanOrEqual(10 * 2 ** i);
    });
  });

  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', async (status) => {
    const policy = createResiliencePolicy({ timeoutMs: 1000, retries: 3, isRetryable: () => true });
    const fn = vi.fn(async () => {
      throw new HttpError(status);
    });
    const { error } = await settle(policy.execute(fn));
    expect((error as HttpError).statusCode).toBe(status);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it.each([408, 429, 500, 502, 503, 504])('retries a %i', async (status) => {
    const policy = createResiliencePolicy({ timeoutMs: 1000, retries: 1, backoff: { baseMs: 1 } });
    const fn = vi.fn(async () => {
      throw new HttpError(status);
    });
    await settle(policy.execute(fn));
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('waits what the server asked for (retryAfterMs on the error), not the backoff', async () => {
    const waits: number[] = [];
    const policy = createResiliencePolicy({
      timeoutMs: 1000,
      backoff: { baseMs: 1 },
      onRetry: ({ waitMs }) => void waits.push(waitMs),
    });
    let n = 0;
    await policy.execute(async () => {
      if (n++ === 0) throw new PluginError('busy', { retryable: true, retryAfterMs: 30 });
      return 1;
    });
    expect(waits).toEqual([30]);
  });

  it('gives up at once when the server asks for longer than maxRetryAfterMs', async () => {
    const policy = createResiliencePolicy({ timeoutMs: 1000, maxRetryAfterMs: 1000 });
    const fn = vi.fn(async () => {
      throw new HttpError(429, 60_000);
    });
    await settle(policy.execute(fn));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('aborts the attempt signal at the timeout and retries a timeout once by default', async () => {
    const policy = createResiliencePolicy({ timeoutMs: 30, retries: 3, backoff: { baseMs: 1 } });
    const signals: AbortSignal[] = [];
    const { error } = await settle(
      policy.execute((signal) => {
        signals.push(signal);
        return hang(signal);
      }),
    );
    expect(codeOf(error)).toBe('ERR_PLUGIN_UPSTREAM_TIMEOUT');
    expect((error as PluginError).collectorStatus).toBe('timeout');
    expect(signals).toHaveLength(2);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('ends at the timeout even when the function ignores its signal', async () => {
    const policy = createResiliencePolicy({ timeoutMs: 20, retries: 0 });
    const { error } = await settle(policy.execute(() => new Promise(() => {})));
    expect(codeOf(error)).toBe('ERR_PLUGIN_UPSTREAM_TIMEOUT');
  });

  it("the caller's signal aborts the attempt and the wait: ERR_ABORTED, no more attempts", async () => {
    const policy = createResiliencePolicy({ timeoutMs: 10_000, retries: 5 });
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fn = vi.fn((signal: AbortSignal) => {
      seen = signal;
      setTimeout(() => controller.abort(), 10);
      return hang(signal);
    });
    const { error } = await settle(policy.execute(fn, { signal: controller.signal }));
    expect(codeOf(error)).toBe('ERR_ABORTED');
    expect(seen?.aborted).toBe(true);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(policy.breaker.failures).toBe(0);
  });

  it('stops retrying when the next wait would cross the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const policy = createResiliencePolicy({ timeoutMs: 1000, retries: 5, deadlineMs: 100 });
    const fn = vi.fn(async () => {
      throw new HttpError(503, 80);
    });
    const started = Date.now();
    const done = settle(policy.execute(fn));
    await vi.runAllTimersAsync();
    expect((await done).error).toBeInstanceOf(HttpError);
    expect(fn).toHaveBeenCalledTimes(2); // waits 80, then 80 more would pass 100
    expect(Date.now() - started).toBe(80);
  });

  it('opens after consecutive failures, fails fast, lets one trial through half-open, closes on success', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const policy = createResiliencePolicy({
      timeoutMs: 1000,
      retries: 0,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 5000 },
    });
    const failing = vi.fn(async () => {
      throw new HttpError(500);
    });
    for (let i = 0; i < 3; i++) await settle(policy.execute(failing));
    expect(policy.breaker).toEqual({ state: 'open', failures: 3 });
    const { error } = await settle(policy.execute(failing));
    expect(codeOf(error)).toBe('ERR_PLUGIN_CIRCUIT_OPEN');
    expect((error as PluginError).collectorStatus).toBe('unavailable');
    expect(failing).toHaveBeenCalledTimes(3);

    vi.advanceTimersByTime(5000);
    expect(policy.breaker.state).toBe('half-open');
    let release!: (v: string) => void;
    const trial = policy.execute(() => new Promise<string>((r) => (release = r)));
    const second = await settle(policy.execute(async () => 'not called'));
    expect(codeOf(second.error)).toBe('ERR_PLUGIN_CIRCUIT_OPEN');
    release('ok');
    await expect(trial).resolves.toBe('ok');
    expect(policy.breaker).toEqual({ state: 'closed', failures: 0 });
  });

  it('a failed half-open trial opens the circuit again; 4xx answers do not count as failures', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const policy = createResiliencePolicy({
      timeoutMs: 1000,
      retries: 0,
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 100 },
    });
    const fail = async () => {
      throw new HttpError(502);
    };
    await settle(policy.execute(fail));
    await settle(
      policy.execute(async () => {
        throw new HttpError(404);
      }),
    );
    expect(policy.breaker).toEqual({ state: 'closed', failures: 0 });
    await settle(policy.execute(fail));
    await settle(policy.execute(fail));
    expect(policy.breaker.state).toBe('open');
    vi.advanceTimersByTime(100);
    await settle(policy.execute(fail));
    expect(policy.breaker.state).toBe('open');
  });

  it('refuses options it cannot honour', () => {
    const bad: ResiliencePolicyOptions[] = [
      { timeoutMs: 0 },
      { timeoutMs: 10, retries: -1 },
      { timeoutMs: 10, retries: 1.5 },
      { timeoutMs: 10, breaker: { consecutiveFailures: 3, halfOpenAfterMs: Number.NaN } },
    ];
    for (const options of bad) {
      let code: string | undefined;
      try {
        createResiliencePolicy(options);
      } catch (err) {
        code = codeOf(err);
      }
      expect(code).toBe('ERR_INVALID_ARGUMENT');
    }
  });
});

describe('isRetryableError', () => {
  it('classifies statuses, network errors and PluginErrors', () => {
    expect(isRetryableError(new HttpError(503))).toBe(true);
    expect(isRetryableError(new HttpError(501))).toBe(false);
    expect(isRetryableError(new HttpError(404))).toBe(false);
    expect(isRetryableError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(
      isRetryableError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
    ).toBe(true);
    expect(isRetryableError(new PluginError('x', { retryable: true }))).toBe(true);
    // A PluginError's own REST status (502) is not an upstream answer.
    expect(isRetryableError(new PluginError('x'))).toBe(false);
    expect(isRetryableError(new PluginError('x', { details: { httpStatus: 429 } }))).toBe(true);
    expect(isRetryableError(new Error('parse'))).toBe(false);
  });
});

describe('retryAfterFromHeaders', () => {
  const now = Date.UTC(2026, 10, 22, 14, 30, 0);
  it('reads delay-seconds and the three HTTP-date forms, in any header case', () => {
    expect(retryAfterFromHeaders({ 'retry-after': '120' }, now)).toBe(120_000);
    expect(retryAfterFromHeaders({ 'Retry-After': '0' }, now)).toBe(0);
    expect(retryAfterFromHeaders({ 'retry-after': 'Sun, 22 Nov 2026 14:30:30 GMT' }, now)).toBe(30_000);
    expect(retryAfterFromHeaders({ 'retry-after': 'Sunday, 22-Nov-26 14:31:00 GMT' }, now)).toBe(60_000);
    expect(retryAfterFromHeaders({ 'retry-after': 'Sun Nov 22 14:30:05 2026' }, now)).toBe(5_000);
    expect(retryAfterFromHeaders(new Headers({ 'retry-after': '7' }), now)).toBe(7_000);
    expect(retryAfterFromHeaders({ 'retry-after': ['3', '9'] }, now)).toBe(3_000);
  });
  it('a date in the past is no wait; garbage, negatives, fractions and absence are undefined', () => {
    expect(retryAfterFromHeaders({ 'retry-after': 'Sat, 21 Nov 2026 14:30:00 GMT' }, now)).toBe(0);
    for (const v of ['soon', '-5', '1.5', '', 'Sun, 31 Feb 2026 10:00:00 GMT', '5 GMT'])
      expect(retryAfterFromHeaders({ 'retry-after': v }, now)).toBeUndefined();
    expect(retryAfterFromHeaders({}, now)).toBeUndefined();
    expect(retryAfterFromHeaders(undefined, now)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties.

type Outcome = { ok: true } | { status: number; hintMs?: number } | { hang: true };

const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.constant<Outcome>({ ok: true }),
  fc.constant<Outcome>({ hang: true }),
  fc.record({
    status: fc.constantFrom(400, 401, 403, 404, 408, 409, 429, 500, 501, 502, 503, 504),
    hintMs: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
  }),
);

/** Runs one execute on fake timers against a script of outcomes; returns calls and virtual time. */
async function runScript(script: Outcome[], options: ResiliencePolicyOptions) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    const policy = createResiliencePolicy(options);
    let calls = 0;
    const started = Date.now();
    const done = settle(
      policy.execute((signal) => {
        const o = script[Math.min(calls++, script.length - 1)]!;
        if ('ok' in o) return Promise.resolve('ok');
        if ('hang' in o) return hang(signal);
        return Promise.reject(new HttpError(o.status, o.hintMs));
      }),
    );
    await vi.runAllTimersAsync();
    const result = await done;
    return { ...result, calls, elapsedMs: Date.now() - started };
  } finally {
    vi.useRealTimers();
  }
}

describe('resilience policy properties', () => {
  it('never makes more than retries + 1 attempts, and stops at the first 4xx other than 408/429', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(outcome, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        async (script, retries, timeoutRetries) => {
          const r = await runScript(script, { timeoutMs: 1000, retries, timeoutRetries });
          expect(r.calls).toBeLessThanOrEqual(retries + 1);
          const refusal = script.findIndex(
            (o) => 'status' in o && o.status >= 400 && o.status < 500 && o.status !== 408 && o.status !== 429,
          );
          if (refusal >= 0) expect(r.calls).toBeLessThanOrEqual(refusal + 1);
          const timeouts = script.slice(0, r.calls).filter((o) => 'hang' in o).length;
          expect(timeouts).toBeLessThanOrEqual(Math.min(timeoutRetries, retries) + 1);
          if ('ok' in script[Math.min(r.calls - 1, script.length - 1)]!) expect(r.value).toBe('ok');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never runs or sleeps past the overall deadline', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(outcome, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        async (script, deadlineMs, timeoutMs) => {
          const r = await runScript(script, {
            timeoutMs,
            retries: 5,
            timeoutRetries: 5,
            deadlineMs,
            maxRetryAfterMs: 60_000,
          });
          expect(r.elapsedMs).toBeLessThanOrEqual(deadlineMs);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('waits at least the Retry-After the server sent before the next attempt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 20_000 }), async (hintMs) => {
        const r = await runScript([{ status: 429, hintMs }, { ok: true }], { timeoutMs: 1000, retries: 1 });
        expect(r.calls).toBe(2);
        expect(r.elapsedMs).toBeGreaterThanOrEqual(hintMs);
      }),
      { numRuns: 50 },
    );
  });

  it('reads any HTTP-date Retry-After as the time left until it, and delay-seconds as seconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1995, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 }),
        fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.nat({ max: 10_000_000 }),
        (atSeconds, now, seconds) => {
          const at = atSeconds * 1000;
          expect(retryAfterFromHeaders({ 'retry-after': new Date(at).toUTCString() }, now)).toBe(
            Math.max(0, at - now),
          );
          expect(retryAfterFromHeaders({ 'retry-after': String(seconds) }, now)).toBe(seconds * 1000);
        },
      ),
    );
  });
});
