// Blind dev batch s123d (no-fault incidents): one Online Boutique scenario on the session-2 system definition.
// Marketing says home-page ads are "random": the frontend asks adservice for ads with no context words there, by design.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-05-12T15:40:00Z');
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `4e0c${Math.round(min * 100 + 9000).toString(16)}-7a1b-4c2e-9f3d-1b6e8a2c5d70`, 'http.req.method': 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '0f7d2a61-5b3c-4e88-a9d4-3c1e6b2f7a95', severity, timestamp: T.isoMs(min) });
const ad = (min, msg, level = 'INFO', thread = 'grpc-default-executor-2') => {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1e6 }, thread, level, loggerName: 'hipstershop.AdService', message: msg, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 23, threadPriority: 5, 'logging.googleapis.com/trace': '00000000000000000000000000000000', 'logging.googleapis.com/spanId': '0000000000000000', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min) });
};
const UNAVAIL = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"';

const feLogs = [];
for (let m = -50; m < -1; m += 1.7) {
  feLogs.push(fe(m, 'debug', 'request started', { path: '/' }));
  if (m > -23.2 && m < -20.4) {
    feLogs.push(fe(m + 0.01, 'warning', 'failed to retrieve ads', { error: UNAVAIL }));
    feLogs.push(fe(m + 0.3, 'warning', 'failed to retrieve ads', { path: '/product/OLJCESPC7Z', error: UNAVAIL, session: '6c1f0b3e-2d47-4a9e-8b15-e7a3d90c4f22' }));
    feLogs.push(fe(m + 0.6, 'warning', 'failed to retrieve ads', { path: '/product/66VCHSJNUP', error: UNAVAIL, session: 'a2e97c14-8f30-4b6d-95e1-0d4c7b3a8e61' }));
    feLogs.push(fe(m + 0.9, 'warning', 'failed to retrieve ads', { error: UNAVAIL, session: 'd81b4e2a-6c09-4f73-b2a5-19e0c6f8d347' }));
  }
  feLogs.push(fe(m + 0.05, 'debug', 'request complete', { path: '/' }));
  if (Math.round(m * 10) % 3 === 0) feLogs.push(fe(m + 0.2, 'info', 'currency changed', { path: '/setCurrency', session: 'b5d3a0f1-94c2-4e7b-8a61-2f0c9e4d7b18' }).replace('"GET"', '"POST"'));
}
feLogs.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

const adPrev = [ad(-60 * 24 * 9 + 0.4, 'Ad Service started, listening on 9555', 'INFO', 'main')];
for (let m = -60; m < -22.2; m += 0.8) adPrev.push(ad(m, m % 3 < 1.5 ? 'received ad request (context_words=[])' : 'received ad request (context_words=[accessories])'));
const adCur = [ad(-21.8, 'AdService starting.', 'INFO', 'main'), ad(-21.5, 'Stats enabled, but temporarily unavailable', 'INFO', 'main'), ad(-21.5, 'Tracing enabled but temporarily unavailable', 'INFO', 'main'), ad(-21.3, 'Ad Service started, listening on 9555', 'INFO', 'main')];
for (let m = -21; m < -1; m += 0.7) adCur.push(ad(m, Math.round(m * 10) % 2 ? 'received ad request (context_words=[])' : 'received ad request (context_words=[kitchen])'));

export const scenarios = [
  {
    folder: 's123d-homepage-ads-random',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'marketing says the ad banner on the boutique home page is totally random, not targeted at all ("shows a watch ad to someone browsing kitchen stuff"). adsvc broken?? noticed this afternoon',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-21.9), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-22.2) } }) }, readyTransition: T.iso(-21.2) }],
      },
    },
    events: [
      { on: 'pod:adservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', fieldPath: 'spec.containers{server}', first: -22, last: -21.4, count: 3 },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -22.1 },
      { on: 'pod:adservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -22.1 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -22 },
    ],
    logs: {
      'frontend#0/server': feLogs,
      'adservice#0/server': adCur,
      'adservice#0/server/previous': adPrev,
    },
    grounding: `
      No fault. Online Boutique's frontend (src/frontend/handlers.go at v0.10.6) calls chooseAd with an empty context list on
      the home page ("ad": fe.chooseAd(r.Context(), []string{}, log)) and with the product's categories only on product pages;
      adservice (AdService.java getAdsByCategory / getRandomAds) answers an empty context with random ads. So "untargeted" home
      page ads are the designed behaviour; nothing in the cluster is wrong now.
      Decoy, loud and inside the hour: adservice (JVM, 300Mi limit upstream) was OOMKilled once 22 minutes ago (exit 137,
      restartCount 1), failed its gRPC readiness probe for ~40 s while the JVM started, and the frontend logged a burst of
      "failed to retrieve ads" Unavailable warnings toward adservice for those ~3 minutes; it has served "received ad request"
      lines since and is Ready. The frontend renders pages without an ad when GetAds fails, which is not what marketing saw.
      Deviations from upstream: none in manifests; adservice log lines follow its log4j2 JSON layout in shape, fields abridged.
    `,
  },
];
