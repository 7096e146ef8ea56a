// s15 blind dev scenarios for Bank of Anthos: specs for the kit (scripts/s2-scenario-kit.mjs) on the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};

const podEvents = (pod, at, img, container, cached = false) => [
  {
    on: `pod:${pod}`,
    reason: 'Scheduled',
    source: 'default-scheduler',
    message: `Successfully assigned bank-of-anthos/%POD% to %NODE%`,
    first: at,
  },
  ...(cached
    ? [
        {
          on: `pod:${pod}`,
          reason: 'Pulled',
          fieldPath: `spec.containers{${container}}`,
          message: `Container image "${img}" already present on machine`,
          first: at + 0.05,
        },
      ]
    : [
        {
          on: `pod:${pod}`,
          reason: 'Pulling',
          fieldPath: `spec.containers{${container}}`,
          message: `Pulling image "${img}"`,
          first: at + 0.05,
        },
        {
          on: `pod:${pod}`,
          reason: 'Pulled',
          fieldPath: `spec.containers{${container}}`,
          message: `Successfully pulled image "${img}" in 3.412s (3.412s including waiting). Image size: 187344112 bytes.`,
          first: at + 0.12,
        },
      ]),
  {
    on: `pod:${pod}`,
    reason: 'Created',
    fieldPath: `spec.containers{${container}}`,
    message: `Created container ${container}`,
    first: at + 0.13,
  },
  {
    on: `pod:${pod}`,
    reason: 'Started',
    fieldPath: `spec.containers{${container}}`,
    message: `Started container ${container}`,
    first: at + 0.14,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// 1. ledgerwriter: DB password moved from the ConfigMap to a Secret reference that holds a password ledger-db never had.
const T1 = clock('2026-11-17T15:42:00Z');
const LW_ROLL = -27;
const lwEnvNew = [
  { name: 'VERSION', value: 'v0.6.10' },
  { name: 'PORT', value: '8080' },
  { name: 'ENABLE_TRACING', value: 'true' },
  { name: 'ENABLE_METRICS', value: 'true' },
  {
    name: 'JVM_OPTS',
    value: '-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m',
  },
  { name: 'LOG_LEVEL', value: 'info' },
  { name: 'NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
  {
    name: 'SPRING_DATASOURCE_PASSWORD',
    valueFrom: { secretKeyRef: { name: 'ledger-db-credentials', key: 'password' } },
  },
];
const lwBase = system.workloads.find((w) => w.name === 'ledgerwriter').containers[0];

const lwLogs = () => {
  const T = T1;
  const L = [];
  const s = LW_ROLL + 0.6;
  L.push(
    jlog(
      T,
      s,
      'INFO',
      'logStarting',
      'Starting LedgerWriterApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by ? in /)',
    ),
  );
  L.push(
    jlog(
      T,
      s + 0.01,
      'INFO',
      'logStartupProfileInfo',
      'No active profile set, falling back to 1 default profile: "default"',
    ),
  );
  L.push(jlog(T, s + 0.08, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'));
  L.push(
    jlog(
      T,
      s + 0.14,
      'INFO',
      'logPersistenceUnitInformation',
      'HHH000204: Processing PersistenceUnitInfo [name: default]',
    ),
  );
  L.push(jlog(T, s + 0.15, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'));
  L.push(
    jlog(
      T,
      s + 0.16,
      'ERROR',
      'throwPoolInitializationException',
      'HikariPool-1 - Exception during pool initialization.',
    ),
  );
  L.push('org.postgresql.util.PSQLException: FATAL: password authentication failed for user "admin"');
  L.push(
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
  );
  L.push('\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)');
  L.push(
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)',
  );
  L.push('\tat org.postgresql.Driver.makeConnection(Driver.java:443)');
  L.push('\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)');
  L.push('\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)');
  L.push('\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)');
  L.push(
    jlog(T, s + 0.17, 'WARN', 'initiateService', 'HHH000342: Could not obtain connection to query metadata'),
  );
  L.push('org.postgresql.util.PSQLException: FATAL: password authentication failed for user "admin"');
  L.push(
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
  );
  L.push(
    jlog(
      T,
      s + 0.2,
      'INFO',
      'buildNativeEntityManagerFactory',
      "Initialized JPA EntityManagerFactory for persistence unit 'default'",
    ),
  );
  L.push(jlog(T, s + 0.29, 'INFO', 'start', "Tomcat started on port(s): 8080 (http) with context path ''"));
  L.push(
    jlog(
      T,
      s + 0.3,
      'INFO',
      'logStarted',
      'Started LedgerWriterApplication in 21.874 seconds (process running for 23.02)',
    ),
  );
  for (const m of range(LW_ROLL + 2.1, -0.3, 1.37)) {
    L.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
    if (Math.round(m * 10) % 3 === 0) {
      L.push(jlog(T, m + 0.01, 'WARN', 'logExceptionStack', 'SQL Error: 0, SQLState: 28P01'));
      L.push(
        jlog(
          T,
          m + 0.01,
          'ERROR',
          'logExceptionStack',
          'FATAL: password authentication failed for user "admin"',
        ),
      );
    }
  }
  return L;
};

const ledgerDbLogs = () => {
  const T = T1;
  const L = [];
  const pg = (m, pid, lvl, msg) => `${T.java(m)} UTC [${pid}] ${lvl}:  ${msg}`;
  L.push(
    pg(
      -60 * 24 * 3 + 0.2,
      1,
      'LOG',
      'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit',
    ),
  );
  L.push(pg(-60 * 24 * 3 + 0.2, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'));
  L.push(pg(-60 * 24 * 3 + 0.21, 1, 'LOG', 'database system is ready to accept connections'));
  L.push(pg(-60 * 6, 27, 'LOG', 'checkpoint starting: time'));
  L.push(
    pg(
      -60 * 6 + 0.4,
      27,
      'LOG',
      'checkpoint complete: wrote 212 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.108 s, sync=0.011 s, total=21.144 s; sync files=41, longest=0.004 s, average=0.001 s; distance=1487 kB, estimate=1502 kB; lsn=0/3A1F6D8, redo lsn=0/3A0F1C0',
    ),
  );
  let pid = 4410;
  for (const m of [LW_ROLL + 0.76, LW_ROLL + 0.77, ...range(LW_ROLL + 2.1, -0.3, 1.37)]) {
    pid += 3;
    L.push(pg(m, pid, 'FATAL', 'password authentication failed for user "admin"'));
    L.push(
      pg(
        m,
        pid,
        'DETAIL',
        'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"',
      ),
    );
  }
  return L;
};

const frontLogs = () => {
  const T = T1;
  const L = [];
  for (const m of range(-45, -0.4, 1.1)) {
    const after = m > LW_ROLL + 2;
    L.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (Math.round(m * 10) % 2 === 0) {
      if (after) {
        L.push(
          plog(
            T,
            m + 0.05,
            'ERROR',
            'payment',
            'Error submitting payment: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection',
          ),
        );
      } else {
        L.push(plog(T, m + 0.05, 'INFO', 'payment', 'Payment initiated successfully.'));
      }
    } else if (Math.round(m * 10) % 5 === 0) {
      if (after)
        L.push(
          plog(
            T,
            m + 0.05,
            'ERROR',
            'deposit',
            'Error submitting deposit: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection',
          ),
        );
      else L.push(plog(T, m + 0.05, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    }
  }
  return L;
};

const balanceLogs = () => {
  const T = T1;
  const L = [];
  L.push(
    jlog(
      T,
      -60 * 24 * 2 + 1.2,
      'INFO',
      'logStarted',
      'Started BalanceReaderApplication in 24.213 seconds (process running for 25.9)',
    ),
  );
  L.push(jlog(T, -60 * 24 * 2 + 1.3, 'INFO', 'run', 'Initialized cache with 142 accounts.'));
  for (const m of range(-40, -0.5, 2.3))
    L.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieving balance for transaction sender.'));
  return L;
};

const historyLogs = () => {
  const T = T1;
  return range(-40, -0.5, 3.1).map((m) =>
    jlog(T, m, 'INFO', 'getTransactions', 'Processed request for 10 transactions.'),
  );
};

const s1 = withDefaults({
  folder: 's15-ledgerwriter-db-secret-ref',
  description:
    'payments failing in prod bank - customers get "Payment failed" on every transfer, deposits too. started ~15:15. ledger team can u look',
  incidentTime: '2026-11-17T15:42:00Z',
  expected: { component: 'ledgerwriter', cause: 'config-error' },
  alsoAcceptable: [{ component: 'ledgerwriter', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'bad-credentials', 'decoy', 'team-name', 'time-expression'],
  grounding: `
    Manifest facts (kubernetes-manifests/ledger-writer.yaml at d0af047): ledgerwriter takes SPRING_DATASOURCE_URL/USERNAME/PASSWORD
    from the ledger-db-config ConfigMap through envFrom; its readiness probe GET /ready is answered by LedgerWriterController
    without touching the database, and application.properties pins spring.jpa.database-platform=PostgreSQLDialect, so Hibernate
    only warns (HHH000342) when it cannot connect at start and the pods come up Ready. The fault: revision 4 of the Deployment adds
    an explicit env SPRING_DATASOURCE_PASSWORD from secretKeyRef ledger-db-credentials/password (a credentials-to-Secret
    migration, the usual way teams move passwords out of ConfigMaps); explicit env wins over envFrom, and the Secret holds the
    rotated password that ledger-db was never given. Every POST /transactions then fails with CannotCreateTransactionException,
    which the controller logs with its misleading text "Failed to retrieve account balance" (the same catch block as
    balancereader errors) and the frontend logs "Error submitting payment"/"Error submitting deposit". Postgres 16 logs
    FATAL password authentication failed (SQLSTATE 28P01) with the pg_hba line. The change rode in on a rollout, hence
    bad-deploy-rollout as an also-acceptable answer; the cause is the setting. Decoy: balancereader was OOMKilled two days ago
    (restartCount 1) and has run cleanly since. Deviations: Secret contents are not in the snapshot (never are); ledger-db image
    reports PostgreSQL 16.4 (upstream builds from postgres:16-alpine); the log lines' Hikari/Hibernate wording follows Spring Boot
    2.7 / HikariCP 4 as the v0.6.x ledger services ship.`,
  workloads: {
    ledgerwriter: {
      rollout: { at: LW_ROLL, revision: 4, oldContainers: { ledgerwriter: { env: lwBase.env } } },
      containers: { ledgerwriter: { env: lwEnvNew } },
    },
    balancereader: {
      pods: [
        {
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1,
              startedAt: T1.iso(-60 * 24 * 2 + 0.6),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T1.iso(-60 * 24 * 8),
                finishedAt: T1.iso(-60 * 24 * 2 + 0.5),
              },
            }),
          },
        },
      ],
    },
  },
  events: [
    {
      on: 'deploy:ledgerwriter',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set ledgerwriter-%NEW% to 1',
      first: LW_ROLL,
    },
    {
      on: 'deploy:ledgerwriter',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1',
      first: LW_ROLL + 1.3,
    },
    ...podEvents('ledgerwriter#0', LW_ROLL + 0.5, image('ledgerwriter'), 'ledgerwriter', true),
  ],
  logs: {
    'ledgerwriter#0/ledgerwriter': lwLogs(),
    'ledger-db#0/postgres': ledgerDbLogs(),
    'frontend#0/front': frontLogs(),
    'balancereader#0/balancereader': balanceLogs(),
    'balancereader#0/balancereader/previous': [
      jlog(T1, -60 * 24 * 2 - 3, 'INFO', 'getBalance', 'Retrieving balance for transaction sender.'),
      jlog(T1, -60 * 24 * 2 - 0.8, 'WARN', 'run', 'Cache size approaching limit; 1000000 entries.'),
    ],
    'transactionhistory#0/transactionhistory': historyLogs(),
  },
});

// ---------------------------------------------------------------------------------------------------------------
// 2. No fault: frontend v0.6.11 rolled out 40 minutes ago, one support ticket, nothing wrong.
const T2 = clock('2026-12-02T10:18:00Z');
const FE_ROLL = -41;
const feImgNew = `us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.11@sha256:3c9e1f0b8a27d4e6f51c2b7a9d03e8f6c1b5a4d7e2f09c8b3a6d5e4f1c2b7a90`;
const feBase = system.workloads.find((w) => w.name === 'frontend').containers[0];
const feEnvNew = feBase.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11' } : e));
const s2front = (i) => {
  const T = T2;
  const L = [];
  L.push(plog(T, FE_ROLL + 0.7 + i * 0.5, 'INFO', 'create_app', 'Starting frontend service.'));
  L.push(plog(T, FE_ROLL + 0.7 + i * 0.5, 'INFO', 'create_app', '✅ Tracing enabled.'));
  for (const m of range(FE_ROLL + 1.5 + i * 0.3, -0.3, 0.9)) {
    const k = Math.round(m * 10);
    L.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (k % 7 === 0) L.push(plog(T, m + 0.02, 'INFO', '_login_helper', 'Successfully logged in.'));
    if (k % 5 === 0) L.push(plog(T, m + 0.04, 'INFO', 'payment', 'Payment initiated successfully.'));
    if (k % 11 === 0) L.push(plog(T, m + 0.03, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  }
  if (i === 0)
    L.push(
      plog(
        T,
        -17.2,
        'ERROR',
        '_login_helper',
        'Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=jdoe&password=%2A%2A%2A',
      ),
    );
  return L.sort();
};
const s2 = withDefaults({
  folder: 's15-frontend-release-nofault',
  description:
    'frontend v0.6.11 went out ~40 min ago; support has 1 ticket "login slow / kicked back to login page". is the release broken? want a yes/no before we continue to prod-eu',
  incidentTime: '2026-12-02T10:18:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    No fault. Manifest facts (kubernetes-manifests/frontend.yaml at d0af047): frontend runs 1 replica upstream; this cluster runs 2
    (deviation) so the rolling update (maxSurge/maxUnavailable 25%) is visible with both new pods Ready and the old ReplicaSet at 0.
    The release bumps the image tag to v0.6.11 and the VERSION env; readiness/liveness on /ready pass, no restarts. Logs after the
    rollout show logins, payments and deposits succeeding at the usual rate; the one "Error logging in: 401" is a user with a wrong
    password (userservice answers 401 for a bad password, as upstream), which is what the support ticket describes. Decoys:
    the rollout itself inside the window, the single 401, and ledger-db's emptyDir postgres restarted four days ago after a node
    upgrade (restartCount 1, exit 0 Completed). A careful engineer answers "nothing is broken".`,
  workloads: {
    frontend: {
      replicas: 2,
      rollout: {
        at: FE_ROLL,
        revision: 6,
        oldContainers: { front: { image: feBase.image, env: feBase.env } },
      },
      containers: { front: { image: feImgNew, env: feEnvNew } },
    },
    'ledger-db': {
      pods: [
        {
          containers: {
            postgres: cs.restartedRunning({
              restarts: 1,
              startedAt: T2.iso(-60 * 24 * 4 + 1),
              last: {
                exitCode: 0,
                reason: 'Completed',
                startedAt: T2.iso(-60 * 24 * 20),
                finishedAt: T2.iso(-60 * 24 * 4),
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
      first: FE_ROLL,
    },
    {
      on: 'deploy:frontend',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set frontend-%OLD% to 1 from 2',
      first: FE_ROLL + 0.6,
    },
    {
      on: 'deploy:frontend',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set frontend-%NEW% to 2 from 1',
      first: FE_ROLL + 0.6,
    },
    {
      on: 'deploy:frontend',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set frontend-%OLD% to 0 from 1',
      first: FE_ROLL + 1.1,
    },
    ...podEvents('frontend#0', FE_ROLL + 0.5, feImgNew, 'front'),
    ...podEvents('frontend#1', FE_ROLL + 1.0, feImgNew, 'front', true),
    {
      on: 'pod:frontend#0',
      reason: 'Unhealthy',
      type: 'Warning',
      fieldPath: 'spec.containers{front}',
      message:
        'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused',
      first: FE_ROLL + 0.6,
      count: 1,
    },
  ],
  logs: {
    'frontend#0/front': s2front(0),
    'frontend#1/front': s2front(1),
    'userservice#0/userservice': (() => {
      const L = [];
      for (const m of range(-40, -0.3, 2.6)) {
        L.push(plog(T2, m, 'INFO', 'login', 'Getting the user data.'));
        L.push(plog(T2, m + 0.01, 'INFO', 'login', 'Login Successful.'));
      }
      L.push(plog(T2, -17.21, 'INFO', 'login', 'Getting the user data.'));
      L.push(plog(T2, -17.2, 'ERROR', 'login', 'Error logging in: Login failed: invalid password'));
      return L.sort();
    })(),
    'ledgerwriter#0/ledgerwriter': range(-40, -0.3, 3.3).map((m) =>
      jlog(T2, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    ),
    'ledger-db#0/postgres': [
      `${T2.java(-60 * 24 * 4 - 0.1)} UTC [1] LOG:  received fast shutdown request`,
      `${T2.java(-60 * 24 * 4 - 0.05)} UTC [1] LOG:  database system is shut down`,
      `${T2.java(-60 * 24 * 4 + 1.1)} UTC [1] LOG:  database system is ready to accept connections`,
      `${T2.java(-60 * 3)} UTC [27] LOG:  checkpoint starting: time`,
      `${T2.java(-60 * 3 + 0.3)} UTC [27] LOG:  checkpoint complete: wrote 96 buffers (0.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=9.612 s, sync=0.006 s, total=9.640 s; sync files=22, longest=0.003 s, average=0.001 s; distance=702 kB, estimate=1340 kB; lsn=0/2C4E118, redo lsn=0/2C3F0A0`,
    ],
  },
});

export const scenarios = [s1, s2];
