// Pure functions from Datadog monitors, events and timeseries to the stable evidence attributes
// rules read (docs/datadog-evidence.md): counts inside the incident window, ratios against a
// baseline, categories and flags. No I/O, no clock: the window is an argument.
import type { Component, JsonValue } from 'culprit/sdk';
import type { DdEvent, DdMonitor, DdSeries } from './datadog-client.js';

export interface Window {
  from: number;
  to: number;
}

// ---------------------------------------------------------------------------------------------
// Tags: how a component maps to Datadog.

/** `service:{id}` → `service:checkout`. Placeholders: {id}, {name}, {namespace}, {team}, {workload}. */
export function renderTagTemplate(template: string, c: Component): string | undefined {
  const values: Record<string, string | undefined> = {
    id: c.id,
    name: c.name ?? c.id,
    namespace: c.kubernetes?.namespace,
    team: c.team,
    workload: c.kubernetes?.workload?.name,
  };
  let missing = false;
  const out = template.replace(/\{([a-z]+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined || v === '') missing = true;
    return v ?? '';
  });
  return missing || out.trim() === '' ? undefined : out.trim().toLowerCase();
}

export interface ComponentTags {
  /** Tags that identify the component: monitors and events are looked up by each of them. */
  identity: string[];
  /** `key:value` tags it shares with other components (e.g. `env:prod`): they only narrow matches. */
  context: string[];
}

/**
 * The template tag always identifies the component; a topology tag does too when no other
 * component carries it. Shared tags (`env:prod`) identify nothing, but a monitor or event carrying
 * the same key with another value only (`env:staging`) is not about this component.
 */
export function componentTags(
  c: Component,
  all: readonly Component[],
  template: string,
  options: { kubernetes?: boolean } = {},
): ComponentTags {
  const kube = options.kubernetes !== false;
  const own = (x: Component) =>
    [
      renderTagTemplate(template, x),
      ...x.tags.map((t) => t.trim().toLowerCase()),
      ...(kube ? kubernetesTags(x) : []),
    ].filter((t): t is string => !!t);
  const rendered = renderTagTemplate(template, c);
  const others = new Set(all.filter((x) => x.id !== c.id).flatMap(own));
  const mine = [...new Set(own(c))];
  // A namespace holds many components: it narrows, it never identifies (even one alone in it today).
  const identity = mine.filter((t) => t === rendered || (!others.has(t) && !t.startsWith('kube_namespace:')));
  const context = mine.filter((t) => !identity.includes(t) && t.includes(':'));
  return { identity: identity.sort(), context: context.sort() };
}

const WORKLOAD_TAG: Record<string, string> = {
  Deployment: 'kube_deployment',
  StatefulSet: 'kube_stateful_set',
  DaemonSet: 'kube_daemon_set',
  Job: 'kube_job',
  CronJob: 'kube_cronjob',
};

/**
 * The tags the Datadog Agent puts on a Kubernetes workload's data, from the topology: its
 * `kube_namespace` (shared, so only a context), `kube_deployment` / `kube_stateful_set` / … by the
 * workload, `kube_service` by the in-cluster Service names of its addresses, `container_name` and
 * `kube_service` from the labels `container` / `kube_service` when the topology sets them.
 */
export function kubernetesTags(c: Component): string[] {
  const k = c.kubernetes;
  const out: string[] = [];
  if (k?.namespace && (k.workload || k.selector)) out.push(`kube_namespace:${k.namespace}`);
  if (k?.workload) out.push(`${WORKLOAD_TAG[k.workload.kind]}:${k.workload.name}`);
  if (k?.namespace) {
    for (const address of c.addresses) {
      const service = clusterServiceName(address, k.namespace);
      if (service) out.push(`kube_service:${service}`);
    }
  }
  const container = c.labels.container ?? c.labels.container_name;
  if (container) out.push(`container_name:${container}`);
  if (c.labels.kube_service) out.push(`kube_service:${c.labels.kube_service}`);
  return [...new Set(out.map((t) => t.toLowerCase()))];
}

/** `cart:7070`, `cart.shop`, `cart.shop.svc.cluster.local:7070` → `cart` (a Service of that namespace); external hosts → none. */
function clusterServiceName(address: string, namespace: string): string | undefined {
  const host = address.replace(/:\d+$/, '').toLowerCase();
  const parts = host.split('.');
  if (parts.length === 1) return /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(host) ? host : undefined;
  if (parts[1] !== namespace.toLowerCase()) return undefined;
  const rest = parts.slice(2).join('.');
  return rest === '' || rest === 'svc' || rest.startsWith('svc.') ? parts[0] : undefined;
}

