// Batch s89c (blind dev): one Online Boutique no-fault scenario on the session-2 system (scripts/s2-scenarios/online-boutique.mjs).
// Marketing cannot see the ad banner; adservice answers every request (an OOM kill three days old is the decoy).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-03-23T10:15:00Z';
const T = clock(INC);
const front = (min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id, 'http.req.method': 'GET', 'http.req.path': extra.path,
  ...(extra.status ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}),
  message, session: extra.session, severity, timestamp: T.isoMs(min),
});
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const WORDS = { OLJCESPC7Z: 'accessories', '66VCHSJNUP': 'kitchen', '1YMWWN1N4O': 'accessories', L9ECAV7KIM: 'accessories', '2ZYFJ3GM2N': 'accessories', '0PUK6V6EV0': 'decor', LS4PSXUNUM: 'accessories', '9SIQT8TOJO': 'decor', '6E92ZMYYFZ': 'kitchen' };
const frontLog = [], adLog = [];
for (let i = 0; i < 24; i++) {
  const m = -58 + i * 2.4;
  const p = PRODUCTS[i % PRODUCTS.length];
  const id = `7f${(0x3a91c + i * 7919).toString(16)}-2c4e-4b1a-9d0f-${(0x51e2a0b3c4d5 + i * 104729).toString(16).slice(0, 12)}`;
  const session = i % 5 === 0 ? 'e0c4a9d2-71b3-4f58-8a6e-2d9b5c3f1a70' : `3b8d${(0xa10f + i).toString(16)}-5c21-4e7a-b9d3-7f0e2a6c4b19`;
  frontLog.push(front(m, 'debug', 'request started', { id, path: `/product/${p}`, session }));
  frontLog.push(front(m + 0.002, 'debug', 'serving product page', { id, path: `/product/${p}`, session }));
  frontLog.push(front(m + 0.004, 'info', 'request complete', { id, path: `/product/${p}`, session, status: 200, bytes: 7310 + (i % 4) * 113, took: 38 + (i % 6) * 7 }));
  const ep = Math.floor(Date.parse(T.isoMs(m + 0.003)) / 1000);
  adLog.push(JSON.stringify({ instant: { epochSecond: ep, nanoOfSecond: 412000000 + i * 1000 }, thread: `grpc-default-executor-${i % 9}`, level: 'INFO', loggerName: 'hipstershop.AdService', message: `received ad request (context_words=[${WORDS[p]}])`, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: 31 + (i % 9), threadPriority: 5, 'logging.googleapis.com/trace': '00000000000000000000000000000000', 'logging.googleapis.com/spanId': '0000000000000000', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(m + 0.003) }));
}

export const scenarios = [
  {
    folder: 's89c-ad-banner-hidden-by-blocker',
    incidentTime: INC,
    description: 'marketing says the ad banner is gone from prod product pages since this morning, spring promo is running!! adsvc down?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Upstream release/kubernetes-manifests.yaml: the frontend calls adservice:9555 (AD_SERVICE_ADDR) for every product page
      and renders the ad block server-side; adservice is the Java gRPC service (300Mi limit). Nothing in the cluster is wrong:
      the marketing reviewer's browser profile runs an ad-blocking extension whose generic cosmetic filters hide the ad
      block (a client-side report: the HTML carries the ad). The frontend's logrus JSON shows every /product/<id> served 200 in
      well under 100 ms with no "failed to retrieve ads" warning, and adservice's log4j2 JSON lines show "received ad request
      (context_words=[...])" for each of them. Decoy: the adservice pod restarted once three days ago (lastState
      OOMKilled, exit 137) and has been Ready since; its events expired long ago. No deviation from upstream besides that
      restart count.
    `,
    workloads: {
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
          readyTransition: T.iso(-60 * 24 * 3 + 0.4),
        }],
      },
    },
    events: [],
    logs: {
      'frontend#0/server': frontLog,
      'adservice#0/server': adLog,
    },
  },
];
