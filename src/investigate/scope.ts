// Decides which graph nodes an investigation looks at: the components the incident names, their
// transitive dependencies, their direct callers (witnesses of what fails) and what they run on.
// It reads the graph only; it never collects.
import type { GraphView } from '../sdk/index.js';

export interface ScopeOptions {
  /** Hops of dependencies to follow from each named component (default: unlimited). */
  dependencyDepth?: number;
  /** With no named component, the whole graph is in scope up to this many nodes. */
  maxNodes?: number;
  /** Include the direct callers (dependents) of the named components (default: true). */
  callers?: boolean;
}

export interface Scope {
  named: string[];
  nodes: string[];
}

export function resolveScope(graph: GraphView, named: readonly string[], options: ScopeOptions = {}): Scope {
  const maxNodes = options.maxNodes ?? 500;
  const known = [...new Set(named.filter((id) => graph.has(id)))].sort();
  const nodes = new Set<string>();
  const add = (id: string) => {
    if (nodes.has(id)) return;
    nodes.add(id);
    for (const host of graph.runsOn(id)) nodes.add(host);
  };
  if (known.length === 0) {
    for (const component of graph.components()) {
      if (nodes.size >= maxNodes) break;
      add(component.id);
    }
  } else {
    for (const id of known) {
      add(id);
      const depth = options.dependencyDepth;
      for (const dep of graph.dependencies(id, depth === undefined ? {} : { depth })) add(dep);
      // Callers see a named component's failures first ("connection refused to …"): witnesses.
      if (options.callers !== false) for (const caller of graph.dependents(id, { depth: 1 })) add(caller);
    }
  }
  return { named: known, nodes: [...nodes].sort() };
}
