// The JSON shape of an incident in the REST API (snake_case, stable), built from a stored record.
// One entry per component, its other causes folded under it; cluster objects named as the cluster does.
import { groupByComponent } from '../investigate/index.js';
import { clusterObject, remediationCommands, type ClusterNames } from '../report/index.js';
import type { Hypothesis } from '../sdk/index.js';
import type { IncidentRecord } from '../store/index.js';

/** `names`: the topology and the discovered infrastructure that give components their cluster names. */
export function incidentView(record: IncidentRecord, names: ClusterNames = {}) {
  const report = record.report;
  const top = report?.hypotheses[0];
  return {
    incident_id: record.id,
    status: record.status,
    source: record.source,
    description: record.incident.description,
    severity: record.incident.severity ?? null,
    labels: record.incident.labels,
    created_at: record.createdAt,
    started_at: record.startedAt ?? null,
    completed_at: record.completedAt ?? null,
    /** When the alerting system said the problem was over. */
    resolved_at: record.resolvedAt ?? null,
    /** The same alert group's incident before this one (resolved, or quiet past the dedupe window). */
    previous_incident_id: record.previousIncidentId ?? null,
    /** Alerts the sender left out of its payload (Alertmanager `max_alerts`). */
    truncated_alerts: record.incident.truncatedAlerts ?? 0,
    attempts: record.attempts,
    // Extraction runs in the worker, so the report holds the full list; before it, the explicit ones.
    entities: (record.report?.entities ?? record.incident.entities).map((e) => ({
      component: e.node,
      text: e.text ?? null,
      via: e.via ?? null,
      score: e.score ?? null,
    })),
    suggested_root_cause: report?.conclusive && top ? { component: top.node, cause: top.cause } : null,
    confidence_score: top ? top.confidence : null,
    confidence_band: top ? top.band : null,
    conclusive: report?.conclusive ?? null,
    inconclusive_reason: report?.inconclusiveReason ?? null,
    hypotheses: groupByComponent(report?.hypotheses ?? []).map(({ lead, sameComponent }) => ({
      ...hypothesisView(lead, names),
      /** Lower-ranked causes at the same component, folded under its leading one. */
      same_component: sameComponent.map((h) => hypothesisView(h, names)),
    })),
    missing_evidence: report?.missingEvidence ?? [],
    error: record.error ?? null,
  };
}

function hypothesisView(h: Hypothesis, names: ClusterNames) {
  const object = clusterObject(h.node, names);
  return {
    rank: h.rank,
    component: h.node,
    /** The Kubernetes object behind the component, named as the cluster names it. */
    kubernetes: object ? { kind: object.kind, name: object.name, namespace: object.namespace ?? null } : null,
    cause: h.cause,
    confidence: h.confidence,
    band: h.band,
    path: h.path,
    evidence: h.findings.map((f) => ({
      rule: `${f.pack}/${f.ruleId}`,
      message: f.message,
      facts: f.facts,
    })),
    explains: h.explains.map((s) => ({ component: s.node, symptom: s.symptom, message: s.message })),
    factors: h.factors,
    remediation: h.remediation,
    commands: remediationCommands(h, names),
  };
}
