// The plugin contract: manifest, typed setup context, collectors, notifiers, facts and operators.
// Plugins get this context and nothing else — never the DI container, never a client they did not create.
import type { Component, GraphView } from './component.js';
import type { CollectorResult, Evidence } from './evidence.js';
import type { InvestigationEvent } from './events.js';
import type { Incident, TimeWindow } from './incident.js';
import type { Logger } from './logger.js';

export interface PluginManifest {
  /** Lower-case id, `^[a-z][a-z0-9-]{1,39}$`. */
  id: string;
  /** npm package name, `culprit-plugin-<id>` for third parties. */
  name: string;
  version: string;
  /** semver range of the Culprit engine this plugin supports. */
  engine: string;
  description?: string;
  provides: {
    collectors?: string[];
    notifiers?: string[];
    facts?: string[];
    operators?: string[];
  };
  /** Other plugins (by id) this one needs, with a semver range. */
  dependencies?: Record<string, string>;
  /**
   * Where the plugin's code runs: `worker` (its own heap-limited thread, the default) or `in-process`.
   * Honoured only for plugins shipped with Culprit; the operator decides for third-party packages.
   */
  isolation?: PluginIsolation;
}

export type PluginIsolation = 'worker' | 'in-process';

export interface CollectorScope {
  incident: Incident;
  /** Components in scope that this collector applies to. */
  nodes: Component[];
  window: TimeWindow;
}

export interface CollectContext {
  signal: AbortSignal;
  logger: Logger;
  graph: GraphView;
}

export interface Collector {
  /** Must be listed in manifest.provides.collectors. */
  id: string;
  description?: string;
  /** Which components this collector can say something about (default: all). */
  appliesTo?(component: Component): boolean;
  /** Per-collector deadline override in ms (the host caps it). */
  timeoutMs?: number;
  collect(scope: CollectorScope, ctx: CollectContext): Promise<CollectorResult>;
}

export interface NotifyContext {
  signal: AbortSignal;
  logger: Logger;
  graph: GraphView;
  /**
   * This notifier's own state for this incident (JSON), kept by the host across restarts: what a
   * notifier set up (a channel, a thread, a message id) is found again when a resumed investigation
   * sends its next event, so people see one thread, not a second "Investigating" message.
   */
  state: NotifierState;
}

export interface NotifierState {
  get<T>(): Promise<T | undefined>;
  set(value: unknown): Promise<void>;
}

export interface Notifier {
  id: string;
  /** Which event types this notifier wants (default: all). */
  events?: InvestigationEvent['type'][];
  notify(event: InvestigationEvent, ctx: NotifyContext): Promise<void>;
}

/** A derived fact rules can read for a candidate node, computed from its evidence and the graph. */
export interface FactDefinition {
  id: string;
  compute(input: { node: Component; evidence: readonly Evidence[]; graph: GraphView }): unknown;
}

/** An extra rule operator. Must run in time linear in its input. */
export interface OperatorDefinition {
  id: string;
  evaluate(factValue: unknown, conditionValue: unknown): boolean;
  /** Validate the condition's `value` at pack load time; throw to reject. */
  validateValue?(conditionValue: unknown): void;
}

export interface PluginContext {
  readonly pluginId: string;
  readonly logger: Logger;
  readonly graph: GraphView;
  /** Aborted when the host shuts down. */
  readonly signal: AbortSignal;
  registerCollector(collector: Collector): void;
  registerNotifier(notifier: Notifier): void;
  registerFact(fact: FactDefinition): void;
  registerOperator(operator: OperatorDefinition): void;
  onClose(hook: () => void | Promise<void>): void;
}

export interface PluginDefinition<Config = Record<string, unknown>> {
  manifest: PluginManifest;
  /** JSON Schema of the config; fields with `"x-secret": true` are redacted in errors and logs. */
  configSchema?: Record<string, unknown>;
  setup(ctx: PluginContext, config: Config): void | Promise<void>;
}

/** Typed identity: lets a plugin author get type-checking on the definition. */
export function definePlugin<Config = Record<string, unknown>>(
  definition: PluginDefinition<Config>,
): PluginDefinition<Config> {
  return definition;
}

export function defineCollector(collector: Collector): Collector {
  return collector;
}

export function defineNotifier(notifier: Notifier): Notifier {
  return notifier;
}
