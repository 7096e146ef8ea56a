// Blind held-out batch s110a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// system part of scripts/s2-scenarios/online-boutique.mjs; built by scripts/s110a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-04-22T14:38:00Z');
const POD = 'currencyservice#0';
const cur = (min, severity, message) => JSON.stringify({ severity, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message });
const front = (min, id, path, error) => JSON.stringify({ error, 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, message: 'request error', session: '6d0f3b2a-91c4-4e8e-a7b5-2c8e0f6d41a9', severity: 'error', timestamp: T.isoMs(min) });
const dialErr = 'failed to retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';
const convErr = 'failed to convert currency for product: rpc error: code = Unavailable desc = error reading from server: EOF';
const ok = (min) => JSON.stringify({ 'http.req.id': `a${Math.round(-min * 100)}`, 'http.req.method': 'GET', 'http.req.path': '/', 'http.resp.bytes': 10834, 'http.resp.status': 200, 'http.resp.took_ms': 41, message: 'request complete', session: '0e4c9b1d-7f2a-4b63-8d15-93a7c6e2f014', severity: 'debug', timestamp: T.isoMs(min) });

const curPrev = [cur(-4.6, 'info', 'Profiler disabled.'), cur(-4.6, 'info', 'Tracing disabled.'), cur(-4.5, 'info', 'Starting gRPC server on port 7000...'), cur(-4.5, 'info', 'CurrencyService gRPC server started on port 7000')];
for (let m = -4.4; m < -2.2; m += 0.15) curPrev.push(cur(m, 'info', 'Getting supported currencies...'), cur(m + 0.05, 'info', 'received conversion request'), cur(m + 0.06, 'info', 'conversion request successful'));

export const scenarios = [
  {
    folder: 's110a-online-boutique-500s-on-and-off',
    incidentTime: '2026-04-22T14:38:00Z',
    description: 'boutique homepage throwing 500s on and off since ~14:20, checkout too. sre pls look',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      currencyservice: {
        pods: [{ node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', containers: { server: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.6), finishedAt: T.iso(-2.2), backoff: '2m40s', container: 'server' }) }, readyTransition: T.iso(-2.2) }],
        unavailableSince: -2.2,
        endpointsChanged: -2.2,
      },
      // decoy: a plain restart of emailservice 50 minutes ago (identical pod template)
      emailservice: { rollout: { at: -50, oldReplicas: 0 } },
    },
    events: [
      { on: `pod:${POD}`, reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" already present on machine`, first: -17.5, last: -4.7, count: 7, fieldPath: 'spec.containers{server}' },
      { on: `pod:${POD}`, reason: 'Created', message: 'Created container server', first: -17.5, last: -4.7, count: 7, fieldPath: 'spec.containers{server}' },
      { on: `pod:${POD}`, reason: 'Started', message: 'Started container server', first: -17.5, last: -4.6, count: 7, fieldPath: 'spec.containers{server}' },
      { on: `pod:${POD}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -17.4, last: -4.6, count: 9, fieldPath: 'spec.containers{server}' },
      { on: `pod:${POD}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -15.9, last: -0.4, count: 31, fieldPath: 'spec.containers{server}' },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: node, pid: 2417733', first: -18.1, last: -2.2, count: 8 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -50 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set emailservice-%OLD% to 0 from 1', first: -49.4 },
    ],
    logs: {
      [`${POD}/server/previous`]: curPrev,
      'frontend#0/server': [
        ok(-25), ok(-22.4),
        front(-18.0, '3f1c9a20-5b7e-4c21-8a0d-2e6f4b9c1d37', '/', dialErr),
        ok(-16.1),
        front(-13.4, 'b82e6d14-0c3f-4a95-9e71-5d2a8c0f6b43', '/product/OLJCESPC7Z', convErr),
        front(-9.9, '5c7a2e81-d4b6-4f03-a19e-7b3c5d8e2f60', '/', dialErr),
        ok(-8.0),
        front(-4.4, 'e19b0c47-2a6d-4e8f-b530-8c1f7d2a9e64', '/cart', dialErr),
        front(-2.1, '70d4f3a9-6e18-4b2c-9f07-a35e1c6b8d92', '/', convErr),
        front(-1.2, '2a8c5e3f-9b71-4d06-8e4a-f1c7d3b02e58', '/', dialErr),
      ],
      'frontend#1/server': [
        ok(-24.1),
        front(-15.2, 'c4e0a7d2-18f3-4b9e-a6c5-0d2f9e7b3a81', '/', dialErr),
        front(-6.7, '9e3b1f64-c0a8-4d27-b5e1-6f8d2c4a07b3', '/product/66VCHSJNUP', convErr),
        front(-0.8, 'd6a2c8e1-4f7b-4093-8c5d-b1e07a3f9d26', '/', dialErr),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="6d0f3b2a-91c4-4e8e-a7b5-2c8e0f6d41a9" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-9.7) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 9a4e0c2b-7d61-4f3e-8b15-c2d7a90e6f38)', severity: 'info', timestamp: T.isoMs(-9.6) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="0e4c9b1d-7f2a-4b63-8d15-93a7c6e2f014" user_currency="JPY"', severity: 'info', timestamp: T.isoMs(-4.3) }),
      ],
      'emailservice#0/server': [
        JSON.stringify({ timestamp: T.isoMs(-49.2), severity: 'INFO', name: 'emailservice-server', message: 'starting the email service in dummy mode.' }),
        JSON.stringify({ timestamp: T.isoMs(-49.2), severity: 'INFO', name: 'emailservice-server', message: 'Profiler disabled.' }),
        JSON.stringify({ timestamp: T.isoMs(-9.6), severity: 'INFO', name: 'emailservice-server', message: 'A request to send order confirmation email to someone@example.com has been received.' }),
      ],
    },
    grounding: `
      Online Boutique (microservices-demo release/kubernetes-manifests.yaml at 34ffea9): currencyservice is a Node.js
      gRPC server with a 128Mi memory limit. Its resident memory grows under traffic until the kernel's cgroup OOM killer
      ends it (lastState OOMKilled, exit 137, no last log line from the process itself); the kubelet restarts it with
      back-off, and each kill also shows as the kubelet's SystemOOM Node event. The frontend (Go, logrus JSON) is the
      loud one: connection refused while the container is down, EOF on streams cut by the kill; checkout's PlaceOrder
      also calls currency. Deviations from upstream: none in the manifests. Decoy: a plain rollout restart of
      emailservice 50 minutes earlier (identical pod templates).
    `,
  },
];
