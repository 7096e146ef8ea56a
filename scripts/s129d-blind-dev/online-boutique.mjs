// Batch s129d (blind dev): two no-fault Online Boutique scenarios. System from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.fields ?? {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min),
});
const rid = (n) => `${(0x3f1a0000 + n * 7919).toString(16)}-5b2e-4c1d-9a7e-${(0x1b2c3d4e5f60 + n * 104729).toString(16).slice(0, 12)}`;

// ---------- 1: prices in yen, the customer picked JPY; decoy: currencyservice liveness kill 38 min before ----------
const T1 = clock('2026-05-12T14:32:00Z');
const JPY_SESSION = 'e4d7a2c1-8f3b-4a69-b0d5-71c2e9f4a8b6';
const frontYen = (T) => {
  const out = [];
  for (let m = -55; m < -40; m += 1.7) out.push(fl(T, m, 'debug', 'request started', { id: rid(Math.round(m * 10)), path: '/product/OLJCESPC7Z' }), fl(T, m + 0.01, 'debug', 'request complete', { id: rid(Math.round(m * 10)), path: '/product/OLJCESPC7Z', fields: { 'http.resp.bytes': 8172, 'http.resp.status': 200, 'http.resp.took_ms': 41 } }));
  // decoy: currencyservice restarted at -38; conversions failed for ~40 s
  for (const [m, p] of [[-38.6, '/'], [-38.4, '/product/66VCHSJNUP'], [-38.2, '/cart'], [-38.0, '/']]) {
    out.push(fl(T, m, 'debug', 'request started', { id: rid(Math.round(m * 100)), path: p }));
    out.push(fl(T, m + 0.02, 'error', 'request error', { id: rid(Math.round(m * 100)), path: p, error: 'failed to convert currency for product: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }));
  }
  for (let m = -37; m < -1; m += 1.3) {
    const jp = m > -23 && Math.round(m * 10) % 3 === 0;
    const id = rid(Math.round(m * 10) + 5000);
    if (m > -22.5 && m < -22) {
      out.push(fl(T, m, 'debug', 'request started', { id, method: 'POST', path: '/setCurrency', session: JPY_SESSION }));
      out.push(fl(T, m + 0.005, 'debug', 'setting currency', { id, method: 'POST', path: '/setCurrency', session: JPY_SESSION, fields: { 'curr.new': 'JPY' } }));
      out.push(fl(T, m + 0.01, 'debug', 'request complete', { id, method: 'POST', path: '/setCurrency', session: JPY_SESSION, fields: { 'http.resp.bytes': 0, 'http.resp.status': 302, 'http.resp.took_ms': 2 } }));
      continue;
    }
    const p = ['/', '/product/L9ECAV7KIM', '/cart', '/product/2ZYFJ3GM2N'][Math.abs(Math.round(m)) % 4];
    const session = jp ? JPY_SESSION : undefined;
    out.push(fl(T, m, 'debug', 'request started', { id, path: p, session }));
    if (p.startsWith('/product')) out.push(fl(T, m + 0.004, 'debug', 'serving product page', { id, path: p, session, fields: { currency: jp ? 'JPY' : 'USD', id: p.slice(9) } }));
    if (p === '/') out.push(fl(T, m + 0.004, 'info', 'home', { id, path: p, session, fields: { currency: jp ? 'JPY' : 'USD' } }));
    out.push(fl(T, m + 0.01, 'debug', 'request complete', { id, path: p, session, fields: { 'http.resp.bytes': 7900 + (Math.abs(Math.round(m * 10)) % 400), 'http.resp.status': 200, 'http.resp.took_ms': 30 + (Math.abs(Math.round(m * 10)) % 25) } }));
  }
  return out;
};
const currencyLog = (T) => {
  const out = [
    `{"severity":"info","time":${Date.parse(T.isoMs(-37.9))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Profiler disabled."}`,
    `{"severity":"info","time":${Date.parse(T.isoMs(-37.9)) + 41},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Tracing disabled."}`,
    `{"severity":"info","time":${Date.parse(T.isoMs(-37.85))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Starting gRPC server on port 7000..."}`,
  ];
  for (let m = -37.5; m < -1; m += 0.9) {
    out.push(`{"severity":"info","time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Getting supported currencies..."}`);
    out.push(`{"severity":"info","time":${Date.parse(T.isoMs(m + 0.01))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"received conversion request"}`);
    out.push(`{"severity":"info","time":${Date.parse(T.isoMs(m + 0.011))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`);
  }
  return out;
};
const currencyPrev = (T) => {
  const out = [];
  for (let m = -70; m < -40; m += 1.1) {
    out.push(`{"severity":"info","time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"received conversion request"}`);
    out.push(`{"severity":"info","time":${Date.parse(T.isoMs(m + 0.01))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`);
  }
  return out;
};

// ---------- 2: "site slow for us", a corporate proxy problem; decoy: frontend rollout 26 min before ----------
const T2 = clock('2026-05-19T10:48:00Z');
const frontHealthy = (T, from, seed) => {
  const out = [];
  for (let m = from; m < -0.5; m += 0.45) {
    const id = rid(seed + Math.round(m * 100));
    const p = ['/', '/product/OLJCESPC7Z', '/cart', '/product/9SIQT8TOJO', '/', '/product/1YMWWN1N4O'][Math.abs(Math.round(m * 3)) % 6];
    out.push(fl(T, m, 'debug', 'request started', { id, path: p, session: rid(seed + Math.abs(Math.round(m)) % 9) }));
    out.push(fl(T, m + 0.0008, 'debug', 'request complete', { id, path: p, session: rid(seed + Math.abs(Math.round(m)) % 9), fields: { 'http.resp.bytes': 7800 + (Math.abs(Math.round(m * 37)) % 900), 'http.resp.status': 200, 'http.resp.took_ms': 18 + (Math.abs(Math.round(m * 53)) % 40) } }));
  }
  return out;
};
const locust = (T) => {
  const out = [];
  for (let m = -60; m < -0.5; m += 2) {
    const p = T.isoMs(m).replace('T', ' ').replace('Z', '').replace('.', ',');
    out.push(`[${p}] %POD%/INFO/locust.main: Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s`);
    out.push(`[${p}] %POD%/INFO/locust.main: GET      /                                                                               ${1480 + Math.round((m + 60) * 6)}     0(0.00%) |     ${38 + (Math.abs(Math.round(m)) % 9)}      11     ${390 + (Math.abs(Math.round(m * 7)) % 120)}     31 |    1.02        0.00`);
    out.push(`[${p}] %POD%/INFO/locust.main: POST     /cart/checkout                                                                   ${210 + Math.round((m + 60))}     0(0.00%) |    ${112 + (Math.abs(Math.round(m)) % 21)}      58     ${610 + (Math.abs(Math.round(m * 3)) % 90)}    100 |    0.14        0.00`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's129d-prices-in-yen-customer-picked-jpy',
    incidentTime: '2026-05-12T14:32:00Z',
    description: 'support says boutique customers are seeing prices in yen instead of $ on product pages + cart since ~14:10?? currencysvc acting up again?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      currencyservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-37.95), last: { exitCode: 137, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9 + 0.3), finishedAt: T1.iso(-38.0) } }) }, readyTransition: T1.iso(-37.6) }],
      },
    },
    events: [
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":7000" within 1s', first: -38.6, last: -38.1, count: 3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -38.6, last: -38.1, count: 3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -38.05, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -38.0, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -37.98, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -37.96, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontYen(T1),
      'frontend#1/server': frontHealthy(T1, -50, 700),
      'currencyservice#0/server': currencyLog(T1),
      'currencyservice#0/server/previous': currencyPrev(T1),
      'loadgenerator#0/main': locust(T1),
    },
    grounding: `
      No fault. Online Boutique's frontend keeps the display currency in the shop_currency cookie, set by POST /setCurrency from the
      currency dropdown in the header (src/frontend/handlers.go setCurrencyHandler, "setting currency" with curr.new); every price
      is then converted by currencyservice into that currency. The frontend log shows one session posting /setCurrency with
      curr.new=JPY at about 14:09 and its later product and home pages served with currency=JPY, while every other session stays
      on USD: the customer who complained chose yen in the dropdown. The conversions themselves succeed (currencyservice logs
      "conversion request successful" throughout). Decoy: 38 minutes before the report currencyservice failed three gRPC liveness
      probes, was killed (exit 137) and restarted once; the frontend logged four "failed to convert currency ... connection refused"
      request errors in those 40 seconds and none since. Deviation from upstream: none in the manifests (v0.10.6); the liveness
      kill is invented, in the style of a node-side stall, and has been healthy for over half an hour.`,
  },
  {
    folder: 's129d-site-slow-from-office-proxy',
    incidentTime: '2026-05-19T10:48:00Z',
    description: 'boutique frontend is crawling / timing out for me and a few ppl on the 3rd floor for the last 20 min. did the frontend deploy this morning break something?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      frontend: {
        rollout: { at: -26, revision: 6, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } },
        pods: [
          { readyTransition: T2.iso(-25.2), containers: { server: cs.running(T2.iso(-25.45)) } },
          { readyTransition: T2.iso(-24.4), containers: { server: cs.running(T2.iso(-24.9)) } },
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -26 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -25.1 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -25.1 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -24.3 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${REG}/frontend:v0.10.6"`, first: -25.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.6" in 2.811s (2.811s including waiting). Image size: 13207392 bytes.`, first: -25.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -25.45, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: -25.4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', first: -24.9, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontHealthy(T2, -25.3, 100),
      'frontend#1/server': frontHealthy(T2, -24.8, 900),
      'loadgenerator#0/main': locust(T2),
    },
    grounding: `
      No fault: a client-side problem. The slowness is between the reporters' office network and the site (their corporate
      egress proxy was degraded that morning); nothing inside the cluster is slow. The frontend's own request log
      ("request complete", http.resp.took_ms) stays at 18-60 ms on both new pods, every response 200, and the in-cluster
      locust loadgenerator reports 0 failures and ~40 ms average on GET / and ~120 ms on checkout over the whole hour.
      Decoy: the frontend Deployment was rolled out 26 minutes before the report (v0.10.5 -> v0.10.6, the image the
      upstream release manifest pins) and the first new pod logged one readiness failure ("connection refused" on
      /_healthz) before the server was listening; both new pods are Ready since and the old ReplicaSet is at 0.
      Deviations from upstream: the earlier v0.10.5 revision is invented for the rollout; the proxy problem is outside
      the snapshot by nature.`,
  },
];
