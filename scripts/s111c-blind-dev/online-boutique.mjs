// Batch s111c (blind dev): Online Boutique scenario spec for the s2 kit (scripts/s2-scenario-kit.mjs).
// Fault: an in-house adservice release that no longer registers the gRPC health service; rollout stuck.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-19T15:42:00Z');
const fl = (min, sev, msg, path = '/product/OLJCESPC7Z', id = 'a3c1e7f2-5b0d-4e8a-9c61-2d7f0b3e9a14') => JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, message: msg, session: '5e0c2a91-7d3b-4f6e-8a12-c94b1e06d7f3', severity: sev, timestamp: T.isoMs(min) });
const java = (min, lvl, logger, msg) => `${T.java(min)} [main] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const newRestarts = 6;
export const scenarios = [{
  folder: 's111c-adservice-rollout-no-grpc-health',
  incidentTime: '2026-05-19T15:42:00Z',
  description: 'ads team deploy (adservice 1.4.0) stuck in CD since ~15:05, pipeline timed out, shop itself looks fine??',
  expected: { component: 'adservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'adservice', cause: 'probe-failure' }, { component: 'adservice', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'team-name', 'time-expression', 'decoy'],
  grounding: `Manifest facts: adservice (Java, gRPC on 9555) has gRPC readiness and liveness probes (grpc.port 9555, timeoutSeconds 1,
    periodSeconds 10, failureThreshold 3) as in release/kubernetes-manifests.yaml; the kubelet's gRPC prober calls grpc.health.v1.Health/Check.
    Fault: an in-house image adservice:1.4.0 (deviation: upstream image tag v0.10.6) refactored server start-up and dropped the
    HealthStatusManager registration (upstream AdService.java adds healthMgr.getHealthService()), so the server answers
    UNIMPLEMENTED "unknown service grpc.health.v1.Health"; the kubelet reports "this server doesn't implement the grpc health protocol",
    readiness never passes and liveness restarts the container. With one replica and maxUnavailable 25% (rounded down to 0) the old
    ReplicaSet keeps its pod, so ads keep being served and the rollout is stuck (ProgressDeadlineExceeded after 600s would show in status;
    the kit only writes the events). Decoy: a frontend container OOMKilled four days ago (restartCount 1, old lastState).
    Old and new ReplicaSets differ only by the image tag.`,
  workloads: {
    adservice: {
      rollout: { at: -37, oldReplicas: 1, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/adservice:1.4.0` } },
      pods: [{ readyTransition: T.iso(-36.5), containers: { server: cs.restartedRunning({ restarts: newRestarts, startedAt: T.iso(-3.2), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-8.1), finishedAt: T.iso(-3.3) } }) } }],
    },
    frontend: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }, {}],
    },
  },
  events: [
    { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -37 },
    { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "${REG}/adservice:1.4.0" already present on machine`, first: -36.4, last: -3.3, count: 7 },
    { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: "Readiness probe failed: timeout: this server doesn't implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health", fieldPath: 'spec.containers{server}', first: -36, last: -0.4, count: 208 },
    { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: "Liveness probe failed: timeout: this server doesn't implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health", fieldPath: 'spec.containers{server}', first: -35.8, last: -3.5, count: 21 },
    { on: 'pod:adservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -35.4, last: -3.4, count: 6 },
  ],
  logs: {
    'adservice#0/server': [
      java(-3.1, 'INFO', 'hipstershop.AdService', 'AdService starting.'),
      java(-3.0, 'INFO', 'hipstershop.AdService', 'Ad Service started, listening on 9555'),
      `${T.java(-2.9)} [Thread-2] INFO  hipstershop.AdService - Stats disabled.`,
      `${T.java(-2.9)} [Thread-3] INFO  hipstershop.AdService - Tracing disabled.`,
    ],
    'adservice#0/server/previous': [
      java(-8.0, 'INFO', 'hipstershop.AdService', 'AdService starting.'),
      java(-7.9, 'INFO', 'hipstershop.AdService', 'Ad Service started, listening on 9555'),
      `${T.java(-3.3)} [Thread-1] INFO  hipstershop.AdService - *** shutting down gRPC ads server since JVM is shutting down`,
      `${T.java(-3.3)} [Thread-1] INFO  hipstershop.AdService - *** server shut down`,
    ],
    'adservice#old0/server': [
      `${T.java(-2.0)} [grpc-default-executor-41] INFO  hipstershop.AdService - received ad request (context_words=[clothing])`,
      `${T.java(-1.1)} [grpc-default-executor-41] INFO  hipstershop.AdService - received ad request (context_words=[kitchen])`,
      `${T.java(-0.4)} [grpc-default-executor-43] INFO  hipstershop.AdService - received ad request (context_words=[])`,
    ],
    'frontend#0/server': [
      fl(-2.2, 'debug', 'request started'),
      fl(-2.2, 'debug', 'serving product page'),
      fl(-2.1, 'debug', 'request complete'),
      fl(-0.6, 'debug', 'request started', '/', 'e9b4d2a7-1c3f-4b08-a6e5-73d0f9c2b815'),
      fl(-0.6, 'debug', 'request complete', '/', 'e9b4d2a7-1c3f-4b08-a6e5-73d0f9c2b815'),
    ],
  },
}];
