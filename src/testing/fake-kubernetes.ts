// A fake Kubernetes API server on 127.0.0.1 that answers like kube-apiserver for reads, well enough
// for @kubernetes/client-node and for kubectl: discovery (/api, /apis, group and resource lists, the
// aggregated apidiscovery.k8s.io/v2 form, /version, /healthz), List objects, get by name, label and
// field selectors, limit/continue pagination, watch (the current objects as ADDED), server-side
// Tables (what kubectl's default output asks for), pod logs, Status errors, 405 on every write,
// scripted faults (500, 429 with Retry-After, 403, hang) and a request log. It serves only the
// objects it is given (plus the Namespaces they imply): no secret, token or config is invented.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClusterSnapshot, type KubeObject } from './cluster-snapshot.js';
import { answerPodLog } from './fake-pod-log.js';
import { parseFieldSelector, parseLabelSelector, SelectorError, type Selector } from './kube-selectors.js';

export type KubeFault =
  | { status: 500 | 429 | 403 | 503; times?: number; retryAfterSeconds?: number }
  | { hang: true; times?: number };

export interface FakeKubernetes {
  url: string;
  kubeconfig: string;
  kubeconfigPath: string;
  requests: { method: string; path: string; query: string; status: number }[];
  setFault(path: RegExp, fault: KubeFault): void;
  clearFaults(): void;
  setObjects(objects: KubeObject[], logs?: Record<string, string>): void;
  close(): Promise<void>;
  /** Client connections open right now (server side): checks that a client releases its sockets. */
  connections(): Promise<number>;
}

export interface FakeKubernetesOptions {
  /** The server's clock: ages in Tables, sinceSeconds and the default creationTimestamp. Default: the
   * real clock, or for a snapshot replayed unshifted its incidentTime (the moment it was recorded). */
  now?: () => Date;
  /** Serve a scenario folder's cluster snapshot (cluster/*.json, logs/…) instead of given objects. */
  snapshot?: string;
  /** With snapshot: shift its timestamps so that its incidentTime becomes this instant. */
  shiftTo?: Date;
}

interface Resource {
  name: string;
  singularName: string;
  kind: string;
  /** "v1", "apps/v1", … — also the apiVersion of its Lists. */
  groupVersion: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  subresources?: string[];
}

const READ_VERBS = ['get', 'list', 'watch'];

const resource = (
  name: string,
  kind: string,
  groupVersion: string,
  namespaced: boolean,
  extra: Partial<Resource> = {},
): Resource => ({ name, singularName: kind.toLowerCase(), kind, groupVersion, namespaced, ...extra });

const RESOURCES: readonly Resource[] = [
  resource('pods', 'Pod', 'v1', true, { shortNames: ['po'], categories: ['all'], subresources: ['log'] }),
  resource('events', 'Event', 'v1', true, { shortNames: ['ev'] }),
  resource('services', 'Service', 'v1', true, { shortNames: ['svc'], categories: ['all'] }),
  resource('endpoints', 'Endpoints', 'v1', true, { shortNames: ['ep'] }),
  resource('persistentvolumeclaims', 'PersistentVolumeClaim', 'v1', true, { shortNames: ['pvc'] }),
  resource('resourcequotas', 'ResourceQuota', 'v1', true, { shortNames: ['quota'] }),
  resource('configmaps', 'ConfigMap', 'v1', true, { shortNames: ['cm'] }),
  resource('secrets', 'Secret', 'v1', true),
  resource('serviceaccounts', 'ServiceAccount', 'v1', true, { shortNames: ['sa'] }),
  resource('nodes', 'Node', 'v1', false, { shortNames: ['no'] }),
  resource('namespaces', 'Namespace', 'v1', false, { shortNames: ['ns'] }),
  resource('deployments', 'Deployment', 'apps/v1', true, { shortNames: ['deploy'], categories: ['all'] }),
  resource('replicasets', 'ReplicaSet', 'apps/v1', true, { shortNames: ['rs'], categories: ['all'] }),
  resource('statefulsets', 'StatefulSet', 'apps/v1', true, { shortNames: ['sts'], categories: ['all'] }),
  resource('daemonsets', 'DaemonSet', 'apps/v1', true, { shortNames: ['ds'], categories: ['all'] }),
  resource('horizontalpodautoscalers', 'HorizontalPodAutoscaler', 'autoscaling/v2', true, {
    shortNames: ['hpa'],
    categories: ['all'],
  }),
  resource('networkpolicies', 'NetworkPolicy', 'networking.k8s.io/v1', true, { shortNames: ['netpol'] }),
  resource('endpointslices', 'EndpointSlice', 'discovery.k8s.io/v1', true),
  resource('clusterroles', 'ClusterRole', 'rbac.authorization.k8s.io/v1', false),
  resource('clusterrolebindings', 'ClusterRoleBinding', 'rbac.authorization.k8s.io/v1', false),
  resource('roles', 'Role', 'rbac.authorization.k8s.io/v1', true),
  resource('rolebindings', 'RoleBinding', 'rbac.authorization.k8s.io/v1', true),
];

