// s15 blind dev scenario for Online Boutique: a spec for the kit (scripts/s2-scenario-kit.mjs) on the session-2 system
// definition in scripts/s2-scenarios/online-boutique.mjs; built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
const hex = (n, w) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(4).slice(0, w);
const uuid = (n) => `${hex(n, 8)}-${hex(n + 1, 4)}-4${hex(n + 2, 3)}-a${hex(n + 3, 3)}-${hex(n + 4, 12)}`;
/** The frontend's logrus JSON lines (src/frontend/main.go: JSONFormatter with severity/message/timestamp field names). */
const front = (T, min, severity, message, x = {}) =>
  JSON.stringify({
    'http.req.id': x.id,
    'http.req.method': x.method ?? 'GET',
    'http.req.path': x.path ?? '/',
    ...(x.error ? { error: x.error } : {}),
    message,
    session: x.session,
    severity,
    timestamp: T.isoMs(min),
  });
const PRODUCTS = [
  'OLJCESPC7Z',
  '66VCHSJNUP',
  '1YMWWN1N4O',
  'L9ECAV7KIM',
  '2ZYFJ3GM2N',
  '0PUK6V6EV0',
  'LS4PSXUNUM',
  '9SIQT8TOJO',
  '6E92ZMYYFZ',
];
const CUR = ['USD', 'USD', 'EUR', 'USD', 'GBP', 'USD', 'JPY', 'CAD', 'USD', 'EUR'];

const T = clock('2026-10-27T09:48:00Z');
const ROLL = -52;
const base = system.workloads.find((w) => w.name === 'currencyservice').containers[0];
const IMG_NEW = base.image.replace(/:v0\.10\.6$/, ':v0.10.7');

const currencyLogs = (i) => {
  const L = [];
  const s = ROLL + 0.6 + i * 0.5;
  const pl = (m, sev, msg) =>
    `{"severity":"${sev}","time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${msg}"}`;
  L.push(pl(s, 'info', 'Profiler disabled.'));
  L.push(pl(s, 'info', 'Tracing disabled.'));
  L.push(pl(s + 0.01, 'info', 'Starting gRPC server on port 7000...'));
  let n = 0;
  for (const m of range(s + 0.3, -0.2, 0.12)) {
    n++;
    const to = CUR[(n + i) % CUR.length];
    if (n % 9 === 0) L.push(pl(m, 'info', 'Getting supported currencies...'));
    L.push(pl(m, 'info', 'received conversion request'));
    if (to === 'USD') L.push(pl(m, 'info', 'conversion request successful'));
    else
      L.push(
        pl(
          m,
          'error',
          `conversion request failed: TypeError: Cannot read properties of undefined (reading '${to}')`,
        ),
      );
  }
  return L;
};
const frontLogs = (i) => {
  const L = [];
  let n = 0;
  for (const m of range(-60, -0.2, 0.3)) {
    n++;
    const cur = CUR[(n * 3 + i) % CUR.length];
    const id = uuid(n * 7 + i);
    const session = uuid((n % 23) + i * 100);
    const path =
      n % 4 === 0 ? `/product/${PRODUCTS[n % PRODUCTS.length]}` : n % 7 === 0 ? '/cart/checkout' : '/';
    const method = path === '/cart/checkout' ? 'POST' : 'GET';
    L.push(front(T, m, 'debug', 'request started', { id, method, path, session }));
    const bad = cur !== 'USD' && m > ROLL + 1.5;
    if (!bad) {
      L.push(front(T, m + 0.005, 'debug', `currency: ${cur}`, { id, method, path, session }));
      L.push(front(T, m + 0.01, 'debug', 'request complete', { id, method, path, session }));
      continue;
    }
    const pid = PRODUCTS[n % PRODUCTS.length];
    const err =
      path === '/cart/checkout'
        ? `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "${pid}" to ${cur}`
        : path === '/'
          ? `failed to do currency conversion for product ${PRODUCTS[0]}: rpc error: code = Unknown desc = Cannot read properties of undefined (reading '${cur}')`
          : `failed to convert currency: rpc error: code = Unknown desc = Cannot read properties of undefined (reading '${cur}')`;
    L.push(front(T, m + 0.01, 'error', 'request error', { id, method, path, session, error: err }));
  }
  return L;
};
const checkoutLogs = () => {
  const L = [];
  let n = 0;
  for (const m of range(-60, -0.2, 2.1)) {
    n++;
    const cur = CUR[(n * 3) % CUR.length];
    L.push(
      JSON.stringify({
        message: `[PlaceOrder] user_id="${uuid(n)}" user_currency="${cur}"`,
        severity: 'info',
        timestamp: T.isoMs(m),
      }),
    );
    if (cur === 'USD' || m < ROLL + 1.5) {
      L.push(
        JSON.stringify({
          message: `payment went through (transaction_id: ${uuid(n + 40)})`,
          severity: 'info',
          timestamp: T.isoMs(m + 0.01),
        }),
      );
      L.push(
        JSON.stringify({
          message: `order confirmation email sent to "someone@example.com"`,
          severity: 'info',
          timestamp: T.isoMs(m + 0.02),
        }),
      );
    }
  }
  return L;
};

