// Batch s23c blind dev scenario for Online Boutique (session-2 system of scripts/s2-scenarios/online-boutique.mjs): a
// productcatalogservice rollout that carried a game-day EXTRA_LATENCY=5.5s into production; written blind, split dev.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-06-03T16:40:00Z');
const PC_ENV = [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }];
// frontend (logrus JSON, request-complete at debug as upstream's logHandler writes it)
const done = (min, path, took, status = 200, bytes = 10718, id = 'a') =>
  JSON.stringify({ 'http.req.id': `${id}7c1e2f4-${String(Math.round(min * 100) + 10000).slice(-4)}-4b8e-9a31-5d2f0c6e8b17`, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': took, message: 'request complete', session: 'f3a9c2d1-7b64-4e0a-8c5f-2e91d7a4b630', severity: 'debug', timestamp: T.isoMs(min) });
const reqErr = (min, path, err) =>
  JSON.stringify({ error: err, 'http.req.id': `e91b7d30-${String(Math.round(min * 100) + 10000).slice(-4)}-4c2a-8f1e-3a6d5b0c9e24`, 'http.req.method': 'GET', 'http.req.path': path, message: 'request error', session: '5d0e8a7c-2f1b-4c93-a6e4-8b7f9d2c1a05', severity: 'error', timestamp: T.isoMs(min) });
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];

const frontLog = [];
// before the rollout: pages in tens of milliseconds
[-44, -41.5, -38.2, -35.9, -33.1, -30.4, -28.7, -27.3].forEach((m, i) =>
  frontLog.push(done(m, i % 3 ? `/product/${PRODUCTS[i]}` : '/', 18 + ((i * 7) % 40), 200, i % 3 ? 7940 : 10718)));
// after it: every catalogue call sleeps 5.5 s; product pages make two (product, then recommendations -> ListProducts)
[-25.2, -24.1, -22.6, -21.0, -19.4, -17.7, -15.9, -14.2, -12.5, -10.8, -9.1, -7.3, -5.6, -3.9, -2.2, -0.8].forEach((m, i) => {
  if (i % 5 === 4) frontLog.push(reqErr(m, `/product/${PRODUCTS[i % 9]}`, 'failed to get product recommendations: rpc error: code = Canceled desc = context canceled'));
  else frontLog.push(done(m, i % 3 ? `/product/${PRODUCTS[i % 9]}` : '/', i % 3 ? 11040 + ((i * 37) % 90) : 5531 + ((i * 13) % 40), 200, i % 3 ? 7940 : 10718, 'b'));
});
frontLog.push(done(-1.6, '/cart/checkout', 17093, 200, 6112, 'c'));

const pcLog = [
  JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-25.9) }),
  JSON.stringify({ message: 'extra latency enabled (duration: 5.5s)', severity: 'info', timestamp: T.isoMs(-25.9) }),
  JSON.stringify({ message: 'Tracing disabled.', severity: 'info', timestamp: T.isoMs(-25.9) }),
  JSON.stringify({ message: 'Profiling disabled.', severity: 'info', timestamp: T.isoMs(-25.9) }),
  JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-25.9) }),
];

export const scenarios = [
  {
    folder: 's23c-productcatalog-extra-latency',
    incidentTime: '2026-06-03T16:40:00Z',
    description: 'boutique is crawling, product pages take 10+ sec to load since about 16:15. frontend pods look fine??',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'network-latency', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      productcatalogservice reads EXTRA_LATENCY at startup (src/productcatalogservice/README.md, "Latency injection": a
      time.Duration slept on every call to the server; EXTRA_LATENCY="5.5s" is the README's own example) and logs
      "extra latency enabled (duration: 5.5s)". The team had used it in a staging resilience game day; the kustomize patch landed in
      the shared base, and the 16:14 release rolled productcatalogservice (revision 4, both replicas) with EXTRA_LATENCY=5.5s. The gRPC
      health check is not delayed, so both pods stay Ready. frontend's request-complete lines (logrus JSON at debug, as upstream's
      logHandler writes them) go from 20-60 ms to 5.5 s for the home page and about 11 s for product pages (GetProduct, then the
      recommendations whose recommendationservice calls ListProducts); shoppers navigating away cancel some requests ("context
      canceled"), and a checkout takes 17 s (checkoutservice calls GetProduct per cart item). Decoy: adservice has an OOMKilled restart
      from two days ago (its JVM at the 300Mi limit, long since Running). A careful engineer sees the latency begin with the
      productcatalogservice rollout and its startup line; the change is configuration shipped by that rollout, so config-error on
      productcatalogservice is also accepted.`,
    workloads: {
      productcatalogservice: {
        containers: { server: { env: [...PC_ENV, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
        rollout: { at: -26.5, revision: 4, oldContainers: { server: { env: PC_ENV } } },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 47 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -26.5, last: -26.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -26.0, last: -26.0 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -26.0, last: -26.0 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -25.5, last: -25.5 },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -26.2, last: -26.2 },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -25.7, last: -25.7 },
    ],
    logs: {
      'productcatalogservice#0/server': pcLog,
      'productcatalogservice#1/server': pcLog.map((l) => l.replace(T.isoMs(-25.9), T.isoMs(-25.4))),
      'frontend#0/server': frontLog,
      'frontend#1/server': frontLog.filter((_, i) => i % 2).map((l) => l.replace('f3a9c2d1', '0c7e5a92')),
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T.iso(-31).replace('Z', '.112903Z'), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'2ZYFJ3GM2N\', \'66VCHSJNUP\', \'0PUK6V6EV0\', \'9SIQT8TOJO\', \'L9ECAV7KIM\']' }),
        JSON.stringify({ timestamp: T.iso(-12.5).replace('Z', '.640271Z'), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'LS4PSXUNUM\', \'OLJCESPC7Z\', \'1YMWWN1N4O\', \'6E92ZMYYFZ\', \'2ZYFJ3GM2N\']' }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'payment went through (transaction_id: 8e3b7c41-0f2a-4d6e-9b15-c7a2e4f90d38)', severity: 'info', timestamp: T.isoMs(-1.5) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-1.4) }),
      ],
    },
  },
];