/** `cartservice-7d9f8b6c5-x2k9p` → `cartservice`; `redis-cart-0` → `redis-cart`; `ds-x2k9p` → `ds`. */
export function podOwner(pod: string): string | undefined {
  const p = pod.toLowerCase();
  return (
    // A pod-template hash has a digit almost always; a word ("exporter") is part of the name.
    /^([a-z0-9][a-z0-9-]*?)-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(p)?.[1] ??
    /^([a-z0-9][a-z0-9-]*?)-\d{1,4}$/.exec(p)?.[1] ??
    (/\d/.test(p.slice(-5)) ? /^([a-z0-9][a-z0-9-]*?)-[a-z0-9]{5}$/.exec(p)?.[1] : undefined)
  );
}

/**
 * Whether data carrying these tags (a monitor's tags and query scopes, an event's tags) is about the
 * component although none of its identity tags is there: a `pod_name` of one of its workload's pods,
 * in its namespace when the data says which.
 */
export function aboutByPod(tags: readonly string[], c: Component): boolean {
  const workload = c.kubernetes?.workload?.name.toLowerCase();
  if (!workload) return false;
  const lower = tags.map((t) => t.toLowerCase());
  const ns = lower.find((t) => t.startsWith('kube_namespace:'))?.slice('kube_namespace:'.length);
  if (ns && ns !== c.kubernetes!.namespace.toLowerCase()) return false;
  return lower.some((t) => t.startsWith('pod_name:') && podOwner(t.slice('pod_name:'.length)) === workload);
}

/** The tags in a monitor query's `{…}` scopes: `avg:x{service:a,env:prod} by {host}` → service:a, env:prod. */
export function scopeTags(query: string): string[] {
  const out = new Set<string>();
  for (const m of query.matchAll(/\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(/,|\s+(?:AND|OR)\s+/i)) {
      const t = part.trim().toLowerCase();
      if (t && !t.startsWith('!') && !t.startsWith('-') && t.includes(':')) out.add(t);
    }
  }
  return [...out];
}

