// The symptoms of one correlation grouped by node: one bit per symptomatic node, so an explained set is a
// node bitset (plus the few symptoms explained one by one, as a target) — counted and listed without
// expanding it into one bit per symptom. Symptom indices are those of the canonical symptom list.
import { hasBit, NodeColumn, type Bits } from './correlation-index.js';

/** What one hypothesis node explains: whole symptomatic nodes, and single symptoms besides. */
export interface Explained {
  nodes: Bits;
  /** Symptom indices explained one by one, ascending, none at a node of `nodes`. */
  extra: readonly number[];
  count: number;
}

const NONE: readonly number[] = [];

export class SymptomTable {
  /** Bit of each symptomatic node (by node index), -1 for the others. */
  readonly #bit = new NodeColumn(0, -1);
  readonly bits: number;
  /** Symptom indices of each bit, ascending. */
  readonly #members: number[][] = [];
  readonly #weight: Int32Array;
  readonly #wordWeight: Int32Array;
  /** Whether each node's symptoms are contiguous and bits ascend with them (canonical order keeps both). */
  readonly #ranges: boolean;

  /** `symptomNodes[i]`: the node index of symptom i. */
  constructor(symptomNodes: readonly number[]) {
    let ranges = true;
    symptomNodes.forEach((node, i) => {
      let b = this.#bit.get(node);
      if (b < 0) {
        this.#bit.set(node, (b = this.#members.length));
        this.#members.push([]);
      }
      const list = this.#members[b]!;
      if (b !== this.#members.length - 1 || (list.length > 0 && list[list.length - 1] !== i - 1))
        ranges = false;
      list.push(i);
    });
    this.bits = this.#members.length;
    this.#ranges = ranges;
    this.#weight = Int32Array.from(this.#members, (m) => m.length);
    this.#wordWeight = new Int32Array((this.bits + 31) >>> 5);
    this.#weight.forEach((w, b) => (this.#wordWeight[b >>> 5]! += w));
  }

  bitOf(node: number): number {
    return this.#bit.get(node);
  }

  /** Indices of the symptoms at a node, ascending. */
  symptomsAt(node: number): readonly number[] {
    const b = this.#bit.get(node);
    return b < 0 ? NONE : this.#members[b]!;
  }

  /** How many symptoms a node bitset covers. */
  count(nodes: Bits): number {
    let total = 0;
    for (let w = 0; w < nodes.length; w++) {
      let v = nodes[w]!;
      if (v === 0) continue;
      if (v === 0xffffffff) {
        total += this.#wordWeight[w]!;
        continue;
      }
      while (v !== 0) {
        const low = v & -v;
        total += this.#weight[(w << 5) + 31 - Math.clz32(low)]!;
        v ^= low;
      }
    }
    return total;
  }

  /** The explained symptoms (`items[i]` for each explained index i) in increasing order, at most `limit`. */
  list<T>(e: Explained, limit: number, items: readonly T[]): T[] {
    const out: T[] = [];
    limit = Math.min(limit, e.count);
    const extra = e.extra;
    let x = 0;
    if (!this.#ranges) {
      const all: number[] = [...extra];
      this.#members.forEach((m, b) => hasBit(e.nodes, b) && all.push(...m));
      return all
        .sort((a, b) => a - b)
        .slice(0, limit)
        .map((i) => items[i]!);
    }
    for (let w = 0; w < e.nodes.length && out.length < limit; w++) {
      let v = e.nodes[w]!;
      while (v !== 0 && out.length < limit) {
        const low = v & -v;
        const members = this.#members[(w << 5) + 31 - Math.clz32(low)]!;
        for (let m = 0; m < members.length && out.length < limit; m++) {
          const i = members[m]!;
          while (x < extra.length && extra[x]! < i && out.length < limit) out.push(items[extra[x++]!]!);
          if (out.length < limit) out.push(items[i]!);
        }
        v ^= low;
      }
    }
    while (x < extra.length && out.length < limit) out.push(items[extra[x++]!]!);
    return out;
  }
}
