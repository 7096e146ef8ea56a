// Batch s89a (blind dev): Bank of Anthos scenario — a transactionhistory release that leaks pooled JDBC connections.
// Spec module for scripts/s89a-build.mjs (scenario kit scripts/s2-scenario-kit.mjs, system scripts/kit-systems/bank-of-anthos.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-12T15:40:00Z');
const base = system.workloads.find((w) => w.name === 'transactionhistory').containers[0];
const NEW_IMG = 'us-central1-docker.pkg.dev/boa-prod/ledger-team/transactionhistory:v0.6.11-rc2';
const newEnv = base.env.map((e) => (e.name === 'VERSION' ? { name: 'VERSION', value: 'v0.6.11-rc2' } : e));
const TH = 'transactionhistory#0';
const hikari = (min) =>
  jlog(T, min, 'ERROR', 'getTransactions', 'Failed to retrieve transactions: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.');
const ok = (min, acct) => jlog(T, min, 'INFO', 'getTransactions', `Retrieved transactions for account ${acct}`);
const boot = (m) => [
  jlog(T, m, 'INFO', 'logStarting', `Starting TransactionHistoryApplication v0.6.11-rc2 using Java 17.0.12 with PID 1`),
  jlog(T, m + 0.1, 'INFO', 'start', 'HikariPool-1 - Starting...'),
  jlog(T, m + 0.12, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
  jlog(T, m + 0.3, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, m + 0.31, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 21.384 seconds (JVM running for 23.107)'),
  jlog(T, m + 0.33, 'INFO', 'startWithCallback', 'Initializing transaction cache from ledger'),
  jlog(T, m + 0.4, 'INFO', 'pollTransactions', 'Ledger reader started, polling every 100 ms'),
];
const prevLog = [
  ...boot(-94.5),
  ok(-90, '1011226111'), ok(-80, '1033623433'), ok(-65, '1055757655'), ok(-50, '1077441377'),
  jlog(T, -44, 'INFO', 'getTransactions', 'Retrieved pending transfers for account 1011226111'),
  ok(-40, '1011226111'),
  hikari(-31.2), hikari(-30.5), hikari(-29.0), hikari(-27.7),
  jlog(T, -25.8, 'ERROR', 'pollTransactions', 'Error polling ledger: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
  jlog(T, -25.8, 'FATAL', 'pollTransactions', 'Ledger reader thread stopped'),
  hikari(-24.9),
  jlog(T, -23.4, 'ERROR', 'liveness', 'Ledger reader is unhealthy'),
  jlog(T, -23.0, 'ERROR', 'liveness', 'Ledger reader is unhealthy'),
  jlog(T, -22.6, 'ERROR', 'liveness', 'Ledger reader is unhealthy'),
  jlog(T, -22.5, 'INFO', 'destroy', 'HikariPool-1 - Shutdown initiated...'),
];
const curLog = [
  ...boot(-21.6),
  ok(-19, '1033623433'), ok(-16, '1011226111'),
  jlog(T, -14, 'INFO', 'getTransactions', 'Retrieved pending transfers for account 1055757655'),
  ok(-12, '1055757655'), ok(-9, '1077441377'),
  hikari(-5.4), hikari(-4.1), hikari(-2.9), hikari(-1.6),
];
const front = (min, sev, fn, msg) => plog(T, min, sev, fn, msg);
const frontLog = [
  front(-60, 'INFO', 'home', 'Displaying home page.'),
  front(-48, 'INFO', 'login', 'Successfully logged in.'),
  front(-35, 'INFO', 'home', 'Displaying home page.'),
  front(-30.4, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
  front(-30.4, 'INFO', 'home', 'Displaying home page.'),
  front(-28.2, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
  front(-23.1, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2d9b50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
  front(-18, 'INFO', 'home', 'Displaying home page.'),
  front(-11, 'INFO', 'payment', 'Payment initiated successfully.'),
  front(-5.2, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
  front(-3.9, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
  front(-3.9, 'INFO', 'home', 'Displaying home page.'),
  front(-1.4, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
];
const pg = (min, msg) => `${T.java(min)} UTC [${Math.floor(200 + min * -3)}] LOG:  ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's89a-txhistory-release-leaks-connections',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'activity list on the home page is empty or takes forever for most customers since ~15:10, balances and transfers still work. ledger team shipped something this afternoon?',
    expected: { component: 'transactionhistory', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047): transactionhistory is a Spring Boot
      service reading ledger-db through its JDBC pool (HikariCP default maximumPoolSize 10, connectionTimeout 30000 ms), with a
      LedgerReader background thread that polls ledger-db every POLL_MS=100 and a /healthy liveness probe that fails once that
      thread dies; the frontend calls it with BACKEND_TIMEOUT 4 s and renders the home page without history on error.
      Fault: the ledger team rolled transactionhistory from v0.6.10 to an internal v0.6.11-rc2 image (VERSION env changed too)
      at 14:05; the release added a "pending transfers" lookup that borrows a connection and does not return it on one path
      (the classic HikariCP leak: "Connection is not available, request timed out after 30000ms" once the pool is drained, no
      leakDetectionThreshold set so no leak warning). The pods stay Ready (readiness /ready does not touch the pool); the pool
      drained after ~60 min, the LedgerReader died, the liveness probe restarted the container at 15:18 and the leak is
      draining the fresh pool again. ledger-db is healthy and quiet. Deviations from upstream: the rc image and its registry
      are invented; log lines follow the upstream log4j2 JSON layout; HikariCP messages are verbatim formats.
      Decoy: balancereader has one OOMKilled restart three days ago and has been Ready since.`,
    workloads: {
      transactionhistory: {
        rollout: { at: -95, oldContainers: { transactionhistory: { image: base.image, env: base.env } } },
        containers: { transactionhistory: { image: NEW_IMG, env: newEnv } },
        pods: [{
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-22.3),
              last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-94.5), finishedAt: T.iso(-22.4) },
            }),
          },
          readyTransition: T.iso(-21.2),
        }],
      },
      balancereader: {
        pods: [{
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1 from 0', first: -95 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled down replica set transactionhistory-%OLD% to 0 from 1', first: -93.4 },
      { on: `pod:${TH}`, reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: -23.4, last: -22.6, count: 3, fieldPath: 'spec.containers{transactionhistory}' },
      { on: `pod:${TH}`, reason: 'Killing', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -22.5, fieldPath: 'spec.containers{transactionhistory}' },
      { on: `pod:${TH}`, reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, first: -22.3, fieldPath: 'spec.containers{transactionhistory}' },
      { on: `pod:${TH}`, reason: 'Created', message: 'Created container transactionhistory', first: -22.3, fieldPath: 'spec.containers{transactionhistory}' },
      { on: `pod:${TH}`, reason: 'Started', message: 'Started container transactionhistory', first: -22.3, fieldPath: 'spec.containers{transactionhistory}' },
      { on: `pod:${TH}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -22.2, last: -21.5, count: 4, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      [`${TH}/transactionhistory`]: curLog,
      [`${TH}/transactionhistory/previous`]: prevLog,
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': [
        jlog(T, -50, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -20, 'INFO', 'getBalance', 'Retrieved balance for account 1033623433'),
        jlog(T, -8, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -11.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'ledger-db#0/postgres': [
        pg(-75, 'checkpoint starting: time'),
        pg(-74.6, 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.012 s, sync=0.003 s, total=4.027 s; sync files=12, longest=0.002 s, average=0.001 s; distance=212 kB, estimate=388 kB'),
        pg(-15, 'checkpoint starting: time'),
        pg(-14.7, 'checkpoint complete: wrote 18 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.709 s, sync=0.002 s, total=1.719 s; sync files=9, longest=0.001 s, average=0.001 s; distance=96 kB, estimate=358 kB'),
      ],
    },
  }),
];
