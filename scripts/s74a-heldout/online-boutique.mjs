// Held-out batch s74a (split test), Online Boutique: one blind scenario on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs, release/kubernetes-manifests.yaml at 34ffea9); built by scripts/s74a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const incidentTime = '2026-05-12T10:58:00Z';
const T = clock(incidentTime);
const SESS = ['4d1f0c3a-9e2b-4b7e-a0c1-7f3e2d9b6a51', 'b8e2a6f4-1c3d-4f5a-9b7e-2d6c0a8e1f34', '0c9a7e5d-3b2f-4e1a-8d6c-5a4b3f2e1d09'];
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const rid = (i) => `${(0x5a3c1e00 + i * 7919).toString(16)}-7c2e-4b1a-9f3d-${(0x1a2b3c4d5e6f + i * 104729).toString(16).slice(0, 12)}`;
const fl = (min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': rid(Math.round(min * 100)),
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.bytes !== undefined ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status ?? 200, 'http.resp.took_ms': extra.took } : {}),
    message,
    session: SESS[Math.abs(Math.round(min * 10)) % 3],
    severity,
    timestamp: T.isoMs(min),
  });

// frontend: before the load step, fast pages; after it, pages taking seconds and requests abandoned by the client
const frontLog = (offset) => {
  const out = [];
  for (let m = -44; m < -0.2; m += 0.75) {
    const p = PRODUCTS[Math.abs(Math.round(m * 4 + offset)) % PRODUCTS.length];
    const slow = m > -24;
    const path = Math.round(m * 4) % 3 === 0 ? '/' : `/product/${p}`;
    out.push(fl(m, 'debug', 'request started', { path }));
    if (slow && Math.round(m * 4 + offset) % 4 === 0) {
      out.push(fl(m + 0.09, 'error', 'request error', {
        path,
        error: path === '/' ? 'could not retrieve currencies: rpc error: code = Canceled desc = context canceled' : 'failed to convert currency for product: rpc error: code = Canceled desc = context canceled',
      }));
      out.push(fl(m + 0.09, 'debug', 'request complete', { path, bytes: 108, status: 500, took: 5000 + (Math.abs(Math.round(m * 37)) % 900) }));
    } else {
      const took = slow ? 1800 + (Math.abs(Math.round(m * 53 + offset * 11)) % 3200) : 18 + (Math.abs(Math.round(m * 13)) % 40);
      out.push(fl(m + took / 60000, 'debug', 'request complete', { path, bytes: path === '/' ? 10874 : 7902, status: 200, took }));
    }
  }
  return out;
};

const currencyLog = () => {
  const out = [];
  const line = (min, msg) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
  for (let m = -40; m < -0.3; m += m > -24 ? 0.12 : 0.5) {
    out.push(line(m, 'Getting supported currencies...'));
    out.push(line(m + 0.01, 'received conversion request'));
    out.push(line(m + (m > -24 ? 0.05 : 0.002), 'conversion request successful'));
  }
  return out;
};

const checkoutLog = () => {
  const out = [];
  const l = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
  for (let m = -42; m < -1; m += 2.5) {
    out.push(l(m, 'info', `[PlaceOrder] user_id="${SESS[Math.abs(Math.round(m)) % 3]}" user_currency="${['EUR', 'USD', 'JPY'][Math.abs(Math.round(m)) % 3]}"`));
    if (m > -24 && Math.round(m) % 2 === 0) continue;
    out.push(l(m + (m > -24 ? 0.09 : 0.01), 'info', `payment went through (transaction_id: ${rid(Math.round(m * 31)).slice(0, 8)}-2f4c-4d8e-b1a7-${rid(Math.round(m * 17)).slice(0, 8)}0a1b)`));
    out.push(l(m + (m > -24 ? 0.1 : 0.012), 'info', `order confirmation email sent to "someone@example.com"`));
  }
  return out;
};

const locust = (min, lvl, msg) => {
  const d = T.java(min).replace('.', ',');
  return `[${d}] %POD%/${lvl}/locust.main: ${msg}`;
};

export const scenarios = [
  {
    folder: 's74a-pages-slow-after-ten',
    incidentTime,
    description: 'fronend really slow since ~10:35, product pages take 5+ sec and some give 500 "could not retrieve currencies". checkout team says orders still go thru',
    expected: { component: 'currencyservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): currencyservice is a single Node.js replica with
      limits cpu 200m / memory 128Mi and gRPC liveness and readiness probes on :7000 (timeout 1s, failureThreshold 3); every
      page of the frontend calls GetSupportedCurrencies and Convert on it (CURRENCY_SERVICE_ADDR), checkoutservice converts
      each item price. The loadgenerator Deployment (locust, USERS=10) ships with the release.
      Fault: CFS throttling of a CPU-limited single replica under a traffic step, the shape of the public Kubernetes
      reports on CPU limits and throttling (kubernetes/kubernetes#67577, Zalando and Buffer write-ups on CFS quota
      latency): the SRE team raised the in-cluster load test to USERS=150 at 10:31 (a rollout of loadgenerator whose new
      ReplicaSet differs from the old only in USERS); from ~10:34 currencyservice answers every call but with seconds of
      queueing, its gRPC probes time out now and then (never three in a row, so the pod stays Ready and is never restarted),
      and the frontend, which calls it on every page, is the loud one with slow pages and client-cancelled requests.
      Decoy: adservice was OOMKilled three days ago (one restart, healthy since).
      Deviations from upstream: none in the manifests beyond the USERS value of the load test; the snapshot has no metrics,
      so the throttling shows only as probe timeouts, latency and the callers' errors.
    `,
    workloads: {
      loadgenerator: {
        rollout: { at: -27, oldContainers: { main: { env: [{ name: 'FRONTEND_ADDR', value: 'frontend:80' }, { name: 'USERS', value: '10' }, { name: 'RATE', value: '1' }] } } },
        containers: { main: { env: [{ name: 'FRONTEND_ADDR', value: 'frontend:80' }, { name: 'USERS', value: '150' }, { name: 'RATE', value: '1' }] } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:loadgenerator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set loadgenerator-%NEW% to 1', first: -27 },
      { on: 'deploy:loadgenerator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set loadgenerator-%OLD% to 0 from 1', first: -26.5 },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -22, last: -1.5, count: 17, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":7000" within 1s', first: -21, last: -3, count: 9, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontLog(0),
      'frontend#1/server': frontLog(1),
      'currencyservice#0/server': currencyLog(),
      'checkoutservice#0/server': checkoutLog(),
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(-60 * 24 * 3 + 0.25)) / 1000)},"nanoOfSecond":112000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-60 * 24 * 3 + 0.25)}"}`,
        ...Array.from({ length: 12 }, (_, i) => `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(-30 + i * 2.4)) / 1000)},"nanoOfSecond":${(i * 7919) % 999 * 1000000}},"thread":"grpc-default-executor-${i % 4}","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[${['clothing', 'accessories', 'footwear', 'kitchen'][i % 4]}])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":${20 + (i % 4)},"threadPriority":5,"time":"${T.isoMs(-30 + i * 2.4)}"}`),
      ],
      'loadgenerator#0/main': [
        locust(-26.8, 'INFO', 'No run time limit set, use CTRL+C to interrupt'),
        locust(-26.8, 'INFO', 'Starting Locust 2.32.2'),
        locust(-26.7, 'INFO', 'Ramping to 150 users at a rate of 1.00 per second'),
        locust(-24.2, 'INFO', 'All users spawned: {"UserBehavior": 150} (150 total users)'),
      ],
    },
  },
];
