// Blind held-out batch s126b: Online Boutique.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const T = clock('2026-05-06T13:47:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (min, severity, message, path = '/product/OLJCESPC7Z', extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '7b2e1f90-4c1d-4e0a-9a51-3f6d8c2b1e47', 'http.req.method': 'GET', 'http.req.path': path, ...(extra.error ? { error: extra.error } : {}), message, session: 'a3c1d9e2-0f7b-4b61-8e12-5d4c7a9b3f10', severity, timestamp: T.isoMs(min) });
const log4j = (min, lvl, thread, logger, msg) => `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(min)) / 1000)},"nanoOfSecond":${(Date.parse(T.isoMs(min)) % 1000) * 1000000}},"thread":"${thread}","level":"${lvl}","loggerName":"${logger}","message":"${msg}","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(min)}"}`;

export const scenarios = [
  {
    folder: 's126b-ob-ads-heap',
    incidentTime: '2026-05-06T13:47:00Z',
    description: 'no ads banner on boutique product pages for the past ~25 min, rest of the site works. the ad servce pod keeps restarting?',
    expected: { component: 'adservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'adservice', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['decoy', 'typo', 'time-expression', 'partial-name'],
    grounding: `
      Upstream release/kubernetes-manifests.yaml (v0.10.6) gives adservice (Java 21, gRPC on 9555) requests 200m/180Mi
      and limits 300m/300Mi with gRPC liveness/readiness probes. The fault follows the recurring upstream reports of
      adservice being OOM-killed at its 300Mi limit (microservices-demo issues about adservice memory and restarts):
      the JVM plus Netty buffers cross the cgroup limit under the load generator's traffic and the kernel kills it
      (OOMKilled, exit 137), the kubelet restarts it with back-off and the readiness probe fails while it starts.
      frontend treats ads as optional and logs only warnings "failed to retrieve ads". Decoy: a healthy frontend
      rollout (v0.10.5 to v0.10.6) 70 minutes earlier. Deviation: none beyond the rollout's old tag.`,
    workloads: {
      adservice: {
        pods: [{
          node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c',
          containers: { server: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.1), finishedAt: T.iso(-1.9), backoff: '2m40s', container: 'server' }) },
        }],
      },
      frontend: { rollout: { at: -70, revision: 9, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } } },
    },
    events: [
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', first: -26, last: -4, count: 19, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "${REG}/adservice:v0.10.6" already present on machine`, first: -27, last: -4.1, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', first: -27, last: -4.1, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -20, last: -1.5, count: 31, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -69, last: -69 },
    ],
    logs: {
      'adservice#0/server/previous': [
        log4j(-4.0, 'INFO', 'main', 'hipstershop.AdService', 'AdService starting.'),
        log4j(-3.8, 'INFO', 'main', 'hipstershop.AdService', 'Ad Service started, listening on 9555'),
        log4j(-3.0, 'INFO', 'grpc-default-executor-2', 'hipstershop.AdService', 'received ad request (context_words=[kitchen])'),
        log4j(-2.2, 'INFO', 'grpc-default-executor-5', 'hipstershop.AdService', 'received ad request (context_words=[accessories])'),
      ],
      'frontend#0/server': [
        fe(-40, 'debug', 'request complete', '/', { id: '11f0a2c4-9e13-4b0a-b1f3-77d2e5c8a901' }),
        fe(-24, 'warning', 'failed to retrieve ads', '/product/OLJCESPC7Z', { error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"' }),
        fe(-11, 'warning', 'failed to retrieve ads', '/product/66VCHSJNUP', { id: '3e9d0b1a-55c2-4f7e-8a60-0c1b2d3e4f51', error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fe(-2, 'warning', 'failed to retrieve ads', '/product/1YMWWN1N4O', { id: '8a4c2e6f-1b3d-4a5c-9e7f-2d4b6a8c0e13', error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"' }),
        fe(-1.5, 'debug', 'request complete', '/product/1YMWWN1N4O', { id: '8a4c2e6f-1b3d-4a5c-9e7f-2d4b6a8c0e13' }),
      ],
      'loadgenerator#0/main': [
        ' GET /product/OLJCESPC7Z                                                       4812     0(0.00%) |     64      11     512     48 |    1.00        0.00',
      ],
    },
  },
];
