// Blind held-out batch s112a: one Bookinfo scenario (split test) on the kit's Bookinfo system definition.
// Built by scripts/s112a-build.mjs with scripts/s2-scenario-kit.mjs (bookinfoScenario for the upstream selectors).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const I = '2026-05-22T08:12:00Z';
const T = clock(I);
export const scenarios = [
  bookinfoScenario({
    folder: 's112a-mysqldb-secret-gone',
    incidentTime: I,
    description: 'bookinfo ratings show "Ratings service is currently unavailable" since the 7:50 cleanup job ran',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `Bookinfo bookinfo-mysql.yaml: mysqldb-v1 reads MYSQL_ROOT_PASSWORD from Secret mysql-credentials key rootpasswd;
      ratings-v2-mysql connects to mysqldb:3306. A namespace cleanup deleted the Secret and the database pod was
      recreated: the kubelet cannot build the container config (CreateContainerConfigError, secret not found), the
      sidecar runs, the Service has no endpoints, and ratings' MySQL client gets its connection closed by the proxy.
      Deviation from upstream: the deleted Secret.`,
    workloads: {
      'mysqldb-v1': {
        since: -21,
        pods: [{ containers: {
          mysqldb: cs.waiting('CreateContainerConfigError', 'secret "mysql-credentials" not found'),
          'istio-proxy': cs.running(T.iso(-20.6)),
        } }],
        unavailableSince: -20.5,
        endpointsChanged: -21.5,
      },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -21 },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Failed', message: 'Error: secret "mysql-credentials" not found', first: -20.7, last: -0.6, count: 96, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'rs:mysqldb-v1', reason: 'SuccessfulCreate', message: 'Created pod: mysqldb-v1-%RS%', source: 'replicaset-controller', first: -21 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': [
        `Server listening on: http://0.0.0.0:9080`,
        `Error: Connection lost: The server closed the connection.`,
        `    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)`,
        `    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)`,
        `    at Socket.emit (node:events:529:35)`,
        `    at endReadableNT (node:internal/streams/readable:1400:12)`,
      ],
    },
  }),
];
