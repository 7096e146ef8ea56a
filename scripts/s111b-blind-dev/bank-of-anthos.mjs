// Blind dev batch s111b: Bank of Anthos scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A hand-run REINDEX TABLE transactions holds ledger-db's locks; ledger-db stays Ready, ledgerwriter/balancereader/history are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };
const I = '2026-05-15T19:05:00Z';
const T = clock(I);
const pg = (m, pid, lvl, msg) => `${T.java(m)} UTC [${pid}] ${lvl}:  ${msg}`;
export const scenarios = [
  withDefaults({
    folder: 's111b-ledger-reindex-lock',
    description: 'boa transfers + deposits hang then fail, balances stuck — started roughly 18:50. login ok',
    incidentTime: I,
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `ledger-db (PostgreSQL, StatefulSet) serves ledgerwriter (INSERT into transactions), balancereader and
      transactionhistory (SELECT on transactions through the Spring/JDBC pools). Fault follows the PostgreSQL docs for
      REINDEX: a non-CONCURRENTLY REINDEX TABLE takes a SHARE lock on the table (blocking writes) and ACCESS EXCLUSIVE on
      each index (blocking reads that use it); run by hand by a DBA after an index-bloat alert on a large ledger. ledger-db's
      pg_isready probe answers, pods stay Ready; callers time out. Decoy: contacts rolled out a benign image bump 2 hours ago.
      Deviation: the ledger size that makes the REINDEX take minutes is assumed, not from upstream data.`,
    workloads: {
      contacts: { rollout: { at: -120, oldContainers: { contacts: { image: system.workloads.find((w) => w.name === 'contacts').containers[0].image.replace('v0.6.10', 'v0.6.9') } } } },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -120 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -119 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 3, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-16.2, 4121, 'LOG', 'statement: REINDEX TABLE transactions;'),
        pg(-15.1, 4133, 'LOG', 'process 4133 still waiting for ShareLock on relation 16391 of database 16384 after 1000.112 ms'),
        pg(-15.1, 4133, 'DETAIL', 'Process holding the lock: 4121. Wait queue: 4133.'),
        pg(-15.1, 4133, 'STATEMENT', 'INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES ($1, $2, $3, $4, $5, $6)'),
        pg(-14.6, 4140, 'LOG', 'process 4140 still waiting for AccessShareLock on relation 16398 of database 16384 after 1000.087 ms'),
        pg(-14.6, 4140, 'DETAIL', 'Process holding the lock: 4121. Wait queue: 4133, 4140.'),
        pg(-9.3, 4133, 'ERROR', 'canceling statement due to user request'),
        pg(-9.3, 4133, 'STATEMENT', 'INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES ($1, $2, $3, $4, $5, $6)'),
        pg(-2.0, 4177, 'LOG', 'process 4177 still waiting for ShareLock on relation 16391 of database 16384 after 1000.140 ms'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -30, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -9.3, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [INSERT INTO TRANSACTIONS ...]; ERROR: canceling statement due to user request'),
        jlog(T, -3.8, 'WARN', 'addTransaction', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -3.8, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -40, 'INFO', 'pollTransactions', 'Processed 3 new transactions'),
        jlog(T, -8.1, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s)'),
        jlog(T, -2.5, 'ERROR', 'getBalance', 'Cache error: com.google.common.util.concurrent.UncheckedExecutionException: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -6.6, 'ERROR', 'getTransactions', 'Cache error: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
      ],
      'frontend#0/front': [
        jlog(T, -5.0, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: INTERNAL SERVER ERROR for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -4.4, 'ERROR', 'home', 'Couldn\'t retrieve balance for 1011226111: HTTPConnectionPool(host=\'balancereader\', port=8080): Read timed out. (read timeout=4)'),
      ],
    },
  }),
];
