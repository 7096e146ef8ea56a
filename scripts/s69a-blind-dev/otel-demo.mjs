// Blind dev batch s69a: one OpenTelemetry demo scenario (dependency-down) for the scenario kit, on the kit system definition
// scripts/kit-systems/otel-demo.mjs; built by scripts/s69a-build.mjs into test/scenarios/otel-demo/s69a-*/.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-07-21T11:05:00Z');
const CHAOS = -47;
const PAUSE = 'gcr.io/google-containers/pause:latest';
const quoteW = system.workloads.find((w) => w.name === 'quote');
const pausedContainers = quoteW.containers.map((c) => (c.name === 'quote' ? { ...c, image: PAUSE } : c));

// tracing-subscriber's default fmt layout, as shipping writes to stdout.
const rs = (min, target, msg) => `${T.isoMs(min).replace('Z', '')}${String(Math.abs(Math.round(min * 7919)) % 1000).padStart(3, '0')}Z  INFO ${target}: ${msg}`;
const shippingLog = [];
for (let m = -75; m < CHAOS; m += 1.6) {
  const items = 1 + (Math.abs(Math.round(m)) % 5);
  const cost = (8.9 + items * 4.37).toFixed(2);
  shippingLog.push(rs(m, 'shipping::shipping_service::quote', `Received quote: "${cost}"`));
  shippingLog.push(rs(m + 0.01, 'shipping::shipping_service', `Sending Quote dollars=${cost.split('.')[0]} cents=${Number(cost.split('.')[1])}`));
  shippingLog.push(rs(m + 0.05, 'shipping::shipping_service', 'Tracking ID Created tracking_id="' + ['b7e2', 'c19d', '0f4a', '9a61'][items % 4] + '6f1e-' + String(1000 + items * 37) + '-4c1a-9e0d-7f3b2a' + String(100000 + Math.abs(Math.round(m * 13))) + '"'));
}

// PHP quote before the PodChaos: the Slim app's monolog stream handler (stdout), then nothing (the container is now /pause).
const quotePrev = [];
for (let m = -75; m < CHAOS; m += 1.6) {
  const items = 1 + (Math.abs(Math.round(m)) % 5);
  quotePrev.push(`[${T.isoMs(m).replace('Z', '000+00:00').replace(/(\.\d{3})000/, '$1471')}] quote.INFO: Calculated quote {"total":${(8.9 + items * 4.37).toFixed(2)},"numberOfItems":${items}} []`);
}

const grpcErr = (min) => [
  ` ⨯ Error: 13 INTERNAL: shipping quote failure: failed POST to shipping service: expected 200, got 500`,
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:360:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:323:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
  '    at /app/.next/server/pages/api/checkout.js:1:2841',
  '    at new Promise (<anonymous>)',
  '    at Object.placeOrder (/app/.next/server/pages/api/checkout.js:1:2810) {',
  '  code: 13,',
  "  details: 'shipping quote failure: failed POST to shipping service: expected 200, got 500',",
  "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
  '}',
];
const frontendLog = ['   ▲ Next.js 15.2.4', '   - Local:        http://localhost:8080', '   - Network:      http://0.0.0.0:8080', '', ' ✓ Starting...', ' ✓ Ready in 412ms'];
for (let m = CHAOS + 1.2; m < -0.3; m += 2.2) frontendLog.push(...grpcErr(m));

const fraudStart = -60 * 24 * 2 - 311;

