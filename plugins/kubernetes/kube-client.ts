// The plugin's only contact with @kubernetes/client-node: a read-only reader (get/list and pod logs)
// with a per-call timeout, bounded retries for 429/5xx honouring Retry-After, and 403 recorded,
// never retried. Secrets and ConfigMaps are never read; the credentials never reach an error.
import {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  KubeConfig,
  NetworkingV1Api,
} from '@kubernetes/client-node';
import { PluginError } from 'culprit/sdk';

export interface KubeReaderOptions {
  kubeconfig?: string;
  kubeconfigPath?: string;
  context?: string;
  inCluster?: boolean;
  requestTimeoutMs: number;
  maxRetries: number;
}

export type KubeObject = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The resources a cluster snapshot lists (ConfigMaps and Secrets are never read). */
export type ListedResource =
  | 'pods'
  | 'events'
  | 'deployments'
  | 'replicasets'
  | 'statefulsets'
  | 'daemonsets'
  | 'services'
  | 'endpoints'
  | 'nodes'
  | 'persistentvolumeclaims'
  | 'resourcequotas'
  | 'horizontalpodautoscalers'
  | 'networkpolicies';

interface ListPage {
  items?: unknown[];
  metadata?: { resourceVersion?: string; _continue?: string };
}
interface ListParams {
  limit: number;
  _continue?: string;
  fieldSelector?: string;
}

export interface KubeReader {
  /** Lists resolve to undefined when the call failed (so no false "zero pods" evidence is made). */
  listPods(namespace: string, labelSelector: string): Promise<KubeObject[] | undefined>;
  listEvents(namespace: string): Promise<KubeObject[] | undefined>;
  listReplicaSets(namespace: string, labelSelector: string): Promise<KubeObject[] | undefined>;
  listServices(namespace: string): Promise<KubeObject[] | undefined>;
  readEndpoints(namespace: string, name: string): Promise<KubeObject | undefined>;
  readDeployment(namespace: string, name: string): Promise<KubeObject | undefined>;
  readStatefulSet(namespace: string, name: string): Promise<KubeObject | undefined>;
  readDaemonSet(namespace: string, name: string): Promise<KubeObject | undefined>;
  readNode(name: string): Promise<KubeObject | undefined>;
  /** Events about one Node (they live outside the workloads' namespaces). */
  listNodeEvents(name: string): Promise<KubeObject[] | undefined>;
  listPersistentVolumeClaims(namespace: string): Promise<KubeObject[] | undefined>;
  listResourceQuotas(namespace: string): Promise<KubeObject[] | undefined>;
  listHorizontalPodAutoscalers(namespace: string): Promise<KubeObject[] | undefined>;
  /** Workloads and Services of one namespace, or of every namespace (for topology discovery). */
  listDeployments(namespace?: string): Promise<KubeObject[] | undefined>;
  listStatefulSets(namespace?: string): Promise<KubeObject[] | undefined>;
  listAllServices(namespace?: string): Promise<KubeObject[] | undefined>;
  readLog(
    namespace: string,
    pod: string,
    container: string,
    previous: boolean,
    tailLines: number,
    limitBytes?: number,
    sinceSeconds?: number,
  ): Promise<string>;
  /**
   * Every object of one resource in a namespace, or in all (cluster-scoped ones ignore it), page by
   * page; undefined when a call failed or was refused.
   */
  listEvery(
    resource: ListedResource,
    namespace?: string,
    fieldSelector?: string,
  ): Promise<{ items: KubeObject[]; resourceVersion?: string } | undefined>;
  /** Calls refused with 403 during this reader's life ("get pods in shop"). */
  readonly denied: string[];
  /** Calls that failed for good (timeouts, 5xx after retries). */
  readonly failed: string[];
}

class Denied extends Error {}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export function createKubeReader(options: KubeReaderOptions, signal: AbortSignal): KubeReader {
  const kc = new KubeConfig();
  try {
    if (options.kubeconfig) kc.loadFromString(options.kubeconfig);
    else if (options.inCluster) kc.loadFromCluster();
    else if (options.kubeconfigPath) kc.loadFromFile(options.kubeconfigPath);
    else kc.loadFromDefault();
    if (options.context) kc.setCurrentContext(options.context);
  } catch (err) {
    throw new PluginError(`cannot load the kubeconfig: ${err instanceof Error ? err.name : 'error'}`, {
      status: 'unavailable',
    });
  }
  const core = kc.makeApiClient(CoreV1Api);
  const apps = kc.makeApiClient(AppsV1Api);
  const autoscaling = kc.makeApiClient(AutoscalingV2Api);
  const networking = kc.makeApiClient(NetworkingV1Api);
  const denied: string[] = [];
  const failed: string[] = [];

