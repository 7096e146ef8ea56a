// Other readings of the same evidence: a leading cause whose vocabulary neighbour the same findings also fit
// (callers that cannot reach a component: it is down, or the path to it is) is followed by that neighbour, low.
// Pure and order-independent; it never changes the first answer, its band or whether the report is conclusive.
import type { ConfidenceBand, GraphView, Hypothesis } from '../sdk/index.js';

/**
 * Causes the same findings often also fit, by what the vocabulary means (docs/scoring.md §8). Read as "evidence for
 * the key is also read as each listed cause": a component its callers cannot reach may be down or behind a broken
 * path; a Service that selects no serving port, a release, or a crash on start is often a configuration mistake.
 */
export const NEIGHBOUR_READINGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'dependency-down': ['network-fault'],
  'network-fault': ['dependency-down', 'resource-exhaustion'],
  'resource-exhaustion': ['dependency-down'],
  'no-endpoints': ['config-error'],
  'bad-deploy-rollout': ['config-error'],
  'config-error': ['bad-deploy-rollout'],
  'config-missing': ['config-error'],
  'crash-loop': ['config-error'],
  'probe-failure': ['resource-exhaustion'],
  'external-dependency': ['network-fault'],
  'image-pull': ['bad-deploy-rollout'],
});

/** A neighbour reading's confidence is this share of its source's… */
export const NEIGHBOUR_SHARE = 0.5;

export interface NeighbourOptions {
  /** The readings of the first this-many hypotheses are added (default 3: what the top three shows). */
  sources?: number;
  /** Below the medium band: a neighbour reading is never more than a low alternative. */
  ceiling: number;
  band: (confidence: number) => ConfidenceBand;
}

/**
 * Adds, for each of the first `sources` hypotheses that leads its component (no hypothesis there is more confident),
 * its neighbour causes at the same component that no hypothesis there has yet: confidence `min(source × NEIGHBOUR_SHARE, ceiling)`, the source's findings and explained symptoms,
 * and a `neighbour` factor carrying the difference (so the factors still add up). The list is re-ranked by
 * confidence (a neighbour stays below its source: the first answer never changes).
 */
export function withNeighbourReadings(
  hypotheses: readonly Hypothesis[],
  options: NeighbourOptions,
): Hypothesis[] {
  const present = new Set(hypotheses.map((h) => `${h.node}\u0000${h.cause}`));
  const added: Hypothesis[] = [];
  // Only a component's leading cause is read again: a cause folded under another at the same component (the crash
  // loop an OOM kill produces) already has its explanation there.
  const leads = new Set<string>();
  const leaders = hypotheses.slice(0, options.sources ?? 3).filter((h) => {
    if (leads.has(h.node) || hypotheses.some((o) => o.node === h.node && o.confidence > h.confidence))
      return false;
    leads.add(h.node);
    return true;
  });
  for (const h of leaders) {
    for (const cause of NEIGHBOUR_READINGS[h.cause] ?? []) {
      const key = `${h.node}\u0000${cause}`;
      if (present.has(key)) continue;
      present.add(key);
      const confidence = Math.min(h.confidence * NEIGHBOUR_SHARE, options.ceiling);
      added.push({
        ...h,
        cause,
        confidence,
        band: options.band(confidence),
        factors: [
          ...h.factors,
          {
            name: 'neighbour',
            value: NEIGHBOUR_SHARE,
            contribution: confidence - h.confidence,
            note: `another reading of the evidence for ${h.cause} at ${h.node}`,
          },
        ],
        remediation: [],
      });
    }
  }
  return insertBelow(hypotheses, added);
}

/**
 * Causes that say a component does not answer in time — its callers time out, its pool waits, its probe's
 * requests hang, it looks exhausted — which a datastore it waits on explains as often as the component itself.
 */
export const WAITING_CAUSES: ReadonlySet<string> = new Set([
  'dependency-down',
  'network-fault',
  'resource-exhaustion',
  'probe-failure',
]);

/** Component kinds that hold state and answer other components' queries. */
export const DATASTORE_KINDS: ReadonlySet<string> = new Set(['database', 'cache', 'queue']);

