// The small typed context every route plugin registers against: the options the server was built
// with and the live parts it shares (store, engine, worker, event hub, metrics, keys, state).
import type { Engine } from '../engine/index.js';
import type { IncidentStore, QueueWorker } from '../store/index.js';
import type { ApiKey, KeyRing, Scope } from './api-keys.js';
import type { EventHub } from './event-hub.js';
import type { SlackEntryOptions } from './routes/slack.js';
import type { WebhookOptions } from './routes/webhooks.js';
import type { LoadGauge } from './load-shedding.js';
import type { ServerMetrics } from './server-metrics.js';

export interface ServerOptions {
  engine: Engine;
  store: IncidentStore;
  /** Rule-pack directories the engine loaded, for the MCP rule-pack resource (default: the bundled packs). */
  rules?: readonly string[];
  apiKeys?: readonly ApiKey[];
  workers?: number;
  leaseMs?: number;
  workerId?: string;
  maxSubscribers?: number;
  heartbeatMs?: number;
  bodyLimit?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  webhooks?: WebhookOptions;
  /** The Slack slash command and app mentions (off without a signing secret). */
  slack?: SlackEntryOptions;
  /**
   * Requests handled at once before new ones are shed with 429 (default 256). SSE streams are not
   * counted here: they have their own pool, `maxSubscribers` (default 500).
   */
  maxInFlight?: number;
  /**
   * Process-level overload, measured by @fastify/under-pressure: past any of these, new work is shed
   * with 503 and /readyz answers 503. 0 (the default) turns a check off; `culprit serve` sets an
   * event-loop delay of 1000 ms.
   */
  pressure?: {
    maxEventLoopDelayMs?: number;
    maxEventLoopUtilization?: number;
    maxHeapUsedBytes?: number;
    maxRssBytes?: number;
    sampleIntervalMs?: number;
  };
  /** Slow-client limits (defaults: headers 10 s, request 30 s, idle socket 60 s, keep-alive 72 s). */
  timeouts?: ServerTimeouts;
  /** Open sockets at once; past it new connections are closed at once (default 1024). */
  maxConnections?: number;
  /** Operations endpoints served without an API key even when keys are configured (default none). */
  publicOps?: readonly PublicOp[];
}

export type PublicOp = 'metrics' | 'docs';

export interface ServerTimeouts {
  /** Time to receive the request headers (Node's headersTimeout). */
  headersMs?: number;
  /** Time to receive the whole request, headers and body (Node's requestTimeout). */
  requestMs?: number;
  /** A socket with no traffic either way for this long is closed (must exceed heartbeatMs). */
  idleMs?: number;
  /** How long an idle keep-alive connection is kept between requests. */
  keepAliveMs?: number;
}

/** Per-route settings read by the server-wide hooks (authorize.ts, load-shedding.ts). */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a caller's API key must carry; 'any' accepts every configured key; unset: public. */
    auth?: Scope | 'any';
    /** false: not counted against maxInFlight (health checks, metrics, SSE streams with their own pool). */
    shed?: boolean;
  }
}

export interface ServerContext {
  readonly options: ServerOptions;
  readonly engine: Engine;
  readonly store: IncidentStore;
  readonly worker: QueueWorker;
  readonly hub: EventHub;
  readonly metrics: ServerMetrics;
  readonly keys: KeyRing;
  /** Set once close() begins: new work is refused, readiness turns 503. */
  readonly state: { shuttingDown: boolean };
  /** In-flight work and process pressure, for readiness. */
  readonly load: LoadGauge;
}

/** What `app.register(routes, { ctx })` passes to each route plugin. */
export interface RouteOptions {
  ctx: ServerContext;
}
