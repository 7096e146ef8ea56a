// One investigation, start to finish: scope → collect → evaluate → correlate → report → notify, with
// an event at every stage. Collector and notifier failures degrade the report; they never end it.
import { createError, isCulpritError } from '../errors/index.js';
import { correlate, type CorrelationOptions } from '../correlate/index.js';
import {
  createMemoryNotificationLog,
  dispatchCollectors,
  notifyAll,
  type NotificationLog,
  type CollectorRun,
  type DispatchLimits,
  type RegisteredCollector,
  type RegisteredNotifier,
} from '../plugins/index.js';
import type { RuleEvaluator } from '../rules/index.js';
import type {
  Component,
  DiscoveredNode,
  Evidence,
  GraphView,
  Incident,
  InvestigationEvent,
  Logger,
  MissingEvidence,
  Report,
  TimeWindow,
} from '../sdk/index.js';
import { createGraphOverlay } from '../topology/index.js';
import { canonicalEvidence } from './canonical-evidence.js';
import type { EvidenceTape } from './evidence-tape.js';
import { createEventStream, type EventStream } from './event-stream.js';
import { resolveScope, widenScope, type Scope, type ScopeOptions } from './scope.js';

export interface PipelineDeps {
  graph: GraphView;
  evaluator: RuleEvaluator;
  rulePacks: readonly { name: string; version: string }[];
  collectors: readonly RegisteredCollector[];
  notifiers: readonly RegisteredNotifier[];
  clock: () => Date;
  logger: Logger;
  correlation?: CorrelationOptions;
  limits?: DispatchLimits;
  scope?: ScopeOptions;
  /** Default incident window when the incident has none (minutes before it was created). */
  defaultWindowMinutes?: number;
  notifierTimeoutMs?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onEvent?: (event: InvestigationEvent) => void;
  /** Pre-recorded evidence (offline runs, replays) used in addition to what collectors return. */
  evidence?: readonly Evidence[];
  discovered?: readonly DiscoveredNode[];
  /** Supply a stream to observe events through an async iterator. */
  stream?: EventStream;
  /** Extra fields on every log line of this investigation (the server adds `request_id`). */
  logFields?: Record<string, string>;
  /** What notifiers already did for this incident (the server's store); default: in memory. */
  notificationLog?: NotificationLog;
}

export interface PipelineResult {
  incident: Incident;
  report: Report;
  tape: EvidenceTape;
}

export function incidentWindow(incident: Incident, defaultMinutes = 60): TimeWindow {
  if (incident.window) return incident.window;
  const to = new Date(incident.createdAt);
  return { from: new Date(to.getTime() - defaultMinutes * 60_000).toISOString(), to: to.toISOString() };
}

