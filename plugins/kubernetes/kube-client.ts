// The plugin's only contact with @kubernetes/client-node: a read-only reader (get/list and pod logs)
// calling through the SDK resilience policy (timeout, retries honouring Retry-After, breaker) with
// each attempt's AbortSignal handed to the request and one bounded agent per plugin, destroyed on
// close. 403 is recorded, never retried. Secrets and ConfigMaps are never read; the credentials never
// reach an error.
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  KubeConfig,
  NetworkingV1Api,
  Observable,
  type ConfigurationOptions,
  type ObservableMiddleware,
  type RequestContext,
  type ResponseContext,
} from '@kubernetes/client-node';
import { createResiliencePolicy, httpStatusOf, PluginError, retryAfterFromHeaders } from 'culprit/sdk';

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
  /** Detaches from the collection's signal; call when the collection is over. */
  dispose(): void;
}

class Denied extends Error {}

/** One plugin's connection to one API server: the reader factory and the sockets it may hold. */
export interface KubeClient {
  /** A reader for one collection: its calls end when `signal` aborts or the client closes. */
  reader(signal: AbortSignal): KubeReader;
  /** Ends every call in flight and destroys every socket; later calls fail at once. */
  close(): void;
}

const MAX_SOCKETS = 16;
const MAX_FREE_SOCKETS = 4;
const IDLE_SOCKET_MS = 30_000;
/** Within one collection: this many calls in a row that failed for good take the API as down. */
const BREAKER = { consecutiveFailures: 3, halfOpenAfterMs: 15_000 };

/**
 * One bounded keep-alive agent per TLS identity, instead of client-node's fresh agent per request
 * (which no limit can apply to and nothing destroys). Proxy agents are left as client-node made them.
 */
function createAgentPool() {
  const agents = new Map<string, http.Agent>();
  return {
    shared(made: http.Agent | https.Agent | undefined): http.Agent | https.Agent | undefined {
      const Kind = made?.constructor;
      if (!made || (Kind !== http.Agent && Kind !== https.Agent)) return made;
      const options = (made as http.Agent & { options: Record<string, unknown> }).options;
      const key = [
        Kind === https.Agent ? 'https' : 'http',
        ...['ca', 'cert', 'key', 'pfx', 'passphrase', 'servername', 'rejectUnauthorized'].map((k) =>
          String(options[k] ?? ''),
        ),
      ].join('\u0000');
      let agent = agents.get(key);
      if (!agent) {
        agent = new (Kind as typeof https.Agent)({
          ...options,
          keepAlive: true,
          maxSockets: MAX_SOCKETS,
          maxTotalSockets: MAX_SOCKETS,
          maxFreeSockets: MAX_FREE_SOCKETS,
          timeout: IDLE_SOCKET_MS,
          scheduling: 'lifo',
        });
        agents.set(key, agent);
      }
      made.destroy();
      return agent;
    },
    destroy() {
      for (const agent of agents.values()) agent.destroy();
      agents.clear();
    },
  };
}

