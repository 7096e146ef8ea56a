// Batch s61b (blind dev): one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// Fault: an idle-in-transaction ALTER TABLE holds an ACCESS EXCLUSIVE lock on accounts-db's users table; userservice hangs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-04-21T14:31:00Z';
const T = clock(INC);
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const LOCK = -22; // BEGIN; ALTER TABLE users ... left open
const NOTREADY = -20.4;
const pg = (min, pid, level, msg) => `${T.isoMs(min).replace('T', ' ').replace('Z', '')} UTC [${pid}] ${level}:  ${msg}`;

const gunicornBoot = (min, pid) => [
  `[${T.iso(min).replace('T', ' ').replace('Z', '')} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
  `[${T.iso(min).replace('T', ' ').replace('Z', '')} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
  `[${T.iso(min).replace('T', ' ').replace('Z', '')} +0000] [1] [INFO] Using worker: gthread`,
  `[${T.iso(min).replace('T', ' ').replace('Z', '')} +0000] [${pid}] [INFO] Booting worker with pid: ${pid}`,
];

const frontLog = [...gunicornBoot(-60 * 24 * 9 + 0.2, 7)];
for (const m of range(-45, -0.2, 0.45)) {
  const k = Math.round(-m * 20) % 4;
  if (m < LOCK) {
    if (k === 0) frontLog.push(plog(T, m, 'INFO', 'login', 'Successfully logged in.'));
    else if (k === 1) frontLog.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    else if (k === 2) frontLog.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else frontLog.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
  } else if (k === 1 || k === 3) {
    frontLog.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
  } else if (m < NOTREADY) {
    frontLog.push(plog(T, m, 'ERROR', '_login_helper', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
  } else if (k === 0) {
    frontLog.push(plog(T, m, 'ERROR', '_login_helper', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f0c3b2e9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))"));
  } else {
    frontLog.push(plog(T, m, 'ERROR', 'signup', "Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /users (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f0c3b1f4a90>: Failed to establish a new connection: [Errno 111] Connection refused'))"));
  }
}

const userLog = [
  ...gunicornBoot(-60 * 24 * 9 + 0.2, 8),
  plog(T, -60 * 24 * 9 + 0.25, 'INFO', 'create_app', 'Starting userservice.'),
];
for (const m of range(-45, LOCK, 1.1)) userLog.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));

const contactsLog = [...gunicornBoot(-60 * 24 * 9 + 0.2, 8), plog(T, -60 * 24 * 9 + 0.25, 'INFO', 'create_app', 'Starting contacts service.')];

const acctDb = [
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(-60 * 24 * 9 + 0.3, 24, 'LOG', 'database system was shut down at ' + T.iso(-60 * 24 * 9 + 0.25).replace('T', ' ').replace('Z', ' UTC')),
  pg(-60 * 24 * 9 + 0.31, 1, 'LOG', 'database system is ready to accept connections'),
];
for (const m of [-65, -50, -35]) {
  acctDb.push(pg(m, 22, 'LOG', 'checkpoint starting: time'));
  acctDb.push(pg(m + 0.02, 22, 'LOG', `checkpoint complete: wrote ${3 + (Math.round(-m) % 5)} buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.304 s, sync=0.003 s, total=0.318 s; sync files=${2 + (Math.round(-m) % 3)}, longest=0.002 s, average=0.001 s; distance=${14 + (Math.round(-m) % 9)} kB, estimate=21 kB; lsn=0/1B4${Math.round(-m)}A10, redo lsn=0/1B4${Math.round(-m)}9D8`));
}
acctDb.push(pg(LOCK + 3, 22, 'LOG', 'checkpoint starting: time'));
acctDb.push(pg(LOCK + 3.02, 22, 'LOG', 'checkpoint complete: wrote 9 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.804 s, sync=0.004 s, total=0.822 s; sync files=7, longest=0.002 s, average=0.001 s; distance=31 kB, estimate=31 kB; lsn=0/1B59F0B8, redo lsn=0/1B59F080'));

const ledgerDb = [
  pg(-60 * 24 * 9 + 0.31, 1, 'LOG', 'database system is ready to accept connections'),
];
for (const m of range(-60, -1, 5)) {
  ledgerDb.push(pg(m, 22, 'LOG', 'checkpoint starting: time'));
  ledgerDb.push(pg(m + 0.05, 22, 'LOG', `checkpoint complete: wrote ${20 + (Math.round(-m) % 11)} buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=2.711 s, sync=0.006 s, total=2.731 s; sync files=4, longest=0.004 s, average=0.002 s; distance=${90 + (Math.round(-m) % 30)} kB, estimate=104 kB; lsn=0/3C${Math.round(-m)}11F8, redo lsn=0/3C${Math.round(-m)}1188`));
}

const ustart = T.iso(-60 * 24 * 9);
export const scenarios = [
  withDefaults({
    folder: 's61b-accounts-db-idle-in-transaction-alter-lock',
    description: 'nobody can log in to the bank since around 14:10, login spins and then "Login Failed". userservice is 0/1. people already logged in can still see contacts + history',
    incidentTime: INC,
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      Manifest and code facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047, src/accounts/userservice,
      src/frontend): userservice (Python, gunicorn --threads 4 gthread worker, readiness GET /ready timeout 10s period 5s, no
      liveness) reads and writes the users table of accounts-db (Postgres StatefulSet) through ACCOUNTS_DB_URI; contacts reads the
      contacts table of the same database; the frontend calls userservice /login and POST /users with BACKEND_TIMEOUT 4 s and logs
      "Error logging in: <requests exception>".
      Fault (the classic Postgres lock-queue outage of many public post-mortems and the PostgreSQL docs on ALTER TABLE's ACCESS
      EXCLUSIVE lock): at 14:09 an engineer exec'd into accounts-db-0, ran BEGIN; ALTER TABLE users ADD COLUMN mfa_enabled ...;
      and left the psql session idle in transaction. Every SELECT/INSERT on users now queues behind that lock; Postgres logs
      nothing (log_lock_waits off, no statement_timeout) and accounts-db stays Running and Ready. userservice's four threads block
      on the first logins, the frontend's requests time out after 4 s, then userservice's own /ready requests queue behind the
      blocked threads, the readiness probe times out and the pod leaves the Endpoints at 14:10:36; from then the frontend gets
      connection refused. contacts (contacts table) and the ledger services keep working. userservice's NotReady state is a
      symptom; the dependency that is hung is accounts-db.
      Decoy: ledgerwriter restarted once two days ago, OOMKilled, long recovered.
      Deviations from upstream: none in the manifests; the open psql transaction is the incident.
    `,
    workloads: {
      userservice: {
        unavailableSince: NOTREADY,
        endpointsChanged: NOTREADY,
        pods: [{ readyTransition: T.iso(NOTREADY), containers: { userservice: cs.running(ustart, { ready: false }) } }],
      },
      ledgerwriter: {
        pods: [{ containers: { ledgerwriter: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:userservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{userservice}', first: -20.9, last: -0.1, count: 248 },
    ],
    logs: {
      'frontend#0/front': frontLog,
      'userservice#0/userservice': userLog,
      'contacts#0/contacts': contactsLog,
      'accounts-db#0/accounts-db': acctDb,
      'ledger-db#0/postgres': ledgerDb,
    },
  }),
];
