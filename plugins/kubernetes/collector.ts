// The kubernetes collector: for each component in scope with a Kubernetes mapping, reads its pods,
// events, rollout, services and (for unhealthy containers) bounded logs, plus the Nodes its pods run
// on, and reports normalized evidence. Read-only; partial failures still yield evidence.
import {
  COLLECTOR_STATUS_KIND,
  PluginError,
  type Collector,
  type CollectContext,
  type CollectorResult,
  type CollectorScope,
  type Component,
  type DiscoveredNode,
  type Evidence,
  type JsonValue,
} from 'culprit/sdk';
import {
  addressHosts,
  callerEvidence,
  dependencyFailures,
  crashFailures,
  failureTotal,
  lineTimes,
  mergeFailures,
  noFilterChainLines,
  meshDeniedLines,
  ownAnswers,
  ownErrorLines,
  podServedPorts,
  withoutServedLoopback,
  withPinnedAddresses,
  type CallerReport,
  RECOVERED_MS,
  type TargetState,
} from './dependency-failures.js';
import { collectObjectEvidence } from './object-evidence.js';
import { readNewestLines } from './log-tail.js';
import { podDrift } from './pod-drift.js';
import { holdsCallers, selfReportAttributes, waitsOnStalled } from './self-report.js';
import { unattributedTimeouts } from './unattributed-timeouts.js';
import { outboundCalls, slowCallEvidence, type TimedCall } from './slow-calls.js';
import { clusterRoute, createClusterClients, type ClusterConfig } from './clusters.js';
import type { KubeClient, KubeObject, KubeReaderOptions } from './kube-client.js';
import {
  eventsAttributes,
  hpaAttributes,
  isPodHealthy,
  logsAttributes,
  nodeAttributes,
  podsAttributes,
  quotaAttributes,
  restartHealedAt,
  quotaUsage,
  rolloutAttributes,
  serviceAttributes,
  storageAttributes,
  stripAnsi,
  type Window,
} from './normalize.js';
import { changedEnvAddresses, changedEnvNaming, latestPair, rolloutChange } from './rollout-diff.js';

/** Pods per caller whose logs are read for what they say about dependencies. */
const CALLER_PODS = 2;
/** How long before the report a release (outside the window) is still read for what it set (four hours). */
const RELEASE_LOOKBACK_MIN = 240;

/**
 * Of ReplicaSets owned by several Deployments, those of the Deployment whose newest ReplicaSet is the
 * most recent, with its name; undefined when none is owned by a Deployment.
 */
export function latestDeployment(
  replicaSets: readonly KubeObject[],
): { name: string; replicaSets: KubeObject[] } | undefined {
  const byOwner = new Map<string, KubeObject[]>();
  for (const r of replicaSets) {
    const owner = ((r.metadata?.ownerReferences ?? []) as KubeObject[]).find(
      (o) => o.kind === 'Deployment',
    )?.name;
    if (owner) byOwner.set(owner, [...(byOwner.get(owner) ?? []), r]);
  }
  const created = (r: KubeObject) => new Date(r.metadata?.creationTimestamp ?? 0).getTime() || 0;
  let best: { name: string; replicaSets: KubeObject[]; at: number } | undefined;
  for (const [name, owned] of [...byOwner].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = Math.max(...owned.map(created));
    if (!best || at > best.at) best = { name, replicaSets: owned, at };
  }
  return best && { name: best.name, replicaSets: best.replicaSets };
}

const startedAt = (p: KubeObject) => {
  // The client library hands startTime over as a Date; a snapshot's JSON as a string.
  const t = new Date(p.status?.startTime ?? 0).getTime();
  return Number.isFinite(t) ? t : 0;
};

/**
 * The caller pods whose logs are read (at most `CALLER_PODS`): the newest and the oldest — the newest
 * shows what a scale-out, restart or rollout brought, the oldest what long-running pods see.
 */
export function newestAndOldest(pods: readonly KubeObject[]): KubeObject[] {
  const sorted = [...pods].sort(
    (a, b) => startedAt(b) - startedAt(a) || String(a.metadata?.name).localeCompare(String(b.metadata?.name)),
  );
  return sorted.filter((_, i) => i === 0 || i === sorted.length - 1).slice(0, CALLER_PODS);
}
/**
 * The running pods of a caller whose logs are read: its newest and oldest, and one pod of each other version behind
 * it (owning ReplicaSet; three versions at most) — reviews-v2 may be the one of three versions that calls ratings.
 */
export function callerSample(live: readonly KubeObject[]): KubeObject[] {
  const sampled = newestAndOldest(live);
  const ownerOf = (p: KubeObject) =>
    String(((p.metadata?.ownerReferences ?? []) as KubeObject[])[0]?.name ?? '');
  const owners = new Set(sampled.map(ownerOf));
  for (const p of live) {
    if (owners.size >= 3) break;
    if (owners.has(ownerOf(p))) continue;
    owners.add(ownerOf(p));
    sampled.push(p);
  }
  return sampled;
}
/** Log reads in flight at once within one collection. */
const LOG_CONCURRENCY = 4;

