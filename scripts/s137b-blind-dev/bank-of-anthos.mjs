// Blind dev batch s137b — Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const IT = '2026-05-12T09:40:00Z';
const T = clock(IT);
const PGDIR = '/var/lib/postgresql/data';
const initdbFail = [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are disabled.',
  '',
  `initdb: error: directory "${PGDIR}" exists but is not empty`,
  'initdb: detail: It contains a lost+found directory, perhaps due to it being a mount point.',
  'initdb: hint: Using a mount point directly as the data directory is not recommended.',
  'Create a subdirectory under the mount point.',
];
const jdbcRefused = (min, svc, cls) => [
  jlog(T, min, 'ERROR', 'run', `Error polling for new transactions`),
  `org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`,
  `\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)`,
  `\tat anthos.samples.bankofanthos.${svc}.${cls}.pollTransactions(${cls}.java:118)`,
  `Caused by: org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`,
  `\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)`,
  `Caused by: java.net.ConnectException: Connection refused`,
];

const ledgerDb = {
  folder: 's137b-ledger-db-initdb-lost-found',
  description: 'balances + tx history broken on bank app since ~9:18, balancereader and transactionhist keep restarting. platform moved ledger db to a pvc this morning fwiw',
  incidentTime: IT,
  expected: { component: 'ledger-db', cause: 'crash-loop' },
  alsoAcceptable: [
    { component: 'ledger-db', cause: 'config-error' },
    { component: 'ledger-db', cause: 'bad-deploy-rollout' },
    { component: 'ledger-db', cause: 'dependency-down' },
  ],
  difficulty: 'medium',
  traits: ['louder-dependents', 'partial-name', 'typo', 'time-expression', 'decoy'],
  grounding: `
    Upstream kubernetes-manifests/ledger-db.yaml mounts an emptyDir "postgresdb" at /var/lib/postgresql/data with subPath: postgres.
    Deviation (the fault): the platform team deleted and re-created the ledger-db StatefulSet at ~09:18 (volumeClaimTemplates cannot be
    changed in place) with a volumeClaimTemplate "postgresdb" on standard-rwo and dropped the subPath, so PGDATA is the root of a fresh
    ext4 volume holding lost+found. The postgres image entrypoint runs initdb on an empty-looking data dir and initdb refuses
    ("directory exists but is not empty ... It contains a lost+found directory, perhaps due to it being a mount point"), exit 1,
    CrashLoopBackOff: the widely reported docker-library/postgres failure (issue "initdb: directory exists but is not empty" / lost+found
    on new PVs) that upstream's subPath exists to avoid. balancereader and transactionhistory poll ledger-db, their LedgerReader thread
    dies on PSQLException "Connection to ledger-db:5432 refused" and their /healthy liveness fails, so they restart (louder dependents);
    ledgerwriter logs JDBC errors on POST. Decoy: a healthy frontend rollout three days ago.
  `,
  workloads: {
    'ledger-db': {
      patch: {
        volumes: [],
        volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'postgresdb' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard-rwo', resources: { requests: { storage: '10Gi' } }, volumeMode: 'Filesystem' } }],
      },
      containers: { postgres: { volumeMounts: [{ mountPath: PGDIR, name: 'postgresdb' }] } },
      since: -22,
      unavailableSince: -21.5,
      pods: [{
        created: T.iso(-21.6), node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn',
        specOverride: { volumes: [{ name: 'postgresdb', persistentVolumeClaim: { claimName: 'postgresdb-ledger-db-0' } }] },
        containers: { postgres: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-3.1), finishedAt: T.iso(-3.05), container: 'postgres' }) },
      }],
    },
    balancereader: {
      pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-4.2), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9.8), finishedAt: T.iso(-4.3) } }) } }],
    },
    transactionhistory: {
      pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-2.9), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-8.7), finishedAt: T.iso(-3.0) } }) } }],
    },
    frontend: { rollout: { at: -60 * 24 * 3, revision: 6, oldContainers: { front: { image: image('frontend', 'v0.6.9').replace(/@sha256:.*/, '') } } } },
  },
  pvcs: [{ name: 'postgresdb-ledger-db-0', volume: 'pvc-6c1f0b2e-93a4-4d7e-b1f2-0e8a5c7d3b19', storageClass: 'standard-rwo', provisioner: 'pd.csi.storage.gke.io' }],
  events: [
    { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Claim postgresdb-ledger-db-0 Pod ledger-db-0 in StatefulSet ledger-db success', first: -21.7 },
    { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: -21.6 },
    { on: 'pvc:postgresdb-ledger-db-0', reason: 'ProvisioningSucceeded', message: 'Successfully provisioned volume pvc-6c1f0b2e-93a4-4d7e-b1f2-0e8a5c7d3b19', source: 'pd.csi.storage.gke.io_gke-boa-prod-csi-controller_7d1e2c4a', first: -21.4 },
    { on: 'pod:ledger-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/ledger-db-0 to gke-boa-prod-pool-1-3f9a2c41-w5tn', source: 'default-scheduler', first: -21.3 },
    { on: 'pod:ledger-db#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-6c1f0b2e-93a4-4d7e-b1f2-0e8a5c7d3b19" ', source: 'attachdetach-controller', first: -21.0 },
    { on: 'pod:ledger-db#0', reason: 'Pulled', message: `Container image "${image('ledger-db')}" already present on machine`, fieldPath: 'spec.containers{postgres}', first: -20.8, last: -3.1, count: 8 },
    { on: 'pod:ledger-db#0', reason: 'Created', message: 'Created container postgres', fieldPath: 'spec.containers{postgres}', first: -20.8, last: -3.1, count: 8 },
    { on: 'pod:ledger-db#0', reason: 'Started', message: 'Started container postgres', fieldPath: 'spec.containers{postgres}', first: -20.8, last: -3.1, count: 8 },
    { on: 'pod:ledger-db#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container postgres in pod ledger-db-0_bank-of-anthos(%PODUID%)', fieldPath: 'spec.containers{postgres}', first: -20.6, last: -0.4, count: 91 },
    { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', fieldPath: 'spec.containers{balancereader}', first: -19.5, last: -0.6, count: 27 },
    { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', fieldPath: 'spec.containers{balancereader}', first: -17.2, last: -4.3, count: 3 },
    { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{balancereader}', first: -17.0, last: -3.6, count: 19 },
    { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', fieldPath: 'spec.containers{transactionhistory}', first: -19.1, last: -0.3, count: 25 },
    { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Container transactionhistory failed liveness probe, will be restarted', fieldPath: 'spec.containers{transactionhistory}', first: -16.4, last: -3.0, count: 3 },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -60 * 24 * 3, source: 'deployment-controller' },
    { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -60 * 24 * 3 + 1, source: 'deployment-controller' },
  ],
  logs: {
    'ledger-db#0/postgres/previous': initdbFail,
    'ledger-db#0/postgres': initdbFail,
    'balancereader#0/balancereader/previous': [
      jlog(T, -9.6, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 41.82 seconds (JVM running for 44.1)'),
      ...jdbcRefused(-9.2, 'balancereader', 'LedgerReader'),
      jlog(T, -9.1, 'FATAL', 'run', 'LedgerReader stopped polling; balancereader unhealthy'),
      jlog(T, -4.4, 'INFO', 'shutdown', 'Closing JPA EntityManagerFactory for persistence unit default'),
    ],
    'balancereader#0/balancereader': [
      jlog(T, -3.5, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 40.77 seconds (JVM running for 43.0)'),
      ...jdbcRefused(-3.1, 'balancereader', 'LedgerReader'),
      jlog(T, -3.0, 'FATAL', 'run', 'LedgerReader stopped polling; balancereader unhealthy'),
    ],
    'transactionhistory#0/transactionhistory': [
      jlog(T, -2.2, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 42.35 seconds (JVM running for 45.2)'),
      ...jdbcRefused(-1.9, 'transactionhistory', 'LedgerReader'),
      jlog(T, -1.8, 'FATAL', 'run', 'LedgerReader stopped polling; transactionhistory unhealthy'),
    ],
    'ledgerwriter#0/ledgerwriter': [
      jlog(T, -30, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      jlog(T, -6.4, 'ERROR', 'addTransaction', 'Error submitting transaction: Unable to acquire JDBC Connection'),
      jlog(T, -6.4, 'ERROR', 'getAvailableBalance', 'Failed to retrieve account balance: 503 Service Unavailable: "no healthy upstream"'),
      jlog(T, -2.7, 'ERROR', 'addTransaction', 'Error submitting transaction: Unable to acquire JDBC Connection'),
    ],
    'frontend#0/front': [
      jlog(T, -25, 'INFO', 'home', 'Displaying home.'),
      jlog(T, -7.9, 'ERROR', 'home', "Couldn't retrieve balance for user: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)"),
      jlog(T, -5.2, 'ERROR', 'home', "Couldn't retrieve transaction history for user: 503 Server Error: Service Unavailable for url: http://transactionhistory:8080/transactions/1011226111"),
      jlog(T, -2.4, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
      jlog(T, -1.1, 'INFO', 'login', 'Login successful.'),
    ],
  },
};

export const scenarios = [ledgerDb].map(withDefaults);
