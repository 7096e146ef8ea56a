// Held-out batch s118a (split test): one Online Boutique scenario on the session-2 system definition.
// Spec for scripts/s2-scenario-kit.mjs; built by scripts/s118a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const IT = '2026-05-12T10:58:00Z';
const T = clock(IT);
const execProbe = (extra) => ({ exec: { command: ['/bin/grpc_health_probe', '-addr=:50051'] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, ...extra });
const grpcProbe = { grpc: { port: 50051, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const ERR = 'rpc error: code = Unknown desc = failed to exec in container: failed to start exec "%X%": OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/grpc_health_probe": stat /bin/grpc_health_probe: no such file or directory: unknown';
const sj = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });

export const scenarios = [{
  folder: 's118a-shipping-exec-probe-binary',
  incidentTime: IT,
  description: 'shipping svc rollout hung since ~10:35, new pod keeps restarting. checkout still works??',
  expected: { component: 'shippingservice', cause: 'probe-failure' },
  alsoAcceptable: [{ component: 'shippingservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['rollout-regression', 'time-expression', 'partial-name'],
  workloads: {
    shippingservice: {
      rollout: { at: -23, oldReplicas: 1, oldContainers: { server: { livenessProbe: grpcProbe, readinessProbe: grpcProbe } } },
      containers: { server: { livenessProbe: execProbe({ initialDelaySeconds: 10 }), readinessProbe: execProbe({ periodSeconds: 5 }) } },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 143, reason: 'Error', startedAt: T.iso(-4.2), finishedAt: T.iso(-3.5), container: 'server' }) } }],
      unavailableSince: -22,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12.5), lastTransitionTime: T.iso(-12.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -23 },
    { on: 'pod:shippingservice#0', reason: 'Started', message: 'Started container server', first: -22.4, last: -4.2, count: 8 },
    { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: `Readiness probe errored: ${ERR.replace('%X%', 'c41f0a6e9b2d7f3358e1a0c9d4b6f27e18a3c5d90b7e2f416a8c3d5e9f0b1a27')}`, first: -22.3, last: -3.6, count: 96 },
    { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: `Liveness probe errored: ${ERR.replace('%X%', '7b2e94d1a0c35f86e2d9b4a1c7f0e3d58a6b2c94f1e07d3a5b8c2e6f9d0a4b17')}`, first: -22, last: -3.6, count: 24 },
    { on: 'pod:shippingservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', first: -21.6, last: -3.5, count: 7 },
    { on: 'pod:shippingservice#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -19, last: -0.4, count: 41 },
  ],
  logs: {
    'shippingservice#0/server': [sj(-4.19, 'Tracing disabled.'), sj(-4.19, 'Profiling disabled.'), sj(-4.18, 'Shipping Service listening on port 50051')],
    'shippingservice#0/server/previous': [sj(-5.9, 'Tracing disabled.'), sj(-5.9, 'Profiling disabled.'), sj(-5.89, 'Shipping Service listening on port 50051')],
    'shippingservice#old0/server': [sj(-3.1, '[GetQuote] received request'), sj(-3.1, '[GetQuote] completed request'), sj(-1.4, '[GetQuote] received request'), sj(-1.4, '[GetQuote] completed request'), sj(-1.39, '[ShipOrder] received request'), sj(-1.39, '[ShipOrder] completed request')],
    'checkoutservice#0/server': [
      JSON.stringify({ message: '[PlaceOrder] user_id="3f6a1c2e-8b0d-4e7a-9c15-2d4b6e8f0a13" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-1.41) }),
      JSON.stringify({ message: 'payment went through (transaction_id: 4b8d2e6f-1a3c-4e5b-8f70-9c2d1e3a5b64)', severity: 'info', timestamp: T.isoMs(-1.4) }),
      JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-1.38) }),
    ],
  },
  grounding: `Online Boutique release/kubernetes-manifests.yaml (34ffea9, v0.10.6): shippingservice listens on 50051 and is probed with
  native gRPC probes (grpc: port 50051). Since v0.8.0 the images no longer ship the grpc_health_probe binary (the release moved to
  native gRPC probes). The fault: a team re-applied an older exec probe ('/bin/grpc_health_probe -addr=:50051') from a pre-0.8
  manifest on the current image; every exec probe fails with the containerd "stat ... no such file or directory" error, so the new
  pod never becomes Ready and the kubelet kills it on liveness, while the old ReplicaSet's pod keeps serving (maxSurge 1,
  maxUnavailable 0 for one replica), so checkout still works. The old and new pod templates differ only in the two probes.
  Deviation from upstream: the exec probe is invented; the killed Go process exits on SIGTERM (143).`,
}];
