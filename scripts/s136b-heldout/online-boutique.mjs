// Held-out batch s136b: Online Boutique.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-06-03T14:31:00Z');
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0c2f1a-8d4b-4a61-9c3e-7b21d0f4a9e6', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '2d7a9c41-6b3f-4e08-a1d5-93c0e8f27b14', severity, timestamp: T.isoMs(min) });
const cur = (min, level, msg) => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const convErr = 'rpc error: code = Internal desc = TypeError: Cannot read properties of undefined (reading \'units\')';
const R = 2;

export const scenarios = [
  {
    folder: 's136b-prices-error-after-lunch',
    incidentTime: '2026-06-03T14:31:00Z',
    description: 'boutique: product pages + cart erroring for users w/ non-USD currency since ~14:10. USD seems ok. nothing in alerts besides frontend 5xx',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique's frontend calls currencyservice (CURRENCY_SERVICE_ADDR currencyservice:7000) on every product,
      cart and home page to convert prices, and checkoutservice calls it for every order line; currencyservice is the
      Node.js server that reads currency_conversion.json. Fault: a release of currencyservice (image v0.10.6 -> an
      in-house build v0.10.6-fx2, deviation from upstream tags) ships a conversion table missing several currencies; the
      gRPC health probe still answers SERVING so the new pod becomes Ready and the old ReplicaSet is scaled to 0,
      but Convert throws for non-USD targets and returns INTERNAL. The frontend's "request error" lines (HTTP 500,
      "failed to convert currency") are the loud signal, as in the upstream frontend's handlers.go error path.
      Decoy: recommendationservice was OOM-killed three days ago and has been stable since.`,
    workloads: {
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.6-fx2` } },
        rollout: { at: -22, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
      },
      recommendationservice: {
        pods: [{ created: T.iso(-60 * 24 * 8), containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -22, last: -22 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -21.2, last: -21.2 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -21.9, last: -21.9 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.6-fx2" in 3.412s (3.412s including waiting). Image size: 68420117 bytes.`, first: -21.8, last: -21.8 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -21.7, last: -21.7 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -21.7, last: -21.7 },
    ],
    logs: {
      'currencyservice#0/server': [
        cur(-21.6, 'info', 'Starting gRPC server on port 7000...'),
        cur(-21.6, 'info', 'Profiler disabled.'),
        cur(-21.5, 'info', 'Tracing disabled.'),
        cur(-21, 'info', 'Getting supported currencies...'),
        cur(-20.8, 'info', 'conversion request successful'),
        cur(-20.4, 'info', 'received conversion request'),
        cur(-20.4, 'error', 'conversion request failed: TypeError: Cannot read properties of undefined (reading \'units\')'),
        cur(-15, 'info', 'received conversion request'),
        cur(-15, 'error', 'conversion request failed: TypeError: Cannot read properties of undefined (reading \'units\')'),
        cur(-6, 'info', 'received conversion request'),
        cur(-6, 'info', 'conversion request successful'),
        cur(-2, 'info', 'received conversion request'),
        cur(-2, 'error', 'conversion request failed: TypeError: Cannot read properties of undefined (reading \'units\')'),
      ],
      'frontend#0/server': [
        fe(-40, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fe(-40, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fe(-20.3, 'error', 'request error', { path: '/product/66VCHSJNUP', error: `failed to convert currency for product #66VCHSJNUP: ${convErr}` }),
        fe(-14.9, 'error', 'request error', { path: '/cart', error: `could not convert currency for shipping quote: ${convErr}` }),
        fe(-9, 'debug', 'request complete', { path: '/' }),
        fe(-1.9, 'error', 'request error', { path: '/', error: `failed to convert currency for product #1YMWWN1N4O: ${convErr}` }),
      ],
      'frontend#1/server': [
        fe(-18, 'debug', 'setting currency', { method: 'POST', path: '/setCurrency', session: '7f1e20c8-4a3d-4b92-8e6f-c05d19a3b7e2' }),
        fe(-17.9, 'error', 'request error', { path: '/', session: '7f1e20c8-4a3d-4b92-8e6f-c05d19a3b7e2', error: `failed to convert currency for product #9SIQT8TOJO: ${convErr}` }),
        fe(-4, 'error', 'request error', { path: '/product/L9ECAV7KIM', session: '7f1e20c8-4a3d-4b92-8e6f-c05d19a3b7e2', error: `failed to convert currency for product #L9ECAV7KIM: ${convErr}` }),
      ],
      'checkoutservice#0/server': [
        `{"message":"payment went through (transaction_id: 3c0a7f9e-2b1d-4e88-9a51-f0c6d2b7e419)","severity":"info","timestamp":"${T.isoMs(-25)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"4e1bc0a2-9f3d-4d71-8a0e-62b5c9e1f7a3\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-12)}"}`,
        `{"message":"failed to prepare order: failed to convert price of \\"L9ECAV7KIM\\" to EUR: ${convErr.replace(/'/g, "'")}","severity":"warning","timestamp":"${T.isoMs(-12)}"}`,
      ],
      'recommendationservice#0/server': [
        `{"timestamp": ${Date.parse(T.isoMs(-3)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']"}`,
      ],
    },
  },
];
void R;
