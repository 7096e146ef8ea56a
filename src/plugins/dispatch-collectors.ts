// Runs collectors for one investigation: per-collector deadlines, bounded concurrency, cancellation,
// retries only for retryable PluginErrors. A collector that hangs, throws, returns invalid or far too
// much data yields `collector.status` evidence of that failure — never an exception.
import { isCulpritError } from '../errors/index.js';
import { getValidator } from '../schema/index.js';
import {
  COLLECTOR_STATUS_KIND,
  createResiliencePolicy,
  PluginError,
  silentLogger,
  type Component,
  type DiscoveredNode,
  type Evidence,
  type GraphView,
  type Incident,
  type Logger,
  type TimeWindow,
} from '../sdk/index.js';
import type { CollectorRun } from './collector-run.js';
import type { RegisteredCollector } from './plugin-host.js';
import { scrubText, scrubValue } from './secrets.js';

export interface DispatchLimits {
  collectorTimeoutMs?: number;
  concurrency?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  maxEvidenceItems?: number;
  maxEvidenceBytes?: number;
}

export type DispatchEventType =
  | 'collector.started'
  | 'collector.finished'
  | 'collector.failed'
  | 'evidence.added';

export interface DispatchInput {
  collectors: readonly RegisteredCollector[];
  incident: Incident;
  nodes: readonly Component[];
  window: TimeWindow;
  graph: GraphView;
  signal?: AbortSignal;
  logger?: Logger;
  limits?: DispatchLimits;
  /** Values that must never appear in stored evidence or reasons (plugin config secrets). */
  secrets?: readonly string[];
  onEvent?: (type: DispatchEventType, data: object) => void;
}

export interface DispatchResult {
  evidence: Evidence[];
  discovered: DiscoveredNode[];
  runs: CollectorRun[];
}

export const DEFAULT_LIMITS: Required<DispatchLimits> = {
  collectorTimeoutMs: 20_000,
  concurrency: 4,
  maxRetries: 2,
  retryBaseMs: 200,
  maxEvidenceItems: 5_000,
  maxEvidenceBytes: 5 * 1024 * 1024,
};

type Status = CollectorRun['status'];

export async function dispatchCollectors(input: DispatchInput): Promise<DispatchResult> {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const tasks = input.collectors
    .map((rc) => ({ rc, nodes: input.nodes.filter((n) => safeApplies(rc, n)) }))
    .filter((t) => t.nodes.length > 0);
  const results: { run: CollectorRun; evidence: Evidence[]; discovered: DiscoveredNode[] }[] = new Array(
    tasks.length,
  );
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index]!;
      results[index] = await runCollector(task.rc, task.nodes, input, limits);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.concurrency, tasks.length) }, worker));
  return {
    evidence: results.flatMap((r) => r.evidence),
    discovered: results.flatMap((r) => r.discovered),
    runs: results.map((r) => r.run),
  };
}

function safeApplies(rc: RegisteredCollector, node: Component): boolean {
  try {
    return rc.collector.appliesTo ? rc.collector.appliesTo(node) : true;
  } catch {
    return false;
  }
}

