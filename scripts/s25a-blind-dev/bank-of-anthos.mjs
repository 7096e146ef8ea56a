// s25a blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs): an in-house ledgerwriter
// hotfix builds the balancereader URL with "balancereader:8080" as the host name, so every payment and deposit fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const I1 = '2026-02-26T11:47:00Z';
const T = clock(I1);
const ROLL = -19;
const NEW_IMG = 'us-central1-docker.pkg.dev/boa-prod/bank/ledgerwriter:v0.6.11-hotfix1@sha256:4be81f0c2d7a95e3c6b1f8a0d24e7c9b53a1f6d08e2c4b7a9d1e3f5c7b9a0d2e';
const accts = ['1011226111', '1033623433', '1055757655', '1077441377', '1099828299'];
const lw = [
  jlog(T, ROLL + 1.4, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, ROLL + 1.9, 'INFO', 'start', 'HikariPool-1 - Starting...'),
  jlog(T, ROLL + 1.95, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
  jlog(T, ROLL + 2.3, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 41.807 seconds (process running for 44.215)'),
];
const fe = [];
const br = [];
for (let m = -40, i = 0; m < -0.2; m += 0.83, i++) {
  const a = accts[i % accts.length];
  const deposit = i % 4 === 3;
  br.push(jlog(T, m - 0.002, 'INFO', 'getBalance', `Balance for account ${a} retrieved from cache.`));
  if (m < ROLL + 2.3) {
    if (m < ROLL) {
      fe.push(plog(T, m, 'INFO', deposit ? 'deposit' : 'payment', deposit ? 'Deposit submitted successfully.' : 'Payment submitted successfully.'));
    }
    continue;
  }
  lw.push(`{"timestamp": "${T.java(m).slice(0, 19)}", "message": "addTransaction | Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${a}": balancereader:8080", "severity": "ERROR"}`);
  fe.push(plog(T, m + 0.01, 'ERROR', deposit ? 'deposit' : 'payment', `Error submitting ${deposit ? 'deposit' : 'payment'}: 500 Server Error:  for url: http://ledgerwriter:8080/transactions`));
}

export const scenarios = [
  withDefaults({
    folder: 's25a-ledgerwriter-hotfix-host-port',
    incidentTime: I1,
    description: 'bank: nobody can send payments or make deposits since ~11:30, "Transaction failed". balances and history look fine',
    expected: { component: 'ledgerwriter', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      kit system scripts/kit-systems/bank-of-anthos.mjs (bank-of-anthos v0.6.10 manifests): ledgerwriter checks the sender's
      balance at http://BALANCES_API_ADDR/balances/<account> (service-api-config: balancereader:8080) before inserting, and
      logs upstream's "Failed to retrieve account balance" when that call fails; the frontend logs "Error submitting
      payment: ..." with the requests HTTPError. At 11:28 the ledger team rolled an in-house v0.6.11-hotfix1 build from their
      own Artifact Registry whose refactored client builds the URL with UriComponentsBuilder.host(BALANCES_API_ADDR), i.e. a
      host name "balancereader:8080", so Spring's RestTemplate throws "I/O error on GET request ...: balancereader:8080"
      (java.net.UnknownHostException) on every transaction. The pod is Running and Ready (its /ready endpoint does not call
      balancereader); balancereader keeps answering the frontend's balance calls and never sees a request from ledgerwriter.
      Decoy: balancereader, which the error text names, was OOMKilled two days ago and restarted cleanly.
    `,
    workloads: {
      ledgerwriter: {
        rollout: { at: ROLL, revision: 9, oldReplicas: 0, oldContainers: { ledgerwriter: { image: image('ledgerwriter') } } },
        containers: { ledgerwriter: { image: NEW_IMG } },
        deployAnnotations: { 'kubernetes.io/change-cause': 'ledgerwriter v0.6.11-hotfix1 (LEDGER-412 balance client refactor)' },
      },
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 1), finishedAt: T.iso(-60 * 24 * 2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: ROLL },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: ROLL + 2.4 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.214s (3.214s including waiting). Image size: 178312944 bytes.`, first: ROLL + 0.3 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: ROLL + 0.4 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', first: ROLL + 1.2, last: ROLL + 2, count: 4 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
      'balancereader#0/balancereader': br,
    },
  }),
];
