// Blind dev batch s79c, Robot Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// Namespace labelled PodSecurity enforce=baseline; when autoscaler scale-down deleted the mysql pod, NET_ADMIN blocks its replacement.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-02-17T14:45:00Z';
const T = clock(INC);
export const GONE = -38; // the mysql pod was deleted with node ip-10-1-2-51 at this minute
const sb = (min, lvl, thread, logger, msg) => `${T.java(min)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min, ip, req, status, bytes, ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36') => {
  const j = T.java(min);
  return `${ip} - - [${j.slice(8, 10)}/${mon[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "${ua}"`;
};

const shipping = [
  sb(-60 * 24 * 9 + 0.3, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
  sb(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
  sb(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
  sb(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
  sb(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 31.846 seconds (JVM running for 34.12)'),
];
for (let m = GONE + 1.5; m < -0.5; m += 2.2) {
  const th = `nio-8080-exec-${1 + (Math.round(-m * 3) % 9)}`;
  shipping.push(sb(m, 'WARN', th, 'com.zaxxer.hikari.pool.ProxyConnection', 'HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@5d1b2e8c marked as broken because of SQLSTATE(08S01), ErrorCode(0)'));
  shipping.push(sb(m + 0.5, 'WARN', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
  shipping.push(sb(m + 0.5, 'ERROR', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30004ms.'));
  shipping.push(sb(m + 0.5, 'ERROR', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Communications link failure'));
  shipping.push('');
  shipping.push('The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.');
  shipping.push(sb(m + 0.51, 'ERROR', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'));
  shipping.push('');
  shipping.push('java.net.ConnectException: Connection refused (Connection refused)');
  shipping.push('\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)');
  shipping.push('\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:399)');
  shipping.push('\tat java.base/java.net.Socket.connect(Socket.java:609)');
  shipping.push('\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155)');
  shipping.push('\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63)');
  shipping.push('\t... 98 common frames omitted');
}

const web = [];
for (let m = -60, i = 0; m < -0.3; m += 0.9, i++) {
  const ip = i % 2 ? '10.1.1.84' : '10.1.3.206';
  web.push(clf(m, ip, 'GET /api/catalogue/products', 200, 3381));
  if (i % 3 === 0) web.push(clf(m + 0.1, ip, 'GET /api/cart/cart/anonymous-' + (3300 + i), 200, 412));
  if (i % 4 === 0) web.push(clf(m + 0.2, ip, 'GET /api/shipping/codes', m < GONE ? 200 : 500, m < GONE ? 6188 : 223));
  if (i % 5 === 0) web.push(clf(m + 0.3, ip, `GET /api/ratings/api/fetch/${['Watson', 'Ewooid', 'HPTD', 'UTSF', 'EMM'][i % 5]}`, 200, m < GONE ? 46 : 33));
}

const cart = [];
for (let m = -60; m < -0.5; m += 2.5) cart.push(pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(-m * 13) + ',"method":"GET","url":"/cart/anonymous-' + (3300 + Math.round(-m)) + '"},"res":{"statusCode":200},"responseTime":' + (3 + (Math.round(-m) % 5)) + ','));

export const scenarios = [
  withDefaults({
    folder: 's79c-mysql-podsecurity-baseline-netadmin',
    incidentTime: INC,
    description: 'checkout fails at the shipping step since ~14:05 ("error calculating shipping"). fulfilment says shipping pods are all green',
    expected: { component: 'mysql', cause: 'no-endpoints' },
    alsoAcceptable: [
      { component: 'mysql', cause: 'dependency-down' },
      { component: 'mysql', cause: 'quota-exceeded' },
    ],
    difficulty: 'hard',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      mysql: {
        pods: [],
        rsReplicas: 1,
        endpointsChanged: GONE,
        deployStatus: {
          observedGeneration: 5,
          replicas: 0,
          updatedReplicas: 0,
          readyReplicas: 0,
          availableReplicas: 0,
          unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(GONE), lastTransitionTime: T.iso(GONE), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(GONE), lastTransitionTime: T.iso(GONE), reason: 'FailedCreate', message: 'pods "%RSNAME%-q7x2k" is forbidden: violates PodSecurity "baseline:latest": non-default capabilities (container "mysql" must not include "NET_ADMIN" in securityContext.capabilities.add)' },
          ],
        },
      },
      cart: {
        pods: [
          {
            containers: {
              cart: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 4),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 3.8) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'rs:mysql', type: 'Warning', reason: 'FailedCreate', message: 'Error creating: pods "mysql-%RS%" is forbidden: violates PodSecurity "baseline:latest": non-default capabilities (container "mysql" must not include "NET_ADMIN" in securityContext.capabilities.add)', first: GONE, last: -0.6, count: 17 },
    ],
    logs: {
      'shipping#0/shipping': shipping,
      'web#0/web': web,
      'cart#0/cart': cart,
    },
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): the mysql Deployment (one replica, rs-mysql-db) adds the
      NET_ADMIN capability (the image can inject tc latency for demos); shipping reaches it through jdbc:mysql://mysql/cities
      and ratings through PDO mysql:host=mysql; shipping's /health does not touch the database, so shipping stays Ready.
      Fault: the platform team labelled the namespace pod-security.kubernetes.io/enforce=baseline the day before (Pod Security
      Admission does not evict running pods, it only rejects new ones, and every other robot-shop pod passes baseline). When
      the cluster autoscaler scaled down node ip-10-1-2-51 at 14:07 the mysql pod was deleted, and the ReplicaSet's
      replacement is refused at admission: FailedCreate "violates PodSecurity "baseline:latest": non-default capabilities
      (container "mysql" must not include "NET_ADMIN" ...)", the Deployment shows ReplicaFailure and Available False, the
      mysql Service has no endpoints (kube-proxy rejects, so JDBC gets connection refused). Shipping logs Hikari and
      "Communications link failure" errors for every quote, web's access log shows 500s on /api/shipping. The namespace label
      is not in the snapshot (no namespaces list); the FailedCreate message carries it. Grounded on the Kubernetes Pod
      Security Admission docs (baseline forbids adding capabilities outside the default set; enforcement applies at pod
      creation) and public reports of replicas failing to come back after enforce labels were applied. Decoy: cart was
      OOMKilled three days ago. Deviations from upstream: the namespace label, the scaled-down node (not in the snapshot),
      shipping's log wording (Spring Boot/Hikari/Connector/J standard messages).`,
  }),
];
