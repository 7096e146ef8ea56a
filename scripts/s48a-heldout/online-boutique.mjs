// Batch s48a held-out scenario for Online Boutique (split: test), written blind; built by scripts/s48a-build.mjs with the kit
// and the session-2 Online Boutique system definition (scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const I = '2026-12-03T16:20:00Z';
const T = clock(I);
const N = ['gke-boutique-prod-default-pool-4f2a9c1e-7kqx', 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', 'gke-boutique-prod-default-pool-9b31d0a7-wz5c'];
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id ?? `5e${Math.abs(Math.round(min * 1000)).toString(16).padStart(6, '0')}-4d1c-4b8e-9a0f-1c2e3d4f5a6b`,
  'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z',
  ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3f1d9a2c-7b4e-4e0a-8c51-0d9e2b6a47f3', severity, timestamp: T.isoMs(min),
});
const recErr = (ip) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:8080: connect: connection refused"`;
const py = (min, severity, message) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity, name: 'recommendationservice-server', message });
const recv = (min, ids) => py(min, 'INFO', `[Recv ListRecommendations] product_ids=[${ids.map((x) => `'${x}'`).join(', ')}]`);
const startup = (min) => [
  py(min, 'INFO', 'initializing recommendationservice'),
  py(min + 0.01, 'INFO', 'Profiler disabled.'),
  py(min + 0.01, 'INFO', 'Tracing disabled.'),
  py(min + 0.02, 'INFO', 'listening on port: 8080'),
];

const adLog = (min, thread, message) => {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1e6 }, thread, level: 'INFO', loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min) });
};

export const scenarios = [
  {
    folder: 's48a-recommendation-python-oom',
    incidentTime: I,
    description: 'boutique product pages: "you may also like" row keeps disappearing, sometimes the page is slow. frontend?',
    // Fixed before the snapshot was generated.
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy'],
    grounding: `
      microservices-demo release/kubernetes-manifests.yaml: recommendationservice (Python gRPC server on 8080, requests 100m/220Mi,
      limits 200m/450Mi, gRPC liveness/readiness probes) is called by frontend on every product and cart page
      (RECOMMENDATION_SERVICE_ADDR recommendationservice:8080) and itself lists products from productcatalogservice. Its resident
      memory grows with request volume (the grpcio thread pool and per-call product list copies; memory growth of this service is a
      recurring upstream report, which is why its limit is the largest of the Python services), so during the afternoon peak it
      reaches its 450Mi limit and is OOMKilled (exit 137, reason OOMKilled) five times in 70 minutes; between kills it restarts,
      prints its startup lines and is Ready again within seconds. frontend's productHandler only warns on a recommendation error
      ("failed to get product recommendations", logrus JSON) and renders the page without the row, so users see the row vanish;
      each kill window shows grpc-go "connection refused" errors at the pod IP. An adservice rollout an hour earlier (healthy) and a
      cartservice restart two days ago are decoys.`,
    workloads: {
      recommendationservice: {
        pods: [{
          node: N[1],
          containers: {
            server: cs.restartedRunning({
              restarts: 5, startedAt: T.iso(-3.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-16.5), finishedAt: T.iso(-3.4) },
            }),
          },
        }],
      },
      frontend: { pods: [{ node: N[0] }, { node: N[2] }] },
      adservice: {
        rollout: { at: -64, revision: 6, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } }, oldReplicas: 0 },
        pods: [{ node: N[2] }],
      },
      cartservice: {
        pods: [
          { node: N[0], containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48 + 0.5), last: { exitCode: 139, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48) } }) } },
          { node: N[1] },
        ],
      },
    },
    events: [
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -44, last: -3.3, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${REG}/recommendationservice:v0.10.6" already present on machine`, first: -70, last: -3.2, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -70, last: -3.2, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -45, last: -3.6, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -64, last: -64 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -63, last: -63 },
    ],
    logs: {
      'recommendationservice#0/server/previous': [
        ...startup(-16.4),
        recv(-15.9, ['9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM']),
        recv(-12.2, ['OLJCESPC7Z']),
        recv(-9.8, ['66VCHSJNUP', '1YMWWN1N4O']),
        recv(-7.0, ['OLJCESPC7Z', '0PUK6V6EV0']),
        recv(-4.1, ['2ZYFJ3GM2N']),
        recv(-3.45, ['LS4PSXUNUM', '6E92ZMYYFZ']),
      ],
      'recommendationservice#0/server': [
        ...startup(-3.15),
        recv(-2.6, ['1YMWWN1N4O']),
        recv(-1.4, ['OLJCESPC7Z', '9SIQT8TOJO']),
        recv(-0.4, ['L9ECAV7KIM']),
      ],
      'frontend#0/server': [
        fe(-20.2, 'debug', 'request started'),
        fe(-20.1, 'debug', 'request complete'),
        fe(-3.38, 'warning', 'failed to get product recommendations', { error: recErr('%IPOF:recommendationservice#0%') }),
        fe(-3.3, 'warning', 'failed to get product recommendations', { error: recErr('%IPOF:recommendationservice#0%'), path: '/product/66VCHSJNUP' }),
        fe(-3.25, 'warning', 'failed to get product recommendations', { error: recErr('%IPOF:recommendationservice#0%'), path: '/cart' }),
        fe(-1.0, 'debug', 'request complete', { path: '/product/1YMWWN1N4O' }),
      ],
      'frontend#1/server': [
        fe(-17.0, 'warning', 'failed to get product recommendations', { error: recErr('%IPOF:recommendationservice#0%'), path: '/product/2ZYFJ3GM2N' }),
        fe(-16.8, 'warning', 'failed to get product recommendations', { error: 'rpc error: code = Unavailable desc = error reading from server: EOF', path: '/product/LS4PSXUNUM' }),
        fe(-3.36, 'warning', 'failed to get product recommendations', { error: recErr('%IPOF:recommendationservice#0%'), path: '/product/0PUK6V6EV0' }),
        fe(-3.2, 'warning', 'failed to get product recommendations', { error: 'rpc error: code = Unavailable desc = error reading from server: EOF', path: '/product/OLJCESPC7Z' }),
        fe(-0.6, 'debug', 'request complete', { path: '/' }),
      ],
      'adservice#0/server': [
        adLog(-63.5, 'main', 'Ad Service started, listening on 9555'),
        adLog(-2.1, 'grpc-default-executor-4', 'received ad request (context_words=[kitchen])'),
      ],
    },
  },
];
