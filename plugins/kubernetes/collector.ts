// The kubernetes collector: for each component in scope with a Kubernetes mapping, reads its pods,
// events, rollout, services and (for unhealthy containers) bounded logs, plus the Nodes its pods run
// on, and reports normalized evidence. Read-only; partial failures still yield evidence.
import {
  PluginError,
  type Collector,
  type CollectContext,
  type CollectorResult,
  type CollectorScope,
  type Component,
  type DiscoveredNode,
  type Evidence,
} from 'culprit/sdk';
import { collectObjectEvidence } from './object-evidence.js';
import { createKubeClient, type KubeClient, type KubeObject, type KubeReaderOptions } from './kube-client.js';
import {
  eventsAttributes,
  hpaAttributes,
  isPodHealthy,
  logsAttributes,
  nodeAttributes,
  podsAttributes,
  quotaAttributes,
  quotaUsage,
  rolloutAttributes,
  serviceAttributes,
  storageAttributes,
  type Window,
} from './normalize.js';

export interface KubernetesConfig extends KubeReaderOptions {
  namespaces?: string[];
  logTailLines: number;
  logLimitBytes: number;
  maxPodsPerComponent: number;
}

/**
 * The collector and the close hook of its client. The client (kubeconfig, agent) is made at the
 * first collection, so a kubeconfig that cannot load is `unavailable` evidence, not a setup failure.
 */
