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
} from '../../sdk/index.js';
import {
  resolveCorrelationOptions,
  type CorrelationOptions,
  type ResolvedCorrelationOptions,
} from '../correlation-options.js';
import { calibrate } from '../calibration.js';
import { foldCauseFamilies } from './cause-families.js';
import { requireCorroboration } from '../corroboration.js';
import {
  bitIndices,
  dependentsClosures,
  newBits,
  orInto,
  popcount,
  reachFromNamed,
  setBit,
  strongestUpstream,
  type Bits,
  type NamedReach,
} from './correlation-index.js';

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
  cause: string;
  findings: FindingRef[];
  base: number;
  /** Explained symptoms: indices into the symptom list, as a bitset, and how many. */
  explained: Bits;
  explainedCount: number;
  coverage: number;
  proximity: number;
  distance: number;
  pre: number;
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
  const symptoms = dedupe(sortByKey(input.symptoms.filter((s) => scope.has(s.node))));
  const named = [...new Set(input.named)].filter((n) => graph.has(n)).sort();

  const groups = new Map<string, FindingRef[]>();
  for (const f of findings) push(groups, `${f.node}\u0000${f.cause}`, f);

  const symptomsAt = new Map<string, number[]>();
  const symptomsTargeting = new Map<string, number[]>();
  symptoms.forEach((sym, i) => {
    push(symptomsAt, sym.node, i);
    if (sym.target) push(symptomsTargeting, sym.target, i);
  });

  // Once per investigation: distances and paths from the named components, and the symptoms a cause
  // at each hypothesis node explains (its node, what depends on it, what runs on it and their dependents).
  const reach = reachFromNamed(graph, named);
  const hypothesisNodes = [...new Set([...groups.keys()].map((k) => k.split('\u0000')[0]!))];
  const workloadsOn = (node: string) => graph.inEdges(node, 'runs-on').map((e) => e.from);
  const closureOf = dependentsClosures(
    graph,
    hypothesisNodes.flatMap((n) => [n, ...workloadsOn(n)]),
    symptoms.map((s) => s.node),
  );
  const explainedAt = new Map<string, Bits>();
  for (const node of hypothesisNodes) {
    const bits = newBits(symptoms.length);
    orInto(bits, closureOf(node));
    for (const w of workloadsOn(node)) orInto(bits, closureOf(w));
    for (const i of symptomsTargeting.get(node) ?? []) setBit(bits, i);
    explainedAt.set(node, bits);
  }

  const drafts: Draft[] = [];
  for (const [key, group] of groups) {
    const [node, cause] = key.split('\u0000') as [string, string];
    const strongestPerRule = new Map<string, number>();
    for (const f of group) {
      const id = `${f.pack}/${f.ruleId}`;
      strongestPerRule.set(id, Math.max(strongestPerRule.get(id) ?? 0, clamp01(f.weight)));
    }
    let none = 1 - opts.leak;
    for (const w of strongestPerRule.values()) none *= 1 - w;
    const base = clamp01(1 - none);
    const explained = explainedAt.get(node)!;
    const explainedCount = popcount(explained);
    const coverage = symptoms.length === 0 ? 0 : explainedCount / symptoms.length;
    const distance = reach.distance(node);
    const proximity = distance === Infinity ? 0 : 1 / (1 + distance);
    const headroom = 1 - base;
    const pre = base + headroom * (opts.weights.coverage * coverage + opts.weights.proximity * proximity);
    drafts.push({
      node,
      cause,
      findings: group,
      base,
      explained,
      explainedCount,
      coverage,
      proximity,
      distance,
      pre,
      confidence: pre,
    });
  }

  const draftsAt = new Map<string, Draft[]>();
  for (const d of drafts) push(draftsAt, d.node, d);
  const stronger = (u: Draft, v: Draft) =>
    u.pre > v.pre || (u.pre === v.pre && cmp(u.node + u.cause, v.node + v.cause) < 0);
  const upstreamBest = strongestUpstream(graph, hypothesisNodes, (n) => draftsAt.get(n) ?? [], stronger);
  for (const d of drafts) {
    const pointedAt = new Set(
      (symptomsAt.get(d.node) ?? []).map((i) => symptoms[i]!.target).filter((t): t is string => !!t),
    );
    const top = upstreamBest.top(d.node)?.filter((u) => u !== d);
    let strongest: Draft | undefined = top && top[0] && top[0].pre > d.pre ? top[0] : undefined;
    if (!strongest && (pointedAt.size > 0 || !top)) {
      // Rare: only a cause a symptom here points at, or a node on a dependency cycle — walk the graph.
      const upstream = new Set([...graph.dependencies(d.node), ...runsOnClosure(graph, d.node)]);
      for (const u of [...upstream].flatMap((n) => draftsAt.get(n) ?? [])) {
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
      b.explainedCount - a.explainedCount ||
      a.distance - b.distance ||
      cmp(a.cause, b.cause) ||
      cmp(a.node, b.node),
  );

  const ranked = drafts.map((d, i) => toHypothesis(d, i + 1, graph, reach, symptoms, opts));
  const namedOrHost = new Set([...named, ...named.flatMap((n) => graph.runsOn(n))]);
  const hypotheses = requireCorroboration(
    foldCauseFamilies(
      ranked,
      (c) => band(c, opts),
      (n) => graph.runsOn(n),
    ),
    { high: opts.bands.high, band: (c) => band(c, opts), tied: (n) => namedOrHost.has(n) },
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
  return {
    hypotheses,
    conclusive,
    ...(reason ? { inconclusiveReason: reason } : {}),
    symptoms,
    missingEvidence,
  };
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
  graph: GraphView,
  reach: NamedReach,
  symptoms: readonly SymptomRef[],
  opts: ResolvedCorrelationOptions,
): Hypothesis {
  const headroom = 1 - d.base;
  // All explained symptoms are counted; the first maxExplains (canonical order) are listed.
  const explains = bitIndices(d.explained, opts.maxExplains).map((i) => symptoms[i]!);
  const listedAll = explains.length === d.explainedCount;
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
        : { note: `explains ${d.explainedCount} symptom(s); the first ${explains.length} are listed` }),
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
    path: pathFor(graph, reach, symptoms, d),
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

function pathFor(graph: GraphView, reach: NamedReach, symptoms: readonly SymptomRef[], d: Draft): string[] {
  let best = reach.path(d.node);
  if (!best) {
    // No named component: show the path to the farthest dependent whose symptom this explains
    // (dependents() is breadth-first, so the last match is the farthest) — one path search only.
    const symptomatic = new Set(bitIndices(d.explained).map((i) => symptoms[i]!.node));
    const farthest = graph
      .dependents(d.node)
      .filter((n) => symptomatic.has(n))
      .at(-1);
    if (farthest) best = graph.path(farthest, d.node);
  }
  return best ? [...best].reverse() : [d.node];
}

function dedupe(symptoms: SymptomRef[]): SymptomRef[] {
  const seen = new Set<string>();
  return symptoms.filter((s) => {
    const k = outcomeKey(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Sorted by outcomeKey, each key built once (not once per comparison). */
function sortByKey<T extends FindingRef | SymptomRef>(items: readonly T[]): T[] {
  return items
    .map((item) => [outcomeKey(item), item] as const)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([, item]) => item);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
