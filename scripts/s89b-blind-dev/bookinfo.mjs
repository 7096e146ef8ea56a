// Blind dev batch s89b (Bookinfo): one scenario, built by scripts/s89b-build.mjs with the kit system definition.
// ratings-v2-mysql's MYSQL_DB_PORT edited to 33060 (MySQL X Protocol port, not on the mysqldb Service): half the ratings calls fail.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-08-19T14:05:00Z';
const T = clock(INC);
const envNew = [
  { name: 'DB_TYPE', value: 'mysql' },
  { name: 'MYSQL_DB_HOST', value: 'mysqldb' },
  { name: 'MYSQL_DB_PORT', value: '33060' },
  { name: 'MYSQL_DB_USER', value: 'root' },
  { name: 'MYSQL_DB_PASSWORD', value: 'password' },
];
const envOld = envNew.map((e) => (e.name === 'MYSQL_DB_PORT' ? { ...e, value: '3306' } : e));
const nodeErr = [
  'Error: Connection lost: The server closed the connection.',
  '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)',
  '    at Socket.emit (node:events:529:35)',
  '    at endReadableNT (node:internal/streams/readable:1400:12)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {',
  '  fatal: true,',
  "  code: 'PROTOCOL_CONNECTION_LOST'",
  '}',
];
const ratingsV2 = ['Server listening on: http://0.0.0.0:9080'];
for (let i = 0; i < 5; i++) ratingsV2.push(...nodeErr);
const envoy = (min, code, flags, dur, dst, up) => `[${T.isoMs(min)}] "- - -" 0 ${flags} - - "-" 0 0 ${dur} - "-" "-" "-" "-" "${up}" ${dst} - ${up} %PODIP%:${41000 + Math.round(-min * 37)} - -`;
const ratingsProxy = [
  `${T.isoMs(-24.4)}\tinfo\tEnvoy proxy is ready`,
  envoy(-21.6, 0, 'UF,URX', 10001, 'PassthroughCluster', '%SVCIP:mysqldb%:33060'),
  envoy(-15.2, 0, 'UF,URX', 10002, 'PassthroughCluster', '%SVCIP:mysqldb%:33060'),
  envoy(-9.8, 0, 'UF,URX', 10001, 'PassthroughCluster', '%SVCIP:mysqldb%:33060'),
  envoy(-3.1, 0, 'UF,URX', 10001, 'PassthroughCluster', '%SVCIP:mysqldb%:33060'),
];
const reviewsLog = (v) => [
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.912 seconds.',
  'Error: unable to contact http://ratings:9080/ratings got status of 500',
  'Error: unable to contact http://ratings:9080/ratings got status of 500',
  'Error: unable to contact http://ratings:9080/ratings got status of 500',
  ...(v === 'v3' ? ['Error: unable to contact http://ratings:9080/ratings got status of 500'] : []),
];
const productpage = [
  `INFO:werkzeug:${'127.0.0.6'} - - [19/Aug/2026 13:44:12] "GET /productpage HTTP/1.1" 200 -`,
  `INFO:werkzeug:${'127.0.0.6'} - - [19/Aug/2026 13:51:40] "GET /productpage HTTP/1.1" 200 -`,
  `INFO:werkzeug:${'127.0.0.6'} - - [19/Aug/2026 13:58:03] "GET /productpage HTTP/1.1" 200 -`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's89b-ratings-mysql-xprotocol-port',
    incidentTime: INC,
    description: 'bookinfo: star ratings show "Ratings service is currently unavailable" on about half the page loads since 13:40. mysql looks fine',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Istio Bookinfo samples (bookinfo-ratings-v2-mysql.yaml: DB_TYPE=mysql, MYSQL_DB_HOST=mysqldb, MYSQL_DB_PORT=3306; bookinfo-mysql.yaml:
      Service mysqldb port 3306 only). The ratings Service selects app=ratings, so ratings-v1 (static ratings) and ratings-v2-mysql share it.
      Fault: someone "upgraded" MYSQL_DB_PORT to 33060, the MySQL X Protocol port (MySQL docs: mysqlx_port default 33060), which the
      mysqldb Service does not expose. ratings.js reads the env at start but only connects per request, so the new pod starts and is Ready;
      each request's connection goes through the sidecar's PassthroughCluster to <mysqldb ClusterIP>:33060, which kube-proxy has no rule for,
      Envoy's upstream connect fails after 10 s (UF,URX) and the node mysql client reports PROTOCOL_CONNECTION_LOST; ratings answers 500 and
      reviews-v2/v3 print "unable to contact ... got status of 500" while productpage still answers 200 (ratings is optional on the page).
      Requests routed to ratings-v1 keep working, hence "about half". The change shipped as a rollout of ratings-v2-mysql (env only).
      Deviations from upstream: MYSQL_DB_PORT=33060; no VirtualService splitting traffic; Envoy access log lines abbreviated.`,
    workloads: {
      'ratings-v2-mysql': {
        containers: { ratings: { env: envNew } },
        rollout: { at: -25, revision: 2, oldContainers: { ratings: { env: envOld } } },
      },
    },
    events: [
      { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v2-mysql-%NEW% to 1', first: -25 },
      { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v2-mysql-%OLD% to 0 from 1', first: -24 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ratingsV2,
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy,
      'reviews-v2#0/reviews': reviewsLog('v2'),
      'reviews-v3#0/reviews': reviewsLog('v3'),
      'productpage-v1#0/productpage': productpage,
    },
  }),
];
