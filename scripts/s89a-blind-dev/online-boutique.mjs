// Batch s89a (blind dev): Online Boutique scenario — ENABLE_SINGLE_SHARED_SESSION=true rolled onto the production frontend.
// Spec module for scripts/s89a-build.mjs (scenario kit scripts/s2-scenario-kit.mjs, system part of scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-06-03T11:25:00Z');
const base = system.workloads.find((w) => w.name === 'frontend').containers[0];
const newEnv = [...base.env, { name: 'ENABLE_SINGLE_SHARED_SESSION', value: 'true' }];
const SHARED = '12345678-1234-1234-1234-123456789123';
const fl = (min, severity, message, { path = '/', method = 'GET', session = SHARED, id, extra = {} } = {}) =>
  JSON.stringify({ 'http.req.id': id ?? `${(Math.abs(Math.round(min * 1000)) * 7919).toString(16).padStart(8, '0').slice(0, 8)}-2f1c-4b8e-9a3d-6e5c${String(Math.abs(Math.round(min * 100))).padStart(8, '0')}`, 'http.req.method': method, 'http.req.path': path, ...extra, message, session, severity, timestamp: T.isoMs(min) });
const frontA = [
  fl(-58, 'debug', 'request started', { session: '5c0b7a9e-41d2-4f8b-a3e6-0d9c2b71f4a8' }),
  fl(-58, 'debug', 'request complete', { session: '5c0b7a9e-41d2-4f8b-a3e6-0d9c2b71f4a8', extra: { 'http.resp.bytes': 11207, 'http.resp.status': 200, 'http.resp.took_ms': 41 } }),
  fl(-41.5, 'info', 'starting server on :8080'),
  fl(-30, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
  fl(-30, 'debug', 'serving product page', { path: '/product/OLJCESPC7Z', extra: { currency: 'USD', id: 'OLJCESPC7Z' } }),
  fl(-30, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', extra: { 'http.resp.bytes': 8123, 'http.resp.status': 200, 'http.resp.took_ms': 37 } }),
  fl(-22, 'debug', 'request started', { path: '/cart', method: 'POST' }),
  fl(-22, 'debug', 'adding to cart', { path: '/cart', method: 'POST', extra: { product: '66VCHSJNUP', quantity: '1' } }),
  fl(-22, 'debug', 'request complete', { path: '/cart', method: 'POST', extra: { 'http.resp.bytes': 0, 'http.resp.status': 302, 'http.resp.took_ms': 18 } }),
  fl(-17, 'debug', 'request started', { path: '/cart', method: 'POST' }),
  fl(-17, 'debug', 'adding to cart', { path: '/cart', method: 'POST', extra: { product: '2ZYFJ3GM2N', quantity: '3' } }),
  fl(-16.5, 'debug', 'view user cart', { path: '/cart' }),
  fl(-12, 'debug', 'placing order', { path: '/cart/checkout', method: 'POST', extra: { email: 'someone@example.com', country: 'United States' } }),
  fl(-12, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', extra: { order: 'a8f1e0c2-7d3b-11f0-9c2e-0242ac120004' } }),
  fl(-9, 'debug', 'view user cart', { path: '/cart' }),
  fl(-6, 'debug', 'request started', { path: '/cart/empty', method: 'POST' }),
  fl(-6, 'debug', 'emptying cart', { path: '/cart/empty', method: 'POST' }),
  fl(-4, 'debug', 'adding to cart', { path: '/cart', method: 'POST', extra: { product: 'L9ECAV7KIM', quantity: '2' } }),
  fl(-2, 'debug', 'view user cart', { path: '/cart' }),
];
const frontB = [
  fl(-40.8, 'info', 'starting server on :8080'),
  fl(-28, 'debug', 'adding to cart', { path: '/cart', method: 'POST', extra: { product: '1YMWWN1N4O', quantity: '1' } }),
  fl(-19, 'debug', 'view user cart', { path: '/cart' }),
  fl(-13, 'debug', 'placing order', { path: '/cart/checkout', method: 'POST', extra: { email: 'someone@example.com', country: 'United States' } }),
  fl(-13, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', extra: { order: '9d02b3f4-7d3b-11f0-8a1c-0242ac120007' } }),
  fl(-11, 'debug', 'view user cart', { path: '/cart', session: '0e7d41aa-93c5-4a6b-8d27-5f1b3c9e0a62' }),
  fl(-5, 'debug', 'adding to cart', { path: '/cart', method: 'POST', extra: { product: '9SIQT8TOJO', quantity: '1' } }),
  fl(-1.5, 'debug', 'view user cart', { path: '/cart' }),
];
const cartLog = (seed) => [
  `Startup: connecting to Redis at redis-cart:6379`,
  ...[-27, -21, -16, -9, -4].map((m) => `${T.isoMs(m + seed)} AddItemAsync called with userId=${SHARED}, productId=66VCHSJNUP, quantity=1`.replace(/^\S+ /, '')),
  `GetCartAsync called with userId=${SHARED}`,
  `EmptyCartAsync called with userId=${SHARED}`,
  `GetCartAsync called with userId=${SHARED}`,
];
const checkout = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's89a-frontend-single-shared-session',
    incidentTime: '2026-06-03T11:25:00Z',
    description: "customers reporting they see someone elses items in their cart on the boutique + one said their cart emptied by itself. started maybe 40 min ago? checkout still works",
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'typo', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml, v0.10.6): frontend (Go) runs
      2 replicas with readiness/liveness on /_healthz; its session middleware (src/frontend/middleware.go ensureSessionID)
      reads ENABLE_SINGLE_SHARED_SESSION and, when it is "true", gives every new visitor the hard-coded session id
      12345678-1234-1234-1234-123456789123 instead of a random UUID; cartservice keys carts by that id in redis-cart.
      Fault: a rollout at 10:44 added ENABLE_SINGLE_SHARED_SESSION=true to the production frontend (the flag is meant for
      demos/load tests with one shared user). Nothing rejects it: pods are Ready, no errors anywhere; new shoppers all
      share one cart, so they see others' items and one shopper's "empty cart" empties everyone's. Visible only in the
      frontend template (the new env var) and in every component logging the same userId/session.
      Deviations from upstream: the env var is added by the incident; log lines follow the upstream logrus JSON fields.
      Decoy: cartservice has one old OOMKilled restart (5 days ago).`,
    workloads: {
      frontend: {
        rollout: { at: -41.5, oldContainers: { server: { env: base.env } } },
        containers: { server: { env: newEnv } },
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1 from 0', first: -41.6 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -41.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -41.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -40.7 },
    ],
    logs: {
      'frontend#0/server': frontA,
      'frontend#1/server': frontB,
      'cartservice#0/server': cartLog(0),
      'cartservice#1/server': cartLog(0.3),
      'checkoutservice#0/server': [
        checkout(-13, `payment went through (transaction_id: 3f1c9a2e-6b7d-4e1f-9a0c-5d2b8e7f1a34)`),
        checkout(-12, `payment went through (transaction_id: 8e2d4b1a-0c9f-4a3e-b7d6-1f5e2c9a0b87)`),
        checkout(-12, 'order confirmation email sent to "someone@example.com"'),
      ],
      'redis-cart#0/redis': [
        `1:M 03 Jun 2026 ${T.hm(-60).replace(':', ':')}:00.112 * 100 changes in 300 seconds. Saving...`,
        `1:M 03 Jun 2026 ${T.hm(-15)}:00.431 * Background saving started by pid 58`,
        `58:C 03 Jun 2026 ${T.hm(-15)}:00.447 * DB saved on disk`,
        `1:M 03 Jun 2026 ${T.hm(-15)}:00.532 * Background saving terminated with success`,
      ],
    },
  },
];
