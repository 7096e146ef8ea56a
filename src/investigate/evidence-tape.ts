// The evidence tape: everything one investigation saw (incident, scope, evidence with sources and
// times, collector outcomes) plus its report, so it can be replayed under other rules or topology.
import type { CollectorRun } from '../plugins/index.js';
import type { DiscoveredNode, Evidence, Incident, Report } from '../sdk/index.js';

export type { CollectorRun };

export interface EvidenceTape {
  version: 1;
  incident: Incident;
  scope: { named: string[]; nodes: string[] };
  evidence: Evidence[];
  discovered: DiscoveredNode[];
  collectors: CollectorRun[];
  /** Absent on a hand-built tape that has not been scored yet. */
  report?: Report;
  recordedAt?: string;
}
