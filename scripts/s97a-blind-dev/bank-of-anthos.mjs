// Blind dev batch s97a: Bank of Anthos scenario (system from scripts/kit-systems/bank-of-anthos.mjs, withDefaults).
// transactionhistory redeployed with HISTORY_LIMIT "0": it starts fine and every history lookup fails at request time.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-14T18:20:00Z');
const th = system.workloads.find((w) => w.name === 'transactionhistory').containers[0];
const envWith = (v) => th.env.map((e) => (e.name === 'HISTORY_LIMIT' ? { ...e, value: v } : e));
const hist = [
  jlog(T, -26.5, 'INFO', 'main', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by ? in /app)'),
  jlog(T, -25.6, 'INFO', 'init', 'Initializing ledger reader'),
  jlog(T, -25.5, 'INFO', 'startProcessing', 'Starting ledger reader thread...'),
  jlog(T, -25.4, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 52.37 seconds (process running for 54.1)'),
];
const front = [];
const users = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'alice'];
for (let i = 0, m = -23.8; m < -0.5; m += 1.9, i++) {
  const acct = ['1011226111', '1033623433', '1055757655', '1077441377'][i % 4];
  hist.push(jlog(T, m, 'ERROR', 'getTransactions', `Cache error: java.lang.IllegalArgumentException: Page size must not be less than one`));
  hist.push(jlog(T, m + 0.01, 'ERROR', 'getTransactions', `Error retrieving transactions for account ${acct}`));
  front.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  front.push(jlog(T, m + 0.01, 'ERROR', 'home', `Couldn't retrieve transaction history: 500 Server Error:  for url: http://transactionhistory:8080/transactions/${acct}`));
  
}
const bal = [jlog(T, -60 * 50, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 61.02 seconds (process running for 63.5)')];

export const scenarios = [
  withDefaults({
    folder: 's97a-transactionhistory-history-limit-zero',
    incidentTime: '2026-05-14T18:20:00Z',
    description: 'ledger team: "Transaction History" panel on the home page says it could not load, balance shows ok and deposits/transfers still work. for the last ~25 min',
    expected: { component: 'transactionhistory', cause: 'config-error' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    workloads: {
      transactionhistory: {
        rollout: { at: -27.5, oldContainers: { transactionhistory: { env: envWith('100') } } },
        containers: { transactionhistory: { env: envWith('0') } },
      },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -27.5 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled down replica set transactionhistory-%OLD% to 0 from 1', first: -25.3 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', first: -26.8, last: -25.6, count: 14 },
    ],
    logs: {
      'transactionhistory#0/transactionhistory': hist,
      'frontend#0/front': front,
      'balancereader#0/balancereader': bal,
    },
    grounding: `
      Upstream kubernetes-manifests/transactionhistory.yaml at d0af047 sets HISTORY_LIMIT "100"; TransactionHistoryController loads an
      account's history through a Guava cache whose loader queries the ledger with PageRequest.of(0, historyLimit), and Spring Data's
      PageRequest throws IllegalArgumentException "Page size must not be less than one" for 0. Nothing validates the value at start,
      so the service starts, passes /ready and only fails each lookup (500 "cache error"); the frontend logs "Couldn't retrieve
      transaction history" and still shows the balance from balancereader. Fault: the Deployment was edited (kubectl set env) to
      HISTORY_LIMIT=0 by someone meaning "no limit"; the old and new ReplicaSets differ only in that env value. The startup
      readiness failures (connection refused during the ~50 s JVM start) are normal for this service. Log message texts of the
      controller are paraphrased from the upstream source.
    `,
  }),
];