/** Every group version served, the preferred (only) version of its group. */
const GROUP_VERSIONS = [...new Set(RESOURCES.map((r) => r.groupVersion))];
const NAMED_GROUP_VERSIONS = GROUP_VERSIONS.filter((gv) => gv.includes('/'));

const VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.0-fake',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2024-08-13T00:00:00Z',
  goVersion: 'go1.22.5',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export async function startFakeKubernetes(
  initialOrOptions: KubeObject[] | FakeKubernetesOptions = [],
  initialLogs: Record<string, string> = {},
  moreOptions: FakeKubernetesOptions = {},
): Promise<FakeKubernetes> {
  let initial = Array.isArray(initialOrOptions) ? initialOrOptions : [];
  const options = Array.isArray(initialOrOptions) ? moreOptions : { ...moreOptions, ...initialOrOptions };
  let recordedAt: string | undefined;
  if (options.snapshot) {
    const snapshot = readClusterSnapshot(
      options.snapshot,
      options.shiftTo ? { shiftTo: options.shiftTo } : {},
    );
    initial = snapshot.objects;
    initialLogs = snapshot.logs;
    recordedAt = options.shiftTo ? undefined : snapshot.incidentTime;
  }
  const clock = options.now ?? (recordedAt ? () => new Date(recordedAt) : () => new Date());
  const startedAt = new Date(Math.floor(clock().getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  let objects = initial;
  let logs = initialLogs;
  const faults: { path: RegExp; fault: KubeFault; left: number }[] = [];
  const requests: FakeKubernetes['requests'] = [];
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();

  /** The objects as the server returns them: apiVersion, kind and the metadata every object has. */
  const served = (): KubeObject[] => {
    const out = objects.map((o) => complete(o, startedAt));
    const explicit = new Set(out.filter((o) => o.kind === 'Namespace').map((o) => o.metadata?.name));
    const implied = new Map<string, string>(); // namespace → its oldest object's creationTimestamp
    for (const o of out) {
      const ns = o.metadata?.namespace;
      const created = o.metadata?.creationTimestamp ?? startedAt;
      if (!ns || explicit.has(ns)) continue;
      const oldest = implied.get(ns);
      if (oldest === undefined || created < oldest) implied.set(ns, created);
    }
    for (const [ns, created] of implied) {
      out.push(
        complete(
          {
            kind: 'Namespace',
            metadata: { name: ns, creationTimestamp: created, labels: { 'kubernetes.io/metadata.name': ns } },
            spec: { finalizers: ['kubernetes'] },
            status: { phase: 'Active' },
          },
          startedAt,
        ),
      );
    }
    return out;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const accept = parseAccept(req);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method, path: url.pathname, query: url.search, status });
      const raw = typeof body === 'string' || Buffer.isBuffer(body);
      const text = raw ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': raw ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(text);
    };
    const fail = (status: number, reason: string, message: string, details?: Record<string, string>) =>
      send(status, statusObject(status, reason, message, details));
    const fault = faults.find((f) => f.left > 0 && f.path.test(url.pathname));
    if (fault) {
      fault.left--;
      if ('hang' in fault.fault) {
        requests.push({ method, path: url.pathname, query: url.search, status: 0 });
        open.add(res);
        return;
      }
      const { status, retryAfterSeconds } = fault.fault;
      const reason = {
        500: 'InternalError',
        503: 'ServiceUnavailable',
        429: 'TooManyRequests',
        403: 'Forbidden',
      }[status];
      return send(
        status,
        statusObject(status, reason, `fake ${reason}`),
        retryAfterSeconds ? { 'retry-after': String(retryAfterSeconds) } : {},
      );
    }
    if (method !== 'GET')
      return fail(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);

    // Health, version and discovery.
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (['/healthz', '/livez', '/readyz'].includes(path)) return send(200, 'ok');
    if (path === '/version') return send(200, VERSION);
    const aggregated = accept.find((a) => a.as === 'APIGroupDiscoveryList' && a.g === 'apidiscovery.k8s.io');
    if (path === '/api' || path === '/apis') {
      if (aggregated && (aggregated.v === 'v2' || aggregated.v === 'v2beta1')) {
        const gvs = path === '/api' ? ['v1'] : NAMED_GROUP_VERSIONS;
        return send(200, aggregatedDiscovery(gvs, aggregated.v), {
          'content-type': `application/json;g=apidiscovery.k8s.io;v=${aggregated.v};as=APIGroupDiscoveryList`,
        });
      }
      if (path === '/api') {
        const { port } = server.address() as AddressInfo;
        return send(200, {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `127.0.0.1:${port}` }],
        });
      }
      return send(200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: NAMED_GROUP_VERSIONS.map(apiGroup),
      });
    }
    if (path === '/api/v1') return send(200, apiResourceList('v1'));
    const groupPath = /^\/apis\/([a-z0-9.-]+)(?:\/([a-z0-9]+))?$/.exec(path);
    if (groupPath) {
      const gv = NAMED_GROUP_VERSIONS.find((g) =>
        groupPath[2] ? g === `${groupPath[1]}/${groupPath[2]}` : g.split('/')[0] === groupPath[1],
      );
      if (gv)
        return send(
          200,
          groupPath[2] ? apiResourceList(gv) : { ...apiGroup(gv), kind: 'APIGroup', apiVersion: 'v1' },
        );
    }

    const m =
      /^\/(?:api\/v1|apis\/([a-z0-9.-]+\/v[0-9a-z]+))(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?(?:\/([a-z]+))?$/.exec(
        url.pathname,
      );
    if (!m) return fail(404, 'NotFound', 'the server could not find the requested resource');
    const [, group = 'v1', rawNamespace, resource, rawName, sub] = m;
    const namespace = rawNamespace && decodeURIComponent(rawNamespace);
    const name = rawName && decodeURIComponent(rawName);
    const info = RESOURCES.find((r) => r.name === resource && r.groupVersion === group);
    if (!info) return fail(404, 'NotFound', `the server could not find the requested resource (${resource})`);
    const groupName = info.groupVersion.includes('/') ? info.groupVersion.split('/')[0]! : '';
    const notFound = (what: string) =>
      fail(404, 'NotFound', `${resource}${groupName ? `.${groupName}` : ''} "${what}" not found`, {
        name: what,
        ...(groupName ? { group: groupName } : {}),
        kind: resource ?? '',
      });
    const inScope = served().filter(
      (o) => o.kind === info.kind && (!namespace || o.metadata?.namespace === namespace),
    );
    if (sub && !(name && info.subresources?.includes(sub)))
      return fail(404, 'NotFound', 'the server could not find the requested resource');
    if (sub === 'log') {
      const pod = inScope.find((o) => o.metadata?.name === name);
      if (!pod) return fail(404, 'NotFound', `pods "${name}" not found`, { name: name ?? '', kind: 'pods' });
      const answer = answerPodLog(pod, url.searchParams, logs, clock());
      if (!answer.ok)
        return send(
          answer.status,
          statusObject(answer.status, answer.reason, answer.message, answer.details),
        );
      return send(200, answer.body);
    }

    const table = accept.find(
      (a) => a.as === 'Table' && a.g === 'meta.k8s.io' && (a.v === 'v1' || a.v === 'v1beta1'),
    );
    const asTable = (items: KubeObject[], metadata: Record<string, unknown>, withColumns = true) =>
      toTable(
        info,
        items,
        metadata,
        table!.v!,
        url.searchParams.get('includeObject') ?? 'Metadata',
        clock(),
        withColumns,
      );
    const tableHeaders = table
      ? { 'content-type': `application/json;as=Table;v=${table.v};g=meta.k8s.io` }
      : undefined;
    if (name) {
      const found = inScope.find((o) => o.metadata?.name === name);
      if (!found) return notFound(name);
      return table
        ? send(
            200,
            asTable([found], { resourceVersion: found.metadata?.resourceVersion ?? '' }),
            tableHeaders,
          )
        : send(200, found);
    }
    let labelSelector: Selector, fieldSelector: Selector;
    try {
      labelSelector = parseLabelSelector(url.searchParams.get('labelSelector'));
      fieldSelector = parseFieldSelector(info.kind, url.searchParams.get('fieldSelector'));
    } catch (err) {
      if (err instanceof SelectorError) return fail(400, 'BadRequest', err.message);
      throw err;
    }
    let items = inScope.filter((o) => labelSelector(o) && fieldSelector(o));
    const listResourceVersion = '12345';

    if (['true', '1'].includes(url.searchParams.get('watch') ?? '')) {
      // The current objects as ADDED events; then the watch stays open (nothing ever changes)
      // until timeoutSeconds or close().
      requests.push({ method, path: url.pathname, query: url.search, status: 200 });
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      // From a resourceVersion the client already has, nothing has changed; from none (or "0"),
      // every current object is ADDED first.
      const since = url.searchParams.get('resourceVersion');
      if (since && since !== '0') items = [];
      items.forEach((o, i) => {
        const object = table ? asTable([o], { resourceVersion: listResourceVersion }, i === 0) : o;
        res.write(`${JSON.stringify({ type: 'ADDED', object })}\n`);
      });
      open.add(res);
      const seconds = Number(url.searchParams.get('timeoutSeconds') ?? 1800);
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          open.delete(res);
          res.end();
        },
        Math.max(0, seconds) * 1000,
      );
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
        open.delete(res);
      });
      return;
    }

    const limit = Number(url.searchParams.get('limit') ?? 0);
    const token = url.searchParams.get('continue');
    const start = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
    if (!Number.isInteger(start) || start < 0)
      return fail(400, 'BadRequest', 'continue key is not valid: the token could not be decoded');
    let cont: string | undefined;
    let remaining = 0;
    if (limit > 0) {
      cont = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : undefined;
      remaining = Math.max(0, items.length - start - limit);
      items = items.slice(start, start + limit);
    } else if (start > 0) {
      items = items.slice(start);
    }
    const metadata = {
      resourceVersion: listResourceVersion,
      ...(cont ? { continue: cont, remainingItemCount: remaining } : {}),
    };
    if (table) return send(200, asTable(items, metadata), tableHeaders);
    return send(200, { kind: `${info.kind}List`, apiVersion: info.groupVersion, metadata, items });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '  - name: fake',
    `    cluster: { server: "${url}", insecure-skip-tls-verify: true }`,
    'users:',
    '  - name: culprit',
    '    user: { token: "fake-token-do-not-log-0123456789" }',
    'contexts:',
    '  - name: fake',
    '    context: { cluster: fake, user: culprit }',
    'current-context: fake',
    '',
  ].join('\n');
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'culprit-kube-')), 'kubeconfig');
  writeFileSync(kubeconfigPath, kubeconfig);
  return {
    url,
    kubeconfig,
    kubeconfigPath,
    requests,
    setFault: (path, fault) => void faults.push({ path, fault, left: fault.times ?? Infinity }),
    clearFaults: () => void faults.splice(0),
    setObjects(next, nextLogs) {
      objects = next;
      if (nextLogs) logs = nextLogs;
    },
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((err, n) => (err ? reject(err) : resolve(n))),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Discovery documents.

function apiGroup(groupVersion: string) {
  const [name, version] = groupVersion.split('/') as [string, string];
  return {
    name,
    versions: [{ groupVersion, version }],
    preferredVersion: { groupVersion, version },
  };
}

function apiResourceList(groupVersion: string) {
  const resources: Record<string, unknown>[] = [];
  for (const r of RESOURCES.filter((x) => x.groupVersion === groupVersion)) {
    resources.push({
      name: r.name,
      singularName: r.singularName,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: READ_VERBS,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      ...(r.categories ? { categories: r.categories } : {}),
    });
    for (const sub of r.subresources ?? [])
      resources.push({
        name: `${r.name}/${sub}`,
        singularName: '',
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: ['get'],
      });
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}

/** The aggregated form (apidiscovery.k8s.io/v2): all groups and their resources in one document. */
function aggregatedDiscovery(groupVersions: string[], version: string) {
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: groupVersions.map((gv) => {
      const [group, v] = gv.includes('/') ? (gv.split('/') as [string, string]) : ['', gv];
      return {
        metadata: { name: group, creationTimestamp: null },
        versions: [
          {
            version: v,
            freshness: 'Current',
            resources: RESOURCES.filter((r) => r.groupVersion === gv).map((r) => ({
              resource: r.name,
              responseKind: { group, version: v, kind: r.kind },
              scope: r.namespaced ? 'Namespaced' : 'Cluster',
              singularResource: r.singularName,
              verbs: READ_VERBS,
              ...(r.shortNames ? { shortNames: r.shortNames } : {}),
              ...(r.categories ? { categories: r.categories } : {}),
              ...(r.subresources
                ? {
                    subresources: r.subresources.map((subresource) => ({
                      subresource,
                      responseKind: { group, version: v, kind: r.kind },
                      verbs: ['get'],
                    })),
                  }
                : {}),
            })),
          },
        ],
      };
    }),
  };
}

interface MediaType {
  type: string;
  as?: string;
  g?: string;
  v?: string;
}

function parseAccept(req: IncomingMessage): MediaType[] {
  return (req.headers.accept ?? '*/*').split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    const media: MediaType = { type: type.toLowerCase() };
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k === 'as' || k === 'g' || k === 'v') media[k] = v;
    }
    return media;
  });
}

