// Blind held-out batch s66b (split test): one Bookinfo scenario as a compact spec for scripts/s2-scenario-kit.mjs.
// System from scripts/kit-systems/bookinfo.mjs (bookinfoScenario selectors), reduced to the workloads this mesh runs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// This operator runs bookinfo.yaml plus bookinfo-mysql.yaml and bookinfo-ratings-v2-mysql.yaml (no details-v2):
// details-v1 owns the details Service; the ratings Service (selector app: ratings) selects ratings-v1 and ratings-v2-mysql.
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => w.name !== 'details-v2')
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ports: [{ name: 'http', port: 9080, targetPort: 9080 }] } } : w)),
};

const I = '2026-01-27T10:18:00Z';
const T = clock(I);
const NODE_MODULES = '/opt/microservices/node_modules/mysql/lib';
const denied = [
  "{ Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'root'@'127.0.0.6' (using password: YES)",
  `    at Handshake.Sequence._packetToError (${NODE_MODULES}/protocol/sequences/Sequence.js:47:14)`,
  `    at Handshake.ErrorPacket (${NODE_MODULES}/protocol/sequences/Handshake.js:123:18)`,
  `    at Protocol._parsePacket (${NODE_MODULES}/protocol/Protocol.js:291:23)`,
  `    at Parser._parsePacket (${NODE_MODULES}/protocol/Parser.js:433:10)`,
  `    at Parser.write (${NODE_MODULES}/protocol/Parser.js:43:10)`,
  `    at Protocol.write (${NODE_MODULES}/protocol/Protocol.js:38:16)`,
  `    at Socket.<anonymous> (${NODE_MODULES}/Connection.js:88:28)`,
  `    at Socket.<anonymous> (${NODE_MODULES}/Connection.js:526:10)`,
  '    at Socket.emit (events.js:198:13)',
  '    at addChunk (_stream_readable.js:288:12)',
  '    --------------------',
  `    at Protocol._enqueue (${NODE_MODULES}/protocol/Protocol.js:144:48)`,
  `    at Protocol.handshake (${NODE_MODULES}/protocol/Protocol.js:51:23)`,
  `    at Connection.connect (${NODE_MODULES}/Connection.js:116:18)`,
  '    at /opt/microservices/ratings.js:129:18',
  '    at Layer.handle [as handle_request] (/opt/microservices/node_modules/httpdispatcher/src/httpdispatcher.js:15:7)',
  "  code: 'ER_ACCESS_DENIED_ERROR',",
  '  errno: 1045,',
  '  sqlMessage:',
  "   'Access denied for user \\'root\\'@\\'127.0.0.6\\' (using password: YES)',",
  "  sqlState: '28000',",
  '  fatal: true }',
];
const mysqlTs = (min) => T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1' + '512Z');
const ep = (min) => `${T.go(min).replace(/\//g, '-')}+00:00`;
const liberty = (lines) => lines;
const urllib = (min, path, status, bytes) => `DEBUG:urllib3.connectionpool:http://${path.startsWith('/reviews') ? 'reviews' : 'details'}:9080 "GET ${path} HTTP/1.1" ${status} ${bytes}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's66b-stars-come-and-go',
    incidentTime: I,
    description:
      'book page: star ratings come and go, about half the reloads show "Ratings service is currently unavailable". @community can u have a look, noticed ~40 min ago. reviews text itself loads fine',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Bookinfo as scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo/platform/kube, sidecar-injected), running
      bookinfo.yaml without details-v2 plus bookinfo-mysql.yaml and bookinfo-ratings-v2-mysql.yaml: the ratings Service selects
      app: ratings, so ratings-v1 (static ratings) and ratings-v2-mysql share it. Upstream facts used: bookinfo-mysql.yaml
      gives mysqldb MYSQL_ROOT_PASSWORD from Secret mysql-credentials key rootpasswd (upstream value "password") on an emptyDir
      volume; bookinfo-ratings-v2-mysql.yaml hard-codes MYSQL_DB_USER root / MYSQL_DB_PASSWORD password in the Deployment;
      ratings.js opens a connection per request and on a connect error answers 500 {"error": "could not connect to ratings
      database"} after console.log(err); reviews (LibertyRestEndpoint) prints "Error: unable to contact ... got status of 500"
      and returns the review without stars, which productpage shows as "Ratings service is currently unavailable".
      Fault (deviation, the incident itself): the data team rotated rootpasswd in the Secret and deleted the mysqldb pod to pick
      it up; the replacement pod (about 41 min before the incident, same ReplicaSet) initialised a fresh datadir with the new
      root password, while ratings-v2-mysql still sends the literal "password" - every v2 request gets ER_ACCESS_DENIED_ERROR
      (errno 1045, from 127.0.0.6, the address Istio's inbound passthrough uses). MySQL's default log_error_verbosity does not
      log failed logins, so mysqldb's log shows only a clean initialisation. Every pod is Running and Ready; only ratings' own
      log and reviews' complaints show the fault, about half of the rating calls (the v1 half) succeed. Cause named:
      config-error on ratings (it starts and runs with credentials the database rejects); config-error on mysqldb is also
      accepted (the credentials changed on its side).`,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' } },
      'mysqldb-v1': { pods: [{ created: T.iso(-41.2) }], endpointsChanged: -40.4 },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -41.2 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -41.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', first: -41.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -41.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -41.0, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container mysqldb', first: -41.0, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container mysqldb', first: -41.0, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -41.0, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -41.0, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -41.0, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -40.9, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'mysqldb-v1#0/mysqldb': [
        `${ep(-40.98)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.36-1.el8 started.`,
        `${ep(-40.97)} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
        `${ep(-40.96)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.36-1.el8 started.`,
        `${ep(-40.95)} [Note] [Entrypoint]: Initializing database files`,
        `${mysqlTs(-40.94)} 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.36) initializing of server in progress as process 80`,
        `${mysqlTs(-40.9)} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
        `${mysqlTs(-40.85)} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
        `${mysqlTs(-40.8)} 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.`,
        `${ep(-40.7)} [Note] [Entrypoint]: Database files initialized`,
        `${ep(-40.7)} [Note] [Entrypoint]: Starting temporary server`,
        `${mysqlTs(-40.66)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL.`,
        `${ep(-40.65)} [Note] [Entrypoint]: Temporary server started.`,
        `${ep(-40.6)} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql`,
        '',
        `${ep(-40.58)} [Note] [Entrypoint]: Stopping temporary server`,
        `${mysqlTs(-40.57)} 12 [System] [MY-013172] [Server] Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.0.36).`,
        `${mysqlTs(-40.52)} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.`,
        `${ep(-40.5)} [Note] [Entrypoint]: Temporary server stopped`,
        '',
        `${ep(-40.5)} [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
        '',
        `${mysqlTs(-40.48)} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1`,
        `${mysqlTs(-40.46)} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
        `${mysqlTs(-40.44)} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
        `${mysqlTs(-40.42)} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.`,
        `${mysqlTs(-40.42)} 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.`,
        `${mysqlTs(-40.41)} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
        `${mysqlTs(-40.4)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...denied, ...denied, ...denied, ...denied, ...denied,
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': liberty([
        'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240115-1638) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.118 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.412 seconds.',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
      ]),
      'reviews-v3#0/reviews': liberty([
        'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240115-1638) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.245 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.871 seconds.',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
        'Error: unable to contact http://ratings:9080/ratings got status of 500',
      ]),
      'productpage-v1#0/productpage': [
        urllib(-3.2, '/details/0', 200, 178),
        urllib(-3.2, '/reviews/0', 200, 358),
        urllib(-1.9, '/details/0', 200, 178),
        urllib(-1.9, '/reviews/0', 200, 437),
        urllib(-0.7, '/details/0', 200, 178),
        urllib(-0.7, '/reviews/0', 200, 358),
      ],
    },
  }),
];
