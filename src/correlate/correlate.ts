// Turns findings and symptoms into ranked hypotheses: noisy-OR per (node, cause), then the graph —
// coverage of symptoms downstream, proximity to what the incident names, inhibition by a stronger
// upstream cause. Pure and deterministic: the same inputs in any order give the same result. Graph
// closures are computed once per investigation (correlation-index.ts), not per hypothesis.
import type {
  ConfidenceBand,
  Factor,
  FindingRef,
  GraphView,
  Hypothesis,
  MissingEvidence,
  SymptomRef,
} from '../sdk/index.js';
import {
  resolveCorrelationOptions,
  type CorrelationOptions,
  type ResolvedCorrelationOptions,
} from './correlation-options.js';
import { calibrate } from './calibration.js';
import { foldCauseFamilies } from './cause-families.js';
import { blamesOf, contestedBands, requireCorroboration } from './corroboration.js';
import { withDatastoreReadings, withNeighbourReadings } from './neighbour-readings.js';
import { AdjacencyIndex, RUNS_ON } from './adjacency-index.js';
import {
  dependentsClosures,
  lastDependent,
  SearchScratch,
  orInto,
  reachFromNamed,
  shortestPath,
  strongestUpstream,
  type Bits,
  type NamedReach,
} from './correlation-index.js';
import { SymptomTable, type Explained } from './symptom-table.js';

export interface CorrelationInput {
  graph: GraphView;
  findings: readonly FindingRef[];
  symptoms: readonly SymptomRef[];
  named: readonly string[];
  scope: readonly string[];
  missingEvidence?: readonly MissingEvidence[];
}

export interface CorrelationResult {
  hypotheses: Hypothesis[];
  conclusive: boolean;
  inconclusiveReason?: string;
  symptoms: SymptomRef[];
  missingEvidence: MissingEvidence[];
}

