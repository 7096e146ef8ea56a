// NetworkPolicies (networking.k8s.io/v1) judged against the topology: does a policy isolate a component's
// pods from a caller (ingress), or cut a caller's egress to it (peers and ports)? Pure; unknowable cases count as allowed.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';

/** A workload's pods as the topology knows them: namespace and the labels of its selector. */
export interface PodsRef {
  id: string;
  namespace: string;
  labels: Record<string, string>;
  /** The container ports of its pods, when read: a rule's `ports` admits traffic only to these. */
  ports?: ContainerPort[];
  /** An address outside the cluster (an `external` component): only an `ipBlock` peer, or none, admits it. */
  outside?: boolean;
}

export interface ContainerPort {
  port: number;
  name?: string;
  protocol: string;
}

/** The declared container ports of pods (deduplicated). */
export function containerPorts(pods: KubeObject[]): ContainerPort[] {
  const out = new Map<string, ContainerPort>();
  for (const p of pods)
    for (const c of (p.spec?.containers ?? []) as KubeObject[])
      for (const cp of (c.ports ?? []) as KubeObject[]) {
        const port = Number(cp.containerPort);
        if (!Number.isInteger(port)) continue;
        const protocol = String(cp.protocol ?? 'TCP');
        out.set(`${protocol}/${port}`, { port, protocol, ...(cp.name ? { name: String(cp.name) } : {}) });
      }
  return [...out.values()];
}

/**
 * Does a rule's `ports` list admit traffic to a destination with these container ports (by number, range
 * or name)? A rule with no ports admits every port; a destination whose ports were not read is assumed admitted.
 */
function portsAdmit(rulePorts: KubeObject[] | undefined, dest: ContainerPort[] | undefined): boolean {
  if (!rulePorts || rulePorts.length === 0 || !dest || dest.length === 0) return true;
  // Protocols are not compared: a declared containerPort's protocol is informational (a UDP listener is
  // often declared without one), and a false block is worse than a missed one.
  return rulePorts.some((rp) =>
    dest.some((d) => {
      if (rp.port === undefined || rp.port === null) return true;
      if (typeof rp.port === 'string' && !/^\d+$/.test(rp.port)) return d.name === rp.port;
      const from = Number(rp.port);
      const to = rp.endPort !== undefined ? Number(rp.endPort) : from;
      return d.port >= from && d.port <= to;
    }),
  );
}

/** Does a LabelSelector select these labels? undefined when it cannot be told from them. */
function selects(selector: KubeObject | undefined, labels: Record<string, string>): boolean | undefined {
  if (!selector) return true;
  for (const [k, v] of Object.entries((selector.matchLabels ?? {}) as Record<string, string>))
    if (labels[k] !== v) return k in labels ? false : undefined;
  for (const e of (selector.matchExpressions ?? []) as KubeObject[]) {
    const key = String(e.key);
    const values = ((e.values ?? []) as unknown[]).map(String);
    if (!(key in labels)) {
      if (e.operator === 'DoesNotExist' || e.operator === 'NotIn') continue;
      return undefined;
    }
    const v = labels[key]!;
    if (e.operator === 'In' && !values.includes(v)) return false;
    if (e.operator === 'NotIn' && values.includes(v)) return false;
    if (e.operator === 'DoesNotExist') return false;
  }
  return true;
}

