// Batch s85c (blind dev): one Online Boutique scenario on the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs).
// No-fault: a customer's checkout "times out" on their side while every server-side request succeeds; old currencyservice OOM and a benign frontend rollout as decoys.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const INC = '2026-11-18T15:40:00Z';
const T = clock(INC);

// frontend (logrus JSON, as src/frontend/main.go configures it)
const fl = (min, severity, message, x = {}) => JSON.stringify({
  'http.req.id': x.id, 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/',
  ...(x.status ? { 'http.resp.bytes': x.bytes ?? 7412, 'http.resp.status': x.status, 'http.resp.took_ms': x.took } : {}),
  message, session: x.session ?? '3f0c7a52-9d1e-4b8a-a6c4-71e2d95b0f38', severity, timestamp: T.isoMs(min),
});
const req = (min, path, method, status, took, id, session, bytes) => [
  fl(min, 'debug', 'request started', { id, path, method, session }),
  fl(min + took / 60000, 'debug', 'request complete', { id, path, method, status, took, session, bytes }),
];
const CUST = 'e71b2c94-5a0d-4f63-8c2e-0b9d4a17f6c5';
const frontendLogs = (seed) => [
  ...req(-24.2 + seed, '/', 'GET', 200, 41, `4b1f${seed}c2e-7a90-4d2b-9e15-3c8a6f0d2b71`, undefined, 10844),
  fl(-24.19 + seed, 'debug', 'currency: USD, user currency: EUR', { id: `4b1f${seed}c2e-7a90-4d2b-9e15-3c8a6f0d2b71`, path: '/' }),
  ...req(-21.7 + seed, '/product/OLJCESPC7Z', 'GET', 200, 37, `91ad${seed}7e0-2c44-4f19-b3d6-5e0f8a2c9d14`, undefined, 8123),
  ...req(-16.4 + seed, '/cart', 'POST', 302, 22, `c0e2${seed}5b1-8d3f-4a6e-91c7-2f4b6d0e8a35`, CUST, 0),
  ...req(-16.3 + seed, '/cart', 'GET', 200, 58, `17f9${seed}a3d-6e2b-4c80-a5f1-9b3d7c0e4f26`, CUST, 9410),
  ...req(-12.8 + seed, '/cart/checkout', 'POST', 200, 212, `d58c${seed}0f7-3b6a-4e1d-8c92-6a0f1e5b3d47`, CUST, 7032),
  fl(-12.797 + seed, 'info', 'order placed', { id: `d58c${seed}0f7-3b6a-4e1d-8c92-6a0f1e5b3d47`, path: '/cart/checkout', method: 'POST', session: CUST }),
  ...req(-9.1 + seed, '/cart/checkout', 'POST', 200, 198, `a2e7${seed}4c9-1f5d-4b3a-97e0-8d2c6f1a0b58`, CUST, 7032),
  ...req(-6.5 + seed, '/', 'GET', 200, 39, `5c3d${seed}8e2-9a17-4f6b-b0d4-1e7c3a9f5d62`, undefined, 10844),
  ...req(-2.2 + seed, '/product/66VCHSJNUP', 'GET', 200, 35, `8e0a${seed}1b6-4d2c-4a9f-8e13-7b5f0c2d6a94`, undefined, 8267),
];
const curr = (min, msg, level = 30) => JSON.stringify({ level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: msg });
const pay = (min, msg) => JSON.stringify({ level: 30, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: msg });

export const scenarios = [
  {
    folder: 's85c-checkout-timeout-one-customer',
    incidentTime: INC,
    description: 'customer (ticket #48213) says checkout times out on their end since ~15:10, spinner never stops. currencysvc again? it got OOMkilled the other day',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'pods-ready'],
    workloads: {
      frontend: {
        rollout: { at: -55, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
        containers: { server: { image: `${REG}/frontend:v0.10.7` } },
      },
      currencyservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 41),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.2) },
            }),
          },
          readyTransition: T.iso(-60 * 24 * 3 - 40.8),
        }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -55 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -54.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -54.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -53.8 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -54.5, source: 'default-scheduler' },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${REG}/frontend:v0.10.7"`, first: -54.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 3.412s (3.412s including waiting). Image size: 16718032 bytes.`, first: -54.45, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', first: -54.44, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -54.43, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: -54.3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -54.0, source: 'default-scheduler' },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: -53.95, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Created', message: 'Created container server', first: -53.94, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', first: -53.93, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontendLogs(0),
      'frontend#1/server': frontendLogs(0.05).filter((l) => !l.includes(CUST)),
      'currencyservice#0/server': [
        curr(-24.19, 'Getting supported currencies...'), curr(-24.189, 'conversion request successful'),
        curr(-16.3, 'received conversion request'), curr(-16.299, 'conversion request successful'),
        curr(-12.8, 'received conversion request'), curr(-12.799, 'conversion request successful'),
        curr(-9.1, 'received conversion request'), curr(-9.099, 'conversion request successful'),
        curr(-2.2, 'Getting supported currencies...'), curr(-2.199, 'conversion request successful'),
      ],
      'paymentservice#0/server': [
        pay(-12.799, 'Transaction processed: visa ending 0454     Amount: EUR92.83'),
        pay(-9.099, 'Transaction processed: visa ending 0454     Amount: EUR92.83'),
      ],
    },
    grounding: `
      Manifest facts: Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6), frontend 2 replicas with the
      /_healthz probes, currencyservice (Node.js, pino JSON with messageKey "message") 128Mi limit. Deviation: the frontend was
      rolled to a v0.10.7 tag 55 minutes before (image only; the old and new ReplicaSet templates differ only in the image),
      with the usual single "connection refused" readiness failure of a container that is not yet listening.
      No fault: the customer's session (e71b2c94…) reaches the frontend and every request completes (POST /cart/checkout 200
      in ~200 ms, "order placed", paymentservice "Transaction processed" twice - the customer retried); the complaint is on the
      customer's side (a browser/network that never renders the confirmation page). Decoys: currencyservice's OOMKilled
      (exit 137) three days ago with one restart and Ready since, and the benign frontend rollout with its one probe warning.
    `,
  },
];
