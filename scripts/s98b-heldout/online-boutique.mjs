// Blind held-out batch s98b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/online-boutique.mjs (microservices-demo release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const I1 = '2026-05-23T14:36:00Z';
const T1 = clock(I1);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'd4e1a9b0-2c7f-4e18-9a35-6b0c8f2d1e47', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '2c9e7a41-5b3d-4f60-8e1a-9d0b6c3f4a25', severity, timestamp: T1.isoMs(min) });
const recLog = (min, msg) => JSON.stringify({ timestamp: T1.isoMs(min).replace('Z', ''), severity: 'INFO', name: 'recommendationservice-server', message: msg });

export const scenarios = [
  {
    folder: 's98b-product-pages-500',
    incidentTime: I1,
    description: 'boutique product pages giving 500 on and off since 14:15, homepage + cart ok. ad svc was upgraded this morning btw',
    expected: { component: 'recommendationservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'crash-loop' }, { component: 'recommendationservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy', 'partial-name'],
    grounding: `
      Manifest facts: recommendationservice (Python gRPC) has a 450Mi memory limit; the frontend's product handler calls it
      and renders an HTTP 500 ("failed to get product recommendations") when the call fails, while the home page and cart
      do not call it.
      Fault: the Python process's resident memory grows with load until the kernel OOM-kills it (exit 137, reason OOMKilled);
      the container restarts with back-off, so product pages fail on and off. Grounded in the public reports of memory growth
      in grpcio Python servers and in the kubelet's OOMKilled container state.
      Decoy: adservice rolled out from v0.10.5 to v0.10.6 this morning and is healthy (same template otherwise).
      Deviations from upstream: the adservice previous tag; recommendationservice log wording is paraphrased.`,
    workloads: {
      recommendationservice: {
        pods: [{ containers: { server: cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-4.2), finishedAt: T1.iso(-2.6), backoff: '2m40s', container: 'server' }) } }],
        unavailableSince: -2.6, endpointsChanged: -2.6,
      },
      adservice: { rollout: { at: -60 * 5, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } } },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${REG}/recommendationservice:v0.10.6" already present on machine`, first: -21, last: -4.2, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -21, last: -4.2, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -19, last: -2.7, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -16, last: -0.5, count: 14, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -300 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -299 },
    ],
    logs: {
      'recommendationservice#0/server': [
        recLog(-4.1, 'initializing recommendationservice'),
        recLog(-4.0, 'Profiler disabled.'),
        recLog(-4.0, 'Tracing disabled.'),
        recLog(-3.9, 'listening on port: 8080'),
        recLog(-3.5, '[Recv ListRecommendations] product_ids=[\'9SIQT8TOJO\', \'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\']'),
        recLog(-2.7, '[Recv ListRecommendations] product_ids=[\'LS4PSXUNUM\', \'OLJCESPC7Z\', \'66VCHSJNUP\', \'6E92ZMYYFZ\', \'9SIQT8TOJO\']'),
      ],
      'recommendationservice#0/server/previous': [
        recLog(-8.6, 'initializing recommendationservice'),
        recLog(-8.5, 'listening on port: 8080'),
        recLog(-7.0, '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'66VCHSJNUP\', \'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\']'),
        recLog(-5.2, '[Recv ListRecommendations] product_ids=[\'0PUK6V6EV0\', \'LS4PSXUNUM\', \'9SIQT8TOJO\', \'6E92ZMYYFZ\', \'OLJCESPC7Z\']'),
      ],
      'frontend#0/server': [
        fl(-25, 'debug', 'request complete', { path: '/' }),
        fl(-20, 'error', 'request error', { error: 'failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
        fl(-9.5, 'debug', 'request complete', { path: '/cart' }),
        fl(-6.1, 'error', 'request error', { path: '/product/66VCHSJNUP', error: 'failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
        fl(-1.2, 'error', 'request error', { path: '/product/9SIQT8TOJO', error: 'failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T1.iso(-299)) / 1000)},"nanoOfSecond":0},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":null,"logging.googleapis.com/spanId":null,"logging.googleapis.com/traceSampled":null,"time":"${T1.isoMs(-299)}"}`,
      ],
    },
  },
];
