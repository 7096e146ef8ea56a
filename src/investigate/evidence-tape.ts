// The evidence tape: everything one investigation saw (incident, scope, evidence with sources and
// times, collector outcomes) plus its report, so it can be replayed under other rules or topology.
import type { DiscoveredNode, Evidence, Incident, Report } from '../sdk/index.js';

export interface CollectorRun {
  collector: string;
  status: 'ok' | 'timeout' | 'error' | 'invalid' | 'truncated' | 'unavailable' | 'permission-denied';
  durationMs: number;
  attempts: number;
  evidence: number;
  reason?: string;
}

export interface EvidenceTape {
  version: 1;
  incident: Incident;
  scope: { named: string[]; nodes: string[] };
  evidence: Evidence[];
  discovered: DiscoveredNode[];
  collectors: CollectorRun[];
  report: Report;
  recordedAt: string;
}
