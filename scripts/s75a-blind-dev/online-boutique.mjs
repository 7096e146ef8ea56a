// Blind dev batch s75a — Online Boutique spec: an in-house checkoutservice build whose gRPC client keepalive (10s) trips the
// Go servers' ping enforcement (GOAWAY ENHANCE_YOUR_CALM "too_many_pings"); built by scripts/s75a-build.mjs with scripts/s2-scenario-kit.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as obSystem } from '../s2-scenarios/online-boutique.mjs';

export const system = obSystem;

const INCIDENT = '2026-03-18T10:42:00Z';
const T = clock(INCIDENT);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const FORK = 'us-central1-docker.pkg.dev/boutique-prod/apps';
const base = system.workloads.find((w) => w.name === 'checkoutservice').containers[0];

const lr = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const fe = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? '4f1c2a9e-77d3-4b8a-9e0f-1d2c3b4a5e6f',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.error ? { error: extra.error } : {}),
    ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12, 'http.resp.bytes': extra.bytes ?? 8123 } : {}),
    message,
    session: extra.session ?? '3c9e1f7a-2b4d-4e6f-8a1c-5d7e9f0b2c4d',
    severity,
    timestamp: T.isoMs(min),
  });
const GOAWAY = (addr) =>
  `rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: ENHANCE_YOUR_CALM, debug data: "too_many_pings"`;
const calm = (min) => `${T.go(min)} ERROR: [transport] Client received GoAway with error code ENHANCE_YOUR_CALM and debug data equal to ASCII "too_many_pings".`;

