// Batch s55a (blind dev): one Sock Shop scenario for the kit — a no-fault latency page raised by the weekly load test,
// absorbed by an HPA on front-end (scaled 2→4→2); system part taken from scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-05-12T13:38:00Z');
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// morgan('dev') as front-end's server.js prints it: colours always on, so kubectl logs keep the escapes.
const COLOR = (s) => (s >= 500 ? 31 : s >= 400 ? 33 : s >= 300 ? 36 : 32);
const morgan = (method, url, status, ms, len) =>
  `\x1b[0m${method} ${url} \x1b[${COLOR(status)}m${status}\x1b[0m ${ms.toFixed(3)} ms - ${len}\x1b[0m`;

// Requests of the load-test locustfile (weaveworksdemos/load-test): index, catalogue, login, cart, basket, order.
function feLog(seed, slow) {
  const out = [];
  const ids = ['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', 'a0a4f044-b040-410d-8ead-4de0446aec7e', '808a2de1-1aaa-4c25-a9b9-6612e8f29a38', 'zzz4f044-b040-410d-8ead-4de0446aec7e'];
  const custs = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'];
  for (let i = 0; i < 14; i++) {
    const k = (i + seed) % 7;
    const f = slow ? 8 + ((i * 7 + seed) % 11) : 1;
    const cust = custs[(i + seed) % custs.length];
    if (k === 0) out.push(morgan('GET', '/', 200, 3.1 * f, 8688));
    if (k === 1) out.push(morgan('GET', '/catalogue?size=5', 200, 14.2 * f, 1421), morgan('GET', '/category.html', 200, 2.4 * f, 17031));
    if (k === 2) out.push(`Customer ID: ${cust}`, morgan('GET', '/login', 200, 48.7 * f, '-'));
    if (k === 3) out.push(morgan('GET', `/detail.html?id=${ids[i % 4]}`, 200, 2.2 * f, 12401), morgan('GET', `/catalogue/${ids[i % 4]}`, 200, 9.8 * f, 301));
    if (k === 4) out.push('Request received: /cart, undefined', `Customer ID: ${cust}`, morgan('DELETE', '/cart', 202, 21.5 * f, '-'), morgan('POST', '/cart', 201, 36.9 * f, '-'));
    if (k === 5) out.push(morgan('GET', '/basket.html', 200, 2.9 * f, 10183), morgan('GET', '/card', 200, 18.3 * f, 168), morgan('GET', '/address', 200, 17.6 * f, 183));
    if (k === 6) out.push(`Customer ID: ${cust}`, morgan('POST', '/orders', 201, 311.4 * f, 512));
  }
  // a stale bookmark and a bot, every day
  out.push(morgan('GET', '/wp-login.php', 404, 1.9, 148), morgan('GET', `/catalogue/${ids[4]}`, 404, 6.1, 42));
  return out;
}

export const scenarios = [
  {
    folder: 's55a-frontend-latency-page-during-weekly-loadtest',
    incidentTime: '2026-05-12T13:38:00Z',
    description: 'paged "sock-shop front-end p95 latency > 2s" at 13:04, auto-resolved around 13:20. anything actually wrong with the storefront?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'front-end': {
        pods: [{}, {}],
      },
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 37),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 37.4) },
            }),
          },
        }],
      },
    },
    hpas: [{
      name: 'front-end',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' },
        minReplicas: 2, maxReplicas: 6,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
      status: {
        lastScaleTime: T.iso(-9.2),
        currentReplicas: 2, desiredReplicas: 2,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '31m', averageUtilization: 31 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-36), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -36.4 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 4 from 2', first: -36.4 },
      { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -36.4 },
      { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -36.4 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -37.1, last: -31.8, count: 6 },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -36.8, last: -33.0, count: 4 },
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 2; reason: All metrics below target', first: -9.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%NEW% to 2 from 4', first: -9.2 },
      { on: 'rs:front-end', reason: 'SuccessfulDelete', message: 'Deleted pod: front-end-%RS%', first: -9.2 },
      { on: 'rs:front-end', reason: 'SuccessfulDelete', message: 'Deleted pod: front-end-%RS%', first: -9.2 },
    ],
    logs: {
      'front-end#0/front-end': [...feLog(0, true), ...feLog(3, false)],
      'front-end#1/front-end': [...feLog(5, true), ...feLog(1, false)],
      'catalogue#0/catalogue': [
        kit(-41.2, 'caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=1.912334ms'),
        kit(-36.9, 'caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=48.224011ms'),
        kit(-36.7, 'caller=logging.go:88 method=Count tags= result=9 err=null took=31.80022ms'),
        kit(-36.2, 'caller=logging.go:95 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=62.09117ms'),
        kit(-33.5, 'caller=logging.go:95 method=Get id=zzz4f044-b040-410d-8ead-4de0446aec7e sock= err="not found" took=12.510098ms'),
        kit(-30.4, 'caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=39.77321ms'),
        kit(-21.0, 'caller=logging.go:95 method=Get id=510a0d7e-8e83-4193-b483-e27e09ddc34d sock=510a0d7e-8e83-4193-b483-e27e09ddc34d err=null took=3.118876ms'),
        kit(-6.3, 'caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.004518ms'),
        kit(-2.1, 'caller=logging.go:88 method=Count tags= result=9 err=null took=1.40922ms'),
      ],
      'orders#0/orders': [
        spring(-35.8, 'INFO', 'orders', 'nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-33.1, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-24.9, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-11.6, 'INFO', 'orders', 'nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 4 - 36.9, 'INFO', 'carts', '           main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.377 seconds (JVM running for 43.991)'),
        spring(-35.2, 'WARN', 'carts', 'nio-80-exec-3', 'o.s.web.servlet.PageNotFound', 'Request method \'GET\' not supported'),
      ],
    },
    grounding: `
      No fault. Sock Shop as in complete-demo.yaml at 9dff06f (front-end 2 replicas, 100m/300Mi requests, 300m CPU limit,
      readiness GET / on 8079 with timeoutSeconds 1), plus one deviation: an autoscaling/v2 HPA on front-end (min 2, max 6,
      70 % CPU) that upstream does not ship. The weekly load test (weaveworksdemos/load-test locust, run from another
      namespace, so not in the snapshot) drove front-end past its CPU limit at about 13:01; the HPA scaled to 4 (events
      SuccessfulRescale, ScalingReplicaSet "to 4 from 2", SuccessfulCreate), both old pods failed a few 1-second readiness
      probes while throttled, latency settled, and after the default 5-minute scale-down stabilisation it went back to 2 at
      13:29 (SuccessfulDelete). Everything is Ready now, HPA at 31 % CPU, ScalingLimited False. The morgan("dev") lines of
      front-end show the locustfile's paths (/, /catalogue?size=5, /login, /cart, /basket.html, /orders) with response
      times ten times the quiet ones, then normal; catalogue's go-kit lines go from ~50 ms back to ~2 ms; orders keeps
      authorising payments. Decoys: the readiness Unhealthy warnings of the spike, a carts OOMKill (137) four days old,
      routine 404s (wp-login.php scan, an unknown sock id) and a Spring PageNotFound WARN. A careful engineer answers: load
      test, capacity absorbed by the HPA, nothing to fix now.
    `,
  },
];
