// Blind held-out batch s124b: one Bookinfo scenario (split test) on scripts/kit-systems/bookinfo.mjs, reduced to the
// workloads bookinfo.yaml deploys (details-v1 and ratings-v1 own their Services). Built by scripts/s124b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

const HTTP = (name) => ({ name, ports: [{ name: 'http', port: 9080, targetPort: 9080 }] });
const OLD = 'ip-192-168-52-18.us-east-2.compute.internal'; // the replaced node, no longer in the cluster
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: HTTP('details') } : w.name === 'ratings-v1' ? { ...w, service: HTTP('ratings'), nodeSelector: { 'kubernetes.io/hostname': OLD } } : w)),
};
const T = clock('2026-05-28T13:30:00Z');
const wlp = (min, msg) => `[${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, '$2/$3/$1, ')}:000 GMT] 0000003a SystemOut                                                    O ${msg}`;

export const scenarios = [
  {
    folder: 's124b-ratings-pinned-to-replaced-node',
    incidentTime: '2026-05-28T13:30:00Z',
    description: 'bookinfo: star ratings gone since the node group upgrade this morning ("Ratings service is currently unavailable")',
    expected: { component: 'ratings', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'ratings', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'node-level'],
    nodes: {},
    workloads: {
      'productpage-v1': { serviceSelector: { app: 'productpage' } },
      'reviews-v3': { serviceSelector: { app: 'reviews' } },
      'details-v1': { serviceSelector: { app: 'details' } },
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        pods: [{ unscheduled: '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', created: T.iso(-74) }],
        unavailableSince: -74,
      },
    },
    events: [
      { on: 'rs:ratings-v1', reason: 'SuccessfulCreate', message: 'Created pod: ratings-v1-%RS%', first: -74 },
      { on: 'pod:ratings-v1#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', first: -74, last: -1.5, count: 19 },
    ],
    logs: {
      'reviews-v2#0/reviews': [
        wlp(-40, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        wlp(-12, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        wlp(-2, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'reviews-v3#0/reviews': [
        wlp(-33, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        wlp(-5, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-3).slice(8, 10)}/May/2026 ${T.java(-3).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-1).slice(8, 10)}/May/2026 ${T.java(-1).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
    grounding: `
      Manifest facts: istio samples/bookinfo/platform/kube/bookinfo.yaml — ratings-v1 one replica behind Service ratings:9080;
      reviews-v2/v3 call http://ratings:9080/ratings and print "Error: unable to contact ... got status of N" (LibertyRestEndpoint.java)
      and render "Ratings service is currently unavailable".
      Fault: the ratings-v1 Deployment had been pinned with nodeSelector kubernetes.io/hostname to one EKS node during an
      earlier debugging session. This morning's managed node-group upgrade replaced that node (new names); the drained
      ratings pod was recreated and cannot be placed anywhere: FailedScheduling "didn't match Pod's node affinity/selector"
      (kube-scheduler 1.30 wording), the Service has no endpoints, Envoy answers 503 to reviews. productpage itself still 200.
      Deviations from upstream: the nodeSelector on ratings-v1 (both old and current template — it was set weeks ago); the
      pinned hostname ip-192-168-52-18 names the replaced node, absent from the snapshot's three nodes.`,
  },
];
