// The part of the topology a report is about (scope, symptoms, ranked causes and the cause path),
// laid out in layers left to right (dependents before their dependencies). Pure: no drawing here.
import type { GraphView, Report } from '../sdk/index.js';

export interface NeighbourhoodNode {
  id: string;
  kind: string;
  /** Roles in the report: the top cause, on its path to a named component, showing a symptom, named. */
  roles: { cause: boolean; path: boolean; symptom: boolean; named: boolean; hypothesis: boolean };
  layer: number;
  x: number;
  y: number;
}

export interface NeighbourhoodEdge {
  from: string;
  to: string;
  type: string;
  /** On the cause path (from the cause up to the component the incident names). */
  path: boolean;
}

export interface Neighbourhood {
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 44;
const LAYER_GAP = 84;
const ROW_GAP = 22;
const MARGIN = 16;
/** A picture people can read; the rest of a big scope is in the tables. */
const MAX_NODES = 60;

export function reportNeighbourhood(report: Report, graph?: GraphView): Neighbourhood {
  const top = report.hypotheses[0];
  const ids = new Set<string>();
  const add = (id: string | undefined) => void (id && ids.size < MAX_NODES && ids.add(id));
  top?.path.forEach(add);
  report.scope.named.forEach(add);
  report.symptoms.forEach((s) => add(s.node));
  report.hypotheses.slice(0, 5).forEach((h) => add(h.node));
  // Infrastructure the collectors found is drawn only when it matters (a cause, a symptom, a path).
  report.scope.nodes.filter((id) => !graph || graph.has(id)).forEach(add);

  const pathPairs = new Set<string>();
  if (top) for (let i = 1; i < top.path.length; i++) pathPairs.add(`${top.path[i]}>${top.path[i - 1]}`);
  const edges: NeighbourhoodEdge[] = [];
  const seen = new Set<string>();
  const pushEdge = (from: string, to: string, type: string) => {
    const key = `${from}>${to}`;
    if (seen.has(key) || from === to) return;
    seen.add(key);
    edges.push({ from, to, type, path: pathPairs.has(key) || pathPairs.has(`${to}>${from}`) });
  };
  for (const id of [...ids].sort()) {
    if (!graph?.has(id)) continue;
    for (const e of graph.outEdges(id)) if (ids.has(e.to)) pushEdge(e.from, e.to, e.type);
  }
  // The path may run through nodes the collectors discovered (a Kubernetes Node): draw it anyway.
  if (top) for (let i = 1; i < top.path.length; i++) pushEdge(top.path[i]!, top.path[i - 1]!, 'depends-on');

  const symptomNodes = new Set(report.symptoms.map((s) => s.node));
  const hypothesisNodes = new Set(report.hypotheses.map((h) => h.node));
  const named = new Set(report.scope.named);
  const layers = layerOf([...ids], edges);
  const byLayer = new Map<number, string[]>();
  for (const id of [...ids].sort()) {
    const l = layers.get(id)!;
    byLayer.set(l, [...(byLayer.get(l) ?? []), id]);
  }
  orderByBarycentre(byLayer, edges);
  const nodes: NeighbourhoodNode[] = [];
  let rows = 0;
  for (const [layer, members] of [...byLayer].sort((a, b) => a[0] - b[0])) {
    rows = Math.max(rows, members.length);
    members.forEach((id, row) =>
      nodes.push({
        id,
        kind: graph?.component(id)?.kind ?? 'node',
        roles: {
          cause: id === top?.node,
          path: top?.path.includes(id) ?? false,
          symptom: symptomNodes.has(id),
          named: named.has(id),
          hypothesis: hypothesisNodes.has(id),
        },
        layer,
        x: MARGIN + layer * (NODE_WIDTH + LAYER_GAP),
        y: MARGIN + row * (NODE_HEIGHT + ROW_GAP),
      }),
    );
  }
  const layersCount = byLayer.size === 0 ? 0 : Math.max(...byLayer.keys()) + 1;
  return {
    nodes,
    edges,
    width: MARGIN * 2 + Math.max(1, layersCount) * NODE_WIDTH + Math.max(0, layersCount - 1) * LAYER_GAP,
    height: MARGIN * 2 + Math.max(1, rows) * NODE_HEIGHT + Math.max(0, rows - 1) * ROW_GAP,
  };
}

/** Longest-path layering: a node sits one layer right of every node that depends on it. */
function layerOf(ids: string[], edges: NeighbourhoodEdge[]): Map<string, number> {
  const layer = new Map(ids.map((id) => [id, 0]));
  // Bounded relaxation: terminates on cycles (a cycle's members just stop moving after |V| rounds).
  for (let round = 0; round < ids.length; round++) {
    let moved = false;
    for (const e of edges) {
      const next = (layer.get(e.from) ?? 0) + 1;
      if (next > (layer.get(e.to) ?? 0) && next < ids.length) {
        layer.set(e.to, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return layer;
}

/** One sweep of the barycentre heuristic so edges cross less; ties by id keep it deterministic. */
function orderByBarycentre(byLayer: Map<number, string[]>, edges: NeighbourhoodEdge[]): void {
  const keys = [...byLayer.keys()].sort((a, b) => a - b);
  for (let i = 1; i < keys.length; i++) {
    const previous = byLayer.get(keys[i - 1]!)!;
    const position = new Map(previous.map((id, index) => [id, index]));
    const centre = (id: string) => {
      const ps = edges.filter((e) => e.to === id && position.has(e.from)).map((e) => position.get(e.from)!);
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : Number.MAX_SAFE_INTEGER;
    };
    const members = byLayer.get(keys[i]!)!;
    const centres = new Map(members.map((id) => [id, centre(id)]));
    members.sort((a, b) => centres.get(a)! - centres.get(b)! || a.localeCompare(b));
  }
}
