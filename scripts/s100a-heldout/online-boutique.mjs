// Blind held-out batch s100a: one Online Boutique scenario (split: test), as a spec of the scenario kit.
// System from scripts/s2-scenarios/online-boutique.mjs (upstream release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const TIME = '2026-04-21T15:47:00Z';
const T = clock(TIME);
const base = system.workloads.find((w) => w.name === 'shippingservice').containers[0];
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const newReadiness = { httpGet: { path: '/healthz', port: 50051, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const sh = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const fr = (min, sev, msg, path, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4f1c2a9e-7b3d-4e21-a0c5-9d8e6f1b2a37', 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, message: msg, session: extra.session ?? 'e27b0c4d-51f9-4a8e-b6d3-0f9c1a2e7d55', severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's100a-shipping-rollout-http-readiness',
    incidentTime: TIME,
    description: 'shipping deploy stuck for like 20 min, pipeline timed out waiting on rollout status. site seems ok?',
    expected: { component: 'shippingservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'probe-failure' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Upstream shippingservice (release/kubernetes-manifests.yaml at 34ffea9) has gRPC readiness/liveness probes on port 50051,
      one replica and the default RollingUpdate (25%/25%: maxUnavailable rounds to 0, maxSurge to 1), so a new pod that never
      turns Ready leaves the old pod serving and the rollout stalls until progressDeadlineSeconds (600) marks it
      ProgressDeadlineExceeded. Fault follows the common mistake reported in kubernetes/kubernetes and grpc-ecosystem health-probe
      threads: an httpGet probe pointed at a gRPC (HTTP/2-only) port, which the kubelet reports as a malformed HTTP response.
      Deviations from upstream: the new revision (image v0.10.7, a team build) replaces the readiness probe by httpGet /healthz
      on 50051; liveness stays gRPC so the container is not restarted. Traffic still flows through the old pod.`,
    workloads: {
      shippingservice: {
        containers: { server: { image: `${REG}/shippingservice:v0.10.7`, readinessProbe: newReadiness } },
        rollout: { at: -21, oldContainers: { server: { image: base.image, readinessProbe: base.readinessProbe } }, oldReplicas: 1 },
        rsReplicas: 1,
        pods: [{ containers: { server: cs.running(T.iso(-20.4), { ready: false }) }, ready: false }],
        deployStatus: {
          observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-10.9), lastTransitionTime: T.iso(-10.9), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%RS%" has timed out progressing.' },
          ],
        },
      },
    },
    events: [
      { on: 'deploy:shippingservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shippingservice-%NEW% to 1', first: -21, last: -21 },
      { on: 'pod:shippingservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -20.9 },
      { on: 'pod:shippingservice#0', reason: 'Pulling', message: `Pulling image "${REG}/shippingservice:v0.10.7"`, first: -20.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/shippingservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 9876543 bytes.`, first: -20.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Created', message: 'Created container server', first: -20.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Started', message: 'Started container server', first: -20.4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:shippingservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:50051/healthz": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x00\\x00\\x06\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00@\\x00"', first: -20.2, last: -0.3, count: 122, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'shippingservice#0/server': [
        sh(-20.4, 'Tracing disabled.'), sh(-20.4, 'Profiling disabled.'), sh(-20.4, 'Shipping Service listening on port 50051'),
      ],
      'shippingservice#old0/server': [
        sh(-9, '[GetQuote] received request'), sh(-9, '[GetQuote] completed request'),
        sh(-6.2, '[GetQuote] received request'), sh(-6.2, '[GetQuote] completed request'),
        sh(-6.1, '[ShipOrder] received request'), sh(-6.1, '[ShipOrder] completed request'),
        sh(-2.5, '[GetQuote] received request'), sh(-2.5, '[GetQuote] completed request'),
      ],
      'frontend#0/server': [
        fr(-6.3, 'debug', 'request started', '/cart'), fr(-6.2, 'debug', 'request complete', '/cart'),
        fr(-6.1, 'info', 'payment went through (transaction_id: 3b9c51e2-08d4-4f7a-9a1b-6c2e0d4f8a19)', '/cart/checkout', { method: 'POST' }),
        fr(-2.6, 'debug', 'request started', '/product/OLJCESPC7Z'), fr(-2.5, 'debug', 'request complete', '/product/OLJCESPC7Z'),
      ],
    },
  },
];
