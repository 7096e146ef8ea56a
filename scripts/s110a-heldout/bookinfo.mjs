// Blind held-out batch s110a: one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/bookinfo.mjs; built by scripts/s110a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-07-08T16:05:00Z');
const execProbe = (initialDelaySeconds) => ({ exec: { command: ['curl', '-fsS', 'http://localhost:9080/health'] }, initialDelaySeconds, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
const errored = (kind) => `${kind} probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "4b1f9e0c27a3d86e51c4f7b2a9d03e6c18f5b72d94a0c3e6f1b8d27a5c4e09f3": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown`;
const wb = (min, level, msg) => `[${T.java(min).slice(0, 19)}] ${level.padEnd(5)} ${msg}`;
const access = (min, path, ip = '%IPOF:productpage-v1#0%') => {
  const d = new Date(Date.parse(T.iso(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4');
  return [`${ip} - - [${d} UTC] "GET ${path} HTTP/1.1" 200 178`, `- -> ${path}`];
};
const start = (min) => [wb(min, 'INFO', 'WEBrick 1.8.1'), wb(min, 'INFO', 'ruby 3.3.4 (2024-07-09) [x86_64-linux]'), wb(min + 0.01, 'INFO', 'WEBrick::HTTPServer#start: pid=1 port=9080')];

export const scenarios = [
  bookinfoScenario({
    folder: 's110a-bookinfo-details-rollout-degraded',
    incidentTime: '2026-07-08T16:05:00Z',
    description: 'argo shows detials degraded since the 15:40 sync, bookinfo pages still load fine',
    expected: { component: 'details', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'details', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'time-expression'],
    workloads: {
      'details-v1': {
        rollout: { at: -25, oldReplicas: 1, oldContainers: { details: { livenessProbe: undefined, readinessProbe: undefined } } },
        containers: { details: { livenessProbe: execProbe(10), readinessProbe: execProbe(5) } },
        pods: [{ containers: { details: cs.crashLoop({ restarts: 6, exitCode: 143, reason: 'Error', startedAt: T.iso(-4.9), finishedAt: T.iso(-4.2), backoff: '2m40s', container: 'details' }) } }],
        unavailableSince: -25,
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14.5), lastTransitionTime: T.iso(-14.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -25 },
      { on: 'pod:details-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -24.9, source: 'default-scheduler' },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', first: -24.6, last: -4.9, count: 7, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Unhealthy', type: 'Warning', message: errored('Readiness'), first: -24.5, last: -4.3, count: 58, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Unhealthy', type: 'Warning', message: errored('Liveness'), first: -24.4, last: -4.3, count: 21, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Killing', message: 'Container details failed liveness probe, will be restarted', first: -23.9, last: -4.3, count: 6, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container details in pod %POD%_bookinfo(%PODUID%)', first: -20.1, last: -0.5, count: 37, fieldPath: 'spec.containers{details}' },
    ],
    logs: {
      'details-v1#0/details/previous': start(-4.9),
      'details-v1#old0/details': [
        ...access(-12.4, '/details/0'), ...access(-8.1, '/details/0'), ...access(-3.7, '/details/0'), ...access(-0.6, '/details/0'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(-12.4).slice(0, 19).replace(/(\d+)-(\d+)-(\d+) /, '$3/$2/$1 ')}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(-3.7).slice(0, 19).replace(/(\d+)-(\d+)-(\d+) /, '$3/$2/$1 ')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
    grounding: `
      Istio Bookinfo (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, details-v1 1.20.1, sidecar-injected).
      A GitOps sync added liveness and readiness probes to details-v1 as exec probes running curl; the details image is
      a slim Ruby image without curl, so containerd cannot start the exec and the kubelet reports "Readiness/Liveness
      probe errored: ... exec: "curl": executable file not found in $PATH" (kubelet and runc texts as public issues
      quote them). Errored liveness probes count as failures: the container (WEBrick) is killed and restarted (exit
      143) and never becomes Ready; the rollout hits its 600 s progress deadline. The old ReplicaSet's pod keeps serving
      /details, so productpage is fine. Deviations from upstream: the two exec probes (the old ReplicaSet's template has
      none; otherwise identical).
    `,
  }),
];
