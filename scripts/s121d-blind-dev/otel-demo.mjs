// Batch s121d (blind dev, no-fault incidents): OpenTelemetry demo spec — "checkout total higher than the product page"
// is the shipping quote added at checkout; a quote OOM kill with shipping/checkout errors in the window is the decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-15T18:10:00Z');
const rust = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${lvl.padStart(5)} shipping::shipping_service: ${msg}`;
const goLog = (min, lvl, msg) => JSON.stringify({ time: T.isoMs(min), level: lvl, msg });

const shipping = [];
const checkout = [];
for (let k = 0; k < 36; k++) {
  shipping.push(rust(-22 + k * 0.08, 'ERROR', 'failed to request quote: error sending request for url (http://quote:8080/getquote): client error (Connect): tcp connect error: Connection refused (os error 111)'));
  if (k % 2 === 0) checkout.push(goLog(-22 + k * 0.08 + 0.01, 'ERROR', 'failed to prepare order: failed to get shipping quote: rpc error: code = Internal desc = failed to get quote'));
}
shipping.push(rust(-18.5, 'INFO', 'Sending Quote: 8.99'), rust(-9, 'INFO', 'Sending Quote: 17.98'), rust(-3, 'INFO', 'Sending Quote: 4.49'));
checkout.push(goLog(-18.4, 'INFO', 'payment went through'), goLog(-9, 'INFO', 'order confirmation email sent'), goLog(-3, 'INFO', 'payment went through'));

export const scenarios = [
  {
    folder: 's121d-checkout-total-includes-shipping',
    incidentTime: '2026-05-15T18:10:00Z',
    description: 'astronomy shop - customer complaint: price at checkout is higher than the price shown on the product page (telescope 349.95 -> 358.94). pricing bug? quote svc had alerts earlier',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'pods-ready'],
    grounding: `
      No fault. In the OpenTelemetry demo checkout (src/checkout/main.go, PlaceOrder) the total is the items' price plus
      the shipping cost that shipping gets from quote (8.99 per item in the PHP quote service's calculation for the
      customer's cart), so the checkout total exceeds the product page price by the shipping quote: expected behaviour.
      Decoy inside the window: the quote container (PHP, memory limit 40Mi as the chart renders it) was OOMKilled once
      23 minutes before the report and restarted; shipping logged three dozen "failed to request quote ... Connection
      refused" errors and checkout about twenty "failed to get shipping quote" errors for three minutes, then quotes
      and orders went through again. quote is Ready since. Deviation from upstream: none in the manifests; the log
      lines are shortened.`,
    workloads: {
      quote: { pods: [{ containers: { quote: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-21.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-22.1) } }) }, readyTransition: T.iso(-21.1) }] },
      'load-generator': { pods: [{ containers: { 'load-generator': cs.restartedRunning({ restarts: 3, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }] },
    },
    events: [
      { on: 'pod:quote#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-quote" already present on machine', first: -21.3, fieldPath: 'spec.containers{quote}' },
      { on: 'pod:quote#0', reason: 'Created', message: 'Created container: quote', first: -21.3, fieldPath: 'spec.containers{quote}' },
      { on: 'pod:quote#0', reason: 'Started', message: 'Started container quote', first: -21.2, fieldPath: 'spec.containers{quote}' },
    ],
    logs: {
      'shipping#0/shipping': shipping,
      'checkout#0/checkout': checkout,
      'quote#0/quote': [
        `[${T.isoMs(-21.1).slice(0, 19).replace('T', ' ')}] PHP 8.3 Development Server started`,
        `{"message":"Calculated quote","context":{"total":8.99},"level":200,"level_name":"INFO","channel":"quote","datetime":"${T.isoMs(-18.5)}"}`,
        `{"message":"Calculated quote","context":{"total":17.98},"level":200,"level_name":"INFO","channel":"quote","datetime":"${T.isoMs(-9)}"}`,
      ],
    },
  },
];