export function createKubernetesCollector(config: KubernetesConfig): { collector: Collector; close(): void } {
  let client: KubeClient | undefined;
  const collector: Collector = {
    id: 'kubernetes',
    description: 'Pods, events, rollouts, services, logs and nodes of the components in scope',
    timeoutMs: 60_000,
    appliesTo: (c) =>
      !!c.kubernetes && (!config.namespaces || config.namespaces.includes(c.kubernetes.namespace)),
    async collect(scope: CollectorScope, ctx: CollectContext) {
      client ??= createKubeClient(config);
      const reader = client.reader(ctx.signal);
      try {
        return await collectWith(reader, scope, ctx);
      } finally {
        reader.dispose();
      }
    },
  };
  return { collector, close: () => client?.close() };

  async function collectWith(
    reader: ReturnType<KubeClient['reader']>,
    scope: CollectorScope,
    ctx: CollectContext,
  ): Promise<CollectorResult> {
    const window: Window = { from: Date.parse(scope.window.from), to: Date.parse(scope.window.to) };
    const observedAt = new Date().toISOString();
    const named = new Set(scope.incident.entities.map((e) => e.node));
    const evidence: Evidence[] = [];
    const nodesUsed = new Map<string, Set<string>>();
    const eventsByNs = new Map<string, Promise<KubeObject[] | undefined>>();
    const servicesByNs = new Map<string, Promise<KubeObject[] | undefined>>();
    const claimsByNs = new Map<string, Promise<KubeObject[] | undefined>>();
    const hpasByNs = new Map<string, Promise<KubeObject[] | undefined>>();
    const once = (
      cache: Map<string, Promise<KubeObject[] | undefined>>,
      ns: string,
      read: (ns: string) => Promise<KubeObject[] | undefined>,
    ) => {
      if (!cache.has(ns)) cache.set(ns, read(ns));
      return cache.get(ns)!;
    };
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
    for (const [nodeName, users] of nodesUsed) {
      const node = await reader.readNode(nodeName);
      if (!node) continue;
      const known = [...ctx.graph.components()].find((c) => c.kubernetes?.nodeName === nodeName);
      const id = known?.id ?? `k8s-node-${nodeName.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}`;
      if (!known)
        discovered.push({
          id,
          kind: 'node',
          name: nodeName,
          usedBy: [...users].sort(),
          edgeType: 'runs-on',
        });
      add(id, 'kubernetes.node', nodeAttributes(node, window));
      const nodeEvents = await reader.listNodeEvents(nodeName);
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

    async function collectComponent(component: Component) {
      const mapping = component.kubernetes!;
      const ns = mapping.namespace;
      const workloadName = mapping.workload?.name ?? component.id;
      const selector = mapping.selector ?? { app: workloadName };
      const labelSelector = Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      const listed = await reader.listPods(ns, labelSelector);
      if (!listed) return;
      const pods = listed.slice(0, config.maxPodsPerComponent);
      add(component.id, 'kubernetes.pods', podsAttributes(pods, window));
      for (const p of pods) {
        const n = p.spec?.nodeName as string | undefined;
        if (n) nodesUsed.set(n, (nodesUsed.get(n) ?? new Set()).add(component.id));
      }

      if (!eventsByNs.has(ns)) eventsByNs.set(ns, reader.listEvents(ns));
      const replicaSets =
        (mapping.workload?.kind === 'Deployment' ? await reader.listReplicaSets(ns, labelSelector) : []) ??
        [];
      const names = new Set([
        workloadName,
        ...pods.map((p) => p.metadata?.name),
        ...replicaSets.map((r) => r.metadata?.name),
      ]);
      const allEvents = await eventsByNs.get(ns)!;
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
      const kind = mapping.workload?.kind;
      if (kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet') {
        const workload =
          kind === 'Deployment'
            ? await reader.readDeployment(ns, workloadName)
            : kind === 'StatefulSet'
              ? await reader.readStatefulSet(ns, workloadName)
              : await reader.readDaemonSet(ns, workloadName);
        if (workload)
          desiredReplicas = Number(
            kind === 'DaemonSet' ? workload.status?.desiredNumberScheduled : (workload.spec?.replicas ?? 1),
          );
        const hpa = ((await once(hpasByNs, ns, (n) => reader.listHorizontalPodAutoscalers(n))) ?? []).find(
          (h) => h.spec?.scaleTargetRef?.kind === kind && h.spec?.scaleTargetRef?.name === workloadName,
        );
        if (hpa) add(component.id, 'kubernetes.hpa', hpaAttributes(hpa));
        if (workload)
          add(
            component.id,
            'kubernetes.rollout',
            rolloutAttributes({ ...workload, kind }, replicaSets, pods, window),
          );
      }

      const services = ((await once(servicesByNs, ns, (n) => reader.listServices(n))) ?? []).filter(
        (s) =>
          s.metadata?.name === workloadName ||
          (s.spec?.selector && Object.entries(selector).every(([k, v]) => s.spec.selector[k] === v)),
      );
      if (services.length > 0) {
        const endpoints = await Promise.all(services.map((s) => reader.readEndpoints(ns, s.metadata.name)));
        add(
          component.id,
          'kubernetes.service',
          serviceAttributes(services, endpoints, pods, desiredReplicas),
        );
      }

      await collectObjectEvidence({ reader, component, pods, events, services, window, evidence, add, ctx });
      const readLog = (pod: string, container: string, previous: boolean) =>
        reader.readLog(ns, pod, container, previous, config.logTailLines, config.logLimitBytes);
      // Logs of unhealthy containers; and, for a component the incident names, of one healthy pod
      // too: a caller's logs are where "connection refused to <dependency>" shows.
      const unhealthy = pods.filter((p) => !isPodHealthy(p) && p.spec?.nodeName).slice(0, 3);
      if (unhealthy.length === 0 && named.has(component.id)) {
        const running = pods.find((p) => p.status?.phase === 'Running');
        if (running) unhealthy.push(running);
      }
      if (unhealthy.length > 0) {
        const texts: string[] = [];
        for (const p of unhealthy) {
          for (const c of (p.spec?.containers ?? []) as KubeObject[]) {
            texts.push(await readLog(p.metadata.name, c.name, false));
            const restarted = ((p.status?.containerStatuses ?? []) as KubeObject[]).some(
              (s) => s.name === c.name && s.lastState?.terminated,
            );
            if (restarted) texts.push(await readLog(p.metadata.name, c.name, true));
          }
        }
        add(component.id, 'kubernetes.logs', logsAttributes(texts.join('\n'), ctx.graph, component.id));
      }
    }
  }
}
