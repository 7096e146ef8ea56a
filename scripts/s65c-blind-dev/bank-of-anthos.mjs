// Blind dev batch s65c: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// A ledgerwriter release pins the pods to a GKE node pool that does not exist yet, so its new pod never schedules; built by scripts/s65c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-07-08T09:58:00Z';
const T = clock(INCIDENT);
const SCHED = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

const writerLog = [];
for (let i = 0; i < 26; i++) {
  const min = -55 + i * 2.1;
  writerLog.push(jlog(T, min, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  if (i % 9 === 4) writerLog.push(jlog(T, min + 0.3, 'ERROR', 'addTransaction', 'Transaction submission failed: Insufficient balance'), jlog(T, min + 0.3, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'));
}

export const scenarios = [
  withDefaults({
    folder: 's65c-ledgerwriter-missing-node-pool',
    incidentTime: INCIDENT,
    description: "ledgerwriter deploy stuck in argo for ~30 min (the 'move java svcs to pool-2' PR), sync says progressing deadline exceeded. transfers still go through afaik",
    expected: { component: 'ledgerwriter', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['decoy', 'time-expression'],
    grounding: `
      ledger-writer.yaml (kubernetes-manifests at d0af047) sets no nodeSelector; the release adds
      nodeSelector cloud.google.com/gke-nodepool: pool-2 to the ledgerwriter pod template so the Java services move to a new pool,
      but the Terraform change creating pool-2 has not been applied: the cluster only has pool-1's three nodes. The new ReplicaSet's
      pod stays Pending with the scheduler's "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.
      preemption: ... Preemption is not helpful for scheduling." (FailedScheduling) and GKE's cluster autoscaler cannot help
      (NotTriggerScaleUp "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector"); after
      progressDeadlineSeconds 600 the Deployment's Progressing condition turns False with ProgressDeadlineExceeded. With one replica and
      maxUnavailable 25% (rounds down to 0) the old pod keeps serving, so transfers still work — the incident is the stuck release
      (a common GitOps ordering mistake: workload merged before its node pool).
      Snapshot: the old and new ReplicaSets' templates differ only by the nodeSelector; old pod Running and Ready and logging
      "addTransaction | Submitted transaction successfully"; new pod Pending, unscheduled.
      Decoys: contacts was restarted with \`kubectl rollout restart\` yesterday (identical template, healthy) and transactionhistory
      logged three readiness-probe timeouts 50 minutes ago during a GC pause and recovered.
      Deviations: pool-2 and the PR are invented; the startupProbe of upstream is not emitted by the kit.
    `,
    workloads: {
      ledgerwriter: {
        patch: { nodeSelector: { 'cloud.google.com/gke-nodepool': 'pool-2' } },
        rollout: { at: -31, oldPatch: { nodeSelector: undefined }, oldReplicas: 1 },
        pods: [{ unscheduled: SCHED }],
        progressing: (rsName) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-21), lastTransitionTime: T.iso(-21),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      contacts: { rollout: { at: -60 * 18 } },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -31, last: -31 },
      { on: 'pod:ledgerwriter#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: SCHED, count: 9, first: -30.5, last: -1.4 },
      { on: 'pod:ledgerwriter#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector", count: 31, first: -30.2, last: -0.6 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 3, first: -50.6, last: -50.2, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'ledgerwriter#old0/ledgerwriter': writerLog,
    },
  }),
];
