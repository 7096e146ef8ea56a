// Blind dev batch s95a, Online Boutique: one scenario on the kit's Online Boutique system (scripts/s2-scenarios/online-boutique.mjs).
// currencyservice release that stays Ready (gRPC health SERVING) while Convert throws for most currencies.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-04-09T14:41:00Z');
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'd3f1a7c2-5e0b-4b9a-8f21-7c6e1d09ab34', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '6c1e0f92-2b7d-4a58-9e33-b0d4c71a5e86', severity, timestamp: T.isoMs(min) });
const pino = (min, sev, msg, host) => `{"severity":"${sev}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}","name":"currencyservice-server","message":"${msg}"}`;
const ERR = "rpc error: code = Unknown desc = Cannot read properties of undefined (reading 'units')";

export const scenarios = [
  {
    folder: 's95a-currency-release-undefined-rate',
    incidentTime: '2026-04-09T14:41:00Z',
    description: 'shop homepage + product pages erroring for a lot of ppl since ~14:10, USD users seem fine?? checkout also failing for some. frontend was not touched',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: currencyservice is the Node.js gRPC server (pino JSON logs with severity/message) on 7000, probed by
      grpc health with service ''; frontend (Go, logrus JSON) and checkoutservice call Convert for every price that is not
      in the shopper's currency (frontend handlers.go "failed to do currency conversion for product", checkoutservice
      "failed to convert price"). Fault: a rollout at 14:07 swaps the image to a team build v0.10.6-fx2 whose rates table
      keeps only EUR/USD entries; Convert then reads data[from].units of undefined and the callback returns the TypeError,
      which grpc-js sends as code Unknown. The health service is unaffected so the pod stays Ready. Catalog prices are USD and
      the server converts through EUR, so USD and EUR shoppers still get prices while JPY/GBP/CAD shoppers get 500s.
      Shape follows public bug reports of data files dropped from a Node.js image build (a .dockerignore / COPY change)
      where the process serves and only lookups fail. Decoy: recommendationservice OOMKilled three days ago
      (restartCount 1, Running since). Deviation from upstream: the team tag v0.10.6-fx2 (upstream pins v0.10.6).
    `,
    workloads: {
      currencyservice: {
        rollout: { at: -34, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/currencyservice:v0.10.6-fx2` } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -34 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -33 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -33.9 },
      { on: 'pod:currencyservice#0', reason: 'Pulling', message: `Pulling image "${REG}/currencyservice:v0.10.6-fx2"`, fieldPath: 'spec.containers{server}', first: -33.8 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.6-fx2" in 3.412s (3.412s including waiting). Image size: 61830012 bytes.`, fieldPath: 'spec.containers{server}', first: -33.7 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -33.7 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -33.6 },
    ],
    logs: {
      'currencyservice#0/server': [
        pino(-33.5, 'info', 'Starting gRPC server on port 7000...', '%POD%'),
        pino(-33.4, 'info', 'CurrencyService gRPC server started on port 7000', '%POD%'),
        pino(-33, 'info', 'Getting supported currencies...', '%POD%'),
        pino(-31, 'info', 'received conversion request', '%POD%'),
        pino(-31, 'info', 'conversion request successful', '%POD%'),
        pino(-30.8, 'info', 'received conversion request', '%POD%'),
        pino(-30.8, 'error', "conversion request failed: TypeError: Cannot read properties of undefined (reading 'units')", '%POD%'),
        pino(-12, 'info', 'received conversion request', '%POD%'),
        pino(-12, 'error', "conversion request failed: TypeError: Cannot read properties of undefined (reading 'units')", '%POD%'),
        pino(-3, 'info', 'Getting supported currencies...', '%POD%'),
        pino(-1.2, 'info', 'received conversion request', '%POD%'),
        pino(-1.2, 'error', "conversion request failed: TypeError: Cannot read properties of undefined (reading 'units')", '%POD%'),
      ],
      'frontend#0/server': [
        front(-40, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        front(-40, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        front(-30.8, 'error', 'request error', { path: '/', error: `failed to do currency conversion for product OLJCESPC7Z: ${ERR}`, id: '1f0b3c9e-72a4-4e1d-a5c8-9b6d2e03f417' }),
        front(-22, 'error', 'request error', { path: '/product/66VCHSJNUP', error: `failed to convert currency: ${ERR}`, id: '8a2c7e51-0d3f-4b96-b1e4-5f7a9c2d6e80' }),
        front(-9, 'debug', 'request complete', { path: '/_healthz' }),
        front(-1.4, 'error', 'request error', { path: '/', error: `failed to do currency conversion for product 9SIQT8TOJO: ${ERR}`, id: '4e7d1b20-c93a-4f58-8e06-a1b5d3c7f924' }),
      ],
      'frontend#1/server': [
        front(-25, 'debug', 'request complete', { path: '/cart' }),
        front(-12.1, 'error', 'request error', { path: '/cart', error: `could not retrieve cart: failed to convert currency for item: ${ERR}`, id: '2b9f0e4a-6c13-4d7e-9a52-e8c1f6b3d075' }),
        front(-2.5, 'debug', 'request complete', { path: '/_healthz' }),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"4c9f1e2a-8b3d-4e60-a7f5-0d2c9b6e1a83\\" user_currency=\\"JPY\\"","severity":"info","timestamp":"${T.isoMs(-8)}"}`,
        `{"message":"payment went through (transaction_id: 0f6b2d19-5e8a-4c31-b7d4-92a0e6c3f158)","severity":"info","timestamp":"${T.isoMs(-20)}"}`,
      ],
      'recommendationservice#0/server': [
        `{"timestamp": ${Date.parse(T.isoMs(-5)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0']"}`,
      ],
    },
  },
];