export async function runInvestigation(
  incident: Incident,
  deps: PipelineDeps,
  options: RunOptions = {},
): Promise<PipelineResult> {
  const stream = options.stream ?? createEventStream(incident.id, deps.clock);
  const unsubscribe = options.onEvent ? stream.subscribe(options.onEvent) : undefined;
  const logger = deps.logger.child({ ...options.logFields, incident_id: incident.id });
  // The investigation's own log: one line per step, all carrying incident_id (and request_id when
  // the server started it), so an operator can follow one incident through the logs.
  const stopLogging = stream.subscribe((event) => logEvent(logger, event));
  let notifications: Promise<unknown> = Promise.resolve();
  const stopNotifying = stream.subscribe((event) => {
    if (event.type.startsWith('notification.') || deps.notifiers.length === 0) return;
    // Cut short by the caller (shutdown, lost lease, cancel): resumed or abandoned, not failed.
    if (event.type === 'investigation.failed' && options.signal?.aborted) return;
    notifications = notifications.then(() => deliver(event));
  });
  const notificationLog = options.notificationLog ?? createMemoryNotificationLog();
  const deliver = async (event: InvestigationEvent) => {
    const results = await notifyAll(deps.notifiers, event, {
      graph: deps.graph,
      logger,
      timeoutMs: deps.notifierTimeoutMs ?? 10_000,
      log: notificationLog,
    });
    for (const r of results) {
      if (r.skipped) continue;
      if (r.ok) stream.emit('notification.sent', { notifier: r.notifier, event: event.type });
      else
        stream.emit('notification.failed', {
          notifier: r.notifier,
          event: event.type,
          reason: r.reason ?? 'failed',
        });
    }
  };

  try {
    stream.emit('investigation.started', { incident });
    const first = resolveScope(
      deps.graph,
      incident.entities.map((e) => e.node),
      deps.scope,
    );
    stream.emit('scope.resolved', first);
    const window = incidentWindow(incident, deps.defaultWindowMinutes);
    const recorded = [...alertEvidence(incident, deps.clock), ...(options.evidence ?? [])];
    for (const e of recorded) stream.emit('evidence.added', { evidence: e });
    /** Collect on every node of a scope and score what came back (with the recorded evidence). */
    const look = async (scope: Scope) => {
      const nodes = scope.nodes.map((id) => deps.graph.component(id)).filter((c): c is Component => !!c);
      // A second look from the front door (the incident named nothing) asks the collectors about the
      // frontends as named components; the incident itself, and its report, stay as they came.
      const known = new Set(incident.entities.map((e) => e.node));
      const asked = scope.named.some((id) => known.has(id))
        ? incident
        : {
            ...incident,
            entities: [
              ...incident.entities,
              ...scope.named.map((node) => ({ node, via: 'frontend' as const })),
            ],
          };
      const dispatched = await dispatchCollectors({
        collectors: deps.collectors,
        incident: asked,
        nodes,
        window,
        graph: deps.graph,
        logger,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(deps.limits ? { limits: deps.limits } : {}),
        onEvent: (type, data) => stream.emit(type, data as never),
      });
      if (options.signal?.aborted) throw createError('ERR_ABORTED', { reason: 'investigation cancelled' });
      const assessed = await assess(
        incident,
        scope,
        [...recorded, ...dispatched.evidence],
        [...(options.discovered ?? []), ...dispatched.discovered],
        dispatched.runs,
        deps,
      );
      return { scope, runs: dispatched.runs, ...assessed };
    };
    let seen = await look(first);
    // Inconclusive: look once more with the named components' callers' other dependencies (the
    // request behind a named feature crosses them too). The second look collects the whole wider
    // scope afresh, so the callers' witness reports cover the siblings; its report replaces the first.
    const wider =
      !seen.report.conclusive && deps.scope?.widen !== false
        ? widenScope(deps.graph, first, deps.scope)
        : undefined;
    if (wider) {
      const added = wider.nodes.filter((id) => !first.nodes.includes(id));
      stream.emit('scope.resolved', { ...wider, widened: added });
      const second = await look(wider);
      // From the front door (nothing was named) the frontends' logs are new evidence, and their distance
      // favours whatever is near them: that look replaces the first only when it concludes.
      if (first.named.length > 0 || second.report.conclusive) seen = second;
    }
    const { scope, report } = seen;
    stream.emit('report.ready', { report });
    await notifications;
    return {
      incident,
      report,
      tape: {
        version: 1,
        incident,
        scope,
        evidence: seen.evidence,
        discovered: seen.discovered,
        collectors: seen.runs,
        report,
        recordedAt: deps.clock().toISOString(),
      },
    };
  } catch (err) {
    const error = isCulpritError(err)
      ? err
      : createError(
          'ERR_INVESTIGATION_FAILED',
          { reason: err instanceof Error ? err.message : String(err) },
          { cause: err },
        );
    logger.error('investigation failed', { code: error.code, message: error.message });
    stream.emit('investigation.failed', { code: error.code, message: error.message });
    await notifications;
    throw error;
  } finally {
    stopNotifying();
    stopLogging();
    unsubscribe?.();
    stream.close();
  }
}

interface Assessment {
  report: Report;
  evidence: Evidence[];
  discovered: DiscoveredNode[];
}

/**
 * Scores a fixed body of evidence: the part of the pipeline a replay re-runs. Evidence about nodes
 * outside the scope (and the nodes discovered for it) is not scored, so it can never move the ranking.
 */
export async function assess(
  incident: Incident,
  scope: Scope,
  evidenceIn: readonly Evidence[],
  discoveredIn: readonly DiscoveredNode[],
  runs: readonly CollectorRun[],
  deps: Pick<PipelineDeps, 'graph' | 'evaluator' | 'rulePacks' | 'clock' | 'correlation'>,
): Promise<Assessment> {
  const inScope = new Set(scope.nodes);
  const discovered = dedupeDiscovered(discoveredIn.filter((d) => d.usedBy.some((u) => inScope.has(u))));
  const graph = discovered.length > 0 ? createGraphOverlay(deps.graph, discovered) : deps.graph;
  for (const d of discovered) inScope.add(d.id);
  const all = canonicalEvidence(evidenceIn);
  const evidence = all.filter((e) => inScope.has(e.node));

  const byNode = new Map<string, Evidence[]>();
  for (const e of evidence) byNode.set(e.node, [...(byNode.get(e.node) ?? []), e]);
  const candidates = [...inScope]
    .sort()
    .map((id) => graph.component(id))
    .filter((c): c is Component => !!c)
    .map((node) => ({ node, evidence: byNode.get(node.id) ?? [] }));

  const { findings, symptoms } = await deps.evaluator.evaluate({ candidates, graph });
  const missingEvidence = missingFrom(runs, evidence);
  const correlation = correlate(
    { graph, findings, symptoms, named: scope.named, scope: [...inScope].sort(), missingEvidence },
    deps.correlation,
  );
  const report: Report = {
    incidentId: incident.id,
    conclusive: correlation.conclusive,
    ...(correlation.inconclusiveReason ? { inconclusiveReason: correlation.inconclusiveReason } : {}),
    hypotheses: correlation.hypotheses,
    symptoms: correlation.symptoms,
    missingEvidence: correlation.missingEvidence,
    scope: { named: scope.named, nodes: [...inScope].sort() },
    entities: incident.entities,
    generatedAt: deps.clock().toISOString(),
    rulePacks: deps.rulePacks.map((p) => ({ name: p.name, version: p.version })),
  };
  // The tape keeps everything seen, in canonical order; only in-scope evidence was scored.
  return { report, evidence: all, discovered };
}

