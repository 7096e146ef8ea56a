// Blind dev batch s77b: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by scripts/s77b-build.mjs.
// mysqldb stalls every new connection on a reverse-DNS lookup of the sidecar's 127.0.0.6 source; ratings-v2-mysql and reviews-v3 are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-04-14T08:47:00Z';
const T = clock(INC);
const NS = 'bookinfo';

// MySQL 8.0 error log (log_error_verbosity 2): `<iso µs>Z <thread> [<Prio>] [MY-xxxxxx] [<Subsys>] <msg>`.
const my = (min, thread, prio, code, sub, msg) => `${T.isoMs(min).replace('Z', '')}${String(Math.abs(Math.round(min * 7919)) % 1000).padStart(3, '0')}Z ${thread} [${prio}] [${code}] [${sub}] ${msg}`;
const mysqlLog = [
  my(-60 * 24 * 6 + 0.4, 0, 'System', 'MY-010116', 'Server', '/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1'),
  my(-60 * 24 * 6 + 0.42, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
  my(-60 * 24 * 6 + 0.45, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
  my(-60 * 24 * 6 + 0.48, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
  my(-60 * 24 * 6 + 0.48, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
  my(-60 * 24 * 6 + 0.49, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
  my(-60 * 24 * 6 + 0.5, 0, 'System', 'MY-011323', 'Server', 'X Plugin ready for connections. Bind-address: \'::\' port: 33060, socket: /var/run/mysqld/mysqlx.sock'),
  my(-60 * 24 * 6 + 0.5, 0, 'System', 'MY-010931', 'Server', "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
];
// From 08:14 every new connection (ratings-v2 opens one per request) waits on getnameinfo() for the inbound sidecar's source 127.0.0.6.
let thr = 48190;
for (let m = -32.6; m < -0.2; m += 1.37) {
  mysqlLog.push(my(m, thr++, 'Warning', 'MY-010055', 'Server', "IP address '127.0.0.6' could not be resolved: Temporary failure in name resolution"));
  if (Math.round(m * 10) % 3 === 0) mysqlLog.push(my(m + 0.4, thr++, 'Warning', 'MY-010055', 'Server', "IP address '127.0.0.6' could not be resolved: Temporary failure in name resolution"));
}

// ratings-v2 (node, mysqljs): one connection per GET, 500 {"error":"could not connect to ratings database"} and console.log(err) on failure.
const etimedout = [
  'Error: connect ETIMEDOUT',
  '    at Connection._handleConnectTimeout (/opt/microservices/node_modules/mysql/lib/Connection.js:409:13)',
  '    at Object.onceWrapper (events.js:421:28)',
  '    at Socket.emit (events.js:315:20)',
  '    at Socket._onTimeout (net.js:481:8)',
  '    at listOnTimeout (internal/timers.js:554:17)',
  '    at processTimers (internal/timers.js:497:7)',
  '    --------------------',
  '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
  '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
  '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)',
  '    at /opt/microservices/ratings.js:91:18',
  '    at Dispatcher.dispatch (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:95:5)',
  '    at Server.handleRequest (/opt/microservices/ratings.js:240:16)',
  '    at Server.emit (events.js:315:20)',
  '    at parserOnIncoming (_http_server.js:874:12) {',
  "  errorno: 'ETIMEDOUT',",
  "  code: 'ETIMEDOUT',",
  "  syscall: 'connect',",
  '  fatal: true',
  '}',
];
const ratingsV2 = ['Server listening on: http://0.0.0.0:9080'];
for (let m = -31.9; m < -0.5; m += 2.9) ratingsV2.push(...etimedout);

// reviews-v3 (Liberty, star_color red: 2500 ms client timeout); System.out goes to the container's console.
const lib = (min, msg) => `[${T.java(min).replace(/-/g, '/').replace(' ', ' ')}] ${msg}`;
const reviewsV3 = [
  'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240122-1501) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v3:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.412 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.101 seconds.',
];
for (let m = -32.2, p = 0; m < -0.3; m += 0.83, p++) {
  reviewsV3.push(`Error: unable to contact http://ratings:9080/ratings got exception jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/${p % 7 === 3 ? 1 : 0}: Read timed out`);
}
void lib;

// productpage (Flask under gevent, logging.DEBUG): urllib3 debug lines and the WSGI access line; reviews answers after its 2.5 s timeout.
const pp = [];
const wsgiTime = (min) => { const d = new Date(Date.parse(T.iso(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/Apr/2026 ${T.java(min).slice(11, 19)}`; };
for (let m = -44; m < -0.2; m += 1.1) {
  const slow = m > -33;
  pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
  pp.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
  pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
  pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${slow ? 375 : 437}`);
  pp.push(`::ffff:127.0.0.6 - - [${wsgiTime(m)}] "GET /productpage HTTP/1.1" 200 ${slow ? 4961 : 5293} ${slow ? (2.55 + (Math.abs(m * 13) % 10) / 100).toFixed(6) : (0.04 + (Math.abs(m * 7) % 10) / 1000).toFixed(6)}`);
}

const wb = `[${T.java(-60 * 24 * 9 + 0.4).slice(0, 19)}]`;
const details = [`${wb} INFO  WEBrick 1.7.0`, `${wb} INFO  ruby 3.1.2 (2022-04-12) [x86_64-linux]`, `${wb} INFO  WEBrick::HTTPServer#start: pid=1 port=9080`];
for (let m = -44; m < -0.2; m += 1.1) details.push(`127.0.0.6 - - [14/Apr/2026:${T.java(m).slice(11, 19)} UTC] "GET /details/0 HTTP/1.1" 200 178`, '- -> /details/0');

export const scenarios = [
  bookinfoScenario({
    folder: 's77b-mysqldb-ptr-lookup-stall',
    incidentTime: INC,
    description: 'bookinfo product page says "Ratings service is currently unavailable" and takes ~3s to load, since around 08:15. details are fine',
    expected: { component: 'mysqldb', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'mysqldb-v1': { since: -60 * 24 * 6 },
      // decoy: productpage moved 1.19.1 -> 1.20.1 yesterday, healthy since.
      'productpage-v1': {
        rollout: { at: -60 * 26, revision: 3, oldContainers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.19.1' } } },
      },
    },
    logs: {
      'mysqldb-v1#0/mysqldb': mysqlLog,
      'ratings-v2-mysql#0/ratings': ratingsV2,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v3#0/reviews': reviewsV3,
      'productpage-v1#0/productpage': ['INFO:root:start at port 9080', ...pp],
      'details-v1#0/details': details,
    },
    configMaps: [
      { name: 'istio-ca-root-cert', keys: ['root-cert.pem'] },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    grounding: `
      Manifests: istio/istio samples/bookinfo (bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml, bookinfo-mysql.yaml) as scripts/kit-systems/bookinfo.mjs
      renders them, sidecar-injected (Istio 1.23). The namespace also runs the upstream sample routing
      samples/bookinfo/networking/virtual-service-ratings-mysql.yaml (reviews -> v3, ratings -> v2-mysql; not a kind the snapshot
      holds), so every ratings call goes to ratings-v2-mysql, which opens a new MySQL connection per request (ratings.js
      createConnection/connect, 500 {"error":"could not connect to ratings database"} and console.log(err) on failure).
      Fault: mysqld runs with the default skip_name_resolve=OFF, so on each new connection it reverse-resolves the client address
      before sending the handshake. Under Istio >= 1.10 inbound traffic reaches the app from 127.0.0.6 (inbound passthrough), which
      MySQL does not treat as loopback (only 127.0.0.1/::1), so every connection does a PTR lookup through CoreDNS. At about 08:14 the
      platform team added an in-addr.arpa stanza to the CoreDNS Corefile forwarding reverse zones to a corporate resolver that is
      being decommissioned (kube-system, not in the snapshot); PTR queries now time out, getnameinfo() returns EAI_AGAIN after the
      resolver timeout and mysqld logs MY-010055 "IP address '127.0.0.6' could not be resolved: Temporary failure in name resolution"
      for each connection (the MySQL manual's "DNS Lookups and the Host Cache": transient errors are not cached, so every
      connection pays the timeout). New connections therefore stall 5-10 s: mysqljs's 10 s connectTimeout fires (ETIMEDOUT) for
      many, reviews-v3's 2.5 s client timeout fires for all, productpage shows "Ratings service is currently unavailable" after
      ~2.6 s. mysqldb's pod is Running and Ready, no restarts, no Events; the only trace on it is the warning in its own log.
      Expected mysqldb/dependency-down (the database is unreachable for new connections while its callers are loud); a careful
      engineer who names the DNS path also names mysqldb with network-fault.
      Decoy: productpage-v1 was rolled 1.19.1 -> 1.20.1 yesterday and is healthy (only the image tag differs between the two
      ReplicaSets). Deviations: mysqld 8.0.36 banner lines and the Liberty/OpenJ9 versions in reviews' console are assumed; the
      Corefile change is stated, not shown.
    `,
  }),
];
