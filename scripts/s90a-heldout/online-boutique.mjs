// Blind held-out batch s90a: one Online Boutique scenario (split test), on the session-2 system definition.
// Built by scripts/s90a-build.mjs with the kit of scripts/s2-scenario-kit.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const IT = '2026-05-12T10:58:00Z';
const T = clock(IT);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const cur = system.workloads.find((w) => w.name === 'currencyservice').containers[0];
const fe = (min, path, msg, extra = '') => JSON.stringify({ 'http.req.id': `a${Math.abs(Math.round(min * 100))}f0de-3b1e-4c57-9d6a-2f4b9e7a1c03`, 'http.req.method': 'GET', 'http.req.path': path, message: msg, session: '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity: 'debug', timestamp: T.isoMs(min), ...(extra ? { 'http.resp.took_ms': extra } : {}) });
const pino = (min, msg) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const crash = [
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module '@opentelemetry/instrumentation-grpc'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:30:33)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at TracingChannel.traceSync (node:diagnostics_channel:315:14) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js' ]",
  '}',
  '',
  'Node.js v20.18.0',
];

export const scenarios = [
  {
    folder: 's90a-currency-release-stalls',
    incidentTime: IT,
    description: 'curency deploy from the 10:40 pipeline run still not done?? shop looks ok',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'typo', 'time-expression', 'partial-name'],
    workloads: {
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
        rollout: { at: -18, revision: 4, oldReplicas: 1, oldContainers: { server: { image: cur.image } } },
        pods: [{
          containers: {
            server: cs.crashLoop({ restarts: 7, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.2), finishedAt: T.iso(-3.1), container: 'server' }),
          },
        }],
        unavailableSince: -17.5,
        deployStatus: undefined,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7.9), lastTransitionTime: T.iso(-7.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:currencyservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -18, last: -18 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned online-boutique/%POD% to %NODE%', first: -17.6 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${REG}/currencyservice:v0.10.7" already present on machine`, first: -17.4, last: -3.3, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -17.4, last: -3.3, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -17.3, last: -3.2, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_online-boutique(%PODUID%)', first: -16.9, last: -0.4, count: 71 },
    ],
    logs: {
      'currencyservice#0/server/previous': crash,
      'currencyservice#old0/server': [
        pino(-40, 'conversion request successful'), pino(-25, 'Getting supported currencies...'), pino(-12, 'conversion request successful'),
        pino(-6, 'Getting supported currencies...'), pino(-2, 'conversion request successful'), pino(-1, 'Getting supported currencies...'),
      ],
      'frontend#0/server': [
        fe(-9, '/', 'request started'), fe(-8.99, '/', 'request complete', '41'),
        fe(-5, '/product/OLJCESPC7Z', 'request started'), fe(-4.99, '/product/OLJCESPC7Z', 'request complete', '23'),
        fe(-1.5, '/cart', 'request started'), fe(-1.49, '/cart', 'request complete', '18'),
      ],
    },
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (session-2 system definition): currencyservice is one replica of the
      Node.js gRPC server (container "server", grpc probes on 7000); the Deployment's default RollingUpdate (25% surge,
      25% unavailable) keeps the old pod serving while the new one never becomes ready.
      Fault follows public Node.js release breakages where a dependency is required in server.js but missing from the built
      image (MODULE_NOT_FOUND at startup, exit code 1, CrashLoopBackOff), and the Deployment controller's
      ProgressDeadlineExceeded after progressDeadlineSeconds 600.
      Deviations from upstream: image tag v0.10.7 is a hypothetical internal build of the team; the log lines of the old pod are
      abridged.
    `,
  },
];
