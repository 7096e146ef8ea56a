// The error a plugin throws to tell the host how to treat a failure: retry it, or record it as
// evidence with this status. Anything else a plugin throws is recorded as status `error`, not retried.
import { CulpritError, errorCatalogue } from '../errors/index.js';
import type { CollectorStatus } from './evidence.js';

/** The catalogue codes a PluginError may carry (the resilience policy raises the last two). */
export type PluginErrorCode =
  | 'ERR_PLUGIN_COLLECTOR_FAILED'
  | 'ERR_PLUGIN_UPSTREAM_TIMEOUT'
  | 'ERR_PLUGIN_CIRCUIT_OPEN';

export interface PluginErrorOptions {
  retryable?: boolean;
  status?: Exclude<CollectorStatus, 'ok'>;
  /** Server-suggested wait before a retry (e.g. from Retry-After). */
  retryAfterMs?: number;
  cause?: unknown;
  details?: Record<string, unknown>;
  /** Default `ERR_PLUGIN_COLLECTOR_FAILED`. */
  code?: PluginErrorCode;
}

const BRAND = Symbol.for('culprit.PluginError');

export class PluginError extends CulpritError {
  /**
   * A plugin may be built against another copy of `culprit/sdk` (its own node_modules, or the
   * published dist while the host runs from source): `instanceof` checks a brand, not the class.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly [BRAND] = true;
  readonly retryable: boolean;
  readonly collectorStatus: Exclude<CollectorStatus, 'ok'>;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: PluginErrorOptions = {}) {
    const code = options.code ?? 'ERR_PLUGIN_COLLECTOR_FAILED';
    super(code, message, {
      details: options.details ?? {},
      cause: options.cause,
      status: errorCatalogue[code].status ?? 502,
    });
    this.name = 'PluginError';
    this.retryable = options.retryable ?? false;
    this.collectorStatus = options.status ?? 'error';
    this.retryAfterMs = options.retryAfterMs;
  }
}
