// Blind dev batch s103a, Bank of Anthos: one scenario (ledgerwriter release whose transfer limit is read in dollars, not cents).
// System from scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s103a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const T = clock('2025-07-22T16:05:00Z');
const lw = system.workloads.find((w) => w.name === 'ledgerwriter').containers[0];
const newEnv = lw.env.map((e) => (e.name === 'VERSION' ? { name: 'VERSION', value: 'v0.6.11' } : e));
const sb = (min, level, logger, msg) => `${T.java(min)} ${level.padEnd(5)} [${logger}] - ${msg}`;
const py = (min, level, logger, msg) => `${T.isoMs(min).replace('T', ' ').replace('Z', '').replace('.', ',')} | ${level} | ${logger} | ${msg}`;

export const scenarios = [
  {
    folder: 's103a-ledgerwriter-limit-in-dollars',
    incidentTime: T.iso(0),
    description: 'bank: payments over $10 get "Transaction submission failed" since this afternoon. small ones go through. balances look right',
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents'],
    expected: { component: 'ledgerwriter', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'config-error' }],
    workloads: {
      ledgerwriter: {
        containers: { ledgerwriter: { image: image('ledgerwriter', 'v0.6.11').replace(/@sha256:.*/, '@sha256:3c91e0b7a25d4f68c1e9b0a7d3f5e2c8b6a4d0f1e9c7b5a3d1f0e8c6b4a2d0e9'), env: newEnv } },
        rollout: { at: -95, revision: 7, oldContainers: { ledgerwriter: { image: lw.image, env: lw.env } } },
      },
      'accounts-db': { pods: [{ name: 'accounts-db-0' }] },
      'ledger-db': { pods: [{ name: 'ledger-db-0' }] },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -95 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: -93.6 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -94.2, last: -94, count: 3 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        sb(-94.3, 'INFO', 'LedgerWriterApplication', 'Started LedgerWriterApplication in 21.873 seconds (JVM running for 24.101)'),
        sb(-70.2, 'INFO', 'LedgerWriterController', 'Submitted transaction successfully'),
        sb(-52.8, 'ERROR', 'LedgerWriterController', 'The transaction submission failed: java.lang.IllegalArgumentException: Invalid transaction: Amount exceeds the single transfer limit'),
        sb(-31.0, 'INFO', 'LedgerWriterController', 'Submitted transaction successfully'),
        sb(-12.6, 'ERROR', 'LedgerWriterController', 'The transaction submission failed: java.lang.IllegalArgumentException: Invalid transaction: Amount exceeds the single transfer limit'),
        sb(-2.4, 'ERROR', 'LedgerWriterController', 'The transaction submission failed: java.lang.IllegalArgumentException: Invalid transaction: Amount exceeds the single transfer limit'),
      ],
      'frontend#0/front': [
        py(-52.8, 'ERROR', 'frontend', 'Error submitting payment: 400 Client Error: Bad Request for url: http://ledgerwriter:8080/transactions'),
        py(-31.0, 'INFO', 'frontend', 'Payment initiated successfully.'),
        py(-12.6, 'ERROR', 'frontend', 'Error submitting payment: 400 Client Error: Bad Request for url: http://ledgerwriter:8080/transactions'),
        py(-2.4, 'ERROR', 'frontend', 'Error submitting payment: 400 Client Error: Bad Request for url: http://ledgerwriter:8080/transactions'),
      ],
      'balancereader#0/balancereader': [
        sb(-31.0, 'INFO', 'LedgerReader', 'Processed 1 new transactions'),
      ],
    },
    grounding: `
      Bank of Anthos ledgerwriter (Spring Boot) validates each transaction in LedgerWriterController/TransactionValidator
      and answers 400 with the validation message; the frontend (Flask) logs the requests HTTPError and shows
      "Transaction submission failed". Amounts are integer cents. Deviation from upstream: v0.6.11 is an internal
      release that added a single-transfer limit written as 1000 and compared against cents, so any payment above
      $10 is rejected while the pod is Ready and small payments succeed; the ReplicaSets differ only in image tag and
      VERSION. Decoy: the readiness failures while the new JVM started, which stopped once it listened.
    `,
  },
];
