// Blind held-out batch s88b: one Bank of Anthos scenario (split test) as a spec of the scenario kit.
// System from scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s88b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-04-21T14:26:00Z';
const T = clock(INC);
const pg = (min, lvl, msg) => `${T.java(min)} UTC [1] ${lvl}:  ${msg}`;
const ledgerArgs = ['-c', 'shared_preload_libraries=pg_stat_statments', '-c', 'pg_stat_statements.track=all'];
const crash = [
  'PostgreSQL Database directory appears to contain a database; Skipping initialization',
  '',
  pg(-3.2, 'FATAL', 'could not access file "pg_stat_statments": No such file or directory'),
  pg(-3.2, 'LOG', 'database system is shut down'),
];
const firstRun = [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are disabled.',
  '',
  'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
  'creating subdirectories ... ok',
  'selecting dynamic shared memory implementation ... posix',
  'selecting default max_connections ... 100',
  'selecting default shared_buffers ... 128MB',
  'selecting default time zone ... UTC',
  'creating configuration files ... ok',
  'running bootstrap script ... ok',
  'performing post-bootstrap initialization ... ok',
  'syncing data to disk ... ok',
  '',
  'Success. You can now start the database server using:',
  '',
  '    pg_ctl -D /var/lib/postgresql/data -l logfile start',
  '',
  'waiting for server to start....' + `${T.java(-17.4)} UTC [48] FATAL:  could not access file "pg_stat_statments": No such file or directory`,
  `${T.java(-17.4)} UTC [48] LOG:  database system is shut down`,
  ' stopped waiting',
  'pg_ctl: could not start server',
  'Examine the log output.',
];
void firstRun;

const pgErr = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';

export const scenarios = [
  withDefaults({
    folder: 's88b-ledger-team-balances-blank',
    description: 'ledger team here - balances show blank and deposits spin forever since about 14:10, login still works',
    incidentTime: INC,
    expected: { component: 'ledger-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: kubernetes-manifests/ledger-db.yaml at d0af047 (StatefulSet ledger-db, container postgres, image ledger-db
      built FROM postgres:16-alpine, data on an emptyDir with subPath postgres); ledgerwriter, balancereader and
      transactionhistory reach it through SPRING_DATASOURCE_URL jdbc:postgresql://ledger-db:5432/postgresdb (ledger-db-config).
      Fault: a DBA enabled pg_stat_statements through container args and misspelt the library
      (-c shared_preload_libraries=pg_stat_statments); PostgreSQL refuses to start with FATAL could not access file
      "pg_stat_statments": No such file or directory (the message of src/backend/utils/fmgr/dfmgr.c), so the container
      exits 1 on every start and ledger-db-0 is in CrashLoopBackOff. The docker-library entrypoint skips initdb on
      restarts because the pod's emptyDir survives container restarts.
      Callers log PSQLException connection refused (pgjdbc text); userservice and accounts-db are untouched, so login works.
      Decoy: contacts was OOMKilled once two days ago and has run cleanly since.
      Deviations from upstream: the args on the postgres container (upstream has none); the StatefulSet update that
      added them recreated ledger-db-0 at 14:08.`,
    workloads: {
      'ledger-db': {
        containers: { postgres: { args: ledgerArgs } },
        pods: [{
          name: 'ledger-db-0', created: T.iso(-18),
          containers: { postgres: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-3.25), finishedAt: T.iso(-3.2), container: 'postgres' }) },
          readyTransition: T.iso(-17.9),
        }],
      },
      contacts: {
        pods: [{ containers: { contacts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: -18.1 },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: -18 },
      { on: 'pod:ledger-db#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/ledger-db-0 to %NODE%', first: -18 },
      { on: 'pod:ledger-db#0', reason: 'Pulled', fieldPath: 'spec.containers{postgres}', message: `Container image "${image('ledger-db')}" already present on machine`, first: -17.8, last: -3.3, count: 8 },
      { on: 'pod:ledger-db#0', reason: 'Created', fieldPath: 'spec.containers{postgres}', message: 'Created container postgres', first: -17.8, last: -3.3, count: 8 },
      { on: 'pod:ledger-db#0', reason: 'Started', fieldPath: 'spec.containers{postgres}', message: 'Started container postgres', first: -17.8, last: -3.25, count: 8 },
      { on: 'pod:ledger-db#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{postgres}', message: 'Back-off restarting failed container postgres in pod ledger-db-0_bank-of-anthos(%PODUID%)', first: -17, last: -0.4, count: 71 },
    ],
    logs: {
      'ledger-db#0/postgres/previous': crash,
      'balancereader#0/balancereader': [
        jlog(T, -20, 'INFO', 'processTransaction', 'Processed transaction 11872 from 1033623433 to 2345678901'),
        jlog(T, -17.9, 'WARN', 'notifyError', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -17.5, 'ERROR', 'pollTransactions', 'Error polling ledger: ' + pgErr),
        jlog(T, -9, 'ERROR', 'getBalance', 'Error getting balance: ' + pgErr),
        jlog(T, -2, 'ERROR', 'pollTransactions', 'Error polling ledger: ' + pgErr),
        jlog(T, -0.6, 'ERROR', 'getBalance', 'Error getting balance: ' + pgErr),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -25, 'INFO', 'getTransactions', 'Cache hit for account 1033623433'),
        jlog(T, -17.6, 'ERROR', 'pollTransactions', 'Error polling ledger: ' + pgErr),
        jlog(T, -5, 'ERROR', 'getTransactions', 'Error loading transactions: ' + pgErr),
        jlog(T, -1, 'ERROR', 'pollTransactions', 'Error polling ledger: ' + pgErr),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -30, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -12, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is ' + pgErr),
        jlog(T, -1.5, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is ' + pgErr),
      ],
      'frontend#0/front': [
        plog(T, -16, 'INFO', 'home', 'Displaying home.'),
        plog(T, -16, 'ERROR', 'home', 'Error retrieving account balance: 500 Server Error: Internal Server Error for url: http://balancereader:8080/balances/1033623433'),
        plog(T, -4, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        plog(T, -1, 'INFO', 'login', 'Login successful.'),
        plog(T, -1, 'ERROR', 'home', 'Error retrieving transaction history: 500 Server Error: Internal Server Error for url: http://transactionhistory:8080/transactions/1033623433'),
      ],
      'userservice#0/userservice': [
        plog(T, -1.1, 'INFO', 'login', 'Getting user data.'),
        plog(T, -1.1, 'INFO', 'login', 'Login Successful.'),
      ],
    },
  }),
];
