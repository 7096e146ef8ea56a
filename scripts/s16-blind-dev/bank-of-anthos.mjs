// Bank of Anthos s16 blind dev scenarios (batch s16, author b): a rotated accounts-db password picked up by a restarted
// userservice, ledger-db out of connections after a transactionhistory HPA scale-out, and balancereader OOMKilled at its limit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const rng = (seed) => { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); };
const pgl = (T, min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const gunicorn = (T, min, lvl, msg) => `[${T.java(min).slice(0, 19)} +0000] [1] [${lvl}] ${msg}`;
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1099283999'];
const javaStart = (T, at, app) => [
  jlog(T, at, 'INFO', 'logStarting', `Starting ${app} using Java 17.0.12 with PID 1 (/app/classes started by ? in /)`),
  jlog(T, at + 0.02, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, at + 0.3, 'INFO', 'start', 'HikariPool-1 - Starting...'),
];
// frontend home-page traffic (Flask, logging.conf JSON via plog)
function frontendHome(T, r, from, to, step, fail) {
  const out = [];
  for (let m = from; m < to; m += step * (0.6 + r() * 0.8)) {
    const f = fail?.(m, r);
    if (f) out.push(plog(T, m, 'ERROR', f[0], f[1]));
    else if (r() < 0.2) out.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
    else if (r() < 0.15) out.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else if (r() < 0.1) out.push(plog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. accounts-db-config edited with a new password (argocd), accounts-db keeps the old one; a rollout restart of userservice
//    picks the new URI up and every login fails with "password authentication failed". contacts (not restarted) still works.
function userserviceDbPassword() {
  const incidentTime = '2026-06-03T10:24:00Z';
  const T = clock(incidentTime);
  const r = rng(1621);
  const CM_AT = -41, US_AT = -19;
  const login = [];
  for (let m = US_AT + 1.2; m < -0.3; m += 0.25 + r() * 0.5) login.push(m);
  const frontend = [
    ...frontendHome(T, r, -45, US_AT + 1, 0.5),
    ...login.map((m) => plog(T, m + 0.001, 'ERROR', '_login_helper', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${['testuser', 'alice', 'bob', 'eve'][Math.floor(r() * 4)]}&password=${r() < 0.6 ? 'bankofanthos' : 'password'}`)),
    ...frontendHome(T, r, US_AT + 1, -0.3, 1.4, () => null).filter((l) => !l.includes('logged in')),
  ].sort();
  const userservice = [
    gunicorn(T, US_AT + 0.6, 'INFO', 'Starting gunicorn 22.0.0'),
    gunicorn(T, US_AT + 0.6, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
    gunicorn(T, US_AT + 0.6, 'INFO', 'Using worker: gthread'),
    gunicorn(T, US_AT + 0.61, 'INFO', 'Booting worker with pid: 7'),
    gunicorn(T, US_AT + 0.61, 'INFO', 'Booting worker with pid: 8'),
    plog(T, US_AT + 0.65, 'INFO', 'create_app', 'Public key bit size set to 4096'),
    plog(T, US_AT + 0.65, 'INFO', 'create_app', 'Private and public keys loaded successfully.'),
    plog(T, US_AT + 0.66, 'INFO', 'create_app', 'Starting userservice.'),
    ...login.map((m) => plog(T, m, 'ERROR', 'login', `Error logging in: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  password authentication failed for user "accounts-admin"\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)`)),
  ];
  const db = [
    pgl(T, -60 * 24 * 6, 1, 'LOG', 'database system is ready to accept connections'),
    pgl(T, -60.2, 27, 'LOG', 'checkpoint starting: time'),
    pgl(T, -59.4, 27, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.021 s, sync=0.011 s, total=4.049 s; sync files=12, longest=0.004 s, average=0.001 s; distance=213 kB, estimate=388 kB; lsn=0/1F3A2D8, redo lsn=0/1F3A2A0'),
  ];
  let pid = 4100;
  for (const m of login) {
    pid += 1 + Math.floor(r() * 3);
    db.push(pgl(T, m - 0.001, pid, 'FATAL', 'password authentication failed for user "accounts-admin"'));
    db.push(pgl(T, m - 0.001, pid, 'DETAIL', `Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"`));
  }
  db.push(pgl(T, -30.2, 27, 'LOG', 'checkpoint starting: time'));
  db.push(pgl(T, -29.5, 27, 'LOG', 'checkpoint complete: wrote 36 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=3.518 s, sync=0.009 s, total=3.541 s; sync files=10, longest=0.003 s, average=0.001 s; distance=187 kB, estimate=367 kB; lsn=0/1F67C10, redo lsn=0/1F67BD8'));
  db.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
  const contacts = [];
  for (let m = -45; m < -0.5; m += 0.7 + r()) contacts.push(plog(T, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));
  return withDefaults({
    folder: 's16-userservice-rotated-db-password',
    description: "bank login page says 'Login Failed' for everyone since ~10:05, logged-in people seem ok",
    incidentTime,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['bad-credentials', 'pods-ready', 'time-expression'],
    grounding: `
      Manifests (bank-of-anthos kubernetes-manifests at d0af047): userservice and contacts load ACCOUNTS_DB_URI
      (postgresql://accounts-admin:…@accounts-db:5432/accounts-db) from ConfigMap accounts-db-config through envFrom; accounts-db
      (StatefulSet, emptyDir) reads POSTGRES_PASSWORD from the same ConfigMap, which the postgres image applies only at initdb.
      Incident: a password rotation committed to Git edits accounts-db-config (Argo CD sync 41 minutes before, managedFields) but
      nobody ran ALTER USER; accounts-db keeps the old password. 19 minutes before, a kubectl rollout restart of userservice (template
      annotation kubectl.kubernetes.io/restartedAt) starts a pod with the new URI. userservice's /ready returns "ok" without touching
      the database (userservice.py), so the pod is Ready; every /login fails with SQLAlchemy's psycopg2 OperationalError
      "password authentication failed for user" (500 "failed to retrieve user information"), frontend logs requests' HTTPError
      "500 Server Error: INTERNAL SERVER ERROR for url" in _login_helper, and postgres 16 logs FATAL/DETAIL with the pg_hba line.
      contacts was not restarted and still uses the old URI (works). A careful engineer names userservice's database credentials
      (config-error); the ConfigMap/database mismatch on accounts-db is the same answer seen from the database side.
    `,
    workloads: {
      userservice: {
        rollout: { at: US_AT, revision: 7, oldPatch: { podAnnotations: ISTIO } },
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(US_AT) } },
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: US_AT },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: US_AT + 0.4 },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: US_AT + 0.5 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Container image "${image('userservice')}" already present on machine`, first: US_AT + 0.52, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: US_AT + 0.53, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: US_AT + 0.54, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'frontend#0/front': frontend,
      'userservice#0/userservice': userservice,
      'accounts-db#0/accounts-db': db,
      'contacts#0/contacts': contacts,
    },
  });
}
export const configMapEdits = {};
configMapEdits['s16-userservice-rotated-db-password'] = [['accounts-db-config', 'argocd-controller', -41, '2026-06-03T10:24:00Z']];

// ---------------------------------------------------------------------------------------------------------------
// 2. ledger-db at max_connections: an HPA scales transactionhistory 1 -> 10 (each pod a 10-connection Hikari pool); the last
//    pods crash at pool init, ledgerwriter's pool cannot replace retired connections and payments time out.
function ledgerDbTooManyClients() {
  const incidentTime = '2026-06-30T17:48:00Z';
  const T = clock(incidentTime);
  const r = rng(1622);
  const SCALE = [[-36, 4], [-31, 8], [-26, 10]];
  const FULL = -28.5;
  const thPods = [];
  const starts = [-60 * 24 * 5, -35.6, -35.5, -35.4, -30.6, -30.5, -30.4, -30.3, -25.6, -25.5];
  starts.forEach((s, i) => {
    if (i < 8) thPods.push({ created: T.iso(s), containers: { transactionhistory: cs.running(T.iso(s + 0.1)) }, readyTransition: T.iso(s + (i === 0 ? 1.5 : 2.2)) });
    else thPods.push({ created: T.iso(s), containers: { transactionhistory: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-3.6), finishedAt: T.iso(-3.1), container: 'transactionhistory' }) } });
  });
  const db = [pgl(T, -60 * 24 * 5, 1, 'LOG', 'database system is ready to accept connections')];
  let pid = 8800;
  for (let m = FULL; m < -0.2; m += 0.15 + r() * 0.4) { pid += 1 + Math.floor(r() * 2); db.push(pgl(T, m, pid, 'FATAL', 'sorry, too many clients already')); }
  db.push(pgl(T, -35.1, 27, 'LOG', 'checkpoint starting: time'), pgl(T, -34.2, 27, 'LOG', 'checkpoint complete: wrote 902 buffers (5.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=53.982 s, sync=0.018 s, total=54.031 s; sync files=14, longest=0.006 s, average=0.002 s; distance=7311 kB, estimate=7311 kB; lsn=0/9A3C1F0, redo lsn=0/99D0A18'));
  db.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
  const thCrash = (k) => [
    ...javaStart(T, -3.6 + k * 0.001, 'TransactionHistoryApplication'),
    jlog(T, -3.15, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
    'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already',
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:698)',
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:207)',
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:262)',
    '\tat org.postgresql.Driver.makeConnection(Driver.java:443)',
    '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
    '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
    '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
    jlog(T, -3.12, 'ERROR', 'report', '\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to initialize the ledger reader: FATAL: sorry, too many clients already'),
  ];
  const lw = [];
  const pay = [];
  for (let m = -45; m < -0.3; m += 0.3 + r() * 0.5) {
    if (m < FULL + 3 || r() < 0.35) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    else { lw.push(jlog(T, m + 0.5, 'ERROR', 'addTransaction', 'Error submitting transaction: Could not open JDBC Connection for transaction; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.')); pay.push(m); }
  }
  const br = [...javaStart(T, -60 * 24 * 5, 'BalanceReaderApplication').slice(0, 1)];
  for (let m = FULL + 4; m < -0.5; m += 1.5 + r() * 2) br.push(jlog(T, m, 'ERROR', 'pollTransactions', 'Could not poll ledger: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
  const frontend = [
    ...frontendHome(T, r, -45, -0.3, 0.4),
    ...pay.map((m) => plog(T, m + 0.07, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")),
  ].sort();
  return withDefaults({
    folder: 's16-ledger-db-too-many-clients-hpa',
    description: 'payments timing out in the bank app, transfers fail with "Payment failed", started ~17:20',
    incidentTime,
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'pods-ready', 'time-expression'],
    grounding: `
      Manifests (d0af047): ledgerwriter, balancereader and transactionhistory are Spring Boot services on ledger-db (SPRING_DATASOURCE_URL
      from ledger-db-config), each with Spring Boot's default HikariCP pool (maximumPoolSize 10, fail-fast at start); ledger-db is the
      postgres image with the default max_connections=100 (3 reserved for superusers). Deviation: the ledger team added an HPA on
      transactionhistory (min 1, max 10, CPU 70 %) for month-end; its cold start (loading the ledger into the cache) burns CPU, so the HPA
      keeps scaling (1→4→8→10 in ten minutes). Eight transactionhistory pods hold ~80 connections; from ~17:19 postgres answers every new
      connection "FATAL: sorry, too many clients already"; the two last pods crash-loop at Hikari pool initialisation (loud, but a
      consequence); ledgerwriter's and balancereader's pools cannot replace connections retired at maxLifetime, so their requests wait 30 s
      for a connection ("Connection is not available, request timed out after 30000ms" wrapped in Spring's "Could not open JDBC
      Connection for transaction") and the frontend's payment POST times out (requests "Read timed out. (read timeout=4)").
      ledger-db stays Running and Ready. The careful answer is ledger-db out of connections (resource-exhaustion); naming the
      transactionhistory scale-out that consumed them is the same diagnosis.
    `,
    workloads: {
      transactionhistory: { replicas: 10, pods: thPods, unavailableSince: -25 },
    },
    hpas: [{
      name: 'transactionhistory',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'transactionhistory' }, minReplicas: 1, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-26), currentReplicas: 10, desiredReplicas: 10,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 96, averageValue: '96m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-26), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-26), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      ...SCALE.map(([at, n]) => ({ on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: `New size: ${n}; reason: cpu resource utilization (percentage of request) above target`, first: at })),
      ...SCALE.map(([at, n]) => ({ on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: `Scaled up replica set transactionhistory-%NEW% to ${n} from ${n === 4 ? 1 : n === 8 ? 4 : 8}`, first: at })),
      ...[8, 9].flatMap((i) => [
        { on: `pod:transactionhistory#${i}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container transactionhistory in pod %POD%_bank-of-anthos(%PODUID%)', first: -23, last: -0.6, count: 31, fieldPath: 'spec.containers{transactionhistory}' },
        { on: `pod:transactionhistory#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -24, last: -3.3, count: 12, fieldPath: 'spec.containers{transactionhistory}' },
      ]),
      ...[4, 5, 6, 7].map((i) => ({ on: `pod:transactionhistory#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -29.5, last: -28.4, count: 9, fieldPath: 'spec.containers{transactionhistory}' })),
    ],
    logs: {
      'ledger-db#0/postgres': db,
      'transactionhistory#8/transactionhistory/previous': thCrash(0),
      'transactionhistory#9/transactionhistory/previous': thCrash(1),
      'transactionhistory#8/transactionhistory': javaStart(T, -0.4, 'TransactionHistoryApplication'),
      'transactionhistory#3/transactionhistory': [...javaStart(T, -35.3, 'TransactionHistoryApplication'), jlog(T, -34.9, 'INFO', 'start', 'HikariPool-1 - Start completed.'), jlog(T, -33.5, 'INFO', 'processTransactions', 'Loaded 412877 transactions into the history cache.')],
      'ledgerwriter#0/ledgerwriter': lw,
      'balancereader#0/balancereader': br,
      'frontend#0/front': frontend,
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. balancereader OOMKilled again and again: -Xmx512m heap in a 512Mi limit with the balance cache grown over months.
function balancereaderOom() {
  const incidentTime = '2026-07-08T08:55:00Z';
  const T = clock(incidentTime);
  const r = rng(1623);
  const KILLS = [-58, -44.5, -31, -17.5, -1.2];
  const CONTACTS_AT = -50;
  const frontend = [];
  const lw = [];
  for (let m = -60; m < -0.2; m += 0.2 + r() * 0.4) {
    const down = KILLS.some((k) => m > k && m < k + 1.6);
    const slow = KILLS.some((k) => m > k - 2.5 && m <= k);
    if (down) {
      frontend.push(plog(T, m, 'ERROR', 'home', `Error getting account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${ACCTS[Math.floor(r() * 5)]} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a${Math.floor(r() * 0xffff).toString(16).padStart(4, '0')}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
      if (r() < 0.4) lw.push(jlog(T, m, 'ERROR', 'getAvailableBalance', `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${ACCTS[Math.floor(r() * 5)]}": Connection refused`));
    } else if (slow && r() < 0.6) {
      frontend.push(plog(T, m, 'ERROR', 'home', "Error getting account balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)"));
    } else if (r() < 0.25) frontend.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
    else if (r() < 0.15) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  }
  const brRun = (from, to) => {
    const out = [
      jlog(T, from, 'INFO', 'logStarting', 'Starting BalanceReaderApplication using Java 17.0.12 with PID 1 (/app/classes started by ? in /)'),
      jlog(T, from + 0.02, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
      jlog(T, from + 0.3, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
      jlog(T, from + 0.35, 'INFO', 'startWithCallback', 'Initializing ledger reader'),
    ];
    if (to - from > 1.5) {
      out.push(jlog(T, from + 1.4, 'INFO', 'startWithCallback', 'Ledger reader initialized: 1843112 transactions read, 1002471 balances cached'));
      out.push(jlog(T, from + 1.45, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''));
      for (let m = from + 3; m < to - 0.2; m += 3 + r() * 3) out.push(jlog(T, m, 'INFO', 'pollTransactions', `Processed ${1 + Math.floor(r() * 40)} new transactions`));
    }
    return out;
  };
  return withDefaults({
    folder: 's16-balancereader-oomkilled-heap-at-limit',
    description: 'balances blank on the bank home page on and off this morning',
    incidentTime,
    expected: { component: 'balancereader', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['decoy'],
    grounding: `
      Manifest (balance-reader.yaml at d0af047): JVM_OPTS -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m with a 512Mi memory limit,
      CACHE_SIZE 1000000; balancereader keeps every account's balance in memory and reads the whole ledger at start. With a heap allowed
      to be as large as the cgroup limit, heap + metaspace + threads exceed 512Mi once the cache has grown (a million balances after
      months of load), and the kernel kills java: lastState OOMKilled/137, five restarts ~13 minutes apart, node-problem-detector's
      kernel-monitor OOMKilling event on the Node ("Memory cgroup out of memory: Killed process … (java)"). While it restarts and
      reloads the ledger the pod is unready (Service without endpoints → connection refused) and before each kill GC makes it slow
      (frontend requests "Read timed out"); frontend.py logs "Error getting account balance" and renders the balance blank; ledgerwriter's
      balance check fails in the same windows. The JVM itself logs nothing at the kill.
      Decoy: contacts rolled out 50 minutes earlier (LOG_LEVEL debug → info), healthy.
    `,
    workloads: {
      balancereader: {
        pods: [{
          node: 'gke-boa-prod-pool-1-3f9a2c41-h2xd',
          containers: { balancereader: cs.restartedRunning({ restarts: 5, startedAt: T.iso(KILLS[4] + 0.05), ready: false, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(KILLS[3] + 0.05), finishedAt: T.iso(KILLS[4]) } }) },
          readyTransition: T.iso(KILLS[4]),
        }],
        unavailableSince: KILLS[4],
        endpointsChanged: KILLS[4],
      },
      contacts: {
        rollout: { at: CONTACTS_AT, revision: 5, oldContainers: { contacts: { env: [{ name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'debug' }] } } },
      },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${image('balancereader')}" already present on machine`, first: KILLS[0], last: KILLS[4] + 0.02, count: 5, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: KILLS[0], last: KILLS[4] + 0.03, count: 5, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: KILLS[0], last: KILLS[4] + 0.04, count: 5, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: KILLS[0] + 1, last: -0.2, count: 38, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: KILLS[1] - 1, last: KILLS[4] - 0.6, count: 4, fieldPath: 'spec.containers{balancereader}' },
      { on: 'node:gke-boa-prod-pool-1-3f9a2c41-h2xd', reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 84213 (java) total-vm:4839212kB, anon-rss:521436kB, file-rss:21876kB, shmem-rss:0kB, UID:1000 pgtables:1432kB oom_score_adj:985', first: KILLS[0], last: KILLS[4], count: 5 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: CONTACTS_AT },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: CONTACTS_AT + 0.4 },
    ],
    logs: {
      'balancereader#0/balancereader': brRun(KILLS[4] + 0.05, 0),
      'balancereader#0/balancereader/previous': brRun(KILLS[3] + 0.05, KILLS[4]),
      'frontend#0/front': frontend,
      'ledgerwriter#0/ledgerwriter': lw,
    },
  });
}

export const scenarios = [userserviceDbPassword(), ledgerDbTooManyClients(), balancereaderOom()];
