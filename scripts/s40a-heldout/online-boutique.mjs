// Online Boutique held-out scenario of batch s40a (split: test), written blind: the session-2 system definition of
// scripts/s2-scenarios/online-boutique.mjs, one incident as data; built by scripts/s40a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-06-03T15:47:00Z');
const ROLL = -19;

const lr = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min).replace('Z', '123456Z') });
const shipBoot = (min) => [
  lr(min, 'info', 'Tracing disabled.'),
  lr(min + 0.001, 'info', 'Profiling disabled.'),
  lr(min + 0.002, 'info', 'Shipping Service listening on port 50051'),
];
const front = (min, severity, message, path, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0c1d2a-7b43-4f1e-a9c6-3d82b14e6f07', 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}), message, session: extra.session ?? '2c7e9a41-0b5d-4f83-9e16-7d4a0c3b58f2', severity, timestamp: T.isoMs(min) });

const ad = (min, thread, message) => JSON.stringify({ instant: { epochSecond: Math.floor(Date.parse(T.isoMs(min)) / 1000), nanoOfSecond: 412000000 }, thread, level: 'INFO', loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 1, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': false, time: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's40a-shipping-rollout-stuck',
    incidentTime: '2026-06-03T15:47:00Z',
    description: 'shippingservice deploy has been "progressing" forever in argo, pipeline timed out. can someone look before we retry',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'probe-failure' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 release manifests (session-2 system): shippingservice (Go, 50051) has native gRPC readiness and liveness
      probes (period 10 s, timeout 1 s, failureThreshold 3) that call grpc.health.v1.Health/Check; upstream main.go registers the health
      service next to ShippingService. Fault: the team's v0.10.7 build refactored server setup and no longer registers the health
      service, so the kubelet's gRPC prober gets codes.Unimplemented and reports "this server does not implement the grpc health protocol
      (grpc.health.v1.Health): unknown service grpc.health.v1.Health" (kubelet pkg/probe/grpc). Readiness never passes, liveness kills
      the container every ~30 s (exit 143 after SIGTERM), it reaches CrashLoopBackOff and the Deployment reports ProgressDeadlineExceeded
      after 600 s. With one replica and 25% maxUnavailable the old v0.10.6 pod keeps serving, so checkout and shipping quotes still
      work: a stuck, bad rollout with no user impact. The logs of the new pod look healthy (it does listen) — only the probe events say
      why. Decoys: an adservice rollout the same morning (healthy) and a recommendationservice OOMKill three days old.
    `,
    workloads: {
      shippingservice: {
        rollout: { at: ROLL, oldReplicas: 1, revision: 6 },
        containers: { server: { image: `${REG}/shippingservice:v0.10.7` } },
        unavailableSince: ROLL,
        pods: [{
          containers: { server: cs.crashLoop({ restarts: 7, exitCode: 143, startedAt: T.iso(-4.2), finishedAt: T.iso(-3.7), backoff: '2m40s', container: 'server' }) },
          readyTransition: T.iso(ROLL + 0.5),
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      adservice: {
        rollout: { at: -212, oldReplicas: 0, revision: 9 },
        containers: { server: { image: `${REG}/adservice:v0.10.6-p1` } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 7.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', source: 'deployment-controller', first: ROLL },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/shippingservice:v0.10.7" in 2.113s (2.113s including waiting). Image size: 11437862 bytes.`, fieldPath: 'spec.containers{server}', first: ROLL + 0.1 },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health', type: 'Warning', fieldPath: 'spec.containers{server}', first: ROLL + 0.3, last: -3.8, count: 41 },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', message: 'Liveness probe failed: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health', type: 'Warning', fieldPath: 'spec.containers{server}', first: ROLL + 0.3, last: -3.8, count: 21 },
      { on: 'pod:shippingservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: ROLL + 0.8, last: -3.8, count: 7 },
      { on: 'pod:shippingservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: ROLL + 3, last: -0.4, count: 38 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', source: 'deployment-controller', first: -212 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', source: 'deployment-controller', first: -211 },
    ],
    logs: {
      'shippingservice#0/server': shipBoot(-4.2),
      'shippingservice#0/server/previous': shipBoot(-5.8),
      'shippingservice#old0/server': [
        lr(-60 * 24 * 6, 'info', 'Shipping Service listening on port 50051'),
        lr(-31.2, 'info', '[GetQuote] received request'),
        lr(-31.2, 'info', '[GetQuote] completed request'),
        lr(-12.4, 'info', '[GetQuote] received request'),
        lr(-12.4, 'info', '[GetQuote] completed request'),
        lr(-9.0, 'info', '[ShipOrder] received request'),
        lr(-9.0, 'info', '[ShipOrder] completed request'),
        lr(-2.3, 'info', '[GetQuote] received request'),
        lr(-2.3, 'info', '[GetQuote] completed request'),
      ],
      'frontend#0/server': [
        front(-14.1, 'debug', 'request complete', '/cart', { status: 200, took: 63 }),
        front(-9.0, 'info', 'order placed', '/cart/checkout', { method: 'POST' }),
        front(-9.0, 'debug', 'request complete', '/cart/checkout', { method: 'POST', status: 200, took: 212 }),
        front(-2.3, 'debug', 'request complete', '/cart', { status: 200, took: 58 }),
      ],
      'adservice#0/server': [
        ad(-211.5, 'main', 'Ad Service started, listening on 9555'),
        ad(-20.2, 'grpc-default-executor-3', 'received ad request (context_words=[kitchen])'),
      ],
    },
  },
];
