// Blind dev batch s113d (no-fault incidents), Bank of Anthos: "older transactions vanished" — transactionhistory
// returns at most HISTORY_LIMIT=100 rows by design (upstream manifest); the ledger holds every transaction.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { jlog, withDefaults } from '../kit-systems/bank-of-anthos.mjs';
export { system } from '../kit-systems/bank-of-anthos.mjs';

const T = clock('2026-03-27T11:18:00Z');
const pg = (min, lvl, msg) => `${T.java(min)} UTC [${lvl === 'LOG' ? 1 : 4182}] ${lvl}:  ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's113d-history-limit-100',
    incidentTime: '2026-03-27T11:18:00Z',
    description: 'support escalation: customer (acct 7719...) says their older transactions disappeared from the history page, only sees recent ones. ledger data loss??',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name'],
    workloads: {
      'ledger-db': { pods: [{ containers: { postgres: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }] },
      transactionhistory: { pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 1), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 + 0.6) } }) } }] },
    },
    events: [],
    logs: {
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 4 + 2, 'INFO', 'main', 'Started TransactionHistoryApplication in 41.27 seconds (JVM running for 44.9)'),
        jlog(T, -60 * 24 * 4 + 2, 'INFO', 'startReader', 'Initializing ledger reader'),
        jlog(T, -60 * 24 * 4 + 2.1, 'INFO', 'pollTransactions', 'Ledger reader polling every 100ms'),
        jlog(T, -34.2, 'WARN', 'getTransactions', 'Authentication error: JWT expired'),
        jlog(T, -12.6, 'INFO', 'getTransactions', 'Transaction history retrieved for account 7719248503 (100 of 342 rows, limit 100)'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 2, 'INFO', 'main', 'Started BalanceReaderApplication in 38.61 seconds (JVM running for 42.3)'),
        jlog(T, -12.7, 'INFO', 'getBalance', 'Balance retrieved for account 7719248503'),
      ],
      'frontend#0/front': [
        jlog(T, -34.3, 'ERROR', 'home', 'Error retrieving transaction history: 401 Client Error: UNAUTHORIZED'),
        jlog(T, -34.2, 'INFO', 'login_page', 'Displaying login page.'),
        jlog(T, -12.8, 'INFO', 'home', 'Displaying home.'),
      ],
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 4 + 0.2, 'LOG', 'database system was interrupted; last known up at ' + T.java(-60 * 24 * 4 - 2).slice(0, 19) + ' UTC'),
        pg(-60 * 24 * 4 + 0.3, 'LOG', 'database system was not properly shut down; automatic recovery in progress'),
        pg(-60 * 24 * 4 + 0.4, 'LOG', 'database system is ready to accept connections'),
        pg(-34.1, 'LOG', 'checkpoint starting: time'),
        pg(-33.9, 'LOG', 'checkpoint complete: wrote 214 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.402 s, sync=0.004 s, total=21.419 s; sync files=38, longest=0.002 s, average=0.001 s; distance=1712 kB, estimate=1820 kB'),
      ],
    },
    grounding: `
      kubernetes-manifests/transaction-history.yaml at d0af047 sets HISTORY_LIMIT "100": transactionhistory returns at
      most the newest 100 ledger rows for an account, so a busy account's older transactions are not shown — expected
      behaviour, no data lost (ledger-db holds them all). Decoys: ledger-db OOMKilled four days ago and recovered,
      transactionhistory restarted once then, a frontend 401 for an expired JWT 34 minutes ago, a routine checkpoint.
      Deviation: restart history only; the transactionhistory "retrieved" line is paraphrased (upstream logs at debug).`,
  }),
];
