// Topology discovery: reads Deployments, StatefulSets and Services (list only, never Secrets or
// ConfigMaps) and drafts a starter topology — one component per workload, the Service addresses
// that reach it, and dependsOn edges inferred from the host:port addresses and URLs its containers
// are given in env values and args/command. renderTopologyYaml() is pure.
import { PluginError } from 'culprit/sdk';
import { Document, isMap, isSeq, visit } from 'yaml';
import type { KubeObject } from './kube-client.js';

export type DiscoveredKind = 'service' | 'database' | 'cache' | 'queue';

/** One component of the topology format (schemas/topology.schema.json), as discovery fills it. */
export interface DiscoveredComponent {
  id: string;
  kind: DiscoveredKind;
  addresses?: string[];
  kubernetes: {
    namespace: string;
    workload: { kind: 'Deployment' | 'StatefulSet'; name: string };
    selector?: Record<string, string>;
  };
  dependsOn?: string[];
}

export interface DiscoverOptions {
  /** A kubeconfig as a string (it holds credentials). */
  kubeconfig?: string;
  /** Path of a kubeconfig file (default: $KUBECONFIG or ~/.kube/config). */
  kubeconfigPath?: string;
  context?: string;
  /** Only these namespaces (default: every namespace except DEFAULT_EXCLUDED_NAMESPACES). */
  namespaces?: string[];
  requestTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Namespaces skipped when no namespace is given: the cluster's own machinery, not the system. */
export const DEFAULT_EXCLUDED_NAMESPACES: readonly string[] = [
  'kube-system',
  'kube-public',
  'kube-node-lease',
];

const MAX_ADDRESSES = 50; // schema: addresses maxItems

/** Default ports of URL schemes, for URLs that name no port (postgres://db/app). */
const SCHEME_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  grpc: 80,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mongodb: 27017,
  redis: 6379,
  rediss: 6379,
  memcached: 11211,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  kafka: 9092,
};

const KIND_HINTS: [DiscoveredKind, RegExp][] = [
  [
    'database',
    /^(postgres|postgresql|pg|pgsql|mysql|mariadb|mongo|mongodb|db|database|cassandra|cockroachdb|clickhouse)\d*$/,
  ],
  ['cache', /^(redis|memcached|valkey|keydb)\d*$/],
  ['queue', /^(kafka|rabbitmq|nats|pulsar|activemq)\d*$/],
];

interface Workload {
  namespace: string;
  kind: 'Deployment' | 'StatefulSet';
  name: string;
  selector?: Record<string, string>;
  podLabels: Record<string, string>;
  containers: KubeObject[];
  id: string;
}

interface ServiceInfo {
  namespace: string;
  name: string;
  ports: number[];
  workloads: Workload[];
}

export async function discoverTopology(
  options: DiscoverOptions,
): Promise<{ components: DiscoveredComponent[] }> {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  // Loaded when first used: @kubernetes/client-node costs ~0.7 s to import, which serve's start-up need not pay.
  const { createKubeClient } = await import('./kube-client.js');
  const client = createKubeClient({
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}),
    ...(options.context ? { context: options.context } : {}),
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    maxRetries: 2,
  });
  const reader = client.reader(signal);
  const scopes: (string | undefined)[] = options.namespaces?.length
    ? [...new Set(options.namespaces)]
    : [undefined];
  const deployments: KubeObject[] = [];
  const statefulSets: KubeObject[] = [];
  const services: KubeObject[] = [];
  try {
    for (const ns of scopes) {
      const [d, s, svc] = await Promise.all([
        reader.listDeployments(ns),
        reader.listStatefulSets(ns),
        reader.listAllServices(ns),
      ]);
      if (!d || !s || !svc) {
        const why = [...reader.denied.map((w) => `forbidden: ${w}`), ...reader.failed];
        throw new PluginError(
          `cannot list workloads and services${ns ? ` in ${ns}` : ''}: ${why.join('; ') || 'no answer'}` +
            (reader.denied.length ? ' (discovery needs list on deployments, statefulsets and services)' : ''),
          { status: reader.denied.length ? 'unavailable' : 'error' },
        );
      }
      deployments.push(...d);
      statefulSets.push(...s);
      services.push(...svc);
    }
  } finally {
    controller.abort();
    client.close();
  }
  const keep = (o: KubeObject) => {
    const ns = String(o.metadata?.namespace ?? 'default');
    return options.namespaces?.length
      ? options.namespaces.includes(ns)
      : !DEFAULT_EXCLUDED_NAMESPACES.includes(ns);
  };
  return inferTopology(deployments.filter(keep), statefulSets.filter(keep), services.filter(keep));
}