interface NamespaceLists {
  pods?: KubeObject[];
  events?: KubeObject[];
  replicaSets?: KubeObject[];
  services?: KubeObject[];
  endpoints?: KubeObject[];
  deployments?: KubeObject[];
  statefulSets?: KubeObject[];
  daemonSets?: KubeObject[];
  hpas?: KubeObject[];
}

/** What one component's collection leaves for the callers pass. */
interface Collected {
  component: Component;
  pods: KubeObject[];
  replicaSets: KubeObject[];
  services: KubeObject[];
  logs: string[];
  /** What `kubernetes.logs` said of those logs (when any were read). */
  logStats?: Record<string, JsonValue>;
  /** Its pods carry env vars their template does not (injected at admission; `kubernetes.drift`). */
  envInjected?: boolean;
}

const matchesSelector = (selector: Record<string, string>, o: KubeObject) =>
  Object.entries(selector).every(([k, v]) => o.metadata?.labels?.[k] === v);

function createLimiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export interface KubernetesConfig extends KubeReaderOptions {
  namespaces?: string[];
  logTailLines: number;
  logLimitBytes: number;
  maxPodsPerComponent: number;
  /** Named clusters a component's `kubernetes.cluster` picks; absent: one connection for all. */
  clusters?: Record<string, ClusterConfig>;
}

/**
 * The collector and the close hook of its client. The client (kubeconfig, agent) is made at the
 * first collection, so a kubeconfig that cannot load is `unavailable` evidence, not a setup failure.
 */
