// Batch s133d (blind, dev): Online Boutique no-fault scenarios. System as in scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';

const fe = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12, 'http.resp.bytes': extra.bytes ?? 8214 } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const goLine = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pyLine = (T, min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00'), severity, name: 'emailservice-server', message });
const javaLine = (T, min, level, thread, message) => {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1e6 }, thread, level, loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: thread === 'main' ? 1 : 23, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min) });
};

// ---------- 1. confirmation email "not arriving": the customer typed gmial.com; emailservice rolled out 32 min before
const T1 = clock('2026-05-12T14:40:00Z');
const email1 = (() => {
  const L = [];
  L.push(pyLine(T1, -31.6, 'INFO', 'starting the email service.'));
  L.push(pyLine(T1, -31.6, 'INFO', 'Profiler disabled.'));
  L.push(pyLine(T1, -31.5, 'INFO', 'listening on port: 8080'));
  const custs = [['-29.2', 'p.lindqvist@outlook.com'], ['-26.8', 'someone@example.com'], ['-23.4', 'dev.kaur@gmail.com'], ['-21.0', 'someone@example.com'], ['-18.3', 'm.okafor@gmial.com'], ['-15.9', 'someone@example.com'], ['-12.2', 'a.ferreira@yahoo.com'], ['-9.7', 'someone@example.com'], ['-6.1', 'someone@example.com'], ['-3.4', 'l.chen@protonmail.com']];
  for (const [m, to] of custs) {
    L.push(pyLine(T1, Number(m), 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  }
  return L;
})();
const checkout1 = (() => {
  const L = [];
  for (let m = -58; m < -33; m += 4.3) {
    L.push(goLine(T1, m, 'info', `[PlaceOrder] user_id="${['3f7a91c2', 'b2d04e6f', '9c1e55a8'][Math.round(-m) % 3]}-4c1e-4a8b-9d2f-6e0c1a7b3d45" user_currency="USD"`));
    L.push(goLine(T1, m + 0.01, 'info', `payment went through (transaction_id: ${['8d1f2c7a', 'e41b9306', '5a7c0d2e'][Math.round(-m) % 3]}-0b6e-4f3a-9c18-2d5e7f9a1b64)`));
    L.push(goLine(T1, m + 0.02, 'info', 'order confirmation email sent to "someone@example.com"'));
  }
  L.push(goLine(T1, -31.9, 'info', '[PlaceOrder] user_id="b2d04e6f-4c1e-4a8b-9d2f-6e0c1a7b3d45" user_currency="EUR"'));
  L.push(goLine(T1, -31.89, 'info', 'payment went through (transaction_id: 71c9e2ab-0b6e-4f3a-9c18-2d5e7f9a1b64)'));
  L.push(goLine(T1, -31.88, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"'));
  L.push(goLine(T1, -31.7, 'info', '[PlaceOrder] user_id="9c1e55a8-4c1e-4a8b-9d2f-6e0c1a7b3d45" user_currency="USD"'));
  L.push(goLine(T1, -31.69, 'info', 'payment went through (transaction_id: 0e4d7b12-0b6e-4f3a-9c18-2d5e7f9a1b64)'));
  L.push(goLine(T1, -31.68, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"'));
  const custs = [['-29.2', 'p.lindqvist@outlook.com', 'EUR'], ['-26.8', 'someone@example.com', 'USD'], ['-23.4', 'dev.kaur@gmail.com', 'CAD'], ['-21.0', 'someone@example.com', 'USD'], ['-18.3', 'm.okafor@gmial.com', 'GBP'], ['-15.9', 'someone@example.com', 'USD'], ['-12.2', 'a.ferreira@yahoo.com', 'EUR'], ['-9.7', 'someone@example.com', 'JPY'], ['-6.1', 'someone@example.com', 'USD'], ['-3.4', 'l.chen@protonmail.com', 'USD']];
  custs.forEach(([m, to, cur], i) => {
    const t = Number(m) - 0.01;
    L.push(goLine(T1, t - 0.01, 'info', `[PlaceOrder] user_id="${(0x1a2b3c4d + i * 7919).toString(16)}-52ad-4c0e-8f31-7b9e4d2c6a18" user_currency="${cur}"`));
    L.push(goLine(T1, t - 0.005, 'info', `payment went through (transaction_id: ${(0x6e5d4c3b + i * 104729).toString(16)}-1f2e-4d3c-8b4a-5e6f7a8b9c0d)`));
    L.push(goLine(T1, t + 0.012, 'info', `order confirmation email sent to "${to}"`));
  });
  return L;
})();

// ---------- 2. ad banner "gone": the reporter's browser hides it; adservice rolled out 38 min before
const T2 = clock('2026-05-13T09:25:00Z');
const ad2 = (() => {
  const L = [];
  L.push(javaLine(T2, -37.6, 'INFO', 'main', 'AdService starting.'));
  L.push(javaLine(T2, -37.2, 'INFO', 'main', 'Stats disabled.'));
  L.push(javaLine(T2, -37.2, 'INFO', 'main', 'Tracing disabled.'));
  L.push(javaLine(T2, -37.1, 'INFO', 'main', 'Ad Service started, listening on 9555'));
  const words = [['clothing', 'tops'], ['footwear'], ['kitchen'], ['accessories'], ['vintage', 'photography'], ['home', 'decor'], []];
  for (let m = -36.5, i = 0; m < -0.5; m += 1.7, i++) {
    L.push(javaLine(T2, m, 'INFO', `grpc-default-executor-${i % 4}`, `received ad request (context_words=[${words[i % words.length].join(', ')}])`));
  }
  return L;
})();
const front2 = (i) => {
  const L = [];
  const err = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:adservice%:9555: connect: connection refused"';
  for (let m = -55; m < -38; m += 2.9) {
    L.push(fe(T2, m, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: `a${i}${Math.round(-m)}e0c2f-1b7a-4e21-9c3d-5f8a2b6e4d10` }));
    L.push(fe(T2, m + 0.004, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', status: 200, took: 41, id: `a${i}${Math.round(-m)}e0c2f-1b7a-4e21-9c3d-5f8a2b6e4d10` }));
  }
  for (let k = 0; k < 6; k++) {
    const m = -37.95 + k * 0.12;
    L.push(fe(T2, m, 'warning', 'failed to retrieve ads', { path: ['/product/66VCHSJNUP', '/product/1YMWWN1N4O', '/product/L9ECAV7KIM', '/product/2ZYFJ3GM2N', '/product/0PUK6V6EV0', '/product/LS4PSXUNUM'][k], error: err, id: `f${i}${k}1d9b0e-77a2-4c0f-b6e1-3a9d5c2e8f41` }));
  }
  for (let m = -36.8; m < -0.5; m += 2.3) {
    const p = ['/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/product/9SIQT8TOJO', '/', '/cart', '/product/LS4PSXUNUM'][Math.round(-m) % 6];
    L.push(fe(T2, m, 'debug', 'request started', { path: p, id: `b${i}${Math.round(-m * 10)}c4a1-5e2d-4f7b-8a90-1c3e6d2b7f58` }));
    L.push(fe(T2, m + 0.005, 'debug', 'request complete', { path: p, status: 200, took: 38 + (Math.round(-m) % 20), id: `b${i}${Math.round(-m * 10)}c4a1-5e2d-4f7b-8a90-1c3e6d2b7f58` }));
  }
  return L;
};

export const scenarios = [
  {
    folder: 's133d-confirmation-email-typo-domain',
    description: 'customer complaint: no order confirmation email for their order placed ~14:20 (order under m.okafor). emailsvc got deployed earlier today, can someone check if mails are broken??',
    incidentTime: '2026-05-12T14:40:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'pods-ready'],
    grounding: `Online Boutique v0.10.6 manifests (release/kubernetes-manifests.yaml): emailservice listens on 8080 behind Service
      emailservice:5000; checkoutservice calls it after the payment (EMAIL_SERVICE_ADDR) and only logs a warning when
      the send fails ("failed to send order confirmation to ..."), the order itself still succeeds (checkoutservice
      main.go PlaceOrder). Log lines follow the upstream Go logrus JSON and the Python emailservice logger.
      Nothing is broken: emailservice was rolled out 32 minutes before the report (v0.10.5 -> v0.10.6, a healthy
      rolling update, one readiness failure while the gRPC server came up) and checkoutservice logged two
      connection-refused warnings during the swap, but the complained-about order at ~14:22 was accepted and
      emailservice received "order confirmation email to m.okafor@gmial.com": the customer misspelt the domain
      (gmial.com), a client-side input error. Deviation: the image tags and the rollout are this scenario's story.`,
    workloads: {
      emailservice: {
        rollout: { at: -33, oldContainers: { server: { image: `${REG}/emailservice:v0.10.5` } } },
      },
    },
    events: [
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -33, last: -33 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set emailservice-%OLD% to 0 from 1', first: -31.6, last: -31.6 },
      { on: 'rs:emailservice', reason: 'SuccessfulCreate', message: 'Created pod: emailservice-%RS%', first: -33, last: -33 },
      { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -32.5, last: -32.5 },
      { on: 'pod:emailservice#0', reason: 'Pulling', message: `Pulling image "${REG}/emailservice:v0.10.6"`, fieldPath: 'spec.containers{server}', first: -32.4, last: -32.4 },
      { on: 'pod:emailservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/emailservice:v0.10.6" in 8.412s (8.412s including waiting). Image size: 68254012 bytes.`, fieldPath: 'spec.containers{server}', first: -32.2, last: -32.2 },
      { on: 'pod:emailservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -32.2, last: -32.2 },
      { on: 'pod:emailservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -32.1, last: -32.1 },
      { on: 'pod:emailservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', fieldPath: 'spec.containers{server}', first: -31.9, last: -31.9 },
    ],
    logs: {
      'emailservice#0/server': email1,
      'checkoutservice#0/server': checkout1,
    },
  },
  {
    folder: 's133d-ad-banner-hidden-by-browser',
    description: 'ad banner is gone from the product pages since this morning (checked in my chrome just now). adservice was redeployed ~8:45, did that break it?',
    incidentTime: '2026-05-13T09:25:00Z',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'pods-ready'],
    grounding: `Online Boutique v0.10.6 manifests: frontend calls adservice:9555 (AD_SERVICE_ADDR) per product page and
      renders the returned ad in a <div class="ad"> block; when the call fails it logs "failed to retrieve ads" at
      warning level and renders the page without it (frontend handlers.go chooseAd). adservice logs with the log4j2
      JSON layout of the upstream image ("Ad Service started, listening on 9555", "received ad request").
      Nothing in the cluster is broken: adservice was rolled out 38 minutes before the report (v0.10.5 -> v0.10.6);
      for about 40 seconds while the new JVM came up both frontend replicas logged "failed to retrieve ads"
      (connection refused), then every product page completed with 200 and adservice has answered an ad request
      every couple of minutes since. The reporter's browser hides the banner (generic cosmetic ad-block filters hide
      elements of class "ad"), a client-side cause. Deviation: image tags and the rollout are this scenario's story.`,
    workloads: {
      adservice: {
        rollout: { at: -38.5, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } },
      },
    },
    events: [
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -38.5, last: -38.5 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -36.9, last: -36.9 },
      { on: 'rs:adservice', reason: 'SuccessfulCreate', message: 'Created pod: adservice-%RS%', first: -38.5, last: -38.5 },
      { on: 'pod:adservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -38, last: -38 },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/adservice:v0.10.6" in 11.027s (11.027s including waiting). Image size: 187604112 bytes.`, fieldPath: 'spec.containers{server}', first: -37.8, last: -37.8 },
      { on: 'pod:adservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -37.7, last: -37.7 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -37.7, last: -37.7 },
      { on: 'pod:adservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', fieldPath: 'spec.containers{server}', count: 2, first: -37.5, last: -37.3 },
    ],
    logs: {
      'adservice#0/server': ad2,
      'frontend#0/server': front2(0),
      'frontend#1/server': front2(1),
    },
  },
];
