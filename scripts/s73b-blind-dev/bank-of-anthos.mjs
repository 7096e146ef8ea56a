// Batch s73b (blind dev): Bank of Anthos scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// ledger-db waits forever for a synchronous standby that does not exist; ledgerwriter and the frontend are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-12T09:58:00Z');
const pg = (min, pid, level, msg) => `${T.java(min).replace('T', ' ')} UTC [${pid}] ${level}:  ${msg}`;
const hikari = 'HikariPool-1 - Connection is not available, request timed out after 30000ms.';

export const scenarios = [
  withDefaults({
    folder: 's73b-ledger-db-sync-standby-wait',
    description: "cant send money since ~9:40, spinner then 'payment failed'. balances + history still load fine. ledger ppl pls look",
    incidentTime: '2026-05-12T09:58:00Z',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047 (kit-systems/bank-of-anthos.mjs): ledgerwriter writes transactions to
      ledger-db through SPRING_DATASOURCE_URL (ledger-db-config), balancereader and transactionhistory only read ledger-db.
      Fault: PostgreSQL synchronous replication with no standby. A DBA preparing a streaming replica ran
      ALTER SYSTEM SET synchronous_standby_names = 'ledger_replica' and pg_reload_conf() at 09:39 before the replica existed;
      from then every COMMIT waits in SyncRepWaitForLSN forever (PostgreSQL docs, "Synchronous Replication": if no
      synchronous standby is connected, commits wait indefinitely). SELECTs keep working, pg_isready and the pod stay fine,
      so ledger-db is Running/Ready with restartCount 0 and only logs the reload and one cancelled wait (the documented
      WARNING/DETAIL pair "canceling wait for synchronous replication due to user request" from the DBA's psql test).
      Callers: ledgerwriter's 10 Hikari connections sit in hung INSERTs, later requests fail with "Connection is not
      available, request timed out after 30000ms"; the frontend's payment POST times out ("Error submitting payment").
      balancereader and transactionhistory keep answering (new rows are never visible because the commits never finish).
      Decoys: a frontend rollout two hours earlier that only changed LOG_LEVEL debug -> info (healthy), and a contacts
      container OOMKilled three days ago. Deviations from upstream: the replication setting and the DBA session are
      invented; log text follows the PostgreSQL default log_line_prefix '%m [%p] ' and the log4j2/python JSON layouts.
    `,
    workloads: {
      frontend: {
        rollout: { at: -121, revision: 6, oldContainers: { front: { env: system.workloads[0].containers[0].env.map((e) => (e.name === 'LOG_LEVEL' ? { ...e, value: 'debug' } : e)) } } },
      },
      contacts: {
        pods: [{ containers: { contacts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -121, source: 'deployment-controller' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -120, source: 'deployment-controller' },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-44.6, 61, 'LOG', 'checkpoint starting: time'),
        pg(-44.1, 61, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.021 s, sync=0.006 s, total=4.044 s; sync files=14, longest=0.003 s, average=0.001 s; distance=236 kB, estimate=241 kB; lsn=0/4F2A3D8, redo lsn=0/4F1C1A0'),
        pg(-19.2, 1, 'LOG', 'received SIGHUP, reloading configuration files'),
        pg(-19.2, 1, 'LOG', 'parameter "synchronous_standby_names" changed to "ledger_replica"'),
        pg(-14.6, 61, 'LOG', 'checkpoint starting: time'),
        pg(-14.2, 61, 'LOG', 'checkpoint complete: wrote 9 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.905 s, sync=0.003 s, total=0.915 s; sync files=6, longest=0.002 s, average=0.001 s; distance=19 kB, estimate=219 kB; lsn=0/4F2F0B8, redo lsn=0/4F2F060'),
        pg(-8.7, 4412, 'WARNING', 'canceling wait for synchronous replication due to user request'),
        pg(-8.7, 4412, 'DETAIL', 'The transaction has already committed locally, but might not have been replicated to the standby.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -21.4, 'INFO', 'addTransaction', 'Received transaction request for account 1011226111'),
        jlog(T, -21.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -18.7, 'INFO', 'addTransaction', 'Received transaction request for account 1033623433'),
        jlog(T, -17.9, 'INFO', 'addTransaction', 'Received transaction request for account 1055757655'),
        jlog(T, -16.2, 'INFO', 'addTransaction', 'Received transaction request for account 1077441377'),
        jlog(T, -12.4, 'INFO', 'addTransaction', 'Received transaction request for account 1011226111'),
        jlog(T, -11.9, 'WARN', 'checkFailNext', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s52ms).'),
        jlog(T, -11.4, 'INFO', 'addTransaction', 'Received transaction request for account 1044226144'),
        jlog(T, -10.9, 'ERROR', 'log', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${hikari}] with root cause`),
        jlog(T, -7.3, 'INFO', 'addTransaction', 'Received transaction request for account 1033623433'),
        jlog(T, -6.8, 'ERROR', 'log', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${hikari}] with root cause`),
        jlog(T, -3.1, 'INFO', 'addTransaction', 'Received transaction request for account 1055757655'),
        jlog(T, -2.6, 'ERROR', 'log', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${hikari}] with root cause`),
      ],
      'frontend#0/front': [
        plog(T, -21.5, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -21.3, 'INFO', 'payment', 'Payment initiated successfully.'),
        plog(T, -18.7, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -18.6, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -16.2, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -16.1, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -14.0, 'INFO', 'home', 'Displaying home.'),
        plog(T, -12.4, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -12.3, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -9.0, 'INFO', 'home', 'Displaying home.'),
        plog(T, -7.3, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -7.2, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -3.1, 'INFO', 'deposit', 'Submitting deposit.'),
        plog(T, -3.0, 'ERROR', 'deposit', "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -1.2, 'INFO', 'home', 'Displaying home.'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -30, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -9.0, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -1.2, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -30, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
        jlog(T, -1.2, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
      ],
    },
  }),
];
