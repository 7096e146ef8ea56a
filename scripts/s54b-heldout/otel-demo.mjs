// Held-out scenario of blind batch s54b for the OpenTelemetry demo (Astronomy Shop 2.1.3), on the kit system
// scripts/kit-systems/otel-demo.mjs; built by scripts/s54b-build.mjs (split: test).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-06-03T10:52:00Z';
const T = clock(INC);
const ROLL = -27;
const NEW_QUOTE = 'europe-west1-docker.pkg.dev/astro-shop-prod/commerce/quote:2.1.3-commerce.7';

// php public/index.php (ReactPHP HttpServer): one line per request on stdout, `[Y-m-d H:i:sP] "METHOD path HTTP/1.1" code size `.
const php = (min) => {
  const d = T.iso(min).replace('T', ' ').replace('Z', '+00:00');
  return d;
};
const reqLine = (min, code, size) => `[${php(min)}] "POST /getquote HTTP/1.1" ${code} ${size} `;
// Slim 4 ErrorMiddleware(displayErrorDetails, logErrors, logErrorDetails) with no logger: Slim\Logger -> error_log() -> stderr (php-cli).
const slimErr = (line) => [
  'Slim Application Error',
  'Type: TypeError',
  'Code: 0',
  `Message: calculateQuote(): Argument #1 ($jsonObject) must be of type array, null given, called in /var/www/app/routes.php on line ${line}`,
  'File: /var/www/app/routes.php',
  'Line: 16',
  `Trace: #0 /var/www/app/routes.php(${line}): calculateQuote(NULL)`,
  '#1 [internal function]: {closure}(Object(Slim\\Psr7\\Request), Object(Slim\\Psr7\\Response), Object(Monolog\\Logger))',
  '#2 /var/www/vendor/php-di/invoker/src/Invoker.php(74): call_user_func_array(Object(Closure), Array)',
  '#3 /var/www/vendor/php-di/slim-bridge/src/ControllerInvoker.php(49): Invoker\\Invoker->call(Object(Closure), Array)',
  '#4 /var/www/vendor/slim/slim/Slim/Routing/Route.php(381): DI\\Bridge\\Slim\\ControllerInvoker->__invoke(Object(Closure), Object(Slim\\Psr7\\Request), Object(Slim\\Psr7\\Response), Array)',
  '#5 /var/www/vendor/slim/slim/Slim/MiddlewareDispatcher.php(73): Slim\\Routing\\Route->handle(Object(Slim\\Psr7\\Request))',
  '#6 /var/www/vendor/slim/slim/Slim/MiddlewareDispatcher.php(73): Slim\\MiddlewareDispatcher->handle(Object(Slim\\Psr7\\Request))',
  '#7 /var/www/vendor/slim/slim/Slim/Routing/Route.php(336): Slim\\MiddlewareDispatcher->handle(Object(Slim\\Psr7\\Request))',
  '#8 /var/www/vendor/slim/slim/Slim/Routing/RouteRunner.php(76): Slim\\Routing\\Route->run(Object(Slim\\Psr7\\Request))',
  '#9 /var/www/vendor/slim/slim/Slim/Middleware/ErrorMiddleware.php(77): Slim\\Routing\\RouteRunner->handle(Object(Slim\\Psr7\\Request))',
  '#10 /var/www/vendor/slim/slim/Slim/MiddlewareDispatcher.php(129): Slim\\Middleware\\ErrorMiddleware->process(Object(Slim\\Psr7\\Request), Object(Slim\\Routing\\RouteRunner))',
  '#11 /var/www/vendor/slim/slim/Slim/App.php(215): Psr\\Http\\Server\\RequestHandlerInterface@anonymous->handle(Object(Slim\\Psr7\\Request))',
  '#12 /var/www/public/index.php(79): Slim\\App->handle(Object(Slim\\Psr7\\Request))',
  '#13 {main}',
];