  // After this many calls in a row failed for good, the API is taken as down: later calls fail fast
  // instead of each waiting out its own timeouts and retries.
  const BREAKER = 3;
  let failedInARow = 0;
  const fail = (entry: string) => {
    failed.push(entry);
    failedInARow++;
    return undefined;
  };

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (failedInARow >= BREAKER) return fail(`${what}: skipped, the API server is not answering`);
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
      try {
        const value = await Promise.race([
          fn(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), options.requestTimeoutMs);
            onAbort = () => reject(new Error('aborted'));
            signal.addEventListener('abort', onAbort, { once: true });
          }),
        ]);
        failedInARow = 0;
        return value;
      } catch (err) {
        const code = err instanceof ApiException ? err.code : undefined;
        // 404 (gone) and 400 (e.g. the log of a container still waiting to start) are the server's
        // answer, not an outage: nothing to read, and no step towards the breaker.
        if (code === 404 || code === 400) {
          failedInARow = 0;
          return undefined;
        }
        if (code === 403) {
          denied.push(what);
          throw new Denied(what);
        }
        const retryable =
          code === 429 ||
          (code !== undefined && code >= 500) ||
          (err instanceof Error && err.message === 'timeout' && attempt === 0);
        if (!retryable || attempt >= options.maxRetries || signal.aborted)
          return fail(`${what}: ${code ? `HTTP ${code}` : err instanceof Error ? err.message : 'error'}`);
        const header = err instanceof ApiException ? Number(err.headers?.['retry-after']) : NaN;
        const wait = Number.isFinite(header) && header > 0 ? header * 1000 : 200 * 2 ** attempt;
        await sleep(Math.min(wait, 10_000), signal);
      } finally {
        clearTimeout(timer);
        if (onAbort) signal.removeEventListener('abort', onAbort);
      }
    }
  }
  const safe = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call(what, fn);
    } catch (err) {
      if (err instanceof Denied) return undefined;
      throw err;
    }
  };
  const items = (list: { items?: unknown[] } | undefined) =>
    list ? ((list.items ?? []) as KubeObject[]) : undefined;

  type Lister = (namespace: string | undefined, p: ListParams) => Promise<ListPage>;
  const listers: Record<ListedResource, Lister> = {
    pods: (namespace, p) =>
      namespace ? core.listNamespacedPod({ namespace, ...p }) : core.listPodForAllNamespaces(p),
    events: (namespace, p) =>
      namespace ? core.listNamespacedEvent({ namespace, ...p }) : core.listEventForAllNamespaces(p),
    deployments: (namespace, p) =>
      namespace ? apps.listNamespacedDeployment({ namespace, ...p }) : apps.listDeploymentForAllNamespaces(p),
    replicasets: (namespace, p) =>
      namespace ? apps.listNamespacedReplicaSet({ namespace, ...p }) : apps.listReplicaSetForAllNamespaces(p),
    statefulsets: (namespace, p) =>
      namespace
        ? apps.listNamespacedStatefulSet({ namespace, ...p })
        : apps.listStatefulSetForAllNamespaces(p),
    daemonsets: (namespace, p) =>
      namespace ? apps.listNamespacedDaemonSet({ namespace, ...p }) : apps.listDaemonSetForAllNamespaces(p),
    services: (namespace, p) =>
      namespace ? core.listNamespacedService({ namespace, ...p }) : core.listServiceForAllNamespaces(p),
    endpoints: (namespace, p) =>
      namespace ? core.listNamespacedEndpoints({ namespace, ...p }) : core.listEndpointsForAllNamespaces(p),
    nodes: (_, p) => core.listNode(p),
    persistentvolumeclaims: (namespace, p) =>
      namespace
        ? core.listNamespacedPersistentVolumeClaim({ namespace, ...p })
        : core.listPersistentVolumeClaimForAllNamespaces(p),
    resourcequotas: (namespace, p) =>
      namespace
        ? core.listNamespacedResourceQuota({ namespace, ...p })
        : core.listResourceQuotaForAllNamespaces(p),
    horizontalpodautoscalers: (namespace, p) =>
      namespace
        ? autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace, ...p })
        : autoscaling.listHorizontalPodAutoscalerForAllNamespaces(p),
    networkpolicies: (namespace, p) =>
      namespace
        ? networking.listNamespacedNetworkPolicy({ namespace, ...p })
        : networking.listNetworkPolicyForAllNamespaces(p),
  };
  const PAGE = 500;
  const MAX_PAGES = 200;

  return {
    denied,
    failed,
    listEvery: async (resource, namespace, fieldSelector) => {
      const all: KubeObject[] = [];
      let token: string | undefined;
      let resourceVersion: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const list = await safe(`list ${resource} in ${namespace ?? 'all namespaces'}`, () =>
          listers[resource](namespace, {
            limit: PAGE,
            ...(token ? { _continue: token } : {}),
            ...(fieldSelector ? { fieldSelector } : {}),
          }),
        );
        if (!list) return undefined;
        all.push(...((list.items ?? []) as KubeObject[]));
        resourceVersion ??= list.metadata?.resourceVersion;
        token = list.metadata?._continue;
        if (!token) break;
      }
      return { items: all, ...(resourceVersion ? { resourceVersion } : {}) };
    },
    listPods: async (namespace, labelSelector) =>
      items(
        await safe(`list pods in ${namespace}`, () => core.listNamespacedPod({ namespace, labelSelector })),
      ),
    listEvents: async (namespace) =>
      items(await safe(`list events in ${namespace}`, () => core.listNamespacedEvent({ namespace }))),
    listReplicaSets: async (namespace, labelSelector) =>
      items(
        await safe(`list replicasets in ${namespace}`, () =>
          apps.listNamespacedReplicaSet({ namespace, labelSelector }),
        ),
      ),
    listServices: async (namespace) =>
      items(await safe(`list services in ${namespace}`, () => core.listNamespacedService({ namespace }))),
    readEndpoints: (namespace, name) =>
      safe(`get endpoints ${namespace}/${name}`, () =>
        core.readNamespacedEndpoints({ namespace, name }),
      ) as Promise<KubeObject | undefined>,
    readDeployment: (namespace, name) =>
      safe(`get deployment ${namespace}/${name}`, () =>
        apps.readNamespacedDeployment({ namespace, name }),
      ) as Promise<KubeObject | undefined>,
    readStatefulSet: (namespace, name) =>
      safe(`get statefulset ${namespace}/${name}`, () =>
        apps.readNamespacedStatefulSet({ namespace, name }),
      ) as Promise<KubeObject | undefined>,
    readDaemonSet: (namespace, name) =>
      safe(`get daemonset ${namespace}/${name}`, () =>
        apps.readNamespacedDaemonSet({ namespace, name }),
      ) as Promise<KubeObject | undefined>,
    listNodeEvents: async (name) =>
      items(
        await safe(`list events of node ${name}`, () =>
          core.listEventForAllNamespaces({
            fieldSelector: `involvedObject.kind=Node,involvedObject.name=${name}`,
          }),
        ),
      ),
    readNode: (name) =>
      safe(`get node ${name}`, () => core.readNode({ name })) as Promise<KubeObject | undefined>,
    listPersistentVolumeClaims: async (namespace) =>
      items(
        await safe(`list persistentvolumeclaims in ${namespace}`, () =>
          core.listNamespacedPersistentVolumeClaim({ namespace }),
        ),
      ),
    listResourceQuotas: async (namespace) =>
      items(
        await safe(`list resourcequotas in ${namespace}`, () =>
          core.listNamespacedResourceQuota({ namespace }),
        ),
      ),
    listHorizontalPodAutoscalers: async (namespace) =>
      items(
        await safe(`list horizontalpodautoscalers in ${namespace}`, () =>
          autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace }),
        ),
      ),
    listDeployments: async (namespace) =>
      items(
        await safe(`list deployments in ${namespace ?? 'all namespaces'}`, () =>
          namespace ? apps.listNamespacedDeployment({ namespace }) : apps.listDeploymentForAllNamespaces(),
        ),
      ),
    listStatefulSets: async (namespace) =>
      items(
        await safe(`list statefulsets in ${namespace ?? 'all namespaces'}`, () =>
          namespace ? apps.listNamespacedStatefulSet({ namespace }) : apps.listStatefulSetForAllNamespaces(),
        ),
      ),
    listAllServices: async (namespace) =>
      items(
        await safe(`list services in ${namespace ?? 'all namespaces'}`, () =>
          namespace ? core.listNamespacedService({ namespace }) : core.listServiceForAllNamespaces(),
        ),
      ),
    readLog: async (namespace, pod, container, previous, tailLines, limitBytes, sinceSeconds) =>
      ((await safe(`get pods/log ${namespace}/${pod}`, () =>
        core.readNamespacedPodLog({
          namespace,
          name: pod,
          container,
          previous,
          tailLines,
          ...(limitBytes ? { limitBytes } : {}),
          ...(sinceSeconds ? { sinceSeconds } : {}),
        }),
      )) as string | undefined) ?? '',
  };
}
