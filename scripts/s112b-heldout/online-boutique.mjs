// Held-out batch s112b (blind): one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const IT = '2026-05-12T15:20:00Z';
const T = clock(IT);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const execProbe = { exec: { command: ['/bin/grpc_health_probe', '-addr=:50051'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const grpcProbe = { grpc: { port: 50051, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const probeErr = (kind, pod) => `${kind} probe errored and resulted in unknown state: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "${'9f1c'.repeat(16)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/grpc_health_probe": stat /bin/grpc_health_probe: no such file or directory: unknown`;
const front = (min, sev, msg, path, error) => JSON.stringify({ 'http.req.id': `4d1e${String(Math.abs(Math.round(min * 100))).padStart(4, '0')}-77a2-4c1b-9e0f-1b2c3d4e5f60`, 'http.req.method': path === '/cart/checkout' ? 'POST' : 'GET', 'http.req.path': path, ...(error ? { error } : {}), message: msg, session: '6c0f3a2e-51b4-4f0e-8a7d-93e1c2b4d5a6', severity: sev, timestamp: T.isoMs(min) });
const shipLog = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's112b-shipping-exec-probe-binary-gone',
    incidentTime: IT,
    description: 'cart page errors out with shipping quote failure since ~15:05, checkout dead. platform-team pushed a probes change earlier?',
    expected: { component: 'shippingservice', cause: 'probe-failure' },
    alsoAcceptable: [
      { component: 'shippingservice', cause: 'bad-deploy-rollout' },
      { component: 'shippingservice', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: shippingservice (Go, gRPC :50051) as in release/kubernetes-manifests.yaml v0.10.6, whose probes
      are native gRPC probes; the image no longer ships /bin/grpc_health_probe since upstream moved to native gRPC
      probes (microservices-demo PR "use native gRPC probes", the binary was dropped from the Dockerfiles).
      Fault: a platform-team kustomize overlay re-applied an older exec-probe patch (/bin/grpc_health_probe -addr=:50051)
      at 15:03 (revision 4, same image). The kubelet's exec probes fail with the OCI "stat ... no such file or directory"
      error, liveness kills the container every ~30 s; the Go server does not trap SIGTERM, so the runtime reports
      the last termination as reason Error, exit code 143 (128+SIGTERM), well inside the 5 s grace period.
Readiness never passes, so the Service has only notReadyAddresses; the frontend and
      checkoutservice log the failing quote/order calls and are louder than the culprit, whose own log is healthy.
      Deviations: one replica as upstream; the old ReplicaSet is scaled to 0 (maxSurge let the new pod take over before
      its probes failed, written as a rollout whose old pod already terminated).
    `,
    workloads: {
      shippingservice: {
        rollout: { at: -17, revision: 4, oldContainers: { server: { readinessProbe: grpcProbe, livenessProbe: grpcProbe } } },
        containers: { server: { readinessProbe: execProbe, livenessProbe: execProbe } },
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 14, startedAt: T.iso(-0.6), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-1.7), finishedAt: T.iso(-0.7) } }),
          },
          readyTransition: T.iso(-16.5),
        }],
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -17 },
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shippingservice-%OLD% to 0 from 1', first: -16.4 },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', message: probeErr('Readiness'), first: -16.3, last: -0.3, count: 96, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', message: probeErr('Liveness'), first: -16.2, last: -0.4, count: 42, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -15.9, last: -0.7, count: 14, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Container image "${REG}/shippingservice:v0.10.6" already present on machine`, first: -16.6, last: -0.6, count: 15, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -9, last: -1, count: 11, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'shippingservice#0/server': [shipLog(-0.55, 'Shipping Service listening on port 50051')],
      'shippingservice#0/server/previous': [shipLog(-1.65, 'Shipping Service listening on port 50051'), shipLog(-1.2, '[GetQuote] received request'), shipLog(-1.2, '[GetQuote] completed request')],
      'frontend#0/server': [
        front(-25, 'info', 'request complete', '/product/OLJCESPC7Z'),
        front(-13, 'error', 'request error', '/cart', 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"'),
        front(-6, 'error', 'request error', '/cart', 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"'),
        front(-2, 'info', 'request complete', '/'),
      ],
      'frontend#1/server': [
        front(-4, 'error', 'request error', '/cart/checkout', 'failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"'),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="6c0f3a2e-51b4-4f0e-8a7d-93e1c2b4d5a6" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-4.01) }),
      ],
    },
  },
];
