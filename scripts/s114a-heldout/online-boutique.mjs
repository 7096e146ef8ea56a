// Blind held-out batch s114a: one Online Boutique scenario on the kit's system (scripts/s2-scenarios/online-boutique.mjs).
// Grounding notes in the scenario's `grounding`; written before any engine run.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const IT = '2026-05-12T10:52:00Z';
const T = clock(IT);
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0c1a7b-93f2-4d1e-8b6a-0f2d4c9e7a11', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message, session: '7c3e1f90-2b4d-4a8e-9f61-1d5a7e3c0b24', severity, timestamp: T.isoMs(min) });
const py = (min, level, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '').replace('T', ' ').slice(0, 19) + ',' + T.isoMs(min).slice(20, 23), severity: level, name: 'recommendationservice-server', message: msg });

export const scenarios = [
  {
    folder: 's114a-recs-memory-climb',
    incidentTime: IT,
    description: 'product pages slow + "you may also like" box empty on the shop since around 10:30, checkout still works',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'crash-loop' }, { component: 'recommendationservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml, v0.10.6): recommendationservice is a Python gRPC server with
      requests 100m/220Mi and limits 200m/450Mi; the frontend calls it from the product page and only logs a warning
      ("failed to get product recommendations") when the call fails, so the page still renders without the box.
      Fault: the Python process grows until the kernel OOM-kills it at the 450Mi limit (lastState OOMKilled, exit 137),
      restarting six times in 25 minutes; it runs a few minutes after each restart, so the pod flaps between Ready and
      not Ready while the frontend is the loud component. Memory growth of a Python gRPC server under load follows public
      grpcio reports of per-call memory growth. Deviation from upstream: none in the manifests.
    `,
    workloads: {
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.5), ready: false, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6), finishedAt: T.iso(-1.6) } }) }, ready: false, readyTransition: T.iso(-1.6) }],
      },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine`, first: -24, last: -1.5, count: 6 },
      { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -24, last: -1.5, count: 6 },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -24, last: -1.5, count: 6 },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -22, last: -1.2, count: 9 },
      { on: 'pod:recommendationservice#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -12, last: -1.7, count: 3 },
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 884213 (python) total-vm:1093412kB, anon-rss:458772kB, file-rss:21340kB, shmem-rss:0kB, UID:1000 pgtables:1236kB oom_score_adj:987', first: -26, last: -1.6, count: 6 },
    ],
    logs: {
      'recommendationservice#0/server': [
        py(-1.4, 'INFO', 'initializing recommendationservice'),
        py(-1.4, 'INFO', 'Profiler disabled.'),
        py(-1.4, 'INFO', 'Tracing disabled.'),
        py(-1.3, 'INFO', 'listening on port: 8080'),
        py(-1.1, 'INFO', "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', '9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM', '0PUK6V6EV0']"),
        py(-0.9, 'INFO', "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', '6E92ZMYYFZ', 'L9ECAV7KIM']"),
      ],
      'recommendationservice#0/server/previous': [
        py(-5.9, 'INFO', 'initializing recommendationservice'),
        py(-5.9, 'INFO', 'Profiler disabled.'),
        py(-5.9, 'INFO', 'Tracing disabled.'),
        py(-5.8, 'INFO', 'listening on port: 8080'),
        ...[-5.5, -5.0, -4.4, -3.8, -3.1, -2.5, -1.9].map((m) => py(m, 'INFO', "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '2ZYFJ3GM2N', '66VCHSJNUP', '9SIQT8TOJO', 'LS4PSXUNUM']")),
      ],
      'frontend#0/server': [
        fl(-9, 'debug', 'request started', { path: '/' }),
        fl(-8.9, 'debug', 'request complete', { path: '/' }),
        fl(-6.4, 'warning', 'failed to get product recommendations', { error: 'failed to get recommended product info (#0): rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"', id: '0a9b3d2e-7f41-4c86-b1e5-3c2f8d6a9e70' }),
        fl(-1.6, 'warning', 'failed to get product recommendations', { error: 'failed to get recommended product info (#0): rpc error: code = Unavailable desc = error reading from server: EOF', id: '8d4f2a61-0c3e-4b97-a5d8-6e1b9c7f2a03' }),
        fl(-1.5, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(-0.8, 'debug', 'request started', { path: '/cart' }),
        fl(-0.7, 'debug', 'request complete', { path: '/cart' }),
      ],
    },
  },
];