export const scenarios = [
  {
    folder: 's69a-quote-left-on-pause-image-podchaos',
    incidentTime: '2026-07-21T11:05:00Z',
    description: 'astronomy shop: nobody can check out since about 10:20, "shipping quote failure". shipping team says their pods are green and nothing was deployed. browsing + cart ok',
    expected: { component: 'quote', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2, release 2.1.3): shipping reaches quote at
      QUOTE_ADDR=http://quote:8080 and answers /get-quote with 500 "Failed to get quote: ..." when that call fails (shipping_service.rs,
      quote.rs) without logging it; checkout wraps it as "shipping quote failure: failed POST to shipping service: expected 200, got
      500" and the frontend's checkout API route rethrows that gRPC INTERNAL status; no container of the demo except the collector
      has a probe, and quote's container has no command (the image's entrypoint starts it).
      Fault, as Chaos Mesh documents PodChaos action pod-failure (it patches the target container's image to the pause image,
      gcr.io/google-containers/pause:latest by default, and restores it when the experiment ends; containers without a command or
      probes stay Running and Ready while serving nothing) and as its issue tracker reports experiments that never recover: a
      game-day PodChaos on quote (10:18, duration 10m) was not recovered after the chaos controller restarted. The quote pod's
      spec now names the pause image while its ReplicaSet template still names ${quoteW.containers[0].image}; the kubelet restarted the
      container (Killing "definition changed", Pulling/Pulled the pause image, exit 143 of the PHP process, one restart); the pod is
      Running and Ready and still in the Endpoints, but nothing listens on 8080, so every quote call is refused. quote itself logs
      nothing any more (pause prints nothing; the previous container's log ends at 10:18). Shipping goes quiet (no quotes, no
      orders to ship), checkout's failures surface as the frontend's " ⨯ Error: 13 INTERNAL" stack traces: the callers are louder
      than the culprit, and the team named in the description is a hop off.
      Expected: dependency-down on quote (down behind a Ready pod).
      Decoy: fraud-detection OOMKilled two days ago (300Mi limit), healthy since.
      Deviations from upstream: the PodChaos object lives in the chaos-mesh namespace and is not in the snapshot; quote's monolog and
      shipping's tracing lines are written in those libraries' default layouts with invented values; the Next.js and grpc-js frames
      are abridged.
    `,
    workloads: {
      quote: {
        pods: [
          {
            specOverride: { containers: pausedContainers },
            containers: {
              quote: {
                ...cs.restartedRunning({
                  restarts: 1,
                  startedAt: T.iso(CHAOS + 0.5),
                  last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 6 + 0.3), finishedAt: T.iso(CHAOS + 0.1) },
                }),
                image: PAUSE,
                imageID: 'gcr.io/google-containers/pause@sha256:927d98197ec1141a368550822d18fa1c60bdae27b78b0c004f705f548c07814f',
              },
            },
            created: T.iso(-60 * 24 * 6),
            readyTransition: T.iso(CHAOS + 0.5),
          },
        ],
      },
      'fraud-detection': {
        pods: [
          {
            containers: {
              'fraud-detection': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(fraudStart),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(fraudStart - 0.05) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:quote#0', reason: 'Killing', message: 'Container quote definition changed, will be restarted', fieldPath: 'spec.containers{quote}', first: CHAOS, last: CHAOS },
      { on: 'pod:quote#0', reason: 'Pulling', message: `Pulling image "${PAUSE}"`, fieldPath: 'spec.containers{quote}', first: CHAOS + 0.15, last: CHAOS + 0.15 },
      { on: 'pod:quote#0', reason: 'Pulled', message: `Successfully pulled image "${PAUSE}" in 642ms (642ms including waiting). Image size: 301773 bytes.`, fieldPath: 'spec.containers{quote}', first: CHAOS + 0.4, last: CHAOS + 0.4 },
      { on: 'pod:quote#0', reason: 'Created', message: 'Created container: quote', fieldPath: 'spec.containers{quote}', first: CHAOS + 0.45, last: CHAOS + 0.45 },
      { on: 'pod:quote#0', reason: 'Started', message: 'Started container quote', fieldPath: 'spec.containers{quote}', first: CHAOS + 0.5, last: CHAOS + 0.5 },
    ],
    logs: {
      'quote#0/quote/previous': quotePrev,
      'shipping#0/shipping': shippingLog,
      'frontend#0/frontend': frontendLog,
    },
  },
];
