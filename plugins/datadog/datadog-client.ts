// The plugin's only contact with the Datadog API: a thin read-only client of the three v1 endpoints
// it reads (GET /api/v1/monitor, /api/v1/events, /api/v1/query) calling through the SDK resilience
// policy (timeout, retries honouring Retry-After and X-RateLimit-Reset, a breaker per endpoint);
// 401/403 recorded as permission-denied and never retried. Each attempt's AbortSignal ends its
// request, through one bounded agent destroyed on close. The keys travel only in request headers
// (DD-API-KEY, DD-APPLICATION-KEY): they never reach an error, a log line or evidence.
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import {
  createResiliencePolicy,
  httpStatusOf,
  isRetryableError,
  PluginError,
  retryAfterFromHeaders,
  type ResiliencePolicy,
} from 'culprit/sdk';

export interface DatadogClientOptions {
  apiKey: string;
  appKey: string;
  /** Datadog site, e.g. `datadoghq.com`, `datadoghq.eu`, `us5.datadoghq.com`. */
  site?: string;
  /** Overrides the site: the API's base URL (a proxy, or a fake in tests). */
  baseUrl?: string;
  requestTimeoutMs: number;
  maxRetries: number;
}

/** A monitor, reduced to what the collector reads. */
export interface DdMonitor {
  id: number;
  name: string;
  query: string;
  type: string;
  /** `Alert`, `Warn`, `OK`, `No Data`, `Ignored`, `Skipped`, `Unknown`. */
  state: string;
  tags: string[];
}

/** An event of the v1 event stream, reduced to what the collector reads. */
export interface DdEvent {
  id: number;
  title: string;
  text: string;
  /** Epoch ms. */
  at: number;
  tags: string[];
  alertType: string;
  source: string;
}

/** One series of a timeseries query: [epoch ms, value] with the gaps (null values) left out. */
export interface DdSeries {
  metric: string;
  scope: string;
  points: [number, number][];
}

export type Endpoint = 'monitors' | 'events' | 'query';

export interface DatadogReader {
  /** Lists resolve to undefined when the call failed (so no false "nothing alerting" evidence is made). */
  listMonitors(filter: { monitorTags?: string; scopeTags?: string }): Promise<DdMonitor[] | undefined>;
  /** Events with date_happened in [fromMs, toMs] carrying `tags` (newest first, at most 1000). */
  listEvents(fromMs: number, toMs: number, tags: string): Promise<DdEvent[] | undefined>;
  queryMetrics(query: string, fromMs: number, toMs: number): Promise<DdSeries[] | undefined>;
  /** Calls refused with 401/403 during this reader's life ("list monitors tagged service:checkout"). */
  readonly denied: string[];
  /** Calls that failed for good (timeouts, 5xx after retries, unreadable answers). */
  readonly failed: string[];
  /** Detaches from the collector's signal; call when the collection is over. */
  dispose(): void;
}

