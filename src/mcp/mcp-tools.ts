// What each MCP tool does, over the engine and the incident store, as plain functions returning JSON:
// no MCP SDK here (mcp-server.ts binds these to the protocol). Only `investigate` writes anything
// (one incident, through the store's queue like the REST API); everything else only reads.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Engine } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { checkRulePacks, loadRulePacks, type RulePack } from '../rules/index.js';
import { packagePath } from '../schema/index.js';
import type { Component, GraphView, Hypothesis, IncidentStatus } from '../sdk/index.js';
import type { IncidentRecord, IncidentStore } from '../store/index.js';

export interface McpDeps {
  engine: Engine;
  store: IncidentStore;
  /** Tells the queue worker that an incident waits (the service's worker, or the one `culprit mcp` runs). */
  wake: () => void;
  /** Rule-pack directories the engine loaded (default: the bundled packs), for the rule-pack resource. */
  rules?: readonly string[];
  /** How long `investigate` waits for the report before answering with the incident id (default 25 s). */
  investigateWaitMs?: number;
  /** false: the caller may read but not create incidents (a service API key without incidents:write). */
  canInvestigate?: boolean;
  /** Between two looks at the store while `investigate` waits (default 200 ms). */
  pollMs?: number;
}

/** A tool's answer: JSON for programs (structuredContent) and one or two lines for people. */
export interface ToolAnswer<T> {
  structured: T;
  summary: string;
}

const DONE: readonly IncidentStatus[] = ['completed', 'failed'];

export async function investigateTool(
  deps: McpDeps,
  input: { description: string; entities?: string[] | undefined; time?: string | undefined },
  signal?: AbortSignal,
): Promise<ToolAnswer<ReturnType<typeof incidentDetail>>> {
  if (deps.canInvestigate === false) throw createError('ERR_SERVER_FORBIDDEN', { scope: 'incidents:write' });
  // Extracted here, before it is stored, so that both queue workers (the service's and `culprit
  // mcp`'s) investigate the same prepared incident; unknown entities fail now, nothing stored.
  const incident = await deps.engine.prepare(
    {
      description: input.description,
      ...(input.entities?.length ? { entities: input.entities } : {}),
      ...(input.time ? { createdAt: new Date(input.time).toISOString() } : {}),
      source: 'mcp',
    },
    { ...(signal ? { signal } : {}) },
  );
  const { record } = await deps.store.create(incident);
  deps.wake();
  const deadline = Date.now() + (deps.investigateWaitMs ?? 25_000);
  let current = record;
  while (!DONE.includes(current.status) && Date.now() < deadline && !signal?.aborted) {
    await sleep(deps.pollMs ?? 200);
    current = (await deps.store.get(record.id)) ?? current;
  }
  const view = incidentDetail(current);
  const summary = DONE.includes(current.status)
    ? incidentLine(current)
    : `Incident ${current.id} is ${current.status}; the investigation goes on: call get_incident with this id later.`;
  return { structured: view, summary };
}

export async function getIncidentTool(
  deps: McpDeps,
  input: { incident_id: string },
): Promise<ToolAnswer<ReturnType<typeof incidentDetail>>> {
  const record = await findIncident(deps.store, input.incident_id);
  return { structured: incidentDetail(record), summary: incidentLine(record) };
}

