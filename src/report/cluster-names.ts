// The Kubernetes objects a hypothesis is about, named as the cluster names them (namespace, workload,
// Node), and the kubectl commands that act on its cause. Never Culprit's internal component ids.
import type { DiscoveredNode, GraphView, Hypothesis } from '../sdk/index.js';

/** Causes that live on a Kubernetes Node rather than on a workload. */
const NODE_CAUSES = new Set(['node-not-ready', 'node-pressure']);

export interface ClusterNames {
  graph?: GraphView;
  /** Infrastructure found while collecting (the tape's): Nodes that are not in the topology. */
  discovered?: readonly DiscoveredNode[];
}

/** The object a component is in the cluster: a Node, or a workload (with its namespace and pods). */
export interface ClusterObject {
  kind: string;
  name: string;
  namespace?: string;
  /** The pods' label selector, `k=v,k=v`. */
  selector?: string;
}

export function clusterObject(component: string, names: ClusterNames): ClusterObject | undefined {
  const k8s = names.graph?.component(component)?.kubernetes;
  const nodeName =
    k8s?.nodeName ?? names.discovered?.find((d) => d.id === component && d.kind === 'node')?.name;
  if (nodeName) return { kind: 'Node', name: nodeName };
  if (!k8s) return undefined;
  const selector = k8s.selector
    ? Object.entries(k8s.selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')
    : undefined;
  return {
    kind: k8s.workload?.kind ?? 'Pod',
    name: k8s.workload?.name ?? component,
    namespace: k8s.namespace,
    ...(selector ? { selector } : {}),
  };
}

/** A component as people see it: a Kubernetes Node by its name (`node/node-b`), others by their id. */
export function componentLabel(component: string, names: ClusterNames): string {
  const object = clusterObject(component, names);
  return object?.kind === 'Node' && object.name !== component ? `node/${object.name}` : component;
}

/** What to run on a hypothesis's cause: the fix first where one is safe to name, then a closer look. */
export function remediationCommands(h: Hypothesis, names: ClusterNames): string[] {
  const target = clusterObject(h.node, names);
  if (!target) return [];
  if (target.kind === 'Node') {
    const node = target.name;
    const fix =
      h.cause === 'node-not-ready'
        ? [`kubectl cordon ${node}`, `kubectl drain ${node} --ignore-daemonsets --delete-emptydir-data`]
        : [];
    return [
      `kubectl describe node ${node}`,
      ...fix,
      `kubectl get pods -A --field-selector spec.nodeName=${node} -o wide`,
    ];
  }
  const ns = `kubectl -n ${target.namespace}`;
  const ref = target.kind === 'Pod' ? undefined : `${target.kind.toLowerCase()}/${target.name}`;
  const pods = target.selector ? `${ns} get pods -l ${target.selector} -o wide` : undefined;
  const out: (string | undefined)[] = [];
  if (ref) {
    if (/rollout|deploy/.test(h.cause) || h.cause === 'image-pull' || h.cause === 'config-error') {
      out.push(`${ns} rollout undo ${ref}`, `${ns} rollout history ${ref}`);
    }
    if (NODE_CAUSES.has(h.cause)) out.push(pods);
    if (h.cause === 'oom-killed' && target.selector) out.push(`${ns} top pod -l ${target.selector}`);
    out.push(`${ns} describe ${ref}`);
    if (!['image-pull', 'unschedulable', 'quota-exceeded'].includes(h.cause))
      out.push(`${ns} logs ${ref} --previous --tail=100`);
  }
  out.push(pods, `${ns} get events --sort-by=.lastTimestamp`);
  return [...new Set(out.filter((c): c is string => c !== undefined))];
}