/** A non-2xx answer, raised by the transport. */
class HttpStatus extends Error {
  constructor(
    readonly httpStatus: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${httpStatus}`);
  }
}

const MONITOR_PAGE_SIZE = 500;
const MAX_MONITOR_PAGES = 4;
const MAX_WAIT_MS = 10_000;
/** Within one collection: this many calls in a row to one endpoint that failed for good take it as down. */
const BREAKER = { consecutiveFailures: 3, halfOpenAfterMs: 15_000 };
const MAX_SOCKETS = 8;
const MAX_FREE_SOCKETS = 4;
const IDLE_SOCKET_MS = 30_000;
/** An answer above this (decoded) is refused rather than buffered. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Retry-After (delay-seconds or an HTTP date), else Datadog's X-RateLimit-Reset (seconds), as ms. */
function retryAfter(headers: Record<string, string>): number | undefined {
  const hinted = retryAfterFromHeaders(headers);
  if (hinted !== undefined) return hinted;
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset >= 0 && headers['x-ratelimit-reset'] !== undefined) return reset * 1000;
  return undefined;
}

function decode(data: Buffer, encoding: string | undefined): Buffer {
  const options = { maxOutputLength: MAX_BODY_BYTES };
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.gunzipSync(data, options);
  if (encoding === 'deflate') return zlib.inflateSync(data, options);
  if (encoding === 'br') return zlib.brotliDecompressSync(data, options);
  return data;
}

/** One GET to the API: the status line, the headers (lower-case names) and the decoded body. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * A GET over node:http(s) through one bounded keep-alive agent per client, ended by the attempt's
 * signal (an abort destroys the request and its socket); non-2xx raised with the wait the server
 * asked for. Node's global fetch cannot be given a bounded dispatcher without the undici package,
 * so the transport stays on node:http — the "thin client" is the three calls below.
 */
function get(
  agents: { http: http.Agent; https: https.Agent },
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Answer> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method: 'GET',
        headers: { ...headers, accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
        agent: secure ? agents.https : agents.http,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error('answer too large'));
          else chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(new Error('answer cut short'));
        });
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 299) return reject(new HttpStatus(status, retryAfter(headers)));
          try {
            resolve({ status, headers, body: decode(Buffer.concat(chunks), headers['content-encoding']) });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A 2xx answer whose body is not the JSON the endpoint documents: not retried. */
class UnreadableAnswer extends Error {
  constructor() {
    super('unreadable answer');
  }
}

function parseJson(answer: Answer): unknown {
  try {
    return JSON.parse(answer.body.toString('utf8')) as unknown;
  } catch {
    throw new UnreadableAnswer();
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** One plugin's connection to the Datadog API: the reader factory and the sockets it may hold. */
export interface DatadogClient {
  /** A reader for one collection: its calls end when `signal` aborts or the client closes. */
  reader(signal: AbortSignal): DatadogReader;
  /** Ends every call in flight and destroys every socket; later calls fail at once. */
  close(): void;
}

export function createDatadogClient(options: DatadogClientOptions): DatadogClient {
  const agentOptions = {
    keepAlive: true,
    maxSockets: MAX_SOCKETS,
    maxTotalSockets: MAX_SOCKETS,
    maxFreeSockets: MAX_FREE_SOCKETS,
    timeout: IDLE_SOCKET_MS,
    scheduling: 'lifo' as const,
  };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  const readers = new Set<AbortController>();
  let closed = false;
  return {
    reader(signal) {
      const controller = new AbortController();
      // Every call of the collection in flight listens to it: more than Node's default 10 is normal.
      setMaxListeners(256, controller.signal);
      if (closed) controller.abort();
      readers.add(controller);
      const onAbort = () => controller.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      return createDatadogReader(options, agents, controller.signal, () => {
        signal.removeEventListener('abort', onAbort);
        readers.delete(controller);
      });
    },
    close() {
      closed = true;
      for (const controller of readers) controller.abort();
      readers.clear();
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function createDatadogReader(
  options: DatadogClientOptions,
  agents: { http: http.Agent; https: https.Agent },
  signal: AbortSignal,
  release: () => void,
): DatadogReader {
  const denied: string[] = [];
  const failed: string[] = [];
  const deniedEndpoints = new Set<Endpoint>();
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');

  // One policy per endpoint, so each has its own breaker; when two endpoints are down, so is the API.
  const policies = new Map<Endpoint, ResiliencePolicy>(
    (['monitors', 'events', 'query'] as const).map((endpoint) => [
      endpoint,
      createResiliencePolicy({
        timeoutMs: options.requestTimeoutMs,
        retries: options.maxRetries,
        timeoutRetries: 1,
        backoff: { baseMs: 200, maxMs: MAX_WAIT_MS },
        maxRetryAfterMs: MAX_WAIT_MS,
        breaker: BREAKER,
      }),
    ]),
  );
  const apiDown = () => [...policies.values()].filter((p) => p.breaker.state !== 'closed').length >= 2;
  const fail = (entry: string) => {
    failed.push(entry);
    return undefined;
  };

  // The API's base URL: the override, else https://api.<site> (the official client's default server).
  const base = baseUrl ?? `https://api.${options.site ?? 'datadoghq.com'}`;
  const keys = { 'DD-API-KEY': options.apiKey, 'DD-APPLICATION-KEY': options.appKey };

  /** One attempt: GET `path` with the query, the attempt's signal, the keys in headers only. */
  const request = async (
    path: string,
    query: Record<string, string | number | boolean>,
    callSignal: AbortSignal,
  ) => {
    const url = new URL(`${base}${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    return parseJson(await get(agents, url, keys, callSignal));
  };

  async function call<T>(
    endpoint: Endpoint,
    what: string,
    fn: (callSignal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined> {
    // One refusal per endpoint is enough to know the key lacks that permission.
    if (deniedEndpoints.has(endpoint)) return undefined;
    if (apiDown()) return fail(`${what}: skipped, the Datadog API is not answering`);
    try {
      return await policies.get(endpoint)!.execute((attempt) => fn(attempt), { signal });
    } catch (err) {
      if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
      const status = httpStatusOf(err);
      if (status === 404) return undefined;
      if (status === 401 || status === 403) {
        denied.push(what);
        deniedEndpoints.add(endpoint);
        return undefined;
      }
      const code = (err as { code?: unknown }).code;
      const reason =
        status !== undefined
          ? `HTTP ${status}`
          : code === 'ERR_PLUGIN_UPSTREAM_TIMEOUT'
            ? 'timeout'
            : code === 'ERR_PLUGIN_CIRCUIT_OPEN'
              ? 'skipped, the Datadog API is not answering'
              : isRetryableError(err)
                ? 'network error'
                : 'unreadable answer';
      return fail(`${what}: ${reason}`);
    }
  }

  const toMonitor = (m: Record<string, unknown>): DdMonitor => ({
    id: typeof m.id === 'number' ? m.id : 0,
    name: str(m.name),
    query: str(m.query),
    type: str(m.type),
    state: str(m.overall_state) || 'Unknown',
    tags: strings(m.tags),
  });

  return {
    denied,
    failed,
    dispose: release,
    async listMonitors(filter) {
      const label = filter.monitorTags
        ? `list monitors tagged ${filter.monitorTags}`
        : `list monitors scoped to ${filter.scopeTags ?? '*'}`;
      const out: DdMonitor[] = [];
      for (let page = 0; page < MAX_MONITOR_PAGES; page++) {
        const batch = await call('monitors', label, async (callSignal) => {
          const answer = await request(
            '/api/v1/monitor',
            {
              ...(filter.monitorTags ? { monitor_tags: filter.monitorTags } : {}),
              ...(filter.scopeTags ? { tags: filter.scopeTags } : {}),
              page,
              page_size: MONITOR_PAGE_SIZE,
            },
            callSignal,
          );
          if (!Array.isArray(answer)) throw new UnreadableAnswer();
          return answer.filter(isRecord);
        });
        if (!batch) return undefined;
        out.push(...batch.map(toMonitor));
        if (batch.length < MONITOR_PAGE_SIZE) break;
      }
      return out;
    },
    async listEvents(fromMs, toMs, tags) {
      const events = await call('events', `list events tagged ${tags}`, async (callSignal) => {
        const answer = await request(
          '/api/v1/events',
          { start: Math.floor(fromMs / 1000), end: Math.ceil(toMs / 1000), tags, unaggregated: true },
          callSignal,
        );
        if (!isRecord(answer)) throw new UnreadableAnswer();
        return Array.isArray(answer.events) ? answer.events.filter(isRecord) : [];
      });
      if (!events) return undefined;
      return events.map((e) => ({
        id: typeof e.id === 'number' ? e.id : 0,
        title: str(e.title),
        text: str(e.text),
        at: typeof e.date_happened === 'number' ? e.date_happened * 1000 : NaN,
        tags: strings(e.tags),
        alertType: str(e.alert_type),
        source: str(e.source_type_name),
      }));
    },
    async queryMetrics(query, fromMs, toMs) {
      const shown = query.length > 120 ? `${query.slice(0, 117)}...` : query;
      const result = await call('query', `query ${shown}`, async (callSignal) => {
        const answer = await request(
          '/api/v1/query',
          { from: Math.floor(fromMs / 1000), to: Math.ceil(toMs / 1000), query },
          callSignal,
        );
        if (!isRecord(answer)) throw new UnreadableAnswer();
        return answer;
      });
      if (!result) return undefined;
      if (result.status === 'error' || result.error) {
        fail(`query ${shown}: ${str(result.error).slice(0, 200) || 'error'}`);
        return undefined;
      }
      const series = Array.isArray(result.series) ? result.series.filter(isRecord) : [];
      return series.map((s) => ({
        metric: str(s.metric),
        scope: str(s.scope),
        points: (Array.isArray(s.pointlist) ? (s.pointlist as unknown[]) : []).filter(
          (p): p is [number, number] =>
            Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[1]),
        ),
      }));
    },
  };
}