const spec = {
  folder: 's15-currencyservice-v0107-non-usd',
  description:
    'boutique: customers outside US get "Uh, oh! Something has failed" on home + product pages since this morning, US shoppers fine per support. storefront team',
  incidentTime: '2026-10-27T09:48:00Z',
  expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name'],
  grounding: `
    Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9, v0.10.6):
    currencyservice is a Node.js gRPC server on 7000 with gRPC health probes (readiness and liveness) that pass as long as
    the server runs; frontend converts every displayed price through Convert (handlers.go: "failed to do currency conversion
    for product %s") and checkoutservice converts each item ("failed to convert price of %q to %s"); currencyservice logs
    "received conversion request" / "conversion request successful" / "conversion request failed: ..." (server.js) and hands
    err.message back as the gRPC status, code Unknown. The fault is a bad release: the team's build v0.10.7 rolls out at 08:56,
    both pods Ready, probes green; its new USD fast path answers USD targets but every other target throws TypeError reading the
    rates table. Users on USD (most traffic) are fine, users on EUR/GBP/JPY/CAD get 500 on every page with prices and their
    checkouts fail. The frontend is louder than the culprit. Decoy: recommendationservice was OOMKilled three days ago
    (restartCount 1) and is healthy since. Deviations: 2 currencyservice replicas (upstream 1) so the rollout shows two new
    pods; the v0.10.7 tag and its bug are invented; frontend debug lines abridged.`,
  workloads: {
    currencyservice: {
      replicas: 2,
      rollout: { at: ROLL, revision: 6, oldContainers: { server: { image: base.image } } },
      containers: { server: { image: IMG_NEW } },
    },
    recommendationservice: {
      pods: [
        {
          containers: {
            server: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.3),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T.iso(-60 * 24 * 9),
                finishedAt: T.iso(-60 * 24 * 3 + 0.2),
              },
            }),
          },
        },
      ],
    },
  },
  events: [
    {
      on: 'deploy:currencyservice',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set currencyservice-%NEW% to 1',
      first: ROLL,
    },
    {
      on: 'deploy:currencyservice',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set currencyservice-%OLD% to 1 from 2',
      first: ROLL + 0.6,
    },
    {
      on: 'deploy:currencyservice',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set currencyservice-%NEW% to 2 from 1',
      first: ROLL + 0.6,
    },
    {
      on: 'deploy:currencyservice',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1',
      first: ROLL + 1.1,
    },
    {
      on: 'pod:currencyservice#0',
      reason: 'Pulling',
      fieldPath: 'spec.containers{server}',
      message: `Pulling image "${IMG_NEW}"`,
      first: ROLL + 0.52,
    },
    {
      on: 'pod:currencyservice#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{server}',
      message: `Successfully pulled image "${IMG_NEW}" in 2.871s (2.871s including waiting). Image size: 58123771 bytes.`,
      first: ROLL + 0.57,
    },
    {
      on: 'pod:currencyservice#1',
      reason: 'Pulled',
      fieldPath: 'spec.containers{server}',
      message: `Container image "${IMG_NEW}" already present on machine`,
      first: ROLL + 1.02,
    },
  ],
  logs: {
    'currencyservice#0/server': currencyLogs(0),
    'currencyservice#1/server': currencyLogs(1),
    'frontend#0/server': frontLogs(0),
    'frontend#1/server': frontLogs(1),
    'checkoutservice#0/server': checkoutLogs(),
    'recommendationservice#0/server/previous': [
      `{"timestamp": ${Date.parse(T.isoMs(-60 * 24 * 3 - 5)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', 'OLJCESPC7Z']"}`,
    ],
  },
};

export const scenarios = [spec];
