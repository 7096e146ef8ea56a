// Blind held-out batch s116a: one Online Boutique scenario (split test) on the system of scripts/s2-scenarios/online-boutique.mjs.
// Built by scripts/s116a-build.mjs; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

const IT = '2026-05-14T10:52:00Z';
const T = clock(IT);
const taint = [{ key: 'workload', value: 'batch', effect: 'NoSchedule' }];
export const system = base;
const fe = (m, path, err, id) => JSON.stringify({ error: err, 'http.req.id': id, 'http.req.method': path === '/cart/checkout' ? 'POST' : 'GET', 'http.req.path': path, message: 'request error', session: 'f1c2a9e7-44b0-4d1e-8a35-0c9e6b2d7a14', severity: 'error', timestamp: T.isoMs(m) });
const dial = 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused\\"';
const MSG = '0/3 nodes are available: 3 node(s) had untolerated taint {workload: batch}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

export const scenarios = [
  {
    folder: 's116a-shipping-pending',
    description: 'checkout brokn + cart page 500 "failed to get shipping quote", last 15-20 min. platform were doing gpu/batch pool work today not sure if related',
    incidentTime: IT,
    expected: { component: 'shippingservice', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'typo'],
    nodes: Object.fromEntries(base.nodes.map((n) => [n.name, { taints: taint }])),
    grounding: `
      Manifest facts (microservices-demo release/kubernetes-manifests.yaml v0.10.6): shippingservice is one replica with no
      tolerations; frontend and checkoutservice reach it through SHIPPING_SERVICE_ADDR=shippingservice:50051.
      Fault: a batch-pool change ran "kubectl taint nodes --all workload=batch:NoSchedule" (meant for a new node pool) about
      95 minutes before. NoSchedule does not evict running pods, so everything kept working until the shippingservice pod was
      deleted during a debugging session 17 minutes before; its replacement stays Pending with the scheduler's
      untolerated-taint message, the Service has no endpoints, and frontend/checkout fail with "connection refused" (kube-proxy
      rejects a ClusterIP without endpoints). Shape follows Kubernetes "Taints and Tolerations" docs and common reports of
      pods Pending after a cluster-wide taint. Deviation from upstream: node taints only.`,
    workloads: {
      shippingservice: { since: -17, pods: [{ unscheduled: MSG, created: T.iso(-17) }], endpointsChanged: -17 },
    },
    events: [
      { on: 'rs:shippingservice', reason: 'SuccessfulCreate', message: 'Created pod: shippingservice-%RS%', first: -17 },
      { on: 'pod:shippingservice#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: MSG, first: -17, last: -1.5, count: 7 },
    ],
    logs: {
      'frontend#0/server': [
        JSON.stringify({ message: 'serving home page', severity: 'debug', timestamp: T.isoMs(-25) }),
        fe(-16.2, '/cart', `failed to get shipping quote: ${dial}`, '2a0c7f51-9d3e-4b6a-8e12-5f4c1b7d9a20'),
        fe(-9.7, '/cart/checkout', `failed to complete the order: rpc error: code = Internal desc = shipping quote failure: failed to get shipping quote: ${dial}`, '8e41b2d7-0f6c-4a93-b5d8-3c7e9a1f2b64'),
        fe(-2.3, '/cart', `failed to get shipping quote: ${dial}`, 'c7d3e8a0-1b5f-4e29-9a64-7f2b0d8c6e13'),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="f1c2a9e7-44b0-4d1e-8a35-0c9e6b2d7a14" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-9.7) }),
      ],
      'loadgenerator#0/main': [
        'POST /cart/checkout: HTTPError(\'500 Server Error: Internal Server Error for url: http://frontend:80/cart/checkout\')',
        'GET /cart: HTTPError(\'500 Server Error: Internal Server Error for url: http://frontend:80/cart\')',
      ],
    },
  },
];
