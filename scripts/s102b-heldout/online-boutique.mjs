// Blind held-out batch s102b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as in scripts/s2-scenarios/online-boutique.mjs (microservices-demo release manifests at 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-04-21T10:41:00Z';
const T = clock(INC);
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d0f7a12-8c3e-4b6a-9e21-3f7c0a9d4e51', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a7c31e90-2f4d-4b18-8e6a-91d0c2b7f344', severity, timestamp: T.isoMs(min) });
const py = (min, sev, msg) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity: sev, name: 'recommendationservice-server', message: msg });
const oom = (start, end) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(start), finishedAt: T.iso(end) });

export const scenarios = [
  {
    folder: 's102b-recs-missing-product-page',
    incidentTime: INC,
    description: 'recomendations section empty on product pages since about 10:20, rest of the shop seems fine',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'recommendationservice', cause: 'resource-exhaustion' },
      { component: 'recommendationservice', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): recommendationservice runs one replica with limits
      cpu 200m / memory 450Mi, gRPC readiness and liveness probes on 8080; the frontend calls it through
      RECOMMENDATION_SERVICE_ADDR=recommendationservice:8080 and, when the call fails, logs the warning
      "failed to get product recommendations" and still renders the page (src/frontend/handlers.go), so shoppers
      only lose the recommendations strip.
      Fault shape: a Python gRPC server whose resident memory grows with traffic until the kernel OOM-kills it at the
      cgroup limit (OOMKilled, exit 137), restarted by the kubelet with back-off; between kills the pod is Running and
      Ready again, so the Service flaps. The root of the growth is not asserted (no upstream bug is claimed); the
      container state, restart count and BackOff events are what the kubelet reports for such a loop.
      Decoy: adservice carries a single OOMKilled restart from three days ago and is healthy since; the frontend
      rolled out a new ReplicaSet two days ago (healthy).
      Deviations from upstream: none in the manifests; the restart history and log lines are written for the incident.
    `,
    workloads: {
      recommendationservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-2.6), last: oom(-6.9, -3.1) }),
          },
          readyTransition: T.iso(-2.3),
        }],
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: oom(-60 * 24 * 9, -60 * 72 - 0.3) }) }, readyTransition: T.iso(-60 * 72 + 1) }],
      },
      frontend: { rollout: { at: -60 * 48, revision: 6 }, since: -60 * 48 },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine`, first: -19, last: -2.7, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -19, last: -2.7, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -19, last: -2.6, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -14, last: -3, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -17, last: -3.4, count: 6, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'recommendationservice#0/server': [
        py(-2.55, 'INFO', 'initializing recommendationservice'),
        py(-2.5, 'INFO', 'Profiler disabled.'),
        py(-2.5, 'INFO', 'Tracing disabled.'),
        py(-2.45, 'INFO', 'product catalog address: productcatalogservice:3550'),
        py(-2.4, 'INFO', 'listening on port: 8080'),
        ...Array.from({ length: 14 }, (_, i) => py(-2.2 + i * 0.15, 'INFO', `[Recv ListRecommendations] product_ids=['${['1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', '9SIQT8TOJO', '6E92ZMYYFZ', 'LS4PSXUNUM'][i % 7]}', '${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N'][i % 5]}', '${['LS4PSXUNUM', '9SIQT8TOJO', '0PUK6V6EV0', '6E92ZMYYFZ', 'OLJCESPC7Z'][i % 5]}', '${['2ZYFJ3GM2N', '1YMWWN1N4O', '66VCHSJNUP'][i % 3]}', '${['9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM'][i % 3]}']`)),
      ],
      'recommendationservice#0/server/previous': [
        py(-6.85, 'INFO', 'initializing recommendationservice'),
        py(-6.8, 'INFO', 'Profiler disabled.'),
        py(-6.8, 'INFO', 'Tracing disabled.'),
        py(-6.75, 'INFO', 'product catalog address: productcatalogservice:3550'),
        py(-6.7, 'INFO', 'listening on port: 8080'),
        ...Array.from({ length: 24 }, (_, i) => py(-6.5 + i * 0.14, 'INFO', `[Recv ListRecommendations] product_ids=['${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4]}', '${['2ZYFJ3GM2N', '0PUK6V6EV0', '9SIQT8TOJO', '6E92ZMYYFZ', 'LS4PSXUNUM'][i % 5]}', '${['LS4PSXUNUM', '1YMWWN1N4O', 'OLJCESPC7Z'][i % 3]}', '${['9SIQT8TOJO', '66VCHSJNUP'][i % 2]}', '${['0PUK6V6EV0', 'L9ECAV7KIM', '2ZYFJ3GM2N'][i % 3]}']`)),
      ],
      'frontend#0/server': [
        fe(-9.0, 'info', 'request started'),
        fe(-8.9, 'warning', 'failed to get product recommendations', { error: 'rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(-8.9, 'debug', 'request complete'),
        fe(-6.4, 'info', 'request started', { path: '/product/66VCHSJNUP', id: 'b81e3c40-6a2d-4f97-8c15-0e9a7d24f6b3' }),
        fe(-6.4, 'warning', 'failed to get product recommendations', { path: '/product/66VCHSJNUP', id: 'b81e3c40-6a2d-4f97-8c15-0e9a7d24f6b3', error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
        fe(-6.3, 'debug', 'request complete', { path: '/product/66VCHSJNUP', id: 'b81e3c40-6a2d-4f97-8c15-0e9a7d24f6b3' }),
        fe(-4.1, 'info', 'request started', { path: '/cart', id: '0c7d5b2e-91f4-4a3c-b6e8-5d2a1f9c7e40' }),
        fe(-4.0, 'warning', 'failed to get product recommendations', { path: '/cart', id: '0c7d5b2e-91f4-4a3c-b6e8-5d2a1f9c7e40', error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
        fe(-3.9, 'debug', 'request complete', { path: '/cart', id: '0c7d5b2e-91f4-4a3c-b6e8-5d2a1f9c7e40' }),
        fe(-3.2, 'info', 'request started', { path: '/product/L9ECAV7KIM', id: '7e2f9a61-3c08-4d5b-a1e7-c94b6d3f0a28' }),
        fe(-3.1, 'warning', 'failed to get product recommendations', { path: '/product/L9ECAV7KIM', id: '7e2f9a61-3c08-4d5b-a1e7-c94b6d3f0a28', error: 'rpc error: code = Unavailable desc = error reading from server: EOF' }),
        fe(-3.0, 'debug', 'request complete', { path: '/product/L9ECAV7KIM', id: '7e2f9a61-3c08-4d5b-a1e7-c94b6d3f0a28' }),
        fe(-1.4, 'info', 'request started', { path: '/', id: 'e4a0c6d2-58b1-4f3e-9a7c-2d61b8f0e935' }),
        fe(-1.3, 'debug', 'request complete', { path: '/', id: 'e4a0c6d2-58b1-4f3e-9a7c-2d61b8f0e935' }),
      ],
      'adservice#0/server': [
        `${T.java(-30)} INFO  [grpc-default-executor-4] AdService - received ad request (context_words=[kitchen])`,
        `${T.java(-12)} INFO  [grpc-default-executor-7] AdService - received ad request (context_words=[accessories])`,
        `${T.java(-2)} INFO  [grpc-default-executor-2] AdService - received ad request (context_words=[clothing, tops])`,
      ],
    },
  },
];
