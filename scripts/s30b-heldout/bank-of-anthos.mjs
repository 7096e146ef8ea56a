// Held-out scenario of batch s30b (split: test) for Bank of Anthos, written blind: the kit system definition
// (kubernetes-manifests/ at d0af047) with its withDefaults, one incident expanded by scripts/s30b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-05-12T11:24:00Z';
const T = clock(INCIDENT);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1099884399'];

// balancereader runs after the pod was deleted at 11:03: each start fails to open the Hikari pool
const brRun = (min) => [
  jlog(T, min, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/balancereader.jar started by ? in /app)'),
  jlog(T, min + 0.01, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, min + 0.08, 'INFO', 'initialize', 'Tomcat initialized with port 8080 (http)'),
  jlog(T, min + 0.1, 'INFO', 'prepareWebApplicationContext', 'Root WebApplicationContext: initialization completed in 2231 ms'),
  jlog(T, min + 0.12, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, min + 0.13, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "admin"',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:443)',
  '\tat org.postgresql.Driver.connect(Driver.java:297)',
  '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
  '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:98)',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:111)',
  jlog(T, min + 0.14, 'WARN', 'refresh', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution [FATAL: password authentication failed for user \"admin\"] [n/a]"),
  jlog(T, min + 0.15, 'INFO', 'stopInternal', 'Stopping service [Tomcat]'),
  jlog(T, min + 0.16, 'ERROR', 'reportFailure', 'Application run failed'),
  "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution [FATAL: password authentication failed for user \"admin\"] [n/a]",
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1788)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)',
  '\tat anthos.samples.bankofanthos.balancereader.BalanceReaderApplication.main(BalanceReaderApplication.java:48)',
];