export function createKubeClient(options: KubeReaderOptions): KubeClient {
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
  const pool = createAgentPool();
  const readers = new Set<AbortController>();
  let closed = false;

  /**
   * client-node 1.x runs call-time middleware after it has set the request's auth and agent: the
   * attempt's signal goes to node-fetch (an abort destroys the request and its socket) and the
   * per-request agent is swapped for the shared, bounded one.
   */
  const bound = (signal: AbortSignal): ConfigurationOptions<ObservableMiddleware> => ({
    middleware: [
      {
        pre: (context: RequestContext) => {
          context.setSignal(signal);
          const agent = pool.shared(context.getAgent());
          if (agent) context.setAgent(agent);
          return new Observable(Promise.resolve(context));
        },
        post: (response: ResponseContext) => new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append',
  });

  return {
    reader(signal) {
      const controller = new AbortController();
      // Every call of the collection in flight listens to it: more than Node's default 10 is normal.
      setMaxListeners(256, controller.signal);
      if (closed) controller.abort();
      readers.add(controller);
      const onAbort = () => {
        controller.abort();
        readers.delete(controller);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      return createKubeReader(
        controller.signal,
        { core, apps, autoscaling, networking, bound, options },
        () => {
          signal.removeEventListener('abort', onAbort);
          readers.delete(controller);
        },
      );
    },
    close() {
      closed = true;
      for (const controller of readers) controller.abort();
      readers.clear();
      pool.destroy();
    },
  };
}

interface Apis {
  core: CoreV1Api;
  apps: AppsV1Api;
  autoscaling: AutoscalingV2Api;
  networking: NetworkingV1Api;
  bound: (signal: AbortSignal) => ConfigurationOptions<ObservableMiddleware>;
  options: KubeReaderOptions;
}

function createKubeReader(signal: AbortSignal, apis: Apis, release: () => void): KubeReader {
  const { core, apps, autoscaling, networking, bound, options } = apis;
  const denied: string[] = [];
  const failed: string[] = [];
  const policy = createResiliencePolicy({
    timeoutMs: options.requestTimeoutMs,
    retries: options.maxRetries,
    timeoutRetries: 1,
    backoff: { baseMs: 200, maxMs: 10_000 },
    maxRetryAfterMs: 10_000,
    breaker: BREAKER,
  });

  /** ApiException → an error the policy reads: its status and the server's Retry-After. */
  const translated = (err: unknown) =>
    err instanceof ApiException
      ? Object.assign(new Error(`HTTP ${err.code}`), {
          httpStatus: err.code,
          retryAfterMs: retryAfterFromHeaders(err.headers),
        })
      : err;

  async function call<T>(
    what: string,
    fn: (options: ConfigurationOptions<ObservableMiddleware>) => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await policy.execute(
        async (attempt) => {
          try {
            return await fn(bound(attempt));
          } catch (err) {
            throw translated(err);
          }
        },
        { signal },
      );
    } catch (err) {
      const status = httpStatusOf(err);
      // 404 (gone) and 400 (e.g. the log of a container still waiting to start) are the server's
      // answer, not an outage: nothing to read (and, not being retryable, no step towards the breaker).
      if (status === 404 || status === 400) return undefined;
      if (status === 403) {
        denied.push(what);
        throw new Denied(what);
      }
      if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
      const code = (err as { code?: string }).code;
      const reason =
        status !== undefined
          ? `HTTP ${status}`
          : code === 'ERR_PLUGIN_UPSTREAM_TIMEOUT'
            ? 'timeout'
            : code === 'ERR_PLUGIN_CIRCUIT_OPEN'
              ? 'skipped, the API server is not answering'
              : 'network error';
      failed.push(`${what}: ${reason}`);
      return undefined;
    }
  }
  const safe = async <T>(
    what: string,
    fn: (options: ConfigurationOptions<ObservableMiddleware>) => Promise<T>,
  ): Promise<T | undefined> => {
    try {
      return await call(what, fn);
    } catch (err) {
      if (err instanceof Denied) return undefined;
      throw err;
    }
  };
  const items = (list: { items?: unknown[] } | undefined) =>
    list ? ((list.items ?? []) as KubeObject[]) : undefined;

  type Lister = (
    namespace: string | undefined,
    p: ListParams,
    o: ConfigurationOptions<ObservableMiddleware>,
  ) => Promise<ListPage>;
  const listers: Record<ListedResource, Lister> = {
    pods: (namespace, p, o) =>
      namespace ? core.listNamespacedPod({ namespace, ...p }, o) : core.listPodForAllNamespaces(p, o),
    events: (namespace, p, o) =>
      namespace ? core.listNamespacedEvent({ namespace, ...p }, o) : core.listEventForAllNamespaces(p, o),
    deployments: (namespace, p, o) =>
      namespace
        ? apps.listNamespacedDeployment({ namespace, ...p }, o)
        : apps.listDeploymentForAllNamespaces(p, o),
    replicasets: (namespace, p, o) =>
      namespace
        ? apps.listNamespacedReplicaSet({ namespace, ...p }, o)
        : apps.listReplicaSetForAllNamespaces(p, o),
    statefulsets: (namespace, p, o) =>
      namespace
        ? apps.listNamespacedStatefulSet({ namespace, ...p }, o)
        : apps.listStatefulSetForAllNamespaces(p, o),
    daemonsets: (namespace, p, o) =>
      namespace
        ? apps.listNamespacedDaemonSet({ namespace, ...p }, o)
        : apps.listDaemonSetForAllNamespaces(p, o),
    services: (namespace, p, o) =>
      namespace ? core.listNamespacedService({ namespace, ...p }, o) : core.listServiceForAllNamespaces(p, o),
    endpoints: (namespace, p, o) =>
      namespace
        ? core.listNamespacedEndpoints({ namespace, ...p }, o)
        : core.listEndpointsForAllNamespaces(p, o),
    nodes: (_, p, o) => core.listNode(p, o),
    persistentvolumeclaims: (namespace, p, o) =>
      namespace
        ? core.listNamespacedPersistentVolumeClaim({ namespace, ...p }, o)
        : core.listPersistentVolumeClaimForAllNamespaces(p, o),
    resourcequotas: (namespace, p, o) =>
      namespace
        ? core.listNamespacedResourceQuota({ namespace, ...p }, o)
        : core.listResourceQuotaForAllNamespaces(p, o),
    horizontalpodautoscalers: (namespace, p, o) =>
      namespace
        ? autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace, ...p }, o)
        : autoscaling.listHorizontalPodAutoscalerForAllNamespaces(p, o),
    networkpolicies: (namespace, p, o) =>
      namespace
        ? networking.listNamespacedNetworkPolicy({ namespace, ...p }, o)
        : networking.listNetworkPolicyForAllNamespaces(p, o),
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
        const list = await safe(`list ${resource} in ${namespace ?? 'all namespaces'}`, (o) =>
          listers[resource](
            namespace,
            {
              limit: PAGE,
              ...(token ? { _continue: token } : {}),
              ...(fieldSelector ? { fieldSelector } : {}),
            },
            o,
          ),
        );
        if (!list) return undefined;
        all.push(...((list.items ?? []) as KubeObject[]));
        resourceVersion ??= list.metadata?.resourceVersion;
        token = list.metadata?._continue;
        if (!token) break;
      }
      return { items: all, ...(resourceVersion ? { resourceVersion } : {}) };
    },
    dispose: release,
    listPods: async (namespace, labelSelector) =>
      items(
        await safe(`list pods in ${namespace}`, (o) =>
          core.listNamespacedPod({ namespace, labelSelector }, o),
        ),
      ),
    listEvents: async (namespace) =>
      items(await safe(`list events in ${namespace}`, (o) => core.listNamespacedEvent({ namespace }, o))),
    listReplicaSets: async (namespace, labelSelector) =>
      items(
        await safe(`list replicasets in ${namespace}`, (o) =>
          apps.listNamespacedReplicaSet({ namespace, labelSelector }, o),
        ),
      ),
    listServices: async (namespace) =>
      items(await safe(`list services in ${namespace}`, (o) => core.listNamespacedService({ namespace }, o))),
    readEndpoints: (namespace, name) =>
      safe(`get endpoints ${namespace}/${name}`, (o) =>
        core.readNamespacedEndpoints({ namespace, name }, o),
      ) as Promise<KubeObject | undefined>,
    readDeployment: (namespace, name) =>
      safe(`get deployment ${namespace}/${name}`, (o) =>
        apps.readNamespacedDeployment({ namespace, name }, o),
      ) as Promise<KubeObject | undefined>,
    readStatefulSet: (namespace, name) =>
      safe(`get statefulset ${namespace}/${name}`, (o) =>
        apps.readNamespacedStatefulSet({ namespace, name }, o),
      ) as Promise<KubeObject | undefined>,
    readDaemonSet: (namespace, name) =>
      safe(`get daemonset ${namespace}/${name}`, (o) =>
        apps.readNamespacedDaemonSet({ namespace, name }, o),
      ) as Promise<KubeObject | undefined>,
    listNodeEvents: async (name) =>
      items(
        await safe(`list events of node ${name}`, (o) =>
          core.listEventForAllNamespaces(
            {
              fieldSelector: `involvedObject.kind=Node,involvedObject.name=${name}`,
            },
            o,
          ),
        ),
      ),
    readNode: (name) =>
      safe(`get node ${name}`, (o) => core.readNode({ name }, o)) as Promise<KubeObject | undefined>,
    listPersistentVolumeClaims: async (namespace) =>
      items(
        await safe(`list persistentvolumeclaims in ${namespace}`, (o) =>
          core.listNamespacedPersistentVolumeClaim({ namespace }, o),
        ),
      ),
    listResourceQuotas: async (namespace) =>
      items(
        await safe(`list resourcequotas in ${namespace}`, (o) =>
          core.listNamespacedResourceQuota({ namespace }, o),
        ),
      ),
    listHorizontalPodAutoscalers: async (namespace) =>
      items(
        await safe(`list horizontalpodautoscalers in ${namespace}`, (o) =>
          autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace }, o),
        ),
      ),
    listDeployments: async (namespace) =>
      items(
        await safe(`list deployments in ${namespace ?? 'all namespaces'}`, (o) =>
          namespace
            ? apps.listNamespacedDeployment({ namespace }, o)
            : apps.listDeploymentForAllNamespaces({}, o),
        ),
      ),
    listStatefulSets: async (namespace) =>
      items(
        await safe(`list statefulsets in ${namespace ?? 'all namespaces'}`, (o) =>
          namespace
            ? apps.listNamespacedStatefulSet({ namespace }, o)
            : apps.listStatefulSetForAllNamespaces({}, o),
        ),
      ),
    listAllServices: async (namespace) =>
      items(
        await safe(`list services in ${namespace ?? 'all namespaces'}`, (o) =>
          namespace ? core.listNamespacedService({ namespace }, o) : core.listServiceForAllNamespaces({}, o),
        ),
      ),
    readLog: async (namespace, pod, container, previous, tailLines, limitBytes, sinceSeconds) =>
      ((await safe(`get pods/log ${namespace}/${pod}`, (o) =>
        core.readNamespacedPodLog(
          {
            namespace,
            name: pod,
            container,
            previous,
            tailLines,
            ...(limitBytes ? { limitBytes } : {}),
            ...(sinceSeconds ? { sinceSeconds } : {}),
          },
          o,
        ),
      )) as string | undefined) ?? '',
  };
}
