// The messages between the plugin host and a plugin's worker thread, and how an error crosses it.
// Everything here is structured-clone data: no functions, no class instances beyond plain errors.
import { createError, isCulpritError } from '../errors/index.js';
import type { CollectorScope, CollectorStatus, InvestigationEvent, PluginManifest } from '../sdk/index.js';
// Not the SDK barrel: the worker thread loads this module and need not load the rest of the SDK.
import { PluginError } from '../sdk/plugin-error.js';
import type { GraphSnapshot } from './graph-snapshot.js';

export interface WorkerData {
  /** file: URL of the plugin module, resolved by the host. */
  moduleUrl: string;
  graph: GraphSnapshot;
}

export interface WireError {
  message: string;
  code?: string;
  plugin?: { retryable: boolean; status: Exclude<CollectorStatus, 'ok'>; retryAfterMs?: number };
}

export interface CollectorInfo {
  id: string;
  description?: string;
  timeoutMs?: number;
  /** Ids of the graph components the collector applies to; absent when it applies to all. */
  appliesTo?: string[];
}

export type HostMessage =
  | { type: 'setup'; config: unknown }
  | { type: 'collect'; call: number; collector: string; scope: CollectorScope }
  | { type: 'notify'; call: number; notifier: string; event: InvestigationEvent; state: unknown }
  | { type: 'abort'; call: number }
  | { type: 'ping'; ping: number }
  | { type: 'close' };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type WorkerMessage =
  | { type: 'loaded'; manifest: PluginManifest; configSchema?: Record<string, unknown> }
  | { type: 'failed'; stage: 'load' | 'setup'; error: WireError }
  | {
      type: 'ready';
      collectors: CollectorInfo[];
      notifiers: { id: string; events?: InvestigationEvent['type'][] }[];
      facts: string[];
      operators: string[];
    }
  | {
      type: 'log';
      call?: number;
      level: LogLevel;
      message: string;
      fields?: Record<string, unknown>;
      bindings: Record<string, unknown>;
    }
  | { type: 'done'; call: number; result: unknown }
  /** A notifier saved its per-incident state; the host persists it before the call counts as done. */
  | { type: 'state'; call: number; value: unknown }
  | { type: 'fail'; call: number; error: WireError }
  | { type: 'pong'; ping: number }
  | { type: 'closed' };

export function toWireError(err: unknown): WireError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof PluginError) {
    return {
      message,
      code: err.code,
      plugin: {
        retryable: err.retryable,
        status: err.collectorStatus,
        ...(err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs } : {}),
      },
    };
  }
  return isCulpritError(err) ? { message, code: err.code } : { message };
}

/** The error on the host side: a PluginError stays one (retries and statuses keep working). */
export function fromWireError(wire: WireError): Error {
  if (wire.plugin) {
    return new PluginError(wire.message, {
      retryable: wire.plugin.retryable,
      status: wire.plugin.status,
      ...(wire.plugin.retryAfterMs !== undefined ? { retryAfterMs: wire.plugin.retryAfterMs } : {}),
    });
  }
  return createError('ERR_PLUGIN_UNEXPECTED_ERROR', { reason: wire.message });
}
