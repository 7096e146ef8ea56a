// Blind dev batch s79c, Bank of Anthos: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// No fault: a customer's transfer refused for insufficient balance, next to the startup warnings of a benign rollout.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-06-09T10:05:00Z';
const T = clock(INC);
const ROLL = -41;

const lw = [];
for (let m = -59; m < -0.3; m += 1.1) {
  if (m > -27.5 && m < -26.4) {
    lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Transaction submission failed: Insufficient balance'));
    lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'));
  } else if (m > -19.5 && m < -18.4) {
    lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Transaction submission failed: Insufficient balance'));
    lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'));
  } else lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
}

const fe = [];
for (let m = -59; m < -0.3; m += 1.1) {
  if ((m > -27.5 && m < -26.4) || (m > -19.5 && m < -18.4)) {
    fe.push(plog(T, m - 0.01, 'INFO', 'payment', 'Submitting payment.'));
    fe.push(plog(T, m, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error:  for url: http://ledgerwriter:8080/transactions'));
  } else {
    fe.push(plog(T, m - 0.01, 'INFO', 'payment', 'Submitting payment.'));
    fe.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
  }
  if (Math.round(-m) % 3 === 0) fe.push(plog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
}

const br = [
  jlog(T, ROLL + 0.55, 'INFO', 'logStarting', 'Starting BalanceReaderApplication using Java 17.0.11 with PID 1 (/app/classpath started by ? in /app)'),
  jlog(T, ROLL + 0.56, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, ROLL + 1.2, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 72.913 seconds (process running for 75.208)'),
];
for (let m = ROLL + 1.5; m < -0.3; m += 1.7) br.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieving balance'));

export const scenarios = [
  withDefaults({
    folder: 's79c-transfer-refused-insufficient-balance',
    incidentTime: INC,
    description: 'customer testuser says a transfer of $4,500 fails with an error, twice in the last half hour. also seeing warning events on balancereader — ledger team can you check if ledger is ok?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    workloads: {
      balancereader: {
        containers: {
          balancereader: {
            env: system.workloads.find((w) => w.name === 'balancereader').containers[0].env.map((e) => (e.name === 'POLL_MS' ? { name: 'POLL_MS', value: '250' } : e)),
          },
        },
        rollout: {
          at: ROLL,
          oldContainers: { balancereader: { env: system.workloads.find((w) => w.name === 'balancereader').containers[0].env } },
        },
        pods: [{ readyTransition: T.iso(ROLL + 1.3) }],
      },
    },
    events: [
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 1', first: ROLL },
      { on: 'pod:balancereader#0', reason: 'Pulled', fieldPath: 'spec.containers{balancereader}', message: `Container image "${image('balancereader')}" already present on machine`, first: ROLL + 0.5 },
      { on: 'pod:balancereader#0', reason: 'Created', fieldPath: 'spec.containers{balancereader}', message: 'Created container balancereader', first: ROLL + 0.5 },
      { on: 'pod:balancereader#0', reason: 'Started', fieldPath: 'spec.containers{balancereader}', message: 'Started container balancereader', first: ROLL + 0.52 },
      { on: 'pod:balancereader#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{balancereader}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: ROLL + 1.02, last: ROLL + 1.18, count: 3 },
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled down replica set balancereader-%OLD% to 0 from 1', first: ROLL + 1.35 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
      'balancereader#0/balancereader': br,
    },
    grounding: `
      No fault. Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047): balancereader's
      readiness probe on /ready starts after 60s with a 5s period; its Spring Boot start under a 500m CPU limit takes over a
      minute. LedgerWriterController (src/ledger/ledgerwriter) checks the sender's balance through balancereader and, when it
      is lower than the amount, logs "Transaction submission failed: Insufficient balance" then "Failed to retrieve account
      balance: bad request" (both at ERROR) and answers 400; the frontend logs the requests error ("400 Client Error:  for
      url" - Tomcat sends no reason phrase) and shows the payment failure. What happened: the customer tried twice to send
      more than the account holds; every other transfer of the load generator succeeds, balances are served, every pod is
      Ready. The warning events are three readiness failures (connection refused) while the new balancereader pod started,
      from a benign rollout 41 minutes earlier that raised POLL_MS from 100 to 250 (the old and new ReplicaSet templates
      differ only in that env value); the rollout completed. Deviations from upstream: the POLL_MS change; balancereader's
      "Retrieving balance" info lines and Spring Boot startup wording are assumed.`,
  }),
];