/** False when the tags name another value of one of the component's context keys (env:staging vs env:prod). */
export function fitsContext(tags: readonly string[], context: readonly string[]): boolean {
  const set = new Set(tags.map((t) => t.toLowerCase()));
  for (const c of context) {
    if (set.has(c)) continue;
    const key = c.slice(0, c.indexOf(':') + 1);
    if ([...set].some((t) => t.startsWith(key))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Monitors.

const CATEGORIES: [string, RegExp][] = [
  ['cpu', /cpu|throttl/],
  ['memory', /memory|\bmem\b|\.mem\.|oom|heap|\brss\b|swap/],
  ['disk', /disk|filesystem|inode|\bvolume/],
  ['network', /network|\bnet\b|\.net\.|tcp|retrans|packet|socket/],
  ['dns', /\bdns\b|dns\.|resolv/],
  ['connections', /connection|\bconns?\b|conn[._-]|refused|reset by peer/],
  ['errors', /error|\b5xx\b|exception|fail/],
  ['latency', /latency|duration|\bp9\d\b|response.?time|\bslow/],
  ['availability', /\bdown\b|unreachable|health|availab|uptime|synthetic|\bping\b/],
];

/** What a monitor watches, from its name, query and type (lower-case words, sorted). */
export function monitorCategories(m: Pick<DdMonitor, 'name' | 'query' | 'type'>): string[] {
  const text = `${m.name} ${m.query} ${m.type}`.toLowerCase();
  return CATEGORIES.filter(([, re]) => re.test(text)).map(([c]) => c);
}

const STATE_ORDER: Record<string, number> = { Alert: 0, Warn: 1 };

export function monitorsAttributes(monitors: readonly DdMonitor[]): Record<string, JsonValue> {
  const unique = [...new Map(monitors.map((m) => [m.id, m])).values()];
  const alerting = unique
    .filter((m) => m.state === 'Alert' || m.state === 'Warn')
    .sort(
      (a, b) =>
        STATE_ORDER[a.state]! - STATE_ORDER[b.state]! ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.id - b.id,
    );
  const alert = alerting.filter((m) => m.state === 'Alert');
  return {
    total: unique.length,
    alert: alert.length,
    warn: alerting.length - alert.length,
    noData: unique.filter((m) => m.state === 'No Data').length,
    names: alerting.slice(0, 5).map((m) => m.name.slice(0, 200)),
    ids: alerting.slice(0, 5).map((m) => m.id),
    types: [...new Set(alerting.map((m) => m.type))].sort(),
    categories: [...new Set(alert.flatMap(monitorCategories))].sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// Events.

const DEPLOY_SOURCE = /deploy/i;
const CD_SOURCE =
  /\bci\b|jenkins|argo|spinnaker|octopus|harness|buildkite|circleci|teamcity|bamboo|gitlab|github|flux|travis|azure devops|codepipeline/i;
const DEPLOY_WORDS =
  /\bdeploy(s|ed|ing|ment|ments)?\b|\brolled out\b|\brollouts?\b|\breleas(e|ed|ing)\b|\bpromot(e|ed|ion)\b/i;
const DEPLOY_TAG =
  /^(deploy|deployment|deployments|release|rollout)$|^(event_type|type|category|change_type|change|kind):(deploy|deployment|release|rollout)$|^(deploy|deployment|release)(_id|_version|_sha)?:/i;

/** A deployment: a deploy source, a deploy tag, a title that says so, or a CI/CD tool's event that does. */
export function isDeployEvent(e: Pick<DdEvent, 'title' | 'text' | 'tags' | 'source'>): boolean {
  if (DEPLOY_SOURCE.test(e.source)) return true;
  if (e.tags.some((t) => DEPLOY_TAG.test(t))) return true;
  if (DEPLOY_WORDS.test(e.title)) return true;
  return CD_SOURCE.test(e.source) && DEPLOY_WORDS.test(e.text.slice(0, 2000));
}

/**
 * Events inside the window (older ones are a decoy). `regressionSince` (epoch ms) is when the
 * component's error rate or latency went up, if it did: a deploy at or before it may explain it.
 */
export function eventsAttributes(
  events: readonly DdEvent[],
  w: Window,
  regressionSince: number | null,
): Record<string, JsonValue> {
  const inWindow = [...new Map(events.map((e) => [e.id, e])).values()]
    .filter((e) => Number.isFinite(e.at) && e.at >= w.from && e.at <= w.to)
    .sort((a, b) => b.at - a.at || b.id - a.id);
  const deploys = inWindow.filter(isDeployEvent);
  const brief = (e: DdEvent | undefined) =>
    e ? { title: e.title.slice(0, 200), at: new Date(e.at).toISOString(), source: e.source } : null;
  const beforeRegression =
    regressionSince === null ? undefined : deploys.find((d) => d.at <= regressionSince);
  return {
    total: inWindow.length,
    deploys: deploys.length,
    errors: inWindow.filter((e) => e.alertType === 'error').length,
    warnings: inWindow.filter((e) => e.alertType === 'warning').length,
    latestDeploy: brief(deploys[0]),
    deployBeforeRegression: beforeRegression !== undefined,
    regressionDeploy: brief(beforeRegression),
    titles: inWindow.slice(0, 5).map((e) => e.title.slice(0, 200)),
  };
}

// ---------------------------------------------------------------------------------------------
// Metrics.

export type MetricType = 'network' | 'error-rate' | 'latency' | 'saturation' | 'other';

const METRIC_TYPES: [MetricType, RegExp][] = [
  [
    'network',
    /network|\bdns\b|dns[._-]|tcp|retrans|connection|\bconns?\b|conn[._-]|packet|socket|\bnet[._-]|\.net\./i,
  ],
  ['error-rate', /error|\berrs?\b|err[._-]|5xx|fail|exception/i],
  ['latency', /latency|duration|\bp\d{2}\b|p\d{2}[._-]|response.?time|elapsed/i],
  ['saturation', /saturation|cpu|memory|\bmem\b|mem[._-]|utili[sz]ation|disk|heap|thread|pool|queue/i],
];

/** What a topology metric measures: from its name, else from the metric in its query. */
export function metricType(name: string, query: string): MetricType {
  const byName = METRIC_TYPES.find(([, re]) => re.test(name))?.[0];
  if (byName) return byName;
  const metric = /(?:^|[(:\s])([A-Za-z][A-Za-z0-9_.]*)\{/.exec(query)?.[1] ?? '';
  return METRIC_TYPES.find(([, re]) => re.test(metric))?.[0] ?? 'other';
}

export interface MetricOptions {
  /** current/baseline at or above this is a deviation (`up`). */
  deviationRatio: number;
  /** Width of the span the current value is averaged over. */
  spanMs: number;
  /** A saturation metric at or above this (percent of capacity) is `saturationHigh`. */
  saturationThreshold: number;
}

export interface MetricReading {
  name: string;
  query: string;
  /** Series of the incident window and of the baseline window (a failed query is no reading at all). */
  current: readonly DdSeries[];
  baseline: readonly DdSeries[];
}

const round = (x: number) => Number(x.toPrecision(6));
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** The points of every series, pooled and sorted by time (a `by {…}` query averages its groups). */
function pooled(series: readonly DdSeries[], w: Window): [number, number][] {
  return series
    .flatMap((s) => s.points)
    .filter(([t]) => t >= w.from && t <= w.to)
    .sort((a, b) => a[0] - b[0]);
}

/** The highest average over any `spanMs`-wide span that lies inside the window (all points when it is shorter). */
export function peakSpanMean(points: readonly [number, number][], w: Window, spanMs: number): number | null {
  if (points.length === 0) return null;
  if (w.to - w.from <= spanMs) return mean(points.map((p) => p[1]));
  let best: number | null = null;
  let start = 0;
  let sum = 0;
  for (let end = 0; end < points.length; end++) {
    sum += points[end]![1];
    while (points[start]![0] <= points[end]![0] - spanMs) sum -= points[start++]![1];
    if (points[end]![0] - spanMs < w.from) continue;
    const m = sum / (end - start + 1);
    if (best === null || m > best) best = m;
  }
  return best ?? mean(points.map((p) => p[1]));
}

/**
 * When the metric went up: the first point at or over `threshold` whose following span (spanMs wide)
 * averages over it too, so a lone early spike is not taken for the start; else the first point over.
 */
function onset(
  points: readonly [number, number][],
  threshold: number,
  spanMs: number,
  strict: boolean,
): number | null {
  const over = (v: number) => (strict ? v > threshold : v >= threshold);
  let first: number | null = null;
  let end = 0;
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [t, v] = points[i]!;
    if (end < i) {
      end = i;
      sum = 0;
    }
    while (end < points.length && points[end]![0] < t + spanMs) sum += points[end++]![1];
    if (over(v)) {
      first ??= t;
      if (over(sum / (end - i))) return t;
    }
    sum -= v;
  }
  return first;
}

export function metricAttributes(
  reading: MetricReading,
  current: Window,
  baseline: Window,
  opts: MetricOptions,
): {
  type: MetricType;
  current: number | null;
  baseline: number | null;
  ratio: number | null;
  up: boolean;
  since: number | null;
} {
  const type = metricType(reading.name, reading.query);
  const now = pooled(reading.current, current);
  const before = pooled(reading.baseline, baseline);
  const c = peakSpanMean(now, current, opts.spanMs);
  const b = mean(before.map((p) => p[1]));
  const ratio = c !== null && b !== null && b > 0 ? Math.round((c / b) * 100) / 100 : null;
  const up = c !== null && b !== null && (b > 0 ? ratio! >= opts.deviationRatio : b === 0 && c > 0);
  const since = !up
    ? null
    : b! > 0
      ? onset(now, opts.deviationRatio * b!, opts.spanMs, false)
      : onset(now, 0, opts.spanMs, true);
  return {
    type,
    current: c === null ? null : round(c),
    baseline: b === null ? null : round(b),
    ratio,
    up,
    since,
  };
}

/** Attribute names of `datadog.metrics` that are not metric names. */
export const METRIC_FLAGS = [
  'names',
  'errorRateUp',
  'errorRateRatio',
  'latencyUp',
  'latencyRatio',
  'saturationHigh',
  'saturationLevel',
  'networkUp',
  'networkRatio',
  'regressionSince',
] as const;

export function metricsAttributes(
  readings: readonly MetricReading[],
  current: Window,
  baseline: Window,
  opts: MetricOptions,
): { attributes: Record<string, JsonValue>; regressionSince: number | null } {
  const reserved = new Set<string>(METRIC_FLAGS);
  const sorted = [...readings]
    .filter((r) => !reserved.has(r.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Record<string, JsonValue> = {};
  const all = sorted.map((r) => ({ name: r.name, ...metricAttributes(r, current, baseline, opts) }));
  const of = (type: MetricType) => all.filter((m) => m.type === type);
  const maxOf = (values: (number | null)[]) => {
    const nums = values.filter((v): v is number => v !== null);
    return nums.length === 0 ? null : Math.max(...nums);
  };
  const onsets = all
    .filter((m) => m.up && (m.type === 'error-rate' || m.type === 'latency') && m.since !== null)
    .map((m) => m.since!);
  const regressionSince = onsets.length === 0 ? null : Math.min(...onsets);
  for (const m of all)
    out[m.name] = {
      type: m.type,
      current: m.current,
      baseline: m.baseline,
      ratio: m.ratio,
      up: m.up,
      since: m.since === null ? null : new Date(m.since).toISOString(),
    };
  Object.assign(out, {
    names: all.map((m) => m.name),
    errorRateUp: of('error-rate').some((m) => m.up),
    errorRateRatio: maxOf(of('error-rate').map((m) => m.ratio)),
    latencyUp: of('latency').some((m) => m.up),
    latencyRatio: maxOf(of('latency').map((m) => m.ratio)),
    saturationHigh: of('saturation').some((m) => m.current !== null && m.current >= opts.saturationThreshold),
    saturationLevel: maxOf(of('saturation').map((m) => m.current)),
    networkUp: of('network').some((m) => m.up),
    networkRatio: maxOf(of('network').map((m) => m.ratio)),
    regressionSince: regressionSince === null ? null : new Date(regressionSince).toISOString(),
  } satisfies Record<(typeof METRIC_FLAGS)[number], JsonValue>);
  return { attributes: out, regressionSince };
}
