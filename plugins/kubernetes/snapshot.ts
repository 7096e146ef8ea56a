// Records a cluster into the snapshot format (docs/scenarios.md, "Cluster snapshots"): one List per
// kind as the API returns it, and bounded current/previous container logs. Read-only, list and
// pods/log only, never Secrets or ConfigMaps; it returns what it read — scrubbing and writing files
// are the caller's (culprit snapshot), so the secret policy lives in one place.
import { PluginError, SNAPSHOT_KINDS } from 'culprit/sdk';
import { DEFAULT_EXCLUDED_NAMESPACES } from './discover.js';
import type { KubeObject, ListedResource } from './kube-client.js';

export interface RecordSnapshotOptions {
  /** A kubeconfig as a string (it holds credentials). */
  kubeconfig?: string;
  kubeconfigPath?: string;
  context?: string;
  /** Only these namespaces (default: every namespace but DEFAULT_EXCLUDED_NAMESPACES). */
  namespaces?: string[];
  /** Lines per container log (default 500). */
  tailLines?: number;
  /** Bytes per container log (default 256 KiB). */
  limitBytes?: number;
  /** Only log lines of the last N seconds. */
  sinceSeconds?: number;
  requestTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface RecordedList {
  /** File name under cluster/, e.g. pods.json. */
  file: string;
  list: { kind: string; apiVersion: string; metadata: { resourceVersion: string }; items: KubeObject[] };
}

export interface RecordedSnapshot {
  lists: RecordedList[];
  /** Paths under logs/: <namespace>/<pod>/<container>.log or <container>.previous.log. */
  logs: { path: string; text: string }[];
  /** Reads that were refused or failed, e.g. "list networkpolicies in shop: forbidden". */
  skipped: string[];
}

/** The kinds recorded: every kind of the format but ConfigMaps (RBAC grants no read of them). */
const RECORDED = SNAPSHOT_KINDS.filter((k) => k.kind !== 'ConfigMap');

export async function recordClusterSnapshot(options: RecordSnapshotOptions): Promise<RecordedSnapshot> {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const { createKubeClient } = await import('./kube-client.js');
  const client = createKubeClient({
    ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
    ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}),
    ...(options.context ? { context: options.context } : {}),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    maxRetries: 2,
  });
  const reader = client.reader(signal);
  const scopes: (string | undefined)[] = options.namespaces?.length
    ? [...new Set(options.namespaces)]
    : [undefined];
  const inScope = (o: KubeObject) =>
    options.namespaces?.length || !DEFAULT_EXCLUDED_NAMESPACES.includes(o.metadata?.namespace);
  const skipped: string[] = [];
  const lists: RecordedList[] = [];
  const byFile = new Map<string, KubeObject[]>();
  try {
    for (const kind of RECORDED) {
      const resource = kind.file.replace(/\.json$/, '') as ListedResource;
      const items: KubeObject[] = [];
      let resourceVersion: string | undefined;
      for (const ns of kind.namespaced ? scopes : [undefined]) {
        const denied = reader.denied.length;
        const got = await reader.listEvery(resource, ns);
        if (!got) {
          skipped.push(
            `list ${resource} in ${ns ?? 'all namespaces'}: ${reader.denied.length > denied ? 'forbidden' : 'failed'}`,
          );
          continue;
        }
        resourceVersion ??= got.resourceVersion;
        items.push(...got.items.filter((o) => !kind.namespaced || inScope(o)));
      }
      // Node events live outside the recorded namespaces; they belong with the Nodes.
      if (kind.kind === 'Event' && options.namespaces?.length) {
        const nodeEvents = await reader.listEvery('events', undefined, 'involvedObject.kind=Node');
        const seen = new Set(items.map((e) => e.metadata?.uid));
        if (nodeEvents) items.push(...nodeEvents.items.filter((e) => !seen.has(e.metadata?.uid)));
      }
      const plain = items.map((o) => toApiJson(o) as KubeObject);
      byFile.set(kind.file, plain);
      lists.push({
        file: kind.file,
        list: {
          kind: `${kind.kind}List`,
          apiVersion: kind.apiVersion,
          metadata: { resourceVersion: resourceVersion ?? '' },
          items: plain.map(({ apiVersion: _a, kind: _k, ...rest }) => rest),
        },
      });
    }
    if (!lists.some((l) => l.list.items.length > 0) && skipped.length === RECORDED.length * scopes.length) {
      throw new PluginError(`cannot read the cluster: ${[...reader.denied, ...reader.failed].join('; ')}`, {
        status: reader.denied.length ? 'unavailable' : 'error',
      });
    }

    const logs: RecordedSnapshot['logs'] = [];
    const tailLines = options.tailLines ?? 500;
    const limitBytes = options.limitBytes ?? 256 * 1024;
    for (const pod of byFile.get('pods.json') ?? []) {
      if (!pod.spec?.nodeName) continue;
      const ns = pod.metadata.namespace as string;
      const name = pod.metadata.name as string;
      const statuses = [
        ...((pod.status?.initContainerStatuses ?? []) as KubeObject[]),
        ...((pod.status?.containerStatuses ?? []) as KubeObject[]),
      ];
      for (const status of statuses) {
        const container = status.name as string;
        const ran = status.state?.running || status.state?.terminated || status.lastState?.terminated;
        if (!ran) continue; // waiting to start: the API has no log to give
        const read = (previous: boolean) =>
          reader.readLog(ns, name, container, previous, tailLines, limitBytes, options.sinceSeconds);
        const previous = status.lastState?.terminated ? await read(true) : '';
        const current = status.state?.running || status.state?.terminated ? await read(false) : '';
        if (previous) logs.push({ path: `${ns}/${name}/${container}.previous.log`, text: previous });
        if (current) logs.push({ path: `${ns}/${name}/${container}.log`, text: current });
      }
    }
    skipped.push(...reader.failed.filter((f) => f.startsWith('get pods/log')));
    return { lists, logs, skipped };
  } finally {
    controller.abort();
    reader.dispose();
    client.close();
  }
}

/**
 * The wire form of what the client deserialized: Dates back to RFC 3339 (seconds when the API sent
 * seconds), no undefined fields, as the API server wrote the object.
 */
function toApiJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (Array.isArray(value)) return value.map(toApiJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toApiJson(v);
    return out;
  }
  return value;
}