/** A datastore reading's confidence is this share of its source's (below a neighbour reading's). */
export const DATASTORE_SHARE = 0.45;

/** Causes of a first answer that, resting on waiting findings alone, yield first place to the datastore below. */
export const YIELDING_CAUSES: ReadonlySet<string> = new Set([
  'dependency-down',
  'resource-exhaustion',
  'probe-failure',
]);

/** A finding at most this strong says only that a component waits (its callers time out, its pool waits). */
export const WAITING_WEIGHT = 0.4;

/**
 * Whether everything the report holds about the component of `h` only says that it waits: at least one finding,
 * each of a waiting cause (its callers time out, its pool waits, its readiness probe times out) and weighing at most
 * WAITING_WEIGHT, and no `restarts` symptom there — no restart or probe kill, release, configuration or resource
 * finding of its own.
 */
export function waitsOnly(
  h: Hypothesis,
  hypotheses: readonly Hypothesis[],
  /** The heaviest a finding may weigh and still only say that the component waits. */
  maxWeight = WAITING_WEIGHT,
): boolean {
  const at = hypotheses.filter((o) => o.node === h.node);
  const own = at.flatMap((o) => o.findings);
  const restarted = at.some((o) => o.explains.some((x) => x.node === h.node && x.symptom === 'restarts'));
  return (
    own.length > 0 && !restarted && own.every((f) => f.weight <= maxWeight && WAITING_CAUSES.has(f.cause))
  );
}

/**
 * The datastore below a stalled component (docs/scoring.md §9): for each of the first `sources` hypotheses that
 * leads its component with a waiting cause, when that component calls exactly one datastore directly and nothing
 * in the report is about that datastore yet, adds `dependency-down` there — confidence
 * `min(source × DATASTORE_SHARE, ceiling)`, the source's findings and explained symptoms, the path through the
 * source, and a `datastore` factor carrying the difference. A database that holds every writer on a lock logs
 * nothing and looks healthy; what shows is the service in front of it.
 *
 * One exception changes the first answer: when the first hypothesis has a yielding cause (YIELDING_CAUSES) and
 * everything about its component only says that it waits (`waitsOnly`), the datastore's reading takes its
 * confidence, band and first place, and the service follows it. A service that shows nothing of its own but
 * waiting, and calls one datastore, is more often held by that datastore than stalled by itself.
 */
export function withDatastoreReadings(
  incoming: readonly Hypothesis[],
  graph: GraphView,
  options: NeighbourOptions,
): Hypothesis[] {
  const hypotheses = withSharedDatastore(incoming, graph, options);
  const reported = new Set(hypotheses.map((h) => h.node));
  const added: Hypothesis[] = [];
  const leads = new Set<string>();
  let first: Hypothesis | undefined;
  for (const h of hypotheses.slice(0, options.sources ?? 3)) {
    if (leads.has(h.node) || hypotheses.some((o) => o.node === h.node && o.confidence > h.confidence))
      continue;
    leads.add(h.node);
    if (!WAITING_CAUSES.has(h.cause)) continue;
    const store = oneDatastore(h.node, graph);
    if (store === undefined || reported.has(store)) continue;
    reported.add(store);
    if (h === hypotheses[0] && YIELDING_CAUSES.has(h.cause) && waitsOnly(h, hypotheses)) {
      first = {
        ...h,
        node: store,
        cause: 'dependency-down',
        path: [store, ...h.path],
        factors: [
          ...h.factors,
          {
            name: 'datastore',
            value: 1,
            contribution: 0,
            note: `${h.node} (${h.cause}) waits on ${store}, the one datastore it calls, and shows nothing of its own`,
          },
        ],
        remediation: [],
      };
      continue;
    }
    const confidence = Math.min(h.confidence * DATASTORE_SHARE, options.ceiling);
    added.push({
      ...h,
      node: store,
      cause: 'dependency-down',
      confidence,
      band: options.band(confidence),
      path: [store, ...h.path],
      factors: [
        ...h.factors,
        {
          name: 'datastore',
          value: DATASTORE_SHARE,
          contribution: confidence - h.confidence,
          note: `${h.node} (${h.cause}) waits on ${store}, the one datastore it calls`,
        },
      ],
      remediation: [],
    });
  }
  return first ? renumber(insertBelow([first, ...hypotheses], added)) : insertBelow(hypotheses, added);
}

