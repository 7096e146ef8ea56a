// Blind dev batch s83c: Online Boutique spec (system from scripts/s2-scenarios/online-boutique.mjs).
// One scenario: a currencyservice fork build whose Convert handler rejects a promise unhandled and kills Node.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const IT = '2026-04-07T15:20:00Z';
const T = clock(IT);
const pino = (min, sev, msg) => `{"severity":"${sev}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${msg}"}`;
const fe = (min, sev, msg, err, path = '/') => JSON.stringify({ ...(err ? { error: err } : {}), 'http.req.id': `7c1e${Math.round(min * 100 + 9000)}-2b4a-4f1e-9a0d-3e6b1c8d5f20`, 'http.req.method': 'GET', 'http.req.path': path, message: msg, session: '5e0d3a71-8f2c-4b6e-a1d9-0c7f4e2b9a36', severity: sev, timestamp: T.isoMs(min) });
const refused = 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused\\"';
const crash = (min) => [
  pino(min, 'info', 'Starting gRPC server on port 7000...'),
  pino(min + 0.02, 'info', 'Getting supported currencies...'),
  pino(min + 0.05, 'info', 'received conversion request'),
  'node:internal/process/promises:391',
  '    triggerUncaughtException(err, true /* fromPromise */);',
  '    ^',
  '',
  "TypeError: Cannot read properties of undefined (reading 'nanos')",
  '    at _carry (/usr/src/app/server.js:96:28)',
  '    at /usr/src/app/server.js:131:22',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  '',
  'Node.js v20.18.0',
];
export const scenarios = [
  {
    folder: 's83c-currency-fork-unhandled-rejection',
    description: 'boutique home page + checkout throwing 500s since about 14:45, something about currency',
    incidentTime: IT,
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Upstream currencyservice (release/kubernetes-manifests.yaml at 34ffea9): Node.js gRPC server on 7000, gRPC probes,
      1 replica, called by frontend and checkoutservice (CURRENCY_SERVICE_ADDR). Fault: at 14:42 the team rolled out a fork
      build (image tag v0.10.6-fx1, same env and probes) whose Convert handler reads units/nanos of a currency missing from
      its conversion table; the promise rejection is unhandled and Node >= 15 terminates the process (nodejs/node
      "triggerUncaughtException ... fromPromise" crash, exit code 1). The gRPC health probe passes until the first Convert,
      so the rollout completed (old ReplicaSet at 0) and the pod now crash-loops as soon as it gets traffic.
      Frontend is loudest (request error ... connection refused). Decoy: adservice OOMKilled three days ago, restarted once,
      healthy since; a stale cartservice readiness warning from two days ago. Deviations: the fork tag is invented.`,
    workloads: {
      currencyservice: {
        rollout: { at: -38, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/currencyservice:v0.10.6-fx1` } },
        unavailableSince: -36,
        pods: [{ ready: false, containers: { server: cs.crashLoop({ restarts: 9, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-2.5), backoff: '5m0s', container: 'server' }) } }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -38 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -37.4 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6-fx1" already present on machine`, fieldPath: 'spec.containers{server}', first: -35, last: -2.6, count: 9 },
      { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -34, last: -0.4, count: 131 },
      { on: 'pod:cartservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s', type: 'Warning', fieldPath: 'spec.containers{server}', first: -60 * 48, last: -60 * 48 + 2, count: 3 },
    ],
    logs: {
      'currencyservice#0/server': crash(-2.6),
      'currencyservice#0/server/previous': crash(-7.9),
      'frontend#0/server': [
        fe(-6.2, 'debug', 'request started'),
        fe(-6.1, 'error', 'request error', `could not retrieve currencies: ${refused}`),
        fe(-3.3, 'debug', 'request started', undefined, '/product/OLJCESPC7Z'),
        fe(-3.2, 'error', 'request error', `failed to convert currency for product #OLJCESPC7Z: ${refused}`, '/product/OLJCESPC7Z'),
        fe(-1.1, 'debug', 'request started', undefined, '/cart/checkout'),
        fe(-1.0, 'error', 'request error', `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of \\"L9ECAV7KIM\\" to EUR`, '/cart/checkout'),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"5e0d3a71-8f2c-4b6e-a1d9-0c7f4e2b9a36\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-1.05)}"}`,
      ],
      'adservice#0/server': [`${T.java(-4)} - [grpc-default-executor-3] INFO  hipstershop.AdService - received ad request (context_words=[clothing])`],
    },
  },
];