export function createKubernetesCollector(config: KubernetesConfig): { collector: Collector; close(): void } {
  const clients = createClusterClients(config, config.clusters);
  const collector: Collector = {
    id: 'kubernetes',
    description: 'Pods, events, rollouts, services, logs and nodes of the components in scope',
    timeoutMs: 60_000,
    appliesTo: (c) =>
      !!c.kubernetes &&
      (!config.namespaces || config.namespaces.includes(c.kubernetes.namespace)) &&
      clusterRoute(c, config.clusters).kind !== 'agent',
    async collect(scope: CollectorScope, ctx: CollectContext) {
      const groups = new Map<string, Component[]>();
      for (const c of scope.nodes) {
        const key = c.kubernetes?.cluster ?? '';
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      const one = async (cluster: string, nodes: Component[]): Promise<CollectorResult> => {
        const route = clusterRoute(nodes[0]!, config.clusters);
        if (route.kind !== 'direct')
          throw new PluginError(`cluster ${cluster} is not in the kubernetes plugin's clusters`, {
            status: 'unavailable',
          });
        const reader = (await clients.client(cluster || undefined)).reader(ctx.signal);
        try {
          const result = await collectWith(reader, { ...scope, nodes }, ctx, cluster || undefined);
          if (cluster) for (const e of result.evidence) e.cluster = cluster;
          return result;
        } finally {
          reader.dispose();
        }
      };
      // One cluster (the usual case) fails as it always did; with several, a cluster that cannot be
      // read is status evidence on its own components and the others still count.
      if (groups.size === 1) {
        const [cluster, nodes] = [...groups][0]!;
        return one(cluster, nodes);
      }
      const results = await Promise.all(
        [...groups].map(([cluster, nodes]) =>
          one(cluster, nodes).catch((err: unknown) => unreadCluster(cluster, nodes, err)),
        ),
      );
      return {
        evidence: results.flatMap((r) => r.evidence),
        discovered: results.flatMap((r) => r.discovered ?? []),
      };
    },
  };
  return { collector, close: () => clients.close() };

  async function collectWith(
    reader: ReturnType<KubeClient['reader']>,
    scope: CollectorScope,
    ctx: CollectContext,
    cluster?: string,
  ): Promise<CollectorResult> {
    const window: Window = { from: Date.parse(scope.window.from), to: Date.parse(scope.window.to) };
    const observedAt = new Date().toISOString();
    const named = new Set(scope.incident.entities.map((e) => e.node));
    const evidence: Evidence[] = [];
    const nodesUsed = new Map<string, Set<string>>();
    /** Cluster IP → component per namespace (serviceIps), built on first use. */
    const ipsByNs = new Map<string, Map<string, string>>();
    const claimsByNs = new Map<string, Promise<KubeObject[] | undefined>>();
    const once = (
      cache: Map<string, Promise<KubeObject[] | undefined>>,
      ns: string,
      read: (ns: string) => Promise<KubeObject[] | undefined>,
    ) => {
      if (!cache.has(ns)) cache.set(ns, read(ns));
      return cache.get(ns)!;
    };
    const limitLogs = createLimiter(LOG_CONCURRENCY);
    const logCache = new Map<string, Promise<string>>();
    const readLog = (ns: string, pod: string, container: string, previous: boolean) => {
      const key = `${ns}/${pod}/${container}/${previous}`;
      if (!logCache.has(key))
        logCache.set(
          key,
          // Console loggers colour their lines; the escapes would split the words the patterns read.
          // A tail larger than the byte cap comes back without its newest lines: read again with the tail that fits.
          limitLogs(() =>
            readNewestLines(
              (tail) => reader.readLog(ns, pod, container, previous, tail, config.logLimitBytes),
              config.logTailLines,
              config.logLimitBytes,
            ),
          ).then(stripAnsi),
        );
      return logCache.get(key)!;
    };
    const collected = new Map<string, Collected>();
    // Namespace-wide lists, issued together and joined in memory: a fixed number of calls per
    // namespace however many components it holds.
    const kinds = (ns: string) =>
      new Set(
        scope.nodes.filter((c) => c.kubernetes?.namespace === ns).map((c) => c.kubernetes?.workload?.kind),
      );
    const listsByNs = new Map<string, Promise<NamespaceLists>>();
    for (const ns of new Set(scope.nodes.map((c) => c.kubernetes!.namespace))) {
      const used = kinds(ns);
      const list = async (resource: Parameters<typeof reader.listEvery>[0], wanted = true) =>
        wanted ? (await reader.listEvery(resource, ns))?.items : [];
      // Pods first: when they cannot be listed nothing else of the namespace is worth asking for
      // (and an API that hangs is not asked eight more times).
      listsByNs.set(
        ns,
        list('pods').then(async (pods) => {
          if (!pods) return {};
          const [events, replicaSets, services, endpoints, deployments, statefulSets, daemonSets, hpas] =
            await Promise.all([
              list('events'),
              list('replicasets', used.has('Deployment')),
              list('services'),
              list('endpoints'),
              list('deployments', used.has('Deployment')),
              list('statefulsets', used.has('StatefulSet')),
              list('daemonsets', used.has('DaemonSet')),
              list('horizontalpodautoscalers', used.has('Deployment') || used.has('StatefulSet')),
            ]);
          return {
            pods,
            events,
            replicaSets,
            services,
            endpoints,
            deployments,
            statefulSets,
            daemonSets,
            hpas,
          };
        }),
      );
    }
    const add = (node: string, kind: string, attributes: Evidence['attributes']) =>
      evidence.push({ node, source: 'kubernetes', kind, attributes, observedAt });

    // A few components at a time: one slow namespace must not serialize the whole scope.
    const queue = [...scope.nodes];
    await Promise.all(
      Array.from({ length: Math.min(4, queue.length) }, async () => {
        for (let c = queue.shift(); c && !ctx.signal.aborted; c = queue.shift()) await collectComponent(c);
      }),
    );
    const discovered: DiscoveredNode[] = [];
    await collectCallers(discovered);
    const nodeReads = [...nodesUsed].map(
      ([nodeName, users]) =>
        [nodeName, users, reader.readNode(nodeName), reader.listNodeEvents(nodeName)] as const,
    );
    for (const [nodeName, users, nodeRead, eventsRead] of nodeReads) {
      const node = await nodeRead;
      if (!node) continue;
      const known = [...ctx.graph.components()].find((c) => c.kubernetes?.nodeName === nodeName);
      // Two clusters may both have a "node-a": a named cluster qualifies the ids of its Nodes.
      const id =
        known?.id ??
        `k8s-node-${cluster ? `${cluster}-` : ''}${nodeName.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}`;
      if (!known)
        discovered.push({
          id,
          kind: 'node',
          name: nodeName,
          usedBy: [...users].sort(),
          edgeType: 'runs-on',
        });
      add(id, 'kubernetes.node', nodeAttributes(node, window));
      const nodeEvents = await eventsRead;
      if (nodeEvents) add(id, 'kubernetes.events', eventsAttributes(nodeEvents, window));
    }
    if (evidence.length === 0 && reader.denied.length > 0)
      throw new PluginError(`permission denied: ${reader.denied.slice(0, 3).join('; ')}`, {
        status: 'permission-denied',
      });
    if (evidence.length === 0 && reader.failed.length > 0)
      throw new PluginError(`the Kubernetes API did not answer: ${reader.failed.slice(0, 3).join('; ')}`, {
        status: 'unavailable',
      });
    // Partial access: say what could not be read, so a reader of the report knows what is missing.
    if (reader.denied.length > 0 || reader.failed.length > 0)
      for (const c of scope.nodes)
        add(c.id, 'kubernetes.access', {
          denied: reader.denied.slice(0, 20),
          failed: reader.failed.slice(0, 20),
        });
    ctx.logger.debug('kubernetes evidence collected', {
      items: evidence.length,
      failed: reader.failed.length,
      denied: reader.denied.length,
    });
    return { evidence, discovered };

    /** Cluster IP → component, for the Services of a namespace that name a component (by address or workload). */
    function serviceIps(ns: string, services: KubeObject[]): Map<string, string> {
      const known = ipsByNs.get(ns);
      if (known) return known;
      const ips = new Map<string, string>();
      for (const s of services) {
        const ip = s.spec?.clusterIP as string | undefined;
        const name = s.metadata?.name as string | undefined;
        if (!ip || ip === 'None' || !name) continue;
        const c = ctx.graph.findByAddress(name) ?? ctx.graph.findByWorkload(ns, name);
        if (c) ips.set(ip, c.id);
      }
      ipsByNs.set(ns, ips);
      return ips;
    }

    async function collectComponent(component: Component) {
      const mapping = component.kubernetes!;
      const ns = mapping.namespace;
      const workloadName = mapping.workload?.name ?? component.id;
      // The Deployment whose rollout speaks for the component (its own, or the latest of several).
      let rolloutName = workloadName;
      const selector = mapping.selector ?? { app: workloadName };
      const lists = await listsByNs.get(ns)!;
      if (!lists.pods) return;
      const pods = lists.pods
        .filter((p) => matchesSelector(selector, p))
        .slice(0, config.maxPodsPerComponent);
      add(component.id, 'kubernetes.pods', podsAttributes(pods, window));
      for (const p of pods) {
        const n = p.spec?.nodeName as string | undefined;
        if (n) nodesUsed.set(n, (nodesUsed.get(n) ?? new Set()).add(component.id));
      }

      let kind = mapping.workload?.kind;
      let replicaSets =
        kind === 'Deployment' ? (lists.replicaSets ?? []).filter((r) => matchesSelector(selector, r)) : [];
      if (!mapping.workload) {
        // A component the topology maps by selector alone may be served by several Deployments (versions
        // behind one Service): the one rolled out last speaks for its rollout.
        const latest = latestDeployment(
          (lists.replicaSets ?? []).filter((r) => matchesSelector(selector, r)),
        );
        if (latest) {
          kind = 'Deployment';
          rolloutName = latest.name;
          replicaSets = latest.replicaSets;
        }
      }
      const names = new Set([
        workloadName,
        rolloutName,
        ...pods.map((p) => p.metadata?.name),
        ...replicaSets.map((r) => r.metadata?.name),
      ]);
      const allEvents = lists.events;
      const events = (allEvents ?? []).filter((e) => names.has(e.involvedObject?.name));
      if (allEvents) {
        add(component.id, 'kubernetes.events', eventsAttributes(events, window));
        const quota = quotaAttributes(events, window);
        if (quota) {
          // Only now is the quota relevant: say how full each refused resource is.
          const quotas = (await reader.listResourceQuotas(ns)) ?? [];
          add(component.id, 'kubernetes.quota', { ...quota, usage: quotaUsage(quotas, quota.resources) });
        }
      }
      const mountsClaims = pods.some((p) =>
        ((p.spec?.volumes ?? []) as KubeObject[]).some((v) => v.persistentVolumeClaim),
      );
      const claims = mountsClaims
        ? await once(claimsByNs, ns, (n) => reader.listPersistentVolumeClaims(n))
        : [];
      const storage = storageAttributes(pods, claims ?? [], events, window);
      if (storage) add(component.id, 'kubernetes.storage', storage);

      let desiredReplicas: number | undefined;
      if (kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet') {
        const workloads =
          kind === 'Deployment'
            ? lists.deployments
            : kind === 'StatefulSet'
              ? lists.statefulSets
              : lists.daemonSets;
        const workload = (workloads ?? []).find((w) => w.metadata?.name === rolloutName);
        if (workload)
          desiredReplicas = Number(
            kind === 'DaemonSet' ? workload.status?.desiredNumberScheduled : (workload.spec?.replicas ?? 1),
          );
        const hpa = (lists.hpas ?? []).find(
          (h) => h.spec?.scaleTargetRef?.kind === kind && h.spec?.scaleTargetRef?.name === rolloutName,
        );
        if (hpa) add(component.id, 'kubernetes.hpa', hpaAttributes(hpa));
        if (workload)
          add(
            component.id,
            'kubernetes.rollout',
            rolloutAttributes({ ...workload, kind }, replicaSets, pods, window),
          );
      }
      // Pods that run something other than their template says (already listed: no extra reads).
      const drift = podDrift(pods, lists.replicaSets ?? []);
      if (drift) add(component.id, 'kubernetes.drift', drift);

      const services = (lists.services ?? []).filter(
        (s) =>
          s.metadata?.name === workloadName ||
          (s.spec?.selector && Object.entries(selector).every(([k, v]) => s.spec.selector[k] === v)),
      );
      if (services.length > 0) {
        const endpoints = services.map((s) =>
          (lists.endpoints ?? []).find((e) => e.metadata?.name === s.metadata?.name),
        );
        add(
          component.id,
          'kubernetes.service',
          serviceAttributes(services, endpoints, pods, desiredReplicas),
        );
      }

      await collectObjectEvidence({
        reader,
        component,
        pods,
        events,
        services,
        window,
        evidence,
        add,
        ctx,
        namespaceLists: (n) => listsByNs.get(n),
      });
      // Logs of unhealthy containers; and, for a component the incident names, of one healthy pod
      // too: a caller's logs are where "connection refused to <dependency>" shows.
      const unhealthy = pods.filter((p) => !isPodHealthy(p) && p.spec?.nodeName).slice(0, 3);
      if (unhealthy.length === 0 && named.has(component.id)) {
        // One Running pod of each version behind the component (its owning ReplicaSet, up to three): a
        // component served by several Deployments (details-v1 and details-v2) may fail in one of them only.
        const owners = new Set<string>();
        for (const p of pods) {
          if (p.status?.phase !== 'Running') continue;
          const owner = ((p.metadata?.ownerReferences ?? []) as KubeObject[])[0]?.name ?? '';
          if (owners.has(owner) || owners.size >= 3) continue;
          owners.add(owner);
          unhealthy.push(p);
        }
      }
      const logs: string[] = [];
      let logStats: Record<string, JsonValue> | undefined;
      if (unhealthy.length > 0) {
        const reads: Promise<string>[] = [];
        for (const p of unhealthy) {
          for (const c of (p.spec?.containers ?? []) as KubeObject[]) {
            reads.push(readLog(ns, p.metadata.name, c.name, false));
            const restarted = ((p.status?.containerStatuses ?? []) as KubeObject[]).some(
              (s) => s.name === c.name && s.lastState?.terminated,
            );
            if (restarted) reads.push(readLog(ns, p.metadata.name, c.name, true));
          }
        }
        logs.push(...(await Promise.all(reads)));
        logStats = logsAttributes(
          logs.join('\n'),
          ctx.graph,
          component.id,
          serviceIps(ns, lists.services ?? []),
        );
        add(component.id, 'kubernetes.logs', logStats);
      }
      collected.set(component.id, {
        component,
        pods,
        replicaSets,
        services,
        logs,
        logStats,
        envInjected: (drift?.envAdded.length ?? 0) > 0,
      });
    }

    /**
     * Callers as witnesses: the current logs of a few running pods of every component in scope that
     * has dependencies, read in parallel under the log bound, folded into what they say about each
     * dependency; and what the latest rollout of each Deployment changed.
     */
    async function collectCallers(discovered: DiscoveredNode[]) {
      const ips = new Map<string, string>();
      const servicePorts = new Map<string, Set<string>>();
      const states = new Map<string, TargetState>();
      for (const { component, pods, services } of collected.values()) {
        for (const s of services)
          if (s.spec?.clusterIP && s.spec.clusterIP !== 'None') {
            ips.set(s.spec.clusterIP, component.id);
            const ports = ((s.spec.ports ?? []) as KubeObject[]).filter((p) => p.port !== undefined);
            servicePorts.set(s.spec.clusterIP, new Set(ports.map((p) => String(p.port))));
          }
        for (const p of pods) if (p.status?.podIP) ips.set(p.status.podIP, component.id);
        states.set(component.id, {
          ready: pods.length > 0 && pods.every(isPodHealthy),
          unhealthy: pods.length === 0 || pods.some((p) => !isPodHealthy(p)),
          serviceExists: services.length > 0,
        });
        const healed = restartHealedAt(pods, window);
        if (healed !== undefined && healed <= window.to - RECOVERED_MS)
          states.get(component.id)!.healedAt = healed;
      }
      const running = (pods: KubeObject[]) =>
        pods.filter((p) => p.status?.phase === 'Running' && p.spec?.nodeName);
      const callerLogs = async ({ component, pods }: Collected) => {
        const ns = component.kubernetes!.namespace;
        // The sampled pods, read in list order (the order their failures' samples are quoted in).
        const live = running(pods);
        const sampled = new Set(callerSample(live));
        const reads = live
          .filter((p) => sampled.has(p))
          .flatMap((p) =>
            ((p.spec?.containers ?? []) as KubeObject[])
              .slice(0, 3)
              .map((c) => readLog(ns, p.metadata.name, c.name, false)),
          );
        // One text per container log: a line without a stamp belongs to its own log, not the one before.
        return Promise.all(reads);
      };
      /**
       * The previous logs of a caller's containers that keep restarting (2+ restarts, the last one in
       * the window): what each died of, with the restart count, as `crashFailures` reads them.
       */
      const crashLogs = async ({ component, pods }: Collected) => {
        const ns = component.kubernetes!.namespace;
        const out: Promise<{ text: string; restarts: number }>[] = [];
        for (const p of newestAndOldest(running(pods)))
          for (const st of (p.status?.containerStatuses ?? []) as KubeObject[]) {
            const restarts = Number(st.restartCount ?? 0);
            // Only a death in the window: yesterday's restarts are a decoy, not this incident.
            const died = new Date(st.lastState?.terminated?.finishedAt ?? NaN).getTime();
            if (restarts < 2 || !(died >= window.from && died <= window.to)) continue;
            out.push(readLog(ns, p.metadata.name, st.name, true).then((text) => ({ text, restarts })));
          }
        return Promise.all(out);
      };
      const entries = [...collected.values()].sort((a, b) => (a.component.id < b.component.id ? -1 : 1));
      const changes = new Map<string, ReturnType<typeof rolloutChange>>();
      const timed = new Map<string, Map<string, TimedCall[]>>();
      const reports: CallerReport[] = await Promise.all(
        entries.map(async (entry) => {
          const { component, replicaSets } = entry;
          const hasDeps = ctx.graph.dependencies(component.id, { depth: 1 }).length > 0;
          const logs = hasDeps ? await callerLogs(entry) : [];
          const text = logs.join('\n');
          if (hasDeps)
            timed.set(
              component.id,
              outboundCalls(logs, component.id, ctx.graph, { ips, servicePorts }, window),
            );
          const quiet = rolloutChange(replicaSets, window);
          // A change in the window (a restart with the same template included: it re-reads ConfigMaps and
          // Secrets): read the new pods to see whether errors followed it.
          const change =
            quiet && quiet.inWindow
              ? rolloutChange(
                  replicaSets,
                  window,
                  [text || (await callerLogs(entry)).join('\n'), ...entry.logs].join('\n'),
                )
              : quiet;
          changes.set(component.id, change);
          const changedInWindow = change?.inWindow === true && change.relevant === true;
          if (changedInWindow) states.get(component.id)!.changedAt = Date.parse(String(change.changedAt));
          // A restart with the same template, errors of its own after it: kept for `targetRestartedBefore`.
          if (change?.inWindow === true && change.relevant === false && Number(change.errorsAfter) >= 3)
            states.get(component.id)!.restartedAt = Date.parse(String(change.changedAt));
          return {
            caller: component.id,
            failures: hasDeps
              ? withPinnedAddresses(
                  withoutServedLoopback(
                    mergeFailures([
                      dependencyFailures(logs, component.id, ctx.graph, { ips, servicePorts }, window),
                      ...(await crashLogs(entry)).map((c) =>
                        crashFailures(
                          c.text,
                          c.restarts,
                          component.id,
                          ctx.graph,
                          { ips, servicePorts },
                          window,
                        ),
                      ),
                    ]),
                    podServedPorts(entry.pods),
                  ),
                  hostAliases(entry.pods),
                  (id) => {
                    const c = ctx.graph.component(id);
                    return c ? addressHosts(c) : new Set<string>();
                  },
                  ips,
                )
              : [],
            // A caller whose pods carry env its template does not (injected at admission) changed too.
            changed: changedInWindow || entry.envInjected === true,
          };
        }),
      );
      // The own logs of each dependency callers fail toward: quiet logs put the fault on the path.
      /** A component that calls nothing (a database, a cache): its log speaks for itself, never quotes a dependency. */
      const callsNothing = (id: string) => ctx.graph.dependencies(id, { depth: 1 }).length === 0;
      const failedToward = new Set(reports.flatMap((r) => r.failures.map((f) => f.target)));
      await Promise.all(
        [...failedToward].map(async (id) => {
          const entry = collected.get(id);
          const state = states.get(id);
          if (!entry || !state) return;
          const ns = entry.component.kubernetes!.namespace;
          const pod = running(entry.pods)[0];
          const reads = pod
            ? ((pod.spec?.containers ?? []) as KubeObject[])
                .slice(0, 3)
                .map((c) => readLog(ns, pod.metadata.name, c.name, false))
            : [];
          const own = [...(await Promise.all(reads)), ...entry.logs].join('\n');
          state.ownErrors = ownErrorLines(own, window);
          state.noFilterChain = noFilterChainLines(own, window);
          state.meshDenied = meshDeniedLines(own, window);
          const ownReport = selfReportAttributes([own], window, { server: callsNothing(id) });
          state.ownExhausted = ownReport.exhaustionLines;
          state.ownSlow = ownReport.slowLines;
          state.ownStalled = ownReport.stalledLines;
          state.ownSettingAt =
            ownReport.settingChangedAt === null ? undefined : Date.parse(ownReport.settingChangedAt);
          state.ownLineTimes = lineTimes(own);
          state.until = window.to;
        }),
      );
      // What the dependencies of the named components whose logs were not read above (their pods look
      // healthy) say about themselves: a server stalled inside a running container, an exhausted resource.
      const downstream = new Set(
        [...named].flatMap((id) => (collected.has(id) ? ctx.graph.dependencies(id, { depth: 3 }) : [])),
      );
      const reported = await Promise.all(
        entries
          // Also every other healthy-looking component whose logs were read as a caller's: no extra reads.
          .filter(
            (e) =>
              e.logs.length === 0 &&
              !named.has(e.component.id) &&
              (downstream.has(e.component.id) || !callsNothing(e.component.id)),
          )
          .map(async (entry) => {
            const ns = entry.component.kubernetes!.namespace;
            const hasDeps = !callsNothing(entry.component.id);
            const pod = running(entry.pods)[0];
            const texts = hasDeps
              ? await callerLogs(entry)
              : pod
                ? await Promise.all(
                    ((pod.spec?.containers ?? []) as KubeObject[])
                      .slice(0, 3)
                      .map((c) => readLog(ns, pod.metadata.name, c.name, false)),
                  )
                : [];
            return [entry.component.id, texts] as const;
          }),
      );
      const stalled = new Set<string>();
      // A named component's own logs, already read (kubernetes.logs counts their exhaustion and configuration
      // lines), are read for a stall only: no extra reads.
      for (const e of entries) {
        if (e.logs.length === 0 || !named.has(e.component.id)) continue;
        const report = selfReportAttributes(e.logs, window, { server: callsNothing(e.component.id) });
        if (report.stalledLines === 0) continue;
        stalled.add(e.component.id);
        add(e.component.id, 'kubernetes.selfreport', {
          ...report,
          exhaustionLines: 0,
          configErrorLines: 0,
          slowLines: 0,
          slowestMs: 0,
        });
      }
      for (const [id, texts] of reported) {
        if (texts.length === 0) continue;
        const report = selfReportAttributes(texts, window, { server: callsNothing(id) });
        if (holdsCallers(report, callsNothing(id))) stalled.add(id);
        add(id, 'kubernetes.selfreport', report);
      }
      // A target whose workers wait on a stalled server further down (it says so in its own log) is blocked
      // by it, not exhausted on its own.
      for (const [id, state] of states)
        state.stalledBelow = ctx.graph
          .dependencies(id, { depth: 3 })
          .filter((d) => d !== id && stalled.has(d)).length;
      // A workload whose own workers are used up (its log: a full listen queue, harakiri, a worker timeout) while
      // exactly one server it calls says in its own log that it stalled or ran out: the workers wait on that
      // server (a publish to a broker under a disk alarm that never returns).
      for (const [id, entry] of collected) {
        const below = waitsOnStalled(
          Number(entry.logStats?.processExhaustionLines ?? 0),
          ctx.graph.dependencies(id, { depth: 1 }).filter((d) => d !== id),
          stalled,
        );
        if (below) add(id, 'kubernetes.waits', { stalledBelow: below });
      }
      /**
       * Whether evidence about `target` can be given: a workload of this scope, or an external component,
       * reported (once) as a dependency of the callers that speak of it.
       */
      const reportable = (target: string, callers: string[]): boolean => {
        if (collected.has(target)) return true;
        const c = ctx.graph.component(target);
        if (!c || c.kind !== 'external') return false;
        if (!discovered.some((d) => d.id === target))
          discovered.push({
            id: target,
            kind: 'external',
            ...(c.name ? { name: c.name } : {}),
            usedBy: callers.filter((u) => collected.has(u)),
            edgeType: 'depends-on',
          });
        return true;
      };
      const { targets, callers } = callerEvidence(reports, states, ctx.graph);
      for (const [target, attributes] of targets) {
        if (!reportable(target, attributes.callers as string[])) continue;
        add(target, 'kubernetes.callers', attributes);
      }
      for (const [caller, attributes] of callers) add(caller, 'kubernetes.dependency-failures', attributes);
      // A named server answering 5xx while it looks fine otherwise — healthy, unchanged, no failure toward any
      // dependency it logs. With no error line of its own and one external dependency, that is the call left:
      // it relays the provider's failure (a payment service passing a gateway's 503 on). Otherwise, answering
      // 5xx to most requests, it is not serving (a driver that gave up reconnecting): a lead at the server.
      for (const id of named) {
        const entry = collected.get(id);
        const state = states.get(id);
        // Healthy and unchanged: a relevant change in the window is the rollout rules' to read.
        if (
          !entry ||
          entry.logs.length === 0 ||
          !state?.ready ||
          state.unhealthy ||
          state.changedAt !== undefined
        )
          continue;
        const report = reports.find((r) => r.caller === id);
        if (report?.failures.some((f) => failureTotal(f) >= 2)) continue;
        // A dependency whose own log (read as a named or unhealthy workload's) shows errors or 5xx answers may
        // be where they come from: the server relays them, it is not the one failing.
        const deps = ctx.graph.dependencies(id, { depth: 1 });
        const troubledBelow = deps.some((d) => {
          const stats = collected.get(d)?.logStats;
          return !!stats && (Number(stats.errorLines) > 0 || Number(stats.http5xx) > 0);
        });
        if (troubledBelow) continue;
        const text = entry.logs.join('\n');
        const { answers, serverErrors } = ownAnswers(text, window);
        if (serverErrors < 3 || serverErrors * 3 < answers) continue;
        const external = deps.filter((d) => ctx.graph.component(d)?.kind === 'external');
        const ownErrors = ownErrorLines(text, window);
        if (external.length === 1 && ownErrors === 0 && reportable(external[0]!, [id]))
          add(external[0]!, 'kubernetes.relayed', { relayedBy: [id], serverErrors, answers });
        else if (serverErrors * 2 >= answers)
          add(id, 'kubernetes.answers', { serverErrors, answers, ownErrors });
      }
      // Timeouts a named component does not attribute, toward the one dependency the incident also names.
      for (const [target, attributes] of unattributedTimeouts(
        named,
        (id) => {
          const entry = collected.get(id);
          return entry?.logStats && { text: entry.logs.join('\n'), stats: entry.logStats };
        },
        (id) => reports.find((r) => r.caller === id)?.failures.length ?? 0,
        (id) => collected.has(id),
        ctx.graph,
      ))
        add(target, 'kubernetes.suspected-timeouts', attributes);
      // Calls a sidecar timed that became many times slower: a slow dependency, even without errors.
      for (const [target, attributes] of slowCallEvidence(timed, ctx.graph)) {
        if (!reportable(target, attributes.callers as string[])) continue;
        add(target, 'kubernetes.slowcalls', attributes);
      }
      /**
       * Changed env vars of a rollout that point at one of the component's dependencies on a port the
       * topology does not list for it (`CURRENCY_SERVICE_ADDR=currencyservice:7001` against :7000).
       */
      const envWrongPort = (id: string): string[] => {
        const pair = latestPair(collected.get(id)?.replicaSets ?? []);
        if (!pair) return [];
        const deps = ctx.graph
          .dependencies(id, { depth: 1 })
          .map((d) => ctx.graph.component(d))
          .filter((c): c is Component => !!c);
        const wrong = new Set<string>();
        for (const { name, host, port } of changedEnvAddresses(...pair)) {
          const target = deps.find((c) => addressHosts(c).has(host));
          const ports = new Set(target?.addresses.map((a) => a.split(':')[1]).filter(Boolean));
          if (target && ports.size > 0 && !ports.has(port)) wrong.add(name);
        }
        return [...wrong].sort();
      };
      /** Changed env vars of a rollout whose new value is the name its callers fail to resolve. */
      const envUnresolved = (id: string): string[] => {
        const pair = latestPair(collected.get(id)?.replicaSets ?? []);
        const names = reports.flatMap((r) =>
          r.failures.filter((f) => f.target === id).flatMap((f) => f.wrongHostNames ?? []),
        );
        return pair ? changedEnvNaming(...pair, names) : [];
      };
      for (const [id, change] of changes) {
        if (!change) continue;
        const failing = targets.get(id);
        const after =
          typeof failing?.firstFailureAt === 'string' &&
          Date.parse(failing.firstFailureAt) >= Date.parse(String(change.changedAt));
        add(id, 'kubernetes.change', {
          ...change,
          // A wrong port holds from the release on: read for releases up to RELEASE_LOOKBACK_MIN before the report.
          envWrongPort:
            change.inWindow || Number(change.minutesBeforeIncident) <= RELEASE_LOOKBACK_MIN
              ? envWrongPort(id)
              : [],
          envUnresolvedByCallers: change.inWindow ? envUnresolved(id) : [],
          // The rollout is the main evidence: any caller failing toward it after the change corroborates it.
          callersFailingAfter: after ? Number(failing.callerCount) : 0,
        });
      }
    }
  }
}

/** The /etc/hosts entries the pods' specs add (`spec.hostAliases`), across the workload's pods. */
function hostAliases(pods: KubeObject[]): { ip: string; hostnames: string[] }[] {
  return pods.flatMap((p) =>
    ((p.spec?.hostAliases ?? []) as KubeObject[])
      .filter((a) => typeof a.ip === 'string' && Array.isArray(a.hostnames))
      .map((a) => ({ ip: String(a.ip), hostnames: (a.hostnames as unknown[]).map(String) })),
  );
}

/** What a cluster that could not be read leaves: status evidence on its components, naming it. */
function unreadCluster(cluster: string, nodes: Component[], err: unknown): CollectorResult {
  const status = err instanceof PluginError ? err.collectorStatus : 'error';
  const reason = `cluster ${cluster || '(default)'}: ${err instanceof Error ? err.message : String(err)}`;
  const observedAt = new Date().toISOString();
  return {
    evidence: nodes.map((n) => ({
      node: n.id,
      source: 'kubernetes',
      kind: COLLECTOR_STATUS_KIND,
      attributes: { collector: 'kubernetes', status, reason, ...(cluster ? { cluster } : {}) },
      observedAt,
      ...(cluster ? { cluster } : {}),
    })),
  };
}
