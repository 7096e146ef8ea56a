// Blind dev batch s107a: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// The demo's own `paymentUnreachable` flag left on in flagd after a game day: checkout dials badAddress:50051.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const T = clock('2026-05-12T10:20:00Z');
const goLog = (min, sev, msg) => `{"message":"${msg}","severity":"${sev}","timestamp":"${T.isoMs(min).replace('Z', '000Z')}"}`;
const pino = (min, msg, extra = '') => `{"level":30,"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","service.name":"payment",${extra}"msg":"${msg}"}`;
const zap = (min, lvl, caller, msg, extra = '') => `{"level":"${lvl}","ts":${(Date.parse(T.isoMs(min)) / 1000).toFixed(6)},"caller":"${caller}","msg":"${msg}"${extra}}`;
const phx = (min, msg) => `${T.java(min).slice(11)} [info] ${msg}`;
const DNS = 'rpc error: code = Unavailable desc = dns: A record lookup error: lookup badAddress on 10.52.0.10:53: no such host';

const checkoutLines = [];
for (let m = -40; m < -15; m += 3) {
  checkoutLines.push(goLog(m, 'info', `[PlaceOrder] user_id=\\"${(1000 + m * -7).toString(16)}-a1\\" user_currency=\\"USD\\"`));
  checkoutLines.push(goLog(m + 0.02, 'info', `payment went through (transaction_id: ${(0xbeef00 + m * -13).toString(16)}-4c1e-9b7a-2f6d0e8c3a51)`));
  checkoutLines.push(goLog(m + 0.03, 'info', 'order confirmation email sent to \\"someone@example.com\\"'));
}
for (let m = -14.6; m < -0.2; m += 1.1) {
  checkoutLines.push(goLog(m, 'info', `[PlaceOrder] user_id=\\"${(2000 + Math.round(m * -10)).toString(16)}-b7\\" user_currency=\\"EUR\\"`));
  checkoutLines.push(goLog(m + 0.01, 'warn', `failed to charge card: could not charge the card: ${DNS}`));
}

const frontendLines = [];
for (let m = -14.6; m < -0.2; m += 1.1)
  frontendLines.push(`Error: 13 INTERNAL: failed to charge card: could not charge the card: ${DNS}`,
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    ' POST /api/checkout 500 in ' + (40 + Math.round(-m)) + 'ms');

export const scenarios = [
  {
    folder: 's107a-checkout-payment-unreachable-flag',
    incidentTime: '2026-05-12T10:20:00Z',
    description: 'every checkout failing since ~10:05 with "failed to charge card" — payment pods are green, nobody deployed today',
    expected: { component: 'flagd', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkout', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Follows the OpenTelemetry demo's own fault flag paymentUnreachable (docs "Feature Flags"; src/checkout/main.go
      chargeCard: when the flag is on, checkout builds a payment client to "badAddress:50051" instead of PAYMENT_ADDR).
      A game-day flip in flagd-ui (POST /api/write-to-file at 10:04) was never turned back off; flagd (v0.12.8, file sync
      on /etc/flagd/demo.flagd.json, an emptyDir shared with flagd-ui as in the manifest) reloads it, checkout's every
      PlaceOrder fails on the DNS lookup of badAddress, the frontend answers 500. Payment's pods are healthy and simply
      stop receiving charges after 10:04 (its last pino "Transaction complete." lines are before). The wrong value is the
      flag flagd serves: component flagd, config-error; checkout config-error also accepted (it reads the value).
      Decoy: fraud-detection restarted three days ago after an OOMKill (300Mi limit), running since.
      Deviation from upstream: none in the manifests; kube-dns ClusterIP 10.52.0.10 assumed for the GKE cluster.`,
    workloads: {
      'fraud-detection': { pods: [{ containers: { 'fraud-detection': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    logs: {
      'checkout#0/checkout': checkoutLines,
      'frontend#0/frontend': frontendLines,
      'payment#0/payment': [
        ...[-44, -37, -31, -26, -21, -17].flatMap((m) => [
          pino(m, 'Charge request received.', `"request":{"amount":{"currencyCode":"USD","units":${200 + m * -3},"nanos":990000000}},`),
          pino(m + 0.01, 'Transaction complete.', `"transactionId":"${(0xaa1100 + m * -17).toString(16)}-77e0-4d2f-8a41-0c9be3f1d265","cardType":"visa","lastFourDigits":"0454","amount":{"units":${200 + m * -3},"nanos":990000000,"currencyCode":"USD"},"loyalty_level":"gold",`),
        ]),
      ],
      'flagd#0/flagd': [
        zap(-60 * 24 * 2, 'info', 'flagd/main.go:81', 'flagd version: v0.12.8 (e3a9d9c), built at: 2025-07-21T15:40:06Z', ',"component":"start"'),
        zap(-60 * 24 * 2 + 0.01, 'info', 'file/filepath_sync.go:37', 'Starting filepath sync notifier', ',"component":"sync","sync":"filepath"'),
        zap(-60 * 24 * 2 + 0.02, 'info', 'flag-sync/sync_service.go:54', 'starting flag sync service on port 8015', ',"component":"FlagSyncService"'),
        zap(-60 * 24 * 2 + 0.02, 'info', 'flagd/main.go:120', 'Flag IResolver listening at [::]:8013', ',"component":"service"'),
        zap(-60 * 24 * 2 + 0.03, 'info', 'ofrep/ofrep_service.go:58', 'ofrep service listening at 8016', ',"component":"service"'),
        zap(-15.7, 'info', 'file/filepath_sync.go:95', 'data modified', ',"component":"sync","sync":"filepath"'),
        zap(-15.69, 'info', 'store/flags.go:220', 'configuration change (update) for flagKey paymentUnreachable (source: /etc/flagd/demo.flagd.json)', ',"component":"store"'),
      ],
      'flagd#0/flagd-ui': [
        phx(-15.72, 'POST /api/write-to-file'),
        phx(-15.71, 'Sent 200 in 6ms'),
        phx(-15.9, 'GET /feature'),
      ].sort(),
    },
  },
];