async function runCollector(
  rc: RegisteredCollector,
  nodes: Component[],
  input: DispatchInput,
  limits: Required<DispatchLimits>,
): Promise<{ run: CollectorRun; evidence: Evidence[]; discovered: DiscoveredNode[] }> {
  const { collector } = rc;
  const name = collector.id;
  const secrets = [...(input.secrets ?? []), ...(rc.secrets?.() ?? [])];
  const logger = (input.logger ?? silentLogger).child({ collector: name });
  const started = Date.now();
  const deadline =
    started + Math.min(collector.timeoutMs ?? limits.collectorTimeoutMs, limits.collectorTimeoutMs);
  input.onEvent?.('collector.started', { collector: name, nodes: nodes.map((n) => n.id) });

  let attempts = 0;
  let status: Status = 'ok';
  let reason: string | undefined;
  let code: string | undefined;
  let raw: unknown;
  // The SDK's one policy: the deadline bounds attempts and waits together, Retry-After is honoured
  // within it, and only errors the plugin marks retryable are tried again. A hung collector is not.
  const budget = Math.max(1, deadline - Date.now());
  const policy = createResiliencePolicy({
    timeoutMs: budget,
    deadlineMs: budget,
    retries: limits.maxRetries,
    timeoutRetries: 0,
    backoff: { baseMs: limits.retryBaseMs },
    isRetryable: (e) => e instanceof PluginError && e.retryable,
    onRetry: ({ attempt, waitMs }) => logger.debug('retrying collector', { attempt, waitMs }),
  });
  // What the collector threw, told apart from the policy's own deadline and abort errors.
  const thrown = new WeakSet<object>();
  let blockedPastDeadline = false;
  let pastDeadline = false;
  try {
    raw = await policy.execute(
      async (signal) => {
        attempts++;
        try {
          const pending = collector.collect(
            { incident: input.incident, nodes, window: input.window },
            { signal, logger, graph: input.graph },
          );
          // An in-process collector that blocks the thread (a synchronous loop) keeps the deadline
          // timer from firing; measured on its own call, so others it delayed are not blamed.
          blockedPastDeadline = Date.now() > deadline;
          return await pending;
        } catch (err) {
          if (typeof err === 'object' && err !== null) thrown.add(err);
          throw err;
        }
      },
      input.signal ? { signal: input.signal } : {},
    );
    pastDeadline = blockedPastDeadline;
  } catch (err) {
    const own = typeof err === 'object' && err !== null && thrown.has(err);
    if (!own && err instanceof PluginError && err.code === 'ERR_PLUGIN_UPSTREAM_TIMEOUT') pastDeadline = true;
    else {
      status =
        err instanceof PluginError ? err.collectorStatus : input.signal?.aborted ? 'unavailable' : 'error';
      code = isCulpritError(err) ? err.code : undefined;
      reason = scrubText(err instanceof Error ? err.message : String(err), secrets);
    }
  }
  if (pastDeadline) {
    status = 'timeout';
    code = 'ERR_PLUGIN_COLLECTOR_TIMEOUT';
    reason = `no answer within ${deadline - started} ms`;
  }

  let evidence: Evidence[] = [];
  let discovered: DiscoveredNode[] = [];
  if (status === 'ok') {
    const checked = checkOutput(raw, nodes, name, limits, secrets);
    evidence = checked.evidence;
    discovered = checked.discovered;
    if (checked.status !== 'ok') {
      status = checked.status;
      reason = checked.reason;
    }
  }
  const durationMs = Date.now() - started;
  for (const e of evidence) input.onEvent?.('evidence.added', { evidence: e });
  if (status !== 'ok') {
    const observedAt = new Date().toISOString();
    for (const n of nodes) {
      const e: Evidence = {
        node: n.id,
        source: name,
        kind: COLLECTOR_STATUS_KIND,
        attributes: { collector: name, status, reason: reason ?? '', ...(code ? { code } : {}) },
        observedAt,
      };
      evidence.push(e);
      input.onEvent?.('evidence.added', { evidence: e });
    }
    logger.warn('collector degraded', { status, code, reason, attempts, durationMs });
    input.onEvent?.('collector.failed', {
      collector: name,
      status,
      reason: reason ?? '',
      ...(code ? { code } : {}),
      durationMs,
    });
  } else {
    input.onEvent?.('collector.finished', { collector: name, evidence: evidence.length, durationMs });
  }
  const run: CollectorRun = {
    collector: name,
    status,
    durationMs,
    attempts,
    evidence: evidence.filter((e) => e.kind !== COLLECTOR_STATUS_KIND).length,
    ...(reason ? { reason } : {}),
    ...(code && status !== 'ok' ? { code } : {}),
  };
  return { run, evidence, discovered };
}

function checkOutput(
  raw: unknown,
  nodes: readonly Component[],
  name: string,
  limits: Required<DispatchLimits>,
  secrets: readonly string[],
): { evidence: Evidence[]; discovered: DiscoveredNode[]; status: Status; reason?: string } {
  const result = raw as { evidence?: unknown; discovered?: unknown } | undefined;
  if (!result || typeof result !== 'object' || !Array.isArray(result.evidence)) {
    return {
      evidence: [],
      discovered: [],
      status: 'invalid',
      reason: 'the collector did not return { evidence: [...] }',
    };
  }
  const inScope = new Set(nodes.map((n) => n.id));
  const discovered: DiscoveredNode[] = [];
  for (const d of Array.isArray(result.discovered) ? (result.discovered as DiscoveredNode[]) : []) {
    if (!d || typeof d.id !== 'string' || !Array.isArray(d.usedBy)) continue;
    const usedBy = d.usedBy.filter((u) => typeof u === 'string' && inScope.has(u));
    if (usedBy.length === 0) continue;
    if (!['node', 'storage', 'external'].includes(d.kind) || !['runs-on', 'depends-on'].includes(d.edgeType))
      continue;
    discovered.push({
      id: d.id,
      kind: d.kind,
      ...(typeof d.name === 'string' ? { name: d.name } : {}),
      usedBy,
      edgeType: d.edgeType,
    });
  }
  const allowed = new Set([...inScope, ...discovered.map((d) => d.id)]);
  const validate = getValidator<Evidence>('evidence.schema.json');
  const evidence: Evidence[] = [];
  let invalid = 0;
  let bytes = 0;
  let truncated = false;
  for (const item of result.evidence as unknown[]) {
    if (evidence.length >= limits.maxEvidenceItems) {
      truncated = true;
      break;
    }
    if (!validate(item) || !allowed.has(item.node)) {
      invalid++;
      continue;
    }
    const size = approxSize(item, limits.maxEvidenceBytes - bytes + 1);
    if (bytes + size > limits.maxEvidenceBytes) {
      truncated = true;
      break;
    }
    bytes += size;
    evidence.push(scrubValue(item, secrets) as Evidence);
  }
  if (truncated) {
    return {
      evidence,
      discovered,
      status: 'truncated',
      reason: `output above the cap (${limits.maxEvidenceItems} items / ${limits.maxEvidenceBytes} bytes); kept ${evidence.length} item(s)`,
    };
  }
  if (invalid > 0) {
    return {
      evidence,
      discovered,
      status: 'invalid',
      reason: `${invalid} evidence item(s) did not match the evidence schema or scope of ${name}`,
    };
  }
  return { evidence, discovered, status: 'ok' };
}

/** Size of a JSON value in bytes, walking iteratively and stopping once past `cap`. */
export function approxSize(value: unknown, cap: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= cap) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) size += 8;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v as object)) {
        size += k.length + 4;
        stack.push(x);
      }
    }
  }
  return size;
}
