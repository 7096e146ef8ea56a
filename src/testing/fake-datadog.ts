// A fake Datadog API on 127.0.0.1 that answers the read calls Culprit makes with the shapes the
// real API returns (snake_case JSON, as the Datadog v1 API sends it): the monitor
// list (`monitor_tags`, `tags` by scope, `name`, `group_states`, `id_offset`, `page`/`page_size`),
// one monitor by id, the v1 event stream (`start`/`end`, `tags`, `sources`, `priority`, `page`) and
// one event, timeseries queries (`from`/`to`/`query` → series with `pointlist` of [ms, value]),
// and `/api/v1/validate`. Every call checks the DD-API-KEY and DD-APPLICATION-KEY headers (403
// `{"errors":["Forbidden"]}` otherwise). Scripted faults (500/502/503, 429 with Retry-After and
// X-RateLimit-* headers, 403, hang) and a request log (never the key headers) make client
// robustness testable. It serves only the data it is given.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readDatadogSnapshot } from './datadog-snapshot.js';

/** Monitor overall states as the API spells them. */
export type FakeMonitorState = 'Alert' | 'Warn' | 'OK' | 'No Data' | 'Ignored' | 'Skipped' | 'Unknown';

/** A monitor as `GET /api/v1/monitor` returns it (the fields a test usually sets). */
export interface FakeDatadogMonitor {
  id: number;
  name: string;
  /** e.g. `avg(last_5m):avg:system.cpu.user{service:checkout} > 90`; its `{…}` scope is what `tags=` filters on. */
  query: string;
  /** `metric alert`, `query alert`, `service check`, `log alert`, `synthetics alert`, … */
  type: string;
  overall_state: FakeMonitorState;
  tags?: string[];
  message?: string;
  /** ISO-8601; defaults to the server's start time. */
  created?: string;
  modified?: string;
  overall_state_modified?: string;
  priority?: number | null;
  options?: Record<string, unknown>;
  /** Multi-alert groups and their states (`host:a` → `Alert`), shown under `state.groups` with `group_states`. */
  groups?: Record<string, FakeMonitorState>;
}

/** An event as `GET /api/v1/events` returns it. */
export interface FakeDatadogEvent {
  id: number;
  title: string;
  text?: string;
  /** POSIX seconds. */
  date_happened: number;
  tags?: string[];
  alert_type?: 'error' | 'warning' | 'info' | 'success' | 'user_update' | 'recommendation' | 'snapshot';
  /** e.g. `deployment`, `jenkins`, `github`, `kubernetes`, `Monitor Alert`, `My Apps`. */
  source_type_name?: string;
  priority?: 'normal' | 'low';
  host?: string | null;
}

/** One timeseries: what a query string returns, as points the server cuts to [from, to]. */
export interface FakeDatadogSeries {
  /** The query string, matched exactly (surrounding whitespace ignored). */
  query: string;
  /** [epoch ms, value] (value may be null, as the real API returns gaps). */
  points: [number, number | null][];
  /** Defaults to the metric name parsed from the query. */
  metric?: string;
  /** Defaults to the `{…}` scope parsed from the query. Several series per query model a `by {…}`. */
  scope?: string;
  /** Seconds between points (default 60). */
  interval?: number;
}

export interface FakeDatadogData {
  monitors?: FakeDatadogMonitor[];
  events?: FakeDatadogEvent[];
  series?: FakeDatadogSeries[];
}

export type DatadogFault =
  | {
      status: 500 | 502 | 503 | 429 | 403;
      times?: number;
      /** Adds a `Retry-After` header (seconds). */
      retryAfterSeconds?: number;
      /** `X-RateLimit-Reset` on a 429 (seconds until the limit resets; default: retryAfterSeconds or 1). */
      rateLimitResetSeconds?: number;
    }
  | { hang: true; times?: number };

export interface FakeDatadogRequest {
  method: string;
  path: string;
  /** The raw query string, `?…` (empty when none). */
  query: string;
  /** 0 when the server never answered (hang). */
  status: number;
}

