// Blind held-out batch s80b: one OpenTelemetry demo (Astronomy Shop 2.1.3) scenario as a compact spec for the scenario kit.
// System definition from scripts/kit-systems/otel-demo.mjs (workloads, env and memory limits as the rendered manifest).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const INC = '2026-11-27T14:31:00Z';
const T = clock(INC);
const grpcErr = (head) => [
  `Error: ${head}`,
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:361:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:324:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19) {',
  `  code: ${head.startsWith('14') ? 14 : 13},`,
  `  details: '${head.replace(/^\d+ [A-Z_]+: /, '')}',`,
  "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }",
  '}',
];

export const scenarios = [
  {
    folder: 's80b-checkout-black-friday',
    description: 'astro shop: place order failing for a lot of users since ~14:10 (black friday traffic). rest of the shop browsable. web-experience team',
    incidentTime: INC,
    expected: { component: 'checkout', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'checkout', cause: 'resource-exhaustion' }, { component: 'checkout', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (release 2.1.3; kit system
      scripts/kit-systems/otel-demo.mjs): checkout is limited to 20Mi with GOMEMLIMIT=16MiB, as upstream.
      Fault: a traffic peak (the description's Black Friday; real shoppers, the load-generator is unchanged) multiplies the
      PlaceOrder calls in flight; each holds the cart, product and currency answers, gRPC buffers and a Sarama producer
      message for the orders topic, so the Go heap plus runtime overhead outgrows the 20Mi cgroup limit. GOMEMLIMIT is a
      soft limit: the collector runs back to back and then the kernel OOM-kills the process (exit 137, reason OOMKilled),
      the kubelet restarts it with back-off and the pod is NotReady between restarts (CrashLoopBackOff at the snapshot).
      This follows the Go GC guide's warning on a memory limit close to the live heap and the demo's own issue reports of
      services killed at their small default limits under more load.
      checkout logs through the otelslog bridge (OTLP only), so its stdout is empty; the loud side is frontend, whose
      placeOrder calls fail with grpc-js "14 UNAVAILABLE" (connection refused while no endpoint is ready) and "13 INTERNAL"
      (stream reset when the process is killed mid-call).
      Decoys: recommendation was OOMKilled three days ago (one restart, healthy since); ad was rolled out yesterday
      (healthy, image unchanged, OTEL_LOGS_EXPORTER unchanged; only JAVA_TOOL_OPTIONS added -XX:MaxRAMPercentage=75).
    `,
    workloads: {
      checkout: {
        pods: [{
          containers: {
            checkout: cs.crashLoop({ restarts: 9, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-2.9), finishedAt: T.iso(-1.4), backoff: '2m40s', container: 'checkout' }),
          },
          readyTransition: T.iso(-1.4),
        }],
        unavailableSince: -21.6,
        endpointsChanged: -1.4,
      },
      recommendation: {
        pods: [{
          containers: {
            recommendation: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
      ad: {
        containers: {
          ad: { env: [...base.workloads.find((w) => w.name === 'ad').containers[0].env, { name: 'JAVA_TOOL_OPTIONS', value: '-XX:MaxRAMPercentage=75' }] },
        },
        rollout: { at: -60 * 20, revision: 3, oldReplicas: 0, oldContainers: { ad: { env: base.workloads.find((w) => w.name === 'ad').containers[0].env } } },
      },
    },
    events: [
      { on: 'pod:checkout#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-checkout" already present on machine', first: -21.5, last: -2.95, count: 9, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'Created', message: 'Created container: checkout', first: -21.5, last: -2.95, count: 9, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'Started', message: 'Started container checkout', first: -21.5, last: -2.9, count: 9, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container checkout in pod %POD%_otel-demo(%PODUID%)', first: -17.2, last: -0.3, count: 31, fieldPath: 'spec.containers{checkout}' },
    ],
    logs: {
      'frontend#0/frontend': [
        '   ▲ Next.js 15.2.4',
        '   - Local:        http://%POD%:8080',
        '   - Network:      http://%PODIP%:8080',
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 318ms',
        ...grpcErr('13 INTERNAL: Received RST_STREAM with code 2 triggered by internal client error: read ECONNRESET'),
        ...grpcErr('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080'),
        ...grpcErr('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080'),
        ...grpcErr('13 INTERNAL: Received RST_STREAM with code 2 triggered by internal client error: read ECONNRESET'),
        ...grpcErr('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080'),
      ],
    },
  },
];
