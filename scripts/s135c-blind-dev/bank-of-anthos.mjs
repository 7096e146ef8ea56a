// Blind dev batch s135c, Bank of Anthos (system as scripts/kit-systems/bank-of-anthos.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boa, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = boa;
const base = (name) => boa.workloads.find((w) => w.name === name).containers[0];

// ---------- 3: balancereader rollout with SPRING_DATASOURCE_URL ?sslmode=require ----------
const T3 = clock('2026-04-21T16:05:00Z');
const brOld = base('balancereader').env;
const brNew = [...brOld.filter((e) => e.name !== 'JVM_OPTS' && e.name !== 'LOG_LEVEL' && e.name !== 'NAMESPACE'),
  { name: 'SPRING_DATASOURCE_URL', value: 'jdbc:postgresql://ledger-db:5432/postgresdb?sslmode=require' },
  ...brOld.filter((e) => ['JVM_OPTS', 'LOG_LEVEL', 'NAMESPACE'].includes(e.name))];
const brCrash = (T, m) => [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::                (v2.7.18)',
  '',
  jlog(T, m - 0.5, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.10 with PID 1 (/app/classes started by 1000 in /app)'),
  jlog(T, m - 0.45, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, m - 0.3, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, m - 0.25, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, m - 0.2, 'ERROR', 'getConnection', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: The server does not support SSL.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.enableSSL(ConnectionFactoryImpl.java:509)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:150)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:434)',
  '\tat org.postgresql.Driver.connect(Driver.java:291)',
  '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)',
  '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115)',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
  jlog(T, m - 0.15, 'WARN', 'refresh', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed; nested exception is javax.persistence.PersistenceException: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to open JDBC Connection for DDL execution"),
  jlog(T, m - 0.12, 'INFO', 'stopInternal', 'Stopping service [Tomcat]'),
  jlog(T, m - 0.1, 'ERROR', 'report', '\n\n***************************\nAPPLICATION FAILED TO START\n***************************'),
];
const s3 = {
  folder: 's135c-balancereader-sslmode-require',
  incidentTime: '2026-04-21T16:05:00Z',
  description: 'ledger team deploy of balance reader hung half way since ~15:45, new pod keeps restarting, old one still serving. is ledger-db ok?',
  expected: { component: 'balancereader', cause: 'config-error' },
  alsoAcceptable: [{ component: 'balancereader', cause: 'crash-loop' }, { component: 'balancereader', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'team-name', 'partial-name', 'time-expression', 'decoy'],
  grounding: `balancereader (Spring Boot, HikariCP, PostgreSQL JDBC) takes SPRING_DATASOURCE_URL from the ledger-db-config ConfigMap
    (jdbc:postgresql://ledger-db:5432/postgresdb upstream); an explicit env entry overrides envFrom. The ledger team's
    change at ~15:44 added SPRING_DATASOURCE_URL=...?sslmode=require to balancereader only, while ledger-db
    (postgres image of the demo, no ssl=on) answers the SSLRequest with 'N', which pgjdbc reports as "The server does not
    support SSL." Hikari fails fast, the Spring context does not start, exit 1, CrashLoopBackOff. With maxUnavailable 25%
    of 1 replica the old pod stays Running and serving, so the rollout is stuck (Progressing still True for now) and
    users see nothing. ledger-db logs nothing about it (postgres does not log a refused SSLRequest), only checkpoints. Old ReplicaSet keeps the upstream env. Decoy: a transactionhistory liveness warning
    from five days ago. Deviation: the sslmode override is invented; the stack trace line numbers are representative.`,
  workloads: {
    balancereader: {
      containers: { balancereader: { env: brNew } },
      rollout: { at: -21, revision: 5, oldReplicas: 1, oldContainers: { balancereader: { env: brOld } } },
      rsReplicas: 1,
      pods: [{ containers: { balancereader: cs.crashLoop({ restarts: 5, exitCode: 1, startedAt: T3.iso(-3.2), finishedAt: T3.iso(-2.6), backoff: '2m40s', container: 'balancereader' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T3.iso(-21), lastTransitionTime: T3.iso(-21), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
    },
  },
  events: [
    { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 1', first: -21 },
    { on: 'pod:balancereader#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -20.6, source: 'default-scheduler' },
    { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${image('balancereader')}" already present on machine`, first: -20.5, last: -3.2, count: 6 },
    { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: -20.4, last: -3.2, count: 6 },
    { on: 'pod:balancereader#0', reason: 'BackOff', message: 'Back-off restarting failed container balancereader in pod %POD%_bank-of-anthos(%PODUID%)', type: 'Warning', first: -17, last: -0.5, count: 31 },
    { on: 'pod:transactionhistory#0', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', first: -60 * 24 * 5, last: -60 * 24 * 5 + 0.1, count: 1, fieldPath: 'spec.containers{transactionhistory}' },
  ],
  logs: {
    'balancereader#0/balancereader/previous': brCrash(T3, -2.6),
    'balancereader#old0/balancereader': [-9, -6, -3, -1].flatMap((m) => [
      jlog(T3, m, 'INFO', 'getBalance', 'Balance retrieved for account 1011226111'),
      jlog(T3, m + 0.1, 'INFO', 'processTransaction', 'Processing transaction from 1011226111 to 1033623433 for amount 2500'),
    ]),
    'ledger-db#0/postgres': [
      '2026-04-12 02:11:40.118 UTC [1] LOG:  database system is ready to accept connections',
      '2026-04-21 15:40:02.334 UTC [27] LOG:  checkpoint starting: time',
      '2026-04-21 15:40:05.902 UTC [27] LOG:  checkpoint complete: wrote 36 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=3.511 s, sync=0.021 s, total=3.569 s; sync files=14, longest=0.006 s, average=0.002 s; distance=181 kB, estimate=204 kB',
      '2026-04-21 16:00:02.411 UTC [27] LOG:  checkpoint starting: time',
      '2026-04-21 16:00:04.377 UTC [27] LOG:  checkpoint complete: wrote 19 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.908 s, sync=0.018 s, total=1.966 s; sync files=9, longest=0.005 s, average=0.002 s; distance=96 kB, estimate=193 kB',
    ],
  },
};

// ---------- 4: frontend BACKEND_TIMEOUT set to 0.3 s ----------
const T4 = clock('2026-07-08T11:26:00Z');
const feOld = base('frontend').env;
const feNew = [...feOld, { name: 'BACKEND_TIMEOUT', value: '0.3' }];
const rt = (host, t = '0.3') => `HTTPConnectionPool(host='${host}', port=8080): Read timed out. (read timeout=${t})`;
const s4 = {
  folder: 's135c-frontend-backend-timeout',
  incidentTime: '2026-07-08T11:26:00Z',
  description: 'bank home page showing "Error retrieving account balance" for lots of users, last 20 min or so. balancereder and txn history both look green on the dashboard',
  expected: { component: 'frontend', cause: 'config-error' },
  alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'typo', 'time-expression', 'decoy'],
  grounding: `The Bank of Anthos frontend (Flask, frontend.py) calls balancereader, transactionhistory and contacts with
    requests.get(..., timeout=BACKEND_TIMEOUT) (4 s upstream, app.config['BACKEND_TIMEOUT']) and on failure logs
    "Error retrieving account balance: <err>" / "Error retrieving transaction history". A release at ~11:05 set
    BACKEND_TIMEOUT=0.3 on the frontend (someone meaning to fail fast); balancereader and transactionhistory are Java
    services whose p50 under the loadgenerator is ~200-400 ms with GC pauses, so most calls now hit requests'
    ReadTimeout while the backends log normal, successful requests. Pods stay Ready (/ready does not call backends).
    Old ReplicaSet has the upstream env. Decoy: ledger-db restarted 4 days ago (OOMKilled once, healed).
    Deviations: upstream reads BACKEND_TIMEOUT from a constant rather than the env in some versions; we assume the env
    is honoured (fork); latencies are representative.`,
  workloads: {
    frontend: {
      containers: { front: { env: feNew } },
      rollout: { at: -21, revision: 8, oldContainers: { front: { env: feOld } } },
    },
    'ledger-db': {
      pods: [{ containers: { postgres: cs.restartedRunning({ restarts: 1, startedAt: T4.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T4.iso(-60 * 24 * 9), finishedAt: T4.iso(-60 * 24 * 4 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -21 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -20.2 },
    { on: 'pod:frontend#0', reason: 'Started', message: 'Started container front', first: -20.4 },
  ],
  logs: {
    'frontend#0/front': [
      plog(T4, -20.3, 'INFO', '<module>', 'Starting frontend service.'),
      plog(T4, -20.3, 'INFO', '<module>', 'tracing enabled.'),
      ...[-18, -15, -12, -9, -6, -4, -2, -1].flatMap((m, i) => [
        plog(T4, m, 'INFO', 'login', 'Successfully logged in.'),
        plog(T4, m + 0.02, 'ERROR', 'home', `Error retrieving account balance: ${rt('balancereader')}`),
        ...(i % 2 ? [plog(T4, m + 0.03, 'ERROR', 'home', `Error retrieving transaction history: ${rt('transactionhistory')}`)] : []),
        plog(T4, m + 0.04, 'INFO', 'home', 'Displaying home.'),
        ...(i % 3 === 0 ? [plog(T4, m + 0.2, 'INFO', 'payment', 'Payment initiated successfully.')] : []),
      ]),
    ],
    'balancereader#0/balancereader': [-17, -13, -9, -5, -2].flatMap((m) => [
      jlog(T4, m, 'INFO', 'getBalance', 'Balance retrieved for account 1011226111'),
      jlog(T4, m + 0.05, 'INFO', 'getBalance', 'Balance retrieved for account 1033623433'),
    ]),
    'transactionhistory#0/transactionhistory': [-16, -10, -4].map((m) => jlog(T4, m, 'INFO', 'getTransactions', 'Transaction history retrieved for account 1011226111')),
  },
};

export const scenarios = [withDefaults(s3), withDefaults(s4)];
