// Blind dev batch s101a, Bank of Anthos: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// transactionhistory edited to CACHE_MINUTES=0: every history request queries ledger-db, home page times out, pods Ready.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I = '2026-05-15T13:20:00Z';
const T = clock(I);
const th = system.workloads.find((w) => w.name === 'transactionhistory').containers[0];
const newEnv = th.env.map((e) => (e.name === 'CACHE_MINUTES' ? { ...e, value: '0' } : e));
const pg = (m, msg) => `${T.java(m)} UTC [${3000 + Math.round(-m * 7)}] LOG:  ${msg}`;
export const scenarios = [
  withDefaults({
    folder: 's101a-history-cache-minutes-zero',
    description: 'boa home page very slow / "error loading transactions" for most users since ~12:50, transfers still go through. ledger team pls look',
    incidentTime: I,
    expected: { component: 'transactionhistory', cause: 'config-error' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Upstream kubernetes-manifests at d0af047: transactionhistory (Spring Boot) gets CACHE_SIZE=1000, CACHE_MINUTES=60,
      HISTORY_LIMIT=100 and builds a Guava cache with expireAfterWrite(CACHE_MINUTES); the frontend calls it with its
      BACKEND_TIMEOUT (4 s) and logs "Error retrieving transaction history" on failure. A Guava cache with a zero
      expiry holds nothing, which Guava accepts without complaint, so every home page load runs the full history query
      against ledger-db. The fault: a \`kubectl set env deploy/transactionhistory CACHE_MINUTES=0\` (meant to "see fresh
      data" during a support ticket) rolled out a new ReplicaSet that differs only in that value; pods start and stay
      Ready, no restarts. ledger-db logs slow statements (log_min_duration_statement=1000 set by the team, a deviation)
      and looks like the culprit, but its load comes from the uncached queries. Decoy: ledger-db is the loud-looking
      database; a frontend 4 s timeout is upstream behaviour.
    `,
    workloads: {
      transactionhistory: {
        containers: { transactionhistory: { env: newEnv } },
        rollout: { at: -33, oldContainers: { transactionhistory: { env: th.env } } },
      },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -33 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled down replica set transactionhistory-%OLD% to 0 from 1', first: -31.6 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -32.4, last: -32.0, count: 3, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'transactionhistory#0/transactionhistory': [
        jlog(T, -32.3, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 21.43 seconds (JVM running for 23.9)'),
        jlog(T, -32.2, 'INFO', 'pollTransactions', 'Polling for new transactions.'),
        ...[-25, -18, -11, -4, -1].map((m) => jlog(T, m, 'INFO', 'getTransactions', 'Retrieving transactions for account from database (cache miss).')),
      ],
      'frontend#0/front': [
        plog(T, -40, 'INFO', 'home', 'Displaying home.'),
        ...[-24.8, -17.5, -10.9, -3.8, -0.9].map((m) => plog(T, m, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)")),
        plog(T, -2.4, 'INFO', 'payment', 'Payment transaction succeeded.'),
      ],
      'ledger-db#0/postgres': [
        pg(-29.1, 'duration: 3412.781 ms  execute <unnamed>: SELECT * FROM TRANSACTIONS WHERE (FROM_ACCT=$1 AND FROM_ROUTE=$2) OR (TO_ACCT=$3 AND TO_ROUTE=$4) ORDER BY TIMESTAMP DESC LIMIT 100'),
        pg(-20.3, 'checkpoint starting: time'),
        pg(-12.7, 'duration: 5108.224 ms  execute <unnamed>: SELECT * FROM TRANSACTIONS WHERE (FROM_ACCT=$1 AND FROM_ROUTE=$2) OR (TO_ACCT=$3 AND TO_ROUTE=$4) ORDER BY TIMESTAMP DESC LIMIT 100'),
        pg(-2.5, 'duration: 6877.090 ms  execute <unnamed>: SELECT * FROM TRANSACTIONS WHERE (FROM_ACCT=$1 AND FROM_ROUTE=$2) OR (TO_ACCT=$3 AND TO_ROUTE=$4) ORDER BY TIMESTAMP DESC LIMIT 100'),
      ],
      'ledgerwriter#0/ledgerwriter': [jlog(T, -2.5, 'INFO', 'addTransaction', 'Submitted transaction successfully')],
    },
  }),
];
