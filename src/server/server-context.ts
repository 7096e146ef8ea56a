// The small typed context every route plugin registers against: the options the server was built
// with and the live parts it shares (store, engine, worker, event hub, metrics, keys, state).
import type { Engine } from '../engine/index.js';
import type { IncidentStore, QueueWorker } from '../store/index.js';
import type { ApiKey, KeyRing } from './api-keys.js';
import type { EventHub } from './event-hub.js';
import type { SlackEntryOptions } from './routes/slack.js';
import type { WebhookOptions } from './routes/webhooks.js';
import type { ServerMetrics } from './server-metrics.js';

export interface ServerOptions {
  engine: Engine;
  store: IncidentStore;
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
  /** Requests handled at once before new ones are shed with 429 (default 256). */
  maxInFlight?: number;
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
}

/** What `app.register(routes, { ctx })` passes to each route plugin. */
export interface RouteOptions {
  ctx: ServerContext;
}
