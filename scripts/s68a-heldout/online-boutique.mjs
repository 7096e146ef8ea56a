// Blind held-out batch s68a (split: test): one Online Boutique scenario as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs), on the session-2 Online Boutique system definition; built by scripts/s68a-build.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const hx = (s) => createHash('sha256').update(s).digest('hex');
const rid = (s) => { const x = hx(s); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`; };

// logrus JSONFormatter of frontend/main.go (fields sorted, timestamp RFC3339Nano, level "severity", msg "message").
const fe = (T, min, severity, message, { id, method = 'GET', path = '/', error, session, extra = {} }) => {
  const o = { ...(error ? { error } : {}), 'http.req.id': id, 'http.req.method': method, 'http.req.path': path, ...extra, message, session, severity, timestamp: T.isoMs(min) };
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));
};
// pino of currencyservice/server.js (name currencyservice-server, messageKey "message", level as "severity").
const cur = (T, min, host, message, severity = 'info') =>
  JSON.stringify({ severity, time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name: 'currencyservice-server', message });

const A = (() => {
  const T = clock('2026-04-07T16:42:00Z');
  const CUR_NODE = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
  const refused = 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused\\"';
  const eof = 'rpc error: code = Unavailable desc = error reading from server: EOF';
  const sessions = ['3f0c9a52-8d1e-4b7a-a3c6-5e2f19b07d44', 'c81d4e2a-0b93-4f6e-9a15-7d3c2b8e6f10', '5a7b2c9d-1e4f-4a80-b6c3-9d2e8f1a0b57'];
  // the frontend lines (both replicas), writing the error strings raw, then escaping in JSON.stringify
  const feLines = (n) => {
    const out = [];
    const add = (min, severity, message, o) => out.push({ min, line: fe(T, min, severity, message, o) });
    for (let k = 0; k < 46; k++) {
      const min = -44 + k * 0.95 + n * 0.31;
      const id = rid(`ob/${n}/${k}`);
      const session = sessions[(k + n) % 3];
      const path = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/product/L9ECAV7KIM'][k % 6];
      add(min, 'debug', 'request started', { id, path, session });
      // windows where currencyservice was OOM-killed mid-request (EOF) or was not ready (no endpoints -> refused)
      const crashEdge = [-31.4, -25.1, -18.8, -12.6, -10.0, -1.6].some((c) => min >= c - 0.35 && min < c);
      const down = !crashEdge && [[-31.4, -30.9], [-25.1, -24.6], [-18.8, -17.9], [-12.6, -11.1], [-10.0, -7.2], [-1.6, 0]].some(([a, b]) => min >= a && min < b);
      if (crashEdge || down) {
        const err = crashEdge ? eof : refused.replaceAll('\\"', '"');
        const wrap = path.startsWith('/cart') ? 'could not retrieve currencies' : path.startsWith('/product') ? 'failed to convert currency' : 'could not retrieve currencies';
        add(min + 0.002, 'error', 'request error', { id, path, session, error: `${wrap}: ${err}` });
        add(min + 0.003, 'debug', 'request complete', { id, path, session, extra: { 'http.resp.bytes': 2771, 'http.resp.status': 500, 'http.resp.took_ms': crashEdge ? 812 : 3 } });
      } else {
        add(min + 0.004, 'debug', 'request complete', { id, path, session, extra: { 'http.resp.bytes': [10843, 8121, 9216][k % 3], 'http.resp.status': 200, 'http.resp.took_ms': 38 + ((k * 7) % 40) } });
      }
    }
    // a checkout during the last outage window
    if (n === 0) {
      const id = rid('ob/checkout');
      add(-1.2, 'debug', 'request started', { id, method: 'POST', path: '/cart/checkout', session: sessions[1] });
      add(-1.19, 'error', 'request error', { id, method: 'POST', path: '/cart/checkout', session: sessions[1], error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "L9ECAV7KIM" to EUR: ${refused.replaceAll('\\"', '"')}` });
      add(-1.188, 'debug', 'request complete', { id, method: 'POST', path: '/cart/checkout', session: sessions[1], extra: { 'http.resp.bytes': 2915, 'http.resp.status': 500, 'http.resp.took_ms': 41 } });
    }
    return out.sort((a, b) => a.min - b.min).map((x) => x.line);
  };
  // one run of currencyservice: boot, then conversions until the cgroup OOM kill (no last words: SIGKILL)
  const curRun = (start, end) => {
    const host = '%POD%';
    const l = [
      cur(T, start, host, 'Profiler disabled.'),
      cur(T, start + 0.001, host, 'Tracing disabled.'),
      cur(T, start + 0.01, host, 'Starting gRPC server on port 7000...'),
    ];
    for (let m = start + 0.2; m < end - 0.05; m += 0.37) {
      l.push(cur(T, m, host, 'Getting supported currencies...'));
      l.push(cur(T, m + 0.05, host, 'received conversion request'));
      l.push(cur(T, m + 0.051, host, 'conversion request successful'));
    }
    return l;
  };
  return {
    folder: 's68a-shop-500s-on-and-off',
    incidentTime: '2026-04-07T16:42:00Z',
    description: 'storefront throwing 500s on and off for the last ~40 min, homepage and product pages. checkout works sometimes, sometimes not',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'currencyservice', cause: 'crash-loop' },
      { component: 'currencyservice', cause: 'resource-exhaustion' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Follows GoogleCloudPlatform/microservices-demo issue #538 ("Possible memory leak in NodeJS / Python services"): the Node.js
      currencyservice grows until the kernel kills it in its memory cgroup (node-problem-detector "OOMKilling ... (node)" Events on
      the node, container lastState OOMKilled/137), with release/kubernetes-manifests.yaml at 34ffea9 as deployed: limits 200m CPU /
      128Mi memory, gRPC liveness/readiness probes on 7000 with timeoutSeconds 1 (the kubelet's native gRPC prober prints "timeout:
      health rpc did not complete within 1s" while V8 is stuck in garbage collection just before each kill). Every page of the
      frontend converts prices, so the frontend (2 replicas) is the loud component: "could not retrieve currencies" / "failed to
      convert currency" with "error reading from server: EOF" at each kill and "connection refused" while the only pod is not Ready
      (kube-proxy rejects a Service without endpoints); checkout fails through checkoutservice's price conversion. currencyservice's own
      log shows only normal conversion lines (a SIGKILL leaves no last words). Restart count 5 and back-off 2m40s follow the kubelet's
      10s-doubling back-off. Decoy: adservice was OOM-killed once three days ago and has been Running since. Deviations: the leak's
      trigger (traffic growth) is not modelled; frontend log lines are the logrus JSON of frontend/main.go at debug level.
    `,
    nodes: {},
    workloads: {
      currencyservice: {
        pods: [{
          created: T.iso(-60 * 24 * 6),
          readyTransition: T.iso(-1.6),
          containers: {
            server: cs.crashLoop({ restarts: 5, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.4), finishedAt: T.iso(-1.6), backoff: '2m40s', container: 'server' }),
          },
        }],
        unavailableSince: -1.6,
      },
      adservice: {
        pods: [{
          created: T.iso(-60 * 24 * 8),
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -32.5, last: -2.1, count: 17, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -32.3, last: -1.9, count: 8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -31.2, last: -7.4, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -31.2, last: -7.4, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -31.2, last: -7.4, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -25.0, last: -0.4, count: 11, fieldPath: 'spec.containers{server}' },
      { on: `node:${CUR_NODE}`, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 3318204 (node) total-vm:1187320kB, anon-rss:127884kB, file-rss:36204kB, shmem-rss:0kB, UID:1000 pgtables:1688kB oom_score_adj:986', first: -31.4, last: -1.6, count: 6 },
    ],
    logs: {
      'currencyservice#0/server': curRun(-7.4, -1.6),
      'currencyservice#0/server/previous': curRun(-11.3, -10.0),
      'frontend#0/server': feLines(0),
      'frontend#1/server': feLines(1),
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="c81d4e2a-0b93-4f6e-9a15-7d3c2b8e6f10" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-38.2) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 6d3e0a51-9b2f-4c87-8e14-2a7f5c09d3b6)', severity: 'info', timestamp: T.isoMs(-38.19) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-38.18) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="3f0c9a52-8d1e-4b7a-a3c6-5e2f19b07d44" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-20.4) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 0b8c4f27-5e1d-4a93-b6f0-c92e7a1d5b48)', severity: 'info', timestamp: T.isoMs(-20.39) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-20.38) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="c81d4e2a-0b93-4f6e-9a15-7d3c2b8e6f10" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-1.2) }),
      ],
    },
  };
})();

export const scenarios = [A];
