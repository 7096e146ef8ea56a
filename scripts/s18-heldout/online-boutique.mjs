// s18 held-out scenario (split: test) for Online Boutique, written blind: a sale traffic spike makes the frontend HPA ask for
// more replicas that cannot be scheduled (node pool at its autoscaler maximum). Built by scripts/s18-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const I = '2026-11-27T18:22:00Z';
const T = clock(I);
const SPIKE = -17;
const frontLine = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.took !== undefined ? { 'http.resp.bytes': extra.bytes ?? 9814, 'http.resp.status': extra.status ?? 200, 'http.resp.took_ms': extra.took } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const hex = (n) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
const rid = (n) => `${hex(n)}-${hex(n + 7).slice(0, 4)}-4${hex(n + 3).slice(0, 3)}-9${hex(n + 5).slice(0, 3)}-${hex(n + 11)}${hex(n + 13).slice(0, 4)}`;
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/cart/checkout', '/product/L9ECAV7KIM', '/'];

const frontendLog = (seed) => {
  const out = [];
  for (let m = -40, i = 0; m < 0; m += SPIKE < m ? 0.05 : 0.4, i++) {
    const n = seed * 100000 + i;
    const path = PATHS[i % PATHS.length];
    const method = path === '/cart/checkout' ? 'POST' : 'GET';
    const hot = m > SPIKE;
    const took = hot ? 900 + ((n * 37) % 4200) : 18 + ((n * 13) % 60);
    out.push(frontLine(m, 'debug', 'request started', { id: rid(n), path, method, session: rid(n + 99) }));
    if (hot && path.startsWith('/product') && i % 3 === 0)
      out.push(frontLine(m + 0.0005, 'warning', 'failed to retrieve ads', { id: rid(n), path, session: rid(n + 99), error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }));
    if (hot && path === '/cart/checkout' && i % 2 === 0) {
      out.push(frontLine(m + 0.001, 'error', 'request error', { id: rid(n), path, method, session: rid(n + 99), error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }));
      continue;
    }
    out.push(frontLine(m + took / 60000, 'debug', 'request complete', { id: rid(n), path, method, session: rid(n + 99), took, status: path === '/cart/checkout' ? 302 : 200 }));
  }
  return out;
};

const adLog = [];
for (let m = -40; m < 0; m += 0.7) adLog.push(`{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(m)) / 1000)},"nanoOfSecond":${(Math.floor(-m * 1e6) % 1e9)}},"thread":"grpc-default-executor-${Math.floor(-m) % 6}","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[${['clothing', 'accessories', 'footwear', 'kitchen'][Math.floor(-m) % 4]}])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":${20 + (Math.floor(-m) % 6)},"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":false,"time":"${T.isoMs(m)}"}`);

const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const pending = (created) => ({ unscheduled: UNSCHED, created: T.iso(created) });

export const scenarios = [
  {
    folder: 's18-frontend-scaleout-pending',
    split: 'test',
    description: 'boutique storefront crawling since the black friday email went out ~18:05, pages take 3-5s and some checkouts fail',
    incidentTime: I,
    expected: { component: 'frontend', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (34ffea9, v0.10.6): frontend requests 100m CPU with a 200m limit and
      an HTTP readiness/liveness probe on /_healthz with a 1s timeout. This cluster runs it with 2 replicas and an HPA
      (autoscaling/v2, 70% CPU of request, 2..8) on a GKE pool shared with other teams' namespaces and capped by the cluster
      autoscaler; the HPA, the pool cap and the sharing are deviations from upstream.
      Incident: a Black Friday email multiplies traffic; the two frontend pods run at their CPU limit (HPA reports ~195% of
      request), latency climbs, readiness probes time out now and then, the frontend's 100ms ad lookup turns into
      "failed to retrieve ads" DeadlineExceeded warnings (decoy pointing at adservice, which is healthy) and some checkouts
      are cancelled by clients. The HPA scales the Deployment to 4 then 6 (SuccessfulRescale, real controller text) but the
      four new pods stay Pending: the scheduler's "0/3 nodes are available: 3 Insufficient cpu. preemption: ..." and the
      cluster autoscaler's NotTriggerScaleUp "pod didn't trigger scale-up: 1 max node group size reached".
      Frontend log lines use the upstream logrus JSON fields (http.req.*, http.resp.took_ms, session, severity);
      adservice logs in its log4j2 JSON layout.
    `,
    hpas: [
      {
        name: 'frontend',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(SPIKE + 5), currentReplicas: 6, desiredReplicas: 6,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '195m', averageUtilization: 195 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(SPIKE + 5), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    workloads: {
      frontend: {
        replicas: 6,
        pods: [
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx' },
          { node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c' },
          pending(SPIKE + 2), pending(SPIKE + 2), pending(SPIKE + 5), pending(SPIKE + 5),
        ],
        unavailableSince: SPIKE + 2,
      },
      adservice: { pods: [{ containers: { server: cs.running(T.iso(-60 * 24 * 2)) } }], since: -60 * 24 * 2 },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: SPIKE + 2 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: SPIKE + 5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: SPIKE + 2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 6 from 4', first: SPIKE + 5 },
      ...[2, 3, 4, 5].map((i) => ({ on: `pod:frontend#${i}`, reason: 'FailedScheduling', source: 'default-scheduler', type: 'Warning', message: UNSCHED, first: SPIKE + (i < 4 ? 2 : 5), last: -0.6, count: i < 4 ? 9 : 7 })),
      ...[2, 3, 4, 5].map((i) => ({ on: `pod:frontend#${i}`, reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: SPIKE + (i < 4 ? 2.2 : 5.2), last: -0.3, count: i < 4 ? 88 : 70 })),
      ...[0, 1].map((i) => ({ on: `pod:frontend#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{server}', first: SPIKE + 3, last: -1.1, count: 6 + i * 3 })),
    ],
    logs: {
      'frontend#0/server': frontendLog(1),
      'frontend#1/server': frontendLog(2),
      'adservice#0/server': adLog,
    },
  },
];
