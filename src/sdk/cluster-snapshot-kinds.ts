// The Kubernetes API snapshot format's kinds (docs/scenarios.md, "Cluster snapshots"): one List file
// per kind under cluster/. Shared by the reader (culprit/testing) and recorders (the kubernetes plugin).

export interface SnapshotKind {
  /** File name under cluster/: the API resource name + .json. */
  file: string;
  kind: string;
  apiVersion: string;
  namespaced: boolean;
}

/** Every kind a snapshot may hold, one List file each (docs/scenarios.md, "Cluster snapshots"). */
export const SNAPSHOT_KINDS: readonly SnapshotKind[] = [
  { file: 'pods.json', kind: 'Pod', apiVersion: 'v1', namespaced: true },
  { file: 'events.json', kind: 'Event', apiVersion: 'v1', namespaced: true },
  { file: 'deployments.json', kind: 'Deployment', apiVersion: 'apps/v1', namespaced: true },
  { file: 'replicasets.json', kind: 'ReplicaSet', apiVersion: 'apps/v1', namespaced: true },
  { file: 'statefulsets.json', kind: 'StatefulSet', apiVersion: 'apps/v1', namespaced: true },
  { file: 'daemonsets.json', kind: 'DaemonSet', apiVersion: 'apps/v1', namespaced: true },
  { file: 'services.json', kind: 'Service', apiVersion: 'v1', namespaced: true },
  { file: 'endpoints.json', kind: 'Endpoints', apiVersion: 'v1', namespaced: true },
  { file: 'nodes.json', kind: 'Node', apiVersion: 'v1', namespaced: false },
  { file: 'persistentvolumeclaims.json', kind: 'PersistentVolumeClaim', apiVersion: 'v1', namespaced: true },
  { file: 'resourcequotas.json', kind: 'ResourceQuota', apiVersion: 'v1', namespaced: true },
  {
    file: 'horizontalpodautoscalers.json',
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    namespaced: true,
  },
  {
    file: 'networkpolicies.json',
    kind: 'NetworkPolicy',
    apiVersion: 'networking.k8s.io/v1',
    namespaced: true,
  },
  { file: 'configmaps.json', kind: 'ConfigMap', apiVersion: 'v1', namespaced: true },
];
