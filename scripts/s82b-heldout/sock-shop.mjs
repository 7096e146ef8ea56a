// Blind held-out batch s82b: one Sock Shop scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs, system part only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-04-17T11:04:00Z';
const T = clock(INCIDENT);
// morgan "dev" as front-end's server.js logs requests (colour codes stripped by the runtime's log driver are not kept).
const dev = (method, url, status, ms, bytes) => `${method} ${url} ${status} ${ms.toFixed(3)} ms - ${bytes}`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

const traffic = (n, seed) =>
  Array.from({ length: n }, (_, i) => {
    const k = (i * 7 + seed) % 9;
    return [
      dev('GET', '/catalogue?page=1&size=6&tags=', 200, 18 + k * 3.1, 1948),
      dev('GET', `/catalogue/${['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', 'a0a4f044-b040-410d-8ead-4de0446aec7e'][k % 3]}`, 200, 9 + k, 356),
      dev('GET', '/cart', 200, 22 + k * 2.4, 2),
      ...(k % 3 === 0 ? [dev('POST', '/cart', 201, 41 + k, 0)] : []),
      ...(k === 4 ? [dev('GET', '/login', 200, 63.2, 0), dev('POST', '/orders', 201, 611.4 + k * 10, 253)] : []),
      dev('GET', '/tags', 200, 7.7 + k * 0.4, 107),
    ];
  }).flat();

const start = (min) => [`App now running in production mode on port 8079`];

export const scenarios = [
  {
    folder: 's82b-shop-502s-frontend-restarts',
    incidentTime: INCIDENT,
    description: 'sock shop throwing 502s on and off for ~40 min, marketing push went out at 10:15. frontend pods restarting?? catalogue looks ok',
    expected: { component: 'front-end', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'front-end', cause: 'crash-loop' },
      { component: 'front-end', cause: 'resource-exhaustion' },
    ],
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f, as in the session-2
      Sock Shop system definition (front-end 0.3.12, 2 replicas, memory limit 1000Mi, readiness/liveness GET / on 8079).
      The fault follows the well-known Node.js-in-containers report: the front-end image runs Node.js 10, whose default
      old-space heap ceiling (about 1.4 GiB on 64-bit) is above the container's 1000Mi limit, so under the traffic of a
      marketing campaign the heap grows (in-memory request buffering and session churn) without V8 collecting hard enough,
      and the kernel's cgroup OOM killer ends the process: lastState terminated OOMKilled, exit code 137, no JavaScript
      "heap out of memory" stack, the log just stops. Both replicas restart in turn, one is in CrashLoopBackOff at the
      snapshot, the NodePort Service has one ready address left and the users' load balancer answers 502 while no
      front-end is ready. Decoy: orders restarted once two days ago (exit 143, a node replacement) and is healthy; a
      queue-master warning about a consumer that re-connected last week. Deviations: none in the manifests.
    `,
    workloads: {
      'front-end': {
        pods: [
          {
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 5,
                startedAt: T.iso(-3.4),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-10.9), finishedAt: T.iso(-3.6) },
              }),
            },
            readyTransition: T.iso(-2.8),
          },
          {
            containers: {
              'front-end': cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-8.2), finishedAt: T.iso(-1.3), backoff: '1m20s', container: 'front-end' }),
            },
            readyTransition: T.iso(-1.3),
          },
        ],
      },
      orders: {
        pods: [
          {
            containers: {
              orders: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 77),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 77.4) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -41, last: -3.45, count: 5, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Created', message: 'Created container front-end', first: -41, last: -3.44, count: 5, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -41, last: -3.4, count: 5, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', type: 'Warning', first: -40.8, last: -3.3, count: 9, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'BackOff', message: 'Back-off restarting failed container front-end in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', first: -25, last: -4.1, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -37, last: -8.25, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Created', message: 'Created container front-end', first: -37, last: -8.22, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -37, last: -8.2, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'BackOff', message: 'Back-off restarting failed container front-end in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', first: -22, last: -0.3, count: 14, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': [...start(-3.4), ...traffic(9, 1)],
      'front-end#0/front-end/previous': [...start(-10.9), ...traffic(40, 3)],
      'front-end#1/front-end': [...start(-8.2), ...traffic(52, 5)],
      'front-end#1/front-end/previous': [...start(-15.5), ...traffic(47, 2)],
      'catalogue#0/catalogue': Array.from({ length: 8 }, (_, i) => `ts=${T.isoMs(-30 + i * 3.7)} caller=logging.go:${[62, 80][i % 2]} method=${['List', 'Get'][i % 2]} ${i % 2 ? 'id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b' : 'tags= order=id pageNum=1 pageSize=6 result=6'} err=null took=${(1.2 + i * 0.31).toFixed(6)}ms`),
      'orders#0/orders': [
        spring(-22.1, 'INFO', 'orders', 'nio-80-exec-4', 'w.o.c.OrdersController', 'Creating order: NewOrderResource{customer=http://user/customers/57a98d98e4b00679b4a830af, address=http://user/addresses/57a98d98e4b00679b4a830ad, card=http://user/cards/57a98d98e4b00679b4a830ae, items=http://carts/carts/57a98d98e4b00679b4a830af/items}'),
        spring(-21.6, 'INFO', 'orders', 'nio-80-exec-4', 'w.o.c.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
      ],
      'queue-master#0/queue-master': [
        spring(-60 * 24 * 6, 'WARN', 'queue-master', 'ontainer#0-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-60 * 24 * 6 + 0.1, 'INFO', 'queue-master', 'ontainer#0-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer@5b1d2887: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
        spring(-60 * 24 * 6 + 0.12, 'INFO', 'queue-master', 'ontainer#0-2', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@2a7e1a1f [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 43918]'),
      ],
    },
  },
];
