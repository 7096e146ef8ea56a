// Blind held-out batch s64a (split test): one Online Boutique scenario, built by scripts/s64a-build.mjs with the kit
// (scripts/s2-scenario-kit.mjs) and the session-2 Online Boutique system definition (its part before the scenarios).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const N = system.nodes.map((n) => n.name);
// logrus JSONFormatter with FieldMap time->timestamp, level->severity, msg->message (keys sorted), as the Go services print.
const glog = (T, min, severity, message, extra = {}) => JSON.stringify({ ...extra, message, severity, timestamp: T.isoMs(min) });
const fe = (T, min, msg, id, path, extra = {}) =>
  JSON.stringify({ 'http.req.id': id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, ...(extra.resp ?? {}), message: msg, session: extra.session ?? '4f1c2a9e-7b3d-4e8a-9c61-2d5b8e0f7a34', severity: 'debug', timestamp: T.isoMs(min) });

const T1 = clock('2026-05-12T10:27:00Z');
const shipStart = (T, min) => [
  glog(T, min, 'info', 'Tracing disabled.'),
  glog(T, min + 0.001, 'info', 'Profiling disabled.'),
  glog(T, min + 0.002, 'info', 'Shipping Service listening on port 50052'),
];
const probeMsg = (kind) => `${kind} probe failed: timeout: failed to connect service "%PODIP%:50051" within 1s: context deadline exceeded`;

