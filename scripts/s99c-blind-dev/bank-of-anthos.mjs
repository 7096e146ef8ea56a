// Blind dev batch s99c: Bank of Anthos scenario spec (balancereader POLL_MS written as five minutes).
// Uses scripts/kit-systems/bank-of-anthos.mjs (system, withDefaults, jlog); built by scripts/s99c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const I = '2026-05-06T13:40:00Z';
const T = clock(I);
const env = (poll) => base.workloads.find((w) => w.name === 'balancereader').containers[0].env.map((e) => (e.name === 'POLL_MS' ? { name: 'POLL_MS', value: poll } : e));
const br = [
  jlog(T, -214.8, 'INFO', 'main', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1'),
  jlog(T, -214.2, 'INFO', 'startProcessing', 'Initializing ledger reader.'),
  jlog(T, -213.9, 'INFO', 'main', 'Started BalanceReaderApplication in 31.4 seconds (process running for 33.0)'),
];
for (let m = -210; m < 0; m += 7.3) br.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieved balance for account.'));
const fr = [];
for (let m = -30; m < 0; m += 2.9) {
  fr.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  if (Math.round(m) % 3 === 0) fr.push(jlog(T, m + 0.4, 'INFO', 'payment', 'Payment initiated successfully.'));
}
const lw = [];
for (let m = -29; m < 0; m += 5.8) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully.'));
const th = [];
for (let m = -28; m < 0; m += 4.1) th.push(jlog(T, m, 'INFO', 'getTransactions', 'Retrieved transaction history for account.'));
export const scenarios = [
  withDefaults({
    folder: 's99c-balancereader-poll-five-minutes',
    incidentTime: I,
    description: 'ledger team: balances on the home page lag minutes behind after a transfer or deposit since this morning, the transaction list shows it straight away. nothing is down',
    expected: { component: 'balancereader', cause: 'config-error' },
    alsoAcceptable: [{ component: 'balancereader', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): balancereader sets POLL_MS=100 and CACHE_SIZE=1000000; its LedgerReader
      thread sleeps POLL_MS milliseconds between polls of ledger-db for new transactions and updates the balance cache from them;
      transactionhistory has its own POLL_MS=100. Fault: a change this morning (revision 4, 3.6 h before the incident, "cut ledger-db
      load") set balancereader's POLL_MS to 300000 meaning five minutes - correct units, wrong order of magnitude for a cache that
      must follow the ledger: balances are up to five minutes stale while history is current. Nothing errors: balancereader stays
      Ready, every caller gets 200s. Decoy: ledger-db-0 was OOMKilled and restarted four days ago. Deviations: log messages are
      paraphrased in the upstream JSON layout.`,
    workloads: {
      balancereader: {
        containers: { balancereader: { env: env('300000') } },
        rollout: { at: -216, oldContainers: { balancereader: { env: env('100') } } },
      },
      'ledger-db': { pods: [{ containers: { postgres: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }] },
    },
    events: [],
    logs: {
      'balancereader#0/balancereader': br,
      'frontend#0/front': fr,
      'ledgerwriter#0/ledgerwriter': lw,
      'transactionhistory#0/transactionhistory': th,
      'ledger-db#0/postgres': [`${T.java(-60 * 24 * 4 + 0.2).slice(0, 19)}.311 UTC [1] LOG:  database system is ready to accept connections`, `${T.java(-62).slice(0, 19)}.904 UTC [61] LOG:  checkpoint starting: time`, `${T.java(-61.5).slice(0, 19)}.118 UTC [61] LOG:  checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=41.2 s, sync=0.004 s, total=41.3 s`],
    },
  }),
];
