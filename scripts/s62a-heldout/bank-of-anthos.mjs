// Blind held-out batch s62a: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/bank-of-anthos.mjs with its withDefaults and log helper; built by scripts/s62a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { jlog, system, withDefaults } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-05-29T14:31:00Z';
const T = clock(incidentTime);
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const BAL = 'SELECT (SELECT SUM(AMOUNT) FROM TRANSACTIONS t      WHERE (TO_ACCT = $1 AND TO_ROUTE = $2)) -  (SELECT COALESCE((SELECT SUM(AMOUNT) FROM TRANSACTIONS t      WHERE (FROM_ACCT = $1 AND FROM_ROUTE = $2)),0))';
const HIST = 'select transactio0_.transaction_id as transact1_0_, transactio0_.amount as amount2_0_, transactio0_.from_acct as from_acc3_0_, transactio0_.from_route as from_rou4_0_, transactio0_.timestamp as timestam5_0_, transactio0_.to_acct as to_acct6_0_, transactio0_.to_route as to_route7_0_ from transactions transactio0_ where transactio0_.from_acct=$1 and transactio0_.from_route=$2 or transactio0_.to_acct=$3 and transactio0_.to_route=$4 order by transactio0_.timestamp DESC limit $5';
const shm = (seg, bytes) => `could not resize shared memory segment "/PostgreSQL.${seg}" to ${bytes} bytes: No space left on device`;
const pgErr = (min, pid, seg, bytes, stmt, worker) => [
  pg(min, pid, 'ERROR', shm(seg, bytes)),
  ...(worker ? [pg(min, pid, 'CONTEXT', 'parallel worker')] : []),
  pg(min, pid, 'STATEMENT', stmt),
];
const hib = (min, seg, bytes) => [
  jlog(T, min, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 53100'),
  jlog(T, min, 'ERROR', 'logExceptions', `ERROR: ${shm(seg, bytes)}`),
];
const py = (min, sev, fn, msg) => `{"timestamp": "${T.java(min).replace('.', ',')}", "message": "${fn} | ${msg}", "severity": "${sev}"}`;

const ERR_TIMES = [-26.8137, -24.0952, -22.4811, -19.9263, -17.2174, -15.6028, -13.0915, -11.4366, -9.7742, -7.3081, -5.5127, -3.9304, -2.2198, -0.7055];
const SEGS = ['1735121448', '402938811', '2058389254', '1190447302', '865120977', '1623379015', '297514480', '1984022761', '734108826', '1450787186', '2117363590', '58832417', '1311960842', '924571036'];

export const scenarios = [
  withDefaults({
    folder: 's62a-empty-balances-month-end',
    description: 'since ~14:05 a lot of customers get an empty balance and no transaction list on the home page, and payments from those accounts fail. deposits + login fine. ledger folks pls look',
    incidentTime,
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047 (kit system bank-of-anthos): ledger-db is a
      StatefulSet of postgres:16 (src/ledger/ledger-db/Dockerfile, postgres:16.14-alpine) with no /dev/shm volume, so the
      container runtime's 64 MiB shm is all PostgreSQL has for dynamic shared memory; balancereader's findBalance (two SUM
      sub-selects over TRANSACTIONS) and transactionhistory's findForAccount (OR over the two account indexes, ORDER BY
      timestamp) run on it (TransactionRepository.java).
      Fault: after months of loadgenerator and customer traffic the ledger is large enough that the planner runs these
      queries as parallel (bitmap) scans; at month-end volume many run at once and their dynamic shared memory segments
      no longer fit in /dev/shm: "ERROR: could not resize shared memory segment "/PostgreSQL.…" to N bytes: No space left
      on device" (SQLSTATE 53100, sometimes "CONTEXT: parallel worker"). The database pod stays Running and Ready; only
      the queries that need parallel workers fail. Public reports: sourcegraph/sourcegraph-public-snapshot#20531,
      timescale/helm-charts#127 and #131, CrunchyData/postgres-operator#1358, #2640, #2783, bitnami/charts#3111 (64 MiB
      /dev/shm in Kubernetes, fixed by an emptyDir medium Memory at /dev/shm).
      Callers: balancereader and transactionhistory log Hibernate's SqlExceptionHelper warning and error and their
      controllers' "Cache error" (Guava LoadingCache wraps the JDBC exception; BalanceReaderController and
      TransactionHistoryController answer 500); ledgerwriter's balance check gets the 500 and logs "Failed to retrieve
      account balance"; the frontend renders the home page without balance and history (ApiCall returns the 500 response,
      nothing logged) and logs "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions".
      Log formats as upstream (log4j2 JSON pattern, logging.conf JSON, postgres log_line_prefix '%m [%p] ').
      Deviations from upstream: the ledger size and month-end load (the setting of the fault); nothing in the manifests
      is changed.`,
    workloads: {},
    logs: {
      'ledger-db#0/postgres': [
        pg(-58.3, 64, 'LOG', 'checkpoint starting: time'),
        pg(-53.8, 64, 'LOG', 'checkpoint complete: wrote 2231 buffers (13.6%); 0 WAL file(s) added, 0 removed, 1 recycled; write=269.804 s, sync=0.011 s, total=269.850 s; sync files=38, longest=0.004 s, average=0.001 s; distance=16384 kB, estimate=16912 kB; lsn=3/8E41A0C8, redo lsn=3/8D3C7F10'),
        pg(-28.3, 64, 'LOG', 'checkpoint starting: time'),
        ...ERR_TIMES.flatMap((m, i) => pgErr(m, 48211 + i * 37, SEGS[i], i % 3 === 0 ? 16777216 : 8388608, i % 2 ? HIST : BAL, i % 4 === 1)),
        pg(-23.7, 64, 'LOG', 'checkpoint complete: wrote 2518 buffers (15.4%); 0 WAL file(s) added, 0 removed, 1 recycled; write=269.777 s, sync=0.013 s, total=269.823 s; sync files=41, longest=0.005 s, average=0.001 s; distance=18022 kB, estimate=18022 kB; lsn=3/8F6B12A0, redo lsn=3/8E52D3B8'),
      ].sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23))),
      'balancereader#0/balancereader': ERR_TIMES.filter((_, i) => i % 2 === 0).flatMap((m, k) => [
        ...hib(m, SEGS[k * 2], (k * 2) % 3 === 0 ? 16777216 : 8388608),
        jlog(T, m, 'ERROR', 'getBalance', 'Cache error'),
      ]),
      'transactionhistory#0/transactionhistory': ERR_TIMES.filter((_, i) => i % 2 === 1).flatMap((m, k) => [
        ...hib(m, SEGS[k * 2 + 1], (k * 2 + 1) % 3 === 0 ? 16777216 : 8388608),
        jlog(T, m, 'ERROR', 'getTransactions', 'Cache error'),
      ]),
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -33.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -29.5, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -24.08, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        jlog(T, -20.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -15.58, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        jlog(T, -11.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -5.48, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
        jlog(T, -0.68, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
      ],
      'frontend#0/front': [
        py(-33.3, 'INFO', 'payment', 'Payment initiated successfully.'),
        py(-31.0, 'INFO', '_login_helper', 'Successfully logged in.'),
        py(-29.6, 'INFO', 'deposit', 'Deposit submitted successfully.'),
        py(-24.05, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        py(-20.5, 'INFO', 'deposit', 'Deposit submitted successfully.'),
        py(-18.7, 'INFO', '_login_helper', 'Successfully logged in.'),
        py(-15.55, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        py(-11.3, 'INFO', 'deposit', 'Deposit submitted successfully.'),
        py(-8.9, 'INFO', '_login_helper', 'Successfully logged in.'),
        py(-5.45, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        py(-0.65, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
      ],
    },
  }),
];