const types = (p: KubeObject): string[] =>
  (p.spec?.policyTypes as string[] | undefined) ?? (p.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress']);

/** Does one peer list (`from` / `to`) admit `other`, seen from a policy in `policyNs`? */
function peersAdmit(peers: KubeObject[] | undefined, policyNs: string, other: PodsRef): boolean {
  if (!peers || peers.length === 0) return true;
  return peers.some((peer) => {
    if (peer.ipBlock) return true; // pod IPs are not judged: assume allowed
    // Pod and namespace selectors select pods: never an address outside the cluster.
    if (other.outside) return false;
    if (peer.namespaceSelector) {
      const all =
        Object.keys(peer.namespaceSelector).length === 0 ||
        (!peer.namespaceSelector.matchLabels && !peer.namespaceSelector.matchExpressions);
      // Namespace labels are not read: only `{}` (all namespaces) or the kubernetes.io/metadata.name label are judged.
      const byName = (peer.namespaceSelector.matchLabels ?? {})['kubernetes.io/metadata.name'];
      if (!all && byName === undefined) return true;
      if (!all && byName !== other.namespace) return false;
      return selects(peer.podSelector, other.labels) !== false;
    }
    if (other.namespace !== policyNs) return false;
    return selects(peer.podSelector, other.labels) !== false;
  });
}

/** Whether policies of `policies` that select `pods` for `direction` leave traffic with `other` open. */
function allowed(
  policies: KubeObject[],
  pods: PodsRef,
  other: PodsRef,
  direction: 'Ingress' | 'Egress',
): { isolated: boolean; allowed: boolean; by: string[] } {
  const selecting = policies.filter(
    (p) =>
      (p.metadata?.namespace ?? pods.namespace) === pods.namespace &&
      types(p).includes(direction) &&
      selects(p.spec?.podSelector, pods.labels) === true,
  );
  if (selecting.length === 0) return { isolated: false, allowed: true, by: [] };
  // The destination's ports: the isolated pods' own for ingress, the other side's for egress.
  const destPorts = direction === 'Ingress' ? pods.ports : other.ports;
  const open = selecting.some((p) =>
    ((direction === 'Ingress' ? p.spec?.ingress : p.spec?.egress) ?? []).some(
      (rule: KubeObject) =>
        // client-node's model names `from` `_from` (a reserved word in its generator); raw JSON says `from`.
        peersAdmit(direction === 'Ingress' ? (rule._from ?? rule.from) : rule.to, pods.namespace, other) &&
        portsAdmit(rule.ports, destPorts),
    ),
  );
  return { isolated: true, allowed: open, by: selecting.map((p) => String(p.metadata?.name)).sort() };
}

/**
 * For a component and its callers (topology dependents mapped to Kubernetes): which callers its
 * ingress policies shut out, and which callers' egress policies do not let them reach it.
 * undefined when no policy selects the component or its callers.
 */
export function networkPolicyAttributes(
  component: PodsRef,
  callers: PodsRef[],
  policies: KubeObject[],
): Record<string, JsonValue> | undefined {
  const ingressBlocked: string[] = [];
  const egressBlocked: string[] = [];
  const policiesNamed = new Set<string>();
  let isolated = false;
  for (const caller of callers) {
    const inbound = allowed(policies, component, caller, 'Ingress');
    isolated ||= inbound.isolated;
    if (!inbound.allowed) {
      ingressBlocked.push(caller.id);
      inbound.by.forEach((n) => policiesNamed.add(`${component.namespace}/${n}`));
    }
    const outbound = allowed(policies, caller, component, 'Egress');
    if (!outbound.allowed) {
      egressBlocked.push(caller.id);
      outbound.by.forEach((n) => policiesNamed.add(`${caller.namespace}/${n}`));
    }
  }
  if (!isolated && ingressBlocked.length === 0 && egressBlocked.length === 0) return undefined;
  return {
    isolated,
    callers: callers.length,
    ingressBlocked: ingressBlocked.sort(),
    egressBlocked: egressBlocked.sort(),
    blocked: ingressBlocked.length + egressBlocked.length,
    policies: [...policiesNamed].sort(),
  };
}

/**
 * For a component as a caller: which of its dependencies its own egress policies do not let it reach.
 * One policy cutting a workload off from several of its dependencies is about that workload.
 * undefined when no egress policy selects it.
 */
export function egressPolicyAttributes(
  caller: PodsRef,
  dependencies: PodsRef[],
  policies: KubeObject[],
): Record<string, JsonValue> | undefined {
  const blocked: string[] = [];
  const named = new Set<string>();
  let isolated = false;
  for (const dep of dependencies) {
    const outbound = allowed(policies, caller, dep, 'Egress');
    isolated ||= outbound.isolated;
    if (!outbound.allowed) {
      blocked.push(dep.id);
      outbound.by.forEach((n) => named.add(`${caller.namespace}/${n}`));
    }
  }
  if (!isolated) return undefined;
  const outside = new Set(dependencies.filter((d) => d.outside).map((d) => d.id));
  return {
    dependencies: dependencies.length,
    blocked: blocked.length,
    blockedTargets: blocked.sort(),
    blockedExternal: blocked.filter((id) => outside.has(id)).length,
    policies: [...named].sort(),
  };
}
