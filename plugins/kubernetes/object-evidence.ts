// The evidence of the objects read beyond pods, events and rollouts: probe kills, eviction history,
// mount failures told apart, Service ports, init containers, NetworkPolicies and Nodes that are NotReady.
import type { Component, Evidence, GraphView } from 'culprit/sdk';
import { evictionAttributes } from './evictions.js';
import { initContainerAttributes } from './init-containers.js';
import type { KubeObject, KubeReader } from './kube-client.js';
import { mountAttributes } from './mounts.js';
import {
  containerPorts,
  egressPolicyAttributes,
  networkPolicyAttributes,
  type ContainerPort,
  type PodsRef,
} from './network-policy.js';
import { isPodHealthy, type Window } from './normalize.js';
import { probeAttributes } from './probes.js';
import { servicePortAttributes } from './service-ports.js';

export interface ObjectEvidenceInput {
  reader: KubeReader;
  component: Component;
  pods: KubeObject[];
  /** The component's own events (its workload, ReplicaSets and pods). */
  events: KubeObject[];
  services: KubeObject[];
  window: Window;
  ctx: { graph: GraphView };
  /** The evidence gathered so far (kubernetes.pods is amended for pods on NotReady Nodes). */
  evidence: Evidence[];
  add(node: string, kind: string, attributes: Evidence['attributes']): void;
  /** The collection's namespace-wide lists, when it listed this namespace (then nothing is listed again). */
  namespaceLists?(namespace: string): Promise<NamespaceLists> | undefined;
}

/** A namespace's pods and Services as the collection listed them (undefined: not listed or unreadable). */
export interface NamespaceLists {
  pods?: KubeObject[];
  services?: KubeObject[];
}

type Lists = ObjectEvidenceInput['namespaceLists'];

/** Reads shared by every component of one collection (one list per namespace, one get per Node). */
const perReader = new WeakMap<KubeReader, Map<string, Promise<KubeObject | KubeObject[] | undefined>>>();
function shared<T extends KubeObject | KubeObject[]>(
  reader: KubeReader,
  key: string,
  read: () => Promise<T | undefined>,
): Promise<T | undefined> {
  let cache = perReader.get(reader);
  if (!cache) perReader.set(reader, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key)! as Promise<T | undefined>;
}

const podsRef = (c: Component): PodsRef | undefined =>
  c.kubernetes
    ? {
        id: c.id,
        namespace: c.kubernetes.namespace,
        labels: c.kubernetes.selector ?? { app: c.kubernetes.workload?.name ?? c.id },
      }
    : undefined;

/** Labels a controller stamps on each pod: never what a policy selects a workload by. */
const POD_ONLY_LABELS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
]);

/**
 * The labels every pod of the workload carries, over the topology's selector: a policy selects pods by
 * labels the topology need not name (`app.kubernetes.io/component` where it selects by `app`).
 */
export function podLabels(ref: PodsRef, pods: readonly KubeObject[]): PodsRef {
  const mine = pods.filter(
    (p) =>
      (p.metadata?.namespace ?? ref.namespace) === ref.namespace &&
      Object.entries(ref.labels).every(([k, v]) => p.metadata?.labels?.[k] === v),
  );
  if (mine.length === 0) return ref;
  const common = Object.entries((mine[0]!.metadata?.labels ?? {}) as Record<string, string>).filter(
    ([k, v]) => !POD_ONLY_LABELS.has(k) && mine.every((p) => p.metadata?.labels?.[k] === v),
  );
  return { ...ref, labels: { ...Object.fromEntries(common), ...ref.labels } };
}

