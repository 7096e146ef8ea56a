// Blind dev batch s93b: Bank of Anthos scenario (kit system scripts/kit-systems/bank-of-anthos.mjs, withDefaults, jlog).
// ledger-db's PostgreSQL backends are OOM-killed one at a time; the postmaster survives and reinitialises; callers are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-12T15:40:00Z');
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const REPORT = 'SELECT from_acct, to_acct, date_trunc(\'day\', timestamp) AS d, count(*), sum(amount) FROM transactions GROUP BY from_acct, to_acct, d ORDER BY 5 DESC';
const crash = (min, pid, walFrom, walTo) => [
  pg(min, 1, 'LOG', `server process (PID ${pid}) was terminated by signal 9: Killed`),
  pg(min, 1, 'DETAIL', `Failed process was running: ${REPORT}`),
  pg(min, 1, 'LOG', 'terminating any other active server processes'),
  pg(min + 0.01, 1, 'LOG', 'all server processes terminated; reinitializing'),
  pg(min + 0.02, pid + 3, 'LOG', `database system was interrupted; last known up at ${T.java(min - 4).slice(0, 19)} UTC`),
  pg(min + 0.05, pid + 4, 'FATAL', 'the database system is in recovery mode'),
  pg(min + 0.06, pid + 5, 'FATAL', 'the database system is in recovery mode'),
  pg(min + 0.08, pid + 3, 'LOG', 'database system was not properly shut down; automatic recovery in progress'),
  pg(min + 0.09, pid + 3, 'LOG', `redo starts at 0/${walFrom}`),
  pg(min + 0.2, pid + 3, 'LOG', `redo done at 0/${walTo} system usage: CPU: user: 0.04 s, system: 0.02 s, elapsed: 0.11 s`),
  pg(min + 0.21, pid + 3, 'LOG', 'checkpoint starting: end-of-recovery immediate wait'),
  pg(min + 0.3, pid + 3, 'LOG', 'checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.041 s, sync=0.012 s, total=0.061 s; sync files=38, longest=0.004 s, average=0.001 s; distance=3311 kB, estimate=3311 kB; lsn=0/' + walTo + ', redo lsn=0/' + walTo),
  pg(min + 0.31, 1, 'LOG', 'database system is ready to accept connections'),
];
const lw = (min, msg, sev = 'ERROR') => jlog(T, min, sev, 'addTransaction', msg);
const CCE = 'org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection';
const CRASHED = 'org.springframework.dao.DataAccessResourceFailureException: could not execute statement; SQL [n/a]; nested exception is org.hibernate.exception.JDBCConnectionException: could not execute statement';

