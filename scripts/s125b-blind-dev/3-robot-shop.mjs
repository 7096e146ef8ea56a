// Batch s125b (blind dev): Robot Shop, the payment gateway answering very slowly; payment's uWSGI queue fills.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, defaultPvcs as pvcs } from '../kit-systems/robot-shop.mjs';
export { system } from '../kit-systems/robot-shop.mjs';
export const defaultPvcs = pvcs;

const INC = '2026-06-03T19:18:00Z';
const T = clock(INC);
const ngx = (min) => T.go(min);
const uw = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.iso(min).slice(11, 19)} ${d.getUTCFullYear()}`;
};
const pay = [], web = [], disp = [];
for (let m = -45; m < -0.5; m += 1.3) {
  const bad = m > -19;
  const id = 'a' + Math.abs(Math.round(m * 1013)).toString(16);
  if (!bad) {
    pay.push(`[${T.java(m).replace(' ', 'T').slice(0, 19)}] INFO in payment: payment for ${id}`);
    pay.push(`[${T.java(m + 0.01).replace(' ', 'T').slice(0, 19)}] INFO in payment: https://paypal.com/ returned 200`);
    pay.push(`[${T.java(m + 0.02).replace(' ', 'T').slice(0, 19)}] INFO in payment: order ${id}`);
    pay.push(`[pid: 8|app: 0|req: ${200 + Math.round(m + 45)}/${400 + Math.round(m + 45)}] 10.1.3.${41} () {42 vars in 612 bytes} [${uw(m)}] POST /pay/${id} => generated 61 bytes in ${612 + Math.abs(Math.round(m * 3))} msecs (HTTP/1.1 200) 2 headers in 80 bytes (1 switches on core 0)`);
    disp.push(`${T.go(m + 0.05)} processing order ${id}`);
  } else {
    pay.push(`[${T.java(m).replace(' ', 'T').slice(0, 19)}] INFO in payment: payment for ${id}`);
    if (Math.round(m * 10) % 3 === 0) {
      pay.push(`[${T.java(m + 0.75).replace(' ', 'T').slice(0, 19)}] INFO in payment: https://paypal.com/ returned 200`);
      pay.push(`[pid: 9|app: 0|req: ${300 + Math.round(m + 45)}/${500 + Math.round(m + 45)}] 10.1.3.41 () {42 vars in 612 bytes} [${uw(m)}] POST /pay/${id} => generated 61 bytes in ${44000 + Math.abs(Math.round(m * 311))} msecs (HTTP/1.1 200) 2 headers in 80 bytes (1 switches on core 1)`);
    } else {
      if (m + 1 < -0.1) web.push(`${ngx(m + 1)} [error] 29#29: *${4100 + Math.round((m + 45) * 7)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.12, server: localhost, request: "POST /api/payment/pay/${id} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${id}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
      if (Math.round(m) % 2 === 0) pay.push(`${uw(m + 0.4)} - *** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***`);
      if (Math.round(m) % 3 === 0) pay.push(`[${T.java(m + 0.9).replace(' ', 'T').slice(0, 19)}] ERROR in payment: HTTPSConnectionPool(host='paypal.com', port=443): Read timed out. (read timeout=None)`.replace(' (read timeout=None)', ''));
    }
  }
  web.push(`10.1.1.12 - - [${T.iso(m).slice(8, 10)}/Jun/2026:${T.iso(m).slice(11, 19)} +0000] "GET /api/catalogue/products HTTP/1.1" 200 1943 "https://shop.robotshop.example/" "Mozilla/5.0"`);
}
web.sort();
export const scenarios = [
  withDefaults({
    folder: 's125b-paypal-slow-answers-payment-queue',
    incidentTime: INC,
    description: 'robotshop checkout hangs then 504 for last ~20 min, payment pod looks fine?? seeing uwsgi listen queue full in rs-payment',
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'payment', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'network-latency', 'louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop (instana/robot-shop, K8s/helm, rs-payment:2.1.0): payment.py does requests.get(PAYMENT_GATEWAY) with no
      timeout before queueing the order (PAYMENT_GATEWAY defaults to https://paypal.com/); it runs under uWSGI with a
      small fixed number of workers (payment.ini) and no readiness probe, so a provider that accepts the TLS connection
      and then answers after 40-60 s pins every worker, the listen backlog (100) fills and uWSGI prints "listen queue of
      socket ... full", while web's nginx proxy_pass to payment:8080 times out with 504 after 60 s. This follows public
      reports of PayPal/PSP latency incidents ("degraded performance" on the provider's status page) and the classic
      unbounded requests.get timeout. Some payments still succeed after ~45 s. The payment pod stays Running and Ready
      with no restarts; no Events name the fault. Dispatch sees fewer orders. Decoys: shipping restarted once two days ago
      (exit 143 during a node rotation) and a cart rollout 3 hours ago that is healthy.
      Deviations: the requests exception line is shortened; the gateway latency itself is not visible in the cluster.
    `,
    workloads: {
      shipping: { pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }] },
      cart: { rollout: { at: -185, oldContainers: { cart: { image: 'robotshop/rs-cart:2.0.0' } } } },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -185 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -184 },
    ],
    logs: {
      'payment#0/payment': pay,
      'web#0/web': web,
      'dispatch#0/dispatch': disp,
    },
  }),
];