interface Draft {
  node: string;
  /** The node's index in the correlation's AdjacencyIndex. */
  at: number;
  cause: string;
  findings: FindingRef[];
  base: number;
  explained: Explained;
  coverage: number;
  proximity: number;
  distance: number;
  pre: number;
  /** Rank by (pre desc, node + cause asc): lower is stronger, equal when neither is. */
  strength: number;
  inhibitedBy?: { node: string; cause: string; pre: number };
  confidence: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const outcomeKey = (o: { node: string; pack: string; ruleId: string; messageId: string; message: string }) =>
  `${o.node}\u0000${o.pack}\u0000${o.ruleId}\u0000${o.messageId}\u0000${o.message}`;

export function correlate(input: CorrelationInput, options?: CorrelationOptions): CorrelationResult {
  const opts = resolveCorrelationOptions(options);
  const { graph } = input;
  const scope = new Set(input.scope);
  const findings = sortByKey(input.findings.filter((f) => scope.has(f.node)));
  const symptoms = sortByKey(
    input.symptoms.filter((s) => scope.has(s.node)),
    true,
  );
  const named = [...new Set(input.named)].filter((n) => graph.has(n)).sort();
  const index = new AdjacencyIndex(graph);

  // Findings grouped by (node, cause), in canonical order; node ids interned once here.
  const groups: { at: number; cause: string; findings: FindingRef[] }[] = [];
  const groupOf = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.node}\u0000${f.cause}`;
    const g = groupOf.get(key);
    if (g !== undefined) groups[g]!.findings.push(f);
    else {
      groupOf.set(key, groups.length);
      groups.push({ at: index.indexOf(f.node), cause: f.cause, findings: [f] });
    }
  }

  const table = new SymptomTable(symptoms.map((s) => index.indexOf(s.node)));
  const symptomsTargeting = new Map<number, number[]>();
  symptoms.forEach((sym, i) => {
    if (sym.target) push(symptomsTargeting, index.indexOf(sym.target), i);
  });

  // Once per investigation: distances and paths from the named components, and the symptoms a cause
  // at each hypothesis node explains (its node, what depends on it, what runs on it and their dependents).
  const reach = reachFromNamed(
    index,
    named.map((n) => index.indexOf(n)),
  );
  const hypothesisNodes = [...new Set(groups.map((g) => g.at))];
  const workloadsOn = (node: number) => index.inOfType(node, RUNS_ON);
  const closureOf = dependentsClosures(
    index,
    hypothesisNodes.flatMap((n) => [n, ...workloadsOn(n)]),
    (n) => table.bitOf(n),
    table.bits,
  );
  const explainedAt = new Map<number, Explained>();
  for (const node of hypothesisNodes) {
    const workloads = workloadsOn(node);
    let nodes: Bits = closureOf(node);
    if (workloads.length > 0) {
      nodes = Uint32Array.from(nodes);
      for (const w of workloads) orInto(nodes, closureOf(w));
    }
    const extra: number[] = [];
    for (const i of symptomsTargeting.get(node) ?? []) {
      const b = table.bitOf(index.peek(symptoms[i]!.node));
      if (!((nodes[b >>> 5]! >>> (b & 31)) & 1)) extra.push(i);
    }
    explainedAt.set(node, { nodes, extra, count: table.count(nodes) + extra.length });
  }

  const drafts: Draft[] = [];
  for (const { at, cause, findings: group } of groups) {
    // One factor per rule (pack/ruleId; a pack name has no '/'), its strongest finding, in order of first appearance.
    const rules: FindingRef[] = [];
    const strongest: number[] = [];
    for (const f of group) {
      let r = 0;
      while (r < rules.length && !(rules[r]!.ruleId === f.ruleId && rules[r]!.pack === f.pack)) r++;
      if (r === rules.length) {
        rules.push(f);
        strongest.push(0);
      }
      strongest[r] = Math.max(strongest[r]!, clamp01(f.weight));
    }
    let none = 1 - opts.leak;
    for (const w of strongest) none *= 1 - w;
    const base = clamp01(1 - none);
    const explained = explainedAt.get(at)!;
    const coverage = symptoms.length === 0 ? 0 : explained.count / symptoms.length;
    const distance = reach.distance(at);
    const proximity = distance === Infinity ? 0 : 1 / (1 + distance);
    const headroom = 1 - base;
    const pre = base + headroom * (opts.weights.coverage * coverage + opts.weights.proximity * proximity);
    drafts.push({
      node: index.ids[at]!,
      at,
      cause,
      findings: group,
      base,
      explained,
      coverage,
      proximity,
      distance,
      pre,
      strength: 0,
      confidence: pre,
    });
  }

  // stronger(u, v): u.pre > v.pre, or equal and u.node + u.cause sorts first — as ranks, compared once.
  const byStrength = drafts
    .map((d) => [d, d.node + d.cause] as const)
    .sort((a, b) => b[0].pre - a[0].pre || cmp(a[1], b[1]));
  byStrength.forEach(([d, key], i) => {
    const prev = byStrength[i - 1];
    d.strength = prev && prev[0].pre === d.pre && prev[1] === key ? prev[0].strength : i;
  });
  const stronger = (u: Draft, v: Draft) => u.strength < v.strength;

  const draftsAt = new Map<number, Draft[]>();
  for (const d of drafts) push(draftsAt, d.at, d);
  const upstreamBest = strongestUpstream(index, hypothesisNodes, (n) => draftsAt.get(n) ?? [], stronger);
  const topAt = new Map<number, readonly Draft[] | undefined>();
  for (const d of drafts) {
    const pointedAt = new Set<string>();
    for (const i of table.symptomsAt(d.at)) {
      const t = symptoms[i]!.target;
      if (t) pointedAt.add(t);
    }
    if (!topAt.has(d.at)) topAt.set(d.at, upstreamBest.top(d.at));
    const top = topAt.get(d.at)?.filter((u) => u !== d);
    let strongest: Draft | undefined = top && top[0] && top[0].pre > d.pre ? top[0] : undefined;
    if (!strongest && (pointedAt.size > 0 || !top)) {
      // Rare: only a cause a symptom here points at, or a node on a dependency cycle — walk the graph.
      const upstream = new Set([...graph.dependencies(d.node), ...runsOnClosure(graph, d.node)]);
      for (const u of [...upstream].flatMap((n) => draftsAt.get(index.peek(n)) ?? [])) {
        if (u === d) continue;
        if (!(u.pre > d.pre || pointedAt.has(u.node))) continue;
        if (!strongest || stronger(u, strongest)) strongest = u;
      }
    }
    if (strongest) {
      d.inhibitedBy = { node: strongest.node, cause: strongest.cause, pre: strongest.pre };
      d.confidence = d.pre * (1 - opts.weights.inhibition * strongest.pre);
    }
  }

  drafts.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      b.explained.count - a.explained.count ||
      a.distance - b.distance ||
      cmp(a.cause, b.cause) ||
      cmp(a.node, b.node),
  );

  const paths = createPathFinder(index, reach, table);
  const ranked = drafts.map((d, i) => toHypothesis(d, i + 1, paths, table, symptoms, opts));
  const namedOrHost = new Set([...named, ...named.flatMap((n) => graph.runsOn(n))]);
  const hypotheses = requireCorroboration(
    foldCauseFamilies(
      ranked,
      (c) => band(c, opts),
      (n) => graph.runsOn(n),
    ),
    {
      high: opts.bands.high,
      medium: opts.bands.medium,
      band: (c) => band(c, opts),
      tied: (n) => namedOrHost.has(n),
      blames: blamesOf(symptoms, findings),
      poolBlames: blamesOf(
        symptoms.filter((s) => s.symptom === 'pool-waits'),
        findings,
      ),
    },
  );
  const missingEvidence = [...(input.missingEvidence ?? [])];
  const { conclusive, reason } = decide(hypotheses, opts);
  if (!conclusive) {
    const withFinding = new Set(findings.map((f) => f.node));
    const unexplained = [...new Set(symptoms.filter((s) => !withFinding.has(s.node)).map((s) => s.node))];
    for (const node of unexplained) {
      missingEvidence.push({
        node,
        source: 'rules',
        status: 'no-finding',
        reason:
          'symptoms were observed here but no rule identified a cause; evidence from its dependencies would decide',
      });
    }
  }
  const banded = contestedBands(hypotheses, conclusive);
  return {
    hypotheses: opts.neighbours ? withReadings(banded, graph, opts) : banded,
    conclusive,
    ...(reason ? { inconclusiveReason: reason } : {}),
    symptoms,
    missingEvidence,
  };
}

/** Neighbour readings of the first answers, then the datastore below a stalled one (docs/scoring.md §8–9). */
function withReadings(
  hypotheses: Hypothesis[],
  graph: GraphView,
  opts: ResolvedCorrelationOptions,
): Hypothesis[] {
  const options = { ceiling: opts.bands.medium - 0.01, band: (c: number) => band(c, opts) };
  return withDatastoreReadings(withNeighbourReadings(hypotheses, options), graph, options);
}

function decide(
  hypotheses: Hypothesis[],
  opts: ResolvedCorrelationOptions,
): { conclusive: boolean; reason?: string } {
  const top = hypotheses[0];
  if (!top) return { conclusive: false, reason: 'no rule identified a cause' };
  if (top.confidence < opts.minConfidence) {
    return {
      conclusive: false,
      reason: `the best hypothesis (${top.confidence.toFixed(2)}) is below ${opts.minConfidence}`,
    };
  }
  const rival = hypotheses.find((h) => h.node !== top.node);
  if (rival && top.confidence - rival.confidence < opts.minMargin) {
    return {
      conclusive: false,
      reason: `${top.node} (${top.confidence.toFixed(2)}) is not clearly ahead of ${rival.node} (${rival.confidence.toFixed(2)})`,
    };
  }
  return { conclusive: true };
}

function toHypothesis(
  d: Draft,
  rank: number,
  paths: PathFinder,
  table: SymptomTable,
  symptoms: readonly SymptomRef[],
  opts: ResolvedCorrelationOptions,
): Hypothesis {
  const headroom = 1 - d.base;
  // All explained symptoms are counted; the first maxExplains (canonical order) are listed.
  const explains = table.list(d.explained, opts.maxExplains, symptoms);
  const listedAll = explains.length === d.explained.count;
  const factors: Factor[] = [
    {
      name: 'evidence',
      value: d.base,
      contribution: d.base,
      note: `noisy-OR of ${d.findings.length} finding(s)`,
    },
    {
      name: 'coverage',
      value: d.coverage,
      contribution: headroom * opts.weights.coverage * d.coverage,
      ...(listedAll
        ? {}
        : { note: `explains ${d.explained.count} symptom(s); the first ${explains.length} are listed` }),
    },
    { name: 'proximity', value: d.proximity, contribution: headroom * opts.weights.proximity * d.proximity },
  ];
  if (d.inhibitedBy) {
    factors.push({
      name: 'inhibition',
      value: d.inhibitedBy.pre,
      contribution: d.confidence - d.pre,
      note: `${d.inhibitedBy.node} (${d.inhibitedBy.cause}) upstream explains these symptoms`,
    });
  }
  const raw = clamp01(d.confidence);
  const confidence = calibrate(raw, opts.calibration);
  if (confidence !== raw) {
    factors.push({
      name: 'calibration',
      value: raw,
      contribution: confidence - raw,
      note: 'the raw score mapped to how often such scores were right (docs/scoring.md)',
    });
  }
  return {
    rank,
    node: d.node,
    cause: d.cause,
    confidence,
    band: band(confidence, opts),
    findings: d.findings,
    explains,
    path: paths(d.at),
    factors,
    remediation: [...new Set(d.findings.map((f) => f.remediation).filter((r): r is string => !!r))],
  };
}

function band(confidence: number, opts: ResolvedCorrelationOptions): ConfidenceBand {
  if (confidence >= opts.bands.high) return 'high';
  if (confidence >= opts.bands.medium) return 'medium';
  return 'low';
}

function runsOnClosure(graph: GraphView, node: string): string[] {
  const hosts = new Set(graph.runsOn(node));
  for (const dep of graph.dependencies(node)) for (const h of graph.runsOn(dep)) hosts.add(h);
  return [...hosts];
}

type PathFinder = (node: number) => string[];

/**
 * Each hypothesis's path, from the nearest named component to its node. With no named component, the
 * path to the farthest dependent whose symptom it explains (the last such in GraphView.dependents order:
 * every dependent's symptoms are in its closure, so any symptomatic dependent qualifies). Once per node.
 */
function createPathFinder(index: AdjacencyIndex, reach: NamedReach, table: SymptomTable): PathFinder {
  const found = new Map<number, readonly string[]>();
  const scratch = new SearchScratch();
  return (node) => {
    let path = found.get(node);
    if (!path) {
      let best = reach.path(node);
      if (!best) {
        const farthest = lastDependent(index, node, (n) => table.bitOf(n) >= 0, scratch);
        if (farthest >= 0) best = shortestPath(index, farthest, node, scratch);
      }
      path = best ? best.reverse() : [index.ids[node]!];
      found.set(node, path);
    }
    return [...path];
  };
}

/**
 * Sorted by outcomeKey; with `unique`, only the first of outcomes with the same key is kept (equal keys
 * are adjacent once sorted). Compared field by field, which orders as the joined key does while no field
 * holds the separator (else the keys are built).
 */
function sortByKey<T extends FindingRef | SymptomRef>(items: readonly T[], unique = false): T[] {
  const plain = items.every(
    (o) =>
      !o.node.includes('\u0000') &&
      !o.pack.includes('\u0000') &&
      !o.ruleId.includes('\u0000') &&
      !o.messageId.includes('\u0000') &&
      !o.message.includes('\u0000'),
  );
  if (plain) {
    const sorted = [...items].sort(compareOutcomes);
    return unique ? sorted.filter((o, i) => i === 0 || compareOutcomes(sorted[i - 1]!, o) !== 0) : sorted;
  }
  const keyed = items.map((item) => [outcomeKey(item), item] as const).sort((a, b) => cmp(a[0], b[0]));
  return keyed.filter((k, i) => !unique || i === 0 || keyed[i - 1]![0] !== k[0]).map(([, item]) => item);
}

function compareOutcomes(a: FindingRef | SymptomRef, b: FindingRef | SymptomRef): number {
  return (
    cmp(a.node, b.node) ||
    cmp(a.pack, b.pack) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.messageId, b.messageId) ||
    cmp(a.message, b.message)
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
