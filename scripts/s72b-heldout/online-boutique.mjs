// Blind held-out batch s72b: one Online Boutique scenario (split test) for the scenario kit.
// System: the session-2 Online Boutique definition (scripts/s2-scenarios/online-boutique.mjs, release v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const INC = '2026-05-19T14:32:00Z';
const T = clock(INC);
const ROLL = -26; // the release of shippingservice
const goLog = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const frontLine = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    message,
    session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity,
    timestamp: T.isoMs(min),
  });

const shipEnv = (port) => [{ name: 'PORT', value: String(port) }, { name: 'DISABLE_PROFILER', value: '1' }];

// The new pod: every start listens on :8080, liveness (gRPC on 50051) kills it after three failed periods.
const newShipLog = [];
newShipLog.push(goLog(-1.9, 'info', 'Tracing disabled.'), goLog(-1.9, 'info', 'Profiling disabled.'), goLog(-1.9, 'info', 'Shipping Service listening on port :8080'));
const prevShipLog = [goLog(-8.2, 'info', 'Tracing disabled.'), goLog(-8.2, 'info', 'Profiling disabled.'), goLog(-8.2, 'info', 'Shipping Service listening on port :8080')];

// The old pod keeps serving on 50051: healthy quotes.
const oldShipLog = [];
for (let m = -40; m < -0.5; m += 2.3) {
  oldShipLog.push(goLog(m, 'info', '[GetQuote] received request'), goLog(m + 0.001, 'info', '[GetQuote] completed request'));
  if (Math.round(m * 10) % 3 === 0) oldShipLog.push(goLog(m + 0.4, 'info', '[ShipOrder] received request'), goLog(m + 0.401, 'info', '[ShipOrder] completed request'));
}

const frontLog = [];
for (let m = -45; m < -0.5; m += 1.7) {
  frontLog.push(frontLine(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }));
  frontLog.push(frontLine(m + 0.002, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }));
  frontLog.push(frontLine(m + 0.3, 'debug', 'request started', { path: '/cart', id: '7e1f2a90-5d44-4b8e-a0c6-1f3e9b2d7c58' }));
  frontLog.push(frontLine(m + 0.303, 'debug', 'request complete', { path: '/cart', id: '7e1f2a90-5d44-4b8e-a0c6-1f3e9b2d7c58' }));
}

const checkoutLog = [];
for (let m = -44; m < -0.5; m += 4.1) {
  checkoutLog.push(goLog(m, 'info', '[PlaceOrder] user_id="b4d1f6c2-8a3e-4f0b-9c71-2e5d8a6f3b19" user_currency="USD"'));
  checkoutLog.push(goLog(m + 0.01, 'info', 'payment went through (transaction_id: 4f1c2b7e-93ad-4e08-b5c6-0d8e2a71f394)'));
  checkoutLog.push(goLog(m + 0.02, 'info', 'order confirmation email sent to "someone@example.com"'));
}

export const scenarios = [
  {
    folder: 's72b-shipping-release-moves-listen-port',
    description: 'shipping svc deploy stuck since ~14:06, argo keeps saying progress deadline exceeded. shop looks ok from outside',
    incidentTime: INC,
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'shippingservice', cause: 'probe-failure' },
      { component: 'shippingservice', cause: 'config-error' },
      { component: 'shippingservice', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): shippingservice is one replica, env PORT=50051,
      containerPort 50051, native gRPC readiness and liveness probes on 50051 (period 10s, timeout 1s, failureThreshold 3),
      RollingUpdate 25%/25% (so with one replica the old pod stays while the new one is not Ready).
      The fault follows the common "standardise every service on 8080" overlay change: the release (revision 4) bumps the image
      to v0.10.7 and sets PORT=8080 while containerPort, probes and the Service still say 50051. src/shippingservice/main.go
      listens on ":"+$PORT and logs "Shipping Service listening on port :8080"; the kubelet's gRPC prober then reports
      'timeout: failed to connect service "<ip>:50051" within 1s: context deadline exceeded', kills the container on liveness
      (SIGTERM, exit 143) and backs off. The Deployment reports ProgressDeadlineExceeded after 600s; the old ReplicaSet
      still serves, so the shop keeps working.
      Deviations from upstream: v0.10.7 tag and the PORT change in the new ReplicaSet only (old and new templates differ exactly
      in image tag and PORT). Decoy: a frontend pod restarted once 3 days ago (OOMKilled).
    `,
    workloads: {
      shippingservice: {
        rollout: {
          at: ROLL,
          revision: 4,
          oldReplicas: 1,
          oldContainers: { server: { image: `${REG}/shippingservice:v0.10.6`, env: shipEnv(50051) } },
        },
        containers: { server: { image: `${REG}/shippingservice:v0.10.7`, env: shipEnv(8080) } },
        rsReplicas: 1,
        unavailableSince: ROLL + 0.5,
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 7,
                startedAt: T.iso(-1.9),
                ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-8.2), finishedAt: T.iso(-7.6) },
              }),
            },
            ready: false,
            readyTransition: T.iso(ROLL + 0.5),
          },
        ],
        progressing: (rs) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.`,
        }),
      },
      frontend: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) },
              }),
            },
          },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'rs:shippingservice', reason: 'SuccessfulCreate', message: 'Created pod: shippingservice-%RS%', first: ROLL + 0.1, last: ROLL + 0.1 },
      { on: 'pod:shippingservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.1, last: ROLL + 0.1 },
      { on: 'pod:shippingservice#0', reason: 'Pulling', fieldPath: 'spec.containers{server}', message: `Pulling image "${REG}/shippingservice:v0.10.7"`, first: ROLL + 0.2, last: ROLL + 0.2 },
      { on: 'pod:shippingservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${REG}/shippingservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 19874513 bytes.`, first: ROLL + 0.3, last: ROLL + 0.3 },
      { on: 'pod:shippingservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${REG}/shippingservice:v0.10.7" already present on machine`, first: ROLL + 1, last: -1.9, count: 7 },
      { on: 'pod:shippingservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: ROLL + 0.3, last: -1.9, count: 8 },
      { on: 'pod:shippingservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: ROLL + 0.3, last: -1.9, count: 8 },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: failed to connect service "%PODIP%:50051" within 1s: context deadline exceeded', first: ROLL + 0.4, last: -0.6, count: 131 },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: timeout: failed to connect service "%PODIP%:50051" within 1s: context deadline exceeded', first: ROLL + 0.4, last: -0.8, count: 24 },
      { on: 'pod:shippingservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', first: ROLL + 0.9, last: -7.6, count: 7 },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: ROLL + 3, last: -2.2, count: 38 },
    ],
    logs: {
      'shippingservice#0/server': newShipLog,
      'shippingservice#0/server/previous': prevShipLog,
      'shippingservice#old0/server': oldShipLog,
      'frontend#0/server': frontLog,
      'checkoutservice#0/server': checkoutLog,
    },
  },
];
