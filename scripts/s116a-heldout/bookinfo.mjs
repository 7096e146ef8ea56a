// Blind held-out batch s116a: one Bookinfo scenario (split test) on the kit system scripts/kit-systems/bookinfo.mjs.
// Built by scripts/s116a-build.mjs; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const IT = '2026-05-16T16:18:00Z';
const T = clock(IT);
const MSG = 'secret "mysql-credentials" not found';
const liberty = (m, t) => `[${new Date(Date.parse(T.isoMs(m))).toISOString().replace('T', ' ').replace('Z', '')}] 000000${t} SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings got status of 500`;

export const scenarios = [
  bookinfoScenario({
    folder: 's116a-ratings-unavailable',
    description: 'bookinfo: "Ratings service is currently unavailable" on the product page for ~25 min, started around the node group AMI upgrade. details + reviews text still work',
    incidentTime: IT,
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (istio samples/bookinfo/platform/kube/bookinfo-mysql.yaml, bookinfo-ratings-v2-mysql.yaml): mysqldb-v1
      reads MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd; ratings-v2-mysql connects to mysqldb:3306
      (a VirtualService sends all ratings traffic to v2-mysql here, as in virtual-service-ratings-mysql.yaml).
      Fault: the mysql-credentials Secret had been deleted weeks ago by a "remove unused secrets" cleanup; the running
      mysqld pod kept its environment, so nothing failed until the node group AMI upgrade replaced its node 26 minutes before.
      The new pod's mysqldb container stays in CreateContainerConfigError (kubelet: secret "mysql-credentials" not found),
      the Service has no ready endpoints, ratings v2 answers 500 "could not connect to ratings database" and reviews shows
      "Ratings service is currently unavailable". The node rotation is the trigger, not the cause (decoy).
      Deviation from upstream: the Secret is absent; the pod was recreated by the node replacement.`,
    workloads: {
      'mysqldb-v1': {
        since: -25.5,
        pods: [{ created: T.iso(-25.5), node: 'ip-192-168-77-9.us-east-2.compute.internal', readyTransition: T.iso(-25.4), containers: { mysqldb: cs.waiting('CreateContainerConfigError', MSG) } }],
        endpointsChanged: -25.5,
      },
    },
    events: [
      { on: 'rs:mysqldb-v1', reason: 'SuccessfulCreate', message: 'Created pod: mysqldb-v1-%RS%', first: -25.5 },
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -25.5 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{mysqldb}', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -25, last: -0.8, count: 118 },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Failed', fieldPath: 'spec.containers{mysqldb}', message: `Error: ${MSG}`, first: -25, last: -0.8, count: 118 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        '{ Error: Connection lost: The server closed the connection.',
        '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
        '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)',
        "  fatal: true, code: 'PROTOCOL_CONNECTION_LOST' }",
        '{ Error: Connection lost: The server closed the connection.',
        '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
        "  fatal: true, code: 'PROTOCOL_CONNECTION_LOST' }",
      ],
      'reviews-v2#0/reviews': [liberty(-24, '4a'), liberty(-13, '51'), liberty(-2, '3c')],
      'reviews-v3#0/reviews': [liberty(-18, '47'), liberty(-1, '5e')],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [16/May/2026 16:05:11] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [16/May/2026 16:16:40] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
