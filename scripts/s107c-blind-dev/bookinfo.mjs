// Blind dev batch s107c: one Bookinfo scenario (config-error) on the kit system scripts/kit-systems/bookinfo.mjs.
// ratings-v2-mysql given a MySQL user that does not exist (kubectl set env); reviews and productpage report ratings down.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-05-21T16:05:00Z';
const T = clock(IT);
const nodeErr = (ip) => [
  `{ Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'bookinfo'@'${ip}' (using password: YES)`,
  '    at Handshake.Sequence._packetToError (/opt/microservices/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)',
  '    at Handshake.ErrorPacket (/opt/microservices/node_modules/mysql/lib/protocol/sequences/Handshake.js:123:18)',
  '    at Protocol._parsePacket (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:291:23)',
  '  code: \'ER_ACCESS_DENIED_ERROR\',',
  '  errno: 1045,',
  `  sqlMessage: 'Access denied for user \\'bookinfo\\'@\\'${ip}\\' (using password: YES)',`,
  '  sqlState: \'28000\',',
  '  fatal: true }',
];
const envoy = (min, path, code, flags, up) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 358 : 46} 6 5 "-" "Apache-CXF/3.1.18" "2f1b7c0e-8d31-9c7a-a41e-6b0e3c5d${up}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:0 %PODIP%:9080 %IPOF:reviews-v2#0%:0 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's107c-ratings-mysql-user',
    incidentTime: IT,
    description: 'bookinfo reviews show "Ratings service is currently unavailable" since about half an hour ago. details + reviews text fine. community team did some db creds cleanup today',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'bad-credentials', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      bookinfo-ratings-v2-mysql.yaml passes MYSQL_DB_USER/MYSQL_DB_PASSWORD (root/password) to ratings.js, which opens
      a mysql connection per request and answers 500 {"error":"could not connect to ratings database"} after
      console.log(err) when the connect fails (istio/istio samples/bookinfo/src/ratings/ratings.js). Here a credentials
      cleanup ran \`kubectl set env deploy/ratings-v2-mysql MYSQL_DB_USER=bookinfo\` (revision 4, 31 minutes before),
      meaning to move off root, but no such user was created in mysqldb: every connect fails with
      ER_ACCESS_DENIED_ERROR 1045 (mysql npm error object as node prints it). The ratings pod keeps its Ready state (no
      probes upstream); reviews-v2/v3 print their "Error: unable to contact ratings for book" path and show "Ratings
      service is currently unavailable". mysqldb (MySQL 8 at log_error_verbosity 2) logs no access-denied notes.
      Deviation from upstream: the ratings Service selects app=ratings, so ratings-v1 answers some requests fine.`,
    workloads: {
      'ratings-v2-mysql': {
        rollout: { at: -31, oldContainers: { ratings: { env: [{ name: 'DB_TYPE', value: 'mysql' }, { name: 'MYSQL_DB_HOST', value: 'mysqldb' }, { name: 'MYSQL_DB_PORT', value: '3306' }, { name: 'MYSQL_DB_USER', value: 'root' }, { name: 'MYSQL_DB_PASSWORD', value: 'password' }] } } },
        containers: { ratings: { env: [{ name: 'DB_TYPE', value: 'mysql' }, { name: 'MYSQL_DB_HOST', value: 'mysqldb' }, { name: 'MYSQL_DB_PORT', value: '3306' }, { name: 'MYSQL_DB_USER', value: 'bookinfo' }, { name: 'MYSQL_DB_PASSWORD', value: 'password' }] } },
      },
    },
    events: [
      { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v2-mysql-%NEW% to 1', first: -31 },
      { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v2-mysql-%OLD% to 0 from 1', first: -30 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...nodeErr('%PODIP%'), ...nodeErr('%PODIP%'), ...nodeErr('%PODIP%')],
      'ratings-v2-mysql#0/istio-proxy': [envoy(-28, '/ratings/0', 500, '-', '11aa'), envoy(-6, '/ratings/0', 500, '-', '22bb')],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.412 seconds.`,
        'Error: unable to contact ratings:9080 got status of 500',
        'Error: unable to contact ratings:9080 got status of 500',
      ],
      'reviews-v3#0/reviews': [
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.988 seconds.`,
        'Error: unable to contact ratings:9080 got status of 500',
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [21/May/2026 15:40:11] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [21/May/2026 16:01:42] "GET /productpage HTTP/1.1" 200 -`,
      ],
      'mysqldb-v1#0/mysqldb': [
        `${T.isoMs(-60 * 24 * 9).replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.40'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
    },
  }),
];