const quoteLog = () => {
  const out = ['Listening on: 0.0.0.0:8080'];
  let m = ROLL + 0.9;
  let i = 0;
  while (m < -0.2) {
    out.push(...slimErr(61));
    out.push(reqLine(m, 500, 2148 + (i % 3) * 7));
    m += 0.37 + (i % 5) * 0.21;
    i++;
  }
  return out;
};

// The collector's debug exporter (verbosity basic) in the logs/traces/metrics pipelines.
const dbg = (min, signal, a, b) =>
  `${T.isoMs(min)}\tinfo\t${signal[0].toUpperCase()}${signal.slice(1)}\t{"resource": {"service.instance.id": "8f2b6c1e-4d0a-4e3b-9a57-2c1d7e9f0b34", "service.name": "otelcol-contrib", "service.version": "0.135.0"}, "otelcol.component.id": "debug", "otelcol.component.kind": "exporter", "otelcol.signal": "${signal}", ${a}, ${b}}`;
const collectorLog = () => {
  const out = [];
  for (let m = -14; m < -0.2; m += 0.5) {
    out.push(
      dbg(
        m,
        'traces',
        `"resource spans": ${6 + (Math.round(Math.abs(m)) % 5)}`,
        `"spans": ${140 + (Math.round(Math.abs(m) * 13) % 90)}`,
      ),
    );
    out.push(
      dbg(
        m + 0.08,
        'logs',
        `"resource logs": ${5 + (Math.round(Math.abs(m)) % 4)}`,
        `"log records": ${40 + (Math.round(Math.abs(m) * 7) % 35)}`,
      ),
    );
    if (Math.round(m * 2) % 2 === 0)
      out.push(
        dbg(
          m + 0.15,
          'metrics',
          `"resource metrics": 17`,
          `"metrics": ${212 + (Math.round(Math.abs(m)) % 9)}, "data points": ${1480 + (Math.round(Math.abs(m) * 11) % 120)}`,
        ),
      );
  }
  return out;
};

// Next.js (pages router, standalone server): an error thrown by an API route reaches apiResolver, which console.error()s it.
const shipErr = [
  'Error: HTTP error: 500 Internal Server Error - Failed to get quote: status: Unknown, message: "Failed to parse quote value as f64", details: [], metadata: MetadataMap { headers: {} }',
  '    at Object.getShippingCost (/app/.next/server/pages/api/shipping.js:1:1503)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
  '    at async handler (/app/.next/server/pages/api/shipping.js:1:2291)',
  '    at async /app/.next/server/chunks/4122.js:1:743',
];
const checkoutErr = [
  'Error: 13 INTERNAL: shipping quote failure: failed POST to email service: expected 200, got 500',
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/call-interface.js:78:35',
  '    at Object.onReceiveStatus (/app/node_modules/@opentelemetry/instrumentation-grpc/build/src/clientUtils.js:137:36)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
  '    at /app/.next/server/pages/api/checkout.js:1:1720',
  '    at new Promise (<anonymous>)',
  '    at Object.placeOrder (/app/.next/server/pages/api/checkout.js:1:1689) {',
  '  code: 13,',
  "  details: 'shipping quote failure: failed POST to email service: expected 200, got 500',",
  "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
  '}',
];
const frontendLog = () => {
  const out = [
    '   ▲ Next.js 15.2.1',
    '   - Local:        http://%POD%:8080',
    '   - Network:      http://%PODIP%:8080',
    '',
    ' ✓ Starting...',
    ' ✓ Ready in 412ms',
  ];
  for (let i = 0; i < 34; i++) out.push(...(i % 4 === 3 ? checkoutErr : shipErr));
  return out;
};

