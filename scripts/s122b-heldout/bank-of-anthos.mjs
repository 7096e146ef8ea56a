// Blind held-out batch s122b: one Bank of Anthos scenario (split: test) on the kit system definition.
// Built by scripts/s122b-build.mjs with the scenario kit (scripts/s2-scenario-kit.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const IT = '2026-05-18T09:40:00Z';
const T = clock(IT);
const lw = base.workloads.find((w) => w.name === 'ledgerwriter').containers[0];
const oldEnv = lw.env.map((e) => (e.name === 'LOG_LEVEL' ? { ...e, value: 'debug' } : e));

export const scenarios = [
  withDefaults({
    folder: 's122b-ledgerwriter-rollout-alert-cleared',
    incidentTime: IT,
    description: 'got paged KubeDeploymentReplicasMismatch for ledger writer at 09:14, it resolved itself 09:20. anything actually broken? payments team',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    workloads: {
      ledgerwriter: {
        containers: { ledgerwriter: { env: lw.env } },
        rollout: { at: -27, oldContainers: { ledgerwriter: { env: oldEnv } } },
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -27 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Container image "${lw.image}" already present on machine`, first: -26.5, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: -26.4, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', first: -25.4, last: -24.9, count: 6, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: -24.6 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -26.3, 'INFO', 'StartupInfoLogger.logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.12 with PID 1'),
        jlog(T, -25.0, 'INFO', 'StartupInfoLogger.logStarted', 'Started LedgerWriterApplication in 78.412 seconds (process running for 80.3)'),
        jlog(T, -9.2, 'INFO', 'LedgerWriterController.addTransaction', 'Submitted transaction successfully'),
        jlog(T, -3.1, 'INFO', 'LedgerWriterController.addTransaction', 'Submitted transaction successfully'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -3.0, 'INFO', 'LedgerReader.pollTransactions', 'Processed 1 new transactions'),
      ],
    },
    grounding: `Bank of Anthos v0.6.10 manifests: ledgerwriter has a readiness probe on /ready (initialDelaySeconds 60) and a Spring
      Boot start of over a minute. A planned config-only release (revision 4, LOG_LEVEL debug -> info) rolled one replica:
      the new pod was not Ready for about two minutes, the alert on replicas mismatch fired and resolved once the old
      ReplicaSet was scaled down. Transactions keep being submitted; nothing is wrong now. Decoys: the readiness Unhealthy
      events during start-up and a balancereader OOMKilled restart four days old. The old and new pod templates differ only
      in LOG_LEVEL.`,
  }),
];
