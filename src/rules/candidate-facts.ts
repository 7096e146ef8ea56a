// Builds the facts one rule evaluation sees for one candidate component: `node`, one fact per
// evidence kind, `graph`, and plugin-defined facts. Pure and deterministic (canonical evidence order).
import type { Component, Evidence, FactDefinition, FindingRef, GraphView, SymptomRef } from '../sdk/index.js';

export interface Candidate {
  node: Component;
  evidence: readonly Evidence[];
}

export interface GraphFacts {
  dependencies: number;
  dependents: number;
  dependencyFindings: { node: string; cause: string; weight: number }[];
  dependencySymptoms: { node: string; symptom: string }[];
}

export function nodeFact(node: Component): Record<string, unknown> {
  return {
    id: node.id,
    kind: node.kind,
    name: node.name ?? node.id,
    team: node.team ?? null,
    namespace: node.kubernetes?.namespace ?? null,
    tags: node.tags,
    labels: node.labels,
    discovered: node.discovered === true,
  };
}

function canonicalKey(e: Evidence): string {
  return `${e.source}\u0000${e.observedAt}\u0000${JSON.stringify(e.attributes)}`;
}

export function evidenceFacts(evidence: readonly Evidence[]): Record<string, unknown> {
  const byKind = new Map<string, Evidence[]>();
  for (const e of evidence) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  const facts: Record<string, unknown> = {};
  for (const [kind, items] of byKind) {
    const sorted = [...items].sort((a, b) =>
      canonicalKey(a) < canonicalKey(b) ? -1 : canonicalKey(a) > canonicalKey(b) ? 1 : 0,
    );
    facts[kind] =
      sorted.length === 1
        ? sorted[0]!.attributes
        : { ...sorted[0]!.attributes, items: sorted.map((e) => e.attributes) };
  }
  return facts;
}

export function graphFacts(
  node: Component,
  graph: GraphView,
  findings: readonly FindingRef[] = [],
  symptoms: readonly SymptomRef[] = [],
): GraphFacts {
  const direct = new Set([...graph.dependencies(node.id, { depth: 1 }), ...graph.runsOn(node.id)]);
  return {
    dependencies: direct.size,
    dependents: graph.dependents(node.id, { depth: 1 }).length,
    dependencyFindings: findings
      .filter((f) => direct.has(f.node))
      .map((f) => ({ node: f.node, cause: f.cause, weight: f.weight })),
    dependencySymptoms: symptoms
      .filter((s) => direct.has(s.node))
      .map((s) => ({ node: s.node, symptom: s.symptom })),
  };
}

export function buildFacts(
  candidate: Candidate,
  graph: GraphView,
  pluginFacts: readonly FactDefinition[],
  graphFact: GraphFacts,
): Record<string, unknown> {
  const facts = factsUpToNode(candidate, graph, pluginFacts, nodeFact(candidate.node));
  facts.graph = graphFact;
  return facts;
}

/**
 * buildFacts() up to `node`: a caller whose rules never read `graph` sets it only when it must, and the
 * key order stays that of buildFacts() (evidence kinds, plugin facts, node, graph). The `node` value may
 * be shared between calls: callers must not modify it.
 */
export function buildFactsWithoutGraph(
  candidate: Candidate,
  graph: GraphView,
  pluginFacts: readonly FactDefinition[],
): Record<string, unknown> {
  return factsUpToNode(candidate, graph, pluginFacts, sharedNodeFact(candidate.node));
}

function factsUpToNode(
  candidate: Candidate,
  graph: GraphView,
  pluginFacts: readonly FactDefinition[],
  node: Record<string, unknown>,
): Record<string, unknown> {
  const { evidence } = candidate;
  let facts: Record<string, unknown>;
  if (distinctKinds(evidence)) {
    // What `{ ...evidenceFacts(evidence) }` gives when every kind occurs once, without the copies; a
    // `__proto__` kind sets evidenceFacts()'s prototype and the spread drops it, so it is dropped here.
    facts = {};
    for (const e of evidence) if (e.kind !== '__proto__') facts[e.kind] = e.attributes;
  } else facts = { ...evidenceFacts(evidence) };
  for (const f of pluginFacts)
    facts[f.id] = f.compute({ node: candidate.node, evidence: candidate.evidence, graph });
  facts.node = node;
  return facts;
}

const nodeFacts = new WeakMap<Component, Record<string, unknown>>();

/** nodeFact() of a frozen component, built once: rules and messages only read it. */
function sharedNodeFact(node: Component): Record<string, unknown> {
  if (!Object.isFrozen(node)) return nodeFact(node);
  let fact = nodeFacts.get(node);
  if (!fact) nodeFacts.set(node, (fact = nodeFact(node)));
  return fact;
}

function distinctKinds(evidence: readonly Evidence[]): boolean {
  const n = evidence.length;
  if (n > 8) return new Set(evidence.map((e) => e.kind)).size === n;
  for (let i = 1; i < n; i++) {
    const kind = evidence[i]!.kind;
    for (let j = 0; j < i; j++) if (evidence[j]!.kind === kind) return false;
  }
  return true;
}

/**
 * graphFacts() for many candidates against the same prior outcomes: indexes them by node once, so
 * each candidate costs its direct neighbours rather than a scan of every outcome. Same lists, same order.
 */
export function createGraphFactsIndex(
  graph: GraphView,
  findings: readonly FindingRef[] = [],
  symptoms: readonly SymptomRef[] = [],
): (node: Component) => GraphFacts {
  const findingsAt = groupByNode(findings);
  const symptomsAt = groupByNode(symptoms);
  return (node) => {
    const direct = new Set([...graph.dependencies(node.id, { depth: 1 }), ...graph.runsOn(node.id)]);
    return {
      dependencies: direct.size,
      dependents: graph.dependents(node.id, { depth: 1 }).length,
      dependencyFindings: gather(findingsAt, direct).map((f) => ({
        node: f.node,
        cause: f.cause,
        weight: f.weight,
      })),
      dependencySymptoms: gather(symptomsAt, direct).map((s) => ({ node: s.node, symptom: s.symptom })),
    };
  };
}

function groupByNode<T extends { node: string }>(items: readonly T[]): Map<string, [number, T][]> {
  const at = new Map<string, [number, T][]>();
  items.forEach((item, i) => {
    const list = at.get(item.node);
    if (list) list.push([i, item]);
    else at.set(item.node, [[i, item]]);
  });
  return at;
}

function gather<T>(at: Map<string, [number, T][]>, nodes: Set<string>): T[] {
  if (at.size === 0) return [];
  const picked: [number, T][] = [];
  for (const n of nodes) for (const entry of at.get(n) ?? []) picked.push(entry);
  return picked.sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}