export const scenarios = [
  {
    folder: 's64a-shipping-release-port-moved-rollout-stalls',
    incidentTime: '2026-05-12T10:27:00Z',
    description: 'shiping deploy stuck for like 25 min, argo says progress deadline exceeded. checkout still works i think?',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'shippingservice', cause: 'probe-failure' },
      { component: 'shippingservice', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): shippingservice is one replica, container \`server\`
      listening on the PORT env (50051), gRPC readiness and liveness probes on port 50051 (period 10s, timeout 1s,
      failureThreshold 3), Deployment strategy defaults (maxSurge 25%, maxUnavailable 25%, so with one replica the old pod
      stays until the new one is Ready), progressDeadlineSeconds 600; shippingservice/main.go reads PORT and logs
      "Shipping Service listening on port %s" after "Tracing disabled." / "Profiling disabled." (logrus JSON).
      Fault: revision 4 (image v0.10.6 -> v0.10.7 and PORT 50051 -> 50052, a values change that moved the listen port but
      not the probes) never becomes Ready: the kubelet's native gRPC probe to :50051 times out, the liveness probe restarts
      the container (Go exits on SIGTERM: 143) and the Deployment reports ProgressDeadlineExceeded. The old ReplicaSet's pod
      keeps serving, so checkout still works; the old and new pod templates differ exactly in the image tag and PORT.
      The kubelet gRPC probe message follows pkg/probe/grpc ("timeout: failed to connect service %q within %v: %+v").
      Decoy: recommendationservice was OOMKilled once three days ago and has run since.
      Deviations from upstream: the v0.10.7 tag and the PORT change are the release under test; node names and IPs invented.
    `,
    workloads: {
      shippingservice: {
        rollout: {
          at: -26,
          revision: 4,
          oldReplicas: 1,
          oldContainers: { server: { image: `${REG}/shippingservice:v0.10.6`, env: [{ name: 'PORT', value: '50051' }, { name: 'DISABLE_PROFILER', value: '1' }] } },
        },
        containers: { server: { image: `${REG}/shippingservice:v0.10.7`, env: [{ name: 'PORT', value: '50052' }, { name: 'DISABLE_PROFILER', value: '1' }] } },
        pods: [
          {
            node: N[2],
            created: T1.iso(-25.8),
            containers: {
              server: cs.restartedRunning({
                restarts: 9, ready: false, startedAt: T1.iso(-0.9),
                last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-3.6), finishedAt: T1.iso(-3.05) },
              }),
            },
            readyTransition: T1.iso(-25.8),
          },
        ],
        unavailableSince: -25.8,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-15.8), lastTransitionTime: T1.iso(-15.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        deployStatus: {
          observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T1.iso(-60 * 24 * 9), lastTransitionTime: T1.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-15.8), lastTransitionTime: T1.iso(-15.8), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%NEWRS%" has timed out progressing.' },
          ],
        },
      },
      recommendationservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1 from 0', first: -26 },
      { on: 'pod:shippingservice#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned boutique/%POD% to ${N[2]}`, first: -25.8 },
      { on: 'pod:shippingservice#0', reason: 'Pulling', message: `Pulling image "${REG}/shippingservice:v0.10.7"`, first: -25.7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/shippingservice:v0.10.7" in 2.418s (2.418s including waiting). Image size: 21379102 bytes.`, first: -25.6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Container image "${REG}/shippingservice:v0.10.7" already present on machine`, first: -24.9, last: -0.9, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Created', message: 'Created container server', first: -25.6, last: -0.9, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Started', message: 'Started container server', first: -25.6, last: -0.9, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'Unhealthy', message: probeMsg('Readiness'), first: -25.5, last: -0.2, count: 142, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'Unhealthy', message: probeMsg('Liveness'), first: -25.4, last: -0.3, count: 30, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -25.1, last: -3.1, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -22.5, last: -1.4, count: 41, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'shippingservice#0/server/previous': [...shipStart(T1, -3.55)],
      'shippingservice#0/server': [...shipStart(T1, -0.85)],
      'shippingservice#old0/server': [
        glog(T1, -6.2, 'info', '[GetQuote] received request'),
        glog(T1, -6.2 + 0.0004, 'info', '[GetQuote] completed request'),
        glog(T1, -4.9, 'info', '[GetQuote] received request'),
        glog(T1, -4.9 + 0.0004, 'info', '[GetQuote] completed request'),
        glog(T1, -4.1, 'info', '[ShipOrder] received request'),
        glog(T1, -4.1 + 0.0003, 'info', '[ShipOrder] completed request'),
        glog(T1, -2.3, 'info', '[GetQuote] received request'),
        glog(T1, -2.3 + 0.0004, 'info', '[GetQuote] completed request'),
        glog(T1, -0.7, 'info', '[GetQuote] received request'),
        glog(T1, -0.7 + 0.0004, 'info', '[GetQuote] completed request'),
      ],
      'checkoutservice#0/server': [
        glog(T1, -4.12, 'info', '[PlaceOrder] user_id="5e0d1b7a-3f2c-4a8e-9d16-c7a24b8f0e51" user_currency="EUR"'),
        glog(T1, -4.1, 'info', 'payment went through (transaction_id: 0f8a3c2e-6b1d-4e7f-a925-3d4c8b1e6f02)'),
        glog(T1, -4.09, 'info', 'order confirmation email sent to "someone@example.com"'),
        glog(T1, -1.52, 'info', '[PlaceOrder] user_id="a81f4c3d-92e6-4b0a-8d57-1c6e3f9b2a04" user_currency="USD"'),
        glog(T1, -1.5, 'info', 'payment went through (transaction_id: 7c2e9b14-0a3d-4f86-b1e5-92d7c4a08f3b)'),
        glog(T1, -1.49, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
      'frontend#0/server': [
        fe(T1, -2.31, 'request started', '3d9b0f2a-61c4-4e8d-a7b2-0c5f9e1d4a86', '/cart'),
        fe(T1, -2.3, 'request complete', '3d9b0f2a-61c4-4e8d-a7b2-0c5f9e1d4a86', '/cart', { resp: { 'http.resp.bytes': 13418, 'http.resp.status': 200, 'http.resp.took_ms': 38 } }),
        fe(T1, -1.53, 'request started', 'b40e7c19-2d5a-4f3b-8e61-7a9c0d2f5e13', '/cart/checkout', { method: 'POST' }),
        fe(T1, -1.49, 'request complete', 'b40e7c19-2d5a-4f3b-8e61-7a9c0d2f5e13', '/cart/checkout', { method: 'POST', resp: { 'http.resp.bytes': 9052, 'http.resp.status': 200, 'http.resp.took_ms': 271 } }),
        fe(T1, -0.42, 'request started', '6a2f8d03-b9e1-4c74-95d0-e13b7a6c2f48', '/product/OLJCESPC7Z'),
        fe(T1, -0.41, 'request complete', '6a2f8d03-b9e1-4c74-95d0-e13b7a6c2f48', '/product/OLJCESPC7Z', { resp: { 'http.resp.bytes': 7815, 'http.resp.status': 200, 'http.resp.took_ms': 24 } }),
      ],
    },
  },
];

/** Fix-up after the kit: the Deployment's Progressing message names the new ReplicaSet. */
export function post(dir, read, write) {
  const rs = read('replicasets.json');
  const d = read('deployments.json');
  const ship = d.items.find((x) => x.metadata.name === 'shippingservice');
  const newRs = rs.items.filter((x) => x.metadata.ownerReferences[0].name === 'shippingservice').sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']))[0];
  for (const c of ship.status.conditions) c.message = c.message.replace('%NEWRS%', newRs.metadata.name);
  write('deployments.json', d);
}