// ---------------------------------------------------------------------------------------------
// Objects.

/** A copy with apiVersion, kind, uid, resourceVersion and creationTimestamp filled when missing. */
function complete(o: KubeObject, createdAt: string): KubeObject {
  const info = RESOURCES.find((r) => r.kind === o.kind);
  const meta = o.metadata ?? {};
  const id = `${o.kind}/${meta.namespace ?? ''}/${meta.name ?? ''}`;
  const hex = createHash('sha256').update(id).digest('hex');
  return {
    ...o,
    apiVersion: o.apiVersion ?? info?.groupVersion ?? 'v1',
    kind: o.kind,
    metadata: {
      ...meta,
      uid:
        meta.uid ??
        `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
      resourceVersion: meta.resourceVersion ?? '1',
      creationTimestamp: meta.creationTimestamp ?? createdAt,
    },
  };
}

function statusObject(code: number, reason: string, message: string, details?: Record<string, unknown>) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

// ---------------------------------------------------------------------------------------------
// Server-side Tables (meta.k8s.io Table): the columns kube-apiserver prints for the common kinds,
// NAME and AGE for the rest.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
type Cell = string | number;
interface Column {
  name: string;
  type?: 'string' | 'integer' | 'date';
  priority?: number;
  format?: string;
  description?: string;
}

function toTable(
  info: Resource,
  items: KubeObject[],
  metadata: Record<string, unknown>,
  version: string,
  includeObject: string,
  now: Date,
  withColumns: boolean,
) {
  const age = (ts: unknown) => humanAge(ts, now);
  const { columns, cells } = printer(info.kind, age);
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${version}`,
    metadata,
    ...(withColumns
      ? {
          columnDefinitions: columns.map((c, i) => ({
            name: c.name,
            type: c.type ?? 'string',
            format: c.format ?? (i === 0 && c.name === 'Name' ? 'name' : ''),
            description: c.description ?? c.name,
            priority: c.priority ?? 0,
          })),
        }
      : {}),
    rows: items.map((o) => ({
      cells: cells(o as Any),
      ...(includeObject === 'None'
        ? {}
        : {
            object:
              includeObject === 'Object'
                ? o
                : {
                    kind: 'PartialObjectMetadata',
                    apiVersion: `meta.k8s.io/${version}`,
                    metadata: o.metadata,
                  },
          }),
    })),
  };
}

function printer(
  kind: string,
  age: (ts: unknown) => string,
): { columns: Column[]; cells: (o: Any) => Cell[] } {
  const name = (o: Any): string => o.metadata?.name ?? '';
  const created = (o: Any) => age(o.metadata?.creationTimestamp);
  const containers = (spec: Any) => (spec?.template?.spec?.containers ?? []) as Any[];
  const workloadWide: Column[] = [
    { name: 'Containers', priority: 1 },
    { name: 'Images', priority: 1 },
  ];
  const workloadWideCells = (o: Any) => [
    containers(o.spec)
      .map((c) => c.name)
      .join(','),
    containers(o.spec)
      .map((c) => c.image)
      .join(','),
  ];
  const selector = (o: Any) =>
    Object.entries(o.spec?.selector?.matchLabels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',') || '<none>';
  switch (kind) {
    case 'Pod':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Ready' },
          { name: 'Status' },
          { name: 'Restarts', type: 'string' },
          { name: 'Age' },
          { name: 'IP', priority: 1 },
          { name: 'Node', priority: 1 },
          { name: 'Nominated Node', priority: 1 },
          { name: 'Readiness Gates', priority: 1 },
        ],
        cells: (o) => {
          const s = podSummary(o, age);
          return [
            name(o),
            s.ready,
            s.status,
            s.restarts,
            created(o),
            o.status?.podIP ?? '<none>',
            o.spec?.nodeName ?? '<none>',
            o.status?.nominatedNodeName ?? '<none>',
            '<none>',
          ];
        },
      };
    case 'Deployment':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Ready' },
          { name: 'Up-to-date', type: 'integer' },
          { name: 'Available', type: 'integer' },
          { name: 'Age' },
          ...workloadWide,
          { name: 'Selector', priority: 1 },
        ],
        cells: (o) => [
          name(o),
          `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
          o.status?.updatedReplicas ?? 0,
          o.status?.availableReplicas ?? 0,
          created(o),
          ...workloadWideCells(o),
          selector(o),
        ],
      };
    case 'StatefulSet':
      return {
        columns: [{ name: 'Name' }, { name: 'Ready' }, { name: 'Age' }, ...workloadWide],
        cells: (o) => [
          name(o),
          `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
          created(o),
          ...workloadWideCells(o),
        ],
      };
    case 'ReplicaSet':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Desired', type: 'integer' },
          { name: 'Current', type: 'integer' },
          { name: 'Ready', type: 'integer' },
          { name: 'Age' },
          ...workloadWide,
          { name: 'Selector', priority: 1 },
        ],
        cells: (o) => [
          name(o),
          o.spec?.replicas ?? 1,
          o.status?.replicas ?? 0,
          o.status?.readyReplicas ?? 0,
          created(o),
          ...workloadWideCells(o),
          selector(o),
        ],
      };
    case 'DaemonSet':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Desired', type: 'integer' },
          { name: 'Current', type: 'integer' },
          { name: 'Ready', type: 'integer' },
          { name: 'Up-to-date', type: 'integer' },
          { name: 'Available', type: 'integer' },
          { name: 'Node Selector' },
          { name: 'Age' },
        ],
        cells: (o) => [
          name(o),
          o.status?.desiredNumberScheduled ?? 0,
          o.status?.currentNumberScheduled ?? 0,
          o.status?.numberReady ?? 0,
          o.status?.updatedNumberScheduled ?? 0,
          o.status?.numberAvailable ?? 0,
          Object.entries(o.spec?.template?.spec?.nodeSelector ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(',') || '<none>',
          created(o),
        ],
      };
    case 'Service':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Type' },
          { name: 'Cluster-IP' },
          { name: 'External-IP' },
          { name: 'Port(s)' },
          { name: 'Age' },
          { name: 'Selector', priority: 1 },
        ],
        cells: (o) => [
          name(o),
          o.spec?.type ?? 'ClusterIP',
          o.spec?.clusterIP ?? '<none>',
          (o.status?.loadBalancer?.ingress ?? []).map((i: Any) => i.ip ?? i.hostname).join(',') ||
            (o.spec?.externalIPs ?? []).join(',') ||
            '<none>',
          ((o.spec?.ports ?? []) as Any[])
            .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
            .join(',') || '<none>',
          created(o),
          Object.entries(o.spec?.selector ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(',') || '<none>',
        ],
      };
    case 'Endpoints':
      return {
        columns: [{ name: 'Name' }, { name: 'Endpoints' }, { name: 'Age' }],
        cells: (o) => {
          const eps: string[] = [];
          for (const s of (o.subsets ?? []) as Any[])
            for (const a of (s.addresses ?? []) as Any[])
              for (const p of (s.ports ?? [{}]) as Any[]) eps.push(p.port ? `${a.ip}:${p.port}` : a.ip);
          const shown = eps.slice(0, 3).join(',') + (eps.length > 3 ? ` + ${eps.length - 3} more...` : '');
          return [name(o), shown || '<none>', created(o)];
        },
      };
    case 'Node':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Status' },
          { name: 'Roles' },
          { name: 'Age' },
          { name: 'Version' },
          { name: 'Internal-IP', priority: 1 },
        ],
        cells: (o) => {
          const ready = ((o.status?.conditions ?? []) as Any[]).find((c) => c.type === 'Ready');
          const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
          if (o.spec?.unschedulable) status.push('SchedulingDisabled');
          const roles = Object.keys(o.metadata?.labels ?? {})
            .filter((k) => k.startsWith('node-role.kubernetes.io/'))
            .map((k) => k.slice('node-role.kubernetes.io/'.length));
          const ip = ((o.status?.addresses ?? []) as Any[]).find((a) => a.type === 'InternalIP');
          return [
            name(o),
            status.join(','),
            roles.join(',') || '<none>',
            created(o),
            o.status?.nodeInfo?.kubeletVersion ?? '',
            ip?.address ?? '<none>',
          ];
        },
      };
    case 'Event':
      return {
        columns: [
          { name: 'Last Seen' },
          { name: 'Type' },
          { name: 'Reason' },
          { name: 'Object' },
          { name: 'Message' },
          { name: 'Count', type: 'integer', priority: 1 },
          { name: 'Name', priority: 1 },
        ],
        cells: (o) => {
          const last = o.lastTimestamp ?? o.eventTime ?? o.metadata?.creationTimestamp;
          const count = o.count ?? 1;
          const seen =
            count > 1 && o.firstTimestamp
              ? `${age(last)} (x${count} over ${age(o.firstTimestamp)})`
              : age(last);
          return [
            seen,
            o.type ?? '',
            o.reason ?? '',
            `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name ?? ''}`,
            o.message ?? '',
            count,
            name(o),
          ];
        },
      };
    case 'Namespace':
      return {
        columns: [{ name: 'Name' }, { name: 'Status' }, { name: 'Age' }],
        cells: (o) => [name(o), o.status?.phase ?? 'Active', created(o)],
      };
    case 'PersistentVolumeClaim':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Status' },
          { name: 'Volume' },
          { name: 'Capacity' },
          { name: 'Access Modes' },
          { name: 'StorageClass' },
          { name: 'Age' },
        ],
        cells: (o) => [
          name(o),
          o.status?.phase ?? 'Pending',
          o.spec?.volumeName ?? '',
          o.status?.capacity?.storage ?? '',
          ((o.status?.accessModes ?? []) as string[])
            .map((m) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX' })[m] ?? m)
            .join(','),
          o.spec?.storageClassName ?? '<unset>',
          created(o),
        ],
      };
    case 'HorizontalPodAutoscaler':
      return {
        columns: [
          { name: 'Name' },
          { name: 'Reference' },
          { name: 'MinPods', type: 'integer' },
          { name: 'MaxPods', type: 'integer' },
          { name: 'Replicas', type: 'integer' },
          { name: 'Age' },
        ],
        cells: (o) => [
          name(o),
          `${o.spec?.scaleTargetRef?.kind ?? ''}/${o.spec?.scaleTargetRef?.name ?? ''}`,
          o.spec?.minReplicas ?? 1,
          o.spec?.maxReplicas ?? 0,
          o.status?.currentReplicas ?? 0,
          created(o),
        ],
      };
    default:
      return { columns: [{ name: 'Name' }, { name: 'Age' }], cells: (o) => [name(o), created(o)] };
  }
}

