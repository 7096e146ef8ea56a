// Batch s35b (blind dev): one Online Boutique incident for the kit, system from scripts/s2-scenarios/online-boutique.mjs;
// at a weekend promo peak the single currencyservice saturates its 200m CPU limit and its gRPC liveness probe restarts it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-12T18:36:00Z';
  const T = clock(incidentTime);
  const N = system.nodes;
  const fe = (m, severity, message, extra = {}) =>
    JSON.stringify({
      ...(extra.error ? { error: extra.error } : {}),
      'http.req.id': extra.id ?? `4c${Math.round(-m * 1000).toString(16)}-1e2b-4f7a-9d30-${(0xa17c0e5b2d00 + Math.round(-m * 997)).toString(16)}`,
      'http.req.method': extra.method ?? 'GET',
      'http.req.path': extra.path ?? '/',
      ...(extra.status ? { 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}),
      message,
      session: extra.session ?? '3e9a1f60-77c2-4b8e-a5d3-0c6f2b91e4d7',
      severity,
      timestamp: T.isoMs(m),
    });
  const unavailable = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';
  const canceled = 'rpc error: code = Canceled desc = context canceled';
  const feLines = (shift) => {
    const out = [];
    for (let m = -40 + shift; m < -21; m += 2.3) out.push(fe(m, 'debug', 'request complete', { status: 200, took: 38 + Math.round(((m * 7) % 20 + 20) % 20) }));
    let k = 0;
    for (let m = -20.5 + shift; m < -0.2; m += 0.9) {
      k++;
      if (k % 3 === 0) out.push(fe(m, 'debug', 'request complete', { status: 200, took: 2400 + ((k * 389) % 3100) }));
      else {
        const path = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/'][k % 5];
        const what = path === '/' ? 'could not retrieve currencies' : path === '/cart' ? 'failed to convert currency for cart item' : 'failed to convert currency';
        out.push(fe(m, 'error', 'request error', { path, error: `${what}: ${k % 4 === 0 ? canceled : unavailable}` }));
      }
    }
    return out;
  };
  const cur = (m, message, severity = 'info') =>
    `{"severity":"${severity}","time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${message}"}`;
  const curLines = [];
  curLines.push(cur(-3.1, 'Profiler disabled.'), cur(-3.1, 'Tracing disabled.'), cur(-3.05, 'Starting gRPC server on port 7000...'), cur(-3.0, 'CurrencyService gRPC server started on port 7000'));
  for (let m = -2.9; m < -0.1; m += 0.05) curLines.push(cur(m, 'conversion request successful'));
  const hpa = {
    name: 'frontend',
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
      minReplicas: 2,
      maxReplicas: 8,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
    status: {
      currentReplicas: 6,
      desiredReplicas: 6,
      lastScaleTime: T.iso(-16),
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 58, averageValue: '58m' } } }],
      conditions: [
        { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
        { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
        { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
      ],
    },
  };
  scenarios.push({
    folder: 's35b-currency-cpu-limit-liveness',
    incidentTime,
    description: 'boutique really slow + 500s on home and product pages since ~18:15 (promo weekend), frontend already scaled up by hpa',
    expected: { component: 'currencyservice', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'probe-failure' }],
    difficulty: 'hard',
    traits: ['cpu-starvation', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (v0.10.6): currencyservice is one Node.js replica
      (requests 100m, limits 200m CPU, gRPC readiness and liveness probes on 7000 with the default 1 s timeout, terminationGracePeriod
      5 s, node as PID 1), called by the frontend for every price on every page and by checkout. A promo at 18:10 triples traffic;
      the frontend HPA (added by the team: 2-8 replicas at 70% CPU) scales 2 -> 4 -> 6, which only multiplies the calls to the one
      currencyservice. Its single event loop, CFS-throttled at 200m, queues the health checks behind conversions: the kubelet's
      gRPC prober reports "timeout: health rpc did not complete within 1s", the pod flaps out of the Endpoints, and the liveness
      probe restarts it four times (SIGTERM is ignored by node as PID 1, so it is killed after the 5 s grace: exit 137, Error).
      The frontend logs "could not retrieve currencies" / "failed to convert currency" with Unavailable (connection refused while
      it restarts) and Canceled (clients giving up), and pages that do render take seconds. The root cause is the CPU-starved
      currencyservice; its probe failures are the visible mechanism (probe-failure also accepted). Decoys: the HPA's
      SuccessfulRescale events and four new frontend pods, an adservice restart two days ago.`,
    hpas: [hpa],
    workloads: {
      frontend: {
        replicas: 6,
        pods: [
          { created: T.iso(-60 * 24 * 9) },
          { created: T.iso(-60 * 24 * 9) },
          { created: T.iso(-22), node: N[2].name },
          { created: T.iso(-22), node: N[0].name },
          { created: T.iso(-16), node: N[1].name },
          { created: T.iso(-16), node: N[2].name },
        ],
      },
      currencyservice: {
        pods: [
          {
            node: N[0].name,
            created: T.iso(-60 * 24 * 9),
            ready: false,
            containers: {
              server: cs.restartedRunning({
                restarts: 4,
                startedAt: T.iso(-3.1),
                ready: false,
                last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-8.4), finishedAt: T.iso(-3.3) },
              }),
            },
            readyTransition: T.iso(-0.7),
          },
        ],
        endpointsChanged: -0.7,
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 50),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', first: -22.5, message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target' },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', first: -16.5, message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target' },
      { on: 'rs:frontend', reason: 'SuccessfulCreate', first: -22.4, last: -16.4, count: 4, message: 'Created pod: frontend-%RS%' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -20.2, last: -0.7, count: 46, message: 'Readiness probe failed: timeout: health rpc did not complete within 1s' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -19.8, last: -3.4, count: 12, message: 'Liveness probe failed: timeout: health rpc did not complete within 1s' },
      { on: 'pod:currencyservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', first: -19.4, last: -3.4, count: 4, message: 'Container server failed liveness probe, will be restarted' },
      { on: 'pod:currencyservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', first: -19.2, last: -3.2, count: 4, message: `Container image "${system.workloads.find((w) => w.name === 'currencyservice').containers[0].image}" already present on machine` },
      { on: 'pod:currencyservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', first: -19.2, last: -3.1, count: 4, message: 'Started container server' },
    ],
    logs: {
      'frontend#0/server': feLines(0),
      'frontend#2/server': feLines(0.4).filter((l) => Date.parse(JSON.parse(l).timestamp) > Date.parse(T.iso(-21.5))),
      'frontend#4/server': feLines(0.7).filter((l) => Date.parse(JSON.parse(l).timestamp) > Date.parse(T.iso(-15.5))),
      'currencyservice#0/server': curLines,
      'currencyservice#0/server/previous': [
        cur(-8.4, 'Profiler disabled.'),
        cur(-8.4, 'Tracing disabled.'),
        cur(-8.35, 'Starting gRPC server on port 7000...'),
        cur(-8.3, 'CurrencyService gRPC server started on port 7000'),
        ...Array.from({ length: 60 }, (_, i) => cur(-8.2 + i * 0.08, i % 9 === 4 ? 'Getting supported currencies...' : 'conversion request successful')),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'payment went through (transaction_id: 0b9f3c1e-6a47-4d2e-8f51-2c7e90ad13b6)', severity: 'info', timestamp: T.isoMs(-25.3) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="8a1f5e3c-2d4b-4c6a-9e7f-0b1d3c5e7a9f" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-9.9) }),
      ],
    },
  });
}