export const scenarios = [
  withDefaults({
    folder: 's93b-ledger-db-backend-oom-reinit',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'payments/deposits failing on and off since ~15:10, ledgerwriter throwing 500s. logins + contacts still work. ledger team pls look',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [
      { component: 'ledger-db', cause: 'resource-exhaustion' },
      { component: 'ledger-db', cause: 'oom-killed' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'partial-name', 'team-name', 'time-expression'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: ledgerwriter, balancereader and transactionhistory read ledger-db through
      SPRING_DATASOURCE_URL (ledger-db-config); ledger-db is a StatefulSet of one postgres container with a 1Gi memory limit and no probes.
      Fault: a finance analyst runs a GROUP BY report over the whole transactions table through a port-forward every few minutes; its hash
      aggregate grows past the container limit and the kernel's cgroup OOM killer kills that one backend ("server process (PID n) was
      terminated by signal 9: Killed"). The postmaster (PID 1) survives, so the container is not restarted and kubelet reports no OOMKilled:
      PostgreSQL's documented reaction to a crashed backend is to terminate every other backend, reinitialise shared memory and run crash
      recovery ("terminating any other active server processes", "all server processes terminated; reinitializing", "the database system
      is in recovery mode"). Each cycle drops every pooled connection of the three Java services, which are the loud ones (Hikari
      JDBCConnectionException, PSQLException "terminating connection because of crash of another server process"), and the frontend shows
      payment/deposit errors. ledger-db-0 stays Running and Ready with restartCount 0.
      Deviation: single-process OOM kills inside a container assume a cgroup v1 node pool (with cgroup v2 and kubelet >= 1.28
      memory.oom.group would kill the whole container); the node pool is assumed to be an older cgroup v1 COS pool.
      Decoy: a benign contacts rollout yesterday that only changed LOG_LEVEL from debug to info.`,
    workloads: {
      contacts: {
        rollout: { at: -60 * 20, revision: 3 },
        containers: {},
      },
      'ledger-db': { pods: [{ name: 'ledger-db-0' }] },
    },
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
        pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-62, 27, 'LOG', 'checkpoint starting: time'),
        pg(-61.5, 27, 'LOG', 'checkpoint complete: wrote 913 buffers (5.6%); 0 WAL file(s) added, 0 removed, 1 recycled; write=29.112 s, sync=0.018 s, total=29.161 s; sync files=41, longest=0.005 s, average=0.001 s; distance=6530 kB, estimate=7012 kB; lsn=0/4A0F1E8, redo lsn=0/49C2A10'),
        ...crash(-31.2, 18734, '4A1C2D8', '4A4B0F0'),
        ...crash(-24.6, 19102, '4A52E10', '4A83A28'),
        ...crash(-17.9, 19588, '4A8C1B0', '4AB9D40'),
        ...crash(-11.3, 20041, '4AC0A88', '4AF2C18'),
        pg(-8.7, 20213, 'LOG', 'could not receive data from client: Connection reset by peer'),
        ...crash(-4.4, 20517, '4AF9E30', '4B27F60'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -60 * 24 * 9 + 1, 'INFO', 'main', 'Started LedgerWriterApplication in 24.112 seconds (JVM running for 26.771)'),
        jlog(T, -33, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        lw(-31.1, `${CRASHED}`),
        lw(-31.1, 'org.postgresql.util.PSQLException: FATAL: terminating connection because of crash of another server process'),
        jlog(T, -31.1, 'WARN', 'logExceptions', 'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@5f1c2a7e marked as broken because of SQLSTATE(57P02), ErrorCode(0)'),
        lw(-31.05, CCE),
        jlog(T, -29, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        lw(-24.5, CRASHED),
        jlog(T, -24.5, 'WARN', 'logExceptions', 'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@2b7d9e41 marked as broken because of SQLSTATE(57P02), ErrorCode(0)'),
        lw(-24.45, CCE),
        lw(-24.45, 'org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode'),
        jlog(T, -21, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        lw(-17.8, CRASHED),
        lw(-17.8, 'org.postgresql.util.PSQLException: FATAL: terminating connection because of crash of another server process'),
        lw(-17.75, CCE),
        jlog(T, -15, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        lw(-11.2, CRASHED),
        lw(-11.15, CCE),
        lw(-11.15, 'org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode'),
        jlog(T, -7, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        lw(-4.3, CRASHED),
        jlog(T, -4.3, 'WARN', 'logExceptions', 'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@7a03c5d9 marked as broken because of SQLSTATE(57P02), ErrorCode(0)'),
        lw(-4.25, CCE),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 1, 'INFO', 'main', 'Started BalanceReaderApplication in 27.403 seconds (JVM running for 30.018)'),
        jlog(T, -31.1, 'ERROR', 'run', 'Error polling ledger: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
        jlog(T, -31.05, 'WARN', 'run', 'Ledger reader thread retrying after error'),
        jlog(T, -24.5, 'ERROR', 'run', 'Error polling ledger: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
        jlog(T, -17.8, 'ERROR', 'run', 'Error polling ledger: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
        jlog(T, -11.2, 'ERROR', 'run', 'Error polling ledger: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
        jlog(T, -4.3, 'ERROR', 'run', 'Error polling ledger: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9 + 1, 'INFO', 'main', 'Started TransactionHistoryApplication in 26.880 seconds (JVM running for 29.540)'),
        jlog(T, -24.45, 'ERROR', 'getTransactions', 'org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
        jlog(T, -11.15, 'ERROR', 'run', 'Error polling ledger: org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode'),
        jlog(T, -4.25, 'ERROR', 'getTransactions', 'org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
      ],
      'frontend#0/front': [
        jlog(T, -40, 'INFO', 'login', 'Login Successful.'),
        jlog(T, -31, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -24.4, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -24.4, 'ERROR', 'home', 'Couldn\'t retrieve transaction history: 500 Server Error:  for url: http://transactionhistory:8080/transactions/1011226111'),
        jlog(T, -20, 'INFO', 'payment', 'Payment initiated successfully'),
        jlog(T, -17.7, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -11.1, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -6, 'INFO', 'login', 'Login Successful.'),
        jlog(T, -4.2, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
      ],
      'contacts#0/contacts': [
        jlog(T, -60 * 20 + 0.6, 'INFO', '<module>', 'Starting contacts service.'),
        jlog(T, -40, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T, -6, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];

// contacts' previous revision logged at debug (the benign rollout changed only LOG_LEVEL).
const contactsBase = system.workloads.find((w) => w.name === 'contacts').containers[0];
scenarios[0].workloads.contacts.rollout.oldContainers = {
  contacts: { env: contactsBase.env.map((e) => (e.name === 'LOG_LEVEL' ? { name: 'LOG_LEVEL', value: 'debug' } : e)) },
};
void cs;