/** READY, STATUS and RESTARTS as kubectl shows them for a pod. */
function podSummary(pod: Any, age: (ts: unknown) => string) {
  const statuses = (pod.status?.containerStatuses ?? []) as Any[];
  const total = (pod.spec?.containers ?? []).length || statuses.length;
  let reason: string = pod.status?.reason || pod.status?.phase || 'Unknown';
  let ready = 0;
  let restarts = 0;
  let lastRestart: number | undefined;
  let running = false;
  for (const cs of [...statuses].reverse()) {
    restarts += cs.restartCount ?? 0;
    const finished = Date.parse(cs.lastState?.terminated?.finishedAt ?? '');
    if (Number.isFinite(finished) && (lastRestart === undefined || finished > lastRestart))
      lastRestart = finished;
    const state = cs.state ?? {};
    if (state.waiting?.reason) reason = state.waiting.reason;
    else if (state.terminated?.reason) reason = state.terminated.reason;
    else if (state.terminated)
      reason = state.terminated.signal
        ? `Signal:${state.terminated.signal}`
        : `ExitCode:${state.terminated.exitCode}`;
    else if (cs.ready && state.running) {
      running = true;
      ready++;
    }
  }
  if (reason === 'Completed' && running) {
    const podReady = ((pod.status?.conditions ?? []) as Any[]).some(
      (c) => c.type === 'Ready' && c.status === 'True',
    );
    reason = podReady ? 'Running' : 'NotReady';
  }
  if (pod.metadata?.deletionTimestamp) reason = pod.status?.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  return {
    ready: `${ready}/${total}`,
    status: reason,
    restarts:
      restarts > 0 && lastRestart !== undefined
        ? `${restarts} (${age(new Date(lastRestart).toISOString())} ago)`
        : String(restarts),
  };
}

/** kubectl's duration.HumanDuration of now − ts. */
function humanAge(ts: unknown, now: Date): string {
  const t = typeof ts === 'string' ? Date.parse(ts) : NaN;
  if (!Number.isFinite(t)) return '<unknown>';
  const seconds = Math.floor((now.getTime() - t) / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8)
    return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 365 * 8)
    return days % 365 === 0 ? `${Math.floor(days / 365)}y` : `${Math.floor(days / 365)}y${days % 365}d`;
  return `${Math.floor(days / 365)}y`;
}
