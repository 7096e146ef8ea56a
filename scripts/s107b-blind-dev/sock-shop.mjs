// Blind dev batch s107b: one Sock Shop scenario (a catalogue release built with cgo that cannot exec in its image, rollout
// stalled while the old pod still serves), built by scripts/s107b-build.mjs with the session-2 Sock Shop system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const incidentTime = '2026-05-14T11:05:00Z';
const T = clock(incidentTime);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
export const scenarios = [
  {
    folder: 's107b-catalogue-cgo-exec',
    incidentTime,
    description: 'catalouge deploy from the 10:40 pipeline never finishes, argo says degraded. shop still works afaik',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Fault: catalogue 0.3.6 was built with CGO_ENABLED=1 (the go-sql-driver build picked up the default after a builder image
      change) and shipped on the same minimal base image, which has no glibc loader; the kernel's ENOENT on the missing
      interpreter makes execve fail, which runc's init prints as "exec /app: no such file or directory" in the container log,
      exit code 1 (the well-known cgo binary on scratch/busybox symptom; same family of messages as "exec format error").
      The new pod crash-loops; with replicas 1,
      maxUnavailable 25% (rounds to 0) keeps the old pod serving, so the shop works and the Deployment reports
      ProgressDeadlineExceeded after progressDeadlineSeconds 600.
      Manifest facts (complete-demo.yaml 9dff06f): catalogue command ["/app"], args ["-port=80"], image weaveworksdemos/catalogue:0.3.5.
      Deviation: the 0.3.6 tag is an in-house build. Decoy: carts restarted days ago after an OOMKill.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -25, revision: 5, oldReplicas: 1, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.6' } },
        rsReplicas: 1,
        pods: [{ ready: false, containers: { catalogue: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.2), finishedAt: T.iso(-3.2), container: 'catalogue' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -25 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.6" already present on machine', first: -24, last: -3.3, count: 10 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -24, last: -3.3, count: 10 },
      { on: 'pod:catalogue#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container catalogue in pod %POD%_sock-shop(%PODUID%)', first: -23, last: -1, count: 104 },
    ],
    logs: {
      'catalogue#0/catalogue': ['exec /app: no such file or directory'],
      'catalogue#0/catalogue/previous': ['exec /app: no such file or directory'],
      'catalogue#old0/catalogue': [kit(-60 * 24 * 6, 'caller=main.go:83 Error="could not connect to zipkin"'), kit(-60 * 24 * 6, 'transport=HTTP port=80'), ...[-9, -6, -2].map((m) => kit(m, 'caller=logging.go:62 method=List tags= order= pageNum=1 pageSize=6 result=6 err=null took=2.1ms'))],
      'front-end#0/front-end': ['App now running in production mode on port 8079'],
    },
  },
];
