// Blind held-out batch s116b: one Online Boutique scenario for the kit (scripts/s2-scenario-kit.mjs),
// system as in scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-05-12T10:52:00Z');
const fl = (min, severity, message, error, path = '/') => JSON.stringify({ 'http.req.id': `7d1e${Math.abs(Math.round(min * 100)).toString(16).padStart(4, '0')}-52a1-4c0e-9b7f-3e8c1a6f2d90`, 'http.req.method': 'GET', 'http.req.path': path, ...(error ? { error } : {}), message, session: 'e3b9c2a4-7f10-4d6b-8a2e-5c91d0f4b7a3', severity, timestamp: T.isoMs(min) });
const curUnavail = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';
const frontLogs = [];
for (let m = -30; m < -1; m += 1.7) {
  if (m < -19) frontLogs.push(fl(m, 'debug', 'request started'), fl(m + 0.01, 'debug', 'request complete'));
  else frontLogs.push(fl(m, 'debug', 'request started'), fl(m + 0.02, 'error', 'request error', `could not retrieve currencies: ${curUnavail}`));
}
const pino = (min, level, msg) => JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const curLogs = [
  pino(-3.2, 'info', 'Starting gRPC server on port 7000...'),
  pino(-3.1, 'info', 'CurrencyService gRPC server started on port 7000'),
  ...Array.from({ length: 14 }, (_, i) => [pino(-3 + i * 0.09, 'info', 'Getting supported currencies...'), pino(-2.99 + i * 0.09, 'info', 'conversion request successful')]).flat(),
];

export const scenarios = [
  {
    folder: 's116b-shop-500s-currency',
    incidentTime: '2026-05-12T10:52:00Z',
    description: 'boutique homepage throwing 500s on and off since ~10:30, looks like currency stuff? checkout team says their side is fine',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts: currencyservice (Node.js, @grpc/grpc-js) runs one replica with limits 200m/128Mi (release/kubernetes-manifests.yaml at 34ffea9);
      frontend calls it on every page render (GetSupportedCurrencies, Convert) through CURRENCY_SERVICE_ADDR=currencyservice:7000.
      Fault: the Node process's resident memory grows past the 128Mi cgroup limit under the afternoon traffic (as in public reports of
      the Node currencyservice growing with request volume) and the kernel OOM-kills it: lastState terminated OOMKilled exit 137,
      restarts 6, CrashLoopBackOff between runs; while it is down, frontend logs "could not retrieve currencies ... connection refused"
      and answers 500. Decoy: an adservice rollout two hours earlier (v0.10.6 -> v0.10.7 image tag only) that is healthy.
      Deviations from upstream: adservice image tag v0.10.7 is a hypothetical later build; the current container is the short-lived
      running instance between two OOM kills.`,
    workloads: {
      currencyservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-3.3), ready: true, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9.1), finishedAt: T.iso(-5.8) } }) } }],
      },
      adservice: {
        rollout: { at: -125, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6' } } },
        containers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.7' } },
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -21, last: -4, count: 17, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" already present on machine', first: -22, last: -3.4, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -22, last: -3.3, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -20, last: -6, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set adservice-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -124, last: -124 },
    ],
    logs: {
      'frontend#0/server': frontLogs,
      'currencyservice#0/server': curLogs,
    },
  },
];
