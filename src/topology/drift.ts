// Topology drift: how a declared topology and one discovered from the cluster differ. Components
// are paired by Kubernetes workload (namespace/kind/name), then by pod selector, then by id; edges
// are compared only between components present on both sides. Pure: no I/O.

/** The part of a topology component drift reads (ComponentDefinition and discovered ones fit). */
export interface TopologyComponentLike {
  id: string;
  kubernetes?: {
    namespace: string;
    workload?: { kind: string; name: string };
    selector?: Record<string, string>;
    nodeName?: string;
  };
  dependsOn?: readonly (string | { id: string; type?: string })[];
}

export interface DriftComponent {
  id: string;
  namespace?: string;
  workload?: { kind: string; name: string };
}

export interface DriftEdge {
  /** Declared ids (both ends exist in the topology and in the cluster). */
  from: string;
  to: string;
}

export interface DriftReport {
  /** Declared components with a Kubernetes workload mapping that the cluster does not run. */
  missingInCluster: DriftComponent[];
  /** Workloads running in the cluster that no declared component maps. */
  notInTopology: DriftComponent[];
  /** Declared dependsOn edges the cluster shows no sign of. */
  edgesOnlyInTopology: DriftEdge[];
  /** Dependencies seen in the cluster that the topology does not declare. */
  edgesOnlyInCluster: DriftEdge[];
  /** Pairs found on both sides (declared id ↔ discovered id). */
  matched: { declared: string; discovered: string }[];
  /** True when any of the four lists above is non-empty. */
  drift: boolean;
}

export interface DriftOptions {
  /** Compare only these namespaces (what discovery looked at). */
  namespaces?: readonly string[];
  /** Leave declared components in these namespaces out (what discovery skipped). */
  excludeNamespaces?: readonly string[];
  /** Workload kinds discovery can see; declared workloads of other kinds are not "missing". */
  workloadKinds?: readonly string[];
}

export function topologyDrift(
  declared: readonly TopologyComponentLike[],
  discovered: readonly TopologyComponentLike[],
  options: DriftOptions = {},
): DriftReport {
  const inScope = (c: TopologyComponentLike) => {
    const ns = c.kubernetes?.namespace;
    if (ns === undefined) return true;
    if (options.namespaces && !options.namespaces.includes(ns)) return false;
    return !options.excludeNamespaces?.includes(ns);
  };
  const workloadKey = (c: TopologyComponentLike) => {
    const k = c.kubernetes;
    return k?.workload ? `${k.namespace}/${k.workload.kind}/${k.workload.name.toLowerCase()}` : undefined;
  };
  const selectorKey = (c: TopologyComponentLike) => {
    const k = c.kubernetes;
    if (!k?.selector || Object.keys(k.selector).length === 0) return undefined;
    const labels = Object.entries(k.selector)
      .sort(([a], [b]) => compare(a, b))
      .map(([key, value]) => `${key}=${value}`);
    return `${k.namespace}/${labels.join(',')}`;
  };

  const declaredLeft = new Set(declared);
  const discoveredLeft = new Set(discovered);
  const toDeclared = new Map<string, string>(); // discovered id → declared id
  const matched: DriftReport['matched'] = [];
  const pair = (
    key: (c: TopologyComponentLike) => string | undefined,
    declaredFilter = (_: TopologyComponentLike) => true,
  ) => {
    const index = new Map<string, TopologyComponentLike>();
    for (const d of discoveredLeft) {
      const k = key(d);
      if (k !== undefined && !index.has(k)) index.set(k, d);
    }
    for (const c of declaredLeft) {
      if (!declaredFilter(c)) continue;
      const k = key(c);
      const d = k === undefined ? undefined : index.get(k);
      if (!d) continue;
      index.delete(k!);
      declaredLeft.delete(c);
      discoveredLeft.delete(d);
      toDeclared.set(d.id, c.id);
      matched.push({ declared: c.id, discovered: d.id });
    }
  };
  pair(workloadKey);
  // A selector pairs only a declared component that names no workload (else its workload decides).
  pair(selectorKey, (c) => !c.kubernetes?.workload);
  pair((c) => c.id);

  const describe = (c: TopologyComponentLike): DriftComponent => ({
    id: c.id,
    ...(c.kubernetes ? { namespace: c.kubernetes.namespace } : {}),
    ...(c.kubernetes?.workload
      ? { workload: { kind: c.kubernetes.workload.kind, name: c.kubernetes.workload.name } }
      : {}),
  });
  const missingInCluster = [...declaredLeft]
    .filter((c) => c.kubernetes && (c.kubernetes.workload || c.kubernetes.selector) && inScope(c))
    .filter(
      (c) =>
        !options.workloadKinds ||
        !c.kubernetes?.workload ||
        options.workloadKinds.includes(c.kubernetes.workload.kind),
    )
    .map(describe)
    .sort((a, b) => compare(a.id, b.id));
  const notInTopology = [...discoveredLeft]
    .filter(inScope)
    .map(describe)
    .sort((a, b) => compare(a.id, b.id));

  const bothSides = new Set(toDeclared.values());
  const declaredEdges = new Set<string>();
  for (const c of declared) {
    if (!bothSides.has(c.id)) continue;
    for (const dep of c.dependsOn ?? []) {
      const ref = typeof dep === 'string' ? { id: dep } : dep;
      if ((ref.type ?? 'depends-on') !== 'depends-on' || !bothSides.has(ref.id) || ref.id === c.id) continue;
      declaredEdges.add(edgeKey(c.id, ref.id));
    }
  }
  const clusterEdges = new Set<string>();
  for (const d of discovered) {
    const from = toDeclared.get(d.id);
    if (from === undefined) continue;
    for (const dep of d.dependsOn ?? []) {
      const ref = typeof dep === 'string' ? { id: dep } : dep;
      const to = toDeclared.get(ref.id);
      if ((ref.type ?? 'depends-on') !== 'depends-on' || to === undefined || to === from) continue;
      clusterEdges.add(edgeKey(from, to));
    }
  }
  const only = (a: Set<string>, b: Set<string>) =>
    [...a]
      .filter((e) => !b.has(e))
      .sort(compare)
      .map((e) => {
        const [from, to] = e.split('\u0000') as [string, string];
        return { from, to };
      });
  const edgesOnlyInTopology = only(declaredEdges, clusterEdges);
  const edgesOnlyInCluster = only(clusterEdges, declaredEdges);
  matched.sort((a, b) => compare(a.declared, b.declared));
  return {
    missingInCluster,
    notInTopology,
    edgesOnlyInTopology,
    edgesOnlyInCluster,
    matched,
    drift:
      missingInCluster.length +
        notInTopology.length +
        edgesOnlyInTopology.length +
        edgesOnlyInCluster.length >
      0,
  };
}

const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
