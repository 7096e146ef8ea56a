// Batch s43b (blind dev): one Bookinfo incident on the kit system scripts/kit-systems/bookinfo.mjs, reduced to the MySQL variant.
// mysqldb is restarted after its root password Secret was rotated; ratings-v2-mysql still connects with the old hard-coded password.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

// details-v1 (owning the details Service), ratings-v2-mysql (owning ratings), reviews v1-v3, productpage, mysqldb.
const KEEP = ['details-v1', 'ratings-v2-mysql', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1', 'mysqldb-v1'];
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w)),
};
const [N0, N1, N2] = system.nodes.map((n) => n.name);
const T = clock('2026-07-02T14:10:00Z');
const mysqlAnn = system.workloads.find((w) => w.name === 'mysqldb-v1').podAnnotations;

const denied = (min, ip) => [
  `{ Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'root'@'${ip}' (using password: YES)`,
  '    at Handshake.Sequence._packetToError (/opt/microservices/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)',
  '    at Handshake.ErrorPacket (/opt/microservices/node_modules/mysql/lib/protocol/sequences/Handshake.js:123:18)',
  '    at Protocol._parsePacket (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:291:23)',
  '    at Parser._parsePacket (/opt/microservices/node_modules/mysql/lib/protocol/Parser.js:433:10)',
  '    at Parser.write (/opt/microservices/node_modules/mysql/lib/protocol/Parser.js:43:10)',
  '    at Protocol.write (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:38:16)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:88:28)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)',
  '    at Socket.emit (events.js:198:13)',
  '    at addChunk (_stream_readable.js:288:12)',
  '    --------------------',
  '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
  '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
  '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)',
  '    at /opt/microservices/ratings.js:143:20',
  "  code: 'ER_ACCESS_DENIED_ERROR',",
  '  errno: 1045,',
  `  sqlMessage: "Access denied for user 'root'@'${ip}' (using password: YES)",`,
  "  sqlState: '28000',",
  '  fatal: true }',
];
const MINS = [-24.6, -22.9, -20.4, -18.8, -16.1, -13.7, -11.2, -9.5, -7.3, -5.0, -3.1, -1.2];
const ratingsApp = ['Server listening on: http://0.0.0.0:9080', ...MINS.flatMap((m) => denied(m, '%PODIP%'))];
const envoyRatings = MINS.map((m, i) => `[${T.isoMs(m - 0.002)}] "GET /ratings/0 HTTP/1.1" 500 - via_upstream - "-" 0 59 ${3 + (i % 4)} ${2 + (i % 3)} "-" "Apache-CXF/3.1.18" "${['4f0e','9a17','c2d3','0b8e','77aa','e514','3d90','a6c1','58f2','1e4b','d07c','6b39'][i]}6c2a-1d3b-9e8f-b2a4-5c7d1e9f0a3${i % 10}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${40111 + i * 17} %PODIP%:9080 ${i % 2 ? '%IPOF:reviews-v2#0%' : '%IPOF:reviews-v3#0%'}:${51200 + i * 31} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
const reviewsErr = (mins) => mins.map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 500');

export const scenarios = [
  {
    folder: 's43b-ratings-mysql-password-rotated',
    incidentTime: '2026-07-02T14:10:00Z',
    description: "book pages show 'Ratings service is currently unavailable' instead of stars since ~13:45",
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['bad-credentials', 'pods-ready', 'decoy', 'time-expression'],
    grounding: `
      istio/istio samples/bookinfo: bookinfo-mysql.yaml (mysqldb-v1, MYSQL_ROOT_PASSWORD from Secret mysql-credentials/rootpasswd,
      data on an emptyDir, so each new pod re-runs the init scripts with the current Secret) and bookinfo-ratings-v2-mysql.yaml
      (MYSQL_DB_USER root, MYSQL_DB_PASSWORD "password" as a literal env value). ratings.js opens a mysql connection per request and on
      error answers 500 {"error":"could not connect to ratings database"} and console.logs the mysql module's error object;
      reviews v2/v3 (LibertyRestEndpoint) print "Error: unable to contact http://ratings:9080/ratings got status of 500" and render
      "Ratings service is currently unavailable". Incident: the security team rotates mysql-credentials and runs
      kubectl rollout restart on mysqldb-v1 at 13:44; the new mysqld initialises with the new root password, and every ratings
      request since fails with ER_ACCESS_DENIED_ERROR (errno 1045, sqlState 28000). Every pod is Ready and nothing restarts; the
      Secret is not in the snapshot, only the mysqldb restart and the literal password in ratings' env. Envoy access-log lines in
      Istio's default TEXT format. Decoy: reviews-v1 OOMKilled three days ago. Reduction: details-v1 serves details, ratings-v1 and
      details-v2 are not deployed (ratings moved to the MySQL backend).`,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' }, pods: [{ node: N0 }] },
      'ratings-v2-mysql': { serviceSelector: { app: 'ratings' }, pods: [{ node: N1 }] },
      'reviews-v1': { serviceSelector: { app: 'reviews' }, pods: [{ node: N2, containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 71), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 71 - 0.3) } }) } }] },
      'reviews-v2': { pods: [{ node: N0 }] },
      'reviews-v3': { serviceSelector: { app: 'reviews' }, pods: [{ node: N1 }] },
      'productpage-v1': { serviceSelector: { app: 'productpage' }, pods: [{ node: N2 }] },
      'mysqldb-v1': {
        serviceSelector: { app: 'mysqldb' },
        patch: { podAnnotations: { ...mysqlAnn, 'kubectl.kubernetes.io/restartedAt': T.iso(-26.5) } },
        rollout: { at: -26.4, revision: 2, oldPatch: { podAnnotations: mysqlAnn } },
        pods: [{ node: N2 }],
      },
    },
    events: [
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -26.4 },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: -25.3 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{mysqldb}', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -26.0 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', fieldPath: 'spec.containers{mysqldb}', message: 'Started container mysqldb', first: -25.9 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ratingsApp,
      'ratings-v2-mysql#0/istio-proxy': envoyRatings,
      'reviews-v2#0/reviews': reviewsErr(MINS.filter((_, i) => i % 2)),
      'reviews-v3#0/reviews': reviewsErr(MINS.filter((_, i) => !(i % 2))),
      'mysqldb-v1#0/mysqldb': [
        `${T.java(-25.9).slice(0, 19)}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.33-1.el8 started.`,
        `${T.java(-25.9).slice(0, 19)}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
        `${T.java(-25.85).slice(0, 19)}+00:00 [Note] [Entrypoint]: Initializing database files`,
        `${T.java(-25.6).slice(0, 19)}+00:00 [Note] [Entrypoint]: Database files initialized`,
        `${T.java(-25.5).slice(0, 19)}+00:00 [Note] [Entrypoint]: Starting temporary server`,
        `${T.java(-25.4).slice(0, 19)}+00:00 [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql`,
        `${T.java(-25.3).slice(0, 19)}+00:00 [Note] [Entrypoint]: Stopping temporary server`,
        `${T.java(-25.2).slice(0, 19)}+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
        `${T.isoMs(-25.1).replace('Z', '000Z')} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.33) starting as process 1`,
        `${T.isoMs(-25.0).replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.33'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
      'productpage-v1#0/productpage': [
        '[2026-06-28 09:12:40 +0000] [1] [INFO] Starting gunicorn 22.0.0',
        '[2026-06-28 09:12:40 +0000] [1] [INFO] Listening at: http://[::]:9080 (1)',
        '[2026-06-28 09:12:40 +0000] [1] [INFO] Using worker: gevent',
        ...MINS.flatMap((m, i) => [
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
          'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
          `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 2 ? 358 : 379}`,
        ]),
      ],
    },
  },
];
