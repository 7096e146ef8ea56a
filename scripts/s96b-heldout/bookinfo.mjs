// Blind held-out batch s96b: one Bookinfo scenario (split test) as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs); the system is scripts/kit-systems/bookinfo.mjs, selectors through bookinfoScenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const I = '2026-03-26T16:20:00Z';
const T = clock(I);
const NODE_C = 'ip-192-168-77-9.us-east-2.compute.internal';
const envoyStart = (min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min + 0.01)}\tinfo\tVersion 1.23.2-6c6a4ed9d2ad8d8e9ed2c0dbd2fe4b8bb9fd4c0b-Clean`,
  `${T.isoMs(min + 0.02)}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
  `${T.isoMs(min + 0.05)}\tinfo\tcache\tgenerated new workload certificate\tlatency=112.48ms ttl=23h59m59.0s`,
  `${T.isoMs(min + 0.06)}\tinfo\tcache\tRoot cert has changed, start rotating root cert`,
  `${T.isoMs(min + 0.08)}\tinfo\tads\tADS: new connection for node:%POD%.bookinfo-1`,
  `${T.isoMs(min + 0.1)}\tinfo\tReadiness succeeded in 1.224s`,
  `${T.isoMs(min + 0.11)}\tinfo\tEnvoy proxy is ready`,
];
const mysqlLost = (min) => [
  `Error: Connection lost: The server closed the connection.`,
  `    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)`,
  `    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)`,
  `    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)`,
  `    at Socket.emit (node:events:531:35)`,
  `    at endReadableNT (node:internal/streams/readable:1696:12)`,
  `    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)`,
  `    --------------------`,
  `    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)`,
  `    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)`,
  `    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)`,
  `    at /opt/microservices/ratings.js:229:20`,
  `    at Router.handle (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:197:12) {`,
  `  fatal: true,`,
  `  code: 'PROTOCOL_CONNECTION_LOST'`,
  `}`,
];
const tcpUH = (min, src) => `[${T.isoMs(min)}] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" outbound|3306||mysqldb.bookinfo.svc.cluster.local - %SVCIP:mysqldb%:3306 ${src} - -`;

export const scenarios = [
  bookinfoScenario({
    folder: 's96b-ratings-flaky',
    description: 'book pages say "Ratings service is currently unavailable" on and off for the last 20 min or so. community team says they deployed nothing',
    incidentTime: I,
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      'mysqldb-v1': {
        pods: [{
          node: NODE_C,
          created: T.iso(-19.5),
          containers: {
            mysqldb: cs.waiting('CreateContainerConfigError', 'secret "mysql-credentials" not found'),
            'istio-proxy': cs.running(T.iso(-19.2)),
          },
        }],
        unavailableSince: -19.5,
        endpointsChanged: -19.5,
      },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -19.5 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -19.4, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', first: -19.4, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -19.35, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -19.3, last: -0.6, count: 92, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Failed', message: 'Error: secret "mysql-credentials" not found', first: -19.3, last: -0.6, count: 92, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -19.25, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -19.25, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -19.2, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'mysqldb-v1#0/istio-proxy': envoyStart(-19.15),
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...mysqlLost(-18.7),
        ...mysqlLost(-11.2),
        ...mysqlLost(-2.4),
      ],
      'ratings-v2-mysql#0/istio-proxy': [
        tcpUH(-18.7, '%PODIP%:51872'),
        tcpUH(-11.2, '%PODIP%:40216'),
        tcpUH(-2.4, '%PODIP%:58830'),
      ],
      'reviews-v2#0/reviews': [
        `[${T.java(-60 * 24 * 9 + 0.5).replace(' ', 'T')}] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0002I: The kernel started after 2.871 seconds`,
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
      ],
      'reviews-v3#0/reviews': [
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 437`,
        `INFO:werkzeug:127.0.0.6 - - [${T.go(-2.3).replace(/^(\d+)\/(\d+)\/(\d+) /, (_, y, m, d) => `${d}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}/${y} `)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo-mysql.yaml: mysqldb-v1 (one replica, emptyDir data) takes
      MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd; bookinfo-ratings-v2-mysql.yaml points ratings v2 at
      mysqldb:3306. The Secret was removed earlier (a namespace clean-up) while the running mysqldb pod kept its env; when the
      cluster autoscaler scaled down the node it ran on, the replacement pod could not start its mysqldb container: the kubelet
      reports CreateContainerConfigError / 'Error: secret "mysql-credentials" not found' on every sync, while the istio-proxy
      sidecar (started independently) runs Ready. The mysqldb Service has no ready endpoint, Envoy in ratings-v2-mysql answers
      its MySQL connections with UH (no healthy upstream) and closes them, the mysql driver reports PROTOCOL_CONNECTION_LOST and
      ratings v2 answers 500; reviews v2/v3 then print "Ratings service is currently unavailable". ratings v1 (no database) still
      serves half of the ratings Service's traffic, so the symptom is intermittent and the loudest components are ratings and
      reviews. Deviations from upstream: the sidecar access log is enabled (meshConfig accessLogFile) and the old pod's
      node is gone; log lines are written in each runtime's format, not copied from a run.
    `,
  }),
];
