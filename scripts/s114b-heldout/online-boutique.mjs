// Blind held-out batch s114b: one Online Boutique scenario (split: test), on the session-2 system definition.
// Built by scripts/s114b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const IT = '2026-05-12T14:20:00Z';
const T = clock(IT);
const NODE_B = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4e1f7a2c-8d3b-4f6e-a1c9-0b7d2e5f3a81', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '6a0c1d9e-2b7f-4c38-9e51-3f8a7b2d4c60', severity, timestamp: T.isoMs(min) });
const rec = (min, sev, msg) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity: sev, name: 'recommendationservice-server', message: msg });
const pids = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];

const recLines = [];
for (let m = -3.6; m < -1.2; m += 0.21) recLines.push(rec(m, 'INFO', `[Recv ListRecommendations] product_ids=['${pids[Math.round(-m * 10) % 9]}', '${pids[Math.round(-m * 7) % 9]}', '${pids[Math.round(-m * 3) % 9]}', '${pids[Math.round(-m * 5) % 9]}', '${pids[Math.round(-m * 11) % 9]}']`));

const frontErr = (min, id, path) => fl(min, 'error', 'request error', { id, path, error: `failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"` });

export const scenarios = [
  {
    folder: 's114b-boutique-product-pages-500',
    incidentTime: IT,
    description: 'product pages on the shop throwing 500s on and off since about 13:50, home page is fine. storefront team',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'recommendationservice', cause: 'crash-loop' },
      { component: 'recommendationservice', cause: 'resource-exhaustion' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      recommendationservice: {
        unavailableSince: -27,
        pods: [{
          node: NODE_B,
          readyTransition: T.iso(-1.1),
          containers: {
            server: cs.crashLoop({ restarts: 9, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.7), finishedAt: T.iso(-1.1), backoff: '5m0s', container: 'server' }),
          },
        }],
      },
      // decoy: adservice restarted once three days ago (old OOM), Ready since
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 17), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 17.4) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', fieldPath: 'spec.containers{server}', first: -26, last: -0.6, count: 38 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo'}/recommendationservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -29, last: -3.7, count: 10 },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s: context deadline exceeded', fieldPath: 'spec.containers{server}', first: -28, last: -1.3, count: 11 },
      { on: `node:${NODE_B}`, source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', message: 'Memory cgroup out of memory: Killed process 1184021 (python) total-vm:812344kB, anon-rss:458212kB, file-rss:21408kB, shmem-rss:0kB, UID:1000 pgtables:1188kB oom_score_adj:999', first: -29.5, last: -1.1, count: 10 },
    ],
    logs: {
      'recommendationservice#0/server/previous': [
        rec(-3.65, 'INFO', 'initializing recommendationservice'),
        rec(-3.64, 'INFO', 'Profiler disabled.'),
        rec(-3.64, 'INFO', 'Tracing disabled.'),
        rec(-3.63, 'INFO', 'product catalog address: productcatalogservice:3550'),
        rec(-3.62, 'INFO', 'listening on port: 8080'),
        ...recLines,
      ],
      'frontend#0/server': [
        fl(-9.2, 'info', 'request started', { id: '1b2c3d4e-0a9f-4e8d-b7c6-5a4f3e2d1c0b', path: '/product/66VCHSJNUP' }),
        frontErr(-9.2, '1b2c3d4e-0a9f-4e8d-b7c6-5a4f3e2d1c0b', '/product/66VCHSJNUP'),
        fl(-6.4, 'info', 'request started', { id: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910', path: '/' }),
        fl(-6.3, 'debug', 'request complete', { id: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910', path: '/' }),
        fl(-2.1, 'info', 'request started', { id: '0c9b8a7f-6e5d-4c3b-a291-807f6e5d4c3b', path: '/product/OLJCESPC7Z' }),
        fl(-2.0, 'error', 'request error', { id: '0c9b8a7f-6e5d-4c3b-a291-807f6e5d4c3b', path: '/product/OLJCESPC7Z', error: 'failed to get product recommendations: rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fl(-0.7, 'info', 'request started', { id: 'a1b2c3d4-e5f6-4789-8abc-def012345678', path: '/product/L9ECAV7KIM' }),
        frontErr(-0.7, 'a1b2c3d4-e5f6-4789-8abc-def012345678', '/product/L9ECAV7KIM'),
      ],
      'loadgenerator#0/main': [
        `[${T.java(-5).replace(/\.\d+$/, '')},${'412'}] loadgenerator/WARNING/locust.runners: CatchResponseError: GET /product/1YMWWN1N4O: 500 Internal Server Error`,
        `[${T.java(-1).replace(/\.\d+$/, '')},${'087'}] loadgenerator/WARNING/locust.runners: CatchResponseError: GET /product/9SIQT8TOJO: 500 Internal Server Error`,
      ],
    },
    grounding: `
      Manifest: release/kubernetes-manifests.yaml (34ffea9): recommendationservice is a Python gRPC server with limits.memory 450Mi,
      called by frontend for every product page (RECOMMENDATION_SERVICE_ADDR); the home page does not call it.
      Fault: the Python process's memory grows under load until the memory cgroup limit; the kernel kills it (exit 137,
      reason OOMKilled), the kubelet restarts it with back-off, and the frontend returns 500 for product pages while the
      server is down (Unavailable: connection refused / EOF). GKE's node-problem-detector writes the OOMKilling Node event.
      Decoy: adservice was OOMKilled three days ago and has been Ready since.
      Deviation: none from upstream manifests; the loadgenerator log lines are abbreviated.
    `,
  },
];
