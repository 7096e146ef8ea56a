// Blind dev batch s113d (no-fault incidents), Sock Shop: front-end /orders 500s "User not logged in." from a partner
// kiosk client release that stopped sending the logged_in cookie; the web shop and every service are fine.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-04-21T13:52:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms} ms - ${len}`;
const feLines = (seed) => {
  const out = [];
  for (let i = 0; i < 14; i++) {
    out.push('Request received with body: {}');
    out.push(morgan('GET', '/orders', 500, (3 + ((seed * 7 + i * 13) % 40) / 10).toFixed(3), 1076));
    if (i % 3 === 0) out.push(morgan('GET', '/catalogue?size=5', 200, (11 + i % 5).toFixed(3), 1804));
    if (i % 4 === 1) out.push(morgan('GET', '/cart', 200, (6 + i % 3).toFixed(3), 2));
    if (i % 5 === 2) { out.push('Customer ID: 57a98d98e4b00679b4a830af'); out.push(morgan('GET', '/orders', 200, (38 + i).toFixed(3), 2291)); }
  }
  return out;
};

export const scenarios = [
  {
    folder: 's113d-kiosk-client-orders-500',
    incidentTime: '2026-04-21T13:52:00Z',
    description: 'front end 5xx alert on /orders since about 13:00, "User not logged in." — orders page on the website works fine when I try it',
    difficulty: 'hard',
    traits: ['no-fault', 'time-expression', 'decoy'],
    workloads: {
      orders: { replicas: 1, pods: [{ evicted: 'The node was low on resource: ephemeral-storage. Threshold quantity: 10120387130, available: 9514232Ki. Container orders was using 1288Ki, request is 0, has larger consumption of ephemeral-storage. ', node: 'ip-10-0-2-148.eu-west-1.compute.internal', created: T.iso(-60 * 24 * 3) }, { created: T.iso(-60 * 24 * 3 + 2) }] },
      'front-end': { pods: [{}, { containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }] },
    },
    events: [
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -38, last: -38, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': feLines(1),
      'front-end#1/front-end': feLines(2),
      'orders#1/orders': [
        spring(-60 * 24 * 3 + 3, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 52.817 seconds (JVM running for 56.402)'),
        spring(-49.5, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.orders.controllers.OrdersController', 'Order response received: ' + 'PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-49.4, 'INFO', 'orders', 'nio-80-exec-4', 'w.w.s.orders.controllers.OrdersController', 'Received shipment task id: 5e2f1c0a9b7d4a3e8c61f4b2'),
        spring(-22.1, 'INFO', 'orders', 'nio-80-exec-7', 'w.w.s.orders.controllers.OrdersController', 'Order response received: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-22.0, 'INFO', 'orders', 'nio-80-exec-7', 'w.w.s.orders.controllers.OrdersController', 'Received shipment task id: 8c0d3e7b2a1f5946d0e4b7c3'),
      ],
      'user#0/user': [
        `ts=${T.isoMs(-40.2)} caller=logging.go:97 method=GetUsers id=57a98d98e4b00679b4a830af result=1 err=null took=1.512305ms`,
        `ts=${T.isoMs(-22.4)} caller=logging.go:97 method=Login username=user result=57a98d98e4b00679b4a830af err=null took=2.170814ms`,
        `ts=${T.isoMs(-9.8)} caller=logging.go:42 method=Login username=kioskdemo result= err="User not found" took=1.930226ms`,
      ],
    },
    grounding: `
      complete-demo.yaml at 9dff06f. In front-end 0.3.12 (api/orders/index.js) GET /orders throws "User not logged in."
      when the request carries no logged_in cookie, and helpers.errorHandler answers 500 with that message; morgan("dev")
      logs each request. A partner kiosk client shipped a release that drops cookies, so its /orders calls all fail
      while the website's (with cookie) return 200, orders takes and completes orders, and user logs routine logins.
      Nothing in the cluster is wrong (client app bug outside the cluster). Decoys: an orders pod evicted three days ago
      for ephemeral storage and rescheduled, an old OOMKilled front-end restart, a readiness timeout 38 minutes ago, a
      failed login for an unknown user. Deviation: the restart/eviction history only.`,
  },
];