const checkoutLog = (offset) => {
  const out = [
    lr(-30.6, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:<nil> cartSvcAddr:cartservice:7070 cartSvcConn:<nil> currencySvcAddr:currencyservice:7000 currencySvcConn:<nil> shippingSvcAddr:shippingservice:50051 shippingSvcConn:<nil> emailSvcAddr:emailservice:5000 emailSvcConn:<nil> paymentSvcAddr:paymentservice:50051 paymentSvcConn:<nil>}'),
    lr(-30.6, 'info', 'Tracing disabled.'),
    lr(-30.6, 'info', 'Profiling disabled.'),
    lr(-30.6, 'info', 'grpc client keepalive: time=10s timeout=5s permitWithoutStream=true'),
    lr(-30.5, 'info', 'starting to listen on tcp: "[::]:5050"'),
  ];
  const users = ['a8f3c2d1-6e4b-4f7a-9c2d-1e3f5a7b9c0d', '0b7e9d2c-4a1f-4c3e-8b5d-6f2a1c9e7d3b', 'c4d2e8f1-3b5a-4d7c-9e1f-2a4b6c8d0e1f', '7e1a3c5d-9f2b-4e6a-8c0d-1b3d5f7a9c2e'];
  for (let m = -29 + offset; m < -0.5; m += 2.3) {
    const u = users[Math.floor(Math.abs(m * 7)) % users.length];
    out.push(lr(m, 'info', `[PlaceOrder] user_id="${u}" user_currency="USD"`));
    if (Math.round(m * 10) % 3 === 0) {
      out.push(calm(m + 0.005));
    } else {
      out.push(lr(m + 0.01, 'info', `payment went through (transaction_id: ${['e5b1c0a2', '9d3f7a41', '1c6e8b2d', 'f2a4c9e7'][Math.floor(Math.abs(m)) % 4]}-4c2e-4b9a-8f1d-3a5c7e9b1d0f)`));
      out.push(lr(m + 0.02, 'info', `order confirmation email sent to "someone@example.com"`));
    }
    if (Math.floor(Math.abs(m)) % 5 === 0) out.push(calm(m + 0.4));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's75a-checkout-keepalive-too-many-pings',
    description: 'place order fails maybe 1 in 4 tries on the boutique since ~10:15, "failed to complete the order" 500s. browsing + cart look fine',
    incidentTime: INCIDENT,
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'config-error' }, { component: 'checkoutservice', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): checkoutservice (Go, port 5050, grpc probes) dials
      productcatalogservice:3550, shippingservice:50051, paymentservice:50051, emailservice:5000, currencyservice:7000 and
      cartservice:7070; the frontend calls PlaceOrder and prints "failed to complete the order" on error.
      Fault: an in-house fork of checkoutservice (image boutique-prod/apps/checkoutservice:v0.10.6-ka1, new env
      GRPC_KEEPALIVE_TIME=10s) rolled out 31 minutes before the incident adds a client keepalive of 10s with
      PermitWithoutStream. grpc-go servers enforce keepalive MinTime 5m by default (keepalive.EnforcementPolicy); after two ping
      strikes they send GOAWAY ENHANCE_YOUR_CALM "too_many_pings", and the RPCs in flight fail with codes.Unavailable
      "received prior goaway: code: ENHANCE_YOUR_CALM, debug data: \\"too_many_pings\\"" (error text as in grpc-go issue threads,
      e.g. Hyperledger-TWGC/tape#493, dtm-labs/dtm#524, vitessio/vitess#15726). checkout's pods stay Ready (its own grpc health
      server is fine) and it logs grpc-go's "Client received GoAway" ERROR lines; the frontends are louder with 500s on
      POST /cart/checkout. Only a fraction of orders fail, because the connection is redialled.
      Rollout: the old and the new ReplicaSet differ exactly by the image and the added GRPC_KEEPALIVE_TIME env.
      Decoy: recommendationservice's OOMKilled restart three days ago (limit 450Mi as upstream).
      Deviations from upstream: the forked image and its env var are invented; the keepalive log line is the fork's.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -31, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6`, env: base.env } } },
        containers: { server: { image: `${FORK}/checkoutservice:v0.10.6-ka1`, env: [...base.env, { name: 'GRPC_KEEPALIVE_TIME', value: '10s' }] } },
      },
      recommendationservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 12),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -31 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -30.4 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${FORK}/checkoutservice:v0.10.6-ka1"`, first: -30.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${FORK}/checkoutservice:v0.10.6-ka1" in 3.412s (3.412s including waiting). Image size: 17324810 bytes.`, first: -30.8 },
      { on: 'pod:checkoutservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -30.7 },
      { on: 'pod:checkoutservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -30.7 },
    ],
    logs: {
      'checkoutservice#0/server': checkoutLog(0),
      'frontend#0/server': (() => {
        const out = [];
        for (let m = -40; m < -0.5; m += 1.7) {
          out.push(fe(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: `1a2b3c4d-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4e5f-8a9b-0c1d2e3f4a5b` }));
          out.push(fe(m + 0.01, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', status: 200, took: 41, bytes: 7832, id: `1a2b3c4d-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4e5f-8a9b-0c1d2e3f4a5b` }));
          if (m > -26 && Math.round(m * 10) % 4 === 0) {
            const id = `9e8d7c6b-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4a3b-8c2d-1e0f9a8b7c6d`;
            out.push(fe(m + 0.3, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id }));
            out.push(fe(m + 0.31, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id, error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O'][Math.abs(Math.round(m)) % 3]}": ${GOAWAY()}` }));
          } else if (m > -26 && Math.round(m * 10) % 4 === 2) {
            const id = `5b4a3c2d-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4e1f-9a0b-8c7d6e5f4a3b`;
            out.push(fe(m + 0.3, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id }));
            out.push(fe(m + 0.32, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id, error: `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${GOAWAY()}` }));
          } else {
            out.push(fe(m + 0.3, 'info', 'order placed', { method: 'POST', path: '/cart/checkout', id: `7c6b5a4d-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4f3e-8d2c-1b0a9f8e7d6c` }));
          }
        }
        return out;
      })(),
      'frontend#1/server': (() => {
        const out = [];
        for (let m = -38; m < -0.5; m += 2.1) {
          out.push(fe(m, 'debug', 'request started', { path: '/', id: `2b3c4d5e-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4a6b-9c8d-7e6f5a4b3c2d` }));
          out.push(fe(m + 0.01, 'debug', 'request complete', { path: '/', status: 200, took: 63, bytes: 10543, id: `2b3c4d5e-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4a6b-9c8d-7e6f5a4b3c2d` }));
          if (m > -24 && Math.round(m * 10) % 3 === 0)
            out.push(fe(m + 0.2, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: `3c4d5e6f-${String(Math.abs(Math.round(m * 10))).padStart(4, '0')}-4b7c-8d9e-0f1a2b3c4d5e`, error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"L9ECAV7KIM": ${GOAWAY()}` }));
        }
        return out;
      })(),
      'productcatalogservice#0/server': [
        lr(-60 * 24 * 9 + 0.4, 'info', 'successfully parsed product catalog json'),
        lr(-60 * 24 * 9 + 0.4, 'info', 'starting grpc server at :3550'),
      ],
      'shippingservice#0/server': (() => {
        const out = [lr(-60 * 24 * 9 + 0.4, 'info', 'Shipping Service listening on port 50051')];
        for (let m = -29; m < -0.5; m += 2.3) {
          out.push(lr(m + 0.005, 'info', '[GetQuote] received request'));
          out.push(lr(m + 0.006, 'info', '[GetQuote] completed request'));
          if (Math.round(m * 10) % 3 !== 0) {
            out.push(lr(m + 0.012, 'info', '[ShipOrder] received request'));
            out.push(lr(m + 0.013, 'info', '[ShipOrder] completed request'));
          }
        }
        return out;
      })(),
      'paymentservice#0/server': (() => {
        const out = [];
        for (let m = -29; m < -0.5; m += 2.3)
          if (Math.round(m * 10) % 3 !== 0)
            out.push(`{"level":30,"time":${Date.parse(T.isoMs(m + 0.009))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","msg":"Transaction processed: visa ending 0454     Amount: USD${(30 + Math.abs(m) * 3).toFixed(2)}"}`);
        return out;
      })(),
    },
  },
];
