// culprit/sdk — everything a plugin author imports: definePlugin, the context and contract types,
// Evidence, the Report shapes notifiers render, PluginError and the resilience policy for upstream calls.
export { SNAPSHOT_KINDS, type SnapshotKind } from './cluster-snapshot-kinds.js';
export { COMPONENT_KINDS } from './component.js';
export type {
  Component,
  ComponentKind,
  Edge,
  EdgeType,
  GraphView,
  KubernetesMapping,
  Team,
  TraversalOptions,
} from './component.js';
export { COLLECTOR_STATUS_KIND } from './evidence.js';
export type { CollectorResult, CollectorStatus, DiscoveredNode, Evidence, JsonValue } from './evidence.js';
export type { EventPayloads, InvestigationEvent, InvestigationEventType } from './events.js';
export type {
  ConfidenceBand,
  Factor,
  FindingRef,
  Hypothesis,
  Incident,
  IncidentAlert,
  IncidentEntity,
  IncidentSource,
  IncidentStatus,
  MissingEvidence,
  Report,
  Severity,
  SymptomHint,
  SymptomRef,
  TimeWindow,
} from './incident.js';
export { silentLogger, type Logger } from './logger.js';
export { defineCollector, definePlugin, defineNotifier } from './plugin.js';
export type {
  CollectContext,
  Collector,
  CollectorScope,
  FactDefinition,
  Notifier,
  NotifierState,
  NotifyContext,
  OperatorDefinition,
  PluginContext,
  PluginDefinition,
  PluginIsolation,
  PluginManifest,
} from './plugin.js';
export { PluginError, type PluginErrorCode, type PluginErrorOptions } from './plugin-error.js';
export {
  createResiliencePolicy,
  httpStatusOf,
  isRetryableError,
  retryAfterFromHeaders,
  type BackoffOptions,
  type BreakerOptions,
  type BreakerState,
  type ExecuteOptions,
  type ResiliencePolicy,
  type ResiliencePolicyOptions,
} from './resilience.js';
export { redactCredentials } from './redact-credentials.js';
