// Held-out batch s58a (blind): one Bank of Anthos scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog/plog); built by scripts/s58a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-07-15T16:25:00Z');
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1099885199'];
const gunicorn = (min, level, msg) => `[${T.java(min).slice(0, 19)} +0000] [7] [${level}] ${msg}`;
const probeTimeout = (kind, path) =>
  `${kind} probe failed: Get "http://%PODIP%:8080/${path}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;

export const scenarios = [
  withDefaults({
    folder: 's58a-bank-of-anthos-home-balance-timeouts',
    description: 'account balance not showing on the home page for a lot of users, intermittent 500s on /home since about 15:40. @ledger',
    incidentTime: '2026-07-15T16:25:00Z',
    expected: { component: 'balancereader', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'balancereader', cause: 'probe-failure' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Follows the CPU-throttling shape of a JVM service at its CPU limit (public write-ups of CFS quota throttling on
      Kubernetes; HikariCP's "Thread starvation or clock leap detected" warning, which the pool's housekeeper prints when
      the JVM does not get scheduled). balancereader (upstream limits: 500m CPU, 512Mi, -Xmx512m) keeps every transaction
      of the ledger in its Guava cache (CACHE_SIZE 1000000) and polls ledger-db every 100 ms; with the ledger grown over
      months and the afternoon peak, the JVM saturates its 500m quota: GC and request threads are throttled, GET
      /balances/<acct> exceeds the frontend's 4 s backend timeout, ledgerwriter's balance check times out, and the
      liveness probe (/healthy, timeout 10 s) failed three times in a row at 15:44, so the kubelet restarted the container
      (exit 143); after the restart it reloaded the ledger and is Ready again, still throttled (readiness and liveness
      probe timeouts keep coming). ledger-db, transactionhistory and userservice answer normally. The fault is CPU
      exhaustion of balancereader; its probe failures are also accepted. Decoy: transactionhistory's OOMKilled restart
      four days ago. Deviations from upstream (kubernetes-manifests at d0af047): none in the manifests; the startupProbe is
      upstream but not emitted by the kit.
    `,
    workloads: {
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-40.8),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-40.9) },
              }),
            },
            readyTransition: T.iso(-35.6),
          },
        ],
      },
      transactionhistory: {
        pods: [
          {
            containers: {
              transactionhistory: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: probeTimeout('Liveness', 'healthy'), first: -45.2, last: -2.4, count: 9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: probeTimeout('Readiness', 'ready'), first: -44.8, last: -1.1, count: 31, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', first: -41, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${system.workloads.find((w) => w.name === 'balancereader').containers[0].image}" already present on machine`, first: -40.9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: -40.9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: -40.8, fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'balancereader#0/balancereader': [
        jlog(T, -40.6, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.11 with PID 1 (/app/classpath started by ? in /)'),
        jlog(T, -40.5, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
        jlog(T, -39.1, 'INFO', 'start', 'HikariPool-1 - Starting...'),
        jlog(T, -38.9, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b7a8c1d'),
        jlog(T, -38.9, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
        jlog(T, -37.8, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 172.942 seconds (process running for 181.311)'),
        jlog(T, -35.9, 'INFO', 'pollTransactions', 'Initialized cache with 2318644 transactions'),
        jlog(T, -31.2, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=47s812ms).'),
        jlog(T, -22.7, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m3s90ms).'),
        jlog(T, -14.5, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=52s406ms).'),
        jlog(T, -6.3, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m11s574ms).'),
        jlog(T, -1.8, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=44s2ms).'),
      ],
      'balancereader#0/balancereader/previous': [
        jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 48.117 seconds (process running for 52.402)'),
        jlog(T, -51.4, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=39s155ms).'),
        jlog(T, -47.0, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=58s730ms).'),
        jlog(T, -41.05, 'INFO', 'lambda$shutdown$0', 'Commencing graceful shutdown. Waiting for active requests to complete'),
      ],
      'frontend#0/front': [
        gunicorn(-60 * 24 * 2, 'INFO', 'Booting worker with pid: 7'),
        ...[-44.1, -39.7, -33.0, -27.4, -20.9, -15.2, -9.6, -4.8, -0.9].flatMap((m, i) => [
          plog(T, m, 'ERROR', 'home', `Error retrieving account balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)`),
          ...(i % 3 === 0 ? [plog(T, m + 0.05, 'INFO', 'home', `Displaying home for ${ACCTS[i % 5]}`)] : []),
        ]),
        plog(T, -40.3, 'ERROR', 'home', "Error retrieving account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1033623433 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1e5d90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -12.2, 'INFO', 'login', 'Login successful for testuser'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -30.4, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/1011226111": Read timed out'),
        jlog(T, -18.8, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -11.6, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/1077441377": Read timed out'),
        jlog(T, -3.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -20.0, 'INFO', 'getTransactions', 'Cache hit for account 1011226111'),
        jlog(T, -5.0, 'INFO', 'getTransactions', 'Cache hit for account 1099885199'),
      ],
      'ledger-db#0/postgres': [
        '2026-07-15 15:44:07.312 UTC [48211] LOG:  could not receive data from client: Connection reset by peer',
        '2026-07-15 16:02:11.904 UTC [27] LOG:  checkpoint starting: time',
        '2026-07-15 16:02:41.118 UTC [27] LOG:  checkpoint complete: wrote 2114 buffers (12.9%); 0 WAL file(s) added, 0 removed, 1 recycled; write=29.103 s, sync=0.012 s, total=29.214 s; sync files=38, longest=0.004 s, average=0.001 s; distance=17342 kB, estimate=17618 kB',
      ],
    },
  }),
];
