// Blind held-out batch s114b: one Sock Shop scenario (split: test), on the session-2 system definition.
// Built by scripts/s114b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const IT = '2026-04-21T10:05:00Z';
const T = clock(IT);
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = '-Xms256m -Xmx128m -XX:+UseG1GC -XX:MaxGCPauseMillis=100 -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const carts = base.workloads.find((w) => w.name === 'carts').containers[0];
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const springO = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's114b-sockshop-carts-rollout-stuck',
    incidentTime: IT,
    description: 'carts deploy (the GC tuning change) never finished, pipeline timed out waiting for rollout status ~15 min ago. shop seems ok??',
    expected: { component: 'carts', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'carts', cause: 'bad-deploy-rollout' },
      { component: 'carts', cause: 'crash-loop' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression'],
    workloads: {
      carts: {
        rollout: { at: -25, oldReplicas: 1, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15), lastTransitionTime: T.iso(-15), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          containers: { carts: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.4), finishedAt: T.iso(-2.4), container: 'carts' }) },
        }],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -25, last: -25 },
      { on: 'pod:carts#0', reason: 'Pulled', message: `Container image "${carts.image}" already present on machine`, fieldPath: 'spec.containers{carts}', first: -24.5, last: -2.4, count: 10 },
      { on: 'pod:carts#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', fieldPath: 'spec.containers{carts}', first: -24, last: -0.3, count: 112 },
    ],
    logs: {
      'carts#0/carts/previous': [
        'Error occurred during initialization of VM',
        'Initial heap size set to a larger value than the maximum heap size',
      ],
      'carts#old0/carts': [
        spring(-14, 'INFO', 'http-nio-80-exec-3', 'w.d.s.c.CartsController', 'Received request to get cart 57a98d98e4b00679b4a830b2'),
        spring(-9, 'INFO', 'http-nio-80-exec-7', 'w.d.s.c.ItemsController', 'Adding item to cart: 57a98d98e4b00679b4a830b2 item: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
        spring(-3, 'INFO', 'http-nio-80-exec-1', 'w.d.s.c.CartsController', 'Received request to get cart 57a98d98e4b00679b4a830b2'),
      ],
      'orders#0/orders': [
        springO(-11, 'INFO', 'http-nio-80-exec-4', 'w.d.s.o.controllers.OrdersController', 'Order response: {"id":"6626e0b1c9e77c00062a1f3d","status":"Created"}'),
      ],
    },
    grounding: `
      Manifest: deploy/kubernetes/complete-demo.yaml (9dff06f): carts runs weaveworksdemos/carts:0.4.8 with JAVA_OPTS
      "-Xms64m -Xmx128m ..." and one replica under the default RollingUpdate strategy (maxSurge 25%, maxUnavailable 25%).
      Fault: a change to JAVA_OPTS set the initial heap above the maximum (-Xms256m with -Xmx128m); HotSpot refuses to start
      ("Initial heap size set to a larger value than the maximum heap size", exit 1), the new ReplicaSet's pod crash-loops,
      the Deployment reports ProgressDeadlineExceeded after 600 s, and the old pod keeps serving (maxUnavailable rounds to 0).
      The old and new ReplicaSets differ only in JAVA_OPTS.
      Deviation: the new JAVA_OPTS value is the scenario's; upstream's is kept on the old ReplicaSet.
    `,
  },
];