/** The pure part of discovery: Kubernetes objects in, topology components out. */
export function inferTopology(
  deployments: readonly KubeObject[],
  statefulSets: readonly KubeObject[],
  services: readonly KubeObject[],
): { components: DiscoveredComponent[] } {
  const workloads: Workload[] = [
    ...deployments.map((o) => toWorkload(o, 'Deployment')),
    ...statefulSets.map((o) => toWorkload(o, 'StatefulSet')),
  ]
    .filter((w): w is Workload => w !== undefined)
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name) || compare(a.kind, b.kind));
  assignIds(workloads);

  // Services and the workloads whose pods they select.
  const byKey = new Map<string, ServiceInfo>();
  for (const svc of services) {
    const name = String(svc.metadata?.name ?? '').toLowerCase();
    const namespace = String(svc.metadata?.namespace ?? 'default');
    const selector = svc.spec?.selector as Record<string, string> | undefined;
    if (!name || !selector || Object.keys(selector).length === 0) continue;
    const ports = [
      ...new Set(
        ((svc.spec?.ports ?? []) as KubeObject[])
          .map((p) => Number(p.port))
          .filter((p) => Number.isInteger(p) && p > 0 && p < 65536),
      ),
    ].sort((a, b) => a - b);
    const selected = workloads.filter(
      (w) => w.namespace === namespace && Object.entries(selector).every(([k, v]) => w.podLabels[k] === v),
    );
    if (selected.length === 0 || ports.length === 0) continue;
    byKey.set(`${namespace}/${name}`, { namespace, name, ports, workloads: selected });
  }
  const serviceList = [...byKey.values()].sort(
    (a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name),
  );

  // Addresses: a Service's names go to the workload it selects (to the one named like it, or the
  // first, when it selects several); an address two components would claim is left out.
  const addresses = new Map<Workload, string[]>();
  for (const svc of serviceList) {
    const owner = svc.workloads.find((w) => w.name.toLowerCase() === svc.name) ?? svc.workloads[0]!;
    const list = addresses.get(owner) ?? [];
    for (const port of svc.ports) {
      list.push(
        `${svc.name}:${port}`,
        `${svc.name}.${svc.namespace}:${port}`,
        `${svc.name}.${svc.namespace}.svc.cluster.local:${port}`,
      );
    }
    addresses.set(owner, list);
  }
  const claims = new Map<string, number>();
  for (const list of addresses.values())
    for (const a of new Set(list)) claims.set(a, (claims.get(a) ?? 0) + 1);

  const components: DiscoveredComponent[] = workloads.map((w) => {
    const own = [...new Set(addresses.get(w) ?? [])]
      .filter((a) => claims.get(a) === 1)
      .slice(0, MAX_ADDRESSES);
    const deps = new Set<string>();
    for (const text of containerStrings(w.containers)) {
      for (const { host, port } of findAddresses(text)) {
        const svc = resolveService(host, port, w.namespace, byKey);
        for (const target of svc?.workloads ?? []) if (target !== w) deps.add(target.id);
      }
    }
    return {
      id: w.id,
      kind: inferKind(w),
      ...(own.length ? { addresses: own } : {}),
      kubernetes: {
        namespace: w.namespace,
        workload: { kind: w.kind, name: w.name },
        ...(w.selector ? { selector: w.selector } : {}),
      },
      ...(deps.size ? { dependsOn: [...deps].sort(compare) } : {}),
    };
  });
  return { components };
}

