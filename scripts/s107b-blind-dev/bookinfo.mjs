// Blind dev batch s107b: one Bookinfo scenario (ratings-v2-mysql keeps a dead MySQL connection after mysqldb was restarted),
// built by scripts/s107b-build.mjs with the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario selectors).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const incidentTime = '2026-05-16T08:30:00Z';
const T = clock(incidentTime);
const rat = [];
for (let m = -20; m < -0.5; m += 1.5) rat.push('Error: Cannot enqueue Query after fatal error.', '    at Protocol._validateEnqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:212:16)', '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:138:13)', '    at Connection.query (/opt/microservices/node_modules/mysql/lib/Connection.js:198:25)', '    at /opt/microservices/ratings.js:137:18');
const rev = [];
for (let m = -20; m < -0.5; m += 2) rev.push(`[${T.java(m)}] 0000004${Math.round(-m)} SystemErr  R Error: unable to contact ratings:9080 got status of 500`);
const env = (min, code, flags, path, up) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 500 ? 98 : 48} 3 2 "-" "Apache-CXF/3.1.18" "7c1e9f0a-2b4d-9a3e-bd51-0e6f2a9c4d18" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local 192.168.41.17:51230 10.100.23.41:9080 192.168.41.17:37314 - default`;
export const scenarios = [
  bookinfoScenario({
    folder: 's107b-ratings-dead-mysql-conn',
    incidentTime,
    description: 'book page says "Ratings service is currently unavailable" since the mysql maintenance last night (around 08:10?). mysql is back and healthy, reviews team says not them',
    expected: { component: 'ratings', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: ratings-v2 (ratings.js) opens one mysql.createConnection() at start and never reconnects. mysqldb was restarted
      (its pod recreated on another node, emptyDir re-seeded by the image) ~20 minutes before; the old connection got
      PROTOCOL_CONNECTION_LOST and every later query fails with "Cannot enqueue Query after fatal error." (mysqljs/mysql issue
      #900 and README "Server disconnects"). ratings returns 500; its pod has no probe in the mesh beyond the sidecar and stays
      Ready. reviews-v2/v3 log "Error: unable to contact ratings" and productpage shows "Ratings service is currently unavailable".
      Manifest facts: bookinfo-ratings-v2-mysql.yaml MYSQL_DB_HOST=mysqldb, DB_TYPE=mysql; reviews RATINGS at ratings:9080.
      Decoy: the recreated mysqldb pod (new, healthy, fresh events) is the obvious suspect. Deviation: the mysqldb restart is
      expressed as a pod created 22 minutes before with its scheduling events.
    `,
    workloads: {
      'mysqldb-v1': { pods: [{ created: T.iso(-22) }] },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -22 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -21.8 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container mysqldb', first: -21.7 },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -22.1 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'Error: Connection lost: The server closed the connection.', '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)', ...rat],
      'reviews-v2#0/reviews': rev,
      'reviews-v3#0/reviews': rev,
      'reviews-v3#0/istio-proxy': [-12, -8, -4, -1].map((m) => env(m, 500, '-', '/ratings/0', '192.168.72.33:9080')),
      'mysqldb-v1#0/mysqldb': [`${T.isoMs(-21.5).replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`],
      'productpage-v1#0/productpage': [-10, -5, -2].map((m) => `INFO:werkzeug:127.0.0.6 - - [${T.go(m)}] "GET /productpage HTTP/1.1" 200 -`),
    },
  }),
];