/** Alerts that came with the incident become `incident.alert` evidence on the nodes they map to. */
export function alertEvidence(incident: Incident, clock: () => Date): Evidence[] {
  const byNode = new Map<string, NonNullable<Incident['alerts']>>();
  for (const a of incident.alerts ?? []) if (a.node) byNode.set(a.node, [...(byNode.get(a.node) ?? []), a]);
  const rank = ['info', 'low', 'warning', 'medium', 'high', 'error', 'critical'];
  return [...byNode.entries()].map(([node, alerts]) => ({
    node,
    source: 'incident',
    kind: 'incident.alert',
    observedAt: incident.createdAt ?? clock().toISOString(),
    attributes: {
      firing: alerts.filter((a) => a.status === 'firing').length,
      resolved: alerts.filter((a) => a.status === 'resolved').length,
      names: [...new Set(alerts.map((a) => a.name))].sort(),
      severity:
        alerts.map((a) => a.severity ?? 'info').sort((x, y) => rank.indexOf(y) - rank.indexOf(x))[0] ??
        'info',
    },
  }));
}

function dedupeDiscovered(discovered: readonly DiscoveredNode[]): DiscoveredNode[] {
  const byId = new Map<string, DiscoveredNode>();
  for (const d of discovered) {
    const prev = byId.get(d.id);
    byId.set(
      d.id,
      prev
        ? { ...prev, usedBy: [...new Set([...prev.usedBy, ...d.usedBy])].sort() }
        : { ...d, usedBy: [...d.usedBy].sort() },
    );
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function missingFrom(runs: readonly CollectorRun[], evidence: readonly Evidence[]): MissingEvidence[] {
  const missing: MissingEvidence[] = [];
  const seen = new Set<string>();
  for (const e of evidence) {
    if (e.kind !== 'collector.status') continue;
    const status = String(e.attributes.status ?? 'error');
    const source = String(e.attributes.collector ?? e.source);
    const key = `${e.node}|${source}|${status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const code = typeof e.attributes.code === 'string' ? { code: e.attributes.code } : {};
    const cluster = e.cluster ? { cluster: e.cluster } : {};
    missing.push({
      node: e.node,
      source,
      status,
      reason: String(e.attributes.reason ?? ''),
      ...code,
      ...cluster,
    });
  }
  for (const run of runs) {
    if (run.status === 'ok' || missing.some((m) => m.source === run.collector)) continue;
    const code = run.code ? { code: run.code } : {};
    missing.push({ source: run.collector, status: run.status, reason: run.reason ?? '', ...code });
  }
  return missing;
}

/** One log line per step of an investigation (evidence items are too many: debug only, counted). */
function logEvent(logger: Logger, event: InvestigationEvent): void {
  const e = { data: event.data as unknown as Record<string, unknown> };
  switch (event.type) {
    case 'investigation.started': {
      const incident = (event as InvestigationEvent<'investigation.started'>).data.incident;
      logger.info('investigation started', { source: incident.source, severity: incident.severity });
      break;
    }
    case 'scope.resolved':
      logger.info('scope resolved', { named: e.data.named, nodes: (e.data.nodes as string[]).length });
      break;
    case 'collector.started':
      logger.debug('collector started', { collector: e.data.collector });
      break;
    case 'collector.finished':
      logger.info('collector finished', e.data);
      break;
    case 'collector.failed':
      logger.warn('collector failed', e.data);
      break;
    case 'report.ready': {
      const report = (event as InvestigationEvent<'report.ready'>).data.report;
      const top = report.hypotheses[0];
      logger.info('report ready', {
        conclusive: report.conclusive,
        ...(top ? { node: top.node, cause: top.cause, confidence: top.confidence } : {}),
        missing: report.missingEvidence.length,
      });
      break;
    }
    case 'notification.sent':
      logger.debug('notification sent', e.data);
      break;
    case 'notification.failed':
      logger.warn('notification failed', e.data);
      break;
    default:
      break;
  }
}