function ledgerDbLog() {
  const out = [
    pg(-60 * 24 * 12, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
    pg(-60 * 24 * 12, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
    pg(-60 * 24 * 12, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
    pg(-60 * 24 * 12, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
    pg(-60 * 24 * 12 + 0.01, 1, 'LOG', 'database system is ready to accept connections'),
    pg(-60 * 6 - 12, 27, 'LOG', 'checkpoint starting: time'),
    pg(-60 * 6 - 11.5, 27, 'LOG', 'checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=29.611 s, sync=0.012 s, total=29.642 s; sync files=37, longest=0.004 s, average=0.001 s; distance=2871 kB, estimate=3104 kB; lsn=0/2C1F8E40, redo lsn=0/2C0D1A28'),
  ];
  const starts = [-20.6, -20.3, -20.0, -19.5, -18.6, -16.9, -13.6, -8.5, -3.4];
  let pid = 48211;
  for (const s of starts) {
    out.push(pg(s + 0.125, pid, 'FATAL', 'password authentication failed for user "admin"'));
    out.push(pg(s + 0.125, pid, 'DETAIL', 'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"'));
    pid += 173;
  }
  return out;
}

function frontendLog() {
  const out = [
    jlog(T, -60 * 24 * 12, 'INFO', 'create_app', 'Starting frontend service.'),
  ];
  let k = 0;
  for (let m = -40; m < -0.1; m += 0.55, k++) {
    const acct = ACCTS[k % ACCTS.length];
    out.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (m > -21) {
      out.push(jlog(T, m + 0.002, 'ERROR', 'home', `Couldn't retrieve balance for user: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${acct} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b1c2e${(4100 + k).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
    }
    if (k % 5 === 2) {
      out.push(jlog(T, m + 0.01, 'INFO', 'payment', 'Submitting payment.'));
      if (m > -21) out.push(jlog(T, m + 0.015, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'));
      else out.push(jlog(T, m + 0.015, 'INFO', 'payment', 'Payment initiated successfully.'));
    }
  }
  return out;
}

function ledgerwriterLog() {
  const out = [jlog(T, -60 * 24 * 12, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 21.874 seconds (process running for 23.112)')];
  let k = 0;
  for (let m = -40; m < -0.1; m += 2.75, k++) {
    if (m > -21) {
      out.push(jlog(T, m + 0.012, 'ERROR', 'addTransaction', `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${ACCTS[k % ACCTS.length]}": Connection refused`));
    } else {
      out.push(jlog(T, m + 0.012, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    }
  }
  return out;
}

export const configMapEdits = {
  's30b-balancereader-db-password-rotation': [['ledger-db-config', 'argocd-controller', -60 * 24 * 3 - 185, INCIDENT, ['POSTGRES_PASSWORD', 'SPRING_DATASOURCE_PASSWORD']]],
};

export const scenarios = [
  withDefaults({
    folder: 's30b-balancereader-db-password-rotation',
    split: 'test',
    description: 'balances not showing on bank home page + payments failing, since around 11:05',
    incidentTime: INCIDENT,
    expected: { component: 'balancereader', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['bad-credentials', 'time-expression', 'decoy'],
    grounding: `
      Manifests: kubernetes-manifests/ at d0af047: balancereader takes SPRING_DATASOURCE_URL/USERNAME/PASSWORD from the
      ledger-db-config ConfigMap (envFrom), ledger-db is a postgres StatefulSet whose POSTGRES_PASSWORD from the same ConfigMap
      is only read by initdb; the frontend's home page and the ledgerwriter (before accepting a transaction) call
      BALANCES_API_ADDR=balancereader:8080.
      Failure mode: the classic half-done password rotation. Three days earlier a GitOps change (argocd) rewrote POSTGRES_PASSWORD
      and SPRING_DATASOURCE_PASSWORD in ledger-db-config (visible in the ConfigMap's managedFields) without ALTER ROLE on the
      running database. Running containers keep the env they started with, so nothing broke until 11:03, when a developer deleted
      the balancereader pod to clear its cache; the new container reads the new password, the postgres JDBC driver gets
      "FATAL: password authentication failed for user "admin"", Hikari fails pool initialisation and Spring Boot exits (code 1), in
      CrashLoopBackOff since. ledger-db logs the matching FATAL lines with the pg_hba scram-sha-256 rule and stays Ready;
      ledgerwriter and transactionhistory, started before the change, keep working apart from ledgerwriter's failed balance checks.
      A careful engineer names the wrong credential balancereader reads (config-error).
      Decoy: a routine contacts rollout the day before, healthy.
      Log formats: log4j2/logging.conf JSON lines of the system definition, PostgreSQL 16 stderr log lines, Hikari/pgjdbc traces.`,
    workloads: {
      balancereader: {
        unavailableSince: -21,
        pods: [{
          created: T.iso(-21),
          readyTransition: T.iso(-21),
          containers: {
            balancereader: cs.crashLoop({ restarts: 8, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.4), finishedAt: T.iso(-3.2), backoff: '5m0s', container: 'balancereader' }),
          },
        }],
      },
      contacts: { rollout: { at: -60 * 26, revision: 6, oldReplicas: 0, oldContainers: { contacts: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.9' } } } },
    },
    events: [
      { on: 'rs:balancereader', reason: 'SuccessfulCreate', message: 'Created pod: balancereader-%RS%', first: -21 },
      { on: 'pod:balancereader#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -21, source: 'default-scheduler' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine', first: -20.9, last: -3.4, count: 9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: -20.9, last: -3.4, count: 9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: -20.9, last: -3.4, count: 9, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'BackOff', message: 'Back-off restarting failed container balancereader in pod %POD%_bank-of-anthos(%PODUID%)', first: -20.4, last: -0.3, count: 86, type: 'Warning', fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'balancereader#0/balancereader/previous': brRun(-8.5),
      'balancereader#0/balancereader': brRun(-3.4),
      'ledger-db#0/postgres': ledgerDbLog(),
      'frontend#0/front': frontendLog(),
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog(),
    },
  }),
];
