// A fake Kubernetes API server on 127.0.0.1 that answers like kube-apiserver for reads: List objects,
// get by name, label and field selectors, pagination, pod logs, Status errors, 405 on every write,
// scripted faults (500, 429 with Retry-After, 403, hang) and a request log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type KubeObject = Record<string, unknown> & {
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
};

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
}

const RESOURCES: Record<string, { kind: string; group: string; namespaced: boolean }> = {
  pods: { kind: 'Pod', group: 'v1', namespaced: true },
  events: { kind: 'Event', group: 'v1', namespaced: true },
  services: { kind: 'Service', group: 'v1', namespaced: true },
  endpoints: { kind: 'Endpoints', group: 'v1', namespaced: true },
  persistentvolumeclaims: { kind: 'PersistentVolumeClaim', group: 'v1', namespaced: true },
  resourcequotas: { kind: 'ResourceQuota', group: 'v1', namespaced: true },
  configmaps: { kind: 'ConfigMap', group: 'v1', namespaced: true },
  secrets: { kind: 'Secret', group: 'v1', namespaced: true },
  nodes: { kind: 'Node', group: 'v1', namespaced: false },
  namespaces: { kind: 'Namespace', group: 'v1', namespaced: false },
  deployments: { kind: 'Deployment', group: 'apps/v1', namespaced: true },
  replicasets: { kind: 'ReplicaSet', group: 'apps/v1', namespaced: true },
  statefulsets: { kind: 'StatefulSet', group: 'apps/v1', namespaced: true },
  daemonsets: { kind: 'DaemonSet', group: 'apps/v1', namespaced: true },
  horizontalpodautoscalers: { kind: 'HorizontalPodAutoscaler', group: 'autoscaling/v2', namespaced: true },
};

export async function startFakeKubernetes(
  initial: KubeObject[] = [],
  initialLogs: Record<string, string> = {},
): Promise<FakeKubernetes> {
  let objects = initial;
  let logs = initialLogs;
  const faults: { path: RegExp; fault: KubeFault; left: number }[] = [];
  const requests: FakeKubernetes['requests'] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method, path: url.pathname, query: url.search, status });
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(text);
    };
    const fault = faults.find((f) => f.left > 0 && f.path.test(url.pathname));
    if (fault) {
      fault.left--;
      if ('hang' in fault.fault) {
        requests.push({ method, path: url.pathname, query: url.search, status: 0 });
        hanging.add(res);
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
      return send(
        405,
        statusObject(
          405,
          'MethodNotAllowed',
          `the server does not allow this method on the requested resource`,
        ),
      );
    if (url.pathname === '/api')
      return send(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] });
    if (url.pathname === '/apis') {
      return send(200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: ['apps/v1', 'autoscaling/v2'].map((gv) => ({
          name: gv.split('/')[0],
          versions: [{ groupVersion: gv, version: gv.split('/')[1] }],
          preferredVersion: { groupVersion: gv, version: gv.split('/')[1] },
        })),
      });
    }
    if (url.pathname === '/version')
      return send(200, { major: '1', minor: '31', gitVersion: 'v1.31.0-fake' });
    const m =
      /^\/(?:api\/v1|apis\/([a-z.]+\/v[0-9a-z]+))(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?(?:\/(log))?$/.exec(
        url.pathname,
      );
    if (!m)
      return send(404, statusObject(404, 'NotFound', 'the server could not find the requested resource'));
    const [, group = 'v1', namespace, resource, name, sub] = m;
    const info = RESOURCES[resource!];
    if (!info || info.group !== group)
      return send(
        404,
        statusObject(404, 'NotFound', `the server could not find the requested resource (${resource})`),
      );
    const inScope = objects.filter(
      (o) => o.kind === info.kind && (!namespace || o.metadata?.namespace === namespace),
    );
    if (sub === 'log') {
      const container = url.searchParams.get('container') ?? 'server';
      const previous = url.searchParams.get('previous') === 'true';
      const key = `${namespace}/${name}/${container}${previous ? '/previous' : ''}`;
      const pod = inScope.find((o) => o.metadata?.name === name);
      if (!pod) return send(404, statusObject(404, 'NotFound', `pods "${name}" not found`));
      const text = logs[key];
      if (text === undefined) {
        return previous
          ? send(
              400,
              statusObject(
                400,
                'BadRequest',
                `previous terminated container "${container}" in pod "${name}" not found`,
              ),
            )
          : send(200, '');
      }
      const tail = Number(url.searchParams.get('tailLines') ?? 0);
      let lines = text.split('\n');
      if (tail > 0) lines = lines.slice(-tail);
      let out = lines.join('\n');
      const limitBytes = Number(url.searchParams.get('limitBytes') ?? 0);
      if (limitBytes > 0) out = out.slice(0, limitBytes);
      return send(200, out);
    }
    if (name) {
      const found = inScope.find((o) => o.metadata?.name === name);
      return found
        ? send(200, found)
        : send(
            404,
            statusObject(404, 'NotFound', `${resource} "${name}" not found`, {
              name: name ?? '',
              kind: resource ?? '',
            }),
          );
    }
    let items = inScope.filter(
      (o) =>
        matchesLabels(o, url.searchParams.get('labelSelector')) &&
        matchesFields(o, url.searchParams.get('fieldSelector')),
    );
    const limit = Number(url.searchParams.get('limit') ?? 0);
    const start = Number(Buffer.from(url.searchParams.get('continue') ?? '', 'base64').toString() || 0);
    let cont: string | undefined;
    if (limit > 0) {
      cont = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : undefined;
      items = items.slice(start, start + limit);
    }
    return send(200, {
      kind: `${info.kind}List`,
      apiVersion: group,
      metadata: { resourceVersion: '12345', ...(cont ? { continue: cont } : {}) },
      items,
    });
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
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function statusObject(code: number, reason: string, message: string, details?: Record<string, string>) {
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

function matchesLabels(o: KubeObject, selector: string | null): boolean {
  if (!selector) return true;
  const labels = o.metadata?.labels ?? {};
  for (const term of selector
    .split(/,(?![^(]*\))/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = m[3]!.split(',').map((v) => v.trim());
      const has = values.includes(labels[m[1]!] ?? '\u0000');
      if (m[2] === 'in' ? !has : has) return false;
    } else if ((m = /^([\w./-]+)\s*!=\s*(.*)$/.exec(term))) {
      if (labels[m[1]!] === m[2]) return false;
    } else if ((m = /^([\w./-]+)\s*==?\s*(.*)$/.exec(term))) {
      if (labels[m[1]!] !== m[2]) return false;
    } else if ((m = /^!([\w./-]+)$/.exec(term))) {
      if (m[1]! in labels) return false;
    } else if (!(term in labels)) return false;
  }
  return true;
}

function matchesFields(o: KubeObject, selector: string | null): boolean {
  if (!selector) return true;
  for (const term of selector.split(',')) {
    const m = /^([\w.]+)(!=|==|=)(.*)$/.exec(term.trim());
    if (!m) continue;
    const value = m[1]!
      .split('.')
      .reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
        o,
      );
    const equal = String(value ?? '') === m[3];
    if (m[2] === '!=' ? equal : !equal) return false;
  }
  return true;
}
