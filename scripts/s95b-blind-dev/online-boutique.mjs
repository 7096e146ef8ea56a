// Blind dev batch s95b: Online Boutique scenario (productcatalogservice left re-reading its catalog on every request).
// Spec module for scripts/s95b-build.mjs over the session-2 Online Boutique system (scripts/s2-scenarios/online-boutique.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-05-15T16:52:00Z';
const T = clock(INC);
const g = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const f = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.took ? { 'http.resp.bytes': extra.bytes ?? 10432, 'http.resp.status': 200, 'http.resp.took_ms': extra.took } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3f0c2a71-9d4e-4b8a-a1c5-6e27d90b4f18', severity, timestamp: T.isoMs(min) });
const ids = ['6c1d','a93e','0b7f','e25a','71c0','d4b8','38f2','9e61','c07d','5a2b','f1e9','24c6'];
const slow = [-38, -33, -29, -24, -19, -15, -11, -7, -4, -2];

const pcLog = (off) => [
  g(-60 * 24 * 9 + 0.3, 'info', 'successfully parsed product catalog json'),
  g(-60 * 24 * 9 + 0.3, 'info', 'starting grpc server at :3550'),
  g(-41 + off, 'info', 'Enable catalog reloading'),
  ...Array.from({ length: 24 }, (_, i) => g(-40.8 + off + i * 1.65, 'info', 'successfully parsed product catalog json')),
];

export const scenarios = [
  {
    folder: 's95b-productcatalog-reload-every-request',
    incidentTime: INC,
    description: 'boutique storefront crawling since ~16:10, home + product pages take 10s+, nothing is erroring much. checkout svc and cart look fine',
    expected: { component: 'productcatalogservice', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Fault: the "catalog reload" failure mode built into productcatalogservice (src/productcatalogservice/server.go: SIGUSR1
      sets reloadCatalog, after which every ListProducts/GetProduct/SearchProducts re-reads and unmarshals products.json and
      logs "successfully parsed product catalog json"; SIGUSR2 turns it off). A demo of it in a game-day was run with
      \`kubectl exec ... -- kill -USR1 1\` on both replicas and never reverted. Under the upstream 200m CPU limit the service is
      throttled and answers in seconds; its gRPC health service answers directly, so both pods stay Ready and never restart.
      The frontend (which calls the catalog many times per page, including through recommendationservice) is where it shows:
      "request complete" lines with http.resp.took_ms in the thousands and a few "context canceled" errors when browsers give up.
      Manifest facts (release/kubernetes-manifests.yaml 34ffea9): PRODUCT_CATALOG_SERVICE_ADDR=productcatalogservice:3550 on
      frontend, checkoutservice and recommendationservice; productcatalogservice limits 200m/128Mi; gRPC probes on 3550.
      Deviations: two productcatalogservice replicas (the session-2 system's choice); the SIGUSR1 was sent by hand.
      Decoy: a benign adservice restart-rollout 3 hours earlier (templates identical, new revision only).
    `,
    workloads: {
      adservice: { rollout: { at: -180 } },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -180 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -179 },
    ],
    logs: {
      'productcatalogservice#0/server': pcLog(0),
      'productcatalogservice#1/server': pcLog(0.4),
      'frontend#0/server': [
        f(-45, 'debug', 'request complete', { id: 'aa01c9e2-1d4f-4e4b-9b31-0c7f5de2a611', path: '/', took: 143 }),
        ...slow.map((m, i) => f(m, 'debug', 'request complete', { id: `${ids[i]}7b2e-44a1-4c0e-8f3d-1b9a6e2c${ids[i + 1] ?? 'ffff'}`, path: i % 2 ? '/product/OLJCESPC7Z' : '/', took: 6200 + i * 900 })),
        f(-9, 'error', 'request error', { id: '5e71d0c2-8a3b-4f19-b6e4-2c90a1f7d833', path: '/', error: 'could not retrieve products: rpc error: code = Canceled desc = context canceled' }),
        f(-3, 'error', 'request error', { id: '0f2b8c61-47de-4a05-9e13-6d8a27c1b490', path: '/product/66VCHSJNUP', error: 'could not retrieve product: rpc error: code = Canceled desc = context canceled' }),
      ],
      'frontend#1/server': [
        ...slow.map((m, i) => f(m + 0.5, 'debug', 'request complete', { id: `${ids[i + 1] ?? 'abcd'}9c0f-41b7-4d2a-a6e5-7f3e0b1d${ids[i]}`, path: i % 3 ? '/cart' : '/', took: 5400 + i * 1100 })),
      ],
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: (Date.parse(T.isoMs(-20)) / 1000), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\', \'1YMWWN1N4O\', \'LS4PSXUNUM\']' }),
        JSON.stringify({ timestamp: (Date.parse(T.isoMs(-5)) / 1000), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'66VCHSJNUP\', \'9SIQT8TOJO\', \'6E92ZMYYFZ\', \'1YMWWN1N4O\']' }),
      ],
      'checkoutservice#0/server': [
        g(-60 * 24 * 9 + 0.3, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'),
        g(-60 * 24 * 9 + 0.3, 'info', 'starting to listen on tcp: "[::]:5050"'),
        g(-26, 'info', '[PlaceOrder] user_id="3f0c2a71-9d4e-4b8a-a1c5-6e27d90b4f18" user_currency="USD"'),
        g(-25.9, 'info', 'payment went through (transaction_id: 4f7c2e19-b0a3-4d61-8e52-1a9c3f7d0b64)'),
      ],
    },
  },
];
