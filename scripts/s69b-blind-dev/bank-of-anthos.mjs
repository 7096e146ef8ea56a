// Blind dev batch s69b: one Bank of Anthos scenario for the scenario kit.
// accounts-db queues every query on `users` behind a waiting ALTER TABLE; userservice goes NotReady and the frontend is loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-11-26T13:07:00Z';
const T = clock(INCIDENT);
const FAULT = -11; // 12:56 UTC: ALTER TABLE users starts waiting
const NOTREADY = -10.2;

// postgres stderr log (log_line_prefix '%m [%p] ', log_checkpoints on by default since PostgreSQL 15).
const pg = (min, pid, msg) => `${T.java(min)} UTC [${pid}] ${msg}`;
const ckpt = (min, buffers, pct, secs) => [
  pg(min, 27, 'LOG:  checkpoint starting: time'),
  pg(min + secs / 60, 27, `LOG:  checkpoint complete: wrote ${buffers} buffers (${pct}%); 0 WAL file(s) added, 0 removed, 0 recycled; write=${(secs - 0.03).toFixed(3)} s, sync=0.011 s, total=${secs.toFixed(3)} s; sync files=${Math.max(3, Math.round(buffers / 4))}, longest=0.004 s, average=0.001 s; distance=${buffers * 7} kB, estimate=${buffers * 8} kB; lsn=0/3${(0xa41c8 + buffers * 977).toString(16).toUpperCase()}, redo lsn=0/3${(0xa4190 + buffers * 977).toString(16).toUpperCase()}`),
];
const accountsDbLog = [...ckpt(-65, 41, '0.3', 4.12), ...ckpt(-35, 17, '0.1', 1.74), ...ckpt(-5, 3, '0.0', 0.33)];
const ledgerDbLog = [...ckpt(-62, 212, '1.3', 21.3), ...ckpt(-32, 208, '1.3', 20.9), ...ckpt(-2, 215, '1.3', 21.5)];

const front = [];
let k = 0;
for (let m = -30; m < -0.3; m += 0.55) {
  k++;
  if (m < FAULT) {
    if (k % 3 === 0) front.push(plog(T, m, 'INFO', 'login', 'Successfully logged in.'));
  } else if (m < NOTREADY + 0.3) {
    front.push(plog(T, m, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
  } else if (k % 2 === 0) {
    front.push(plog(T, m, 'ERROR', 'login', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c${(0x1e4d90 + k * 48).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
  } else {
    front.push(plog(T, m, 'ERROR', 'signup', `Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /users (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c${(0x2a1f70 + k * 48).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
  }
}

const userLog = [];
for (let m = -30; m < FAULT; m += 1.65) userLog.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));

// ledgerwriter keeps accepting transactions from users whose JWT is still valid (the ledger path never touches accounts-db).
const lw = [];
for (let m = -25; m < -0.4; m += 1.1) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));

export const scenarios = [
  withDefaults({
    folder: 's69b-accounts-db-alter-table-lock-queue',
    description: "bank app: nobody can log in ('Login Failed') or sign up since ~12:55, userservice shows 0/1 ready. people who were already logged in can still see balance + send money",
    incidentTime: INCIDENT,
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047): userservice reads and writes the users
      table of accounts-db (ACCOUNTS_DB_URI from accounts-db-config) for /login and /users; contacts reads only the contacts table of
      the same database; the ledger services use ledger-db; the frontend checks a JWT locally (public key jwt-key), so users with a
      valid token keep seeing balances and sending money without touching accounts-db. userservice has only a readiness probe
      (/ready, timeout 10 s, period 5 s) and runs gunicorn with a few threads: when every thread is blocked on the database, the
      probe request waits in the queue and times out. accounts-db (StatefulSet, no probes) stays Running and Ready.
      Fault (the PostgreSQL lock-queue outage of public post-mortems, e.g. GoCardless "Zero-downtime Postgres migrations - the hard
      parts"): a pg_dump of accounts-db started at 12:40 from outside the cluster holds ACCESS SHARE on users; at 12:56 a manual
      migration "ALTER TABLE users ADD COLUMN last_login timestamptz" (no lock_timeout) queues for ACCESS EXCLUSIVE, and every
      later SELECT/INSERT on users queues behind it. accounts-db logs nothing about it (log_lock_waits is off by default) - only its
      routine checkpoint lines; the database answers every query on other tables.
      Effect: from 12:56 userservice's threads block; the frontend logs "Error logging in: ... Read timed out. (read timeout=4)";
      from 12:57 userservice's readiness probe times out (Unhealthy events, pod NotReady, no restarts since it has no liveness
      probe), its Endpoints empty, and the frontend's login and signup calls get "Connection refused". contacts and the ledger path
      keep working.
      Decoys: userservice itself is the visibly broken pod (NotReady) although its code is fine; transactionhistory was OOMKilled
      three days ago and restarted once.
      The answer is accounts-db (a dependency that is unresponsive for one table while its pod looks healthy).
      Deviations from upstream: the backup and the migration are operator actions outside the snapshot (no pods of theirs here).
    `,
    workloads: {
      userservice: {
        unavailableSince: NOTREADY,
        pods: [{ containers: { userservice: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) }, readyTransition: T.iso(NOTREADY) }],
      },
      transactionhistory: {
        pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{userservice}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: NOTREADY - 0.2, last: -0.1, count: 117 },
    ],
    logs: {
      'frontend#0/front': front,
      'userservice#0/userservice': userLog,
      'accounts-db#0/accounts-db': accountsDbLog,
      'ledger-db#0/postgres': ledgerDbLog,
      'ledgerwriter#0/ledgerwriter': lw,
    },
  }),
];
