// s25a blind dev scenario for the OpenTelemetry demo (kit system scripts/kit-systems/otel-demo.mjs): payment scaled to zero
// replicas by kube-downscaler because a staging `downscaler/downtime` annotation was copied onto the prod Deployment.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const I1 = '2026-05-15T18:23:00Z';
const T = clock(I1);
// log/slog JSON handler of checkout (src/checkout/main.go).
const sl = (min, level, msg, attrs = {}) => JSON.stringify({ time: T.isoMs(min), level, msg, ...attrs });
const users = ['4f8c7a2e-1b9d-4e6f-a3c5-72d81e0b9f14', 'b2e91c47-8a3f-4d2b-9e6c-1f5a7d3c8e20', 'e7a3d5f1-6c2b-48e9-b1d4-9a0c3f7e2b85', '91c4b8e2-3d7f-4a1e-8c6b-5e2f0a9d7c31'];
const checkoutLog = [];
const frontendLog = [];
let k = 0;
for (let m = -40; m < -0.5; m += 2.3) {
  const u = users[k % users.length];
  const cur = ['USD', 'EUR', 'USD', 'CAD'][k % 4];
  checkoutLog.push(sl(m, 'INFO', '[PlaceOrder]', { user_id: u, user_currency: cur }));
  if (m < -22.6) {
    const tx = `${(0x3a7f21c0 + k * 7919).toString(16)}-9c1e-4b7a-8d2f-${(0x51e0c9a4b3d2 + k * 104729).toString(16)}`;
    checkoutLog.push(sl(m + 0.004, 'INFO', 'payment went through', { transaction_id: tx }));
    checkoutLog.push(sl(m + 0.01, 'INFO', 'order placed', { 'app.order.id': `${(0x0f3e8a10 + k * 4099).toString(16)}-3a2e-11f1-9b5c-0a58ac300b1e`, 'app.shipping.amount': 8.99, 'app.order.amount': 102.3 + k, 'app.order.items.count': 1 + (k % 3), 'app.shipping.tracking.id': `${(0x7d2c9e40 + k * 31).toString(16)}-6e1b-4f0a-a9d3-2c8b5e7f1a06` }));
    checkoutLog.push(sl(m + 0.02, 'INFO', 'order confirmation email sent to "someone@example.com"'));
    checkoutLog.push(sl(m + 0.021, 'INFO', 'sending to postProcessor'));
    checkoutLog.push(sl(m + 0.023, 'INFO', `Successful to write message. offset: ${18211 + k}, duration: 1.84${k % 10}ms`));
  } else {
    frontendLog.push(
      `Error: 13 INTERNAL: failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:payment%:8080: connect: connection refused"`,
      '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:367:141)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:327:181)',
      '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
      'for call at',
      '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
      '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
      '    at /app/.next/server/pages/api/checkout.js:1:1297 {',
      '  code: 13,',
      `  details: 'failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:payment%:8080: connect: connection refused"',`,
      "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
      '}',
    );
  }
  k++;
}

// accounting (.NET) consumes the orders topic; nothing new arrives once checkouts fail.
const acct = [];
for (let i = 0; i < 8; i++) {
  const m = -40 + i * 2.3;
  acct.push(`info: Accounting.Consumer[0]`, `      Order details: {"orderId": "${(0x0f3e8a10 + i * 4099).toString(16)}-3a2e-11f1-9b5c-0a58ac300b1e", "shippingTrackingId": "${(0x7d2c9e40 + i * 31).toString(16)}-6e1b-4f0a-a9d3-2c8b5e7f1a06", "items": ${1 + (i % 3)}}`);
  void m;
}

export const scenarios = [
  {
    folder: 's25a-payment-downscaled-to-zero',
    incidentTime: I1,
    description: 'astronomy shop: place order fails with an error since ~18:00, browsing and cart work',
    expected: { component: 'payment', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      kit system scripts/kit-systems/otel-demo.mjs (opentelemetry-demo 2.1.3 manifest): checkout dials PAYMENT_ADDR=payment:8080 with
      grpc.NewClient and wraps a failed Charge as "failed to charge card: could not charge the card: %+v" (src/checkout/main.go);
      it logs with log/slog JSON ("[PlaceOrder]", "payment went through", "order placed", "sending to postProcessor").
      kube-downscaler (codeberg hjacobs/kube-downscaler; deliveryhero chart with events enabled) scales a Deployment to 0 outside
      its downtime window and records the previous count in the downscaler/original-replicas annotation. The platform team runs it
      for the staging namespaces; a kustomize base shared with staging carried downscaler/downtime: "Mon-Fri 18:00-07:00 UTC" on
      the payment Deployment only, so at 18:00:31 on a Friday prod payment went to 0 replicas. The payment Service keeps its
      ClusterIP but has no endpoints, so kube-proxy rejects the connection: checkout's calls fail with connection refused on the
      ClusterIP, the Next.js frontend's /api/checkout logs grpc-js "13 INTERNAL" errors, accounting stops receiving orders.
      Decoy: the load-generator (Locust with Playwright browser traffic) OOMKilled at its 1500Mi limit three hours earlier and
      restarted cleanly. Deviation: the payment Deployment's annotations come from the downscaler.
    `,
    workloads: {
      payment: {
        replicas: 0,
        pods: [],
        endpointsChanged: -22.5,
        deployAnnotations: { 'downscaler/downtime': 'Mon-Fri 18:00-07:00 UTC', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
          ],
        },
        rsReplicas: 0,
      },
      'load-generator': {
        pods: [
          {
            containers: {
              'load-generator': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-184),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 1), finishedAt: T.iso(-184.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScaleDown', message: 'Scaling down Deployment otel-demo/payment from 1 to 0 replicas (uptime: always, downtime: Mon-Fri 18:00-07:00 UTC)', first: -22.6, source: 'kube-downscaler' },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%NEW% to 0 from 1', first: -22.55 },
      { on: 'rs:payment', reason: 'SuccessfulDelete', message: 'Deleted pod: payment-%RS%', first: -22.5 },
      { on: 'pod:load-generator#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-load-generator" already present on machine', first: -184.1 },
      { on: 'pod:load-generator#0', reason: 'Started', message: 'Started container load-generator', first: -184 },
    ],
    logs: {
      'checkout#0/checkout': checkoutLog,
      'frontend#0/frontend': frontendLog,
      'accounting#0/accounting': acct,
      'load-generator#0/load-generator': [
        `[${T.java(-183).replace('.', ',')}] %POD%/INFO/locust.main: Starting Locust 2.37.10`,
        `[${T.java(-183).replace('.', ',')}] %POD%/INFO/locust.main: Starting web interface at http://0.0.0.0:8089, press enter to open your default browser.`,
        `[${T.java(-182.9).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 10 users at a rate of 1.00 per second`,
        `[${T.java(-182.7).replace('.', ',')}] %POD%/INFO/locust.runners: All users spawned: {"WebsiteBrowserUser": 5, "WebsiteUser": 5} (10 total users)`,
      ],
    },
  },
];
