// Batch s29a blind dev scenario for Sock Shop (session-2 system, scripts/s2-scenarios/sock-shop.mjs): kube-downscaler, through an
// annotation copied from the staging overlay, scales orders to 0 at 19:00 on a Friday; every checkout fails, nothing crashes.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
export const scenarios = [];

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

{
  const incidentTime = '2026-12-11T19:18:00Z';
  const T = clock(incidentTime);
  const refused = (n) => [
    `Error: connect ECONNREFUSED %SVCIP:orders%:80`,
    '    at Object.exports._errnoException (util.js:1018:11)',
    '    at exports._exceptionWithHostPort (util.js:1041:20)',
    '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1086:14)',
  ].slice(0, n);
  const fe = [];
  for (const m of [-16.5, -13.2, -11.8, -9.1, -6.6, -4.0, -1.2]) {
    fe.push(
      `Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830b2","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/57a98d98e4b00679b4a830b2/items"}`,
      ...refused(4),
    );
  }
  scenarios.push({
    folder: 's29a-orders-scaled-to-zero-downscaler',
    incidentTime,
    description: 'sockshop checkout broken since 19:00 - "place order" just errors, rest of the site is fine',
    expected: { component: 'orders', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['callers-only', 'time-expression', 'decoy'],
    grounding: `Sock Shop complete-demo.yaml (9dff06f): the front-end POSTs checkout to http://orders/orders (api/orders/index.js) and orders
      has one replica. The cluster runs kube-downscaler (hjacobs/kube-downscaler: annotation downscaler/uptime, it scales annotated
      Deployments to 0 outside uptime and records downscaler/original-replicas); an engineer copied the staging overlay's
      "downscaler/uptime: Mon-Fri 07:00-19:00 Europe/London" annotation into the prod orders manifest. At 19:00 on Friday the downscaler scaled
      orders to 0: the Deployment is "Available" with 0 replicas, the ReplicaSet has no pod, the orders Service has no endpoints, and
      kube-proxy rejects connections to its ClusterIP, so the front-end logs ECONNREFUSED on every order while browsing, carts and login work.
      No pod crashes and no Warning event is written. Decoys: a healthy carts rollout at 18:20 and an old queue-master restart.`,
    workloads: {
      orders: {
        replicas: 0, pods: [], endpointsChanged: -17.9,
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 07:00-19:00 Europe/London', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 9,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
          ],
        },
      },
      carts: { rollout: { at: -58, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.7' } } } },
      'queue-master': {
        pods: [{ containers: { 'queue-master': { state: { running: { startedAt: T.iso(-60 * 24 * 5) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%NEW% from 1 to 0', first: -17.9, last: -17.9 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% from 0 to 1', first: -58, last: -58 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% from 1 to 0', first: -56.8, last: -56.8 },
    ],
    logs: {
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.slice(0, 12),
      'carts#0/carts': [
        spring(T, -57.2, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 61.448 seconds (JVM running for 64.007)'),
        spring(T, -20, 'INFO', 'carts', 'nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
      ],
      'payment#0/payment': [
        kit(T, -60 * 24 * 2, 'caller=logging.go:40 method=Health result=2 took=7.46µs'),
        kit(T, -21, 'caller=logging.go:23 method=Authorise result=true took=4.211µs'),
      ],
    },
  });
}
