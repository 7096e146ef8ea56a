// Batch s121d (blind dev, no-fault incidents): Online Boutique spec — "recommendations always the same" is expected
// behaviour of a nine-product catalog; a recommendationservice OOM kill inside the window is a loud, healed decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-05-12T10:40:00Z');
const fl = (min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id ?? '5e1b7c20-9a4d-4f3e-b1c8-0d7a2e96f4b1', 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/product/OLJCESPC7Z',
  ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f6e0a-71c4-4d83-a5e2-3c8f1d7b6a90', severity, timestamp: T.isoMs(min),
});
const recErr = (min, id) => fl(min, 'warning', 'failed to get product recommendations', { id, error: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' });
const recv = (min, sev, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00'), severity: sev, name: 'recommendationservice-server', message: msg });

const frontend = [];
for (let m = -58; m < -33; m += 3) frontend.push(fl(m, 'debug', 'request complete', { id: `a1${m}`.padEnd(8, '0') + '-2c3d-4e5f-8a9b-0c1d2e3f4a5b' }));
for (let k = 0; k < 24; k++) frontend.push(recErr(-33 + k * 0.1, `f0${String(k).padStart(2, '0')}c9d2-1b7e-4a2c-9e31-7d5f0a8b${String(1000 + k)}`));
frontend.push(fl(-30.5, 'info', 'request complete', { path: '/product/66VCHSJNUP' }));
for (let m = -30; m < -1; m += 2.5) frontend.push(fl(m, 'debug', 'request complete', { path: m % 5 === 0 ? '/' : '/product/L9ECAV7KIM', id: `b7${Math.abs(Math.round(m))}`.padEnd(8, '0') + '-4f2a-41d0-8c3e-9a6b2d1f0e7c' }));
frontend.push(fl(-12, 'info', 'request complete', { path: '/cart', session: '0c7e1a94-2b6f-4d58-8e13-f5a9c3b7d240' }));

export const scenarios = [
  {
    folder: 's121d-same-recommendations-small-catalog',
    incidentTime: '2026-05-12T10:40:00Z',
    description: 'marketing says the "You May Also Like" row on the boutique shows the same handful of products over and over for every shopper, is the recomendation svc broken? it restarted this morning I think',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'typo', 'pods-ready'],
    grounding: `
      No fault. recommendationservice (src/recommendationservice/recommendation_server.py) answers ListRecommendations with
      random.sample of at most 5 products from ListProducts minus the ones in the request; the upstream catalog
      (products.json) holds nine products, so every shopper sees the same few items: expected behaviour, not a bug.
      Decoy inside the window: the recommendationservice container was OOMKilled once (exit 137, limit 450Mi as in the
      upstream manifest) 33 minutes before the report and restarted; the frontend logged two dozen "failed to get
      product recommendations" warnings (connection refused) for about two minutes while it came back, then nothing.
      It is Ready and serving since. An old cartservice restart from last week is background noise. Deviation from
      upstream: none in the manifests; the OOM kill is invented as a decoy.`,
    workloads: {
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-32.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-33.1) } }) }, readyTransition: T.iso(-31.6) }],
      },
      cartservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 139, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 6 - 0.2) } }) } }, {}],
      },
    },
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine`, first: -32.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -32.5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -32.4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s: context deadline exceeded', first: -32.2, last: -31.9, count: 2, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontend,
      'frontend#1/server': frontend.slice(0, 6).concat(frontend.slice(40)),
      'recommendationservice#0/server/previous': [
        recv(-41, 'INFO', "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', '9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM', '0PUK6V6EV0']"),
        recv(-35, 'INFO', "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '1YMWWN1N4O', '6E92ZMYYFZ', '66VCHSJNUP', 'L9ECAV7KIM']"),
      ],
      'recommendationservice#0/server': [
        recv(-32.3, 'INFO', 'initializing recommendationservice'),
        recv(-32.3, 'INFO', 'Profiler disabled.'),
        recv(-32.3, 'INFO', 'Tracing disabled.'),
        recv(-32.2, 'INFO', 'listening on port: 8080'),
        ...[-30, -24, -17, -9, -3].map((m) => recv(m, 'INFO', "[Recv ListRecommendations] product_ids=['66VCHSJNUP', '1YMWWN1N4O', '9SIQT8TOJO', 'LS4PSXUNUM', '2ZYFJ3GM2N']")),
      ],
    },
  },
];
