// Blind dev batch s65a, Bank of Anthos: one scenario spec for the scenario kit on scripts/kit-systems/bank-of-anthos.mjs
// (withDefaults for the StatefulSet pod names and ConfigMaps, jlog/plog for the services' JSON log layouts).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, image, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-03-26T19:22:00Z');
const ROLLOUT = -47;
const EXHAUSTED = -41.3;
const NEW_IMAGE = 'us-central1-docker.pkg.dev/boa-prod/ledger/ledgerwriter:2026.03.26-4f1c2ab';
const pg = (min, pid, msg) => `${T.java(min)} UTC [${pid}] ${msg}`;

const lw = [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::                (v2.7.18)',
  '',
  jlog(T, ROLLOUT + 0.6, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.10 with PID 1 (/app/classpath started by nonroot in /app)'),
  jlog(T, ROLLOUT + 0.6, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, ROLLOUT + 0.7, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, ROLLOUT + 0.75, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, ROLLOUT + 0.76, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b2c41f9'),
  jlog(T, ROLLOUT + 0.76, 'INFO', 'getConnection', 'HikariPool-1 - Start completed.'),
  jlog(T, ROLLOUT + 0.8, 'INFO', 'logDatabaseProductInfo', 'HHH000400: Using dialect: org.hibernate.dialect.PostgreSQL10Dialect'),
  jlog(T, ROLLOUT + 0.85, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, ROLLOUT + 0.86, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 24.118 seconds (JVM running for 26.902)'),
];
// Each submitted transaction borrows a connection the new build never returns (default pool size 10); after ten the
// pool is empty and every save waits connectionTimeout (30 s) for one.
const ok = [ROLLOUT + 1.75, ROLLOUT + 1.9, ROLLOUT + 2.6, ROLLOUT + 3.1, ROLLOUT + 3.5, ROLLOUT + 4.2, ROLLOUT + 4.6, ROLLOUT + 5.0, ROLLOUT + 5.3, EXHAUSTED - 0.3];
for (const m of ok) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
const fails = [];
for (let m = EXHAUSTED + 0.5; m < -0.4; m += 0.85) fails.push(m);
for (const m of fails) {
  lw.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: null'));
  lw.push(jlog(T, m, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
  lw.push(jlog(T, m + 0.001, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
}

// The frontend gives up after BACKEND_TIMEOUT (4 s), long before ledgerwriter's 30 s pool wait ends.
const front = [
  plog(T, -60 * 24 * 9 + 0.4, 'INFO', 'create_app', 'Starting frontend service.'),
  plog(T, -60 * 24 * 9 + 0.4, 'INFO', 'create_app', '✅ Tracing enabled.'),
];
for (let m = -45; m < -0.3; m += 0.85) {
  const k = Math.round((m + 45) / 0.85);
  if (k % 5 === 0) front.push(plog(T, m - 0.05, 'INFO', '_login_helper', 'Successfully logged in.'));
  const payment = k % 2 === 0;
  const when = m - 0.45;
  if (when < EXHAUSTED + 0.4) {
    front.push(plog(T, when, 'INFO', payment ? 'payment' : 'deposit', payment ? 'Payment initiated successfully.' : 'Deposit submitted successfully.'));
  } else {
    front.push(plog(T, when + 0.07, 'ERROR', payment ? 'payment' : 'deposit', `Error submitting ${payment ? 'payment' : 'deposit'}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
  }
  if (k % 7 === 3) front.push(plog(T, m - 0.02, 'INFO', 'logout', 'Logging out.'));
}

const ledgerDb = [];
for (let m = -55; m < -1; m += 5) {
  ledgerDb.push(pg(m, 27, 'LOG:  checkpoint starting: time'));
  ledgerDb.push(pg(m + 0.04, 27, `LOG:  checkpoint complete: wrote ${m > ROLLOUT && m < EXHAUSTED ? 19 : 7} buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.912 s, sync=0.006 s, total=1.934 s; sync files=${m > ROLLOUT && m < EXHAUSTED ? 11 : 5}, longest=0.003 s, average=0.002 s; distance=${m > ROLLOUT && m < EXHAUSTED ? 96 : 31} kB, estimate=112 kB`));
}

export const scenarios = [
  withDefaults({
    folder: 's65a-ledgerwriter-pool-leak',
    description: 'payments + deposits failing on the bank app for ~40 min ("Payment failed"). balances and history still load fine. ledger team pls look',
    incidentTime: '2026-03-26T19:22:00Z',
    expected: { component: 'ledgerwriter', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Fault: an in-house ledgerwriter build (2026.03.26-4f1c2ab, rolled out at 18:35) added a step that borrows a JDBC
      connection from the Spring Boot HikariCP pool and never closes it. Hikari's pool is 10 connections by default
      (maximumPoolSize) and a borrower waits connectionTimeout (30000 ms) before getting SQLTransientConnectionException
      "HikariPool-1 - Connection is not available, request timed out after 30000ms." (HikariCP README / wiki "About Pool
      Sizing" and its leak-detection notes). The first ten transactions after the rollout succeed, then every
      transactionRepository.save() waits 30 s and fails; Hibernate's SqlExceptionHelper logs "SQL Error: 0, SQLState: null"
      followed by the Hikari message, and LedgerWriterController.addTransaction catches the
      CannotCreateTransactionException in the branch that logs the misleading "Failed to retrieve account balance"
      (src/ledger/ledgerwriter LedgerWriterController.java), which points at balancereader, not at the database pool.
      ledgerwriter's /ready returns "ok" without touching the database and it has no liveness probe (kubernetes-manifests),
      so the pod stays Ready with no restart. The frontend (frontend.py, BACKEND_TIMEOUT = 4) times out first and logs
      "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)" —
      it is the loudest component. balancereader, transactionhistory and ledger-db are healthy (balances and history
      load; ledger-db only shows routine checkpoints; no postgres connection limit is involved).
      The two ReplicaSets differ only in the ledgerwriter image. The fault is the release; pool exhaustion is how it shows.
      Decoy: transactionhistory was OOMKilled two days ago (restartCount 1, 512Mi limit) and has been fine since.
      Deviations from upstream: the in-house image and its leak; upstream ledgerwriter does not leak connections.
    `,
    workloads: {
      ledgerwriter: {
        containers: { ledgerwriter: { image: NEW_IMAGE } },
        rollout: { at: ROLLOUT, revision: 5, oldContainers: { ledgerwriter: { image: image('ledgerwriter') } } },
        // readiness initialDelaySeconds 60
        pods: [{ readyTransition: T.iso(ROLLOUT + 1.55) }],
        endpointsChanged: ROLLOUT + 1.6,
      },
      transactionhistory: {
        pods: [
          {
            containers: {
              transactionhistory: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 47 - 12),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 47 - 12.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: ROLLOUT },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: ROLLOUT + 1.65 },
      { on: 'rs:ledgerwriter', reason: 'SuccessfulCreate', message: 'Created pod: ledgerwriter-%RS%', first: ROLLOUT },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLLOUT + 0.5, source: 'default-scheduler' },
      { on: 'pod:ledgerwriter#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: ROLLOUT + 0.5, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 6.112s (6.112s including waiting). Image size: 212847193 bytes.`, first: ROLLOUT + 0.6, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Created', message: 'Created container ledgerwriter', first: ROLLOUT + 0.6, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: ROLLOUT + 0.62, fieldPath: 'spec.containers{ledgerwriter}' },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': front,
      'ledger-db#0/postgres': ledgerDb,
    },
  }),
];
