// Blind dev batch s61a: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream Service selectors); built by scripts/s61a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

// ---- s61a-mysqldb-port-renamed-server-first: network-fault on mysqldb ----
const INC = '2026-06-02T09:31:00Z';
const T = clock(INC);
const EDIT = -19; // 09:12, the mysqldb Service is re-applied with its port renamed
const BOOT = -60 * 24 * 9 + 0.1;

// ratings (Node.js): console.log(request.method + ' ' + request.url) per request, nothing else.
const ratingsLog = ['Server listening on: http://0.0.0.0:9080'];
for (let m = -40; m < -0.1; m += 0.75) ratingsLog.push(`GET /ratings/0`);

// reviews-v3 (WebSphere Liberty): star_color red -> ratings read timeout 2500 ms; the error goes to System.err.
const liberty = [
  'Launching defaultServer (WebSphere Application Server 23.0.0.12/wlp-1.0.84.cl231120231109-1500) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ibm/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.384 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.902 seconds.',
];
const reviewsV3 = [...liberty];
for (let m = -40; m < -0.1; m += 0.75) {
  if (m > EDIT) reviewsV3.push('Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out');
}

// productpage (Python, http.client debuglevel 1 + urllib3 DEBUG as productpage.py sets them).
const pp = ['INFO:root:start at port 9080'];
let rid = 0;
for (let m = -40; m < -0.1; m += 0.75) {
  rid++;
  const slow = m > EDIT;
  pp.push(
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    `send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: 5b1f${String(1000 + rid)}-9c2e-4d71-a3f8-0e6b2c9d4a17\\r\\n\\r\\n'`,
    "reply: 'HTTP/1.1 200 OK\\r\\n'",
    'header: content-type: application/json',
    'header: server: envoy',
    'header: x-envoy-upstream-service-time: 4',
    'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    `send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: 5b1f${String(1000 + rid)}-9c2e-4d71-a3f8-0e6b2c9d4a17\\r\\n\\r\\n'`,
    "reply: 'HTTP/1.1 200 OK\\r\\n'",
    'header: content-type: application/json',
    'header: server: envoy',
    `header: x-envoy-upstream-service-time: ${slow ? 2519 + (rid % 17) : 18 + (rid % 9)}`,
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${slow ? 358 : 437}`,
  );
}

const mysqlLog = [
  `${T.isoMs(BOOT + 0.2).replace('Z', '123Z')} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.39) starting as process 1`,
  `${T.isoMs(BOOT + 0.25).replace('Z', '418Z')} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
  `${T.isoMs(BOOT + 0.3).replace('Z', '902Z')} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
  `${T.isoMs(BOOT + 0.35).replace('Z', '117Z')} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.`,
  `${T.isoMs(BOOT + 0.35).replace('Z', '121Z')} 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.`,
  `${T.isoMs(BOOT + 0.36).replace('Z', '054Z')} 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.`,
  `${T.isoMs(BOOT + 0.37).replace('Z', '330Z')} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
  `${T.isoMs(BOOT + 0.37).replace('Z', '331Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.39'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
];

const reviewsV1Oom = cs.restartedRunning({
  restarts: 1,
  startedAt: T.iso(-60 * 24 * 4 + 0.3),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.4), finishedAt: T.iso(-60 * 24 * 4) },
});
const PP_ROLL = -48; // 08:43, a benign productpage rollout (CPU/memory requests added)
const ppOld = { resources: {} };
const ppNew = { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } } };

export const scenarios = [
  bookinfoScenario({
    folder: 's61a-mysqldb-port-renamed-server-first',
    incidentTime: INC,
    description: "bookinfo product page lost its star ratings ~9:10, says 'Ratings service is currently unavailable'. book details + review text still fine. was it the productpage deploy this morning?",
    expected: { component: 'mysqldb', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo-mysql.yaml, bookinfo-ratings-v2-mysql.yaml and
      networking/virtual-service-ratings-mysql.yaml): the mysqldb Service's port is named "tcp"; ratings-v2-mysql connects to
      mysqldb:3306 with the npm mysql driver (connect() without callback, then one query whose callback answers 500
      "could not connect to ratings database"); the VirtualService sends reviews to v3 and ratings to v2-mysql; reviews-v3
      (red stars) reads ratings with a 2500 ms receive timeout and prints "Error: unable to contact ... got exception" on
      System.err, then renders the page with "Ratings service is currently unavailable".
      Fault: at 09:12 the data team re-applied the mysqldb Service from a tidy-up branch that renamed the port to
      "database", copying the port name of Istio's protocol-selection example without its appProtocol: mysql. Istio then
      treats 3306 as an undeclared protocol and sniffs it; MySQL is a server-first protocol (the server sends the greeting),
      so the sidecar waits for client bytes while the client waits for the greeting (Istio's "server first protocols"
      application requirement; Alibaba Cloud ASM "Resolve connection issues for server-first protocol applications").
      Every handshake now stalls until the driver's 10 s "Handshake inactivity timeout"; ratings still logs only its
      "GET /ratings/0" lines, mysqld logs nothing (no connection reaches it), all pods stay Running and Ready and the
      Endpoints only changed their port name. Reviews-v3 and productpage (slow 2.5 s reviews answers) are the loud side.
      Decoys: productpage-v1 rolled out at 08:43 (resource requests added; healthy); reviews-v1 was OOMKilled four days
      ago. Deviations from upstream: the Service port name, productpage's resources; the VirtualService and the Istio
      version's protocol-detection behaviour are not in the snapshot; logs written in each runtime's format.
    `,
    workloads: {
      'mysqldb-v1': { servicePorts: [{ name: 'database', port: 3306, targetPort: 3306 }], endpointsChanged: EDIT },
      'reviews-v1': { pods: [{ containers: { reviews: reviewsV1Oom } }] },
      'productpage-v1': {
        containers: { productpage: ppNew },
        rollout: { at: PP_ROLL, revision: 2, oldContainers: { productpage: ppOld } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: PP_ROLL, last: PP_ROLL },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: PP_ROLL + 0.5 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: PP_ROLL + 0.55 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: PP_ROLL + 0.56 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: PP_ROLL + 0.57 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.1" already present on machine', fieldPath: 'spec.containers{productpage}', first: PP_ROLL + 0.78 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', fieldPath: 'spec.containers{productpage}', first: PP_ROLL + 0.79 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', fieldPath: 'spec.containers{productpage}', first: PP_ROLL + 0.8 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.containers{istio-proxy}', first: PP_ROLL + 0.8 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: PP_ROLL + 0.8 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: PP_ROLL + 0.81 },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', type: 'Warning', first: PP_ROLL + 0.82 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: PP_ROLL + 1.05, last: PP_ROLL + 1.05 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ratingsLog,
      'reviews-v3#0/reviews': reviewsV3,
      'reviews-v2#0/reviews': liberty,
      'productpage-v1#0/productpage': pp,
      'mysqldb-v1#0/mysqldb': mysqlLog,
    },
  }),
];
