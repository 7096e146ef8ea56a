// Blind held-out batch s74b: one Bookinfo scenario (split: test), as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream selectors).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-06-02T10:58:00Z';
const T = clock(INC);
const envoy = (min, code, flags, up, path, dur) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 48 : 52} ${dur} ${dur - 1} "-" "Apache-CXF/3.1.18" "6c1f3a2e-8d4b-9e07-a5c2-1b7d0f3e9a48" "ratings:9080" "${up}" inbound|9080|| 127.0.0.6:0 %PODIP%:9080 %IPOF:reviews-v2#0%:0 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's74b-bookinfo-ratings-stars-flaky',
    description: 'rating stars on the book page flaky since around 10:40 - about half the loads say "Ratings service is currently unavailable". reviews text still fine',
    incidentTime: INC,
    expected: { component: 'mysqldb', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube: bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml, bookinfo-mysql.yaml):
      the ratings Service selects app=ratings, so ratings-v1 (static ratings) and ratings-v2-mysql (MYSQL_DB_HOST=mysqldb)
      share it; mysqldb-v1 reads MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd and keeps its data in an
      emptyDir. ratings.js (v2, DB_TYPE=mysql) answers 500 {"error":"could not connect to ratings database"} when the
      connection fails, and reviews v2/v3 then render "Ratings service is currently unavailable". Public shape: the kubelet's
      CreateContainerConfigError 'secret "..." not found' when a pod is (re)created after the Secret it references was deleted
      or renamed (Kubernetes Secret docs, common sealed-secrets/external-secrets migration reports). Fault: the Secret
      mysql-credentials was removed in a secrets migration (recreated under a new name the Deployment does not reference);
      nothing broke while the old mysqldb pod ran, then at ~10:39 that pod was deleted (kubectl delete pod, to "reset" it)
      and the ReplicaSet's replacement cannot start its mysqldb container; the istio-proxy sidecar runs. The Service mysqldb
      has no ready endpoint, ratings-v2-mysql's connections are closed by its sidecar, so every request routed to v2 fails
      (about half). ratings-v1, details and productpage stay healthy. Deviations: the secret
      migration is narrative (Secrets are not in a snapshot); log lines follow ratings.js (console.log of the mysql error)
      and reviews' LibertyRestEndpoint println.`,
    workloads: {
      'mysqldb-v1': {
        pods: [
          {
            created: T.iso(-19),
            readyTransition: T.iso(-19),
            containers: {
              mysqldb: cs.waiting('CreateContainerConfigError', 'secret "mysql-credentials" not found'),
              'istio-proxy': cs.running(T.iso(-18.8)),
            },
          },
        ],
        endpointsChanged: -19,
        unavailableSince: -19,
      },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -19 },
      { on: 'rs:mysqldb-v1', reason: 'SuccessfulCreate', message: 'Created pod: mysqldb-v1-%RS%', first: -19 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -18.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -18.9, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -18.8, last: -0.6, count: 88, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: secret "mysql-credentials" not found', first: -18.8, last: -0.6, count: 88, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -18.8, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'mysqldb-v1#0/istio-proxy': [
        `${T.isoMs(-18.78)}\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-18.7)}\tinfo\tEnvoy proxy is ready`,
      ],
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'Error: Connection lost: The server closed the connection.',
        '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
        '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)',
        '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)',
        '    at Socket.emit (node:events:531:35)',
        '    at endReadableNT (node:internal/streams/readable:1696:12)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {',
        '  fatal: true,',
        "  code: 'PROTOCOL_CONNECTION_LOST'",
        '}',
        'Error: Connection lost: The server closed the connection.',
        '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
        '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)',
        '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)',
        '    at Socket.emit (node:events:531:35)',
        '    at endReadableNT (node:internal/streams/readable:1696:12)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {',
        '  fatal: true,',
        "  code: 'PROTOCOL_CONNECTION_LOST'",
        '}',
      ],
      'ratings-v2-mysql#0/istio-proxy': [
        envoy(-6.2, 500, '-', '%PODIP%:9080', '/ratings/0', 6),
        `[${T.isoMs(-6.21)}] "- - -" 0 UF,URX - - "-" 0 0 1 - "-" "-" "-" "-" "-" outbound|3306||mysqldb.bookinfo.svc.cluster.local - %SVCIP:mysqldb%:3306 %PODIP%:48712 - -`,
        envoy(-2.1, 500, '-', '%PODIP%:9080', '/ratings/0', 5),
        `[${T.isoMs(-2.11)}] "- - -" 0 UF,URX - - "-" 0 0 0 - "-" "-" "-" "-" "-" outbound|3306||mysqldb.bookinfo.svc.cluster.local - %SVCIP:mysqldb%:3306 %PODIP%:49030 - -`,
      ],
      'reviews-v2#0/reviews': [
        `[${T.java(-6.2).slice(11)}] [ERROR] Error: unable to contact http://ratings:9080/ratings got status of 500`,
        `[${T.java(-2.1).slice(11)}] [ERROR] Error: unable to contact http://ratings:9080/ratings got status of 500`,
      ],
      'reviews-v3#0/reviews': [
        `[${T.java(-4.4).slice(11)}] [ERROR] Error: unable to contact http://ratings:9080/ratings got status of 500`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-3).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
