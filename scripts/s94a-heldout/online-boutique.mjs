// Blind held-out batch s94a: one Online Boutique scenario (split test), on the session-2 system definition.
// Built by scripts/s94a-build.mjs with the scenario kit; grounding in the scenario's `grounding`.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const I = '2026-04-21T09:52:00Z';
const T = clock(I);
const fe = system.workloads.find((w) => w.name === 'frontend').containers[0];
const probe = (path, cookie) => ({ httpGet: { path, port: 8080, scheme: 'HTTP', httpHeaders: [{ name: 'Cookie', value: cookie }] }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
const line = (min, sev, msg, x = {}) => JSON.stringify({ 'http.req.id': x.id, 'http.req.method': 'GET', 'http.req.path': x.path, ...(x.status ? { 'http.resp.bytes': x.bytes, 'http.resp.status': x.status, 'http.resp.took_ms': x.ms } : {}), message: msg, session: x.session, severity: sev, timestamp: T.isoMs(min) });
const ids = ['4c1f0e2a-91d3-4b7e-a6c8-0f3d2e9b7a15', 'b83d6a10-2e4f-4c91-8d7a-5e0b1c3f9a62', '0e9a7c4d-6b21-4f83-9c5e-7a2d1b0f8e34', 'f2b8d1c6-3a7e-4d09-b5f1-9c6e0a4d2b78', '7d4e2f91-0c8b-4a6d-83e5-1b9f7c2a6d40'];
const sess = ['5a2c9e71-8f3b-4d06-a1e4-6c0b9d7f2e38', 'e1d7b3a9-4c6f-4e20-9b8a-3f5d0c2e7a16', '9c0f4b2e-7a1d-4e83-b6c5-2d8e1a9f0b47'];
const reqs = (start, n, step, paths) => Array.from({ length: n }, (_, i) => {
  const m = start + i * step, id = ids[i % ids.length].slice(0, 30) + String(1000 + i).slice(-4) + ids[i % ids.length].slice(34), s = sess[i % sess.length], p = paths[i % paths.length];
  return [line(m, 'debug', 'request started', { id, path: p, session: s }), line(m + 0.0002, 'debug', 'request complete', { id, path: p, session: s, status: 404, bytes: 19, ms: 0 })];
}).flat();
const boot = (min) => [
  `{"message":"starting server on :8080","severity":"info","timestamp":"${T.isoMs(min)}"}`,
];
const health = (min) => line(min, 'debug', 'request complete', { id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', path: '/shop/_healthz', session: 'x-readiness-probe', status: 200, bytes: 2, ms: 0 });

export const scenarios = [
  {
    folder: 's94a-frontend-404-everywhere',
    incidentTime: I,
    description: 'boutique site shows "404 page not found" on every page since ~9:20, storefront team pls look. pods all green',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'frontend', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Online Boutique frontend (src/frontend/main.go) reads BASE_URL and registers every route, /_healthz included,
      under that prefix on a gorilla/mux router; a path outside it gets mux's default "404 page not found" (19 bytes),
      and the logrus logHandler still prints "request started"/"request complete" with http.resp.status.
      Fault: a config-only release of the frontend Deployment (same image v0.10.6) set BASE_URL=/shop for a planned
      path-based ingress and moved both probes to /shop/_healthz so the rollout went green; the LoadBalancer still sends
      shoppers to "/", so every page is a 404 while the new pods stay Ready. Old and new ReplicaSet templates differ
      exactly by the BASE_URL env entry and the two probe paths. Callers are fine; nothing else changed.
      Deviation from upstream: BASE_URL and the probe paths (upstream leaves BASE_URL unset and probes /_healthz).
    `,
    workloads: {
      frontend: {
        containers: { server: { env: [...fe.env, { name: 'BASE_URL', value: '/shop' }], readinessProbe: probe('/shop/_healthz', 'shop_session-id=x-readiness-probe'), livenessProbe: probe('/shop/_healthz', 'shop_session-id=x-liveness-probe') } },
        rollout: { at: -34, oldContainers: { server: { env: fe.env, readinessProbe: fe.readinessProbe, livenessProbe: fe.livenessProbe } } },
        endpointsChanged: -33,
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -34 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -33.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -33.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -32.9 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -33.5, source: 'default-scheduler' },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${fe.image}" already present on machine`, first: -33.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', first: -33.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -33.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -33, source: 'default-scheduler' },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${fe.image}" already present on machine`, first: -33, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Created', message: 'Created container server', first: -33, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', first: -33, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': [...boot(-33.4), health(-33.2), ...reqs(-30, 14, 2, ['/', '/product/OLJCESPC7Z', '/cart', '/static/styles/styles.css', '/']), health(-2)],
      'frontend#1/server': [...boot(-32.9), health(-32.7), ...reqs(-29, 14, 2, ['/', '/setCurrency', '/product/66VCHSJNUP', '/']), health(-1.5)],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-41)}"}`,
        `{"message":"payment went through (transaction_id: 7c1e9f3a-2b4d-4e86-a0c5-d8f1b6e2a943)","severity":"info","timestamp":"${T.isoMs(-41)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-41)}"}`,
      ],
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.3)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.3)}"}`,
      ],
    },
  },
];
