// Blind held-out batch s82b: one Online Boutique scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 Online Boutique system definition (scripts/s2-scenarios/online-boutique.mjs, system part only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-12T13:47:00Z');
const goLine = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pyLine = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name: 'emailservice-server', message });
const frontLine = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12, 'http.resp.bytes': extra.bytes ?? 8121 } : {}),
    message,
    session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity,
    timestamp: T.isoMs(min),
  });

const customers = ['maria.k@example.org', 'j.osei@example.net', 'lin.wu@example.com', 'peter.h@example.org', 'anna.s@example.com', 'r.dubois@example.fr'];

// emailservice: the operator's build sends through SendGrid's v3 Mail Send API (SENDGRID_API_HOST); from about 13:14 the
// relay answers 503 / times out, the server turns it into gRPC INTERNAL, checkout logs a warning and completes the order.
const emailLog = [];
const checkoutLog = [];
for (let i = 0; i < 14; i++) {
  const m = -95 + i * 5.3;
  const to = customers[i % customers.length];
  const failing = m > -33;
  emailLog.push(pyLine(m, 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  checkoutLog.push(goLine(m - 0.02, 'info', `[PlaceOrder] user_id="${['7d1c', '0a9e', 'f3b2', '5c44'][i % 4]}-${1000 + i}" user_currency="${['USD', 'EUR', 'USD', 'CAD'][i % 4]}"`));
  checkoutLog.push(goLine(m - 0.015, 'info', `payment went through (transaction_id: ${['3c9f1e2a', 'b2d7a4c0', '6e1f9d3b', 'a48c2e71'][i % 4]}-${(4096 + i * 17).toString(16)}-4e7b-9a1d-0f${i}c2b7e4d51)`));
  if (failing) {
    emailLog.push(pyLine(m + 0.17, 'ERROR', `HTTP Error 503: Service Unavailable (POST https://api.sendgrid.com/v3/mail/send) after 3 attempts`));
    emailLog.push(pyLine(m + 0.171, 'ERROR', 'An error occurred when sending the email.'));
    checkoutLog.push(goLine(m + 0.175, 'warning', `failed to send order confirmation to "${to}": rpc error: code = Internal desc = An error occurred when sending the email.`));
  } else {
    emailLog.push(pyLine(m + 0.01, 'INFO', `Message sent to ${to}, status 202.`));
    checkoutLog.push(goLine(m + 0.012, 'info', `order confirmation email sent to "${to}"`));
  }
}
emailLog.push(pyLine(-31.2, 'WARNING', 'Retrying POST https://api.sendgrid.com/v3/mail/send (attempt 2/3): read timeout after 10.0s'));
emailLog.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

export const scenarios = [
  {
    folder: 's82b-order-mails-not-arriving',
    incidentTime: '2026-05-12T13:47:00Z',
    description: 'order confirmation mails not arriving since ~13:15, support getting tickets. checkout itself works fine (orders are in)',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6), as in the
      session-2 system definition; emailservice is the operator's production variant that sends through SendGrid's v3 Mail
      Send API (SENDGRID_API_HOST=api.sendgrid.com, the deviation SOURCES.md states for this system). The fault follows
      public SendGrid status-page incidents in which the Mail Send API answered HTTP 503 / timed out for part of an hour.
      Upstream checkoutservice treats a failed confirmation as non-fatal: it logs "failed to send order confirmation to %q"
      as a warning and the order completes, so every pod stays Ready and nothing restarts. The emailservice server maps a
      send failure to gRPC INTERNAL "An error occurred when sending the email." as upstream's email_server.py does for
      its real sender. Decoy: frontend rolled from v0.10.5 to v0.10.6 three hours earlier and is healthy (templates differ
      only in the image tag). Deviations: the SendGrid sender and its retry/log lines are the operator's code.
    `,
    workloads: {
      frontend: {
        rollout: { at: -180, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } },
      },
    },
    events: [],
    logs: {
      'emailservice#0/server': [
        ...emailLog,
      ],
      'checkoutservice#0/server': checkoutLog,
      'frontend#0/server': [
        frontLine(-40, 'debug', 'request started', { path: '/cart', id: '11b0d3a2-6f5e-4a8c-9d21-7c3e5b9a0f14' }),
        frontLine(-39.98, 'debug', 'request complete', { path: '/cart', id: '11b0d3a2-6f5e-4a8c-9d21-7c3e5b9a0f14', status: 200, took: 31 }),
        frontLine(-20.1, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id: '4d7e2c19-8a3b-4f60-b5d2-1e9c7a6f3b08' }),
        frontLine(-20.1, 'info', 'placing order', { method: 'POST', path: '/cart/checkout', id: '4d7e2c19-8a3b-4f60-b5d2-1e9c7a6f3b08' }),
        frontLine(-19.9, 'info', 'order placed', { method: 'POST', path: '/cart/checkout', id: '4d7e2c19-8a3b-4f60-b5d2-1e9c7a6f3b08' }),
        frontLine(-19.9, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', id: '4d7e2c19-8a3b-4f60-b5d2-1e9c7a6f3b08', status: 200, took: 10412 }),
        frontLine(-3.2, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '9f0a6b3d-2c71-4e85-a1d9-5b8e4c2f7a60' }),
        frontLine(-3.19, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: '9f0a6b3d-2c71-4e85-a1d9-5b8e4c2f7a60', status: 200, took: 44 }),
      ],
      'cartservice#0/server': [
        `info: cartservice.cartstore.RedisCartStore[0]\n      Connecting to Redis: redis-cart:6379`,
        `info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://0.0.0.0:7070`,
      ].join('\n'),
      'paymentservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.isoMs(-20))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","msg":"Transaction processed: visa ending 0454     Amount: USD 84.97"}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-9.4))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","msg":"Transaction processed: mastercard ending 5100     Amount: EUR 31.50"}`,
      ],
    },
  },
];
