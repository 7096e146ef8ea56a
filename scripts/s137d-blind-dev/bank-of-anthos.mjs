// Batch s137d (blind dev): Bank of Anthos. System from scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };
const T = clock('2026-05-13T09:58:00Z');
export const scenarios = [
  withDefaults({
    folder: 's137d-cant-send-to-self-after-ledgerwriter-restart',
    incidentTime: '2026-05-13T09:58:00Z',
    description: "customer escalation: payments keep failing with \"can't send to self\" since about 9:40, ledgerwritter was restarted this morning, is the ledger broken?",
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
    grounding: `No fault. Upstream ledgerwriter (src/ledger/ledgerwriter, LedgerWriterController / Transaction validation) rejects a
      transaction whose fromAccountNum and toAccountNum (same routing number) are equal with "can't send to self" and answers 400;
      the frontend shows the message. The customer picked their own account (1011226111) as recipient: client-side input, designed behaviour.
      Other users' payments succeed in the same minutes (ledgerwriter and frontend logs). Decoy: a kubectl rollout restart of ledgerwriter
      35 minutes before (template annotation kubectl.kubernetes.io/restartedAt; old ReplicaSet scaled to 0), with one startup readiness
      probe failure Event that recovered. Deviation: the account numbers and times are invented.`,
    workloads: {
      ledgerwriter: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-35) } },
        rollout: { at: -35, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -35 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: -33.8 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -34.3, type: 'Warning', fieldPath: 'spec.containers{ledgerwriter}' },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -34.0, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 21.7 seconds (process running for 23.4)'),
        jlog(T, -30.2, 'INFO', 'addTransaction', 'Received transaction submission'),
        jlog(T, -30.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -17.9, 'INFO', 'addTransaction', 'Received transaction submission'),
        jlog(T, -17.9, 'ERROR', 'addTransaction', "Error submitting transaction: can't send to self"),
        jlog(T, -12.4, 'INFO', 'addTransaction', 'Received transaction submission'),
        jlog(T, -12.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -6.6, 'INFO', 'addTransaction', 'Received transaction submission'),
        jlog(T, -6.6, 'ERROR', 'addTransaction', "Error submitting transaction: can't send to self"),
        jlog(T, -3.1, 'INFO', 'addTransaction', 'Received transaction submission'),
        jlog(T, -3.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'frontend#0/front': [
        jlog(T, -17.9, 'INFO', 'payment', 'Sending payment request to ledgerwriter'),
        jlog(T, -17.9, 'ERROR', 'payment', "Error submitting payment: can't send to self"),
        jlog(T, -12.4, 'INFO', 'payment', 'Sending payment request to ledgerwriter'),
        jlog(T, -12.4, 'INFO', 'payment', 'Payment initiated successfully'),
        jlog(T, -6.6, 'INFO', 'payment', 'Sending payment request to ledgerwriter'),
        jlog(T, -6.6, 'ERROR', 'payment', "Error submitting payment: can't send to self"),
      ],
    },
  }),
];
