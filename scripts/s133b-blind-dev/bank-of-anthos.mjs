import { clock } from '../s2-scenario-kit.mjs';
import { withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system } from '../kit-systems/bank-of-anthos.mjs';

const T = clock('2026-04-14T02:41:00Z');
const pg = (min, msg) => `${T.java(min).slice(0, 23)} UTC [${1}] LOG:  ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's133b-ledger-db-vacuum-full-lock',
    description: 'bank app: payments + deposits hang then error out for ~25 min, home page balance not loading for some users. nothing deployed tonight. ledgerwriter/balancereader pods all Ready',
    incidentTime: '2026-04-14T02:41:00Z',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `Bank of Anthos v0.6.10: ledgerwriter, balancereader and transactionhistory all use ledger-db (PostgreSQL StatefulSet, no probes)
      through ledger-db-config's SPRING_DATASOURCE_URL. At 02:15 a DBA started "VACUUM FULL transactions" from a psql session
      (kubectl exec) to reclaim bloat during the night window. PostgreSQL documents that VACUUM FULL takes an ACCESS EXCLUSIVE lock
      on the table for its whole run, so every INSERT from ledgerwriter and every SELECT from balancereader / transactionhistory
      on cache misses waits; postgres itself logs nothing (log_lock_waits off by default), the pod stays Running and Ready. The
      callers hang, the frontend's requests time out and it logs the failures. Deviation: the maintenance run is invented;
      caller log wording is approximated from the services' log4j2/logging.conf layouts.`,
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 9, 'database system is ready to accept connections'),
        pg(-31, 'checkpoint starting: time'),
        pg(-30.2, 'checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=41.203 s, sync=0.012 s, total=41.231 s; sync files=19, longest=0.004 s, average=0.001 s; distance=3011 kB, estimate=3202 kB'),
      ],
      'frontend#0/front': [
        jlog(T, -30, 'INFO', 'payment', 'Payment initiated'),
        jlog(T, -30, 'INFO', 'payment', 'Payment accepted'),
        ...[-24.6, -18.3, -12.0, -6.4, -1.9].map((m, i) => i % 2
          ? jlog(T, m, 'ERROR', 'home', "Couldn't retrieve balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)")
          : jlog(T, m, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")),
        jlog(T, -9.1, 'ERROR', 'deposit', "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -30, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -25.9, 'INFO', 'addTransaction', 'Starting transaction'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9, 'INFO', 'startWithCallback', 'Initializing ledger reader'),
        jlog(T, -30.5, 'INFO', 'pollTransactions', 'Processed 2 new transactions'),
      ],
    },
  }),
];
