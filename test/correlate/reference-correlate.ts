// The correlation as it was before the closures were computed once per investigation (per-hypothesis
// graph searches): the oracle of the differential test of correlate(). Test-only; do not import elsewhere.
import type {
  ConfidenceBand,
  Factor,
  FindingRef,
  GraphView,
  Hypothesis,
  MissingEvidence,
  SymptomRef,
} from '../../src/sdk/index.js';
import {
  resolveCorrelationOptions,
  type CorrelationOptions,
  type ResolvedCorrelationOptions,
} from '../../src/correlate/correlation-options.js';
// Cause families are folded after ranking, the same step in both (it is not what the index changed).
import { foldCauseFamilies } from '../../src/correlate/cause-families.js';
import { blamesOf, contestedBands, requireCorroboration } from '../../src/correlate/corroboration.js';
import { withDatastoreReadings, withNeighbourReadings } from '../../src/correlate/neighbour-readings.js';

interface CorrelationInput {
  graph: GraphView;
  findings: readonly FindingRef[];
  symptoms: readonly SymptomRef[];
  named: readonly string[];
  scope: readonly string[];
  missingEvidence?: readonly MissingEvidence[];
}

interface CorrelationResult {
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
  explains: SymptomRef[];
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

export function referenceCorrelate(input: CorrelationInput, options?: CorrelationOptions): CorrelationResult {
  const opts = resolveCorrelationOptions(options);
  const { graph } = input;
  const scope = new Set(input.scope);
  const findings = [...input.findings]
    .filter((f) => scope.has(f.node))
    .sort((a, b) => cmp(outcomeKey(a), outcomeKey(b)));
  const symptoms = dedupe(
    [...input.symptoms].filter((s) => scope.has(s.node)).sort((a, b) => cmp(outcomeKey(a), outcomeKey(b))),
  );
  const named = [...new Set(input.named)].filter((n) => graph.has(n)).sort();

  const groups = new Map<string, FindingRef[]>();
  for (const f of findings)
    groups.set(`${f.node}\u0000${f.cause}`, [...(groups.get(`${f.node}\u0000${f.cause}`) ?? []), f]);

  const explainedCache = new Map<string, Set<string>>();
  const explainedNodes = (node: string) => {
    let set = explainedCache.get(node);
    if (!set) explainedCache.set(node, (set = explainedBy(graph, node)));
    return set;
  };

  const symptomsAt = new Map<string, number[]>();
  const symptomsTargeting = new Map<string, number[]>();
  symptoms.forEach((sym, i) => {
    symptomsAt.set(sym.node, [...(symptomsAt.get(sym.node) ?? []), i]);
    if (sym.target) symptomsTargeting.set(sym.target, [...(symptomsTargeting.get(sym.target) ?? []), i]);
  });

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
    const explained = new Set(symptomsTargeting.get(node) ?? []);
    for (const n of explainedNodes(node)) for (const i of symptomsAt.get(n) ?? []) explained.add(i);
    const explains = [...explained].sort((a, b) => a - b).map((i) => symptoms[i]!);
    const coverage = symptoms.length === 0 ? 0 : explains.length / symptoms.length;
    const distance = distanceFromNamed(graph, named, node);
    const proximity = distance === Infinity ? 0 : 1 / (1 + distance);
    const headroom = 1 - base;
    const pre = base + headroom * (opts.weights.coverage * coverage + opts.weights.proximity * proximity);
    drafts.push({
      node,
      cause,
      findings: group,
      base,
      explains,
      coverage,
      proximity,
      distance,
      pre,
      confidence: pre,
    });
  }

