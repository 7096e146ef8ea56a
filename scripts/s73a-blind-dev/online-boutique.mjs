// Batch s73a (blind dev): one Online Boutique scenario on the session-2 system definition.
// currencyservice release built without its lazily required rate table: Ready, every RPC fails; the frontend is loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const INC = '2026-03-10T10:58:00Z';
const T = clock(INC);
const FE = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 3 } : {}), message, session: extra.session ?? '6e1d0b8a-4f7c-4a2e-9c51-2b7d9e3f0a64', severity, timestamp: T.isoMs(min) });
const CUR = (min, level, msg, host) => `{"severity":"${level}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}","name":"currencyservice-server","message":${JSON.stringify(msg)}}`;
const ERRMSG = "Cannot find module './data/currency_conversion.json'\nRequire stack:\n- /usr/src/app/server.js";

const feLog = (shift) => {
  const out = [];
  for (let m = -45; m < -19.5; m += 3) out.push(FE(m + shift, 'debug', 'request started', { id: `a1${m}`.replace(/[^0-9a]/g, '') + 'f0c2-7d1e-4b8a-9c3f-1e2d3c4b5a69', path: '/' }), FE(m + shift + 0.01, 'debug', 'request complete', { id: 'b7e0c2d4-1f3a-4c5b-8d6e-9f0a1b2c3d4e', path: '/', status: 200, took: 41 }));
  const ids = ['3f9c1e0a-5b2d-4e7f-a1c3-7d8e9f0a1b2c', '8a2b4c6d-0e1f-4a3b-9c5d-6e7f8a9b0c1d', 'c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f'];
  for (let m = -18.8, k = 0; m < -0.2; m += 0.9, k++) {
    const id = ids[k % 3];
    const path = k % 4 === 3 ? '/product/OLJCESPC7Z' : '/';
    out.push(FE(m + shift, 'debug', 'request started', { id, path }));
    if (path === '/') out.push(FE(m + shift + 0.005, 'error', 'request error', { id, path, error: `could not retrieve currencies: rpc error: code = Unknown desc = ${ERRMSG}` }));
    else out.push(FE(m + shift + 0.005, 'error', 'request error', { id, path, error: `failed to convert currency for product #OLJCESPC7Z: rpc error: code = Unknown desc = ${ERRMSG}` }));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's73a-currency-rate-table-missing',
    incidentTime: INC,
    description: 'boutique front page 500 for everyone since ~10:40, checkout ppl say nothing changed on their side',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Upstream currencyservice (Node.js, @grpc/grpc-js, pino with messageKey "message" and a "severity" level) requires
      ./data/currency_conversion.json inside _getCurrencyData(), at call time, not at start, and its grpc health Check
      answers SERVING without touching it; so an image built without the data file starts, passes its gRPC readiness and
      liveness probes and fails every GetSupportedCurrencies / Convert call with "Cannot find module". Fault shape: a
      release whose .dockerignore change dropped a runtime data file (a common class of bad build reported in public
      issues about files missing from Node images). Deviation from upstream: the team ships its own build tagged
      v0.10.6-fx.2 (rolled out 19 min before the incident, revision 4) instead of v0.10.6. The frontend (Go, logrus JSON)
      renders 500 "could not retrieve currencies" on / and "failed to convert currency" on product pages and is the loud
      one. Decoys: adservice rolled out v0.10.6 to v0.10.7 two hours earlier and healthy; recommendationservice last
      OOMKilled three days ago (restartCount 1).
    `,
    workloads: {
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.6-fx.2` } },
        rollout: { at: -19, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
      },
      adservice: {
        containers: { server: { image: `${REG}/adservice:v0.10.7` } },
        rollout: { at: -128, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -19, last: -19 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -17.9, last: -17.9 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -18.45, last: -18.45 },
      { on: 'pod:currencyservice#0', reason: 'Pulling', message: `Pulling image "${REG}/currencyservice:v0.10.6-fx.2"`, fieldPath: 'spec.containers{server}', first: -18.45, last: -18.45 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.6-fx.2" in 4.212s (4.212s including waiting). Image size: 63514208 bytes.`, fieldPath: 'spec.containers{server}', first: -18.25, last: -18.25 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -18.25, last: -18.25 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -18.25, last: -18.25 },
    ],
    logs: {
      'currencyservice#0/server': [
        CUR(-18.15, 'info', 'Starting gRPC server on port 7000...', '%POD%'),
        ...Array.from({ length: 20 }, (_, i) => -17.9 + i * 0.85).flatMap((m, i) => i % 3 === 2
          ? [CUR(m, 'info', 'received conversion request', '%POD%'), CUR(m + 0.002, 'error', `conversion request failed: Error: ${ERRMSG}`, '%POD%')]
          : [CUR(m, 'info', 'Getting supported currencies...', '%POD%')]),
      ],
      'frontend#0/server': feLog(0),
      'frontend#1/server': feLog(0.2),
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"2f8c0e1d-6a4b-4c3e-9f7a-1b2c3d4e5f60\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-31)}"}`,
        `{"message":"payment went through (transaction_id: 5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a)","severity":"info","timestamp":"${T.isoMs(-30.9)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-30.8)}"}`,
      ],
      'recommendationservice#0/server': [
        `{"timestamp": ${(Date.parse(T.isoMs(-2.1)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']"}`,
        `{"timestamp": ${(Date.parse(T.isoMs(-1.2)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '6E92ZMYYFZ', 'LS4PSXUNUM', '0PUK6V6EV0', 'OLJCESPC7Z']"}`,
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Date.parse(T.iso(-127)) / 1000},"nanoOfSecond":412000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-127)}"}`,
        `{"instant":{"epochSecond":${Date.parse(T.iso(-3)) / 1000},"nanoOfSecond":118000000},"thread":"grpc-default-executor-4","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[clothing])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":31,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-3)}"}`,
      ],
    },
  },
];
