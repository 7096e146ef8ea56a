// Batch s73b (blind dev): Online Boutique scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A productcatalogservice release with a regenerated catalog drops two product IDs still held in carts; Ready, callers loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-07-09T11:36:00Z');
const OLD_IMG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6';
const NEW_IMG = 'us-central1-docker.pkg.dev/boutique-prod/shop/productcatalogservice:v0.10.6-catalog-20260709';
const go = (min, severity, message, extra = {}) => JSON.stringify({ ...extra, message, severity, timestamp: T.isoMs(min) });
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path, ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 1894, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 31 } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session, severity, timestamp: T.isoMs(min) });
const cartErr = (min, id, session, pid) => [
  fe(min, 'debug', 'request started', { id, path: '/cart', session }),
  fe(min + 0.01, 'error', 'request error', { id, path: '/cart', session, error: `could not retrieve product #${pid}: rpc error: code = NotFound desc = no product with ID ${pid}` }),
  fe(min + 0.01, 'debug', 'request complete', { id, path: '/cart', session, status: 500, bytes: 2210, took: 18 }),
];
const checkoutErr = (min, id, session, pid) => [
  fe(min, 'debug', 'request started', { id, method: 'POST', path: '/cart/checkout', session }),
  fe(min + 0.02, 'error', 'request error', { id, method: 'POST', path: '/cart/checkout', session, error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"${pid}"` }),
  fe(min + 0.02, 'debug', 'request complete', { id, method: 'POST', path: '/cart/checkout', session, status: 500, bytes: 2240, took: 44 }),
];
const pyrec = (min, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '').replace('T', ' ').slice(0, 23).replace('.', ','), severity: 'INFO', name: 'recommendationservice-server', message: msg });

export const scenarios = [
  {
    folder: 's73b-productcatalog-release-drops-ids',
    description: "checkout 500s for some customers + cart page errors since the morning. homepage & product pages fine, merch pushed the new catalogue today",
    incidentTime: '2026-07-09T11:36:00Z',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (s2-scenarios/online-boutique.mjs): the frontend resolves
      every cart item with GetProduct (viewCartHandler: "could not retrieve product #<id>") and checkoutservice's
      prepOrderItems does the same ("failed to prepare order: failed to get product #<id>"); productcatalogservice answers
      NotFound "no product with ID <id>" for an ID missing from products.json, which is baked into its image. Fault: the shop
      builds its own productcatalogservice image with a catalog regenerated from the merchandising system; release
      v0.10.6-catalog-20260709 (rolled 09:01, both replicas Ready, grpc probes pass) retired the hairdryer 2ZYFJ3GM2N and the
      candle holder 0PUK6V6EV0, which are still in many carts in redis-cart, so the cart page and checkout fail for those
      customers while the home and product pages (ListProducts) work. The only change between the ReplicaSets is the image.
      Loud: frontend (500s) and checkoutservice callers; productcatalogservice logs only its normal start lines.
      Decoys: an adservice container OOMKilled two days ago and recommendationservice noise. Deviations: the in-house image
      path and the release are invented; upstream uses the v0.10.6 image from the project's CI registry.
    `,
    workloads: {
      productcatalogservice: {
        rollout: { at: -155, revision: 5, oldContainers: { server: { image: OLD_IMG } } },
        containers: { server: { image: NEW_IMG } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -155, source: 'deployment-controller' },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -154.5, source: 'deployment-controller' },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -154.5, source: 'deployment-controller' },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -154, source: 'deployment-controller' },
    ],
    logs: {
      'productcatalogservice#0/server': [
        go(-154.6, 'info', 'successfully parsed product catalog json'),
        go(-154.6, 'info', 'starting grpc server at :3550'),
      ],
      'productcatalogservice#1/server': [
        go(-154.1, 'info', 'successfully parsed product catalog json'),
        go(-154.1, 'info', 'starting grpc server at :3550'),
      ],
      'frontend#0/server': [
        fe(-40.2, 'debug', 'request started', { id: '5c1e0a7b-8d2f-4e63-9a10-3f7b2c9d4e81', path: '/', session: 'e4a1c9d2-7b3f-4f0e-8c2a-91d5f6b3a7c0' }),
        fe(-40.2, 'debug', 'request complete', { id: '5c1e0a7b-8d2f-4e63-9a10-3f7b2c9d4e81', path: '/', session: 'e4a1c9d2-7b3f-4f0e-8c2a-91d5f6b3a7c0', status: 200, bytes: 10742, took: 64 }),
        ...cartErr(-33.4, '0b7d4e2a-1c9f-4a58-b3e6-7d2c8f1a5e90', '3f9c2b71-6e4d-4a0b-9c8e-5d1a7f2e6b34', '2ZYFJ3GM2N'),
        ...checkoutErr(-21.7, 'a83f1d6c-2e9b-47c5-8f0a-6b4d3e2c1f79', '3f9c2b71-6e4d-4a0b-9c8e-5d1a7f2e6b34', '2ZYFJ3GM2N'),
        fe(-14.0, 'debug', 'request complete', { id: '7e2d9c1b-4a6f-4b83-a0c5-2f8e1d7b3c96', path: '/product/OLJCESPC7Z', session: 'c7b2e8d1-3a9f-4c65-b1e0-8d4f2a6c9e17', status: 200, bytes: 8311, took: 42 }),
        ...cartErr(-8.8, 'd91a6f3e-5b2c-4d07-8e1f-4c9b7a2d6e05', '8a1f5c3e-2d7b-4e96-a0c4-6b9e3d1f7a28', '0PUK6V6EV0'),
        ...checkoutErr(-2.3, '4f8b2e7a-9c1d-4a36-b5e0-1d7c3f9a2b64', '8a1f5c3e-2d7b-4e96-a0c4-6b9e3d1f7a28', '0PUK6V6EV0'),
      ],
      'frontend#1/server': [
        ...checkoutErr(-27.9, '2c6e9a1f-7d3b-4f85-a2e0-9b4c1d6f3a57', 'f1d7a3c9-5e2b-4a68-9c0f-3b8e6d2a1c74', '2ZYFJ3GM2N'),
        fe(-12.1, 'debug', 'request complete', { id: 'b5a3e9d1-6f2c-4b07-8d1e-7a4c2f9b3e60', path: '/', session: '9e4c1a7f-3b8d-4f25-a6e0-2d9b5c1f8a43', status: 200, bytes: 10742, took: 58 }),
        ...cartErr(-5.4, '6d2f8b4e-1a7c-4e93-b0d5-3c9a6e2f1b87', 'f1d7a3c9-5e2b-4a68-9c0f-3b8e6d2a1c74', '2ZYFJ3GM2N'),
      ],
      'checkoutservice#0/server': [
        go(-27.9, 'info', '[PlaceOrder] user_id="f1d7a3c9-5e2b-4a68-9c0f-3b8e6d2a1c74" user_currency="USD"'),
        go(-21.7, 'info', '[PlaceOrder] user_id="3f9c2b71-6e4d-4a0b-9c8e-5d1a7f2e6b34" user_currency="EUR"'),
        go(-16.5, 'info', '[PlaceOrder] user_id="c7b2e8d1-3a9f-4c65-b1e0-8d4f2a6c9e17" user_currency="USD"'),
        go(-16.4, 'info', 'payment went through (transaction_id: 8e1b7c34-2f9a-4d6e-b0c3-5a7d1e9f2c48)'),
        go(-16.4, 'info', 'order confirmation email sent to "someone@example.com"'),
        go(-2.3, 'info', '[PlaceOrder] user_id="8a1f5c3e-2d7b-4e96-a0c4-6b9e3d1f7a28" user_currency="USD"'),
      ],
      'recommendationservice#0/server': [
        pyrec(-33.4, "[Recv ListRecommendations] product_ids=['LS4PSXUNUM', '9SIQT8TOJO', '1YMWWN1N4O', 'OLJCESPC7Z', 'L9ECAV7KIM']"),
        pyrec(-14.0, "[Recv ListRecommendations] product_ids=['66VCHSJNUP', '6E92ZMYYFZ', 'L9ECAV7KIM', '1YMWWN1N4O', 'LS4PSXUNUM']"),
        pyrec(-5.4, "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', 'OLJCESPC7Z', '6E92ZMYYFZ', '66VCHSJNUP', 'LS4PSXUNUM']"),
      ],
    },
  },
];
