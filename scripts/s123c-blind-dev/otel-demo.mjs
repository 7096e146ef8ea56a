// Blind dev batch s123c: one OpenTelemetry demo scenario (system from scripts/kit-systems/otel-demo.mjs).
// A quote release that stays Ready but answers 500 on every POST /getquote; shipping and checkout are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const I = '2026-05-14T18:05:00Z';
const T = clock(I);
const rust = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${lvl} shipping::shipping_service: ${msg}`;
const php = (min, msg) => `[${T.isoMs(-0).slice(0, 0)}${T.go(min).replaceAll('/', '-')}] ${msg}`;

export const scenarios = [
  {
    folder: 's123c-quote-release-autoload-500',
    description: 'checkout spinning then "failed to get shipping quote" since the 17:50 deploy window. flagd shows nothing turned on',
    incidentTime: I,
    expected: { component: 'quote', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest: opentelemetry-demo.yaml at a8a3ea2 runs quote (PHP, Slim on php -S style server) from
      ghcr.io/open-telemetry/demo:2.1.3-quote, called by shipping at QUOTE_ADDR=http://quote:8080.
      Fault: a rebuilt image 2.1.3-quote-r2 shipped without a regenerated composer classmap, so the app boots (the
      server listens, the Service has a Ready endpoint; upstream has no probes) and every POST /getquote dies with
      PHP Fatal error: Uncaught Error: Class not found — the shape of public composer autoload bug reports after a
      partial rebuild. shipping (Rust) logs the 500s and checkout fails PlaceOrder. Deviation: the image tag is the
      only difference between the quote ReplicaSets.`,
    workloads: {
      quote: { rollout: { at: -15, oldReplicas: 0, oldContainers: { quote: { image: 'ghcr.io/open-telemetry/demo:2.1.3-quote' } } }, containers: { quote: { image: 'ghcr.io/open-telemetry/demo:2.1.3-quote-r2' } } },
    },
    events: [
      { on: 'deploy:quote', reason: 'ScalingReplicaSet', message: 'Scaled up replica set quote-%NEW% to 1', first: -15 },
      { on: 'deploy:quote', reason: 'ScalingReplicaSet', message: 'Scaled down replica set quote-%OLD% to 0 from 1', first: -14.5 },
      { on: 'pod:quote#0', reason: 'Pulled', message: 'Successfully pulled image "ghcr.io/open-telemetry/demo:2.1.3-quote-r2" in 3.871s (3.871s including waiting). Image size: 48213377 bytes.', first: -14.8, fieldPath: 'spec.containers{quote}' },
      { on: 'pod:quote#0', reason: 'Started', message: 'Started container quote', first: -14.7, fieldPath: 'spec.containers{quote}' },
    ],
    logs: {
      'quote#0/quote': [
        `[${T.go(-14.6).replaceAll('/', '-')}] PHP 8.3 Development Server (http://0.0.0.0:8080) started`,
        `[${T.go(-12).replaceAll('/', '-')}] PHP Fatal error:  Uncaught Error: Class "App\\Application\\Handlers\\HttpErrorHandler" not found in /var/www/public/index.php:61`,
        `Stack trace:`,
        `#0 {main}`,
        `  thrown in /var/www/public/index.php on line 61`,
        `[${T.go(-12).replaceAll('/', '-')}] 10.0.3.41:51822 [500]: POST /getquote`,
        `[${T.go(-2).replaceAll('/', '-')}] PHP Fatal error:  Uncaught Error: Class "App\\Application\\Handlers\\HttpErrorHandler" not found in /var/www/public/index.php:61`,
        `Stack trace:`,
        `#0 {main}`,
        `  thrown in /var/www/public/index.php on line 61`,
        `[${T.go(-2).replaceAll('/', '-')}] 10.0.3.41:51830 [500]: POST /getquote`,
      ],
      'shipping#0/shipping': [
        rust(-20, 'INFO', 'Received quote: 8.99'),
        rust(-12, 'ERROR', 'Failed to get quote: quote service responded 500 Internal Server Error'),
        rust(-2, 'ERROR', 'Failed to get quote: quote service responded 500 Internal Server Error'),
      ],
      'checkout#0/checkout': [
        JSON.stringify({ time: T.isoMs(-12), level: 'ERROR', msg: 'failed to prepare order', error: 'shipping quote failure: failed to get shipping quote: rpc error: code = Internal desc = failed to get quote' }),
        JSON.stringify({ time: T.isoMs(-2), level: 'ERROR', msg: 'failed to prepare order', error: 'shipping quote failure: failed to get shipping quote: rpc error: code = Internal desc = failed to get quote' }),
      ],
    },
  },
];
void php;
