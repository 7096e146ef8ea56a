// s34b held-out scenario for Bank of Anthos (split: test), written blind: the kit system definition
// (kubernetes-manifests at d0af047, v0.6.10) plus one incident; built by scripts/s34b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const FOLDER = 's34b-history-ssl-config';
const T = clock('2026-06-03T09:47:00Z');
const GONE = 'gke-boa-prod-pool-1-3f9a2c41-q9vz';
const NEW_NODE = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';

// One failed start of transactionhistory with SPRING_DATASOURCE_URL ending in ?sslmode=require against a ledger-db without SSL.
const failedStart = (m) => [
  jlog(T, m, 'INFO', 'logStarting', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/resources started by root in /app)'),
  jlog(T, m, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, m + 0.1, 'INFO', 'initialize', 'Tomcat initialized with port 8080 (http)'),
  jlog(T, m + 0.12, 'INFO', 'prepareWebApplicationContext', 'Root WebApplicationContext: initialization completed in 4127 ms'),
  jlog(T, m + 0.15, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, m + 0.16, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: The server does not support SSL.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.enableSSL(ConnectionFactoryImpl.java:546)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:181)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:262)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:446)',
  '\tat org.postgresql.Driver.connect(Driver.java:298)',
  '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
  '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:98)',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:111)',
  jlog(T, m + 0.17, 'WARN', 'refresh', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution [The server does not support SSL.] [n/a]"),
  jlog(T, m + 0.18, 'INFO', 'stopInternal', 'Stopping service [Tomcat]'),
  jlog(T, m + 0.19, 'ERROR', 'reportFailure', 'Application run failed'),
  "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution [The server does not support SSL.] [n/a]",
  '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)',
  '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)',
  '\tat anthos.samples.bankofanthos.transactionhistory.TransactionHistoryApplication.main(TransactionHistoryApplication.java:51)',
  'Caused by: org.postgresql.util.PSQLException: The server does not support SSL.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.enableSSL(ConnectionFactoryImpl.java:546)',
  '\t... 38 common frames omitted',
];

const acct = ['1011226111', '1033623433', '1055757655', '1077441377'];
const frontendLog = [];
for (let i = 0; i < 16; i++) {
  const m = -30 + i * 1.9;
  const a = acct[i % acct.length];
  if (m < -12.9) {
    frontendLog.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
  } else {
    frontendLog.push(plog(T, m, 'ERROR', 'home', `Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/${a} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c${(0x8a21d0 + i * 48).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
    frontendLog.push(plog(T, m + 0.01, 'INFO', 'home', 'Displaying home.'));
  }
}

export const scenarios = [
  withDefaults({
    folder: FOLDER,
    incidentTime: '2026-06-03T09:47:00Z',
    description: 'home page shows no transactions for anyone, balances look fine. started maybe 15 min ago',
    expected: { component: 'transactionhistory', cause: 'config-error' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Bank of Anthos v0.6.10 (kubernetes-manifests at d0af047): transactionhistory is a Spring Boot service reading ledger-db
      through envFrom ledger-db-config (SPRING_DATASOURCE_URL jdbc:postgresql://ledger-db:5432/postgresdb), and ledger-db is the
      upstream postgres StatefulSet, which does not enable SSL. Incident: a hardening ticket edits ledger-db-config 34 minutes
      before (kubectl edit, managedFields on SPRING_DATASOURCE_URL) to append ?sslmode=require ahead of a planned TLS change of the
      database; running pods keep their environment so nothing breaks, until a GKE cluster-autoscaler scale-down removes the node
      transactionhistory (and contacts) ran on. The rescheduled transactionhistory reads the new value, and pgjdbc refuses the
      connection with its real message "The server does not support SSL." (ConnectionFactoryImpl.enableSSL), Hikari's pool
      initialisation fails, Spring Boot logs "Application run failed" and exits 1: CrashLoopBackOff, no ready endpoint. The
      frontend (Flask, requests/urllib3) logs "Error retrieving transaction history" with urllib3's NewConnectionError
      [Errno 111] Connection refused for every home page and renders it without the history; balances come from balancereader,
      still running with the old environment. Log shapes follow src/ledger/*/log4j2.xml and src/frontend/logging.conf. Decoys: contacts was
      rescheduled by the same scale-down and is healthy; the loadgenerator's OOMKill three days ago. Expected: transactionhistory,
      config-error (the value it reads is wrong); transactionhistory crash-loop is also accepted.`,
    workloads: {
      transactionhistory: {
        pods: [
          {
            node: NEW_NODE,
            created: T.iso(-12.9),
            containers: {
              transactionhistory: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.2), backoff: '2m40s', container: 'transactionhistory' }),
            },
          },
        ],
        unavailableSince: -12.9,
        endpointsChanged: -13.2,
      },
      contacts: { pods: [{ node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn', created: T.iso(-12.9) }] },
      loadgenerator: {
        pods: [{ containers: { loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    nodes: {},
    events: [
      { on: `node:${GONE}`, reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: -14.2, source: 'cluster-autoscaler' },
      { on: `node:${GONE}`, reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -12.1, source: 'node-controller' },
      { on: 'rs:transactionhistory', reason: 'SuccessfulCreate', message: 'Created pod: transactionhistory-%RS%', first: -12.9 },
      { on: 'rs:contacts', reason: 'SuccessfulCreate', message: 'Created pod: contacts-%RS%', first: -12.9 },
      { on: 'pod:transactionhistory#0', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${NEW_NODE}`, first: -12.9, source: 'default-scheduler' },
      { on: 'pod:transactionhistory#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/transactionhistory:v0.6.10@sha256:109cdad9c29a46af2708574ac4635dd73afa30cc020a4fef0266abcde87db744" already present on machine`, first: -12.6, last: -2.4, count: 7, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', reason: 'Started', message: 'Started container transactionhistory', first: -12.6, last: -2.4, count: 7, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container transactionhistory in pod %POD%(%PODUID%)', first: -11.8, last: -0.3, count: 38, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to gke-boa-prod-pool-1-3f9a2c41-w5tn', first: -12.9, source: 'default-scheduler' },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: -12.6, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'transactionhistory#0/transactionhistory/previous': failedStart(-5.2),
      'transactionhistory#0/transactionhistory': failedStart(-2.4),
      'frontend#0/front': frontendLog,
      'contacts#0/contacts': [
        plog(T, -12.5, 'INFO', '<module>', 'Starting contacts service.'),
        ...Array.from({ length: 6 }, (_, i) => plog(T, -11 + i * 1.8, 'INFO', 'get_contacts', `Successfully retrieved contacts for user ${['testuser', 'alice', 'bob'][i % 3]}.`)),
      ],
      'balancereader#0/balancereader': Array.from({ length: 6 }, (_, i) => jlog(T, -20 + i * 3.5, 'INFO', 'getBalance', 'Retrieving balance for authenticated user')),
    },
  }),
];

export const configMapEdits = { [FOLDER]: [['ledger-db-config', 'kubectl-edit', -34, ['SPRING_DATASOURCE_URL']]] };
