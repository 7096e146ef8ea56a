// A GraphView that adds what an investigation discovered (e.g. Kubernetes Nodes the pods run on) on
// top of the topology without copying it: base queries are delegated, the overlay adds its few nodes.
import type {
  Component,
  DiscoveredNode,
  Edge,
  EdgeType,
  GraphView,
  Team,
  TraversalOptions,
} from '../sdk/index.js';

export function createGraphOverlay(base: GraphView, discovered: readonly DiscoveredNode[]): GraphView {
  return new GraphOverlay(base, discovered);
}

class GraphOverlay implements GraphView {
  readonly #base: GraphView;
  readonly #nodes = new Map<string, Component>();
  readonly #out = new Map<string, Edge[]>();
  readonly #in = new Map<string, Edge[]>();

  constructor(base: GraphView, discovered: readonly DiscoveredNode[]) {
    this.#base = base;
    for (const d of discovered) {
      if (!base.has(d.id) && !this.#nodes.has(d.id)) {
        this.#nodes.set(
          d.id,
          Object.freeze({
            id: d.id,
            kind: d.kind,
            ...(d.name ? { name: d.name } : {}),
            aliases: d.name ? [d.name] : [],
            addresses: [],
            tags: [],
            labels: {},
            discovered: true,
          }),
        );
      }
      for (const user of d.usedBy) {
        if (!base.has(user) || user === d.id) continue;
        const edge: Edge = { from: user, to: d.id, type: d.edgeType, attributes: { discovered: true } };
        if ((this.#out.get(user) ?? []).some((e) => e.to === d.id && e.type === d.edgeType)) continue;
        this.#out.set(user, [...(this.#out.get(user) ?? []), edge]);
        this.#in.set(d.id, [...(this.#in.get(d.id) ?? []), edge]);
      }
    }
  }

  get size(): number {
    return this.#base.size + this.#nodes.size;
  }
  has(id: string): boolean {
    return this.#nodes.has(id) || this.#base.has(id);
  }
  component(id: string): Component | undefined {
    return this.#nodes.get(id) ?? this.#base.component(id);
  }
  *components(): IterableIterator<Component> {
    yield* this.#base.components();
    yield* this.#nodes.values();
  }
  team(id: string): Team | undefined {
    return this.#base.team(id);
  }
  resolve(name: string): Component | undefined {
    return (
      this.#base.resolve(name) ?? [...this.#nodes.values()].find((n) => n.id === name || n.name === name)
    );
  }
  findByAddress(address: string): Component | undefined {
    return this.#base.findByAddress(address);
  }
  findByWorkload(namespace: string, name: string): Component | undefined {
    return this.#base.findByWorkload(namespace, name);
  }
  outEdges(id: string, type?: EdgeType): Edge[] {
    const extra = (this.#out.get(id) ?? []).filter((e) => !type || e.type === type);
    return this.#nodes.has(id) ? extra : [...this.#base.outEdges(id, type), ...extra];
  }
  inEdges(id: string, type?: EdgeType): Edge[] {
    const extra = (this.#in.get(id) ?? []).filter((e) => !type || e.type === type);
    return this.#nodes.has(id) ? extra : [...this.#base.inEdges(id, type), ...extra];
  }
  dependencies(id: string, options: TraversalOptions = {}): string[] {
    return this.#bfs(id, (n) => this.outEdges(n, 'depends-on').map((e) => e.to), options.depth);
  }
  dependents(id: string, options: TraversalOptions = {}): string[] {
    return this.#bfs(id, (n) => this.inEdges(n, 'depends-on').map((e) => e.from), options.depth);
  }
  runsOn(id: string): string[] {
    return this.outEdges(id, 'runs-on').map((e) => e.to);
  }
  path(from: string, to: string): string[] | undefined {
    if (!this.has(from) || !this.has(to)) return undefined;
    const parent = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      if (node === to) {
        const path = [to];
        for (let cur = to; cur !== from; ) path.push((cur = parent.get(cur)!));
        return path.reverse();
      }
      for (const e of this.outEdges(node)) {
        if (e.type === 'owned-by' || parent.has(e.to)) continue;
        parent.set(e.to, node);
        queue.push(e.to);
      }
    }
    return undefined;
  }
  neighbourhood(id: string, depth: number): string[] {
    return this.#bfs(
      id,
      (n) => [...this.outEdges(n).map((e) => e.to), ...this.inEdges(n).map((e) => e.from)],
      depth,
    );
  }

  #bfs(start: string, next: (id: string) => string[], maxDepth = Infinity): string[] {
    if (!this.has(start)) return [];
    const seen = new Set([start]);
    const result: string[] = [];
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const following: string[] = [];
      for (const node of frontier) {
        for (const n of next(node)) {
          if (seen.has(n)) continue;
          seen.add(n);
          result.push(n);
          following.push(n);
        }
      }
      frontier = following;
    }
    return result;
  }
}
