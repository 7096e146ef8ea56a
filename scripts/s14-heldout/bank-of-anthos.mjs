// s14 held-out scenarios (split: test) for Bank of Anthos, as compact specs for the scenario kit.
// Uses the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog) unchanged.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N3 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const gunicornBoot = (T, min, pid) => [
  jlog(T, min, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
  jlog(T, min, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
  jlog(T, min, 'INFO', 'info', 'Using worker: gthread'),
  jlog(T, min + 0.01, 'INFO', 'info', `Booting worker with pid: ${pid}`),
];

// 1. userservice CPU-bound on bcrypt under a credential-stuffing burst: login times out, pods stay Ready.
const A = clock('2026-11-18T19:42:00Z');
const loginStorm = [];
for (let i = 0; i < 26; i++) {
  const m = -21 + i * 0.75;
  loginStorm.push(jlog(A, m, 'ERROR', 'login', 'Error logging in: invalid login'));
  if (i % 3 === 0)
    loginStorm.push(
      jlog(
        A,
        m + 0.2,
        'ERROR',
        'login',
        `Error logging in: user ${['jdoe2', 'admin1', 'test', 'alice.w', 'mkhan', 'root', 'support', 'b.smith', 'qa'][i % 9]} does not exist`,
      ),
    );
  if (i % 4 === 1) loginStorm.push(jlog(A, m + 0.4, 'INFO', 'login', 'Login Successful.'));
  if (i === 11)
    loginStorm.push(
      jlog(A, m + 0.5, 'CRITICAL', 'critical', 'WORKER TIMEOUT (pid:8)'),
      jlog(A, m + 0.52, 'ERROR', 'error', 'Worker (pid:8) was sent SIGKILL! Perhaps out of memory?'),
      jlog(A, m + 0.55, 'INFO', 'info', 'Booting worker with pid: 31'),
    );
}
const feLogin = [];
for (let i = 0; i < 18; i++) {
  const m = -19 + i * 1.02;
  feLogin.push(
    jlog(
      A,
      m,
      'ERROR',
      '_login_helper',
      "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=8)",
    ),
  );
  if (i % 3 === 0) feLogin.push(jlog(A, m + 0.3, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (i % 5 === 2) feLogin.push(jlog(A, m + 0.5, 'INFO', 'payment', 'Payment initiated successfully.'));
}

const userserviceCpu = withDefaults({
  folder: 's14-userservice-login-timeouts-credential-stuffing',
  description:
    'web + mobile login hangs ~8s then "Login Failed", started maybe 19:20? people already logged in seem fine. accounts team?',
  incidentTime: '2026-11-18T19:42:00Z',
  expected: { component: 'userservice', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'team-name', 'decoy'],
  grounding: `
    userservice as upstream kubernetes-manifests/userservice.yaml (d0af047): one replica, cpu limit 500m, readiness /ready
    (timeout 10s), gunicorn with one gthread worker and --threads 2 (src/accounts/userservice/Dockerfile). /login runs
    bcrypt.checkpw for every attempt (userservice.py), so a credential-stuffing burst (many unknown users and wrong
    passwords, the OWASP "credential stuffing" pattern, and the Litmus pod-cpu-hog shape of a CPU-bound service at its
    limit) leaves the one worker CPU-throttled: frontend's _login_helper times out at BACKEND_TIMEOUT*2 = 8s and logs
    "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=8)" (frontend.py);
    kubelet's readiness probe times out now and then but the pod is Ready at the snapshot; gunicorn once killed its worker
    ("WORKER TIMEOUT", printed through its logger's critical(), hence funcName "critical" in the logging.conf JSON shape).
    Decoy: contacts rolled out two days ago, healthy. Deviation: gunicorn 22.0.0 version banner assumed.
  `,
  workloads: {
    userservice: { since: -60 * 24 * 9, pods: [{ node: N2, readyTransition: A.iso(-1.6) }] },
    contacts: {
      rollout: {
        at: -60 * 24 * 2,
        revision: 5,
        oldContainers: {
          contacts: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.9' },
        },
      },
    },
  },
  events: [
    {
      on: 'pod:userservice#0',
      reason: 'Unhealthy',
      type: 'Warning',
      fieldPath: 'spec.containers{userservice}',
      message:
        'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      first: -18,
      last: -1.9,
      count: 23,
    },
  ],
  logs: {
    'userservice#0/userservice': [
      ...gunicornBoot(A, -60 * 24 * 9, 8),
      jlog(A, -30, 'INFO', 'login', 'Login Successful.'),
      jlog(A, -26, 'INFO', 'create_user', 'Successfully created user.'),
      jlog(A, -24, 'INFO', 'login', 'Login Successful.'),
      ...loginStorm.sort(),
    ],
    'frontend#0/front': [
      jlog(A, -31, 'INFO', '_login_helper', 'Successfully logged in.'),
      jlog(A, -27, 'INFO', 'payment', 'Payment initiated successfully.'),
      jlog(A, -23, 'INFO', 'logout', 'Logging out.'),
      ...feLogin.sort(),
    ],
    'contacts#0/contacts': [
      jlog(A, -60 * 24 * 2 + 0.5, 'INFO', 'create_app', 'Starting contacts service.'),
      jlog(A, -12, 'INFO', 'add_contact', 'Successfully added new contact.'),
    ],
  },
});

// 2. ledger-db-config edited to require TLS; only balancereader (recreated by a node drain) picked it up.
const B = clock('2026-11-24T08:47:00Z');
const hikariFail = (m) => [
  jlog(B, m, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(
    B,
    m + 0.002,
    'ERROR',
    'throwPoolInitializationException',
    'HikariPool-1 - Exception during pool initialization.',
  ),
  'org.postgresql.util.PSQLException: The server does not support SSL.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.enableSSL(ConnectionFactoryImpl.java:572)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:159)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:434)',
  '\tat org.postgresql.Driver.connect(Driver.java:291)',
  '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)',
  '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)',
  '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:100)',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
  '\tat org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:160)',
  '\t... 14 common frames omitted',
];
const brLogs = [
  jlog(
    B,
    -32.4,
    'INFO',
    'logStarting',
    'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by 1000 in /app)',
  ),
  jlog(B, -32.2, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  ...hikariFail(-31.9),
  jlog(B, -31.9, 'WARN', 'startWithCallback', 'Could not contact ledger database at init'),
  jlog(B, -31.9, 'INFO', 'startWithCallback', 'Starting background thread.'),
  jlog(B, -31.7, 'INFO', 'start', "Tomcat started on port(s): 8080 (http) with context path ''"),
  jlog(
    B,
    -31.7,
    'INFO',
    'logStarted',
    'Started BalanceReaderApplication in 14.81 seconds (process running for 16.204)',
  ),
];
for (let i = 0; i < 14; i++) {
  const m = -31 + i * 2.2;
  brLogs.push(
    ...hikariFail(m).slice(0, 3),
    '\t... 22 common frames omitted',
    jlog(B, m + 0.003, 'WARN', 'run', 'Could not reach ledger database'),
  );
  if (i % 2 === 0) brLogs.push(jlog(B, m + 0.6, 'ERROR', 'getBalance', 'Cache error'));
}
const lwLogs = [jlog(B, -40, 'INFO', 'addTransaction', 'Submitted transaction successfully')];
const feB = [jlog(B, -41, 'INFO', 'payment', 'Payment initiated successfully.')];
for (let i = 0; i < 11; i++) {
  const m = -29 + i * 2.6;
  lwLogs.push(jlog(B, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
  feB.push(jlog(B, m + 0.01, 'ERROR', 'payment', 'Error submitting payment: 500 : "Cache error"'));
  if (i % 3 === 1)
    lwLogs.push(
      jlog(B, m + 1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      jlog(B, m + 1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    );
  if (i % 3 === 1) feB.push(jlog(B, m + 1.01, 'INFO', 'deposit', 'Deposit submitted successfully.'));
}

const balancereaderTls = withDefaults({
  folder: 's14-balances-blank-after-node-upgrade',
  description:
    'customers see $--- instead of their balance on the home page and transfers error out. since the GKE maintenance this morning (~08:15). deposits work??',
  incidentTime: '2026-11-24T08:47:00Z',
  expected: { component: 'balancereader', cause: 'config-error' },
  difficulty: 'hard',
  traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    balancereader, ledgerwriter and transactionhistory load ledger-db-config with envFrom (kubernetes-manifests
    balance-reader.yaml etc. at d0af047); SPRING_DATASOURCE_URL is jdbc:postgresql://ledger-db:5432/postgresdb there.
    The ConfigMap was edited to append ?sslmode=require (a "require TLS to databases" hardening change staged ahead of
    enabling ssl on ledger-db, which runs with ssl=off as the upstream postgres image does). envFrom is read only at
    container start, so only balancereader, recreated at 08:14 when GKE node auto-upgrade drained its node, runs with
    it: pgjdbc prints "The server does not support SSL." from Hikari's pool initialization; LedgerReader swallows the
    DataAccessResourceFailureException ("Could not contact ledger database at init", then "Could not reach ledger
    database" each poll, LedgerReader.java) so the pod stays Ready and /healthy answers ok; balance lookups miss the empty
    cache and fail ("Cache error", BalanceReaderController.java); the frontend's ApiCall renders no balance without
    logging (api_call.py returns the 500 response) and ledgerwriter's balance check fails ("Failed to retrieve account
    balance", 500), so payments fail while deposits (no balance check) succeed. transactionhistory and ledgerwriter
    keep their pre-edit environment. ConfigMap values are not in the snapshot (names and keys only).
    Deviation: the ConfigMap edit and node auto-upgrade; line numbers of the pgjdbc/Hikari frames approximate.
  `,
  nodes: {},
  workloads: {
    balancereader: { since: -33, pods: [{ node: N3 }] },
    ledgerwriter: { pods: [{ node: N1 }] },
    transactionhistory: { pods: [{ node: N1 }] },
  },
  events: [
    {
      on: 'node:' + N2,
      reason: 'NodeNotSchedulable',
      message: `Node ${N2} status is now: NodeNotSchedulable`,
      first: -35,
      last: -35,
    },
    {
      on: 'node:' + N2,
      reason: 'NodeSchedulable',
      message: `Node ${N2} status is now: NodeSchedulable`,
      first: -24,
      last: -24,
    },
    {
      on: 'pod:balancereader#0',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: `Successfully assigned bank-of-anthos/%POD% to ${N3}`,
      first: -33,
      last: -33,
    },
    {
      on: 'pod:balancereader#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{balancereader}',
      message:
        'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine',
      first: -32.8,
      last: -32.8,
    },
    {
      on: 'pod:balancereader#0',
      reason: 'Created',
      fieldPath: 'spec.containers{balancereader}',
      message: 'Created container balancereader',
      first: -32.7,
      last: -32.7,
    },
    {
      on: 'pod:balancereader#0',
      reason: 'Started',
      fieldPath: 'spec.containers{balancereader}',
      message: 'Started container balancereader',
      first: -32.6,
      last: -32.6,
    },
  ],
  logs: {
    'balancereader#0/balancereader': brLogs,
    'ledgerwriter#0/ledgerwriter': lwLogs,
    'frontend#0/front': feB,
    'transactionhistory#0/transactionhistory': [
      jlog(B, -60 * 24 * 9 + 1, 'INFO', 'startWithCallback', 'Starting background thread.'),
    ],
    'ledger-db#0/postgres': [
      '2026-11-14 06:02:11.204 UTC [1] LOG:  database system is ready to accept connections',
      '2026-11-24 08:02:44.910 UTC [74] LOG:  checkpoint starting: time',
      '2026-11-24 08:02:47.113 UTC [74] LOG:  checkpoint complete: wrote 23 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=2.201 s, sync=0.001 s, total=2.203 s; sync files=17, longest=0.001 s, average=0.001 s; distance=98 kB, estimate=131 kB',
    ],
  },
});

// 3. No fault: a customer's external transfer; the cluster is healthy (old OOM, a fresh healthy rollout).
const C = clock('2026-12-01T15:20:00Z');
const feC = [];
const lwC = [];
for (let i = 0; i < 16; i++) {
  const m = -55 + i * 3.4;
  feC.push(jlog(C, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (i % 2 === 0) {
    feC.push(jlog(C, m + 0.5, 'INFO', 'payment', 'Payment initiated successfully.'));
    lwC.push(jlog(C, m + 0.5, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  }
  if (i % 3 === 0) {
    feC.push(jlog(C, m + 1, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    lwC.push(jlog(C, m + 1, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  }
  if (i === 7)
    feC.push(jlog(C, m + 1.2, 'ERROR', 'payment', 'Error submitting payment: insufficient balance'));
}
const noFault = withDefaults({
  folder: 's14-nofault-external-transfer-not-arrived',
  description:
    'ledger team: customer says a transfer to an external bank (routing 808889588) from this morning never arrived. are we dropping external txns??',
  incidentTime: '2026-12-01T15:20:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'team-name'],
  grounding: `
    Nothing is wrong in the cluster: every Deployment and both StatefulSets as upstream (d0af047), all pods Ready,
    payments and deposits logged as successful by frontend ("Payment initiated successfully.") and ledgerwriter
    ("Submitted transaction successfully"), one user-side "insufficient balance" rejection. Bank of Anthos has no real
    interbank link: an external routing number is only recorded in the ledger, so "never arrived" is not a fault of the
    system. Decoys: transactionhistory OOMKilled three days ago (restart count 1) and a frontend rollout 50 minutes ago
    whose pod is Ready and serving.
  `,
  workloads: {
    transactionhistory: {
      pods: [
        {
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1,
              startedAt: C.iso(-60 * 24 * 3),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: C.iso(-60 * 24 * 9),
                finishedAt: C.iso(-60 * 24 * 3 - 0.2),
              },
            }),
          },
        },
      ],
    },
    frontend: {
      rollout: {
        at: -50,
        revision: 6,
        oldContainers: {
          front: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.9' },
        },
      },
    },
  },
  events: [
    {
      on: 'deploy:frontend',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set frontend-%NEW% to 1',
      first: -50,
      last: -50,
    },
    {
      on: 'deploy:frontend',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set frontend-%OLD% to 0 from 1',
      first: -48.8,
      last: -48.8,
    },
  ],
  logs: {
    'frontend#0/front': [
      jlog(C, -49.6, 'INFO', 'create_app', 'Starting frontend service.'),
      jlog(C, -49.6, 'INFO', 'create_app', '✅ Tracing enabled.'),
      ...feC.sort(),
    ],
    'ledgerwriter#0/ledgerwriter': lwC.sort(),
    'transactionhistory#0/transactionhistory': [
      jlog(C, -60 * 24 * 3 + 0.6, 'INFO', 'startWithCallback', 'Starting background thread.'),
    ],
  },
});

export const scenarios = [userserviceCpu, balancereaderTls, noFault];
