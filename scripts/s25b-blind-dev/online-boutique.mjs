// Batch s25b blind dev scenario for Online Boutique (session-2 system definition, release/kubernetes-manifests.yaml v0.10.6):
// a Helm migration renders emailservice's Service with targetPort 5000, so checkout's confirmation emails are refused.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-06-02T10:05:00Z';
const T = clock(INC);

// logrus JSONFormatter with FieldMap timestamp/severity/message, RFC3339Nano (src/checkoutservice/main.go).
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min).replace('Z', '123Z') });
// python-json-logger CustomJsonFormatter('%(timestamp)s %(severity)s %(name)s %(message)s') (src/emailservice/logger.py).
const em = (min, message) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000 + 0.000417, severity: 'INFO', name: 'emailservice-server', message });
const fe = (min, severity, message, path, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5f1c2a9e-7d3b-4f0a-9b8e-1c2d3e4f5a6b', 'http.req.method': extra.method ?? 'POST', 'http.req.path': path, message, session: extra.session ?? '0c4e8b1d-6a2f-4e9c-b7d5-3f1a2c9e8d70', severity, timestamp: T.isoMs(min).replace('Z', '512Z') });

const users = ['someone@example.com', 'someone@example.com', 'someone@example.com'];
const orderIds = ['3c0ae1f4-8d2b-11f0-9a51-2a7c6e1d4b03', '51f7b9e2-8d2b-11f0-9a51-2a7c6e1d4b03', '6a2d4c88-8d2b-11f0-9a51-2a7c6e1d4b03', '7e90a1b3-8d2b-11f0-9a51-2a7c6e1d4b03', '93c5f2d0-8d2b-11f0-9a51-2a7c6e1d4b03', 'a8b1e6c4-8d2b-11f0-9a51-2a7c6e1d4b03', 'bd47c0f9-8d2b-11f0-9a51-2a7c6e1d4b03', 'd203e8a5-8d2b-11f0-9a51-2a7c6e1d4b03'];

function checkoutLog() {
  const out = [];
  const okAt = [-71, -63.5, -58, -49.2, -44, -40.6];
  const badAt = [-37.8, -33.1, -28.4, -24.9, -19.3, -15.6, -11.2, -7.4, -3.9, -1.2];
  let k = 0;
  for (const m of okAt) {
    out.push(co(m, 'info', `[PlaceOrder] user_id="${['8f1e4b2a', '2c7d9e01', 'b4a3f6c8', '71e0d5a9', 'e9c2b7f4', '0d8a1c3e'][k % 6]}-3a4b-4c5d-8e9f-0a1b2c3d4e5f" user_currency="${['USD', 'EUR', 'USD', 'JPY', 'USD', 'CAD'][k % 6]}"`));
    out.push(co(m + 0.01, 'info', `payment went through (transaction_id: ${['9d3c7a1e', '4b8f2e6d', 'c1a5d9f3', '7e2b6c0a', 'f0d4a8e2', '2a6e0c4b'][k % 6]}-5f6a-4b7c-9d8e-1f2a3b4c5d6e)`));
    out.push(co(m + 0.02, 'info', `order confirmation email sent to "${users[k % 3]}"`));
    k++;
  }
  for (const m of badAt) {
    out.push(co(m, 'info', `[PlaceOrder] user_id="${['5a9c3e7b', 'd1f5b9e3', '38c2a6e0', 'a7e1c5f9', '6c0a4e8d', 'f3b7d1a5', '19d3f7b1', 'c8e2a6d0', '4f9b3d7c', 'b2d6f0a4'][k % 10]}-3a4b-4c5d-8e9f-0a1b2c3d4e5f" user_currency="${['USD', 'EUR', 'GBP', 'USD', 'JPY', 'USD', 'EUR', 'CAD', 'USD', 'TRY'][k % 10]}"`));
    out.push(co(m + 0.01, 'info', `payment went through (transaction_id: ${['8e1a5c9f', '3d7b1f5a', 'a9c3e7b1', '5f1d9b3e', 'e2a6c0f4', '7b3f9d1c', '0c6e2a8f', 'd4f8b2e6', '61a5e9c3', 'c7d1f5b9'][k % 10]}-5f6a-4b7c-9d8e-1f2a3b4c5d6e)`));
    out.push(co(m + 0.02, 'warning', `failed to send order confirmation to "${users[k % 3]}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"`));
    k++;
  }
  return out;
}

function frontendLog() {
  const out = [];
  const at = [-63.5, -49.2, -40.6, -33.1, -24.9, -15.6, -7.4, -1.2];
  at.forEach((m, i) => {
    out.push(fe(m - 0.05, 'debug', 'request started', '/cart/checkout', { id: `6e2a${i}c4d-1b3f-4a5e-8c7d-9e0f1a2b3c4d` }));
    out.push(fe(m + 0.03, 'info', 'order placed', '/cart/checkout', { id: `6e2a${i}c4d-1b3f-4a5e-8c7d-9e0f1a2b3c4d` }));
    out.push(fe(m + 0.031, 'debug', 'request complete', '/cart/checkout', { id: `6e2a${i}c4d-1b3f-4a5e-8c7d-9e0f1a2b3c4d` }));
    out.push(fe(m + 0.4, 'debug', 'request started', '/', { id: `7f3b${i}d5e-2c4a-4b6f-9d8e-0f1a2b3c4d5e`, method: 'GET' }));
    out.push(fe(m + 0.41, 'debug', 'request complete', '/', { id: `7f3b${i}d5e-2c4a-4b6f-9d8e-0f1a2b3c4d5e`, method: 'GET' }));
  });
  return out.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
}

export const scenarios = [
  {
    folder: 's25b-emailservice-helm-targetport',
    incidentTime: INC,
    description: 'customers say they stopped getting order confirmation emails since ~09:30, checkout itself works fine',
    expected: { component: 'emailservice', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'wrong-target-port', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Upstream release/kubernetes-manifests.yaml (v0.10.6) is the one Online Boutique Service whose port differs from the
      container port: emailservice listens on 8080 (PORT=8080, grpc probes on 8080) behind a Service with port 5000 and
      targetPort 8080, and checkoutservice dials EMAIL_SERVICE_ADDR=emailservice:5000. Here the email team moved the Service
      to its own Helm chart at 09:13 (managedFields manager helm, label app.kubernetes.io/managed-by=Helm); the chart's
      service template renders targetPort from the same value as port, so the Endpoints now point at <pod>:5000 where nothing
      listens. The pod is untouched and Running/Ready (its gRPC probes go straight to 8080), and its log just stops after the
      last request it got. checkoutservice's existing HTTP/2 connection (conntrack kept its old DNAT to :8080) carried on until
      its channel went idle; from 09:27 every new dial is refused. checkoutservice.PlaceOrder only logs
      log.Warnf("failed to send order confirmation to %q: %+v") and still returns the order, so the frontend logs "order placed"
      and the shop looks healthy; grpc-go's Unavailable "transport: Error while dialing: dial tcp <ClusterIP>:5000: connect:
      connection refused" is the only error anywhere. Decoy: adservice OOMKilled once three days ago (JVM at its 300Mi limit),
      healthy since. The expected answer is emailservice, config-error (its Service's targetPort).
    `,
    workloads: {
      emailservice: { servicePorts: [{ name: 'grpc', port: 5000, targetPort: 5000 }], endpointsChanged: -52 },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [],
    logs: {
      'checkoutservice#0/server': checkoutLog(),
      'frontend#0/server': frontendLog(),
      'emailservice#0/server': [
        em(-71, 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-63.5, 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-58, 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-49.2, 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-44, 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-40.6, 'A request to send order confirmation email to someone@example.com has been received.'),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Date.parse(T.iso(-12)) / 1000},"nanoOfSecond":402000000},"thread":"grpc-default-executor-41","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":88,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-12)}"}`,
        `{"instant":{"epochSecond":${Date.parse(T.iso(-3)) / 1000},"nanoOfSecond":118000000},"thread":"grpc-default-executor-41","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[clothing, accessories])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":88,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-3)}"}`,
      ],
    },
  },
];

/** The Service the Helm chart took over (written by scripts/s25b-build.mjs: managedFields, Helm labels and annotations). */
export const serviceEdits = {
  's25b-emailservice-helm-targetport': [{ name: 'emailservice', manager: 'helm', min: -52, incidentTime: INC, release: 'boutique-email' }],
};
