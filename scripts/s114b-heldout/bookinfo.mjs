// Blind held-out batch s114b: one Bookinfo scenario (split: test), on the kit system definition (sidecar-injected).
// Built by scripts/s114b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;
const IT = '2026-03-26T16:45:00Z';
const T = clock(IT);
const rv2 = base.workloads.find((w) => w.name === 'reviews-v2');
const main = rv2.containers.find((c) => c.name === 'reviews');
const hardenedSec = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };
const newVolumes = rv2.volumes.filter((v) => v.name !== 'wlp-output');
const newMounts = main.volumeMounts.filter((m) => m.name !== 'wlp-output');
const envoy = (min, line) => `${T.isoMs(min)}\t${line}`;
const pp = (min, msg) => `INFO:root:${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's114b-bookinfo-reviews-hardening',
    incidentTime: IT,
    description: 'reveiws-v2 stuck after the pod hardening PR merged (~16:20), new pod keeps restarting. product page still renders',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'reviews', cause: 'crash-loop' },
      { component: 'reviews', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'partial-name', 'time-expression'],
    workloads: {
      'reviews-v2': {
        patch: { volumes: newVolumes },
        containers: { reviews: { securityContext: hardenedSec, volumeMounts: newMounts } },
        rollout: { at: -25, oldReplicas: 1, oldPatch: { volumes: rv2.volumes }, oldContainers: { reviews: { securityContext: undefined, volumeMounts: main.volumeMounts } } },
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15), lastTransitionTime: T.iso(-15), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          containers: {
            reviews: cs.crashLoop({ restarts: 8, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-3.0), container: 'reviews' }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -25, last: -25 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: `Container image "${main.image}" already present on machine`, fieldPath: 'spec.containers{reviews}', first: -24.5, last: -3.1, count: 9 },
      { on: 'pod:reviews-v2#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container reviews in pod %POD%_bookinfo(%PODUID%)', fieldPath: 'spec.containers{reviews}', first: -23, last: -0.5, count: 97 },
    ],
    logs: {
      'reviews-v2#0/reviews/previous': [
        'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 11.0.23+9 (en_US)',
        'CWWKE0044E: There is no write permission for server directory /opt/ibm/wlp/output/defaultServer',
        'CWWKE0029E: An internal error occurred while launching the server: java.io.IOException: Read-only file system',
      ],
      'reviews-v2#old0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 11.482 seconds.',
      ],
      'productpage-v1#0/productpage': [
        pp(-4, 'start at 0.0.0.0:9080'),
        '::ffff:127.0.0.6 - - [26/Mar/2026 16:41:12] "GET /productpage HTTP/1.1" 200 -',
        '::ffff:127.0.0.6 - - [26/Mar/2026 16:43:57] "GET /productpage HTTP/1.1" 200 -',
      ],
      'reviews-v2#0/istio-proxy': [
        envoy(-24.3, 'info\tFLAG: --concurrency="0"'),
        envoy(-24.2, 'info\tVersion 1.23.2-6d2b4e7b2d4e0c3f8a1b5c9d0e7f6a2b3c4d5e6f-Clean'),
        envoy(-24.0, 'info\tReadiness succeeded in 1.021401s'),
        envoy(-23.9, 'info\tEnvoy proxy is ready'),
      ],
    },
    grounding: `
      Manifest: samples/bookinfo/platform/kube/bookinfo.yaml (Istio 1.20.1 images): reviews-v2 runs Open Liberty with an
      emptyDir "wlp-output" mounted at /opt/ibm/wlp/output (and "tmp" at /tmp) because the server writes its workarea,
      logs and state there.
      Fault: a hardening change set readOnlyRootFilesystem on the reviews container and dropped the wlp-output emptyDir as
      "unused"; Liberty cannot write its server output directory and exits at launch (CWWKE0044E), the new pod crash-loops
      while its istio-proxy stays up, the rollout hits ProgressDeadlineExceeded and the old v2 pod keeps serving.
      The old and new ReplicaSets differ only in the container securityContext, the wlp-output volume and its mount.
      Deviation: the hardening change is the scenario's; the Liberty console lines are abbreviated.
    `,
  }),
];