export async function listIncidentsTool(
  deps: McpDeps,
  input: { status?: IncidentStatus | undefined; limit?: number | undefined; cursor?: string | undefined },
): Promise<ToolAnswer<{ incidents: ReturnType<typeof incidentBrief>[]; next_cursor: string | null }>> {
  const page = await deps.store.list({
    ...(input.status ? { status: input.status } : {}),
    limit: input.limit ?? 20,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  const incidents = page.items.map(incidentBrief);
  const more = page.nextCursor ? ' (more: pass next_cursor)' : '';
  return {
    structured: { incidents, next_cursor: page.nextCursor ?? null },
    summary: `${incidents.length} incident(s)${more}${incidents.length ? ':\n' : ''}${page.items.map(incidentLine).join('\n')}`,
  };
}

/** One link of the explanation: the evidence at the cause, each hop towards what was named, each symptom explained. */
export type ChainStep =
  | { step: 'finding'; component: string; rule: string; message: string; weight: number }
  | { step: 'hop'; from: string; to: string; edge: string }
  | { step: 'symptom'; component: string; symptom: string; rule: string; message: string };

export async function explainHypothesisTool(
  deps: McpDeps,
  input: { incident_id: string; hypothesis: number | string },
): Promise<
  ToolAnswer<{
    incident_id: string;
    hypothesis: ReturnType<typeof hypothesisBrief>;
    chain: ChainStep[];
    factors: Hypothesis['factors'];
    remediation: string[];
  }>
> {
  const record = await findIncident(deps.store, input.incident_id);
  const report = record.report;
  if (!report) throw createError('ERR_MCP_NO_REPORT', { incident: record.id, status: record.status });
  const h = report.hypotheses.find((x) =>
    typeof input.hypothesis === 'number' ? x.rank === input.hypothesis : hypothesisId(x) === input.hypothesis,
  );
  if (!h) {
    throw createError('ERR_MCP_UNKNOWN_HYPOTHESIS', {
      incident: record.id,
      hypothesis: input.hypothesis,
      count: report.hypotheses.length,
    });
  }
  const chain: ChainStep[] = [
    ...h.findings.map((f) => ({
      step: 'finding' as const,
      component: f.node,
      rule: `${f.pack}/${f.ruleId}`,
      message: f.message,
      weight: f.weight,
    })),
    ...h.path.slice(1).map((to, i) => ({
      step: 'hop' as const,
      from: h.path[i]!,
      to,
      edge: edgeBetween(deps.engine.graph, h.path[i]!, to),
    })),
    ...h.explains.map((s) => ({
      step: 'symptom' as const,
      component: s.node,
      symptom: s.symptom,
      rule: `${s.pack}/${s.ruleId}`,
      message: s.message,
    })),
  ];
  const because = h.findings.map((f) => f.message).join('; ') || 'no direct finding';
  const via = h.path.length > 1 ? `, reaching ${h.path.at(-1)} via ${h.path.join(' → ')}` : '';
  return {
    structured: {
      incident_id: record.id,
      hypothesis: hypothesisBrief(h),
      chain,
      factors: h.factors,
      remediation: h.remediation,
    },
    summary: `#${h.rank} ${h.node} — ${h.cause} (${h.band}, ${h.confidence.toFixed(2)}): ${because}${via}; explains ${h.explains.length} symptom(s).`,
  };
}

export function listComponentsTool(
  deps: McpDeps,
  input: { kind?: string | undefined; team?: string | undefined },
): ToolAnswer<{ components: ReturnType<typeof componentBrief>[] }> {
  const graph = deps.engine.graph;
  const components = [...graph.components()]
    .filter((c) => (!input.kind || c.kind === input.kind) && (!input.team || c.team === input.team))
    .map((c) => componentBrief(graph, c));
  return {
    structured: { components },
    summary: `${components.length} component(s): ${components.map((c) => c.id).join(', ')}`,
  };
}

export function componentNeighbourhoodTool(
  deps: McpDeps,
  input: { component: string; depth?: number | undefined },
): ToolAnswer<{
  component: ReturnType<typeof componentBrief>;
  depth: number;
  dependencies: { id: string; distance: number }[];
  dependents: { id: string; distance: number }[];
  runs_on: string[];
}> {
  const graph = deps.engine.graph;
  const found = graph.resolve(input.component);
  if (!found) throw createError('ERR_ENGINE_UNKNOWN_COMPONENT', { name: input.component });
  const depth = input.depth ?? 1;
  const withDistance = (ids: string[], next: (id: string) => string[]) => {
    const distance = new Map<string, number>([[found.id, 0]]);
    let frontier = [found.id];
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      frontier = frontier.flatMap(next).filter((id) => !distance.has(id) && distance.set(id, d));
    }
    return ids.map((id) => ({ id, distance: distance.get(id) ?? depth }));
  };
  const dependencies = withDistance(graph.dependencies(found.id, { depth }), (id) =>
    graph.outEdges(id, 'depends-on').map((e) => e.to),
  );
  const dependents = withDistance(graph.dependents(found.id, { depth }), (id) =>
    graph.inEdges(id, 'depends-on').map((e) => e.from),
  );
  const runsOn = graph.runsOn(found.id);
  return {
    structured: { component: componentBrief(graph, found), depth, dependencies, dependents, runs_on: runsOn },
    summary:
      `${found.id} (depth ${depth}): depends on ${dependencies.map((d) => d.id).join(', ') || 'nothing'}; ` +
      `called by ${dependents.map((d) => d.id).join(', ') || 'nothing'}`,
  };
}

const PACK_FILE =
  /^(pack\.yaml|(rules|tests)\/[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml|docs\/[A-Za-z0-9][A-Za-z0-9._-]*\.md)$/;

/** The answer of `culprit validate --format json` for one pack given as file texts (in a temp dir, removed after). */
export async function validateRulePackTool(
  _deps: McpDeps,
  input: { files: Record<string, string> },
): Promise<
  ToolAnswer<{
    ok: boolean;
    problems: {
      code: string;
      file: string;
      line: number;
      col: number;
      message: string;
      suggestions?: string[];
    }[];
    rules?: { packs: number; rules: number };
  }>
> {
  for (const file of Object.keys(input.files))
    if (!PACK_FILE.test(file) || file.includes('..'))
      throw createError('ERR_MCP_INVALID_PACK_FILE', { file });
  const dir = await mkdtemp(join(tmpdir(), 'culprit-mcp-pack-'));
  try {
    for (const [file, text] of Object.entries(input.files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    const result = await checkRulePacks(dir);
    const problems = result.problems.map((p) => ({
      code: p.code,
      file: relative(dir, p.file) || '.',
      line: p.line,
      col: p.col,
      message: p.message.split(dir + '/').join(''),
      ...(p.suggestions ? { suggestions: p.suggestions } : {}),
    }));
    const count = result.packs.reduce((n, p) => n + p.rules.length, 0);
    const ok = problems.length === 0;
    return {
      structured: { ok, problems, ...(ok ? { rules: { packs: result.packs.length, rules: count } } : {}) },
      summary: ok
        ? `rules: ${result.packs.length} pack(s), ${count} rule(s); no problem`
        : problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.code} ${p.message}`).join('\n'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The topology resource: every component and typed edge of the knowledge graph. */
export function topologyDocument(graph: GraphView) {
  const components = [...graph.components()];
  return {
    components: components.map((c) => ({
      id: c.id,
      kind: c.kind,
      ...(c.name ? { name: c.name } : {}),
      ...(c.team ? { team: c.team } : {}),
      ...(c.description ? { description: c.description } : {}),
      aliases: c.aliases,
      addresses: c.addresses,
      ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
    })),
    edges: components.flatMap((c) =>
      graph.outEdges(c.id).map((e) => ({ from: e.from, to: e.to, type: e.type })),
    ),
  };
}

/** The rule-packs resource: each pack with its causes and, per rule, what it concludes. */
export async function rulePacksDocument(deps: McpDeps) {
  const packs: RulePack[] = await loadRulePacks(deps.rules ?? [packagePath('rules')]);
  return {
    packs: packs.map((p) => ({
      name: p.name,
      version: p.version,
      description: p.description,
      requires: p.requires,
      causes: p.causes,
      rules: p.rules.map((r) => ({
        id: r.id,
        description: r.description,
        ...(r.outcome.finding ? { finding: r.outcome.finding } : {}),
        ...(r.outcome.symptom ? { symptom: r.outcome.symptom.type } : {}),
        facts: r.facts,
      })),
    })),
  };
}

async function findIncident(store: IncidentStore, id: string): Promise<IncidentRecord> {
  const record = await store.get(id);
  if (!record) throw createError('ERR_STORE_NOT_FOUND', { id });
  return record;
}

const hypothesisId = (h: Hypothesis) => `${h.node}/${h.cause}`;

function hypothesisBrief(h: Hypothesis) {
  return {
    id: hypothesisId(h),
    rank: h.rank,
    component: h.node,
    cause: h.cause,
    confidence: h.confidence,
    band: h.band,
  };
}

function incidentBrief(record: IncidentRecord) {
  const top = record.report?.hypotheses[0];
  return {
    incident_id: record.id,
    status: record.status,
    source: record.source,
    description: record.incident.description,
    created_at: record.createdAt,
    completed_at: record.completedAt ?? null,
    conclusive: record.report?.conclusive ?? null,
    root_cause: record.report?.conclusive && top ? hypothesisBrief(top) : null,
  };
}

function incidentDetail(record: IncidentRecord) {
  const report = record.report;
  return {
    ...incidentBrief(record),
    inconclusive_reason: report?.inconclusiveReason ?? null,
    entities: (report?.entities ?? record.incident.entities).map((e) => e.node),
    hypotheses: (report?.hypotheses ?? []).map((h) => ({
      ...hypothesisBrief(h),
      path: h.path,
      findings: h.findings.map((f) => ({ rule: `${f.pack}/${f.ruleId}`, message: f.message })),
      explains: h.explains.map((s) => ({ component: s.node, symptom: s.symptom })),
      remediation: h.remediation,
    })),
    missing_evidence: (report?.missingEvidence ?? []).map((m) => ({
      component: m.node ?? null,
      source: m.source,
      status: m.status,
      reason: m.reason,
      code: m.code ?? null,
    })),
    error: record.error ?? null,
  };
}

function incidentLine(record: IncidentRecord): string {
  const report = record.report;
  const top = report?.hypotheses[0];
  if (record.status === 'failed') return `${record.id} failed: ${record.error?.code ?? 'unknown error'}`;
  if (!report) return `${record.id} ${record.status}: "${record.incident.description}"`;
  if (report.conclusive && top)
    return `${record.id}: root cause ${top.node} — ${top.cause} (${top.band}, ${top.confidence.toFixed(2)})`;
  return `${record.id}: inconclusive${report.inconclusiveReason ? ` (${report.inconclusiveReason})` : ''}`;
}

function componentBrief(graph: GraphView, c: Component) {
  return {
    id: c.id,
    kind: c.kind,
    team: c.team ?? null,
    aliases: c.aliases,
    depends_on: graph.outEdges(c.id, 'depends-on').map((e) => e.to),
  };
}

function edgeBetween(graph: GraphView, from: string, to: string): string {
  const out = graph.outEdges(from).find((e) => e.to === to);
  if (out) return out.type;
  const back = graph.outEdges(to).find((e) => e.to === from);
  return back ? `${back.type} (reversed)` : 'path';
}