  const draftsAt = new Map<string, Draft[]>();
  for (const d of drafts) draftsAt.set(d.node, [...(draftsAt.get(d.node) ?? []), d]);
  for (const d of drafts) {
    const upstream = new Set([...graph.dependencies(d.node), ...runsOnClosure(graph, d.node)]);
    const pointedAt = new Set(
      (symptomsAt.get(d.node) ?? []).map((i) => symptoms[i]!.target).filter((t): t is string => !!t),
    );
    let strongest: Draft | undefined;
    for (const u of [...upstream].flatMap((n) => draftsAt.get(n) ?? [])) {
      if (u === d) continue;
      if (!(u.pre > d.pre || pointedAt.has(u.node))) continue;
      if (
        !strongest ||
        u.pre > strongest.pre ||
        (u.pre === strongest.pre && cmp(u.node + u.cause, strongest.node + strongest.cause) < 0)
      ) {
        strongest = u;
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
      b.explains.length - a.explains.length ||
      a.distance - b.distance ||
      cmp(a.cause, b.cause) ||
      cmp(a.node, b.node),
  );

  const namedOrHost = new Set([...named, ...named.flatMap((n) => graph.runsOn(n))]);
  const hypotheses = requireCorroboration(
    foldCauseFamilies(
      drafts.map((d, i) => toHypothesis(d, i + 1, graph, named, opts)),
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
  return {
    hypotheses: opts.neighbours
      ? withDatastoreReadings(
          withNeighbourReadings(contestedBands(hypotheses, conclusive), {
            ceiling: opts.bands.medium - 0.01,
            band: (c) => band(c, opts),
          }),
          graph,
          { ceiling: opts.bands.medium - 0.01, band: (c) => band(c, opts) },
        )
      : contestedBands(hypotheses, conclusive),
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
  named: readonly string[],
  opts: ResolvedCorrelationOptions,
): Hypothesis {
  const headroom = 1 - d.base;
  const factors: Factor[] = [
    {
      name: 'evidence',
      value: d.base,
      contribution: d.base,
      note: `noisy-OR of ${d.findings.length} finding(s)`,
    },
    { name: 'coverage', value: d.coverage, contribution: headroom * opts.weights.coverage * d.coverage },
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
  const confidence = clamp01(d.confidence);
  return {
    rank,
    node: d.node,
    cause: d.cause,
    confidence,
    band: band(confidence, opts),
    findings: d.findings,
    explains: d.explains,
    path: pathFor(graph, named, d),
    factors,
    remediation: [...new Set(d.findings.map((f) => f.remediation).filter((r): r is string => !!r))],
  };
}

function band(confidence: number, opts: ResolvedCorrelationOptions): ConfidenceBand {
  if (confidence >= opts.bands.high) return 'high';
  if (confidence >= opts.bands.medium) return 'medium';
  return 'low';
}

/** Nodes whose symptoms a cause at `node` can explain: itself, what depends on it, what runs on it. */
function explainedBy(graph: GraphView, node: string): Set<string> {
  const set = new Set<string>([node, ...graph.dependents(node)]);
  const queue = graph.inEdges(node, 'runs-on').map((e) => e.from);
  for (const workload of queue) {
    set.add(workload);
    for (const d of graph.dependents(workload)) set.add(d);
  }
  return set;
}

function runsOnClosure(graph: GraphView, node: string): string[] {
  const hosts = new Set(graph.runsOn(node));
  for (const dep of graph.dependencies(node)) for (const h of graph.runsOn(dep)) hosts.add(h);
  return [...hosts];
}

function distanceFromNamed(graph: GraphView, named: readonly string[], node: string): number {
  let best = Infinity;
  for (const n of named) {
    const path = graph.path(n, node);
    if (path) best = Math.min(best, path.length - 1);
  }
  return best;
}

function pathFor(graph: GraphView, named: readonly string[], d: Draft): string[] {
  let best: string[] | undefined;
  for (const n of named) {
    const p = graph.path(n, d.node);
    if (p && (!best || p.length < best.length)) best = p;
  }
  if (!best) {
    // No named component: show the path to the farthest dependent whose symptom this explains
    // (dependents() is breadth-first, so the last match is the farthest) — one path search only.
    const symptomatic = new Set(d.explains.map((s) => s.node));
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

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
