// Barrel of the store layer: the incident store contract, its SQLite and PostgreSQL implementations
// (the latter loaded lazily through openIncidentStore), the queue worker.
export type { CreateOptions, IncidentRecord, IncidentStore, Job, ListQuery } from './incident-store.js';
export { openIncidentStore, type OpenStoreOptions } from './open-store.js';
export { isPostgresUrl, redactPostgresUrl, type PostgresStoreOptions } from './postgres-options.js';
export { createQueueWorker, type QueueWorker, type QueueWorkerOptions } from './queue-worker.js';
export { createSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export {
  createRetentionScheduler,
  type RetentionOptions,
  type RetentionScheduler,
} from './retention-scheduler.js';
export type { AgentRequestLease, AgentStore, AgentTokenRecord, AnswerOutcome } from './agent-store.js';