export async function collectObjectEvidence(input: ObjectEvidenceInput): Promise<void> {
  const { reader, component, pods, events, services, window, add } = input;
  const graph = input.ctx.graph;
  const id = component.id;
  const probes = probeAttributes(events, window);
  // What a probe left unanswered may be waiting on: the component's direct dependencies (none: only itself).
  if (probes)
    add(id, 'kubernetes.probes', {
      ...probes,
      dependencies: graph.dependencies(id, { depth: 1 }).filter((d) => d !== id).length,
    });
  const evictions = evictionAttributes(pods, events, window);
  if (evictions) add(id, 'kubernetes.evictions', evictions);
  const mounts = mountAttributes(events, window);
  if (mounts) add(id, 'kubernetes.mounts', mounts);
  const ports = servicePortAttributes(services, pods);
  if (ports) add(id, 'kubernetes.serviceports', ports);
  const init = initContainerAttributes(pods, window);
  if (init) add(id, 'kubernetes.init', init);

  const ref = podsRef(component);
  const declared = containerPorts(pods);
  const self = ref
    ? {
        ...podLabels(ref, pods),
        ports: declared.length > 0 ? calledPorts(component, declared, services) : targetPorts(services),
      }
    : undefined;
  let callers = graph
    .inEdges(id, 'depends-on')
    .map((e) => graph.component(e.from))
    .map((c) => (c ? podsRef(c) : undefined))
    .filter((c): c is PodsRef => !!c);
  if (self && callers.length > 0) {
    const namespaces = [...new Set([self.namespace, ...callers.map((c) => c.namespace)])].sort();
    const lists = await Promise.all(
      namespaces.map((ns) =>
        shared(
          reader,
          `netpol\u0000${ns}`,
          async () => (await reader.listEvery('networkpolicies', ns))?.items,
        ),
      ),
    );
    const policies = lists.flatMap((l) => (l as KubeObject[] | undefined) ?? []);
    // Judged on the callers' pods as they are labelled (one pod list per namespace, shared).
    if (policies.length > 0)
      callers = await Promise.all(
        callers.map(async (c) =>
          podLabels(c, await namespacePods(reader, c.namespace, input.namespaceLists)),
        ),
      );
    const attributes = policies.length > 0 ? networkPolicyAttributes(self, callers, policies) : undefined;
    if (attributes) add(id, 'kubernetes.networkpolicy', attributes);
  }
  if (self) await collectEgressEvidence(reader, self, graph, add, input.namespaceLists);

  // The node controller marks pods on an unreachable Node not ready only after a grace period: until
  // then their containers still say ready. A pod on a NotReady Node is not ready.
  const nodeNames = [...new Set(pods.map((p) => p.spec?.nodeName as string | undefined).filter((n) => !!n))];
  const notReadyNodes = new Set<string>();
  for (const name of nodeNames.sort()) {
    const node = (await shared(reader, `node\u0000${name}`, () => reader.readNode(name!))) as
      | KubeObject
      | undefined;
    const ready = ((node?.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'Ready');
    if (node && ready?.status !== 'True') notReadyNodes.add(name!);
  }
  const stale = pods.filter((p) => notReadyNodes.has(p.spec?.nodeName) && isPodHealthy(p)).length;
  const onNotReady = pods.filter(
    (p) => notReadyNodes.has(p.spec?.nodeName) && p.status?.phase !== 'Failed',
  ).length;
  if (onNotReady === 0) return;
  const item = input.evidence.find((e) => e.node === id && e.kind === 'kubernetes.pods');
  if (item) {
    const a = item.attributes as Record<string, number>;
    item.attributes = {
      ...item.attributes,
      ready: Math.max(0, Number(a.ready) - stale),
      notReady: Number(a.notReady) + stale,
      onNotReadyNode: onNotReady,
      notReadyNodes: [...notReadyNodes].sort(),
    };
  }
}

/**
 * The component as a caller: when an egress policy selects its pods, which dependencies it cannot reach
 * (their ports read from their pods, one pod list per namespace shared by the collection).
 */
async function collectEgressEvidence(
  reader: KubeReader,
  self: PodsRef,
  graph: GraphView,
  add: ObjectEvidenceInput['add'],
  lists: Lists,
): Promise<void> {
  const policies =
    ((await shared(
      reader,
      `netpol\u0000${self.namespace}`,
      async () => (await reader.listEvery('networkpolicies', self.namespace))?.items,
    )) as KubeObject[] | undefined) ?? [];
  const egress = policies.filter(
    (p) =>
      ((p.spec?.policyTypes as string[] | undefined) ?? []).includes('Egress') ||
      (!p.spec?.policyTypes && p.spec?.egress),
  );
  if (egress.length === 0) return;
  const targets = graph
    .outEdges(self.id, 'depends-on')
    .map((e) => graph.component(e.to))
    .filter((c): c is Component => !!c);
  const deps = targets.map((c) => podsRef(c)).filter((c): c is PodsRef => !!c);
  // External components: their addresses' ports, judged as destinations outside the cluster.
  const outside: PodsRef[] = targets
    .filter((c) => c.kind === 'external' && !c.kubernetes)
    .map((c) => ({
      id: c.id,
      namespace: self.namespace,
      labels: {},
      outside: true,
      ports: c.addresses
        .map((a) => Number(a.split(':')[1]))
        .filter((port) => Number.isInteger(port) && port > 0)
        .map((port) => ({ port, protocol: 'TCP' })),
    }));
  if (deps.length + outside.length === 0) return;
  const withPorts = await Promise.all(
    deps.map(async (d) => {
      const pods = await namespacePods(reader, d.namespace, lists);
      const mine = pods.filter((p) =>
        Object.entries(d.labels).every(([k, v]) => p.metadata?.labels?.[k] === v),
      );
      const declared = containerPorts(mine);
      const labelled = podLabels(d, mine);
      // containerPort is informational and often left out: then the ports its Services send to.
      return {
        ...labelled,
        ports: declared.length > 0 ? declared : await servicePorts(reader, labelled, lists),
      };
    }),
  );
  const attributes = egressPolicyAttributes(self, [...withPorts, ...outside], egress);
  if (attributes) add(self.id, 'kubernetes.egresspolicy', attributes);
}

/** Every pod of a namespace: the collection's list, or listed once per collection and shared. */
async function namespacePods(reader: KubeReader, namespace: string, lists: Lists): Promise<KubeObject[]> {
  const listed = lists?.(namespace);
  if (listed) return (await listed).pods ?? [];
  return (
    ((await shared(
      reader,
      `pods\u0000${namespace}`,
      async () => (await reader.listEvery('pods', namespace))?.items,
    )) as KubeObject[] | undefined) ?? []
  );
}

/** The numeric target ports of the Services that select a workload's pods (for pods that declare none). */
async function servicePorts(reader: KubeReader, ref: PodsRef, lists: Lists): Promise<ContainerPort[]> {
  const listed = lists?.(ref.namespace);
  const services = listed
    ? ((await listed).services ?? [])
    : (((await shared(
        reader,
        `services\u0000${ref.namespace}`,
        async () => (await reader.listEvery('services', ref.namespace))?.items,
      )) as KubeObject[] | undefined) ?? []);
  return targetPorts(
    services.filter((svc) => {
      const keys = Object.entries((svc.spec?.selector ?? {}) as Record<string, string>);
      return keys.length > 0 && keys.every(([k, v]) => ref.labels[k] === v);
    }),
  );
}

/** The numeric target ports (or ports) of these Services: where their traffic enters the pods. */
/**
 * The container ports callers reach: those behind the ports of the component's topology addresses
 * (`rabbitmq:5672` — directly, or through a Service port's `targetPort` by number or name). A policy rule that
 * opens only a metrics port (9090) admits no caller of 5672. All declared ports when the addresses name none
 * of them (an address without a port, a port mapping not read).
 */
export function calledPorts(
  component: Component,
  declared: ContainerPort[],
  services: readonly KubeObject[],
): ContainerPort[] {
  const ports = new Set(
    component.addresses
      .map((a) => Number(/:(\d+)$/.exec(a)?.[1]))
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  if (ports.size === 0) return declared;
  const targets = new Set<string>();
  for (const svc of services)
    for (const sp of (svc.spec?.ports ?? []) as KubeObject[])
      if (ports.has(Number(sp.port))) targets.add(String(sp.targetPort ?? sp.port));
  const called = declared.filter(
    (d) => ports.has(d.port) || targets.has(String(d.port)) || (d.name !== undefined && targets.has(d.name)),
  );
  return called.length > 0 ? called : declared;
}

function targetPorts(services: readonly KubeObject[]): ContainerPort[] {
  const out = new Map<string, ContainerPort>();
  for (const svc of services) {
    for (const sp of (svc.spec?.ports ?? []) as KubeObject[]) {
      const port = Number(sp.targetPort ?? sp.port);
      const protocol = String(sp.protocol ?? 'TCP');
      if (Number.isInteger(port) && port > 0) out.set(`${protocol}/${port}`, { port, protocol });
    }
  }
  return [...out.values()];
}
