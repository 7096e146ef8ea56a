// s133a blind dev: Online Boutique — checkoutservice runs out of ephemeral ports after a release dials per request without closing.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const I = '2026-06-02T16:35:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const lr = (min, level, msg) => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min) });
const coLog = [
  lr(-41.1, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'),
  lr(-41.1, 'info', 'starting to listen on tcp: "[::]:5050"'),
  lr(-30, 'info', '[PlaceOrder] user_id="5c2f3d1e-0b6a-4a7e-8f51-1c9e2d3a4b60" user_currency="USD"'),
  lr(-30, 'info', 'payment went through (transaction_id: 0f6a2b9c-3e14-4d8a-a5c1-7b2e9d4f6a10)'),
  lr(-12.4, 'info', '[PlaceOrder] user_id="a81d4c2b-6f3e-4b19-9c07-3e5a1f8d2c44" user_currency="EUR"'),
  lr(-12.4, 'warning', 'failed to prepare order: failed to convert currency: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: cannot assign requested address"'),
  lr(-8.1, 'warning', 'failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: connect: cannot assign requested address"'),
  lr(-5.2, 'info', '[PlaceOrder] user_id="e07b9a51-2d8c-4f36-b1a2-9c4e7d0f3b85" user_currency="USD"'),
  lr(-5.2, 'info', 'payment went through (transaction_id: 7d3c1a0e-9b42-4e6f-8a15-2f6b4c9d0e21)'),
  lr(-3.0, 'warning', 'failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: cannot assign requested address"'),
  lr(-1.1, 'warning', 'failed to prepare order: failed to convert currency: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: cannot assign requested address"'),
];
const fe = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '3f8e2a71-5c04-4b9d-8e1a-6d2c0b7f9a35', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message: msg, session: 'a81d4c2b-6f3e-4b19-9c07-3e5a1f8d2c44', severity: sev, timestamp: T.isoMs(min) });
const feLog = [
  fe(-20, 'debug', 'request complete', { method: 'GET', path: '/' }),
  fe(-12.4, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert currency: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: cannot assign requested address"' }),
  fe(-8.1, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: connect: cannot assign requested address"' }),
  fe(-6, 'debug', 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }),
  fe(-3.0, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #"OLJCESPC7Z": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: cannot assign requested address"' }),
];

export const scenarios = [
  {
    folder: 's133a-checkout-ephemeral-ports',
    description: 'orders failing intermittently for the past ~15min, frontend logs say "cannot assign requested address" to currency / cart / catalog. all those pods green',
    incidentTime: I,
    expected: { component: 'checkoutservice', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'partial-name'],
    grounding: `
      "connect: cannot assign requested address" (EADDRNOTAVAIL) is the Linux error when a socket cannot get a local ephemeral port for the
      destination: the net.ipv4.ip_local_port_range (32768-60999, ~28k ports) of the pod's network namespace is used up by sockets in
      TIME_WAIT/ESTABLISHED. Upstream checkoutservice (Go, grpc-go) keeps one client connection per downstream; our release v0.10.7-co1 of
      checkoutservice (rolled out ~42 min ago, healthy by probes) dials a fresh grpc.ClientConn per PlaceOrder call and closes it only on the
      error path, so the pod's source ports run out after ~25 minutes of load and every new dial from checkout fails whatever the target, while
      the targets (currencyservice, cartservice, productcatalogservice) are fine and frontend's own calls to them succeed. Orders that reuse a
      still-open connection go through, so failures are intermittent. Deviation: the leaking release is invented; the error strings are grpc-go's.
      The gRPC health probe on :5050 reuses kubelet-side connections, so the pod stays Ready.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -42, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/checkoutservice:v0.10.7-co1` } },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -42 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -41.3 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/checkoutservice:v0.10.7-co1" in 2.114s (2.114s including waiting). Image size: 14211092 bytes.`, first: -41.3 },
      { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -41.2 },
    ],
    logs: {
      'checkoutservice#0/server': coLog,
      'frontend#0/server': feLog,
      'frontend#1/server': [fe(-9, 'debug', 'request complete', { method: 'GET', path: '/cart' })],
    },
  },
];
