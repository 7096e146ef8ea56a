// Batch s50b held-out scenario (split: test) for Bank of Anthos, written blind with the kit's Bank of Anthos system
// (scripts/kit-systems/bank-of-anthos.mjs: withDefaults, ConfigMaps, log helper); expanded by scripts/s50b-build.mjs.
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const I1 = '2026-08-04T08:39:00Z';
const T1 = clock(I1);
const MOVED = -19;
const NODE_B = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
// balancereader container starts (each one fails ~20 s later); the last ended 2.1 minutes ago.
const STARTS = [-18.6, -17.9, -17.2, -16.0, -13.5, -8.6, -2.5];
const pgAuth = (min, pid) => [
  `${T1.java(min)} UTC [${pid}] FATAL:  password authentication failed for user "admin"`,
  `${T1.java(min)} UTC [${pid}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"`,
];
const brRun = (s) => [
  jlog(T1, s, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by ? in /)'),
  jlog(T1, s, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T1, s + 0.08, 'INFO', 'initialize', 'Tomcat initialized with port 8080 (http)'),
  jlog(T1, s + 0.1, 'INFO', 'prepareWebApplicationContext', 'Root WebApplicationContext: initialization completed in 4127 ms'),
  jlog(T1, s + 0.2, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T1, s + 0.22, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "admin"',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693) ~[postgresql-42.7.3.jar:42.7.3]',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203) ~[postgresql-42.7.3.jar:42.7.3]',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258) ~[postgresql-42.7.3.jar:42.7.3]',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:443) ~[postgresql-42.7.3.jar:42.7.3]',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359) ~[HikariCP-5.0.1.jar:?]',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554) ~[HikariCP-5.0.1.jar:?]',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112) ~[HikariCP-5.0.1.jar:?]',
  '\tat anthos.samples.bankofanthos.balancereader.LedgerReader.startWithCallback(LedgerReader.java:88) ~[classes/:?]',
  jlog(T1, s + 0.25, 'WARN', 'refresh', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'balanceReaderController': Unsatisfied dependency expressed through constructor parameter 3; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"admin\""),
  jlog(T1, s + 0.27, 'ERROR', 'reportFailure', 'Application run failed'),
  "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'balanceReaderController': Unsatisfied dependency expressed through constructor parameter 3; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"admin\"",
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335) ~[spring-boot-3.2.5.jar:3.2.5]',
  '\tat anthos.samples.bankofanthos.balancereader.BalanceReaderApplication.main(BalanceReaderApplication.java:44) ~[classes/:?]',
  'Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "admin"',
  '\t... 42 more',
];
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377'];
const refused = (acct) =>
  `HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${acct} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b9d90>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

export const scenarios = [
  withDefaults({
    folder: 's50b-balancereader-rotated-db-password',
    description: 'bank home page shows no balance and payments fail, since about 08:20',
    incidentTime: I1,
    expected: { component: 'balancereader', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['bad-credentials', 'louder-dependents', 'time-expression'],
    grounding: `
      Bank of Anthos v0.6.10 (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests): balancereader, ledgerwriter and
      transactionhistory read SPRING_DATASOURCE_URL/USERNAME/PASSWORD from ConfigMap ledger-db-config, ledger-db (postgres)
      initialised POSTGRES_PASSWORD from the same ConfigMap. Three days before the incident a half-finished credential rotation
      edits only SPRING_DATASOURCE_PASSWORD (managedFields by kubectl-edit; ledger-db's password unchanged); running pods keep
      their old environment, so nothing breaks. At 08:20 the cluster autoscaler removes an underused node and balancereader's
      pod is recreated on another node: it starts with the new password, HikariCP's fail-fast pool init gets pgjdbc "FATAL:
      password authentication failed for user "admin"" (postgres logs the matching FATAL/DETAIL lines with the pg_hba scram-sha-256
      line), Spring Boot's context fails and the JVM exits 1, CrashLoopBackOff; the pod never becomes Ready so the balancereader
      Service has only a not-ready address. Louder dependents: frontend's home page logs requests "[Errno 111] Connection refused"
      for /balances, ledgerwriter's balance check fails with ResourceAccessException and payments get 500. ledgerwriter and
      transactionhistory, started nine days ago, still hold the old password and work. The removed node is not in the snapshot.
      Deviations from upstream: the startupProbe (the kit does not emit it) and the rotation itself.
    `,
    workloads: {
      balancereader: {
        pods: [
          {
            node: NODE_B,
            created: T1.iso(MOVED),
            readyTransition: T1.iso(MOVED),
            containers: {
              balancereader: cs.crashLoop({ restarts: 6, exitCode: 1, reason: 'Error', startedAt: T1.iso(STARTS[6]), finishedAt: T1.iso(-2.1), backoff: '5m0s', container: 'balancereader' }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'rs:balancereader', reason: 'SuccessfulCreate', message: 'Created pod: %BRPOD%', first: MOVED },
      { on: 'pod:balancereader#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: MOVED, source: 'default-scheduler' },
      { on: 'pod:balancereader#0', reason: 'Pulling', message: `Pulling image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b"`, first: MOVED + 0.05, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" in 6.841s (6.841s including waiting). Image size: 198413552 bytes.', first: MOVED + 0.3, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: STARTS[0], last: STARTS[6], count: 7, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: STARTS[0], last: STARTS[6], count: 7, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine', first: STARTS[1], last: STARTS[6], count: 6, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container balancereader in pod %POD%_bank-of-anthos(%PODUID%)', first: -18.2, last: -0.3, count: 71, fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'balancereader#0/balancereader': brRun(STARTS[6]),
      'balancereader#0/balancereader/previous': brRun(STARTS[5]),
      'ledger-db#0/postgres': [
        `${T1.java(-60 * 24 * 9)} UTC [1] LOG:  database system is ready to accept connections`,
        `${T1.java(-25.2)} UTC [27] LOG:  checkpoint starting: time`,
        `${T1.java(-24.9)} UTC [27] LOG:  checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.021 s, sync=0.004 s, total=4.034 s; sync files=12, longest=0.002 s, average=0.001 s; distance=212 kB, estimate=388 kB; lsn=0/9C41A2E8, redo lsn=0/9C3F0A10`,
        ...STARTS.flatMap((s, i) => pgAuth(s + 0.21, 48213 + i * 57)),
        `${T1.java(-10.2)} UTC [27] LOG:  checkpoint starting: time`,
        `${T1.java(-9.9)} UTC [27] LOG:  checkpoint complete: wrote 17 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.619 s, sync=0.003 s, total=1.630 s; sync files=9, longest=0.001 s, average=0.001 s; distance=96 kB, estimate=359 kB; lsn=0/9C4597D0, redo lsn=0/9C4512B8`,
      ],
      'frontend#0/front': [
        jlog(T1, -22.4, 'INFO', 'home', 'Displaying home.'),
        ...[-17.3, -14.8, -11.1, -7.5, -4.2, -1.4].flatMap((m, i) => [
          jlog(T1, m, 'ERROR', 'home', `Error retrieving account balance: ${refused(ACCTS[i % 4])}`),
          jlog(T1, m, 'INFO', 'home', 'Displaying home.'),
        ]),
        ...[-12.6, -5.8].map((m) => jlog(T1, m, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions')),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T1, -27.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        ...[-12.6, -5.8].map((m, i) => jlog(T1, m - 0.01, 'ERROR', 'addTransaction', `org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://balancereader:8080/balances/${ACCTS[i]}": Connection refused`)),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T1, -60 * 24 * 9 + 1, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 38.412 seconds (process running for 40.771)'),
        jlog(T1, -60 * 24 * 9 + 1.2, 'INFO', 'pollTransactions', 'Initialized transaction processor'),
      ],
    },
  }),
];

export const configMapEdits = {
  's50b-balancereader-rotated-db-password': [['ledger-db-config', 'kubectl-edit', -60 * 24 * 3 - 212, I1, ['SPRING_DATASOURCE_PASSWORD']]],
};

export const post = {
  's50b-balancereader-rotated-db-password': (read, write) => {
    const pods = read('pods.json');
    const br = pods.items.find((p) => p.metadata.labels.app === 'balancereader');
    const ev = read('events.json');
    for (const e of ev.items) e.message = e.message.replace('%BRPOD%', br.metadata.name);
    write('events.json', ev);
  },
};
