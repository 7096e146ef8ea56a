// The knowledge graph as plain data, so it can cross into a plugin's worker thread and be rebuilt
// there as the same read-only GraphView (same queries, same answers) the plugin would see in-process.
import type { Component, EdgeType, GraphView, Team } from '../sdk/index.js';
// The class itself, not the topology barrel: a worker must not pay for YAML and schema loading.
import { KnowledgeGraph } from '../topology/knowledge-graph.js';

export interface GraphSnapshot {
  components: Component[];
  edges: { from: string; to: string; type: EdgeType; attributes: Record<string, unknown> }[];
  teams: Team[];
}

export function snapshotGraph(graph: GraphView): GraphSnapshot {
  const components = [...graph.components()];
  const teams = new Map<string, Team>();
  for (const c of components) {
    const team = c.team ? graph.team(c.team) : undefined;
    if (team) teams.set(team.id, team);
  }
  return {
    components,
    edges: components.flatMap((c) => graph.outEdges(c.id)),
    teams: [...teams.values()],
  };
}

export function graphFromSnapshot(snapshot: GraphSnapshot): GraphView {
  return new KnowledgeGraph(snapshot.components, snapshot.edges, snapshot.teams);
}
