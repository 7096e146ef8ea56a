// s17 blind dev scenarios (author b) for Bank of Anthos: a ledger-db that blocks writes behind a non-concurrent CREATE INDEX,
// and userservice starved at its 500m CPU limit by bcrypt logins; kit system scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const NODES = system.nodes.map((n) => n.name);
// PostgreSQL 16 default log_line_prefix '%m [%p] ' (the ledger-db image is postgres:16.14-alpine).
const pg = (T, min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const every = (from, to, step, f) => {
  const out = [];
  for (let m = from, i = 0; m < to; m += step, i++) out.push(f(m, i));
  return out;
};

// ---------------------------------------------------------------------------------------------------------------
// 1. ledger-db blocks every INSERT behind a CREATE INDEX (SHARE lock) run by hand on the transactions table.
const T1 = clock('2026-11-18T13:58:00Z');
const ledgerLock = withDefaults({
  folder: 's17-ledger-db-create-index-lock',
  incidentTime: '2026-11-18T13:58:00Z',
  description: 'payments and deposits spin then fail since ~13:36, balances still show fine. ledgerwriter?',
  expected: { component: 'ledger-db', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Bank of Anthos kubernetes-manifests at d0af047: ledgerwriter (Spring Boot, HikariCP default pool of 10 and
    connectionTimeout 30000 ms) writes each payment/deposit into ledger-db's transactions table
    (SPRING_DATASOURCE_URL from ledger-db-config); balancereader and transactionhistory only read it (polling, POLL_MS 100).
    Fault: at 13:36 someone ran a plain (non-CONCURRENTLY) CREATE INDEX on transactions from a psql session; it takes a
    SHARE lock that lets SELECTs through but blocks every INSERT until it finishes (PostgreSQL docs, "Building Indexes
    Concurrently"; a classic cause of write outages in public post-mortems). ledger-db stays Running and Ready and logs
    nothing about it (log_lock_waits is off by default); only its timed checkpoint lines get much heavier while the index builds.
    ledgerwriter's first ten requests hang holding every pooled connection; the rest wait 30 s for a connection and fail
    with CannotCreateTransactionException, which upstream LedgerWriterController catches and logs as
    "Failed to retrieve account balance" (misleading towards balancereader, which is healthy). The frontend gives up after
    BACKEND_TIMEOUT 4 s: "Error submitting payment/deposit: HTTPConnectionPool(...): Read timed out. (read timeout=4)".
    Reads (balance, history) keep working. Decoy: balancereader OOMKilled once two days ago (old, recovered).
    Expected ledger-db dependency-down: the database is up but does not accept writes; ledgerwriter is its loudest caller.
  `,
  workloads: {
    balancereader: {
      pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49 - 0.3) } }) } }],
    },
  },
  events: [
    { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine', first: -60 * 49, fieldPath: 'spec.containers{balancereader}' },
  ],
  logs: {
    'ledger-db#0/postgres': [
      pg(T1, -60 * 24 * 3, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
      pg(T1, -60 * 24 * 3, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
      pg(T1, -60 * 24 * 3, 1, 'LOG', 'database system is ready to accept connections'),
      ...every(-95, -5, 15, (m) => [
        pg(T1, m, 27, 'LOG', 'checkpoint starting: time'),
        m > -22 && m < -5
          ? pg(T1, m + 4.4, 27, 'LOG', `checkpoint complete: wrote ${16840 + Math.round(m * -13)} buffers (51.${Math.abs(Math.round(m)) % 10}%); 0 WAL file(s) added, 0 removed, 7 recycled; write=269.912 s, sync=0.412 s, total=270.401 s; sync files=14, longest=0.188 s, average=0.029 s; distance=116311 kB, estimate=116311 kB; lsn=3/2A61F0B8, redo lsn=3/26C0D140`)
          : pg(T1, m + 0.7, 27, 'LOG', `checkpoint complete: wrote ${40 + Math.abs(Math.round(m)) % 9} buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.107 s, sync=0.006 s, total=4.131 s; sync files=11, longest=0.003 s, average=0.001 s; distance=312 kB, estimate=1410 kB; lsn=3/${(0x1F0A2C10 + Math.round(m + 100) * 4096).toString(16).toUpperCase()}, redo lsn=3/1F09D9E8`),
      ]).flat(),
    ],
    'ledgerwriter#0/ledgerwriter': [
      ...every(-40, -22.2, 0.7, (m) => jlog(T1, m, 'INFO', 'addTransaction', 'Submitted transaction successfully')),
      ...every(-21.4, -0.2, 0.45, (m) => jlog(T1, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance')),
    ],
    'balancereader#0/balancereader': [
      jlog(T1, -60 * 49 + 0.2, 'INFO', 'logStartupInfo', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.13 with PID 1 (/app/classpath started by ? in /app)'),
      jlog(T1, -60 * 49 + 0.9, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 38.114 seconds (process running for 41.7)'),
    ],
    'transactionhistory#0/transactionhistory': [
      jlog(T1, -60 * 24 * 9 + 1, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 40.552 seconds (process running for 44.1)'),
    ],
    'frontend#0/front': [
      ...every(-40, -22.2, 0.7, (m, i) => jlog(T1, m, 'INFO', i % 2 ? 'deposit' : 'payment', i % 2 ? 'Deposit submitted successfully.' : 'Payment initiated successfully.')),
      ...every(-39.6, -0.4, 1.9, (m) => jlog(T1, m, 'INFO', '_login_helper', 'Successfully logged in.')),
      ...every(-21.9, -0.3, 0.45, (m, i) => jlog(T1, m, 'ERROR', i % 3 === 2 ? 'deposit' : 'payment', `Error submitting ${i % 3 === 2 ? 'deposit' : 'payment'}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`)),
    ].sort((a, b) => a.slice(14, 33).localeCompare(b.slice(14, 33))),
  },
});

// ---------------------------------------------------------------------------------------------------------------
// 2. userservice pinned at its 500m CPU limit by bcrypt.checkpw on a login surge; the frontend is the loud one.
const T2 = clock('2026-11-24T09:26:00Z');
const cpuStarved = withDefaults({
  folder: 's17-userservice-bcrypt-cpu-throttle',
  incidentTime: '2026-11-24T09:26:00Z',
  description: 'bank frontend login broken, "Login Failed" after a long spinner, started around 9:05',
  expected: { component: 'userservice', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Bank of Anthos at d0af047: userservice is one gunicorn process with --threads 2 (src/accounts/userservice/Dockerfile),
    limits cpu 500m / memory 256Mi (kubernetes-manifests/userservice.yaml), and /login checks the password with
    bcrypt.checkpw (default cost 12, about a quarter of a core-second per check). The frontend calls it with
    timeout BACKEND_TIMEOUT*2 = 8 s (_login_helper) and logs "Error logging in: ...Read timed out. (read timeout=8)".
    Fault: a Monday-morning login peak (tokens expire after TOKEN_EXPIRY_SECONDS 3600) from 09:05 drives userservice to
    its CFS quota; requests queue behind the two threads, logins take tens of seconds, the readiness probe (timeout 10 s)
    fails intermittently so the single pod flaps in and out of the Service, and once the arbiter misses the worker's
    heartbeat for --timeout 30 s it logs gunicorn's "WORKER TIMEOUT (pid:N)" and boots a new worker, dropping in-flight
    requests (frontend: "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))").
    No restart, no OOM; the pod is Ready at the snapshot. Decoy: a healthy contacts rollout the evening before.
    Expected userservice resource-exhaustion (CPU at the limit; the frontend, its caller, is louder).
  `,
  workloads: {
    userservice: {
      endpointsChanged: -1.2,
      pods: [{ node: NODES[1], readyTransition: T2.iso(-1.2) }],
    },
    contacts: {
      rollout: { at: -60 * 14, revision: 5 },
      patch: { podAnnotations: { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }', 'kubectl.kubernetes.io/restartedAt': T2.iso(-60 * 14) } },
    },
  },
  events: [
    { on: 'pod:userservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -18.5, last: -1.6, count: 27, fieldPath: 'spec.containers{userservice}' },
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -60 * 14, source: 'deployment-controller' },
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -60 * 14 + 0.8, source: 'deployment-controller' },
  ],
  logs: {
    'userservice#0/userservice': [
      jlog(T2, -60 * 24 * 9, 'INFO', 'run', 'Starting gunicorn 22.0.0'),
      jlog(T2, -60 * 24 * 9, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
      jlog(T2, -60 * 24 * 9, 'INFO', 'start', 'Using worker: gthread'),
      jlog(T2, -60 * 24 * 9, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
      jlog(T2, -60 * 24 * 9 + 0.1, 'INFO', 'create_app', 'Starting userservice.'),
      jlog(T2, -60 * 24 * 9 + 0.1, 'INFO', 'create_app', '✅ Tracing enabled.'),
      ...every(-45, -21, 0.9, (m) => jlog(T2, m, 'INFO', 'login', 'Login Successful.')),
      ...every(-21, -9.3, 0.22, (m) => jlog(T2, m, 'INFO', 'login', 'Login Successful.')),
      jlog(T2, -9.2, 'CRITICAL', 'murder_workers', 'WORKER TIMEOUT (pid:7)'),
      jlog(T2, -9.2, 'INFO', 'handle_abort', 'Worker exiting (pid: 7)'),
      jlog(T2, -9.1, 'ERROR', 'reap_workers', 'Worker (pid:7) was sent SIGKILL! Perhaps out of memory?'),
      jlog(T2, -9.1, 'INFO', 'spawn_worker', 'Booting worker with pid: 31'),
      jlog(T2, -9.0, 'INFO', 'create_app', 'Starting userservice.'),
      jlog(T2, -9.0, 'INFO', 'create_app', '✅ Tracing enabled.'),
      ...every(-8.8, -0.2, 0.24, (m) => jlog(T2, m, 'INFO', 'login', 'Login Successful.')),
    ],
    'frontend#0/front': [
      ...every(-45, -0.3, 0.9, (m, i) => (i % 2 ? jlog(T2, m, 'INFO', 'payment', 'Payment initiated successfully.') : jlog(T2, m, 'INFO', 'deposit', 'Deposit submitted successfully.'))),
      ...every(-45, -21, 0.9, (m) => jlog(T2, m + 0.3, 'INFO', '_login_helper', 'Successfully logged in.')),
      ...every(-20.6, -0.1, 0.31, (m, i) => (i % 4 === 3
        ? jlog(T2, m, 'INFO', '_login_helper', 'Successfully logged in.')
        : jlog(T2, m, 'ERROR', '_login_helper', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=8)"))),
      jlog(T2, -9.15, 'ERROR', '_login_helper', "Error logging in: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
      jlog(T2, -9.14, 'ERROR', '_login_helper', "Error logging in: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"),
      ...every(-1.5, -1.2, 0.1, (m) => jlog(T2, m, 'ERROR', '_login_helper', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))")),
    ].sort((a, b) => a.slice(14, 33).localeCompare(b.slice(14, 33))),
    'contacts#0/contacts': [
      jlog(T2, -60 * 14 + 0.6, 'INFO', 'create_app', 'Starting contacts service.'),
      jlog(T2, -60 * 14 + 0.6, 'INFO', 'create_app', '✅ Tracing enabled.'),
    ],
  },
});

export const scenarios = [ledgerLock, cpuStarved];
