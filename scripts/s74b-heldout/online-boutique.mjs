// Blind held-out batch s74b: one Online Boutique scenario (split: test), as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on the session-2 Online Boutique system definition (scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const INC = '2026-04-21T14:47:00Z';
const T = clock(INC);
const cur = (min, sev, msg, host) =>
  `{"severity":"${sev}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}","name":"currencyservice-server","message":"${msg}"}`;
const front = (min, sev, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity: sev,
    timestamp: T.isoMs(min),
  });
const CRASH = (host) => [
  cur(-1.32, 'info', 'Profiler disabled.', host),
  cur(-1.31, 'info', 'Tracing disabled.', host),
  cur(-1.3, 'info', 'Starting gRPC server on port 7000...', host),
  cur(-1.27, 'info', 'Getting supported currencies...', host),
  '/usr/src/app/server.js:77',
  "  const data = require('./data/currency_conversion.json');",
  '               ^',
  '',
  "Error: Cannot find module './data/currency_conversion.json'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at _getCurrencyData (/usr/src/app/server.js:77:16)',
  '    at Object.getSupportedCurrencies (/usr/src/app/server.js:110:3)',
  '    at Object.onReceiveHalfClose (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1461:25)',
  '    at BaseServerInterceptingCall.maybePushNextMessage (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:575:31)',
  '    at BaseServerInterceptingCall.handleEndEvent (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:615:14)',
  '    at ServerHttp2Stream.<anonymous> (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server-interceptors.js:382:18) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js' ]",
  '}',
  '',
  'Node.js v20.18.1',
];

export const scenarios = [
  {
    folder: 's74b-boutique-homepage-500-after-deploy-train',
    description: 'boutique homepage throwing 500s since ~14:25 deploy train, storefront team says frontend didnt change. emailservice went out in the same train fwiw',
    incidentTime: INC,
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): currencyservice is the Node.js gRPC server on 7000 that
      the frontend calls on every page (CURRENCY_SERVICE_ADDR=currencyservice:7000, GetSupportedCurrencies for the currency
      picker) and checkoutservice calls for each conversion; its gRPC probes hit grpc.health.v1 which answers SERVING
      regardless of the conversion data. In src/currencyservice/server.js _getCurrencyData() require()s
      ./data/currency_conversion.json lazily on every call, and getSupportedCurrencies has no try/catch, so an image without
      that file starts, passes its probes, and dies with an uncaught MODULE_NOT_FOUND on the first GetSupportedCurrencies.
      Fault: a deploy train at 14:21 rolled currencyservice v0.10.6 -> v0.10.7 (an internal build whose Dockerfile/.dockerignore
      change dropped data/*.json) and emailservice v0.10.6 -> v0.10.7 (healthy, the decoy). The new currencyservice pod became
      Ready, the old ReplicaSet was scaled to 0, then the container crashed on the first frontend request and now sits in
      CrashLoopBackOff; the frontend logs "could not retrieve currencies" for every page (loudest), checkout conversions fail.
      Deviations from upstream: the v0.10.7 tags are hypothetical internal builds; the crash stack (line numbers, grpc-js frames)
      is written in the shape Node 20 prints for an uncaught require error.`,
    workloads: {
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
        rollout: { at: -26, revision: 6, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        unavailableSince: -24,
        pods: [
          {
            readyTransition: T.iso(-1.2),
            containers: {
              server: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-1.33), finishedAt: T.iso(-1.26), backoff: '5m0s', container: 'server' }),
            },
          },
        ],
      },
      emailservice: {
        containers: { server: { image: `${REG}/emailservice:v0.10.7` } },
        rollout: { at: -27, revision: 5, oldContainers: { server: { image: `${REG}/emailservice:v0.10.6` } } },
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -26 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -25.3 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -27 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set emailservice-%OLD% to 0 from 1', first: -26.4 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.7" already present on machine`, first: -24.2, last: -1.34, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -24.2, last: -1.34, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -24.2, last: -1.33, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s: context deadline exceeded', first: -23.9, last: -6.1, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -23.8, last: -0.4, count: 41, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'currencyservice#0/server/previous': CRASH('%POD%'),
      'frontend#0/server': [
        front(-3.1, 'info', 'request started', { id: '5d1f0c2a-7a61-4f0e-8b37-0c9e2d4a1b6f' }),
        front(-3.09, 'error', 'request error', { id: '5d1f0c2a-7a61-4f0e-8b37-0c9e2d4a1b6f', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(-2.4, 'info', 'request started', { id: 'a8e03b71-2c4d-4e9a-9f10-6b2d8c5e7f31', path: '/product/OLJCESPC7Z' }),
        front(-2.39, 'error', 'request error', { id: 'a8e03b71-2c4d-4e9a-9f10-6b2d8c5e7f31', path: '/product/OLJCESPC7Z', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
        front(-1.27, 'info', 'request started', { id: '0f7c2b9e-41d3-4a8b-b6e5-d91a3c7e2f04' }),
        front(-1.26, 'error', 'request error', { id: '0f7c2b9e-41d3-4a8b-b6e5-d91a3c7e2f04', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        front(-0.6, 'info', 'request started', { id: '7e2a91c4-5b0d-4f63-a8c2-3d4e6f1b9a70', path: '/cart' }),
        front(-0.59, 'error', 'request error', { id: '7e2a91c4-5b0d-4f63-a8c2-3d4e6f1b9a70', path: '/cart', error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"' }),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"3f8a2c1e-9d4b-4b70-8e61-2a5c7d9f0b13\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-4.2)}"}`,
      ],
      'emailservice#0/server': [
        `{"timestamp": ${(Date.parse(T.isoMs(-26.6)) / 1000).toFixed(6)}, "severity": "INFO", "name": "emailservice-server", "message": "starting the email service in dummy mode."}`,
        `{"timestamp": ${(Date.parse(T.isoMs(-26.6)) / 1000 + 0.01).toFixed(6)}, "severity": "INFO", "name": "emailservice-server", "message": "listening on port: 8080"}`,
      ],
    },
  },
];
