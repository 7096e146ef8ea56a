// Blind dev batch s93b: Online Boutique scenario (system part of scripts/s2-scenarios/online-boutique.mjs).
// cartservice's pods were preempted by a higher-priority batch Job and cannot come back; frontend and checkout are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-05-14T02:31:00Z');
const NODE_A = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const NODE_B = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const CART_IP = '%SVCIP:cartservice%';
const fe = (min, severity, message, extra = {}) =>
  JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? '6f2c9a1e-0b7d-4e3a-9c51-2d8f4a7b1e60', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 0, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 3 } : {}), message, session: extra.session ?? 'b3e1d9c2-7a4f-4c18-8e2d-5f0a6b9c3d71', severity, timestamp: T.isoMs(min) });
const refused = `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${CART_IP}:7070: connect: connection refused"`;
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's93b-cartservice-preempted-by-batch',
    incidentTime: '2026-05-14T02:31:00Z',
    description: 'boutique: cart page 500s + checkout broken since around 2am. home page and product pages still fine',
    expected: { component: 'cartservice', cause: 'dependency-down' },
    alsoAcceptable: [
      { component: 'cartservice', cause: 'unschedulable' },
      { component: 'cartservice', cause: 'no-endpoints' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6): the frontend and checkoutservice reach cartservice through
      CART_SERVICE_ADDR=cartservice:7070; cartservice requests 200m CPU and has no PriorityClass (priority 0). Deviation from upstream: the
      shop runs 2 cartservice replicas and shares its nodes with a nightly data-export Job of another namespace that runs under a
      PriorityClass of value 1000000 (not part of the snapshot, which only lists the boutique namespace).
      Fault, as the Kubernetes scheduler documents preemption: at 02:04 the batch pods could not fit, so kube-scheduler preempted both
      cartservice pods (Event "Preempted" on each, "Preempted by pod <uid> on node <node>"); the ReplicaSet recreated them but they stay
      Pending with "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for
      incoming pod." (priority 0 can evict nothing). The cartservice Service has no endpoints, so kube-proxy rejects connections to its
      ClusterIP and the frontend and checkoutservice are the loud ones (gRPC Unavailable, connection refused). Product pages do not touch
      cartservice and still work.
      Decoy: adservice was OOMKilled once two days ago and has been Running since; the frontend logs "failed to retrieve ads" warnings
      from that morning.`,
    workloads: {
      cartservice: {
        pods: [
          { unscheduled: UNSCHED, created: T.iso(-27) },
          { unscheduled: UNSCHED, created: T.iso(-26.9) },
        ],
        unavailableSince: -27,
        endpointsChanged: -27,
      },
      adservice: {
        pods: [{
          node: NODE_B,
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'rs:cartservice', reason: 'SuccessfulCreate', message: 'Created pod: cartservice-%RS%', first: -27, last: -26.9, count: 2 },
      { on: 'pod:cartservice#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -27, last: -1.5, count: 19 },
      { on: 'pod:cartservice#1', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -26.9, last: -1.4, count: 19 },
      { on: 'pod:adservice#0', reason: 'Pulled', source: 'kubelet', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6" already present on machine', first: -60 * 49, last: -60 * 49 },
    ],
    logs: {
      'frontend#0/server': [
        fe(-60 * 6, 'warning', 'failed to retrieve ads', { path: '/product/OLJCESPC7Z', error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fe(-40, 'debug', 'request complete', { path: '/product/66VCHSJNUP', status: 200, bytes: 8412, took: 41 }),
        fe(-28, 'debug', 'request complete', { path: '/cart', status: 200, bytes: 6120, took: 22 }),
        fe(-26.5, 'error', 'request error', { path: '/cart', error: `failed to retrieve cart: ${refused}` }),
        fe(-26.5, 'debug', 'request complete', { path: '/cart', status: 500, bytes: 3014, took: 2 }),
        fe(-24, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: ${refused}` }),
        fe(-20, 'debug', 'request complete', { path: '/', status: 200, bytes: 10982, took: 38 }),
        fe(-19.2, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: ${refused}` }),
        fe(-12, 'error', 'request error', { path: '/cart', error: `failed to retrieve cart: ${refused}` }),
        fe(-9, 'debug', 'request complete', { path: '/product/L9ECAV7KIM', status: 200, bytes: 8233, took: 36 }),
        fe(-4, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: ${refused}` }),
        fe(-2, 'error', 'request error', { path: '/cart', error: `failed to retrieve cart: ${refused}` }),
      ],
      'frontend#1/server': [
        fe(-30, 'debug', 'request complete', { path: '/product/2ZYFJ3GM2N', status: 200, bytes: 8120, took: 33 }),
        fe(-22, 'error', 'request error', { path: '/cart', error: `failed to retrieve cart: ${refused}` }),
        fe(-15, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: ${refused}` }),
        fe(-6, 'debug', 'request complete', { path: '/', status: 200, bytes: 10982, took: 35 }),
        fe(-3, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: ${refused}` }),
      ],
      'checkoutservice#0/server': [
        co(-19.2, 'info', '[PlaceOrder] user_id="b3e1d9c2-7a4f-4c18-8e2d-5f0a6b9c3d71" user_currency="USD"'),
        co(-15, 'info', '[PlaceOrder] user_id="0c9e4b21-5d3a-4f7e-a812-6b1f9d2c4e05" user_currency="EUR"'),
      ],
      'adservice#0/server': [
        `${T.java(-60 * 49 + 0.3)} - INFO  [main] hipstershop.AdService - AdService starting.`,
        `${T.java(-60 * 49 + 0.4)} - INFO  [main] hipstershop.AdService - Ad Service started, listening on 9555`,
        `${T.java(-20)} - INFO  [grpc-default-executor-3] hipstershop.AdService - received ad request (context_words=[kitchen])`,
      ],
    },
  },
];
