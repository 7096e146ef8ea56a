// Batch s28b held-out scenario for Online Boutique (split: test), written blind; the system is the session-2 definition
// (scripts/s2-scenarios/online-boutique.mjs), built by scripts/s28b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-06-02T14:26:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const line = (min, severity, message, extra = {}) =>
  JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.resp ? extra.resp : {}), message, session: extra.session, severity, timestamp: T.isoMs(min) });
const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/product/9SIQT8TOJO', '/cart/checkout', '/product/1YMWWN1N4O'];
const reqs = (from, to, step, seed) => {
  const out = [];
  let k = 0;
  for (let m = from; m < to; m += step, k++) {
    const id = `${seed}${String(1000 + k).padStart(4, '0')}-7c1e-4b9a-9f0d-3e5a1c2b8d${String(10 + (k % 89)).padStart(2, '0')}`;
    const session = `9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8${String(k % 7).padStart(2, '0')}`;
    const path = paths[k % paths.length];
    const method = path === '/cart/checkout' ? 'POST' : 'GET';
    const took = path === '/cart/checkout' ? 96 + (k % 40) : 18 + (k % 35);
    out.push(line(m, 'debug', 'request started', { id, path, method, session }));
    out.push(line(m + took / 60000, 'debug', 'request complete', { id, path, method, session, resp: { 'http.resp.bytes': path === '/' ? 10742 : 7961, 'http.resp.status': path === '/cart/checkout' ? 200 : 200, 'http.resp.took_ms': took } }));
  }
  return out;
};
const boot = (min) => [
  JSON.stringify({ message: 'Tracing disabled.', severity: 'info', timestamp: T.isoMs(min) }),
  JSON.stringify({ message: 'Profiling disabled.', severity: 'info', timestamp: T.isoMs(min + 0.0001) }),
  JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(min + 0.0003) }),
];

export const scenarios = [
  {
    folder: 's28b-frontend-release-slow-report',
    incidentTime: INC,
    description: 'shop feels slow since the frontend deploy at ~14:05?? pls check before we roll back',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (microservices-demo release/kubernetes-manifests.yaml at 34ffea9, session-2 system): frontend is two
      replicas of the Go frontend with HTTP readiness and liveness probes on /_healthz (initialDelaySeconds 10), RollingUpdate
      25%/25%; adservice is Java with a 300Mi limit.
      No fault: the CD pipeline rolls frontend from v0.10.6 to v0.10.7 at 14:05; each new pod logs one readiness probe
      failure while the server starts (connection refused before it listens, the usual startup event), then both are Ready
      and the old ReplicaSet is scaled to zero. Request logs before and after show the same latencies (20-50 ms pages,
      ~100-140 ms checkouts, all 200). The engineer's impression of slowness does not show anywhere in the cluster: no
      restarts since the rollout, no error logs, Endpoints complete.
      Decoy: adservice's container was OOM-killed three days ago and has been Running since; the new pods' startup probe
      warnings.`,
    workloads: {
      frontend: {
        rollout: { at: -21, revision: 9, oldReplicas: 0, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
        containers: { server: { image: `${REG}/frontend:v0.10.7` } },
      },
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 12.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -21 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -20.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -20.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -19.8 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${REG}/frontend:v0.10.7"`, first: -20.9 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 3.412s (3.412s including waiting). Image size: 19216338 bytes.`, first: -20.8 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -20.8 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: -20.6 },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: -20.3 },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', first: -20.3 },
      { on: 'pod:frontend#1', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: -20.1 },
    ],
    logs: {
      'frontend#0/server': [...boot(-20.75), ...reqs(-19.5, -0.2, 1.1, 'a1f0')],
      'frontend#1/server': [...boot(-20.25), ...reqs(-19.1, -0.3, 1.3, 'b7c2')],
      'checkoutservice#0/server': [-17.3, -9.9, -2.6].flatMap((min, i) => [
        JSON.stringify({ message: `[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8${String(i).padStart(2, '0')}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(min) }),
        JSON.stringify({ message: `payment went through (transaction_id: ${['c0f3a4e2-4f5b-4a87-9c1e-2b7d3e8a9f10', '5e8d2b1a-7c3f-4e9a-b6d2-1f0a9c8e7d34', '9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c52'][i]})`, severity: 'info', timestamp: T.isoMs(min + 0.001) }),
        JSON.stringify({ message: `order confirmation email sent to "someone@example.com"`, severity: 'info', timestamp: T.isoMs(min + 0.0015) }),
      ]),
    },
  },
];
