// Blind held-out scenario (batch s26b) for Online Boutique: the kit's session-2 system definition and one incident, an
// adservice rollout whose new "platform standard" liveness probe kills the JVM before its gRPC server is listening.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const j4 = (T, min, level, logger, message, thread = 'main') => {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1000000 }, thread, level, loggerName: logger, message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: thread === 'main' ? 1 : 23, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': '' });
};

function adserviceProbe() {
  const incidentTime = '2026-06-02T09:51:00Z';
  const T = clock(incidentTime);
  const R = -27;
  // upstream adservice probes: grpc :9555, initialDelaySeconds 20, periodSeconds 15; the new ones: no delay, every 5 s, 3 failures.
  const oldProbe = { grpc: { port: 9555, service: '' }, initialDelaySeconds: 20, periodSeconds: 15, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const newLive = { grpc: { port: 9555, service: '' }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const newReady = { grpc: { port: 9555, service: '' }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const attempt = (start) => [
    j4(T, start, 'INFO', 'hipstershop.AdService', 'AdService starting.'),
    j4(T, start + 0.18, 'INFO', 'hipstershop.AdService', 'Stats disabled.'),
    j4(T, start + 0.19, 'INFO', 'hipstershop.AdService', 'Tracing disabled.'),
    '*** shutting down gRPC ads server since JVM is shutting down',
    '*** server shut down',
  ];
  const lastStart = -3.1;
  const adNew = attempt(lastStart).slice(0, 3);
  const adPrev = attempt(-5.6);
  const adOld = [
    j4(T, -60 * 24 * 6 + 0.1, 'INFO', 'hipstershop.AdService', 'AdService starting.'),
    j4(T, -60 * 24 * 6 + 0.5, 'INFO', 'hipstershop.AdService', 'Ad Service started, listening on 9555'),
    ...[-40, -31, -22, -14, -6, -1.2].map((m, i) => j4(T, m, 'INFO', 'hipstershop.AdService', `received ad request (context_words=[${['kitchen', 'accessories', 'clothing', 'footwear', 'hair', 'decor'][i]}])`, `grpc-default-executor-${i % 3}`)),
  ];
  const fe = (k) => [-33, -21, -9, -2].map((m, i) => frontLine(T, m + k * 0.3, 'debug', 'serving product page', { id: `4e1f0b2c-7a3d-4c1e-9b${k}${i}-5d6e7f8a9b0c`, path: `/product/${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i]}` }));
  return {
    folder: 's26b-adservice-liveness-kills-startup',
    incidentTime,
    description: 'adservice deploy failing in the pipeline (rollout timed out), new pod keeps restarting, ads team says no code change',
    expected: { component: 'adservice', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'adservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'decoy'],
    grounding: `
      release/kubernetes-manifests.yaml (v0.10.6) gives adservice (Java 21, gRPC on 9555, cpu 200m/300m, memory 180Mi/300Mi)
      gRPC readiness and liveness probes with initialDelaySeconds 20 and periodSeconds 15, because the JVM needs ~20 s at
      300m to bring up its server. The platform team's kustomize component that "standardises" probes replaced them at 09:24
      with no initial delay, periodSeconds 5 and failureThreshold 3, so the kubelet kills the JVM (SIGTERM, exit 143, the
      shutdown-hook lines) about 15 s after start, before "Ad Service started, listening on 9555", on every attempt; the new pod
      is in CrashLoopBackOff with liveness-probe Killing events and the Deployment reports ProgressDeadlineExceeded after 600 s.
      With one replica, maxUnavailable 25% rounds to 0, so the old pod keeps serving ads and the shop is unaffected.
      Kubelet gRPC probe failure text as it prints it ("timeout: failed to connect service ":9555" within 1s").
      Decoy: loadgenerator restarted two days ago. Expected: adservice probe-failure; the rollout that carried the probe change
      is also an acceptable answer.
    `,
    workloads: {
      adservice: {
        rollout: { at: R, revision: 5, oldReplicas: 1, oldContainers: { server: { livenessProbe: oldProbe, readinessProbe: oldProbe } } },
        containers: { server: { livenessProbe: newLive, readinessProbe: newReady } },
        pods: [{
          containers: { server: cs.crashLoop({ restarts: 7, exitCode: 143, startedAt: T.iso(-5.6), finishedAt: T.iso(-5.35), backoff: '2m40s', container: 'server' }) },
          readyTransition: T.iso(R + 0.5),
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(R + 10.1), lastTransitionTime: T.iso(R + 10.1), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      loadgenerator: {
        pods: [{ containers: { main: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: R, source: 'deployment-controller' },
      { on: 'pod:adservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: R + 0.5, source: 'default-scheduler' },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6" already present on machine`, first: R + 0.6, last: lastStart, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Created', message: 'Created container server', first: R + 0.6, last: lastStart, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', first: R + 0.6, last: lastStart, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', first: R + 0.65, last: lastStart + 0.2, count: 22, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: failed to connect service ":9555" within 1s', first: R + 0.68, last: -5.37, count: 21, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: R + 0.85, last: -5.36, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:adservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: R + 2, last: -0.4, count: 31, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'adservice#0/server': adNew,
      'adservice#0/server/previous': adPrev,
      'adservice#old0/server': adOld,
      'frontend#0/server': fe(0),
      'frontend#1/server': fe(1),
    },
  };
}

export const scenarios = [adserviceProbe()];
