// Blind dev batch s109a, Bank of Anthos: one scenario (a balancereader release that answers balances in dollars instead
// of cents; ledgerwriter refuses transfers as insufficient balance and the frontend shows tiny balances; pods stay Ready).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I = '2026-07-02T13:26:00Z';
const T = clock(I);
const flog = (min, sev, fn, msg) => `{"timestamp": "${T.java(min).slice(0, 19)}", "message": "${fn} | ${msg}", "severity": "${sev}"}`;

export const scenarios = [
  withDefaults({
    folder: 's109a-balancereader-release-dollars',
    incidentTime: I,
    description: 'bank: ppl get "insufficient balance" on transfers and deposits show like $12 balance, since lunchtime. ledger team? ledger-db looks healthy',
    expected: { component: 'balancereader', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      balancereader: {
        containers: { balancereader: { image: image('balancereader', 'v0.6.11') } },
        rollout: { at: -48, oldContainers: { balancereader: { image: image('balancereader') } } },
      },
    },
    events: [
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 1', first: -48 },
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled down replica set balancereader-%OLD% to 0 from 1', first: -46.5 },
      { on: 'pod:ledger-db#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: 127.0.0.1:5432 - no response', first: -60 * 24 * 6, last: -60 * 24 * 6 },
    ],
    logs: {
      'balancereader#0/balancereader': [
        jlog(T, -47.2, 'INFO', 'pollTransactions', 'Initializing LedgerReader'),
        jlog(T, -47, 'INFO', 'startWithCallback', 'Starting LedgerReader background thread'),
        jlog(T, -46.8, 'INFO', 'processTransaction', 'Cache warmed with 3512 transactions'),
        jlog(T, -3, 'INFO', 'getBalance', 'Balance for account 1011226111 retrieved'),
        jlog(T, -1, 'INFO', 'getBalance', 'Balance for account 1033623433 retrieved'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -3.02, 'ERROR', 'addTransaction', 'Error submitting transaction: insufficient balance'),
        jlog(T, -2.1, 'INFO', 'addTransaction', 'Submitting transaction to ledger'),
        jlog(T, -2.09, 'INFO', 'addTransaction', 'Transaction submission successful'),
        jlog(T, -0.99, 'ERROR', 'addTransaction', 'Error submitting transaction: insufficient balance'),
      ],
      'frontend#0/front': [
        flog(-3.03, 'INFO', 'payment', 'Transfer attempted'),
        flog(-3.01, 'ERROR', 'payment', 'Error submitting payment: insufficient balance'),
        flog(-2.2, 'INFO', 'home', 'Displaying home.'),
        flog(-1.0, 'ERROR', 'payment', 'Error submitting payment: insufficient balance'),
      ],
      'transactionhistory#0/transactionhistory': [jlog(T, -2.2, 'INFO', 'getTransactions', 'Cache hit for account 1011226111')],
    },
    grounding: `Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 (kit system scripts/kit-systems/bank-of-anthos.mjs); balances are integers in cents in ledger-db, balancereader serves them at /balances/<account>, ledgerwriter checks a debit against BALANCES_API_ADDR before writing and refuses it when the amount exceeds the balance; the frontend shows the balance divided by 100.
      Fault: balancereader was rolled from v0.6.10 to a v0.6.11 build whose cache now stores the balance already divided by 100 (dollars), so every balance read is 100 times too small: ledgerwriter refuses most transfers with "insufficient balance", the frontend shows tiny balances and logs the payment errors. balancereader logs only successful reads and stays Ready; ledger-db is healthy. The ReplicaSets differ only by the image tag.
      Deviations: the v0.6.11 tag and the unit bug are invented (the image digest is reused from the kit); log message texts follow the upstream log4j2/Python "method | message" layouts but are paraphrased. Decoy: a ledger-db readiness warning six days old.`,
  }),
];
