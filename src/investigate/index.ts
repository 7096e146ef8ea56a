// Barrel of the investigation layer: the pipeline, its events, evidence tapes and replays.
export { canonicalEvidence } from './canonical-evidence.js';
export type { CollectorRun, EvidenceTape } from './evidence-tape.js';
export { createEventStream, type EventListener, type EventStream } from './event-stream.js';
export {
  assess,
  incidentWindow,
  runInvestigation,
  type PipelineDeps,
  type PipelineResult,
  type RunOptions,
} from './pipeline.js';
export { compareRankings, replayTape, type RankingChange, type ReplayResult } from './replay.js';
export {
  formatReportText,
  groupByComponent,
  type ComponentHypotheses,
  type ReportTextOptions,
} from './report-text.js';
export { resolveScope, widenScope, type Scope, type ScopeOptions } from './scope.js';
export { MAX_TAPE_BYTES, parseTape, readTape, writeTape } from './tape-file.js';
