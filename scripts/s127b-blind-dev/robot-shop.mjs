// Blind dev batch s127b: Robot Shop scenario (payment gateway serving an incomplete TLS chain).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-02-12T19:48:00Z');
const MON = ['Jan', 'Feb', 'Mar'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ngx = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const uw = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`; };
const fl = (min) => T.java(min).replace('.', ',');

const sslErr = "HTTPSConnectionPool(host='secure.worldpay.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)')))";
const users = ['4f1c2a9e', 'user-7731', '5b8e0d13', 'anon-2291', '8c3a6f07'];
const pay = [`[${fl(-60 * 24 * 4)}] INFO in payment: Payment gateway https://secure.worldpay.com/`, `*** uWSGI is running in multiple interpreter mode ***`, `spawned uWSGI master process (pid: 1)`, `spawned uWSGI worker 1 (pid: 8, cores: 1)`, `spawned uWSGI worker 2 (pid: 9, cores: 1)`];
const web = [];
let req = 4412;
for (let m = -75; m < -18; m += 4.5) {
  const u = users[Math.abs(Math.round(m)) % users.length];
  pay.push(`[${fl(m)}] INFO in payment: payment for ${u}`);
  pay.push(`[pid: 8|app: 0|req: ${req++}/${req * 2}] 10.1.3.41 () {34 vars in 472 bytes} [${uw(m)}] POST /pay/${u} => generated 52 bytes in 612 msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)`);
  web.push(`10.1.1.84 - - [${ngx(m)}] "POST /api/payment/pay/${u} HTTP/1.1" 200 52 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"`);
}
for (let m = -17.6; m < -0.3; m += 1.3) {
  const u = users[Math.abs(Math.round(m * 3)) % users.length];
  pay.push(`[${fl(m)}] INFO in payment: payment for ${u}`);
  pay.push(`[${fl(m + 0.003)}] ERROR in payment: ${sslErr}`);
  pay.push(`[pid: 9|app: 0|req: ${req++}/${req * 2}] 10.1.3.41 () {34 vars in 472 bytes} [${uw(m)}] POST /pay/${u} => generated 241 bytes in 187 msecs (HTTP/1.1 500) 2 headers in 73 bytes (1 switches on core 0)`);
  web.push(`10.1.2.137 - - [${ngx(m)}] "POST /api/payment/pay/${u} HTTP/1.1" 500 241 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"`);
  web.push(`10.1.2.137 - - [${ngx(m + 0.05)}] "GET /api/cart/cart/${u} HTTP/1.1" 200 318 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"`);
}
const dispatch = [];
for (let m = -75; m < -18; m += 4.5) dispatch.push(`${T.go(m + 0.02)} processing order ${Math.abs(Math.round(m * 1013)).toString(16)}`);
const cart = [`{"level":"info","time":${Date.parse(T.isoMs(-3))},"pid":1,"hostname":"cart","req":{"id":912,"method":"GET","url":"/cart/anon-2291"},"res":{"statusCode":200},"responseTime":3,"msg":"request completed","v":1}`];

const scenario = withDefaults({
  folder: 's127b-gateway-incomplete-chain',
  incidentTime: T.iso(0),
  description: "robot shop checkout: customers get 'payment error' when paying since 19:30ish. payment pods look fine, no deploys tonight. dispatch also idle",
  expected: { component: 'payment-gateway', cause: 'external-dependency' },
  alsoAcceptable: [{ component: 'payment-gateway', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'external-dependency-failure', 'tls-misconfig', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `
    Robot Shop helm chart (kit system) with payment.gateway set, so the payment Deployment gets
    PAYMENT_GATEWAY=https://secure.worldpay.com/ (the PSP the topology names). Upstream payment.py calls
    requests.get(PAYMENT_GATEWAY) on every /pay, logs the RequestException with app.logger.error and returns it with
    HTTP 500, so the web tier shows "payment error" and no order reaches RabbitMQ (dispatch goes idle). Fault on the
    provider's side: after a certificate renewal at ~19:30 the gateway's edge serves only its leaf certificate without
    the intermediate (an incomplete chain, the common misconfiguration SSL Labs flags as "Chain issues: Incomplete");
    browsers recover it via AIA fetching, but Python's ssl/certifi in the rs-payment image does not, so every call fails
    with CERTIFICATE_VERIFY_FAILED "unable to get local issuer certificate". The certificate itself is valid and not
    expired. payment pods stay Ready (no probes upstream). Decoys: shipping restarted three days ago (old OOMKilled at
    its 1000Mi limit) and a healthy catalogue rollout yesterday. Deviations: the Worldpay URL as gateway and the exact
    uWSGI/Flask line formats.`,
  workloads: {
    payment: { containers: { payment: { env: [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }, { name: 'PAYMENT_GATEWAY', value: 'https://secure.worldpay.com/' }] } } },
    shipping: { pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }] },
    catalogue: { rollout: { at: -60 * 22, revision: 5, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.0.2' } } } },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -60 * 22, last: -60 * 22 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -60 * 22 + 1, last: -60 * 22 + 1 },
  ],
  logs: {
    'payment#0/payment': pay,
    'web#0/web': web,
    'dispatch#0/dispatch': dispatch,
    'cart#0/cart': cart,
  },
});

export const scenarios = [scenario];
