// Blind dev batch s95b: Bank of Anthos scenario (ledger-db: transactions table held under ACCESS EXCLUSIVE by a forgotten psql session).
// Spec module for scripts/s95b-build.mjs over the kit system scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog, plog).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-14T13:47:00Z';
const T = clock(INC);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const pays = [-24, -20.5, -16, -12.2, -8.4, -4.9, -1.7];

export const scenarios = [
  withDefaults({
    folder: 's95b-ledger-db-table-lock-from-psql',
    incidentTime: INC,
    description: 'bank: deposits and transfers spin then fail since 13:20ish. balances + login still load. ledgerwriter looks unhappy',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `
      Fault: during a reconciliation runbook an engineer opened psql on ledger-db-0 (kubectl exec) and ran
      \`BEGIN; LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE;\` to freeze the ledger while comparing totals, then left the
      session open (PostgreSQL docs, Explicit Locking: ACCESS EXCLUSIVE conflicts with every lock mode, including the ACCESS SHARE
      of a plain SELECT). Every statement on transactions now waits: ledgerwriter's INSERTs hang until its HikariCP pool is
      exhausted ("Connection is not available, request timed out after 30000ms"); balancereader and transactionhistory's
      100 ms pollers block inside their JDBC query (threads alive, so /healthy stays 200 and nothing restarts) and keep serving
      cached balances and history, which is why balances still load. The frontend times out on ledgerwriter (BACKEND_TIMEOUT 4s)
      and logs "Error submitting payment/deposit". PostgreSQL logs nothing about waiting locks by default (log_lock_waits=off),
      so ledger-db's log only has routine checkpoints; its pod is Ready.
      Manifest facts (kubernetes-manifests at d0af047): ledgerwriter, balancereader, transactionhistory read SPRING_DATASOURCE_URL
      from ledger-db-config (jdbc:postgresql://ledger-db:5432/postgresdb); balancereader POLL_MS=100.
      Deviation: the psql session and the table lock are the scenario's; log texts of the Java services follow their log4j2 JSON
      layout with approximated messages.
    `,
    workloads: {},
    events: [],
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-62, 27, 'LOG', 'checkpoint starting: time'),
        pg(-61.5, 27, 'LOG', 'checkpoint complete: wrote 212 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.204 s, sync=0.008 s, total=21.231 s; sync files=14, longest=0.004 s, average=0.001 s; distance=1710 kB, estimate=1802 kB; lsn=0/2F1A3C8, redo lsn=0/2E9B210'),
        pg(-32, 27, 'LOG', 'checkpoint starting: time'),
        pg(-31.6, 27, 'LOG', 'checkpoint complete: wrote 96 buffers (0.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=9.617 s, sync=0.005 s, total=9.640 s; sync files=9, longest=0.003 s, average=0.001 s; distance=804 kB, estimate=1702 kB; lsn=0/2FE1D70, redo lsn=0/2FA0B48'),
        pg(-2, 27, 'LOG', 'checkpoint starting: time'),
        pg(-1.9, 27, 'LOG', 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.203 s, sync=0.002 s, total=0.214 s; sync files=2, longest=0.001 s, average=0.001 s; distance=12 kB, estimate=1533 kB; lsn=0/2FE4A10, redo lsn=0/2FE49D8'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -40, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -30, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        ...pays.flatMap((m) => [
          jlog(T, m + 0.5, 'WARN', 'logDiagnostics', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
          jlog(T, m + 0.5, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
        ]),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 1, 'INFO', 'pollTransactions', 'Initialized transaction processor'),
        jlog(T, -60, 'INFO', 'getBalance', 'Cache hit for account 1011226111'),
        jlog(T, -10, 'INFO', 'getBalance', 'Cache hit for account 1011226111'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9 + 1, 'INFO', 'pollTransactions', 'Initialized transaction processor'),
        jlog(T, -9, 'INFO', 'getTransactions', 'Cache hit for account 1011226111'),
      ],
      'frontend#0/front': [
        ...pays.map((m, i) => plog(T, m + 0.07, 'ERROR', i % 2 ? 'deposit' : 'payment', `Error submitting ${i % 2 ? 'deposit' : 'payment'}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`)),
        plog(T, -1, 'INFO', 'home', 'Displaying home.'),
      ],
    },
  }),
];