export interface FakeDatadog {
  /** Base URL, e.g. `http://127.0.0.1:41234` (give it to the plugin as `baseUrl`). */
  url: string;
  apiKey: string;
  appKey: string;
  requests: FakeDatadogRequest[];
  /** Replaces the parts given (monitors, events, series); the others are kept. */
  setData(data: FakeDatadogData): void;
  setFault(path: RegExp, fault: DatadogFault): void;
  clearFaults(): void;
  close(): Promise<void>;
  /** Client connections open right now (server side): checks that a client releases its sockets. */
  connections(): Promise<number>;
}

export interface FakeDatadogOptions {
  apiKey?: string;
  appKey?: string;
  /** Serve a scenario folder's datadog/ payloads (monitors.json, events.json, metrics.json). */
  snapshot?: string;
  /** With snapshot: shift its times so that the scenario's incidentTime becomes this instant. */
  shiftTo?: Date;
}

const FORBIDDEN = { errors: ['Forbidden'] };

export async function startFakeDatadog(
  initialOrOptions: FakeDatadogData & Pick<FakeDatadogOptions, 'snapshot' | 'shiftTo'> = {},
  moreOptions: FakeDatadogOptions = {},
): Promise<FakeDatadog> {
  const { snapshot, shiftTo, ...given } = initialOrOptions;
  const options: FakeDatadogOptions = {
    ...moreOptions,
    ...(snapshot ? { snapshot } : {}),
    ...(shiftTo ? { shiftTo } : {}),
  };
  const initial: FakeDatadogData = options.snapshot
    ? {
        ...readDatadogSnapshot(options.snapshot, options.shiftTo ? { shiftTo: options.shiftTo } : {}),
        ...given,
      }
    : given;
  const apiKey = options.apiKey ?? `fake-dd-api-key-${randomBytes(12).toString('hex')}`;
  const appKey = options.appKey ?? `fake-dd-app-key-${randomBytes(16).toString('hex')}`;
  const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const data: Required<FakeDatadogData> = { monitors: [], events: [], series: [] };
  const setData = (next: FakeDatadogData) => {
    if (next.monitors) data.monitors = next.monitors;
    if (next.events) data.events = next.events;
    if (next.series) data.series = next.series;
  };
  setData(initial);
  const faults: { path: RegExp; fault: DatadogFault; left: number }[] = [];
  const requests: FakeDatadogRequest[] = [];
  const open = new Set<ServerResponse>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const q = url.searchParams;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method, path: url.pathname, query: url.search, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const bad = (message: string) => send(400, { errors: [message] });
    // Drain any body; the fake answers reads only.
    req.resume();

    const fault = faults.find((f) => f.left > 0 && f.path.test(url.pathname));
    if (fault) {
      fault.left--;
      if ('hang' in fault.fault) {
        requests.push({ method, path: url.pathname, query: url.search, status: 0 });
        open.add(res);
        res.on('close', () => open.delete(res));
        return;
      }
      const { status, retryAfterSeconds, rateLimitResetSeconds } = fault.fault;
      const headers: Record<string, string> = {};
      if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
      if (status === 429) {
        headers['x-ratelimit-limit'] = '100';
        headers['x-ratelimit-period'] = '10';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = String(rateLimitResetSeconds ?? retryAfterSeconds ?? 1);
        headers['x-ratelimit-name'] = 'fake';
      }
      const message = {
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        429: 'Rate limit of 100 requests in 10 seconds reached. Please try again later.',
        403: 'Forbidden',
      }[status];
      return send(status, { errors: [message] }, headers);
    }

    // Both keys, on every call: the API key identifies the org, the application key the user.
    if (header(req, 'dd-api-key') !== apiKey) return send(403, FORBIDDEN);
    if (path === '/api/v1/validate') return method === 'GET' ? send(200, { valid: true }) : notAllowed();
    if (header(req, 'dd-application-key') !== appKey) return send(403, FORBIDDEN);
    if (method !== 'GET') return notAllowed();

    if (path === '/api/v1/monitor') {
      let monitors = [...data.monitors].sort((a, b) => a.id - b.id);
      const monitorTags = list(q.get('monitor_tags'));
      const scopeTags = list(q.get('tags'));
      const name = q.get('name')?.toLowerCase();
      if (monitorTags.length > 0)
        monitors = monitors.filter((m) => monitorTags.every((t) => (m.tags ?? []).includes(t)));
      if (scopeTags.length > 0)
        monitors = monitors.filter((m) => scopeTags.every((t) => scopeOf(m.query).has(t)));
      if (name) monitors = monitors.filter((m) => m.name.toLowerCase().includes(name));
      const idOffset = q.get('id_offset');
      if (idOffset !== null) {
        if (!isInt(idOffset)) return bad('Invalid id_offset');
        monitors = monitors.filter((m) => m.id > Number(idOffset));
      }
      const page = q.get('page');
      const pageSize = q.get('page_size');
      if (page !== null || pageSize !== null) {
        if ((page !== null && !isInt(page)) || (pageSize !== null && !isInt(pageSize)))
          return bad('Invalid page or page_size');
        const size = pageSize === null ? 100 : Number(pageSize);
        if (size < 1 || size > 1000) return bad('page_size must be between 1 and 1000');
        if (page !== null) monitors = monitors.slice(Number(page) * size, (Number(page) + 1) * size);
        else monitors = monitors.slice(0, size);
      }
      const groupStates = list(q.get('group_states')).map((s) => s.toLowerCase());
      const withDowntimes = q.get('with_downtimes') === 'true';
      return send(
        200,
        monitors.map((m) => monitorJson(m, startedAt, groupStates, withDowntimes)),
      );
    }
    const monitorById = /^\/api\/v1\/monitor\/(\d+)$/.exec(path);
    if (monitorById) {
      const m = data.monitors.find((x) => x.id === Number(monitorById[1]));
      if (!m) return send(404, { errors: ['Monitor not found'] });
      return send(200, monitorJson(m, startedAt, list(q.get('group_states')), false));
    }

    if (path === '/api/v1/events') {
      const start = q.get('start');
      const end = q.get('end');
      if (start === null || !isInt(start)) return bad("The 'start' parameter is required (POSIX seconds)");
      if (end === null || !isInt(end)) return bad("The 'end' parameter is required (POSIX seconds)");
      const tags = list(q.get('tags'));
      const sources = list(q.get('sources')).map((s) => s.toLowerCase());
      const priority = q.get('priority');
      if (priority !== null && priority !== 'normal' && priority !== 'low')
        return bad("priority must be 'normal' or 'low'");
      const events = data.events
        .filter(
          (e) =>
            e.date_happened >= Number(start) &&
            e.date_happened <= Number(end) &&
            tags.every((t) => (e.tags ?? []).includes(t)) &&
            (sources.length === 0 || sources.includes((e.source_type_name ?? 'My Apps').toLowerCase())) &&
            (priority === null || (e.priority ?? 'normal') === priority),
        )
        // Newest first, as the event stream answers; at most 1000 a page.
        .sort((a, b) => b.date_happened - a.date_happened || b.id - a.id);
      const page = Number(q.get('page') ?? 0);
      if (!Number.isInteger(page) || page < 0) return bad('Invalid page');
      return send(200, {
        events: events.slice(page * 1000, (page + 1) * 1000).map(eventJson),
        status: 'ok',
      });
    }
    const eventById = /^\/api\/v1\/events\/(\d+)$/.exec(path);
    if (eventById) {
      const e = data.events.find((x) => x.id === Number(eventById[1]));
      if (!e) return send(404, { errors: ['Event not found'] });
      return send(200, { event: eventJson(e), status: 'ok' });
    }

    if (path === '/api/v1/query') {
      const from = q.get('from');
      const to = q.get('to');
      const query = q.get('query');
      if (from === null || !isInt(from)) return bad("The 'from' parameter is required (POSIX seconds)");
      if (to === null || !isInt(to)) return bad("The 'to' parameter is required (POSIX seconds)");
      if (!query || !query.trim()) return bad("The 'query' parameter is required");
      const parsed = parseQuery(query);
      if (!parsed) return bad(`Error parsing query: ${query.slice(0, 200)}`);
      const fromMs = Number(from) * 1000;
      const toMs = Number(to) * 1000;
      const series = data.series
        .filter((s) => s.query.trim() === query.trim())
        .map((s) => ({
          s,
          points: s.points.filter(([t]) => t >= fromMs && t <= toMs).sort((a, b) => a[0] - b[0]),
        }))
        // The API leaves out a series with no points in the range.
        .filter(({ points }) => points.length > 0)
        .map(({ s, points }) => {
          const scope = s.scope ?? parsed.scope;
          const metric = s.metric ?? parsed.metric;
          return {
            metric,
            display_name: metric,
            expression: `${parsed.aggr}:${metric}{${scope}}`,
            scope,
            tag_set: scope === '*' ? [] : scope.split(',').map((t) => t.trim()),
            aggr: parsed.aggr,
            pointlist: points,
            start: points[0]![0],
            end: points[points.length - 1]![0],
            interval: s.interval ?? 60,
            length: points.length,
            query_index: 0,
            unit: null,
          };
        });
      return send(200, {
        status: 'ok',
        res_type: 'time_series',
        resp_version: 1,
        query,
        from_date: fromMs,
        to_date: toMs,
        group_by: [],
        message: '',
        series,
      });
    }

    return send(404, { errors: ['Not found'] });

    function notAllowed() {
      send(405, { errors: ['Method Not Allowed'] });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    appKey,
    requests,
    setData,
    setFault: (path, fault) => void faults.push({ path, fault, left: fault.times ?? Infinity }),
    clearFaults: () => void faults.splice(0),
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const isInt = (v: string) => /^-?\d+$/.test(v);

/** The tags of a monitor query's `{…}` scopes: `avg:x{service:a,env:prod} by {host}` → service:a, env:prod. */
function scopeOf(query: string): Set<string> {
  const out = new Set<string>();
  for (const m of query.matchAll(/\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(/,|\s+(?:AND|OR)\s+/i)) {
      const t = part.trim().replace(/^!/, '');
      if (t && t !== '*' && t.includes(':')) out.add(t);
    }
  }
  return out;
}

function parseQuery(query: string): { aggr: string; metric: string; scope: string } | undefined {
  const m =
    /^\s*(?:[a-z0-9_]+\()?\s*(?:(avg|sum|min|max|count|p\d{1,2}(?:\.\d+)?):)?([A-Za-z][A-Za-z0-9_.]*)\{([^}]*)\}/.exec(
      query,
    );
  if (!m) return undefined;
  return { aggr: m[1] ?? 'avg', metric: m[2]!, scope: m[3]!.trim() || '*' };
}

function monitorJson(
  m: FakeDatadogMonitor,
  startedAt: string,
  groupStates: string[],
  withDowntimes: boolean,
): Record<string, unknown> {
  const created = m.created ?? startedAt;
  const wanted = (s: string) => groupStates.includes('all') || groupStates.includes(s.toLowerCase());
  const groups = Object.entries(m.groups ?? {})
    .filter(([, s]) => groupStates.length > 0 && wanted(s))
    .map(([name, status]) => [name, { name, status, last_triggered_ts: null, last_nodata_ts: null }]);
  return {
    id: m.id,
    org_id: 1,
    name: m.name,
    type: m.type,
    query: m.query,
    message: m.message ?? '',
    tags: m.tags ?? [],
    options: m.options ?? { notify_no_data: false, include_tags: true, new_host_delay: 300 },
    multi: Object.keys(m.groups ?? {}).length > 0,
    created,
    modified: m.modified ?? created,
    deleted: null,
    overall_state: m.overall_state,
    overall_state_modified: m.overall_state_modified ?? m.modified ?? created,
    priority: m.priority ?? null,
    restricted_roles: null,
    creator: { email: 'owner@example.invalid', handle: 'owner@example.invalid', name: 'Monitor Owner' },
    ...(groupStates.length > 0 ? { state: { groups: Object.fromEntries(groups) } } : {}),
    ...(withDowntimes ? { matching_downtimes: [] } : {}),
  };
}

function eventJson(e: FakeDatadogEvent): Record<string, unknown> {
  return {
    id: e.id,
    id_str: String(e.id),
    title: e.title,
    text: e.text ?? '',
    date_happened: e.date_happened,
    tags: e.tags ?? [],
    alert_type: e.alert_type ?? 'info',
    source_type_name: e.source_type_name ?? 'My Apps',
    priority: e.priority ?? 'normal',
    host: e.host ?? null,
    device_name: null,
    is_aggregate: false,
    related_event_id: null,
    url: `/event/event?id=${e.id}`,
    resource: `/api/v1/events/${e.id}`,
  };
}
