// Blind dev batch s115b: one Online Boutique scenario (emailservice hung, checkout and the frontend loud), built with
// the s2 kit by scripts/s115b-build.mjs; the system is the session-2 Online Boutique definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';
export const system = base;

const T = clock('2026-05-12T15:40:00Z');
const fe = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d0c2f9e-81a4-4b7e-9c1f-3e6a2b8d7f10', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message: msg, session: '2f7e9a41-6c3d-4b8e-a1f0-9d5c7e2b4a63', severity: sev, timestamp: T.isoMs(min) });
const co = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const py = (min, lvl, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '') , severity: lvl, name: 'emailservice-server', message: msg });

export const scenarios = [
  {
    folder: 's115b-emailservice-workers-hung',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'checkout spins forever and then errors since ~15:10, browsing + cart still work. payments team says nothing reached them?',
    expected: { component: 'emailservice', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `Follows the upstream call order of checkoutservice PlaceOrder (microservices-demo src/checkoutservice/main.go):
      cart, quote, currency, charge, ship, empty cart, then sendOrderConfirmation to EMAIL_SERVICE_ADDR with the request
      context and no deadline of its own. emailservice is a Python grpcio server built on a ThreadPoolExecutor of 10
      workers (src/emailservice/email_server.py); the fault is every worker blocked (grpc/grpc issues on Python servers
      whose handlers never return: the port still accepts, new RPCs queue). The standard health servicer is registered on
      the same server, so the gRPC probe times out now and then (Unhealthy events) without the pod leaving Ready for long.
      Callers are loud: checkoutservice stalls and the frontend logs "context canceled" when the browser or loadgenerator
      gives up. Deviation from upstream: none in the manifests; the hang is assumed (no public post-mortem of this exact
      service). Decoy: a benign adservice rollout v0.10.5 -> v0.10.6 two hours earlier.`,
    workloads: {
      adservice: { rollout: { at: -120, revision: 4, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.5' } } } },
      emailservice: { pods: [{ containers: { server: cs.running(T.iso(-60 * 24 * 9 + 0.3)) } }] },
    },
    events: [
      { on: 'pod:emailservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -29, last: -3, count: 11 },
      { on: 'pod:emailservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: timeout: failed to connect service ":8080" within 1s', first: -27, last: -6, count: 4 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -120 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -119 },
    ],
    logs: {
      'emailservice#0/server': [
        py(-60 * 3, 'INFO', 'Profiler disabled.'),
        py(-60 * 3, 'INFO', 'Tracing disabled.'),
        py(-60 * 3, 'INFO', 'starting the email service in dummy mode.'),
        py(-60 * 3, 'INFO', 'listening on port: 8080'),
        py(-36, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'),
        py(-33, 'INFO', 'A request to send order confirmation email to jane.d@example.com has been received.'),
        py(-31, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'),
      ],
      'checkoutservice#0/server': [
        co(-40, 'info', '[PlaceOrder] user_id="8a1b0c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d" user_currency="USD"'),
        co(-40, 'info', 'payment went through (transaction_id: 3f0a8c52-9b1e-4d7c-a6e2-5b9f1c3d7e40)'),
        co(-36, 'info', 'order confirmation email sent to "someone@example.com"'),
        co(-30, 'info', '[PlaceOrder] user_id="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" user_currency="EUR"'),
        co(-30, 'info', 'payment went through (transaction_id: 8e2d4f61-0c3a-4b9e-8f1d-6a7c2e9b5d03)'),
        co(-22, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Canceled desc = context canceled'),
        co(-12, 'warning', 'failed to send order confirmation to "jane.d@example.com": rpc error: code = Canceled desc = context canceled'),
        co(-4, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Canceled desc = context canceled'),
      ],
      'frontend#0/server': [
        fe(-45, 'debug', 'request started', { method: 'GET', path: '/product/OLJCESPC7Z' }),
        fe(-45, 'debug', 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }),
        fe(-21, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }),
        fe(-11, 'error', 'request error', { id: '7b3e1a90-2c4d-4f6e-8a1b-9c0d2e3f4a5b', error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }),
        fe(-3, 'error', 'request error', { id: 'e4c2a7f1-9b3d-4e8a-b6c0-1d5f7a9e3b22', error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }),
        fe(-2, 'debug', 'request complete', { method: 'GET', path: '/cart' }),
      ],
      'loadgenerator#0/main': [
        `[${T.java(-10).replace('.', ',')}] loadgenerator/WARNING: POST /cart/checkout timed out after 60s`,
        ' Name                                                          # reqs      # fails  |     Avg     Min     Max  Median  |   req/s failures/s',
        ' POST /cart/checkout                                                41     27(65.85%)  |   41230     212   60004  60000  |    0.03    0.02',
      ],
    },
  },
];
