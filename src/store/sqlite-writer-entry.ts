// Entry of the SQLite writer thread: its own connection (WAL, synchronous=FULL) commits groups of
// accepts, so the fsync each commit waits for blocks this thread, never the API's event loop.
// It answers each group only after its transaction committed; it must not hold state between groups.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { isCulpritError } from '../errors/index.js';
import {
  createAcceptTransaction,
  storeError,
  type Accept,
  type GroupTransaction,
  type Outcome,
} from './sqlite-accept.js';
import type { WriterReply, WriterRequest, WriterSetup } from './sqlite-writer-thread.js';

const setup = workerData as WriterSetup;
const port = parentPort!;
const translate = (err: unknown) => storeError(err, { path: setup.path, ms: setup.busyTimeoutMs });

let groupTx: GroupTransaction | undefined;
let db: Database.Database | undefined;
try {
  // A lock another connection holds is waited for inside SQLite: this thread has nothing else to do.
  db = new Database(setup.path, { timeout: setup.busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  groupTx = createAcceptTransaction(db, translate);
} catch (err) {
  port.postMessage({ id: 0, failed: serialize(translate(err)) } satisfies WriterReply);
}

port.on('message', (request: WriterRequest) => {
  if (request.close) {
    if (db?.open) db.close();
    port.postMessage({ id: request.id, outcomes: [] } satisfies WriterReply);
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    if (!groupTx) throw new Error('the writer connection did not open');
    const outcomes = groupTx.immediate(request.group as Accept[]);
    reply = { id: request.id, outcomes: outcomes.map(serializeOutcome) };
  } catch (err) {
    reply = { id: request.id, failed: serialize(translate(err)) };
  }
  port.postMessage(reply);
});

function serializeOutcome(outcome: Outcome) {
  return outcome.ok ? outcome : { ok: false as const, error: serialize(outcome.error) };
}

/** A coded error as plain data (classes do not cross threads); its library cause keeps its code. */
function serialize(err: unknown) {
  if (!isCulpritError(err)) return { code: 'ERR_STORE_UNAVAILABLE', details: { reason: String(err) } };
  const cause = err.cause as { message?: unknown; code?: unknown } | undefined;
  return {
    code: err.code,
    details: err.details,
    ...(cause ? { cause: { message: String(cause.message ?? cause), code: cause.code } } : {}),
  };
}
