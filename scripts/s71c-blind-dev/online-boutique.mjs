// Blind dev batch s71c, Online Boutique: the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs) and
// one scenario, frontend saturated at its HPA maximum during a promotion while its extra replicas cannot be scheduled.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const I = '2026-04-23T13:41:00Z';
const T = clock(I);
const N = system.nodes.map((n) => n.name);
const front = (min, status, path, took, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `4b${String(Math.round(Math.abs(min) * 1000)).padStart(6, '0')}-9e1c-4d2a-8f37-0c5a1b2e3d4f`, 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, 'http.resp.bytes': extra.bytes ?? 7834, 'http.resp.status': status, 'http.resp.took_ms': took, message: 'request complete', session: extra.session ?? '3d9f0a1c-2b7e-4c58-9a61-e4f2d8b05c7a', severity: 'debug', timestamp: T.isoMs(min) });
const frontErr = (min, path, error, message) => JSON.stringify({ error, 'http.req.id': `7c${String(Math.round(Math.abs(min) * 1000)).padStart(6, '0')}-1a2b-4c3d-9e8f-5a6b7c8d9e0f`, 'http.req.method': 'GET', 'http.req.path': path, message, session: '0e4c7b2a-9d1f-4a36-b5e8-2c7f1a9d6b34', severity: 'error', timestamp: T.isoMs(min) });
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const busy = (from, to, step, slowBase) => {
  const out = [];
  let k = 0;
  for (let m = from; m < to; m += step, k++) {
    const p = k % 4 === 0 ? '/' : k % 4 === 3 ? '/cart' : `/product/${PRODUCTS[k % PRODUCTS.length]}`;
    out.push(front(m, 200, p, slowBase + ((k * 733) % 2900), { bytes: p === '/' ? 10894 : 7834 + (k % 5) * 31 }));
  }
  return out;
};
const unsched = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

