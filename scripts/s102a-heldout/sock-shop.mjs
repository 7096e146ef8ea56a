// Blind held-out batch s102a: one Sock Shop scenario (split: test), on the session-2 Sock Shop system definition.
// Built by scripts/s102a-build.mjs with the scenario kit; grounding in the scenario itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-05-12T14:31:00Z');
const gokit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's102a-catalogue-release-stuck',
    incidentTime: '2026-05-12T14:31:00Z',
    description: 'catalouge deploy in the pipeline has been hanging ~15 min, argo says progressing then timed out. shop itself seems fine?',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'typo', 'time-expression'],
    grounding: `
      Manifest: complete-demo.yaml at 9dff06f runs catalogue as weaveworksdemos/catalogue:0.3.5 with command /app, args -port=80,
      one replica, RollingUpdate 25%/25% (so with one replica the old pod keeps serving until the new one is Ready).
      Fault: a rebuilt catalogue image (tag 0.3.6, the only template change) whose Go binary was linked with cgo against glibc but
      shipped on a musl/scratch base, so the kernel cannot find the ELF interpreter and the runtime prints
      "exec /app: no such file or directory" (the classic CGO_ENABLED=1 on alpine report, golang/go and docker-library issues);
      the container exits 1 on every start and backs off; the Deployment reports ProgressDeadlineExceeded after 600 s.
      The old ReplicaSet's pod keeps serving, so the shop works: the incident is the stuck release.
      Deviation from upstream: tag 0.3.6 does not exist upstream (a team rebuild).
    `,
    workloads: {
      catalogue: {
        rollout: { at: -16, revision: 4, oldReplicas: 1, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.6' } },
        pods: [{
          containers: { catalogue: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.6), container: 'catalogue' }) },
          readyTransition: T.iso(-15.5),
        }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-5.9), lastTransitionTime: T.iso(-5.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -16 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-%RS%', source: 'replicaset-controller', first: -16 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -15.9 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/catalogue:0.3.6"', fieldPath: 'spec.containers{catalogue}', first: -15.8 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.6" in 3.412s (3.412s including waiting). Image size: 9318826 bytes.', fieldPath: 'spec.containers{catalogue}', first: -15.7 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.6" already present on machine', fieldPath: 'spec.containers{catalogue}', first: -15.4, last: -2.7, count: 7 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: -15.7, last: -2.7, count: 8 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -15.7, last: -2.7, count: 8 },
      { on: 'pod:catalogue#0', reason: 'BackOff', message: 'Back-off restarting failed container catalogue in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{catalogue}', first: -15.5, last: -0.4, count: 66 },
    ],
    logs: {
      'catalogue#0/catalogue': ['exec /app: no such file or directory'],
      'catalogue#0/catalogue/previous': ['exec /app: no such file or directory'],
      'catalogue#old0/catalogue': [
        gokit(-60 * 24 * 6 + 0.5, 'caller=main.go:83 msg="catalogue service starting" port=80'),
        gokit(-9.2, 'method=List tags= order=price pageNum=1 pageSize=6 result=6 err=null took=2.893411ms'),
        gokit(-6.4, 'method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.204187ms'),
        gokit(-3.1, 'method=Count tags= result=9 err=null took=1.611038ms'),
        gokit(-1.2, 'method=List tags=brown order=price pageNum=1 pageSize=6 result=2 err=null took=2.40551ms'),
      ],
      'carts#0/carts': [
        spring(-12.4, 'INFO', 'carts', 'http-nio-80-exec-3', 'w.w.carts.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
        spring(-4.8, 'INFO', 'carts', 'http-nio-80-exec-7', 'w.w.carts.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'d3588630-ad8e-49df-bbd7-3167f7efb246\', quantity=1, unitPrice=10.99}'),
      ],
    },
  },
];
