// The incident store contract: incidents, their events and tapes, and the durable job queue with
// leases and fencing tokens. SQLite implements it embedded; a PostgreSQL one can follow unchanged.
import type { EvidenceTape } from '../investigate/index.js';
import type { NotificationLog } from '../plugins/index.js';
import type { Incident, IncidentStatus, InvestigationEvent, Report } from '../sdk/index.js';
import type { AgentStore } from './agent-store.js';

export interface IncidentRecord {
  id: string;
  status: IncidentStatus;
  source: string;
  incident: Incident;
  report?: Report;
  error?: { code: string; message: string };
  createdAt: string;
  updatedAt: string;
  startedAt?: string;
  completedAt?: string;
  /** When the source (alerting system) reported the problem resolved. */
  resolvedAt?: string;
  /** The group's incident before this one (resolved, or quiet past the dedupe window). */
  previousIncidentId?: string;
  attempts: number;
}

export interface CreateOptions {
  idempotencyKey?: string;
  /** Hash of the request body; the same key with another hash is a conflict. */
  requestHash?: string;
  /**
   * Webhook group key: a delivery joins the group's open incident; once that one is resolved (or
   * quiet for longer than `dedupWindowMs`), the next firing is a new incident linked to it.
   */
  dedupKey?: string;
  /** How long a group's open incident takes new deliveries after the last one (default: forever). */
  dedupWindowMs?: number;
  /** The sender's event id: a delivery already seen (a retry or a replay) changes nothing. */
  deliveryId?: string;
  /** The delivery says the problem is over: it resolves the group's incident instead of opening one. */
  resolved?: boolean;
  /** When the sender says it ended (default: now). */
  resolvedAt?: string;
}

export interface ListQuery {
  status?: IncidentStatus;
  source?: string;
  createdAfter?: string;
  createdBefore?: string;
  limit?: number;
  cursor?: string;
}

export interface Job {
  incidentId: string;
  /** Fencing token: only the holder of the latest token may finish the job. */
  token: number;
  attempts: number;
  workerId: string;
}

export interface IncidentStore {
  /** Stores the incident and enqueues its investigation in one transaction. */
  create(
    incident: Incident,
    options?: CreateOptions,
  ): Promise<{ record: IncidentRecord; created: boolean; replayed?: boolean }>;
  get(id: string): Promise<IncidentRecord | undefined>;
  /** The alerting system says the problem is over (the investigation's result stands). */
  markResolved(id: string): Promise<void>;
  list(query?: ListQuery): Promise<{ items: IncidentRecord[]; nextCursor?: string }>;
  appendEvent(event: InvestigationEvent): Promise<void>;
  listEvents(id: string, afterSeq?: number): Promise<InvestigationEvent[]>;
  claim(workerId: string, leaseMs: number): Promise<Job | undefined>;
  renew(job: Job, leaseMs: number): Promise<boolean>;
  release(job: Job): Promise<void>;
  complete(job: Job, report: Report, tape: EvidenceTape): Promise<void>;
  fail(job: Job, error: { code: string; message: string }): Promise<void>;
  getTape(id: string): Promise<EvidenceTape | undefined>;
  /** The notification steps delivered for one incident and its notifiers' state (across restarts). */
  notificationLog(id: string): NotificationLog;
  counts(): Promise<Record<IncidentStatus, number>>;
  /**
   * Retention: deletes incidents finished (completed or failed) before `finishedBefore`, with their
   * events, tapes and notification steps, `batchSize` incidents per short transaction. Returns the
   * number of incidents deleted.
   */
  prune(options: { finishedBefore: Date; batchSize: number }): Promise<number>;
  /**
   * Cluster agents' tokens and collection requests (docs/agents.md). Optional: a store without it
   * serves no agent routes (404) and no cluster can be read `via: agent`.
   */
  readonly agents?: AgentStore;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Every event appended to this store by any process, as it is committed (PostgreSQL: LISTEN/NOTIFY).
   * Absent where only this process writes (SQLite): the server then publishes its own worker's events.
   */
  subscribeEvents?(listener: (event: InvestigationEvent) => void): Promise<() => void>;
}