export const scenarios = [
  {
    folder: 's54b-checkout-shipping-cost-fails',
    incidentTime: INC,
    description:
      'checkout broken since ~10:30, cart page wont show shipping cost and place order errors. checkout logs in grafana say the email service returned 500?? commerce pls look',
    expected: { component: 'quote', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: [
      'pods-ready',
      'rollout-regression',
      'louder-dependents',
      'decoy',
      'time-expression',
      'partial-name',
    ],
    grounding: `
      Manifest facts: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) as in the kit
      system: shipping reaches quote through QUOTE_ADDR=http://quote:8080, checkout and frontend reach shipping through
      SHIPPING_ADDR=http://shipping:8080; quote has no probes, so a quote pod that answers every request with 500 stays Ready.
      Code facts (2.1.3): src/shipping/src/shipping_service/quote.rs posts to /getquote and parses the body as f64 without
      looking at the status code ("Failed to parse quote value as f64"), shipping_service.rs answers 500 "Failed to get
      quote: {tonic Status}"; src/checkout/main.go quoteShipping returns "failed POST to email service: expected 200, got %d"
      for a non-200 shipping answer (an upstream copy-paste wording, the decoy the description repeats), wrapped as
      "shipping quote failure"; src/frontend/gateways/http/Shipping.gateway.ts throws "HTTP error: 500 ..." and Next.js'
      apiResolver console.error()s it. src/quote/public/index.php prints one request line per request and
      "Listening on: 0.0.0.0:8080"; Slim's ErrorMiddleware(true, true, true) without a logger writes the plain-text error
      ("Slim Application Error / Type / Code / Message / File / Line / Trace") through error_log() to stderr.
      Fault: the commerce team rolled quote to their own build 2.1.3-commerce.7 (Artifact Registry) 27 minutes before the
      incident; that build type-hints calculateQuote(array $jsonObject) while the parsed body is null, so every /getquote is a
      PHP TypeError answered 500 with Slim's HTML error page. Shipping, checkout and frontend are the loud ones; shipping and
      checkout log only through OTLP (tracing/otelslog bridges), so their stdout is empty, as upstream.
      Decoys: load-generator restarted once three days ago (OOMKilled, 1500Mi limit), and the collector's debug exporter noise.
      Deviations from upstream: the quote image is a team build (not ghcr.io/open-telemetry/demo:2.1.3-quote) and the bug is
      invented in the shape of a PHP 8 strict-typing regression; Next.js version in the frontend banner assumed.
    `,
    workloads: {
      quote: {
        rollout: {
          at: ROLL,
          revision: 4,
          oldContainers: { quote: { image: 'ghcr.io/open-telemetry/demo:2.1.3-quote' } },
        },
        containers: { quote: { image: NEW_QUOTE } },
      },
      'load-generator': {
        pods: [
          {
            containers: {
              'load-generator': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 40),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3 - 40.2),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:quote',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set quote-%NEW% to 1 from 0',
        source: 'deployment-controller',
        first: ROLL,
      },
      {
        on: 'deploy:quote',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set quote-%OLD% to 0 from 1',
        source: 'deployment-controller',
        first: ROLL + 0.6,
      },
      {
        on: 'pod:quote#0',
        reason: 'Scheduled',
        message: 'Successfully assigned otel-demo/%POD% to %NODE%',
        source: 'default-scheduler',
        first: ROLL + 0.1,
      },
      {
        on: 'pod:quote#0',
        reason: 'Pulling',
        message: `Pulling image "${NEW_QUOTE}"`,
        fieldPath: 'spec.containers{quote}',
        first: ROLL + 0.15,
      },
      {
        on: 'pod:quote#0',
        reason: 'Pulled',
        message: `Successfully pulled image "${NEW_QUOTE}" in 3.412s (3.412s including waiting). Image size: 52761893 bytes.`,
        fieldPath: 'spec.containers{quote}',
        first: ROLL + 0.3,
      },
      {
        on: 'pod:quote#0',
        reason: 'Created',
        message: 'Created container: quote',
        fieldPath: 'spec.containers{quote}',
        first: ROLL + 0.32,
      },
      {
        on: 'pod:quote#0',
        reason: 'Started',
        message: 'Started container quote',
        fieldPath: 'spec.containers{quote}',
        first: ROLL + 0.35,
      },
    ],
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    logs: {
      'quote#0/quote': quoteLog(),
      'frontend#0/frontend': frontendLog(),
      'otel-collector#0/opentelemetry-collector': collectorLog(),
    },
  },
];
