// Batch s61b (blind dev): one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// Fault: the mysqldb Service port renamed `http`, so the sidecars speak HTTP to a server-first MySQL and the handshake hangs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const INC = '2026-07-08T09:17:00Z';
const T = clock(INC);
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const libertyTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `[${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${T.isoMs(min).slice(11, 19)}:${T.isoMs(min).slice(20, 23)} UTC]`;
};
const webrickTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.isoMs(min).slice(11, 19)} UTC`;
};
const NODE_MODS = '/opt/microservices/node_modules/mysql/lib';

// ratings.js (v2, DB_TYPE=mysql) opens one connection per request and console.log(err)s a failed connect (Node 12 inspect).
const handshakeTimeout = [
  'Error: Handshake inactivity timeout',
  `    at Handshake.<anonymous> (${NODE_MODS}/protocol/Protocol.js:160:17)`,
  '    at Handshake.emit (events.js:315:20)',
  `    at Handshake._onTimeout (${NODE_MODS}/protocol/sequences/Sequence.js:124:8)`,
  `    at Timer._onTimeout (${NODE_MODS}/protocol/Timer.js:32:23)`,
  '    at listOnTimeout (internal/timers.js:549:17)',
  '    at processTimers (internal/timers.js:492:7)',
  '    --------------------',
  `    at Protocol._enqueue (${NODE_MODS}/protocol/Protocol.js:144:48)`,
  `    at Protocol.handshake (${NODE_MODS}/protocol/Protocol.js:51:23)`,
  `    at Connection.connect (${NODE_MODS}/Connection.js:116:18)`,
  '    at /opt/microservices/ratings.js:127:18',
  '    at /opt/microservices/ratings.js:254:7',
  '    at Server.<anonymous> (/opt/microservices/ratings.js:293:5)',
  '    at Server.emit (events.js:315:20)',
  '    at parserOnIncoming (_http_server.js:790:12)',
  '    at HTTPParser.parserOnHeadersComplete (_http_common.js:119:17) {',
  "  code: 'PROTOCOL_SEQUENCE_TIMEOUT',",
  '  fatal: true,',
  '  timeout: 10000',
  '}',
];
const ratingsLog = ['Server listening on: http://0.0.0.0:9080'];
for (let i = 0; i < 26; i++) ratingsLog.push(...handshakeTimeout);

const reviewsLog = [
  'Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on Eclipse OpenJ9 VM, version 11.0.19+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v3:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.846 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, json-1.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.937 seconds.',
];
for (const m of range(-23.6, -0.2, 0.9)) reviewsLog.push('[err] Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out');

const productLog = [];
for (const m of range(-40, -0.2, 0.9)) {
  const slow = m > -23.7;
  productLog.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  productLog.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  productLog.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  productLog.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${slow ? 379 : 525}`);
}

const detailsLog = [`[${T.isoMs(-60 * 24 * 9 + 0.3).slice(0, 19).replace('T', ' ')}] INFO  WEBrick 1.6.1`, `[${T.isoMs(-60 * 24 * 9 + 0.3).slice(0, 19).replace('T', ' ')}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`, `[${T.isoMs(-60 * 24 * 9 + 0.3).slice(0, 19).replace('T', ' ')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`];
for (const m of range(-30, -0.2, 0.9)) detailsLog.push(`127.0.0.6 - - [${webrickTs(m)}] "GET /details/0 HTTP/1.1" 200 178`, '- -> /details/0');

const mysqlBoot = T.isoMs(-60 * 24 * 9 + 0.3).replace(/Z$/, '000Z');
const mysqlLog = [
  `${T.iso(-60 * 24 * 9 + 0.3).replace('T', ' ').replace('Z', '+00:00')} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.33-1.el8 started.`,
  `${T.iso(-60 * 24 * 9 + 0.3).replace('T', ' ').replace('Z', '+00:00')} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
  `${mysqlBoot} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.33) starting as process 1`,
  `${mysqlBoot} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
  `${mysqlBoot} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
  `${mysqlBoot} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.`,
  `${mysqlBoot} 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.`,
  `${mysqlBoot} 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.`,
  `${mysqlBoot} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
  `${mysqlBoot} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.33'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's61b-mysqldb-port-renamed-http-server-first',
    description: 'bookinfo: no stars on the product page since about 08:53, reviews say "Ratings service is currently unavailable". mysql pod looks healthy. community team says nothing changed on their side',
    incidentTime: INC,
    expected: { component: 'mysqldb', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'network-fault' },
      { component: 'mysqldb', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube): bookinfo-mysql.yaml names the mysqldb Service port \`tcp\`
      (3306); bookinfo-ratings-v2-mysql.yaml points ratings at MYSQL_DB_HOST=mysqldb:3306; the namespace is sidecar-injected and,
      as the samples' virtual-service-ratings-mysql.yaml does, reviews traffic goes to v3 and ratings traffic to v2-mysql
      (VirtualServices are not part of the snapshot). ratings.js opens one mysql (mysqljs) connection per request and on a
      connect error answers 500 and console.logs the error; reviews v3 (red stars) gives ratings a 2500 ms timeout and prints
      "Error: unable to contact http://ratings:9080/ratings got exception ..." to System.err (Liberty's console prefixes [err]).
      Fault: at 08:53 the data team re-applied mysqldb through a shared chart whose Service template names every port \`http\`
      (managedFields of the Service show the update). Istio selects the protocol from the port name (Istio docs "Protocol
      Selection"; "Server First Protocols": MySQL sends the first bytes, so it must be declared TCP), so every sidecar now
      builds an HTTP listener for mysqldb:3306: the client side waits for an HTTP request that never comes, MySQL never sees a
      connection, and ratings' handshake dies after mysqljs' 10 s connectTimeout with PROTOCOL_SEQUENCE_TIMEOUT "Handshake
      inactivity timeout". mysqldb stays Running and Ready with no errors and no new connection in its log; its Endpoints are
      intact (this is not a targetPort or selector problem). ratings-v2-mysql and reviews-v3 are the loud ones.
      Decoy: productpage-v1 was rolled from 1.20.1 to 1.20.2 fifty minutes ago, healthy (ScalingReplicaSet events).
      Deviations from upstream: the mysqldb Service port name (the fault); productpage image 1.20.2 (the decoy rollout).
    `,
    workloads: {
      'mysqldb-v1': { servicePorts: [{ name: 'http', port: 3306, targetPort: 3306 }] },
      'productpage-v1': {
        rollout: { at: -50, oldContainers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1' } } },
        containers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.2' } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -50 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -49.2 },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -50 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -49.9 },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.2"', fieldPath: 'spec.containers{productpage}', first: -49.8 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.2" in 6.204s (6.204s including waiting). Image size: 62093817 bytes.', fieldPath: 'spec.containers{productpage}', first: -49.7 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', fieldPath: 'spec.containers{productpage}', first: -49.7 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ratingsLog,
      'reviews-v3#0/reviews': reviewsLog,
      'productpage-v1#0/productpage': productLog,
      'details-v2#0/details': detailsLog,
      'mysqldb-v1#0/mysqldb': mysqlLog,
    },
  }),
];
