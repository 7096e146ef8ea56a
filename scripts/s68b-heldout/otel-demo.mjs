// Held-out batch s68b (blind, split test): one OpenTelemetry demo (Astronomy Shop) scenario for the scenario kit.
// System from scripts/kit-systems/otel-demo.mjs; built by scripts/s68b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const incidentTime = '2026-03-27T11:05:00Z';
const T = clock(incidentTime);
const AT = -29;
const SPOT = { 'cloud.google.com/gke-spot': 'true' };
const SCHED = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

const pyTs = (m) => T.java(m).replace('.', ',');
const recLog = (m, trace, ids) =>
  `{"asctime": "${pyTs(m)}", "levelname": "INFO", "name": "recommendation", "filename": "recommendation_server.py", "lineno": 47, "otelTraceID": "${trace}", "otelSpanID": "${trace.slice(0, 16)}", "otelTraceSampled": true, "otelServiceName": "recommendation", "message": "Receive ListRecommendations for product ids:${ids}"}`;
const ID = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', 'HQTGWGPNH4'];
const hex = (i) => (`4bf92f3577b34da6a3ce929d0e0e${(4736 + i * 7919).toString(16)}`).padEnd(32, '0').slice(0, 32);
const recLines = Array.from({ length: 18 }, (_, i) => recLog(-52 + i * 2.8, hex(i), `['${ID[i % ID.length]}']`));

export const scenarios = [
  {
    folder: 's68b-recs-release-wont-land',
    incidentTime,
    description: 'discovery team here - our recommendation release has been stuck for 20+ min, argo shows it Degraded, new pod never starts. shop itself seems ok',
    expected: { component: 'recommendation', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'recommendation', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3; kit system scripts/kit-systems/otel-demo.mjs):
      recommendation is a one-replica Deployment, RollingUpdate maxSurge/maxUnavailable 25% (so the old pod stays until a new one is Ready).
      Fault: the release (revision 4) only added nodeSelector cloud.google.com/gke-spot=true to move the service to Spot VMs, but the
      cluster has no Spot node pool (every node is default-pool, on-demand). The new pod stays Pending with the scheduler's
      FailedScheduling "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector", the GKE cluster autoscaler reports
      NotTriggerScaleUp (no node group would match), and after progressDeadlineSeconds the Deployment's Progressing condition turns False
      with ProgressDeadlineExceeded (what Argo CD shows as Degraded). The old revision-3 pod keeps serving, so the storefront works and
      recommendation's logs look healthy. Public reports: GKE docs "Spot VMs" (nodeSelector cloud.google.com/gke-spot) and the many
      "didn't match Pod's node affinity/selector" stuck-rollout questions.
      Deviations: the kit writes the upstream tolerations only (a Spot release would usually also add a toleration; it changes nothing
      here); the old and new ReplicaSets differ exactly by the nodeSelector. Decoy: load-generator was OOMKilled three days ago.
    `,
    workloads: {
      recommendation: {
        rollout: { at: AT, oldReplicas: 1, oldPatch: { nodeSelector: undefined } },
        patch: { nodeSelector: SPOT },
        pods: [{ unscheduled: SCHED, created: T.iso(AT + 0.02) }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(AT + 10.02), lastTransitionTime: T.iso(AT + 10.02), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      'load-generator': {
        pods: [{
          containers: {
            'load-generator': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', first: AT },
      { on: 'pod:recommendation#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: SCHED, count: 7, first: AT + 0.02, last: -2.4 },
      { on: 'pod:recommendation#0', source: 'cluster-autoscaler', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector", count: 28, first: AT + 0.2, last: -0.6 },
    ],
    logs: {
      'recommendation#old0/recommendation': recLines,
    },
  },
];
