// A collection request as it travels from the engine to a cluster's agents: the components to read,
// the slice of graph around them (so callers' logs resolve addresses), the window and the named
// entities. Data only — no description, no command: the agent can only run its read-only collector.
import { createError } from '../errors/index.js';
import type { Component, GraphView, Incident, TimeWindow } from '../sdk/index.js';
import { createKnowledgeGraph, type ComponentDefinition } from '../topology/index.js';

export interface CollectionRequest {
  version: 1;
  cluster: string;
  /** Ids of the components to collect (all in `cluster`). */
  scope: string[];
  /** Those components and their direct dependencies, as topology definitions. */
  components: ComponentDefinition[];
  incident: { id: string; createdAt: string; source: string; entities: { node: string }[] };
  window: TimeWindow;
}

/** The request for `nodes` (one cluster's part of an investigation's scope). */
export function buildCollectionRequest(
  cluster: string,
  nodes: readonly Component[],
  incident: Incident,
  window: TimeWindow,
  graph: GraphView,
): CollectionRequest {
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) for (const d of graph.dependencies(n.id, { depth: 1 })) ids.add(d);
  for (const c of graph.components()) if (c.kubernetes?.nodeName && !c.discovered) ids.add(c.id);
  const components = [...ids]
    .sort()
    .map((id) => graph.component(id))
    .filter((c): c is Component => !!c && !c.discovered)
    .map((c) => definitionOf(c, graph, ids));
  return {
    version: 1,
    cluster,
    scope: nodes.map((n) => n.id),
    components,
    incident: {
      id: incident.id,
      createdAt: incident.createdAt,
      source: incident.source,
      entities: incident.entities.filter((e) => ids.has(e.node)).map((e) => ({ node: e.node })),
    },
    window,
  };
}

function definitionOf(c: Component, graph: GraphView, ids: Set<string>): ComponentDefinition {
  const edges = graph.outEdges(c.id).filter((e) => ids.has(e.to) && e.type !== 'owned-by');
  return {
    id: c.id,
    kind: c.kind,
    ...(c.name ? { name: c.name } : {}),
    aliases: c.aliases,
    addresses: c.addresses,
    ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
    ...(edges.length
      ? {
          dependsOn: edges.map((e) => ({
            id: e.to,
            ...(e.type === 'runs-on' ? { type: 'runs-on' as const } : {}),
          })),
        }
      : {}),
  };
}

export interface ReadRequest {
  graph: GraphView;
  nodes: Component[];
  incident: Incident;
  window: TimeWindow;
}

/**
 * The agent's side: the request checked (the components against the topology schema) and turned
 * into what a collector is called with. Only components of the agent's own cluster are collected.
 */
export function readCollectionRequest(payload: unknown, cluster: string): ReadRequest {
  const bad = (reason: string) => createError('ERR_SERVER_INVALID_BODY', { reason });
  const r = payload as Partial<CollectionRequest> | null;
  if (!r || typeof r !== 'object' || r.version !== 1) throw bad('not a version 1 collection request');
  if (r.cluster !== cluster) throw bad(`the request is for another cluster than ${cluster}`);
  if (!Array.isArray(r.scope) || !r.scope.every((s) => typeof s === 'string'))
    throw bad('scope must list component ids');
  if (!Array.isArray(r.components)) throw bad('components must be a list');
  const window = r.window;
  if (!window || Number.isNaN(Date.parse(window.from)) || Number.isNaN(Date.parse(window.to)))
    throw bad('window must have from and to times');
  const inc = r.incident;
  if (!inc || typeof inc.id !== 'string' || Number.isNaN(Date.parse(inc.createdAt)))
    throw bad('incident must have an id and createdAt');
  const graph = createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: r.components,
  });
  const nodes = r.scope
    .map((id) => graph.component(id))
    .filter((c): c is Component => !!c && c.kubernetes?.cluster === cluster);
  const entities = Array.isArray(inc.entities)
    ? inc.entities
        .filter((e) => typeof e?.node === 'string' && graph.has(e.node))
        .map((e) => ({ node: e.node }))
    : [];
  return {
    graph,
    nodes,
    window: { from: window.from, to: window.to },
    incident: {
      id: inc.id,
      description: '',
      source: typeof inc.source === 'string' ? inc.source : 'api',
      labels: {},
      entities,
      createdAt: inc.createdAt,
      window: { from: window.from, to: window.to },
    },
  };
}
