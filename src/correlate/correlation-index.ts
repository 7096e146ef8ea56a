// Graph answers correlation needs for every hypothesis at once, computed once per investigation over
// integer node indices (adjacency-index.ts): distance and path from the named components (one BFS each),
// explained-symptom sets (bitsets in one slab), strongest upstream. No string-keyed lookups in hot loops.
import { DEPENDS_ON, RUNS_ON, type AdjacencyIndex } from './adjacency-index.js';

/** An Int32Array indexed by node that grows with the index; unset entries read as `empty`. */
export class NodeColumn {
  #a: Int32Array;
  readonly #empty: number;
  constructor(size: number, empty: number) {
    this.#a = new Int32Array(Math.max(16, size)).fill(empty);
    this.#empty = empty;
  }
  get(i: number): number {
    return i < this.#a.length ? this.#a[i]! : this.#empty;
  }
  set(i: number, v: number): void {
    if (i >= this.#a.length) {
      const b = new Int32Array(Math.max(i + 1, this.#a.length * 2)).fill(this.#empty);
      b.set(this.#a);
      this.#a = b;
    }
    this.#a[i] = v;
  }
}

// ---------------------------------------------------------------------------------------------
// Distance and path from the named components.

export interface NamedReach {
  /** Hops from the nearest named component (first in sorted order on ties); Infinity when none. */
  distance(node: number): number;
  /** That component's shortest path to `node` (GraphView.path's), or undefined. */
  path(node: number): string[] | undefined;
}

/** One breadth-first search per named component over depends-on and runs-on, as GraphView.path walks. */
export function reachFromNamed(index: AdjacencyIndex, named: readonly number[]): NamedReach {
  const searches = named.map((n) => bfsParents(index, n));
  const nearest = (node: number): number => {
    let best = -1;
    let bestDepth = Infinity;
    for (let s = 0; s < searches.length; s++) {
      const d = searches[s]!.depth.get(node);
      if (d >= 0 && d < bestDepth) {
        bestDepth = d;
        best = s;
      }
    }
    return best;
  };
  return {
    distance(node) {
      const s = nearest(node);
      return s < 0 ? Infinity : searches[s]!.depth.get(node);
    },
    path(node) {
      const s = nearest(node);
      if (s < 0) return undefined;
      const { parent, depth } = searches[s]!;
      const path = [index.ids[node]!];
      for (let cur = node; depth.get(cur) > 0; ) path.push(index.ids[(cur = parent.get(cur))]!);
      return path.reverse();
    },
  };
}

function bfsParents(index: AdjacencyIndex, from: number): { parent: NodeColumn; depth: NodeColumn } {
  const parent = new NodeColumn(index.size, -1);
  const depth = new NodeColumn(index.size, -1);
  parent.set(from, from);
  depth.set(from, 0);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const next = depth.get(node) + 1;
    const out = index.out(node);
    for (let k = out.begin[node]!, end = out.finish[node]!; k < end; k++) {
      const type = out.type[k]!;
      const to = out.node[k]!;
      if ((type !== DEPENDS_ON && type !== RUNS_ON) || depth.get(to) >= 0) continue;
      parent.set(to, node);
      depth.set(to, next);
      queue.push(to);
    }
  }
  return { parent, depth };
}

/**
 * Scratch space of the per-node searches below, reused between them: no allocation per search. A
 * search stamps what it has seen with a fresh number, so nothing is cleared between searches.
 */
export class SearchScratch {
  seen = new Int32Array(64);
  parent = new Int32Array(64);
  queue = new Int32Array(64);
  #stamp = 0;

  /** A fresh stamp, with room for `size` nodes. */
  begin(size: number): number {
    this.fit(size);
    return ++this.#stamp;
  }

  /** Room for `size` nodes, keeping what the current search has written (the index grew under it). */
  fit(size: number): void {
    if (this.seen.length >= size) return;
    const n = Math.max(size, this.seen.length * 2);
    for (const k of ['seen', 'parent', 'queue'] as const) {
      const a = new Int32Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }
}

/**
 * GraphView.path(from, to): the shortest path over depends-on and runs-on, ties broken by edge order
 * (breadth-first, the first discovery of each node kept).
 */
export function shortestPath(
  index: AdjacencyIndex,
  from: number,
  to: number,
  scratch: SearchScratch,
): string[] | undefined {
  if (from === to) return [index.ids[from]!];
  const stamp = scratch.begin(index.size);
  scratch.seen[from] = stamp;
  scratch.queue[0] = from;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = scratch.queue[head]!;
    const out = index.out(node);
    scratch.fit(index.size); // loading the edges may have interned nodes
    const { seen, parent, queue } = scratch;
    for (let k = out.begin[node]!, end = out.finish[node]!; k < end; k++) {
      const type = out.type[k]!;
      const next = out.node[k]!;
      if ((type !== DEPENDS_ON && type !== RUNS_ON) || seen[next] === stamp) continue;
      seen[next] = stamp;
      parent[next] = node;
      if (next === to) {
        const path = [index.ids[to]!];
        for (let cur = to; cur !== from; ) path.push(index.ids[(cur = parent[cur]!)]!);
        return path.reverse();
      }
      queue[tail++] = next;
    }
  }
  return undefined;
}

/**
 * The last node, in GraphView.dependents(node) order (breadth-first over depends-on in-edges, nearest
 * first), for which `wanted` holds; -1 when none.
 */
export function lastDependent(
  index: AdjacencyIndex,
  node: number,
  wanted: (n: number) => boolean,
  scratch: SearchScratch,
): number {
  let last = -1;
  const stamp = scratch.begin(index.size);
  scratch.seen[node] = stamp;
  scratch.queue[0] = node;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const cur = scratch.queue[head]!;
    const ins = index.in(cur);
    scratch.fit(index.size);
    const { seen, queue } = scratch;
    for (let k = ins.begin[cur]!, end = ins.finish[cur]!; k < end; k++) {
      const from = ins.node[k]!;
      if (ins.type[k] !== DEPENDS_ON || seen[from] === stamp) continue;
      seen[from] = stamp;
      if (wanted(from)) last = from;
      queue[tail++] = from;
    }
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Strongly connected components (iterative Tarjan), emitted successors first.

export interface Condensation {
  /** Components in emission order: every component after those it reaches. */
  components: number[][];
  componentOf: NodeColumn;
  /** Components with a cycle (more than one node, or a self-loop). */
  cyclic: boolean[];
  /** Each component's successor components, in first-seen order over its members' successors. */
  below: number[][];
  successors: (node: number) => readonly number[];
}

export function condense(roots: Iterable<number>, next: (node: number) => number[]): Condensation {
  const succ: (number[] | undefined)[] = [];
  const successors = (n: number) => succ[n] ?? (succ[n] = next(n));
  const order = new NodeColumn(0, -1);
  const low = new NodeColumn(0, -1);
  const onStack = new NodeColumn(0, 0);
  const stack: number[] = [];
  const components: number[][] = [];
  const componentOf = new NodeColumn(0, -1);
  const cyclic: boolean[] = [];
  let counter = 0;
  const workNode: number[] = [];
  const workEdge: number[] = [];
  for (const root of roots) {
    if (order.get(root) >= 0) continue;
    workNode.push(root);
    workEdge.push(0);
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.set(root, 1);
    while (workNode.length > 0) {
      const top = workNode.length - 1;
      const node = workNode[top]!;
      const i = workEdge[top]!;
      const out = successors(node);
      if (i < out.length) {
        workEdge[top] = i + 1;
        const m = out[i]!;
        if (order.get(m) < 0) {
          order.set(m, counter);
          low.set(m, counter++);
          stack.push(m);
          onStack.set(m, 1);
          workNode.push(m);
          workEdge.push(0);
        } else if (onStack.get(m) === 1) low.set(node, Math.min(low.get(node), order.get(m)));
        continue;
      }
      workNode.pop();
      workEdge.pop();
      if (workNode.length > 0) {
        const parent = workNode[workNode.length - 1]!;
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === order.get(node)) {
        const members: number[] = [];
        let m: number;
        do {
          m = stack.pop()!;
          onStack.set(m, 0);
          componentOf.set(m, components.length);
          members.push(m);
        } while (m !== node);
        cyclic.push(members.length > 1 || successors(node).includes(node));
        components.push(members);
      }
    }
  }
  const below = components.map((members, k) => {
    const out: number[] = [];
    for (const m of members)
      for (const s of successors(m)) {
        const j = componentOf.get(s);
        if (j !== k && !out.includes(j)) out.push(j);
      }
    return out;
  });
  return { components, componentOf, cyclic, below, successors };
}

// ---------------------------------------------------------------------------------------------
// Fixed-size bitsets.

export type Bits = Uint32Array;

export function newBits(size: number): Bits {
  return new Uint32Array((size + 31) >>> 5);
}

export function setBit(bits: Bits, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(bits: Bits, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

export function orInto(target: Bits, source: Bits): void {
  for (let w = 0; w < target.length; w++) target[w]! |= source[w]!;
}

export function popcount(bits: Bits): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Set indices in increasing order, at most `limit`. */
export function bitIndices(bits: Bits, limit = Infinity): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length && out.length < limit; w++) {
    let v = bits[w]!;
    while (v !== 0 && out.length < limit) {
      const low = v & -v;
      out.push((w << 5) + 31 - Math.clz32(low));
      v ^= low;
    }
  }
  return out;
}

/**
 * For each root, the bits of `ownBit` (one per node that has any; -1 for none) at it and at everything
 * that depends on it, transitively (its reflexive dependents closure). Bitsets live in one slab and are
 * shared between components where equal (one reachable part and nothing of their own).
 */
export function dependentsClosures(
  index: AdjacencyIndex,
  roots: Iterable<number>,
  ownBit: (node: number) => number,
  size: number,
): (node: number) => Bits {
  const c = condense(roots, (n) => index.inOfType(n, DEPENDS_ON));
  const words = (size + 31) >>> 5;
  const empty = newBits(size);
  // First pass: which components need bits of their own (share[k] = k) and which reuse another's.
  const share = new Int32Array(c.components.length);
  const own: number[][] = [];
  let slots = 0;
  c.components.forEach((members, k) => {
    const bits: number[] = [];
    for (const m of members) {
      const b = ownBit(m);
      if (b >= 0) bits.push(b);
    }
    own.push(bits);
    let shared = -1; // -1: nothing below; -2: more than one distinct part
    for (const j of c.below[k]!) {
      const s = share[j]!;
      if (s === -1 || s === shared) continue;
      shared = shared === -1 ? s : -2;
    }
    if (bits.length === 0 && shared !== -2) share[k] = shared;
    else {
      share[k] = k;
      slots++;
    }
  });
  const slab = new Uint32Array(slots * words);
  const closure: Bits[] = [];
  let used = 0;
  c.components.forEach((_, k) => {
    const s = share[k]!;
    if (s !== k) {
      closure.push(s === -1 ? empty : closure[s]!);
      return;
    }
    const bits = slab.subarray(used * words, ++used * words);
    for (const b of own[k]!) setBit(bits, b);
    for (const j of c.below[k]!) if (share[j] !== -1) orInto(bits, closure[j]!);
    closure.push(bits);
  });
  return (node) => {
    const k = c.componentOf.get(node);
    return k < 0 ? empty : closure[k]!;
  };
}

// ---------------------------------------------------------------------------------------------
// The strongest item upstream: over a node's dependencies (transitively) and the hosts that it or
// any of them runs on. Top two kept so that an item can be excluded from its own upstream.

export type Better<T> = (a: T, b: T) => boolean;

export interface UpstreamBest<T> {
  /** Undefined when the node sits on a dependency cycle: answer it by walking the graph instead. */
  top(node: number): readonly T[] | undefined;
}

export function strongestUpstream<T>(
  index: AdjacencyIndex,
  roots: Iterable<number>,
  itemsAt: (node: number) => readonly T[],
  better: Better<T>,
): UpstreamBest<T> {
  const c = condense(roots, (n) => index.outOfType(n, DEPENDS_ON));
  // Merges `list` into the top two `out`, as one pass over the concatenated lists would.
  const merge = (out: T[], list: readonly T[]): T[] => {
    for (const item of list) {
      if (out.includes(item)) continue;
      if (out.length < 2) out.push(item);
      else if (better(item, out[1]!)) out[1] = item;
      else continue;
      if (out.length === 2 && better(out[1]!, out[0]!)) out.reverse();
    }
    return out;
  };
  const hostTop = new Map<number, T[]>();
  const mergeHosts = (out: T[], n: number) => {
    for (const h of index.outOfType(n, RUNS_ON)) {
      let top = hostTop.get(h);
      if (!top) hostTop.set(h, (top = merge([], itemsAt(h))));
      merge(out, top);
    }
    return out;
  };
  // Reflexive: at the component's nodes and below; and at the hosts of those nodes.
  const here: T[][] = [];
  const hosts: T[][] = [];
  c.components.forEach((members, k) => {
    const below = c.below[k]!;
    const h: T[] = [];
    for (const m of members) merge(h, itemsAt(m));
    for (const j of below) merge(h, here[j]!);
    here.push(h);
    const o: T[] = [];
    for (const m of members) mergeHosts(o, m);
    for (const j of below) merge(o, hosts[j]!);
    hosts.push(o);
  });
  return {
    top(node) {
      const k = c.componentOf.get(node);
      if (k < 0) return [];
      if (c.cyclic[k]) return undefined;
      const below = c.below[k]!;
      const out: T[] = [];
      for (const j of below) merge(out, here[j]!);
      mergeHosts(out, node);
      for (const j of below) merge(out, hosts[j]!);
      return out;
    },
  };
}
