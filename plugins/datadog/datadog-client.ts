// The plugin's only contact with @datadog/datadog-api-client: a read-only reader (monitors, events,
// timeseries queries) with a per-call timeout, bounded retries for 429/5xx honouring Retry-After and
// X-RateLimit-Reset, 401/403 recorded as permission-denied and never retried, and a circuit breaker.
// The client's own retry is off; its transport is replaced by a small fetch-based one so each call
// gets its own AbortSignal and the status headers. The keys travel only in request headers: they
// never reach an error, a log line or evidence.
import { client, v1 } from '@datadog/datadog-api-client';
import { PluginError } from 'culprit/sdk';

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

/** A non-2xx answer, raised by the transport before the client's own error handling. */
class HttpStatus extends Error {
  constructor(
    readonly code: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${code}`);
  }
}

const MONITOR_PAGE_SIZE = 500;
const MAX_MONITOR_PAGES = 4;
const MAX_WAIT_MS = 10_000;
/** After this many calls in a row to one endpoint failed for good, it is taken as down. */
const BREAKER = 3;

/** Seconds from Retry-After (delta-seconds or an HTTP date) or X-RateLimit-Reset, as ms. */
function retryAfter(headers: Record<string, string>): number | undefined {
  const ra = headers['retry-after'];
  if (ra !== undefined) {
    const seconds = Number(ra);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const at = Date.parse(ra);
    if (Number.isFinite(at)) return Math.max(0, at - Date.now());
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset >= 0 && headers['x-ratelimit-reset'] !== undefined) return reset * 1000;
  return undefined;
}

/** The client's HTTP library, replaced: Node's fetch, the call's signal, non-2xx raised with its wait. */
const transport: client.HttpLibrary = {
  async send(request: client.RequestContext): Promise<client.ResponseContext> {
    const body = request.getBody();
    const response = await fetch(request.getUrl(), {
      method: request.getHttpMethod(),
      headers: request.getHeaders(),
      body: typeof body === 'string' ? body : undefined,
      signal: request.getHttpConfig().signal as AbortSignal | undefined,
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const data = Buffer.from(await response.arrayBuffer());
    if (response.status < 200 || response.status > 299)
      throw new HttpStatus(response.status, retryAfter(headers));
    return new client.ResponseContext(
      response.status,
      headers,
      new client.SelfDecodingBody(Promise.resolve(data)),
    );
  },
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function createDatadogReader(options: DatadogClientOptions, signal: AbortSignal): DatadogReader {
  const denied: string[] = [];
  const failed: string[] = [];
  const deniedEndpoints = new Set<Endpoint>();
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');

  // One listener on the collector's signal, whatever the number of calls in flight and waits.
  const onAbort = new Set<() => void>();
  const abortAll = () => {
    for (const f of [...onAbort]) f();
  };
  signal.addEventListener('abort', abortAll, { once: true });
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        onAbort.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      onAbort.add(done);
    });

  // Circuit breaker: after BREAKER calls in a row to one endpoint failed for good, that endpoint is
  // taken as down and later calls to it fail fast; when two endpoints are down, so is the API.
  const failedInARow = new Map<Endpoint, number>();
  const open = (endpoint: Endpoint) => (failedInARow.get(endpoint) ?? 0) >= BREAKER;
  const apiDown = () => [...failedInARow.values()].filter((n) => n >= BREAKER).length >= 2;
  const fail = (endpoint: Endpoint, entry: string) => {
    failed.push(entry);
    failedInARow.set(endpoint, (failedInARow.get(endpoint) ?? 0) + 1);
    return undefined;
  };

  /** A configuration per attempt: the client reads the abort signal from its httpConfig. */
  const configuration = (callSignal: AbortSignal) => {
    const conf = client.createConfiguration({
      authMethods: { apiKeyAuth: options.apiKey, appKeyAuth: options.appKey },
      httpApi: transport,
      httpConfig: { signal: callSignal as unknown as client.HttpConfiguration['signal'] },
      enableRetry: false,
      ...(baseUrl ? { baseServer: new client.BaseServerConfiguration(baseUrl, {}) } : {}),
    });
    if (!baseUrl && options.site) conf.setServerVariables({ site: options.site });
    return conf;
  };

  async function call<T>(
    endpoint: Endpoint,
    what: string,
    fn: (conf: client.Configuration) => Promise<T>,
  ): Promise<T | undefined> {
    // One refusal per endpoint is enough to know the key lacks that permission.
    if (deniedEndpoints.has(endpoint)) return undefined;
    if (open(endpoint) || apiDown())
      return fail(endpoint, `${what}: skipped, the Datadog API is not answering`);
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.requestTimeoutMs);
      const cancel = () => controller.abort();
      onAbort.add(cancel);
      try {
        const value = await fn(configuration(controller.signal));
        failedInARow.set(endpoint, 0);
        return value;
      } catch (err) {
        if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
        const code = err instanceof HttpStatus ? err.code : undefined;
        if (code === 404) {
          failedInARow.set(endpoint, 0);
          return undefined;
        }
        if (code === 401 || code === 403) {
          denied.push(what);
          deniedEndpoints.add(endpoint);
          return undefined;
        }
        const reason =
          code !== undefined
            ? `HTTP ${code}`
            : timedOut
              ? 'timeout'
              : err instanceof TypeError
                ? 'network error'
                : 'unreadable answer';
        const retryable =
          code === 429 ||
          (code !== undefined && code >= 500) ||
          ((reason === 'timeout' || reason === 'network error') && attempt === 0);
        if (!retryable || attempt >= options.maxRetries) return fail(endpoint, `${what}: ${reason}`);
        const hinted = err instanceof HttpStatus ? err.retryAfterMs : undefined;
        const wait = hinted !== undefined && hinted > 0 ? hinted : 200 * 2 ** attempt;
        await sleep(Math.min(wait, MAX_WAIT_MS));
      } finally {
        clearTimeout(timer);
        onAbort.delete(cancel);
      }
    }
  }

  const toMonitor = (m: v1.Monitor): DdMonitor => ({
    id: typeof m.id === 'number' ? m.id : 0,
    name: str(m.name),
    query: str(m.query),
    type: str(m.type),
    state: str(m.overallState) || 'Unknown',
    tags: strings(m.tags),
  });

  return {
    denied,
    failed,
    dispose: () => signal.removeEventListener('abort', abortAll),
    async listMonitors(filter) {
      const label = filter.monitorTags
        ? `list monitors tagged ${filter.monitorTags}`
        : `list monitors scoped to ${filter.scopeTags ?? '*'}`;
      const out: DdMonitor[] = [];
      for (let page = 0; page < MAX_MONITOR_PAGES; page++) {
        const batch = await call('monitors', label, (conf) =>
          new v1.MonitorsApi(conf).listMonitors({
            ...(filter.monitorTags ? { monitorTags: filter.monitorTags } : {}),
            ...(filter.scopeTags ? { tags: filter.scopeTags } : {}),
            page,
            pageSize: MONITOR_PAGE_SIZE,
          }),
        );
        if (!batch) return undefined;
        out.push(...batch.map(toMonitor));
        if (batch.length < MONITOR_PAGE_SIZE) break;
      }
      return out;
    },
    async listEvents(fromMs, toMs, tags) {
      const list = await call('events', `list events tagged ${tags}`, (conf) =>
        new v1.EventsApi(conf).listEvents({
          start: Math.floor(fromMs / 1000),
          end: Math.ceil(toMs / 1000),
          tags,
          unaggregated: true,
        }),
      );
      if (!list) return undefined;
      return (list.events ?? []).map((e) => ({
        id: typeof e.id === 'number' ? e.id : 0,
        title: str(e.title),
        text: str(e.text),
        at: typeof e.dateHappened === 'number' ? e.dateHappened * 1000 : NaN,
        tags: strings(e.tags),
        alertType: str(e.alertType),
        source: str(e.sourceTypeName),
      }));
    },
    async queryMetrics(query, fromMs, toMs) {
      const shown = query.length > 120 ? `${query.slice(0, 117)}...` : query;
      const result = await call('query', `query ${shown}`, (conf) =>
        new v1.MetricsApi(conf).queryMetrics({
          from: Math.floor(fromMs / 1000),
          to: Math.ceil(toMs / 1000),
          query,
        }),
      );
      if (!result) return undefined;
      if (result.status === 'error' || result.error) {
        fail('query', `query ${shown}: ${str(result.error).slice(0, 200) || 'error'}`);
        return undefined;
      }
      return (result.series ?? []).map((s) => ({
        metric: str(s.metric),
        scope: str(s.scope),
        points: (s.pointlist ?? []).filter(
          (p): p is [number, number] =>
            Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[1]),
        ),
      }));
    },
  };
}
