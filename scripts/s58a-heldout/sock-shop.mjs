// Held-out batch s58a (blind): one Sock Shop scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s58a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-05-08T19:12:00Z');
const N = system.nodes.map((n) => n.name);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
// front-end (Node/Express, morgan "dev"): "GET /path 200 123.456 ms - 1234".
const fe = (path, status, ms, bytes) => `GET ${path} ${status} ${ms.toFixed(3)} ms - ${bytes}`;
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const feRes = { requests: { cpu: '600m', memory: '300Mi' }, limits: { cpu: '1', memory: '1000Mi' } };

const slowFe = (n) => Array.from({ length: n }, (_, i) => {
  const paths = ['/', '/catalogue?size=5', '/category.html', '/catalogue?page=1&size=6&tags=', '/cart', '/detail.html?id=a0a4f044-b040-410d-8ead-4de0446aec7e', '/catalogue/size?tags=', '/login'];
  const p = paths[i % paths.length];
  const ms = 2400 + ((i * 7919) % 9100);
  return fe(p, i % 11 === 10 ? 500 : i % 13 === 12 ? 304 : 200, ms, p.startsWith('/catalogue') ? 1891 : 8688);
});

export const scenarios = [
  {
    folder: 's58a-sock-shop-crawling-after-promo-hpa-stuck',
    description: 'sock shop crawling since the promo email went out ~18:55, pages take 10s+. hpa should have scaled it?? ',
    incidentTime: '2026-05-08T19:12:00Z',
    expected: { component: 'front-end', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression'],
    grounding: `
      Follows the common "HPA scaled out but the new pods stay Pending" shape (Kubernetes HPA walkthrough; scheduler
      FailedScheduling "Insufficient cpu"; cluster-autoscaler NotTriggerScaleUp "max node group size reached" as its FAQ
      describes). A marketing email at 18:55 tripled traffic; the front-end HorizontalPodAutoscaler (deviation: Sock Shop
      ships no HPA; this one is min 2, max 8, 70% CPU) raised front-end from 2 to 6 at 18:58, but the node group was already
      at its maximum of 3 nodes and the nodes' CPU requests (shared with other namespaces' workloads, not in the snapshot)
      leave no room for four more 600m requests, so 4 pods stay Pending/Unschedulable while the 2 running front-end pods,
      CPU-bound at their 1-core limit, serve every request slowly (readiness probe timeouts, 1s timeout as upstream, but the
      pods stay Ready most of the time). Behind them catalogue, carts, user and orders answer quickly. The fault is that the
      scale-out cannot be scheduled; a careful engineer also accepts front-end resource exhaustion. Deviations from upstream
      (complete-demo.yaml at 9dff06f): front-end requests 600m/300Mi, limits 1 CPU/1000Mi (upstream 100m/300Mi, 300m/1000Mi);
      the HPA; a cluster-autoscaler whose events the snapshot keeps.
    `,
    workloads: {
      'front-end': {
        replicas: 6,
        containers: { 'front-end': { resources: feRes } },
        unavailableSince: -14,
        pods: [
          { node: N[0] },
          { node: N[1] },
          { unscheduled: UNSCHED, created: T.iso(-14) },
          { unscheduled: UNSCHED, created: T.iso(-14) },
          { unscheduled: UNSCHED, created: T.iso(-14) },
          { unscheduled: UNSCHED, created: T.iso(-14) },
        ],
      },
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    hpas: [
      {
        name: 'front-end',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' },
          minReplicas: 2,
          maxReplicas: 8,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T.iso(-14),
          currentReplicas: 6,
          desiredReplicas: 6,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 166, averageValue: '998m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -14 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 6 from 2', first: -14 },
      { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -14, count: 4 },
      ...[2, 3, 4, 5].flatMap((i) => [
        { on: `pod:front-end#${i}`, reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -14, last: -1.2, count: 9 + i },
        { on: `pod:front-end#${i}`, reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -13.8, last: -0.9, count: 14 },
      ]),
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.5, last: -0.8, count: 23, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -11.9, last: -2.1, count: 17, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        fe('/catalogue?size=5', 200, 12.611, 1891),
        fe('/', 304, 3.102, '-'),
        ...slowFe(24),
        'Error with log in: Error: ESOCKETTIMEDOUT',
        ...slowFe(6),
      ],
      'front-end#1/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        fe('/category.html', 200, 9.877, 8688),
        ...slowFe(20),
        'Error: ESOCKETTIMEDOUT\n    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)\n    at Object.onceWrapper (events.js:313:30)\n    at emitNone (events.js:106:13)\n    at ClientRequest.emit (events.js:208:7)\n    at Socket.emitRequestTimeout (_http_client.js:708:40)',
        ...slowFe(5),
      ],
      'catalogue#0/catalogue': [-9, -7, -5, -3, -1.5].map((m, i) => kit(m, `caller=logging.go:34 method=List tags= order=id pageNum=${i % 3 + 1} pageSize=6 result=6 err=null took=${(1.2 + i * 0.31).toFixed(6)}ms`)),
      'carts#0/carts': [
        spring(-8.2, 'INFO', 'carts', 'nio-80-exec-4', 'w.d.s.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
        spring(-4.1, 'INFO', 'carts', 'nio-80-exec-9', 'w.d.s.c.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'510a0d7e-8e83-4193-b483-e27e09ddc34d\', quantity=1, unitPrice=15.0}'),
      ],
      'user#0/user': [-6, -2].map((m) => kit(m, 'method=Login result=true took=2.104917ms')),
    },
  },
];