/** A YAML topology document (the format of docs/topology.md), with a header saying what to review. */
export function renderTopologyYaml(doc: {
  components: readonly DiscoveredComponent[];
  metadata?: { name?: string; description?: string };
}): string {
  const full = {
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    ...(doc.metadata ? { metadata: doc.metadata } : {}),
    components: doc.components,
  };
  const yaml = new Document(full, { aliasDuplicateObjects: false });
  visit(yaml, {
    Pair(_key, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if ((key === 'workload' || key === 'selector') && isMap(pair.value)) pair.value.flow = true;
      if (key === 'dependsOn' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  const header = [
    '# Generated by `culprit topology discover` from the Kubernetes API. Review it before use:',
    "# - set each component's `team` (and declare `teams`), and add `aliases`: the names people and",
    '#   alerts use for it;',
    '# - check each `kind` (guessed from workload and image names) and the `dependsOn` edges (inferred',
    '#   only from host:port addresses and URLs in container env values and args);',
    '# - add what the cluster does not show: external services, managed databases, edges configured',
    '#   elsewhere (config files, service discovery).',
    '# Then `culprit validate` it, and `culprit topology drift` to compare it with the cluster later.',
  ].join('\n');
  return `${header}\n${yaml.toString({ lineWidth: 0 })}`;
}

function toWorkload(o: KubeObject, kind: Workload['kind']): Workload | undefined {
  const name = String(o.metadata?.name ?? '');
  if (!name) return undefined;
  const matchLabels = o.spec?.selector?.matchLabels as Record<string, string> | undefined;
  return {
    namespace: String(o.metadata?.namespace ?? 'default'),
    kind,
    name,
    ...(matchLabels && Object.keys(matchLabels).length ? { selector: { ...matchLabels } } : {}),
    podLabels: { ...((o.spec?.template?.metadata?.labels ?? {}) as Record<string, string>) },
    containers: [
      ...((o.spec?.template?.spec?.initContainers ?? []) as KubeObject[]),
      ...((o.spec?.template?.spec?.containers ?? []) as KubeObject[]),
    ],
    id: '',
  };
}

/** Lower-cased workload names; a name used twice is qualified by namespace, then by kind. */
function assignIds(workloads: Workload[]): void {
  const base = (w: Workload) => toId(w.name);
  const count = (f: (w: Workload) => string) => {
    const m = new Map<string, number>();
    for (const w of workloads) m.set(f(w), (m.get(f(w)) ?? 0) + 1);
    return m;
  };
  const plain = count(base);
  const withNs = (w: Workload) => (plain.get(base(w))! > 1 ? toId(`${w.name}.${w.namespace}`) : base(w));
  const qualified = count(withNs);
  const used = new Set<string>();
  for (const w of workloads) {
    let id = qualified.get(withNs(w))! > 1 ? toId(`${w.name}-${w.kind}.${w.namespace}`) : withNs(w);
    for (let n = 2; used.has(id); n++) id = toId(`${id.slice(0, 58)}-${n}`);
    used.add(id);
    w.id = id;
  }
}

/** Fits the topology id pattern: ^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$ */
function toId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return id || 'workload';
}

function inferKind(w: Workload): DiscoveredKind {
  if (w.kind !== 'StatefulSet') return 'service';
  const tokens = new Set<string>(tokensOf(w.name));
  for (const c of w.containers) {
    const image = String(c.image ?? '')
      .replace(/@.*$/, '')
      .replace(/:[^/]*$/, '');
    for (const t of tokensOf(image.split('/').pop() ?? '')) tokens.add(t);
  }
  for (const [kind, re] of KIND_HINTS) if ([...tokens].some((t) => re.test(t))) return kind;
  return 'service';
}

const tokensOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** env values, args and command items of every container (env valueFrom is never resolved). */
function containerStrings(containers: readonly KubeObject[]): string[] {
  const out: string[] = [];
  for (const c of containers) {
    for (const e of (c.env ?? []) as KubeObject[]) if (typeof e.value === 'string') out.push(e.value);
    for (const a of [...((c.args ?? []) as unknown[]), ...((c.command ?? []) as unknown[])])
      if (typeof a === 'string') out.push(a);
  }
  return out;
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const HOST = `${LABEL}(?:\\.${LABEL})*`;
const URL_RE = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#'"]+)/gi;
const BARE_RE = new RegExp(`(?<![\\w.@/:-])(${HOST}):(\\d{1,5})(?![\\w.:-])`, 'g');
const AUTHORITY_RE = new RegExp(`^(${HOST})(?::(\\d{1,5}))?$`);

/** host:port pairs named in one string: URLs (with user@, several hosts, default ports) and bare host:port. */
export function findAddresses(text: string): { host: string; port: number }[] {
  const found: { host: string; port: number }[] = [];
  const rest = text.replace(URL_RE, (_whole, scheme: string, authority: string) => {
    const hostPart = authority.slice(authority.lastIndexOf('@') + 1);
    const defaultPort = SCHEME_PORTS[scheme.toLowerCase().split('+')[0]!];
    for (const one of hostPart.split(',')) {
      const m = AUTHORITY_RE.exec(one);
      if (!m) continue;
      const port = m[2] ? Number(m[2]) : defaultPort;
      if (port) found.push({ host: m[1]!.toLowerCase(), port });
    }
    return ' ';
  });
  for (const m of rest.matchAll(BARE_RE)) found.push({ host: m[1]!.toLowerCase(), port: Number(m[2]) });
  return found;
}

/**
 * Resolves a host the way cluster DNS does: `svc` in the caller's namespace, `svc.ns`,
 * `svc.ns.svc`, `svc.ns.svc.cluster.local`, and a StatefulSet pod `pod.svc[.ns…]`.
 */
function resolveService(
  host: string,
  port: number,
  callerNs: string,
  services: ReadonlyMap<string, ServiceInfo>,
): ServiceInfo | undefined {
  const labels = host
    .replace(/\.$/, '')
    .replace(/\.svc(\.cluster\.local)?$/, '')
    .split('.');
  const candidates: [string, string][] = [];
  if (labels.length === 1) candidates.push([callerNs, labels[0]!]);
  if (labels.length === 2) candidates.push([labels[1]!, labels[0]!], [callerNs, labels[1]!]);
  if (labels.length === 3) candidates.push([labels[2]!, labels[1]!]);
  for (const [ns, name] of candidates) {
    const svc = services.get(`${ns}/${name}`);
    if (svc && svc.ports.includes(port)) return svc;
  }
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
