// Blind held-out batch s118b: one Bookinfo scenario (split test) for the s2 scenario kit.
// Built by scripts/s118b-build.mjs; system definition and selector helper from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-05-16T07:44:00Z';
const T = clock(IT);
const NEWNODE = 'ip-192-168-77-9.us-east-2.compute.internal';

export const scenarios = [
  bookinfoScenario({
    folder: 's118b-ratings-unavailable-after-node-refresh',
    incidentTime: IT,
    description: 'bookinfo reviews show "Ratings service is currently unavailable" since the overnight node refresh, details + reviews text ok',
    expected: { component: 'mysqldb', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'no-endpoints' }, { component: 'mysqldb', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `Manifests: istio/istio samples/bookinfo (kit-systems/bookinfo.mjs): ratings-v2-mysql reads MYSQL_DB_HOST=mysqldb.
      Fault follows the Kubernetes "Assign Pods to Nodes" tutorial (kubectl label nodes <node> disktype=ssd plus
      nodeSelector disktype: ssd) applied to mysqldb-v1 weeks ago: the label was put on a node by hand, not in the node
      group. The overnight managed node group refresh replaced every node; the new nodes lack the label, so the recreated
      mysqldb pod is Pending with FailedScheduling "0/3 nodes are available: 3 node(s) didn't match Pod's node
      affinity/selector". The mysqldb Service has no endpoints; ratings-v2-mysql fails its queries and reviews prints
      "Ratings service is currently unavailable". Deviation from upstream: mysqldb-v1 has nodeSelector disktype: ssd.`,
    workloads: {
      'mysqldb-v1': {
        patch: { nodeSelector: { disktype: 'ssd' } },
        pods: [{ unscheduled: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", created: T.iso(-212) }],
        unavailableSince: -212,
      },
    },
    events: [
      { on: 'rs:mysqldb-v1', reason: 'SuccessfulCreate', message: 'Created pod: mysqldb-v1-%RS%', first: -212 },
      { on: 'pod:mysqldb-v1#0', reason: 'FailedScheduling', message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", first: -212, last: -2, count: 46, type: 'Warning', source: 'default-scheduler' },
      { on: 'node:' + NEWNODE, reason: 'RegisteredNode', message: `Node ${NEWNODE} event: Registered Node ${NEWNODE} in Controller`, first: -220, source: 'node-controller' },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'Error: connect ECONNREFUSED %SVCIP:mysqldb%:3306',
        'Error: connect ECONNREFUSED %SVCIP:mysqldb%:3306',
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [16/May/2026 07:40:12] "GET /productpage HTTP/1.1" 200 -`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
      ],
    },
  }),
];
