// Blind held-out batch s76a: one Online Boutique scenario (split test) on the session-2 system definition.
// Written without reading the engine, its rules or any other scenario; built by scripts/s76a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const FRONT_ENV = system.workloads.find((w) => w.name === 'frontend').containers[0].env;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const frontLine = (T, min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.resp ?? {}),
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity,
    timestamp: T.isoMs(min),
  });
// pino as currencyservice/server.js configures it (messageKey `message`, level as `severity`).
const pino = (T, min, host, msg, level = 'info') =>
  JSON.stringify({ severity: level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name: 'currencyservice-server', message: msg });
const coLine = (T, min, message, severity = 'info') => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

const s1 = (() => {
  const T = clock('2026-02-06T19:42:00Z');
  const curPod = 'currencyservice#0';
  const host = '%POD%';
  const boot = (m) => [
    pino(T, m, host, 'Profiler disabled.'),
    pino(T, m + 0.001, host, 'Tracing disabled.'),
    pino(T, m + 0.01, host, 'Starting gRPC server on port 7000...'),
  ];
  const traffic = (from, to, step = 0.05) => {
    const out = [];
    for (let m = from; m < to; m += step) {
      if (Math.round(m / step) % 3 === 0) out.push(pino(T, m, host, 'Getting supported currencies...'));
      out.push(pino(T, m + 0.004, host, 'received conversion request'));
      out.push(pino(T, m + 0.006, host, 'conversion request successful'));
    }
    return out;
  };
  const refused = (min, id) =>
    frontLine(T, min, 'error', 'request error', {
      id,
      error: 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"',
    });
  const eof = (min, id, path = '/product/OLJCESPC7Z') =>
    frontLine(T, min, 'error', 'request error', {
      id, path,
      error: 'failed to convert currency for product: rpc error: code = Unavailable desc = error reading from server: EOF',
    });
  const ok = (min, id, path = '/', bytes = 10582) => [
    frontLine(T, min, 'debug', 'request started', { id, path }),
    frontLine(T, min + 0.002, 'debug', 'request complete', { id, path, resp: { 'http.resp.bytes': bytes, 'http.resp.status': 200, 'http.resp.took_ms': 41 } }),
  ];
  return {
    folder: 's76a-storefront-500s-on-and-off',
    incidentTime: '2026-02-06T19:42:00Z',
    description: 'frontend throwing 500s on and off since about 19:05, some pages say "could not retrieve currencies". storefront only shipped the cymbal branding flag this afternoon',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'currencyservice', cause: 'resource-exhaustion' },
      { component: 'currencyservice', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml at 34ffea9): currencyservice is a single-replica Node.js
      gRPC server on :7000 with memory limit 128Mi and gRPC readiness/liveness probes; frontend and checkoutservice reach
      it through CURRENCY_SERVICE_ADDR=currencyservice:7000. Fault: under the evening peak the Node.js process grows past
      its 128Mi cgroup limit (node is started without --max-old-space-size, so V8's own heap ceiling sits above the
      container limit and no JavaScript "heap out of memory" is printed) and the kernel kills it: lastState terminated
      OOMKilled / exit 137, nine restarts in about 40 minutes, kubelet BackOff events and the kubelet's SystemOOM node
      event; the previous container log simply stops mid-traffic. Between kills the pod is Running and Ready, so the
      snapshot catches it Ready. While it is down the Service has no endpoint and the frontend's dial is refused; a kill
      in the middle of a call surfaces as "error reading from server: EOF". The frontend (Go, logrus JSON) is the loud
      one. Decoys: a frontend rollout about three hours earlier that only adds CYMBAL_BRANDING=true (upstream env of the
      frontend; the old and new ReplicaSet templates differ by exactly that variable) and an adservice OOMKilled restart
      three days old. Deviations from upstream: none in the manifests; the traffic level is invented.`,
    workloads: {
      frontend: {
        rollout: { at: -172, revision: 5, oldContainers: { server: { env: FRONT_ENV } } },
        containers: {
          server: {
            env: [...FRONT_ENV, { name: 'CYMBAL_BRANDING', value: 'true' }],
          },
        },
      },
      currencyservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 9,
                startedAt: T.iso(-1.3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-5.8), finishedAt: T.iso(-3.9) },
              }),
            },
            readyTransition: T.iso(-1.1),
          },
        ],
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
            readyTransition: T.iso(-60 * 24 * 3 + 0.9),
          },
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -172, last: -172 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -171.5, last: -171.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -171.5, last: -171.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -171, last: -171 },
      { on: `pod:${curPod}`, reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, count: 9, first: -37, last: -1.4, fieldPath: 'spec.containers{server}' },
      { on: `pod:${curPod}`, reason: 'Created', message: 'Created container server', count: 9, first: -37, last: -1.4, fieldPath: 'spec.containers{server}' },
      { on: `pod:${curPod}`, reason: 'Started', message: 'Started container server', count: 9, first: -37, last: -1.3, fieldPath: 'spec.containers{server}' },
      { on: `pod:${curPod}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', count: 17, first: -30, last: -1.6, fieldPath: 'spec.containers{server}' },
      { on: `pod:${curPod}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service "%PODIP%:7000" within 1s: context deadline exceeded', count: 4, first: -36.5, last: -1.2, fieldPath: 'spec.containers{server}' },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: node, pid: 3187442', count: 1, first: -3.9, last: -3.9 },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: node, pid: 3179025', count: 1, first: -8.6, last: -8.6 },
    ],
    nodes: {},
    logs: {
      [`${curPod}/server`]: [...boot(-1.25), ...traffic(-1.2, -0.05)],
      [`${curPod}/server/previous`]: [...boot(-5.75), ...traffic(-5.7, -3.92)],
      'frontend#0/server': [
        ...ok(-6.2, '0f6a2c1e-7d43-4b8e-a1c9-3e5d7f902b11'),
        eof(-3.91, '5e2b9c07-1a8d-4f63-b2e0-9c4d1a7e3f58'),
        refused(-3.4, 'a7c3e1f9-2b6d-4e80-9f1a-6d2c8b4e0a73'),
        refused(-2.7, '3d9f0b2a-8c1e-47a5-b6d3-1e7f9a2c5b04'),
        refused(-1.9, 'c2e8a4f1-6b9d-4370-8e2c-5a1f3d7b9e60'),
        ...ok(-0.9, '8b1d5f3a-4e7c-4a92-b0f6-2c9e8d1a7f35', '/product/66VCHSJNUP', 8311),
        ...ok(-0.4, '1e9c7a2d-5f3b-4d08-a6e1-7b2f0c9d4e83'),
      ],
      'frontend#1/server': [
        ...ok(-6.6, '6c2f9e1b-3a7d-4b58-91e0-d4a8c3f7b216', '/cart', 7420),
        eof(-3.9, '9a4e7c2f-1b8d-4e63-a5f0-3c6d9b2e8a17', '/cart'),
        refused(-3.1, 'e5b1d8a3-7c2f-4096-b4e8-1f9a6c3d0b52'),
        refused(-2.2, '4f8a2c6e-9d1b-4e75-8a3c-0b7e5d9f1c26'),
        ...ok(-0.7, 'b3e9f1c7-2a6d-48b0-9e4f-6d1c8a3b7e95'),
      ],
      'checkoutservice#0/server': [
        coLine(T, -7.1, '[PlaceOrder] user_id="a3f1c9e2-6d4b-4f08-9b7e-2c5d8a1e6f30" user_currency="EUR"'),
        coLine(T, -7.09, 'payment went through (transaction_id: 0b6e3f9a-4c1d-47e2-a8f5-9d2b7c1e4a63)'),
        coLine(T, -7.08, 'order confirmation email sent to "someone@example.com"'),
        coLine(T, -3.3, '[PlaceOrder] user_id="7e2c5a9f-1d8b-4c36-b0e4-6f3a9d2c7b18" user_currency="JPY"'),
        coLine(T, -0.6, '[PlaceOrder] user_id="c9d4b1e7-3f6a-4e28-95c0-8a2e1f7d3b64" user_currency="USD"'),
        coLine(T, -0.59, 'payment went through (transaction_id: 5d1a8e3c-9b2f-4e70-b6c4-1f7e3a9d2c85)'),
        coLine(T, -0.58, 'order confirmation email sent to "someone@example.com"'),
      ],
    },
  };
})();

export const scenarios = [s1];
