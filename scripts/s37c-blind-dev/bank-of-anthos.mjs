// Batch s37c (blind dev): one Bank of Anthos incident, built by scripts/s37c-build.mjs with scripts/kit-systems/bank-of-anthos.mjs.
// ledger-db-config was overwritten with the Cloud SQL overlay's datasource URL; only the ledgerwriter restarted afterwards breaks.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-03-18T16:05:00Z';
const T = clock(INC);
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const RESTART = { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-23.5).replace('Z', '+00:00') };

const lw = [
  jlog(T, -22.6, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.10 with PID 1 (/app/classes started by ? in /app)'),
  jlog(T, -22.55, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, -22.2, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, -22.0, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, -21.99, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)',
  '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:474)',
  'Caused by: java.net.ConnectException: Connection refused',
  '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
  '\t... 58 common frames omitted',
  jlog(T, -21.98, 'WARN', 'getJdbcEnvironmentWithDefaults', 'HHH000342: Could not obtain connection to query metadata'),
  jlog(T, -21.5, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, -21.45, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 21.87 seconds (process running for 23.4)'),
];
const fe = [];
const payErr = 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions';
const depErr = 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions';
fe.push(plog(T, -31.4, 'INFO', 'home', 'Displaying home.'));
fe.push(plog(T, -29.8, 'INFO', 'payment', 'Payment initiated successfully.'));
fe.push(plog(T, -26.1, 'INFO', 'home', 'Displaying home.'));
fe.push(plog(T, -24.9, 'INFO', 'deposit', 'Deposit submitted successfully.'));
for (const [min, kind] of [[-20.7, 'p'], [-18.2, 'p'], [-16.9, 'd'], [-14.4, 'p'], [-12.0, 'p'], [-10.3, 'd'], [-8.6, 'p'], [-6.2, 'p'], [-4.5, 'd'], [-2.8, 'p'], [-1.1, 'p']]) {
  fe.push(plog(T, min - 0.3, 'INFO', 'home', 'Displaying home.'));
  lw.push(jlog(T, min - 0.01, 'INFO', 'addTransaction', `Received transaction from account 1011226111 to account ${kind === 'p' ? '1033623433' : '1011226111'}`));
  lw.push(jlog(T, min, 'ERROR', 'addTransaction', 'Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'));
  fe.push(plog(T, min + 0.005, 'ERROR', kind === 'p' ? 'payment' : 'deposit', kind === 'p' ? payErr : depErr));
}
const br = [
  jlog(T, -60 * 24 * 3 + 1.2, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 34.12 seconds (process running for 36.8)'),
  jlog(T, -60 * 24 * 3 + 1.3, 'INFO', 'pollTransactions', 'Starting to poll the ledger for new transactions'),
];
const th = [
  jlog(T, -60 * 24 * 3 + 1.4, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 31.70 seconds (process running for 33.9)'),
  jlog(T, -11.4, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
  jlog(T, -3.2, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
];

export const configMapEdits = {
  's37c-ledgerwriter-cloudsql-url': [['ledger-db-config', 'kubectl-client-side-apply', -141, ['SPRING_DATASOURCE_URL', 'SPRING_DATASOURCE_USERNAME']]],
};

export const scenarios = [
  withDefaults({
    folder: 's37c-ledgerwriter-cloudsql-url',
    description: 'bank app: payments and deposits fail with "Payment failed" for the past 20 minutes, balances and history still load',
    incidentTime: INC,
    expected: { component: 'ledgerwriter', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests (v0.6.10): ledgerwriter, balancereader and transactionhistory read the ledger's JDBC
      settings from ConfigMap ledger-db-config through envFrom (SPRING_DATASOURCE_URL, default jdbc:postgresql://ledger-db:5432/postgresdb);
      upstream's extras/cloudsql variant sets SPRING_DATASOURCE_URL to jdbc:postgresql://127.0.0.1:5432/... because each pod gets
      a cloud-sql-proxy sidecar. Incident: during a Cloud SQL migration dry run an engineer applied the Cloud SQL variant's
      ledger-db-config to the production namespace (managedFields: kubectl-client-side-apply 141 minutes before), without the
      proxy sidecars. envFrom is read at container start, so the pods already running keep the old URL and work; 23 minutes
      before the incident the ledger team rollout-restarted ledgerwriter (kubectl.kubernetes.io/restartedAt, same image), and
      the new pod starts with the 127.0.0.1 URL: HikariPool fails with PgJDBC's "Connection to 127.0.0.1:5432 refused", Hibernate
      warns HHH000342 and Spring Boot still starts (the /ready endpoint does not touch the database), so the pod is Ready. Every
      POST /transactions then fails with Spring's CannotCreateTransactionException text, and the frontend logs
      "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions" (requests' HTTPError for a
      Tomcat response without a reason phrase). balancereader and transactionhistory, untouched, keep reading ledger-db.
      Decoy: contacts was OOMKilled two days ago and has run since. Expected answer: ledgerwriter, config-error (the value it
      reads from ledger-db-config is wrong); ledger-db is healthy.
    `,
    workloads: {
      ledgerwriter: {
        patch: { podAnnotations: RESTART },
        rollout: { at: -23.5, revision: 6, oldPatch: { podAnnotations: ISTIO } },
        pods: [{ created: T.iso(-23.4), readyTransition: T.iso(-21.2), containers: { ledgerwriter: cs.running(T.iso(-23.2)) } }],
      },
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 37),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 37.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -23.5 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: -21.1 },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -23.4 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/ledgerwriter:v0.6.10@sha256:eae37de0d9b28fec7534c1ea860868c87279b0a85b405f8fd66c3d7734e3e42f" already present on machine', fieldPath: 'spec.containers{ledgerwriter}', first: -23.3 },
      { on: 'pod:ledgerwriter#0', reason: 'Created', message: 'Created container ledgerwriter', fieldPath: 'spec.containers{ledgerwriter}', first: -23.25 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', fieldPath: 'spec.containers{ledgerwriter}', first: -23.2 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
      'balancereader#0/balancereader': br,
      'transactionhistory#0/transactionhistory': th,
      'contacts#0/contacts': [
        plog(T, -14.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -5.3, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];
