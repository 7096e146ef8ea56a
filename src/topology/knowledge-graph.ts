// The knowledge graph: components and typed edges held in graphology, with prebuilt lookup indexes.
// Queries walk only what they visit (iterative BFS, no recursion, no whole-graph allocation per call).
import { MultiDirectedGraph } from 'graphology';
import type { Component, Edge, EdgeType, GraphView, Team, TraversalOptions } from '../sdk/index.js';
import type { TeamDefinition, TopologyDocument } from './topology-document.js';

interface NodeAttrs {
  component: Component;
  [key: string]: unknown;
}
interface EdgeAttrs {
  type: EdgeType;
  attributes: Record<string, unknown>;
  [key: string]: unknown;
}
type Store = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

export interface EdgeInput {
  from: string;
  to: string;
  type: EdgeType;
  attributes?: Record<string, unknown>;
}

export class KnowledgeGraph implements GraphView {
  readonly #graph: Store;
  readonly #byName = new Map<string, string>();
  readonly #byAddress = new Map<string, string>();
  readonly #byWorkload = new Map<string, string>();
  readonly #teams = new Map<string, Team>();
  readonly #metadata: TopologyDocument['metadata'];

  /** Use createKnowledgeGraph() or loadTopology(); this trusts its (already checked) input. */
  constructor(
    components: readonly Component[],
    edges: readonly EdgeInput[],
    teams: readonly TeamDefinition[] = [],
    metadata: TopologyDocument['metadata'] = {},
  ) {
    this.#graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
    this.#metadata = metadata;
    for (const c of components) {
      this.#graph.addNode(c.id, { component: Object.freeze({ ...c }) });
      this.#index(c);
    }
    for (const e of edges) {
      // Edge records stay internal (queries hand out their parts); only attribute maps reach callers,
      // and most edges have none: they share one frozen empty map instead of freezing per edge.
      const attributes =
        e.attributes && hasKeys(e.attributes) ? Object.freeze({ ...e.attributes }) : NO_ATTRIBUTES;
      this.#graph.addEdge(e.from, e.to, { type: e.type, attributes });
    }
    for (const t of teams) {
      this.#teams.set(
        t.id,
        Object.freeze({
          id: t.id,
          name: t.name ?? t.id,
          ...(t.slack ? { slack: t.slack } : {}),
          members: t.members ?? [],
        }),
      );
    }
  }

  #index(c: Component): void {
    const claim = (map: Map<string, string>, key: string) => {
      const k = key.toLowerCase();
      if (!map.has(k)) map.set(k, c.id);
    };
    claim(this.#byName, c.id);
    for (const a of c.aliases) claim(this.#byName, a);
    for (const addr of c.addresses) {
      claim(this.#byAddress, addr);
      claim(this.#byAddress, addr.split(':')[0]!);
    }
    const k8s = c.kubernetes;
    if (k8s?.workload) claim(this.#byWorkload, `${k8s.namespace}/${k8s.workload.name}`);
    if (k8s?.nodeName) claim(this.#byWorkload, `node/${k8s.nodeName}`);
  }

  get size(): number {
    return this.#graph.order;
  }

  get metadata(): TopologyDocument['metadata'] {
    return this.#metadata;
  }

  has(id: string): boolean {
    return this.#graph.hasNode(id);
  }

  component(id: string): Component | undefined {
    return this.#graph.hasNode(id) ? this.#graph.getNodeAttribute(id, 'component') : undefined;
  }

  *components(): IterableIterator<Component> {
    for (const { attributes } of this.#graph.nodeEntries()) yield attributes.component;
  }

  team(id: string): Team | undefined {
    return this.#teams.get(id);
  }

  teams(): Team[] {
    return [...this.#teams.values()];
  }

  resolve(name: string): Component | undefined {
    const key = name.trim().toLowerCase();
    const id =
      this.#byName.get(key) ??
      this.#byAddress.get(key) ??
      this.#byAddress.get(key.split(':')[0]!) ??
      [...this.#byWorkload.entries()].find(([k]) => k.endsWith(`/${key}`))?.[1];
    return id === undefined ? undefined : this.component(id);
  }

  findByAddress(address: string): Component | undefined {
    const key = address.trim().toLowerCase();
    const id = this.#byAddress.get(key) ?? this.#byAddress.get(key.split(':')[0]!);
    return id === undefined ? undefined : this.component(id);
  }

  findByWorkload(namespace: string, name: string): Component | undefined {
    const id = this.#byWorkload.get(`${namespace}/${name}`.toLowerCase());
    return id === undefined ? undefined : this.component(id);
  }

  outEdges(id: string, type?: EdgeType): Edge[] {
    if (!this.#graph.hasNode(id)) return [];
    const out: Edge[] = [];
    this.#graph.forEachOutEdge(id, (_e, attrs, source, target) => {
      if (!type || attrs.type === type)
        out.push({ from: source, to: target, type: attrs.type, attributes: attrs.attributes });
    });
    return out;
  }

  inEdges(id: string, type?: EdgeType): Edge[] {
    if (!this.#graph.hasNode(id)) return [];
    const out: Edge[] = [];
    this.#graph.forEachInEdge(id, (_e, attrs, source, target) => {
      if (!type || attrs.type === type)
        out.push({ from: source, to: target, type: attrs.type, attributes: attrs.attributes });
    });
    return out;
  }

  dependencies(id: string, options: TraversalOptions = {}): string[] {
    return this.#bfs(id, 'out', ['depends-on'], options.depth);
  }

  dependents(id: string, options: TraversalOptions = {}): string[] {
    return this.#bfs(id, 'in', ['depends-on'], options.depth);
  }

  runsOn(id: string): string[] {
    return this.outEdges(id, 'runs-on').map((e) => e.to);
  }

  path(from: string, to: string): string[] | undefined {
    if (!this.has(from) || !this.has(to)) return undefined;
    if (from === to) return [from];
    const parent = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      let found = false;
      this.#graph.forEachOutEdge(node, (_e, attrs, _s, target) => {
        if (found || parent.has(target) || (attrs.type !== 'depends-on' && attrs.type !== 'runs-on')) return;
        parent.set(target, node);
        if (target === to) found = true;
        else queue.push(target);
      });
      if (found) {
        const path = [to];
        for (let cur = to; cur !== from; ) path.push((cur = parent.get(cur)!));
        return path.reverse();
      }
    }
    return undefined;
  }

  neighbourhood(id: string, depth: number): string[] {
    return this.#bfs(id, 'both', ['depends-on', 'runs-on', 'owned-by'], depth);
  }

  toDocument(): TopologyDocument {
    const components = [...this.components()]
      .filter((c) => !c.discovered)
      .map((c) => {
        const deps = this.outEdges(c.id).map((e) =>
          e.type === 'depends-on' && Object.keys(e.attributes).length === 0
            ? e.to
            : { id: e.to, type: e.type as 'depends-on' | 'runs-on', ...e.attributes },
        );
        return {
          id: c.id,
          kind: c.kind,
          ...(c.name ? { name: c.name } : {}),
          ...(c.team ? { team: c.team } : {}),
          ...(c.description ? { description: c.description } : {}),
          ...(c.aliases.length ? { aliases: [...c.aliases] } : {}),
          ...(c.addresses.length ? { addresses: [...c.addresses] } : {}),
          ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
          ...(c.tags.length ? { tags: [...c.tags] } : {}),
          ...(c.metrics ? { metrics: c.metrics } : {}),
          ...(Object.keys(c.labels).length ? { labels: c.labels } : {}),
          ...(deps.length ? { dependsOn: deps } : {}),
        };
      });
    const teams = this.teams().map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.slack ? { slack: t.slack } : {}),
      ...(t.members.length ? { members: t.members } : {}),
    }));
    return {
      apiVersion: 'culprit/v1',
      kind: 'Topology',
      ...(this.#metadata && Object.keys(this.#metadata).length ? { metadata: this.#metadata } : {}),
      ...(teams.length ? { teams } : {}),
      components,
    };
  }

  #bfs(
    start: string,
    direction: 'out' | 'in' | 'both',
    types: readonly EdgeType[],
    maxDepth = Infinity,
  ): string[] {
    if (!this.#graph.hasNode(start) || maxDepth <= 0) return [];
    const seen = new Set<string>([start]);
    const result: string[] = [];
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const next: string[] = [];
      const visit = (_e: string, attrs: EdgeAttrs, source: string, target: string) => {
        if (!types.includes(attrs.type)) return;
        for (const n of [source, target]) {
          if (seen.has(n)) continue;
          seen.add(n);
          result.push(n);
          next.push(n);
        }
      };
      for (const node of frontier) {
        if (direction !== 'in') this.#graph.forEachOutEdge(node, visit);
        if (direction !== 'out') this.#graph.forEachInEdge(node, visit);
      }
      frontier = next;
    }
    return result;
  }
}
