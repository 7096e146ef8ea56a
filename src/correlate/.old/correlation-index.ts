// Graph answers correlation needs for every hypothesis at once, computed once per investigation: distance
// and path from the named components (one BFS each), explained-symptom sets (bitsets), strongest upstream.
import type { GraphView } from '../../sdk/index.js';

// ---------------------------------------------------------------------------------------------
// Distance and path from the named components.

export interface NamedReach {
  /** Hops from the nearest named component (first in sorted order on ties); Infinity when none. */
  distance(node: string): number;
  /** That component's shortest path to `node` (GraphView.path's), or undefined. */
  path(node: string): string[] | undefined;
}

/** One breadth-first search per named component over depends-on and runs-on, as GraphView.path walks. */
export function reachFromNamed(graph: GraphView, named: readonly string[]): NamedReach {
  const searches = named.map((n) => bfsParents(graph, n));
  const nearest = (node: string): [number, Map<string, [string, number]>] | undefined => {
    let best: [number, Map<string, [string, number]>] | undefined;
    for (const parents of searches) {
      const hit = parents.get(node);
      if (hit && (!best || hit[1] < best[0])) best = [hit[1], parents];
    }
    return best;
  };
  return {
    distance: (node) => nearest(node)?.[0] ?? Infinity,
    path(node) {
      const best = nearest(node);
      if (!best) return undefined;
      const parents = best[1];
      const path = [node];
      for (let cur = node; parents.get(cur)![1] > 0; ) path.push((cur = parents.get(cur)![0]));
      return path.reverse();
    },
  };
}

function bfsParents(graph: GraphView, from: string): Map<string, [string, number]> {
  const parents = new Map<string, [string, number]>([[from, [from, 0]]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const depth = parents.get(node)![1] + 1;
    for (const e of graph.outEdges(node)) {
      if ((e.type !== 'depends-on' && e.type !== 'runs-on') || parents.has(e.to)) continue;
      parents.set(e.to, [node, depth]);
      queue.push(e.to);
    }
  }
  return parents;
}

// ---------------------------------------------------------------------------------------------
// Strongly connected components (iterative Tarjan), emitted successors first.

export interface Condensation {
  /** Components in emission order: every component after those it reaches. */
  components: string[][];
  componentOf: Map<string, number>;
  /** Components with a cycle (more than one node, or a self-loop). */
  cyclic: boolean[];
  successors: (node: string) => readonly string[];
}

export function condense(roots: Iterable<string>, next: (node: string) => readonly string[]): Condensation {
  const succ = new Map<string, readonly string[]>();
  const successors = (n: string) => {
    let s = succ.get(n);
    if (!s) succ.set(n, (s = next(n)));
    return s;
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const componentOf = new Map<string, number>();
  const cyclic: boolean[] = [];
  let counter = 0;
  for (const root of roots) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      const out = successors(node);
      if (i < out.length) {
        frame[1]++;
        const m = out[i]!;
        if (!index.has(m)) {
          index.set(m, counter);
          low.set(m, counter++);
          stack.push(m);
          onStack.add(m);
          work.push([m, 0]);
        } else if (onStack.has(m)) low.set(node, Math.min(low.get(node)!, index.get(m)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const members: string[] = [];
        let m: string;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          componentOf.set(m, components.length);
          members.push(m);
        } while (m !== node);
        cyclic.push(members.length > 1 || successors(node).includes(node));
        components.push(members);
      }
    }
  }
  return { components, componentOf, cyclic, successors };
}

// ---------------------------------------------------------------------------------------------
// Fixed-size bitsets over symptom indices.

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
 * For each root, the symptoms at it and at everything that depends on it, transitively (its
 * reflexive dependents closure), as bitsets shared between nodes where they are equal.
 */
export function dependentsClosures(
  graph: GraphView,
  roots: Iterable<string>,
  symptomNodes: readonly string[],
): (node: string) => Bits {
  const size = symptomNodes.length;
  const own = new Map<string, number[]>();
  symptomNodes.forEach((n, i) => {
    const list = own.get(n);
    if (list) list.push(i);
    else own.set(n, [i]);
  });
  const c = condense(roots, (n) => graph.inEdges(n, 'depends-on').map((e) => e.from));
  const closure: Bits[] = [];
  const empty = newBits(size);
  c.components.forEach((members, k) => {
    const seen = new Set<number>([k]);
    const parts: Bits[] = [];
    for (const m of members)
      for (const s of c.successors(m)) {
        const j = c.componentOf.get(s)!;
        if (!seen.has(j)) {
          seen.add(j);
          if (closure[j] !== empty) parts.push(closure[j]!);
        }
      }
    const ownBits = members.flatMap((m) => own.get(m) ?? []);
    if (ownBits.length === 0 && parts.length <= 1) {
      closure.push(parts[0] ?? empty);
      return;
    }
    const bits = newBits(size);
    for (const i of ownBits) setBit(bits, i);
    for (const p of parts) orInto(bits, p);
    closure.push(bits);
  });
  return (node) => {
    const k = c.componentOf.get(node);
    return k === undefined ? empty : closure[k]!;
  };
}

// ---------------------------------------------------------------------------------------------
// The strongest item upstream: over a node's dependencies (transitively) and the hosts that it or
// any of them runs on. Top two kept so that an item can be excluded from its own upstream.

export type Better<T> = (a: T, b: T) => boolean;

export interface UpstreamBest<T> {
  /** Undefined when the node sits on a dependency cycle: answer it by walking the graph instead. */
  top(node: string): readonly T[] | undefined;
}

export function strongestUpstream<T>(
  graph: GraphView,
  roots: Iterable<string>,
  itemsAt: (node: string) => readonly T[],
  better: Better<T>,
): UpstreamBest<T> {
  const c = condense(roots, (n) => graph.outEdges(n, 'depends-on').map((e) => e.to));
  const top2 = (lists: (readonly T[])[]): T[] => {
    const out: T[] = [];
    for (const list of lists)
      for (const item of list) {
        if (out.includes(item)) continue;
        if (out.length < 2) out.push(item);
        else if (better(item, out[1]!)) out[1] = item;
        else continue;
        if (out.length === 2 && better(out[1]!, out[0]!)) out.reverse();
      }
    return out;
  };
  const hostsOf = (n: string) => graph.outEdges(n, 'runs-on').map((e) => top2([itemsAt(e.to)]));
  // Reflexive: at the component's nodes and below; and at the hosts of those nodes.
  const here: T[][] = [];
  const hosts: T[][] = [];
  const successorComponents = (k: number) => {
    const out = new Set<number>();
    for (const m of c.components[k]!)
      for (const s of c.successors(m)) if (c.componentOf.get(s) !== k) out.add(c.componentOf.get(s)!);
    return [...out];
  };
  c.components.forEach((members, k) => {
    const below = successorComponents(k);
    here.push(top2([...members.map(itemsAt), ...below.map((j) => here[j]!)]));
    hosts.push(top2([...members.flatMap(hostsOf), ...below.map((j) => hosts[j]!)]));
  });
  return {
    top(node) {
      const k = c.componentOf.get(node);
      if (k === undefined) return [];
      if (c.cyclic[k]) return undefined;
      const below = successorComponents(k);
      return top2([...below.map((j) => here[j]!), ...hostsOf(node), ...below.map((j) => hosts[j]!)]);
    },
  };
}
