// Builders of normalized kubernetes evidence (the plugin's documented shapes) for scenario tests
// on the shop topology. Healthy defaults; each fault sets only what the real plugin would observe.
import type { DiscoveredNode, Evidence } from '../../src/sdk/index.js';

export const AT = '2026-11-20T14:30:00.000Z';

const ev = (node: string, kind: string, attributes: Evidence['attributes']): Evidence => ({
  node,
  source: 'kubernetes',
  kind,
  attributes,
  observedAt: AT,
});

export const pods = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.pods', {
    total: 3,
    ready: 3,
    notReady: 0,
    pending: 0,
    restartsRecent: 0,
    restartsTotal: 0,
    crashLoopBackOff: 0,
    oomKilledRecent: 0,
    imagePullErrors: 0,
    configErrors: 0,
    unschedulable: 0,
    ...a,
  });
export const logs = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.logs', {
    errorLines: 0,
    connectionRefused: 0,
    timeouts: 0,
    http5xx: 0,
    configErrorLines: 0,
    unreachable: [],
    ...a,
  });
export const events = (
  node: string,
  recent: Record<string, number> = {},
  older: Record<string, number> = {},
) =>
  ev(node, 'kubernetes.events', {
    recent,
    older,
    warningsRecent: Object.values(recent).reduce((a, b) => a + b, 0),
  });
export const rollout = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.rollout', {
    changedInWindow: false,
    progressDeadlineExceeded: false,
    newPodsUnhealthy: 0,
    revision: 3,
    changes: [],
    ...a,
  });
export const service = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.service', {
    services: 1,
    readyEndpoints: 3,
    selectorMatchesPods: true,
    targetPortMatches: true,
    scaledToZero: false,
    ...a,
  });
export const storage = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.storage', { claims: 1, pending: 0, lost: 0, mountFailures: 0, ...a });
export const quota = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.quota', { exceededEvents: 0, resources: [], ...a });
export const k8sNode = (node: string, a: Evidence['attributes'] = {}) =>
  ev(node, 'kubernetes.node', {
    ready: true,
    notReadyMinutes: 0,
    pressure: [],
    networkUnavailable: false,
    cordoned: false,
    ...a,
  });
export const collectorStatus = (node: string, status: string, reason: string): Evidence => ({
  node,
  source: 'kubernetes',
  kind: 'collector.status',
  attributes: { collector: 'kubernetes', status, reason },
  observedAt: AT,
});

export const SHOP_WORKLOADS = [
  'frontend',
  'checkout',
  'cart',
  'payment',
  'shipping',
  'email',
  'currency',
  'product-catalog',
  'recommendation',
  'ad',
  'redis-cart',
  'orders-db',
  'catalog-db',
  'order-events',
];

/** A healthy shop: every workload with healthy pods, logs, services; three nodes. */
export function healthyShop(): { evidence: Evidence[]; discovered: DiscoveredNode[] } {
  const evidence = SHOP_WORKLOADS.flatMap((w) => [pods(w), logs(w), service(w)]);
  const nodes: Record<string, string[]> = {
    'k8s-node-a': ['frontend', 'checkout', 'cart', 'redis-cart', 'orders-db'],
    'k8s-node-b': ['currency', 'ad', 'email', 'shipping'],
    'k8s-node-c': ['payment', 'product-catalog', 'recommendation', 'catalog-db', 'order-events'],
  };
  const discovered: DiscoveredNode[] = Object.entries(nodes).map(([id, usedBy]) => ({
    id,
    kind: 'node',
    name: id.slice(9),
    usedBy,
    edgeType: 'runs-on',
  }));
  evidence.push(...Object.keys(nodes).map((id) => k8sNode(id)));
  return { evidence, discovered };
}

/** Replaces the healthy evidence of the same (node, kind) with the given items. */
export function withFaults(
  base: { evidence: Evidence[]; discovered: DiscoveredNode[] },
  ...faults: Evidence[]
) {
  const key = (e: Evidence) => `${e.node}|${e.kind}`;
  const replaced = new Set(faults.map(key));
  return {
    evidence: [...base.evidence.filter((e) => !replaced.has(key(e))), ...faults],
    discovered: base.discovered,
  };
}
