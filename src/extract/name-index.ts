// The name index of one topology, built once: exact names, separator-free forms, names without a
// service suffix, stems and a deletion index for misspellings — so a lookup never scans the topology.
import type { GraphView } from '../sdk/index.js';
import { editDistance } from './edit-distance.js';

export type NameVia = 'id' | 'alias' | 'workload' | 'address' | 'pod' | 'fuzzy' | 'team';

export interface NameTerm {
  node: string;
  via: NameVia;
  score: number;
}

export const NAME_SCORES: Record<NameVia | 'stem', number> = {
  id: 1,
  alias: 0.95,
  workload: 0.95,
  address: 0.95,
  pod: 0.9,
  stem: 0.8,
  fuzzy: 0.7,
  team: 0.5,
};

/** Words that turn a name into a service name ("user svc", "contacts-service", "cart api"). */
export const SERVICE_WORDS = ['service', 'svc', 'api', 'server'];
const SERVICE_SUFFIX = /[-_. ]?(service|svc|api|server)$/;
/** Kinds people name with their kind word ("ledger db"): a bare stem prefers the service. */
const STORE_KINDS = new Set(['database', 'cache', 'queue', 'storage']);
const MIN_STEM = 5;
/** A stem shared by more components than this names none of them (and bounds the lookup). */
const MAX_STEM_CANDIDATES = 8;

export interface NameIndex {
  /** Exact (lower-case) names: ids, aliases, display names, workloads, addresses. */
  readonly terms: ReadonlyMap<string, NameTerm>;
  /** Team id or display name → its components. */
  readonly teams: ReadonlyMap<string, readonly string[]>;
  /** A name written without separators ("productcatalog", "order history" → "orderhistory"). */
  compact(text: string): NameTerm | undefined;
  /** A name without its service suffix ("user" for userservice) — only when the text says "svc"/"service" or spans words. */
  base(text: string): NameTerm | undefined;
  /** The one component whose name starts with this stem ("ledger" → ledgerwriter), if unambiguous, and the rest of its name. */
  stem(text: string): { term: NameTerm; remainder: string } | undefined;
  /** The closest name within the allowed edit distance, found through the deletion index. */
  fuzzy(text: string): NameTerm | undefined;
}

/** Lower case without separators: `Order-History_Service` → `orderhistoryservice`. */
export function compactName(text: string): string {
  return text.toLowerCase().replace(/[-_. ]+/g, '');
}

export function buildNameIndex(graph: GraphView): NameIndex {
  const terms = new Map<string, NameTerm>();
  const compact = new Map<string, NameTerm>();
  const bases = new Map<string, NameTerm | null>();
  const stemList: [name: string, node: string][] = [];
  const deletes = new Map<string, string | string[]>();
  const teams = new Map<string, string[]>();
  const kinds = new Map<string, string>();

  const better = (map: Map<string, NameTerm>, key: string, term: NameTerm) => {
    const prev = map.get(key);
    if (!prev || term.score > prev.score) map.set(key, term);
  };
  const addName = (name: string, node: string, via: NameVia) => {
    const term = { node, via, score: NAME_SCORES[via] };
    better(terms, name.toLowerCase(), term);
    if (via === 'address') return;
    const c = compactName(name);
    better(compact, c, term);
    const base = compactName(name.toLowerCase().replace(SERVICE_SUFFIX, ''));
    if (base !== c && base.length >= 3) {
      const prev = bases.get(base);
      // A base two components share names neither.
      bases.set(
        base,
        prev === undefined || prev?.node === node ? { ...term, score: NAME_SCORES.alias } : null,
      );
    }
    if (c.length >= MIN_STEM + 3) stemList.push([c, node]);
    if (c.length >= 5)
      for (const d of deletions(c)) {
        const prev = deletes.get(d);
        if (prev === undefined) deletes.set(d, c);
        else if (typeof prev === 'string') {
          if (prev !== c) deletes.set(d, [prev, c]);
        } else if (!prev.includes(c)) prev.push(c);
      }
  };
  for (const comp of graph.components()) {
    kinds.set(comp.id, comp.kind);
    addName(comp.id, comp.id, 'id');
    for (const a of comp.aliases) addName(a, comp.id, 'alias');
    if (comp.name) addName(comp.name, comp.id, 'alias');
    for (const addr of comp.addresses) {
      addName(addr, comp.id, 'address');
      addName(addr.split(':')[0]!, comp.id, 'address');
    }
    if (comp.kubernetes?.workload) addName(comp.kubernetes.workload.name, comp.id, 'workload');
    if (comp.team) {
      const names = [comp.team, graph.team(comp.team)?.name].filter((n): n is string => !!n);
      for (const n of new Set(names.map((x) => x.toLowerCase())))
        teams.set(n, [...(teams.get(n) ?? []), comp.id]);
    }
  }

  stemList.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  return {
    terms,
    teams,
    compact: (text) => compact.get(compactName(text)),
    base: (text) => bases.get(compactName(text)) ?? compact.get(compactName(text)),
    stem(text) {
      const key = compactName(text);
      if (key.length < MIN_STEM) return undefined;
      // Binary search for the first name at or after the stem, then the few names that start with it.
      let lo = 0;
      let hi = stemList.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (stemList[mid]![0] < key) lo = mid + 1;
        else hi = mid;
      }
      const nodes = new Map<string, string>();
      for (let i = lo; i < stemList.length && stemList[i]![0].startsWith(key); i++) {
        const [name, node] = stemList[i]!;
        if (name.length - key.length < 3) continue;
        if (!nodes.has(node) || name.length - key.length < nodes.get(node)!.length)
          nodes.set(node, name.slice(key.length));
        if (nodes.size > MAX_STEM_CANDIDATES) return undefined;
      }
      let candidates = [...nodes.keys()];
      if (candidates.length > 1) candidates = candidates.filter((n) => !STORE_KINDS.has(kinds.get(n) ?? ''));
      if (candidates.length !== 1) return undefined;
      const node = candidates[0]!;
      return { term: { node, via: 'alias', score: NAME_SCORES.stem }, remainder: nodes.get(node)! };
    },
    fuzzy(text) {
      const token = compactName(text);
      let best: { term: NameTerm; d: number; name: string } | undefined;
      const seen = new Set<string>();
      for (const key of [token, ...deletions(token)]) {
        const hits = deletes.get(key);
        for (const name of typeof hits === 'string' ? [hits] : (hits ?? [])) {
          if (seen.has(name)) continue;
          seen.add(name);
          const d = editDistance(token, name, 2);
          if (d === 0 || d > allowedDistance(token, name)) continue;
          const term = compact.get(name)!;
          if (!best || d < best.d || (d === best.d && name < best.name)) best = { term, d, name };
        }
      }
      return best && { ...best.term, via: 'fuzzy', score: NAME_SCORES.fuzzy };
    },
  };
}

/** The string and every string one deletion away (SymSpell's index keys, distance 1). */
function deletions(s: string): string[] {
  const out = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/**
 * How far a word may be from a name and still be a misspelling of it: one edit for names of seven
 * letters or more, two from ten; names of five or six letters only a swap of two neighbours
 * ("carts" is not "cart", "broken" is not "broker", "starts" is not "stars").
 */
export function allowedDistance(token: string, name: string): number {
  if (name.length >= 10 && token.length >= 9) return 2;
  if (name.length >= 7 && token.length >= 6) return 1;
  if (name.length >= 5 && token.length === name.length && isSwap(token, name)) return 1;
  return 0;
}

function isSwap(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}