const renumber = (hs: Hypothesis[]): Hypothesis[] => hs.map((h, i) => ({ ...h, rank: i + 1 }));

/** The one datastore `node` calls directly, when it is no datastore itself and calls exactly one. */
function oneDatastore(node: string, graph: GraphView): string | undefined {
  if (DATASTORE_KINDS.has(graph.component(node)?.kind ?? '')) return undefined;
  const stores = graph
    .dependencies(node, { depth: 1 })
    .filter((d) => d !== node && DATASTORE_KINDS.has(graph.component(d)?.kind ?? ''));
  return stores.length === 1 ? stores[0] : undefined;
}

/**
 * Two services, one datastore (docs/scoring.md §9): when two or more of the first `sources` hypotheses lead
 * different components with a waiting cause, each of those components calls exactly one datastore directly — the
 * same one — and everything the report holds about each only says that it waits (every finding of a waiting cause,
 * no `restarts` symptom: nothing of its own, whatever the finding's weight), and nothing in the report is about that
 * datastore yet: `dependency-down` at the datastore, with the strongest source's confidence and band, every source's
 * findings and explained symptoms, and a `datastore` factor of 0, ranked just above that source. Two services that
 * hang independently, sharing nothing else, are rarer than the one thing they share holding both.
 */
export function withSharedDatastore(
  hypotheses: readonly Hypothesis[],
  graph: GraphView,
  options: NeighbourOptions,
): Hypothesis[] {
  const reported = new Set(hypotheses.map((h) => h.node));
  const byStore = new Map<string, Hypothesis[]>();
  const seen = new Set<string>();
  for (const h of hypotheses.slice(0, options.sources ?? 3)) {
    if (seen.has(h.node)) continue;
    seen.add(h.node);
    if (hypotheses.some((o) => o.node === h.node && o.confidence > h.confidence)) continue;
    // Whatever its findings weigh: two witnesses, not the weight of one, make the case here.
    if (!WAITING_CAUSES.has(h.cause) || !waitsOnly(h, hypotheses, Infinity)) continue;
    const store = oneDatastore(h.node, graph);
    if (store === undefined || reported.has(store)) continue;
    byStore.set(store, [...(byStore.get(store) ?? []), h]);
  }
  const shared = [...byStore].filter(([, hs]) => hs.length >= 2).sort(([a], [b]) => (a < b ? -1 : 1));
  if (shared.length === 0) return [...hypotheses];
  let out = [...hypotheses];
  for (const [store, sources] of shared) {
    const best = sources[0]!;
    const names = sources.map((s) => s.node).join(' and ');
    const reading: Hypothesis = {
      ...best,
      node: store,
      cause: 'dependency-down',
      path: [store, ...best.path],
      findings: sources.flatMap((s) => s.findings),
      explains: sources.flatMap((s) => s.explains),
      factors: [
        ...best.factors,
        {
          name: 'datastore',
          value: 1,
          contribution: 0,
          note: `${names} all wait on ${store}, the one datastore each calls, and show nothing of their own`,
        },
      ],
      remediation: [],
    };
    const at = out.indexOf(best);
    out = [...out.slice(0, at), reading, ...out.slice(at)];
  }
  return renumber(out);
}

/** Stable: the originals keep their order, each addition goes after every hypothesis at least as confident. */
function insertBelow(hypotheses: readonly Hypothesis[], added: readonly Hypothesis[]): Hypothesis[] {
  if (added.length === 0) return [...hypotheses];
  const out = [...hypotheses];
  for (const n of added) {
    let i = out.length;
    while (i > 0 && out[i - 1]!.confidence < n.confidence) i--;
    out.splice(i, 0, n);
  }
  return renumber(out);
}
