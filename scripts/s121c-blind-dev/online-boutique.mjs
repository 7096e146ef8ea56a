// Blind dev batch s121c: one Online Boutique scenario (config-error on the frontend: a shipping address with a trailing
// space edited in place), on the session-2 Online Boutique system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';
import { system as OB } from '../s2-scenarios/online-boutique.mjs';

const IT = '2026-05-12T15:20:00Z';
const T = clock(IT);
const fe = OB.workloads.find((w) => w.name === 'frontend').containers[0];
const envWith = (v) => fe.env.map((e) => (e.name === 'SHIPPING_SERVICE_ADDR' ? { ...e, value: v } : e));
const line = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3c1d2e4-0b5f-4e1a-9c2d-7f3e8b1a6d20', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '5e0c2b1a-9f3d-4a7e-b6c8-1d2e3f4a5b6c', severity, timestamp: T.isoMs(min) });
const ERR = 'failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp: lookup tcp/50051 : unknown port"';
const feLog = (k) => {
  const out = [];
  for (let m = -24; m < -0.5; m += 1.5) {
    out.push(line(m + 0.1 + k * 0.2, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: `b${k}${Math.round(-m * 10)}-1f2e-4c3d-9a8b-7c6d5e4f3a2b` }));
    out.push(line(m + 0.12 + k * 0.2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: `b${k}${Math.round(-m * 10)}-1f2e-4c3d-9a8b-7c6d5e4f3a2b` }).replace('"message"', '"http.resp.bytes":8123,"http.resp.status":200,"http.resp.took_ms":41,"message"'));
    out.push(line(m + 0.5 + k * 0.2, 'debug', 'request started', { path: '/cart', id: `c${k}${Math.round(-m * 10)}-2a3b-4c5d-8e9f-0a1b2c3d4e5f` }));
    out.push(line(m + 0.51 + k * 0.2, 'error', 'request error', { path: '/cart', id: `c${k}${Math.round(-m * 10)}-2a3b-4c5d-8e9f-0a1b2c3d4e5f`, error: ERR }));
  }
  return out;
};
const shipLog = [];
for (let m = -90; m < -20; m += 6) shipLog.push(`{"message":"[GetQuote] received request","severity":"info","timestamp":"${T.isoMs(m)}"}`, `{"message":"[GetQuote] completed request","severity":"info","timestamp":"${T.isoMs(m + 0.01)}"}`);
shipLog.push(`{"message":"[ShipOrder] received request","severity":"info","timestamp":"${T.isoMs(-21.4)}"}`, `{"message":"[ShipOrder] completed request","severity":"info","timestamp":"${T.isoMs(-21.39)}"}`);
for (let m = -12; m < -1; m += 3) shipLog.push(`{"message":"[ShipOrder] received request","severity":"info","timestamp":"${T.isoMs(m)}"}`, `{"message":"[ShipOrder] completed request","severity":"info","timestamp":"${T.isoMs(m + 0.01)}"}`);

export const scenarios = [
  {
    folder: 's121c-frontend-shipping-addr-trailing-space',
    incidentTime: IT,
    description: 'cart page 500s since ~15:00, checkout team says shippingservice is fine? orders that were already in carts still go through',
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'louder-dependents'],
    workloads: {
      frontend: {
        containers: { server: { env: envWith('shippingservice:50051 ') } },
        rollout: { at: -23, revision: 6, oldContainers: { server: { env: envWith('shippingservice:50051') } }, oldReplicas: 0 },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -23, source: 'deployment-controller' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -22.5, source: 'deployment-controller' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -22, source: 'deployment-controller' },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${fe.image}" already present on machine`, first: -22.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -22.8, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': feLog(0),
      'frontend#1/server': feLog(1),
      'shippingservice#0/server': shipLog,
    },
    grounding: `
      Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml, v0.10.6): the frontend reads
      SHIPPING_SERVICE_ADDR=shippingservice:50051 from its env and dials it with grpc-go, lazily (no connection at start, so
      the pod stays Ready and /_healthz answers). Fault: an in-place 'kubectl edit' of the frontend Deployment (revision 6,
      23 min before) left a trailing space in the value ("shippingservice:50051 "); Go's net dialer parses the port "50051 "
      through LookupPort and fails with "lookup tcp/50051 : unknown port" (the well-known YAML trailing-whitespace class of
      bug). Only GetQuote from the frontend fails (cart page); checkoutservice keeps its own correct address, so ShipOrder
      still succeeds in shippingservice's log. Deviations: the old and new ReplicaSets differ only by that env value.
      Decoy: an adservice OOMKill three days old.`,
  },
];
