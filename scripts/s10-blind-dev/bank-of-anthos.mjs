// s10 blind dev scenarios for Bank of Anthos (six incidents, split dev), as compact specs over the kit system
// scripts/kit-systems/bank-of-anthos.mjs; expected answers were fixed before generation. Built by scripts/s10-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boa, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = boa;
const every = (from, to, step, fn) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(fn(Math.round(m * 1000) / 1000));
  return out;
};
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1044226144', '1066002211'];
const acct = (m) => ACCTS[Math.abs(Math.round(m * 7)) % ACCTS.length];
const pg = (T, min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const pgStart = (T, min) => [
  pg(
    T,
    min,
    1,
    'LOG',
    'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit',
  ),
  pg(T, min, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(T, min, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(T, min, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(T, min + 0.01, 62, 'LOG', `database system was shut down at ${T.java(min - 0.02).slice(0, 19)} UTC`),
  pg(T, min + 0.01, 1, 'LOG', 'database system is ready to accept connections'),
];
const checkpoints = (T, from, to, pid = 60) =>
  every(from, to, 5, (m) => [
    pg(T, m, pid, 'LOG', 'checkpoint starting: time'),
    pg(
      T,
      m + 0.5,
      pid,
      'LOG',
      `checkpoint complete: wrote ${20 + (Math.abs(Math.round(m)) % 37)} buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=2.${Math.abs(Math.round(m)) % 9}41 s, sync=0.004 s, total=2.9${Math.abs(Math.round(m)) % 9}1 s; sync files=${8 + (Math.abs(Math.round(m)) % 5)}, longest=0.002 s, average=0.001 s; distance=${90 + (Math.abs(Math.round(m)) % 60)} kB, estimate=141 kB; lsn=0/3A${(Math.abs(Math.round(m)) % 90) + 10}1C8, redo lsn=0/3A${(Math.abs(Math.round(m)) % 90) + 10}0F0`,
    ),
  ]).flat();
const okPayments = (T, from, to, step) =>
  every(from, to, step, (m) => jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
const okWriter = (T, from, to, step) =>
  every(from, to, step, (m) => jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
const hikariTimeout = (T, m, active, waiting) => [
  jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: null'),
  jlog(
    T,
    m,
    'ERROR',
    'logExceptions',
    `HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=${active}, idle=0, waiting=${waiting})`,
  ),
];

// 1 ── ledger-db stops answering (I/O stall on its volume); pod Running and Ready, every Java caller times out.
const s1 = (() => {
  const incidentTime = '2026-03-17T10:42:00Z';
  const T = clock(incidentTime);
  return withDefaults({
    folder: 's10-ledger-db-io-stall',
    description:
      'online banking: transfers spin then fail, transaction history not loading either. started around 10:25. frontend pods look fine, nothing restarting',
    incidentTime,
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifests (kubernetes-manifests/ at d0af047): ledger-db is a one-replica StatefulSet (container postgres, postgres:16 alpine image, no probes,
      emptyDir at /var/lib/postgresql/data, 250m/1Gi); ledgerwriter, balancereader and transactionhistory reach it through ledger-db-config
      SPRING_DATASOURCE_URL=jdbc:postgresql://ledger-db:5432/postgresdb with Spring Boot 3.5's HikariCP (pool 10, connectionTimeout 30 s).
      Fault: the ledger-db data volume stops completing writes (the shape of a Chaos Mesh IOChaos latency experiment on the data path, or a
      stalled node disk): postgres keeps its TCP listener and already-open sessions, so the pod stays Running and Ready, but every query that
      needs WAL or a page read blocks. Its log stops after a "checkpoint starting" with no "checkpoint complete". Callers: ledgerwriter's Hikari
      pool fills with stuck connections, so each transaction ends after 30 s with Hibernate logging "HikariPool-1 - Connection is not
      available ... (total=10, active=10, idle=0, waiting=N)" and the controller's (misleading) "Failed to retrieve account balance"; the
      frontend gives up first (BACKEND_TIMEOUT 4 s: "Read timed out. (read timeout=4)") on /payment and on the history and balance calls
      (api_call.py make_call). balancereader's poller thread blocks inside its query, so it logs nothing; its /healthy stays 200.
      Deviations: replicas 1 as upstream; the 3-node GKE pool and pod IPs are invented; no chaos object is in the snapshot.`,
    workloads: {},
    logs: {
      'ledger-db#0/postgres': [
        ...pgStart(T, -60 * 24 * 6),
        ...checkpoints(T, -62, -16),
        pg(T, -14.6, 60, 'LOG', 'checkpoint starting: time'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        ...okWriter(T, -40, -16, 1.3),
        ...every(-14.5, -0.5, 0.9, (m) => [
          ...hikariTimeout(T, m, 10, 2 + (Math.round(m * 10) % 4)),
          jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        ]).flat(),
      ],
      'transactionhistory#0/transactionhistory': [
        ...every(-14, -0.5, 1.7, (m) => [
          ...hikariTimeout(T, m, 10, 1 + (Math.round(m) % 3)),
          jlog(T, m, 'ERROR', 'getTransactions', 'Cache error'),
        ]).flat(),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 6 + 1, 'INFO', 'startWithCallback', 'Starting background thread.'),
      ],
      'frontend#0/front': [
        ...okPayments(T, -40, -16, 1.3),
        ...every(-14.8, -0.4, 0.9, (m) =>
          jlog(
            T,
            m,
            'ERROR',
            'payment',
            "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)",
          ),
        ),
        ...every(-14.2, -0.3, 1.1, (m) =>
          jlog(
            T,
            m,
            'ERROR',
            'make_call',
            "Error getting transaction_list: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)",
          ),
        ),
        ...every(-13.9, -0.3, 2.3, (m) =>
          jlog(
            T,
            m,
            'ERROR',
            'make_call',
            "Error getting balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)",
          ),
        ),
        ...every(-30, -0.2, 4.1, (m) => jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
      ].sort(),
    },
  });
})();

// 2 ── ledger-db at max_connections after transactionhistory's HPA scales out (Hikari keeps 10 idle connections per pod).
const s2 = (() => {
  const incidentTime = '2026-03-19T10:08:00Z';
  const T = clock(incidentTime);
  const thPods = Array.from({ length: 9 }, (_, i) =>
    i < 1 ? {} : { created: T.iso(i < 4 ? -19 + i * 0.3 : -14 + (i - 4) * 0.2) },
  );
  const tooMany = (m) => jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 53300');
  const tooMany2 = (m) =>
    jlog(
      T,
      m,
      'ERROR',
      'logExceptions',
      `HikariPool-1 - Connection is not available, request timed out after 30000ms (total=${3 + (Math.abs(Math.round(m)) % 4)}, active=${3 + (Math.abs(Math.round(m)) % 4)}, idle=0, waiting=0)`,
    );
  return withDefaults({
    folder: 's10-ledger-db-too-many-clients',
    description:
      'ledger team: since the 9:50 traffic spike some transfers fail with 500 and history is blank for a bunch of users. history pods got scaled out to 9 by the hpa',
    incidentTime,
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifests: ledgerwriter, balancereader and transactionhistory each open a HikariCP pool to ledger-db (ledger-db-config
      SPRING_DATASOURCE_URL); HikariCP's defaults keep minimumIdle = maximumPoolSize = 10 connections open per pod. ledger-db runs the postgres:16
      image with its default max_connections = 100 (3 reserved for superusers). Deviation: a HorizontalPodAutoscaler on transactionhistory
      (min 1, max 10, CPU 70 %) added by the ledger team; upstream has none. A traffic spike scales it to 9 pods: 9 x 10 + 10 + 10 pool
      connections exceed what postgres accepts, and postgres answers the surplus with "FATAL: sorry, too many clients already" (SQLSTATE 53300),
      the connection-limit exhaustion PostgreSQL's documentation and many public post-mortems describe for pool-per-pod services scaled out.
      The pods started last cannot fill their pools (their /ready and /healthy do not touch the database, so they stay Ready) and answer 500
      "Cache error"; ledgerwriter's pool loses connections it
      recycles (maxLifetime) and cannot replace them, so some transfers fail with 500; the frontend logs the ledgerwriter text. ledger-db's pod
      stays Running and Ready (no probes) and logs the FATAL lines.`,
    hpas: [
      {
        name: 'transactionhistory',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'transactionhistory' },
          minReplicas: 1,
          maxReplicas: 10,
          metrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
            },
          ],
        },
        status: {
          currentReplicas: 9,
          desiredReplicas: 9,
          lastScaleTime: T.iso(-14),
          currentMetrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', current: { averageUtilization: 81, averageValue: '81m' } },
            },
          ],
          conditions: [
            {
              type: 'AbleToScale',
              status: 'True',
              lastTransitionTime: T.iso(-60 * 24 * 5),
              reason: 'ReadyForNewScale',
              message: 'recommended size matches current size',
            },
            {
              type: 'ScalingActive',
              status: 'True',
              lastTransitionTime: T.iso(-60 * 24 * 5),
              reason: 'ValidMetricFound',
              message:
                'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
            },
            {
              type: 'ScalingLimited',
              status: 'False',
              lastTransitionTime: T.iso(-60 * 24 * 5),
              reason: 'DesiredWithinRange',
              message: 'the desired count is within the acceptable range',
            },
          ],
        },
      },
    ],
    workloads: { transactionhistory: { replicas: 9, pods: thPods } },
    events: [
      {
        on: 'hpa:transactionhistory',
        reason: 'SuccessfulRescale',
        message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target',
        first: -19.2,
      },
      {
        on: 'hpa:transactionhistory',
        reason: 'SuccessfulRescale',
        message: 'New size: 9; reason: cpu resource utilization (percentage of request) above target',
        first: -14.1,
      },
    ],
    logs: {
      'ledger-db#0/postgres': [
        ...pgStart(T, -60 * 24 * 8),
        ...checkpoints(T, -40, -1),
        ...every(-13.8, -0.2, 0.45, (m) =>
          pg(T, m, 5000 + Math.round(-m * 37), 'FATAL', 'sorry, too many clients already'),
        ),
      ].sort(),
      'transactionhistory#8/transactionhistory': [
        jlog(
          T,
          -13.0,
          'INFO',
          'logStarting',
          'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.13 with PID 1 (/app/classpath started by nonroot in /app)',
        ),
        jlog(T, -12.9, 'INFO', 'start', 'HikariPool-1 - Starting...'),
        jlog(
          T,
          -12.8,
          'ERROR',
          'throwPoolInitializationException',
          'HikariPool-1 - Exception during pool initialization.',
        ),
        'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already',
        '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)',
        '\tat org.postgresql.core.v3.QueryExecutorImpl.readStartupMessages(QueryExecutorImpl.java:2845)',
        '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:271)',
        '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)',
        jlog(T, -12.7, 'WARN', 'startWithCallback', 'Could not contact ledger database at init'),
        jlog(T, -12.7, 'INFO', 'startWithCallback', 'Starting background thread.'),
        jlog(
          T,
          -12.5,
          'INFO',
          'logStarted',
          'Started TransactionHistoryApplication in 38.7 seconds (process running for 42.3)',
        ),
        ...every(-12.4, -0.2, 0.5, (m) => [
          tooMany(m),
          tooMany2(m),
          jlog(T, m, 'WARN', 'run', 'Could not reach ledger database'),
        ]).flat(),
        ...every(-12.2, -0.2, 0.7, (m) => jlog(T, m, 'ERROR', 'getTransactions', 'Cache error')),
      ],
      'transactionhistory#0/transactionhistory': every(-30, -0.3, 1.4, (m) =>
        jlog(T, m, 'INFO', 'getTransactions', `Retrieved transactions for ${acct(m)}`),
      ).filter((_, i) => i % 2 === 0),
      'ledgerwriter#0/ledgerwriter': [
        ...okWriter(T, -40, -0.2, 1.1),
        ...every(-12.5, -0.5, 1.9, (m) => [
          tooMany(m),
          tooMany2(m),
          jlog(T, m + 0.01, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        ]).flat(),
      ].sort(),
      'frontend#0/front': [
        ...okPayments(T, -40, -0.2, 1.1),
        ...every(-12.5, -0.5, 1.9, (m) =>
          jlog(
            T,
            m + 0.02,
            'ERROR',
            'payment',
            'Error submitting payment: Could not open JPA EntityManager for transaction',
          ),
        ),
      ].sort(),
    },
  });
})();

// 3 ── balancereader redeployed with a datasource password from a Secret that ledger-db does not have yet.
const s3 = (() => {
  const incidentTime = '2026-03-24T15:31:00Z';
  const T = clock(incidentTime);
  const env = (pwFromSecret) => [
    { name: 'VERSION', value: 'v0.6.10' },
    { name: 'PORT', value: '8080' },
    { name: 'ENABLE_TRACING', value: 'true' },
    { name: 'ENABLE_METRICS', value: 'true' },
    { name: 'POLL_MS', value: '100' },
    { name: 'CACHE_SIZE', value: '1000000' },
    {
      name: 'JVM_OPTS',
      value: '-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m',
    },
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
    ...(pwFromSecret
      ? [
          {
            name: 'SPRING_DATASOURCE_PASSWORD',
            valueFrom: { secretKeyRef: { name: 'ledger-db-credentials', key: 'password' } },
          },
        ]
      : []),
  ];
  return withDefaults({
    folder: 's10-balancereader-rotated-password',
    description:
      'Ledger: balances showing $--- / blank on the home page for everyone and transfers say "cache error". since ~15:10',
    incidentTime,
    expected: { component: 'balancereader', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['pods-ready', 'bad-credentials', 'team-name', 'time-expression'],
    grounding: `
      Manifests: balancereader takes ledger-db-config by envFrom (SPRING_DATASOURCE_USERNAME admin, SPRING_DATASOURCE_PASSWORD); its /ready
      always answers 200 and /healthy only checks that the LedgerReader thread is alive, and LedgerReader swallows DataAccessResourceFailureException
      ("Could not reach ledger database"), so a pod that cannot log in stays Ready. Change (deviation from upstream): as the first step of a
      credential rotation the ledger team redeployed balancereader with SPRING_DATASOURCE_PASSWORD from a new Secret ledger-db-credentials, whose
      value has not yet been set on ledger-db (env wins over envFrom). PostgreSQL 16 rejects it: "FATAL: password authentication failed for user
      "admin"" with "Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"" in its log.
      The new pod starts its balance cache empty, every load fails, /balances answers 500 "cache error"; ledgerwriter, which checks the
      sender's balance with RestTemplate, returns 500 with Spring's message '500 : "cache error"' and the frontend shows it. Other ledger-db
      clients (ledgerwriter, transactionhistory) still use ledger-db-config and work. Pattern: the public "rotate the app first" incidents.`,
    workloads: {
      balancereader: {
        rollout: { at: -21, revision: 5, oldContainers: { balancereader: { env: env(false) } } },
        containers: { balancereader: { env: env(true) } },
      },
    },
    events: [
      {
        on: 'deploy:balancereader',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set balancereader-%NEW% to 1',
        first: -21,
      },
      {
        on: 'deploy:balancereader',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set balancereader-%OLD% to 0 from 1',
        first: -19.6,
      },
    ],
    logs: {
      'ledger-db#0/postgres': [
        ...pgStart(T, -60 * 24 * 12),
        ...checkpoints(T, -45, -1),
        ...every(-20.2, -0.2, 0.5, (m) => [
          pg(T, m, 8000 + Math.round(-m * 53), 'FATAL', 'password authentication failed for user "admin"'),
          pg(
            T,
            m,
            8000 + Math.round(-m * 53),
            'DETAIL',
            'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"',
          ),
        ]).flat(),
      ].sort(),
      'balancereader#0/balancereader': [
        jlog(
          T,
          -20.6,
          'INFO',
          'logStarting',
          'Starting BalanceReaderApplication v0.6.10 using Java 17.0.13 with PID 1 (/app/classpath started by nonroot in /app)',
        ),
        jlog(T, -20.3, 'INFO', 'start', 'HikariPool-1 - Starting...'),
        jlog(T, -20.2, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 28P01'),
        jlog(T, -20.2, 'ERROR', 'logExceptions', 'FATAL: password authentication failed for user "admin"'),
        jlog(T, -20.1, 'WARN', 'startWithCallback', 'Could not contact ledger database at init'),
        jlog(T, -20.1, 'INFO', 'startWithCallback', 'Starting background thread.'),
        jlog(
          T,
          -19.9,
          'INFO',
          'logStarted',
          'Started BalanceReaderApplication in 41.2 seconds (process running for 44.9)',
        ),
        ...every(-19.8, -0.2, 0.5, (m) => [
          jlog(T, m, 'WARN', 'run', 'Could not reach ledger database'),
        ]).flat(),
        ...every(-19.5, -0.2, 0.8, (m) => [
          jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 28P01'),
          jlog(T, m, 'ERROR', 'logExceptions', 'FATAL: password authentication failed for user "admin"'),
          jlog(T, m, 'ERROR', 'getBalance', 'Cache error'),
        ]).flat(),
      ].sort(),
      'ledgerwriter#0/ledgerwriter': [
        ...okWriter(T, -50, -21, 1.4),
        ...every(-19.4, -0.3, 1.3, (m) =>
          jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        ),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 12 + 1, 'INFO', 'startWithCallback', 'Starting background thread.'),
      ],
      'frontend#0/front': [
        ...okPayments(T, -50, -21, 1.4),
        ...every(-19.4, -0.3, 1.3, (m) =>
          jlog(T, m + 0.01, 'ERROR', 'payment', 'Error submitting payment: 500 : "cache error"'),
        ),
        ...every(-45, -0.2, 3.7, (m) => jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
      ].sort(),
    },
  });
})();

// 4 ── contacts v0.6.11 reads a column the accounts database has not got; pods Ready, payees empty, add-payee fails.
const s4 = (() => {
  const incidentTime = '2026-03-26T09:14:00Z';
  const T = clock(incidentTime);
  const colErr = (m, fn, what) => [
    jlog(
      T,
      m,
      'ERROR',
      fn,
      `${what}: (psycopg2.errors.UndefinedColumn) column contacts.nickname does not exist`,
    ),
    'LINE 1: ...ontacts.routing_num, contacts.is_external, contacts.nickname...',
    '                                                             ^',
    '',
    '[SQL: SELECT contacts.username, contacts.label, contacts.account_num, contacts.routing_num, contacts.is_external, contacts.nickname ',
    'FROM contacts ',
    'WHERE contacts.username = %(username_1)s]',
    "[parameters: {'username_1': 'testuser'}]",
    '(Background on this error at: https://sqlalche.me/e/14/f405)',
  ];
  return withDefaults({
    folder: 's10-contacts-payees-missing',
    description:
      'Send Payment page: saved payees list is empty for every customer and adding a new payee errors out. started after the morning release (~8:45)',
    incidentTime,
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifests and code: contacts (Flask under gunicorn, readiness /ready which does not touch the database) reads and writes the contacts
      table of accounts-db through SQLAlchemy (src/accounts/contacts/db.py); get_contacts logs "Error retrieving contacts list: %s" and answers
      500, add_contact logs "Error adding contact: %s" and answers "failed to add contact" 500, which the frontend raises as UserWarning and
      logs "Error submitting payment: failed to add contact"; a 500 on the home page's contacts call is falsy in api_call.py and logged by
      nobody. Fault: the morning release rolled contacts to v0.6.11 (deviation: an invented next version) whose model reads a new column
      nickname before the schema migration ran, the classic expand/contract ordering mistake. PostgreSQL logs "ERROR: column contacts.nickname
      does not exist" with the statement, so accounts-db's log is the loudest one (decoy-like). Decoys: the frontend was rolled the same
      morning and is healthy; ledgerwriter has a 3-day-old OOMKilled restart.`,
    workloads: {
      contacts: {
        rollout: {
          at: -29,
          revision: 7,
          oldContainers: {
            contacts: {
              image:
                'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.10@sha256:90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9',
            },
          },
        },
        containers: {
          contacts: {
            image:
              'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.11@sha256:3c1f9a7e52d04b8e6a19f0c2d7b45e8a91c36f0e2b7d84a5c9e1f06b3a28d7c4',
            env: [
              { name: 'VERSION', value: 'v0.6.11' },
              { name: 'PORT', value: '8080' },
              { name: 'ENABLE_TRACING', value: 'true' },
              { name: 'LOG_LEVEL', value: 'info' },
            ],
          },
        },
      },
      frontend: {
        rollout: {
          at: -34,
          revision: 9,
          oldContainers: {
            front: {
              image:
                'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.9@sha256:5e2b0c4d81f7a3e96b2d40c8f1a7e53b9d6c24f0a18e7b3c5d92f4e6a0b1c837',
            },
          },
        },
      },
      ledgerwriter: {
        pods: [
          {
            containers: {
              ledgerwriter: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set frontend-%NEW% to 1',
        first: -34,
      },
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set frontend-%OLD% to 0 from 1',
        first: -33.5,
      },
      {
        on: 'deploy:contacts',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set contacts-%NEW% to 1',
        first: -29,
      },
      {
        on: 'deploy:contacts',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set contacts-%OLD% to 0 from 1',
        first: -28.6,
      },
    ],
    logs: {
      'contacts#0/contacts': [
        jlog(T, -28.8, 'INFO', 'create_app', 'Starting contacts service.'),
        jlog(T, -28.8, 'INFO', 'create_app', '✅ Tracing enabled.'),
        ...every(-27, -0.3, 0.7, (m) => colErr(m, 'get_contacts', 'Error retrieving contacts list')).flat(),
        ...every(-24.1, -0.5, 4.3, (m) => colErr(m, 'add_contact', 'Error adding contact')).flat(),
      ],
      'accounts-db#0/accounts-db': [
        ...pgStart(T, -60 * 24 * 14),
        ...checkpoints(T, -50, -1),
        ...every(-27, -0.3, 0.7, (m) => [
          pg(
            T,
            m,
            9100 + Math.round(-m * 13),
            'ERROR',
            'column contacts.nickname does not exist at character 114',
          ),
          pg(
            T,
            m,
            9100 + Math.round(-m * 13),
            'STATEMENT',
            "SELECT contacts.username, contacts.label, contacts.account_num, contacts.routing_num, contacts.is_external, contacts.nickname FROM contacts WHERE contacts.username = 'testuser'",
          ),
        ]).flat(),
      ].sort(),
      'frontend#0/front': [
        jlog(T, -33.8, 'INFO', 'create_app', 'Starting frontend service.'),
        jlog(T, -33.8, 'INFO', 'create_app', '✅ Tracing enabled.'),
        ...okPayments(T, -33, -0.2, 2.2),
        ...every(-24.1, -0.5, 4.3, (m) =>
          jlog(T, m + 0.01, 'ERROR', 'payment', 'Error submitting payment: failed to add contact'),
        ),
        ...every(-33, -0.2, 2.9, (m) => jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
      ].sort(),
      'ledgerwriter#0/ledgerwriter': okWriter(T, -33, -0.2, 2.2),
      'userservice#0/userservice': every(-33, -0.2, 2.9, (m) =>
        jlog(T, m - 0.01, 'INFO', 'login', 'Login Successful.'),
      ),
    },
  });
})();

// 5 ── an egress allow-list rolled out by a hardening change forgets ledgerwriter -> balancereader.
const s5 = (() => {
  const incidentTime = '2026-04-02T13:52:00Z';
  const T = clock(incidentTime);
  const sel = (labels) => ({ matchLabels: labels });
  return withDefaults({
    folder: 's10-ledgerwriter-egress-policy',
    description:
      'payments/transfers timing out for all users ("Payment failed") since ~13:30. balances and history load fine. no deploys today afaik',
    incidentTime,
    expected: { component: 'ledgerwriter', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'balancereader', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'time-expression'],
    grounding: `
      Manifests: ledgerwriter reaches balancereader at service-api-config BALANCES_API_ADDR=balancereader:8080 before every local transfer
      (LedgerWriterController.getAvailableBalance with a RestTemplate that has no connect timeout) and ledger-db at :5432. Change (deviation,
      the Kubernetes "default deny egress" recipe from the NetworkPolicy docs): the platform team applied default-deny-egress plus per-tier
      allow-lists 22 minutes before; the ledger tier's allow-ledger-db-egress lets team=ledger pods reach ledger-db:5432 and DNS but nothing
      else, which is all balancereader and transactionhistory need and misses ledgerwriter's call to balancereader. GKE Dataplane V2 drops
      the SYNs, so ledgerwriter's request waits for the kernel's connect timeout (about 2 min) and logs "Failed to retrieve account balance";
      the frontend gives up after 4 s ("Read timed out. (read timeout=4)"). balancereader, transactionhistory, userservice and contacts keep
      answering the frontend (allow-frontend-egress). All pods stay Ready; no pod restarts.`,
    networkPolicies: [
      { name: 'default-deny-egress', created: -22, spec: { podSelector: {}, policyTypes: ['Egress'] } },
      {
        name: 'allow-dns-egress',
        created: -22,
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ namespaceSelector: {}, podSelector: sel({ 'k8s-app': 'kube-dns' }) }],
              ports: [
                { protocol: 'UDP', port: 53 },
                { protocol: 'TCP', port: 53 },
              ],
            },
          ],
        },
      },
      {
        name: 'allow-frontend-egress',
        created: -22,
        spec: {
          podSelector: sel({ app: 'frontend' }),
          policyTypes: ['Egress'],
          egress: [
            { to: [{ podSelector: sel({ tier: 'backend' }) }], ports: [{ protocol: 'TCP', port: 8080 }] },
          ],
        },
      },
      {
        name: 'allow-accounts-db-egress',
        created: -22,
        spec: {
          podSelector: sel({ team: 'accounts', tier: 'backend' }),
          policyTypes: ['Egress'],
          egress: [
            { to: [{ podSelector: sel({ app: 'accounts-db' }) }], ports: [{ protocol: 'TCP', port: 5432 }] },
          ],
        },
      },
      {
        name: 'allow-ledger-db-egress',
        created: -22,
        spec: {
          podSelector: sel({ team: 'ledger', tier: 'backend' }),
          policyTypes: ['Egress'],
          egress: [
            { to: [{ podSelector: sel({ app: 'ledger-db' }) }], ports: [{ protocol: 'TCP', port: 5432 }] },
          ],
        },
      },
      {
        name: 'allow-loadgenerator-egress',
        created: -22,
        spec: {
          podSelector: sel({ app: 'loadgenerator' }),
          policyTypes: ['Egress'],
          egress: [
            { to: [{ podSelector: sel({ app: 'frontend' }) }], ports: [{ protocol: 'TCP', port: 8080 }] },
          ],
        },
      },
    ],
    workloads: {},
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        ...okWriter(T, -50, -22.3, 1.2),
        ...every(-19.6, -0.2, 1.1, (m) =>
          jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        ),
      ],
      'frontend#0/front': [
        ...okPayments(T, -50, -22.3, 1.2),
        ...every(-21.8, -0.2, 1.1, (m) =>
          jlog(
            T,
            m,
            'ERROR',
            'payment',
            "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)",
          ),
        ),
        ...every(-21.5, -0.2, 5.3, (m) =>
          jlog(
            T,
            m,
            'ERROR',
            'deposit',
            "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)",
          ),
        ),
        ...every(-50, -0.2, 3.1, (m) => jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
      ].sort(),
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 4, 'INFO', 'startWithCallback', 'Starting background thread.'),
      ],
      'userservice#0/userservice': every(-50, -0.2, 3.1, (m) =>
        jlog(T, m - 0.01, 'INFO', 'login', 'Login Successful.'),
      ),
      'ledger-db#0/postgres': [...pgStart(T, -60 * 24 * 4), ...checkpoints(T, -50, -1)],
    },
  });
})();

// 6 ── no fault: one customer's failed logins and an old OOM look alarming; everything serves.
const s6 = (() => {
  const incidentTime = '2026-04-07T11:26:00Z';
  const T = clock(incidentTime);
  return withDefaults({
    folder: 's10-nofault-login-complaints',
    description:
      'support escalation: customers getting "Login Failed" on bank web since 11ish?? mobile team asked if userservice is down. pls check',
    incidentTime,
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Nothing is broken. Code: the frontend's _login_helper calls userservice /login with raise_for_status and logs "Error logging in: 401
      Client Error: UNAUTHORIZED for url: ..." for a wrong password (userservice logs "Error logging in: invalid login") and "404 Client Error:
      NOT FOUND" for an unknown user ("user ... does not exist"); the URL carries the query string as upstream prints it. Two customers
      mistype their credentials repeatedly while hundreds of logins succeed. Decoys: transactionhistory has an OOMKilled restart three
      days old (JVM_OPTS -Xmx512m against the 512Mi limit, a known upstream shape), the frontend rolled out 50 minutes before and is healthy,
      and the loadgenerator restarted last week. All pods Ready, endpoints complete.`,
    workloads: {
      transactionhistory: {
        pods: [
          {
            containers: {
              transactionhistory: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 12),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 8),
                  finishedAt: T.iso(-60 * 24 * 3 - 12.2),
                },
              }),
            },
          },
        ],
      },
      frontend: {
        rollout: {
          at: -50,
          revision: 11,
          oldContainers: {
            front: {
              image:
                'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.9@sha256:5e2b0c4d81f7a3e96b2d40c8f1a7e53b9d6c24f0a18e7b3c5d92f4e6a0b1c837',
            },
          },
        },
      },
      loadgenerator: {
        pods: [
          {
            containers: {
              loadgenerator: cs.restartedRunning({
                restarts: 3,
                startedAt: T.iso(-60 * 24 * 6),
                last: {
                  exitCode: 1,
                  reason: 'Error',
                  startedAt: T.iso(-60 * 24 * 6.2),
                  finishedAt: T.iso(-60 * 24 * 6 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set frontend-%NEW% to 1',
        first: -50,
      },
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set frontend-%OLD% to 0 from 1',
        first: -49.4,
      },
    ],
    logs: {
      'frontend#0/front': [
        jlog(T, -49.8, 'INFO', 'create_app', 'Starting frontend service.'),
        ...every(-49, -0.2, 0.6, (m) => jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
        ...okPayments(T, -49, -0.2, 1.9),
        ...[-27.4, -27.1, -26.6, -25.9, -14.2, -13.8, -13.1, -4.4].map((m) =>
          jlog(
            T,
            m + 0.003,
            'ERROR',
            '_login_helper',
            'Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=mgarcia&password=Summer2026%21',
          ),
        ),
        ...[-21.2, -20.7, -20.1].map((m) =>
          jlog(
            T,
            m + 0.003,
            'ERROR',
            '_login_helper',
            'Error logging in: 404 Client Error: NOT FOUND for url: http://userservice:8080/login?username=j.okafor&password=bankofanthos',
          ),
        ),
      ].sort(),
      'userservice#0/userservice': [
        ...every(-49, -0.2, 0.6, (m) => jlog(T, m - 0.002, 'INFO', 'login', 'Login Successful.')),
        ...[-27.4, -27.1, -26.6, -25.9, -14.2, -13.8, -13.1, -4.4].map((m) =>
          jlog(T, m, 'ERROR', 'login', 'Error logging in: invalid login'),
        ),
        ...[-21.2, -20.7, -20.1].map((m) =>
          jlog(T, m, 'ERROR', 'login', 'Error logging in: user j.okafor does not exist'),
        ),
      ].sort(),
      'transactionhistory#0/transactionhistory/previous': [
        jlog(T, -60 * 24 * 3 - 13, 'WARN', 'run', 'Could not reach ledger database'),
      ],
      'ledgerwriter#0/ledgerwriter': okWriter(T, -49, -0.2, 1.9),
    },
  });
})();

export const scenarios = [s1, s2, s3, s4, s5, s6];
