// Decides which graph nodes an investigation looks at: the components the incident names, their
// transitive dependencies, their direct callers (witnesses of what fails) and what they run on, and
// the wider second look (the callers' other dependencies). It reads the graph only; it never collects.
import type { GraphView } from '../sdk/index.js';

export interface ScopeOptions {
  /** Hops of dependencies to follow from each named component (default: unlimited). */
  dependencyDepth?: number;
  /** With no named component, the whole graph is in scope up to this many nodes. */
  maxNodes?: number;
  /** Include the direct callers (dependents) of the named components (default: true). */
  callers?: boolean;
  /**
   * When the first pass is inconclusive, look once more with the other dependencies of the named
   * components' callers in scope (default: true). See widenScope.
   */
  widen?: boolean;
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

/**
 * The second look when the incident named nothing ("the store's product pages hang"): people report what they
 * see at the front, so the components users reach (`kind: frontend`) are looked at as named — their own logs
 * read, their failures toward what they call taken as witnesses. The nodes stay the first look's; undefined
 * when the topology has no frontend.
 */
function frontDoor(graph: GraphView, scope: Scope): Scope | undefined {
  const fronts = [...graph.components()]
    .filter((c) => c.kind === 'frontend')
    .map((c) => c.id)
    .sort();
  if (fronts.length === 0) return undefined;
  const nodes = new Set(scope.nodes);
  for (const id of fronts) {
    nodes.add(id);
    for (const host of graph.runsOn(id)) nodes.add(host);
  }
  return { named: fronts, nodes: [...nodes].sort() };
}

/**
 * The second look of an inconclusive investigation: what the named components' callers also depend on.
 * People name the feature they see failing ("hotel search"), and the request behind it crosses the
 * caller's other dependencies too (the frontend asks search, then profile). Adds those siblings, their
 * dependencies and what they run on; undefined when it adds nothing. With nothing named, the frontends
 * become the named components instead (`frontDoor`).
 */
export function widenScope(graph: GraphView, scope: Scope, options: ScopeOptions = {}): Scope | undefined {
  if (options.callers === false) return undefined;
  if (scope.named.length === 0) return frontDoor(graph, scope);
  const nodes = new Set(scope.nodes);
  const before = nodes.size;
  const add = (id: string) => {
    if (nodes.has(id)) return;
    nodes.add(id);
    for (const host of graph.runsOn(id)) nodes.add(host);
  };
  const depth = options.dependencyDepth;
  for (const id of scope.named)
    for (const caller of graph.dependents(id, { depth: 1 }))
      for (const sibling of graph.dependencies(caller, { depth: 1 })) {
        add(sibling);
        for (const dep of graph.dependencies(sibling, depth === undefined ? {} : { depth })) add(dep);
      }
  if (nodes.size === before) return undefined;
  return { named: scope.named, nodes: [...nodes].sort() };
}
