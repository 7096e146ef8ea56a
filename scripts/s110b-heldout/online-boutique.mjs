// Blind held-out batch s110b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/s2-scenarios/online-boutique.mjs defines it (upstream release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const I = '2026-03-17T14:41:00Z';
const T = clock(I);
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a4c1e7f2-5b3d-4e90-8f21-7c6d0b9e3a15', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3e9b1c55-27fa-4d0e-9a61-c08f4d2b7e13', severity, timestamp: T.isoMs(min) });
const cur = (min, msg) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';

export const scenarios = [
  {
    folder: 's110b-homepage-500s-on-and-off',
    incidentTime: I,
    description: 'boutique homepage giving 500s on and off since around 2:15, sometimes loads fine on refresh',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `Upstream currencyservice (Node.js, @grpc/grpc-js) runs with limits 200m/128Mi; every frontend page converts prices through it.
      Fault: the Node.js process grows past the 128Mi cgroup limit under the afternoon load and is OOMKilled (exit 137) over and over,
      so the kubelet backs off and the Service has no ready endpoint between restarts; kube-proxy rejects connections to a Service
      without endpoints, so the frontend logs "connection refused" and answers 500 ("could not retrieve currencies"); checkout fails
      the same way. Node-problem-detector's kernel-monitor OOMKilling events on the node as GKE writes them. Decoy: adservice (JVM)
      was OOMKilled once three days ago and has run since. Deviation from upstream: none in the manifests; the leak itself is assumed.`,
    events: [
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', source: 'kernel-monitor', type: 'Warning', reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 2231904 (node) total-vm:1204332kB, anon-rss:130412kB, file-rss:38120kB, shmem-rss:0kB, UID:1000 pgtables:1828kB oom_score_adj:992', first: -24, last: -3, count: 8 },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', fieldPath: 'spec.containers{server}', first: -20, last: -0.5, count: 31 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" already present on machine', fieldPath: 'spec.containers{server}', first: -25, last: -1.5, count: 9 },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', fieldPath: 'spec.containers{server}', first: -22, last: -1.2, count: 14 },
    ],
    workloads: {
      currencyservice: { pods: [{ node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', containers: { server: cs.crashLoop({ restarts: 9, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.1), finishedAt: T.iso(-1.6), backoff: '2m40s', container: 'server' }) } }] },
      adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) } }) } }] },
    },
    logs: {
      'currencyservice#0/server': [cur(-1.55, 'Profiler disabled.'), cur(-1.55, 'Tracing disabled.'), cur(-1.5, 'Starting gRPC server on port 7000...')].join('\n'),
      'currencyservice#0/server/previous': [cur(-4.05, 'Profiler disabled.'), cur(-4.05, 'Tracing disabled.'), cur(-4.0, 'Starting gRPC server on port 7000...'), cur(-3.9, 'Getting supported currencies...'), cur(-3.5, 'received conversion request'), cur(-3.5, 'conversion request successful'), cur(-2.4, 'received conversion request'), cur(-2.4, 'conversion request successful'), cur(-1.7, 'Getting supported currencies...')].join('\n'),
      'frontend#0/server': [
        fl(-30, 'debug', 'request started'), fl(-30, 'debug', 'request complete'),
        fl(-6, 'error', 'request error', { error: `could not retrieve currencies: ${refused}`, id: 'e1d5a3c0-8b47-4f19-a2e6-1f0c9d7b4e58' }),
        fl(-4, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }), fl(-4, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(-1.3, 'error', 'request error', { error: `could not retrieve currencies: ${refused}`, id: '0b7f2e19-c4a6-4d83-95e1-6a2d8c3f1b07' }),
        fl(-0.6, 'error', 'request error', { path: '/product/66VCHSJNUP', error: `failed to convert currency for product: ${refused}`, id: '7c3e91a4-2d5b-4f06-b8e7-49a1c6d0f2e3' }),
      ].join('\n'),
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="3e9b1c55-27fa-4d0e-9a61-c08f4d2b7e13" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-2.2) }),
        JSON.stringify({ message: `failed to prepare order: failed to convert price of "LS4PSXUNUM" to EUR: ${refused}`, severity: 'warning', timestamp: T.isoMs(-2.2) }),
      ].join('\n'),
    },
  },
];