export const scenarios = [
  {
    folder: 's71c-frontend-hpa-maxed-promo-pending',
    description: 'shop crawling since the spring promo email went out ~13:00, pages take 5-10s. checkout does eventually go thru. isnt the hpa supposed to handle this',
    incidentTime: I,
    expected: { component: 'frontend', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'frontend', cause: 'unschedulable' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'pods-ready', 'time-expression', 'decoy'],
    workloads: {
      frontend: {
        replicas: 5,
        pods: [
          { node: N[0] },
          { node: N[1] },
          { node: N[2], created: T.iso(-38) },
          { unscheduled: unsched, created: T.iso(-31) },
          { unscheduled: unsched, created: T.iso(-23) },
        ],
        unavailableSince: -31,
      },
      recommendationservice: {
        rollout: { at: -60 * 3 - 12, revision: 6, oldContainers: { server: { resources: { requests: { cpu: '100m', memory: '220Mi' }, limits: { cpu: '200m', memory: '450Mi' } } } } },
        containers: { server: { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '200m', memory: '512Mi' } } } },
      },
    },
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-31),
        currentReplicas: 5, desiredReplicas: 5,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 196, averageValue: '196m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-31), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -38.5, last: -38.5 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -31.2, last: -31.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 3 from 2', first: -38.5, last: -38.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 5 from 3', first: -31.2, last: -31.2 },
      { on: 'rs:frontend', reason: 'SuccessfulCreate', message: 'Created pod: frontend-%RS%', first: -38.5, last: -38.5, source: 'replicaset-controller' },
      { on: 'pod:frontend#2', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N[2]}`, first: -38, last: -38, source: 'default-scheduler' },
      { on: 'pod:frontend#2', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Container image "${system.workloads[0].containers[0].image}" already present on machine`, first: -37.9, last: -37.9 },
      { on: 'pod:frontend#2', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -37.8, last: -37.8 },
      { on: 'pod:frontend#3', reason: 'FailedScheduling', type: 'Warning', message: unsched, count: 9, first: -31, last: -1.5, source: 'default-scheduler' },
      { on: 'pod:frontend#4', reason: 'FailedScheduling', type: 'Warning', message: unsched, count: 6, first: -23, last: -1.4, source: 'default-scheduler' },
      { on: 'pod:frontend#3', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", count: 18, first: -30.5, last: -0.8, source: 'cluster-autoscaler' },
      { on: 'pod:frontend#4', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", count: 13, first: -22.5, last: -0.8, source: 'cluster-autoscaler' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 2, first: -17, last: -9 },
    ],
    logs: {
      'frontend#0/server': [
        ...busy(-14, -0.2, 0.45, 2100),
        frontErr(-6.2, '/product/L9ECAV7KIM', 'failed to get ads: rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'failed to retrieve ads'),
      ],
      'frontend#1/server': [...busy(-13.8, -0.2, 0.5, 2600)],
      'frontend#2/server': [
        JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(-37.75) }),
        ...busy(-12, -0.3, 0.55, 1900),
        frontErr(-3.1, '/', 'failed to get ads: rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'failed to retrieve ads'),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: 'payment went through (transaction_id: 0c1f2e3d-4a5b-4c6d-8e7f-901a2b3c4d5e)', severity: 'info', timestamp: T.isoMs(-4.2) }),
        JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-4.1) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="3d9f0a1c-2b7e-4c58-9a61-e4f2d8b05c7a" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-1.9) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9)', severity: 'info', timestamp: T.isoMs(-1.8) }),
      ],
      'currencyservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.isoMs(-2.1))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Getting supported currencies..."}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-2.0))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"received conversion request"}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-2.0))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`,
      ],
      'recommendationservice#0/server': [
        `{"timestamp": ${(Date.parse(T.isoMs(-60 * 3 - 11.5)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "initializing recommendationservice"}`,
        `{"timestamp": ${(Date.parse(T.isoMs(-60 * 3 - 11.4)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "listening on port: 8080"}`,
        `{"timestamp": ${(Date.parse(T.isoMs(-1.1)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['66VCHSJNUP', '9SIQT8TOJO', '1YMWWN1N4O', '2ZYFJ3GM2N', 'LS4PSXUNUM']"}`,
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(-1.2)) / 1000)},"nanoOfSecond":412000000},"thread":"grpc-default-executor-41","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":61,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-1.2)}"}`,
      ],
    },
    grounding: `
      Manifest facts: release/kubernetes-manifests.yaml (34ffea9, v0.10.6) gives frontend cpu request 100m / limit 200m,
      HTTP readiness and liveness probes on /_healthz with timeoutSeconds 1, and 1 replica (2 here, as in the session-2
      system). frontend renders every page by fanning out to productcatalog, currency, cart, recommendation and ad services,
      so its CPU grows with page views.
      Fault: a promotion email multiplied traffic; the HorizontalPodAutoscaler (autoscaling/v2, 70% of the CPU request,
      maxReplicas 5 - not upstream) scaled frontend 2 -> 3 -> 5 and is now ScalingLimited (TooManyReplicas) with the running
      pods at 196% of request, i.e. at their 200m CFS limit; the two newest replicas are Pending with the scheduler's
      "Insufficient cpu" message and the cluster-autoscaler's "max node group size reached" (the node pool is at its
      maximum; the nodes are shared with other namespaces not in the snapshot). The three running frontend pods stay Ready
      (two probe timeouts) and answer 200 in 2-5 s; the frontend's own ad call times out. Downstream services are healthy.
      Shape from the Kubernetes HPA docs (ScalingLimited / TooManyReplicas), GKE cluster-autoscaler event texts
      (NotTriggerScaleUp) and common "HPA at max during a traffic spike" incident write-ups.
      Decoys: a benign recommendationservice rollout three hours earlier that only raised its memory request and limit
      (old and new ReplicaSets differ in exactly that). Deviations: the HPA and maxReplicas 5, frontend at 5 replicas.
    `,
  },
];
