// The closed cause vocabulary a finding may name (DESIGN.md). Packs add namespaced causes
// (`<pack>/<name>`) in pack.yaml; anything else is rejected at load time.
export const CAUSES = {
  'oom-killed': 'Containers were killed for exceeding their memory limit',
  'crash-loop': 'Containers crash repeatedly and are restarted with back-off',
  'image-pull': 'The container image cannot be pulled',
  'config-missing': 'A ConfigMap, Secret or key the workload needs does not exist',
  'config-error': 'The workload starts with configuration it rejects',
  'bad-deploy-rollout': 'A recent rollout introduced a version that does not become healthy',
  'probe-failure': 'Readiness or liveness probes fail',
  unschedulable: 'Pods cannot be scheduled (resources, affinity, taints)',
  'storage-unavailable': 'A volume cannot be bound, attached or mounted',
  'no-endpoints': 'A Service has no ready endpoints (selector, targetPort, scaled to zero)',
  'node-not-ready': 'A node the workload runs on is not ready',
  'node-pressure': 'A node is under memory, disk or PID pressure',
  'resource-exhaustion': 'CPU, memory, connections or another resource is exhausted',
  'quota-exceeded': 'A resource quota blocks new pods or objects',
  'network-fault': 'Network connectivity, DNS or TLS between components fails',
  'external-dependency': 'A third-party dependency outside the system is failing',
  'dependency-down': 'A dependency is down or unreachable',
  unknown: 'Something is wrong here, cause not determined',
} as const satisfies Record<string, string>;

export type Cause = keyof typeof CAUSES;

export function isKnownCause(cause: string, packCauses: ReadonlySet<string>): boolean {
  return cause in CAUSES || packCauses.has(cause);
}
