// Integer view of the part of a GraphView one correlation visits: node ids interned to 0..n-1 on first
// sight, each node's edges fetched once (in the GraphView's own order, which path answers depend on).
// Lazy, so an investigation scoped to a few nodes of a large topology never touches the rest.
import type { EdgeType, GraphView } from '../sdk/index.js';

export const DEPENDS_ON = 0;
export const RUNS_ON = 1;
export const OWNED_BY = 2;
const TYPE_CODE: Record<EdgeType, number> = {
  'depends-on': DEPENDS_ON,
  'runs-on': RUNS_ON,
  'owned-by': OWNED_BY,
};
const NOT_LOADED = -1;

/** Edges of one direction: for node i, `node[k]`/`type[k]` for k in [start(i), end(i)). */
class EdgeLists {
  node = new Int32Array(1024);
  type = new Uint8Array(1024);
  begin = new Int32Array(256).fill(NOT_LOADED);
  finish = new Int32Array(256);
  used = 0;

  append(i: number, targets: readonly number[], types: readonly number[]): void {
    if (i >= this.begin.length) {
      const size = Math.max(i + 1, this.begin.length * 2);
      this.begin = grow(this.begin, size, NOT_LOADED);
      this.finish = grow(this.finish, size, 0);
    }
    if (this.used + targets.length > this.node.length) {
      const size = Math.max(this.used + targets.length, this.node.length * 2);
      this.node = grow(this.node, size, 0);
      const t = new Uint8Array(size);
      t.set(this.type);
      this.type = t;
    }
    this.begin[i] = this.used;
    for (let k = 0; k < targets.length; k++) {
      this.node[this.used] = targets[k]!;
      this.type[this.used++] = types[k]!;
    }
    this.finish[i] = this.used;
  }

  loaded(i: number): boolean {
    return i < this.begin.length && this.begin[i] !== NOT_LOADED;
  }
}

function grow(a: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

export class AdjacencyIndex {
  readonly graph: GraphView;
  /** Node id of each index. */
  readonly ids: string[] = [];
  readonly #index = new Map<string, number>();
  readonly #out = new EdgeLists();
  readonly #in = new EdgeLists();

  constructor(graph: GraphView) {
    this.graph = graph;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of `id`, interning it (a node the graph does not know has no edges). */
  indexOf(id: string): number {
    let i = this.#index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.#index.set(id, i);
    }
    return i;
  }

  /** The index of `id` if it was interned, else -1. */
  peek(id: string): number {
    return this.#index.get(id) ?? -1;
  }

  /** Out-edges of node i: read `outNode`/`outType` over [outStart(i), outEnd(i)) after this call. */
  out(i: number): EdgeLists {
    if (!this.#out.loaded(i)) {
      const edges = this.graph.outEdges(this.ids[i]!);
      this.#out.append(
        i,
        edges.map((e) => this.indexOf(e.to)),
        edges.map((e) => TYPE_CODE[e.type]),
      );
    }
    return this.#out;
  }

  /** In-edges of node i (the `node` of each is its source), loaded on first use like out(). */
  in(i: number): EdgeLists {
    if (!this.#in.loaded(i)) {
      const edges = this.graph.inEdges(this.ids[i]!);
      this.#in.append(
        i,
        edges.map((e) => this.indexOf(e.from)),
        edges.map((e) => TYPE_CODE[e.type]),
      );
    }
    return this.#in;
  }

  /** Neighbours of i over edges of one type, in the graph's order. */
  outOfType(i: number, type: number): number[] {
    return collect(this.out(i), i, type);
  }

  inOfType(i: number, type: number): number[] {
    return collect(this.in(i), i, type);
  }
}

export type { EdgeLists };

function collect(lists: EdgeLists, i: number, type: number): number[] {
  const out: number[] = [];
  for (let k = lists.begin[i]!, end = lists.finish[i]!; k < end; k++)
    if (lists.type[k] === type) out.push(lists.node[k]!);
  return out;
}
