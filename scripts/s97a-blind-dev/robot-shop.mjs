// Blind dev batch s97a: Stan's Robot Shop scenario (system from scripts/kit-systems/robot-shop.mjs, withDefaults).
// mysql pods recreated under an EKS SecurityGroupPolicy whose security group admits 3306 from nowhere the callers are.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-15T11:05:00Z');
const my = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '')}000Z 0 [${lvl}] ${msg}`;
const mysqlLog = [
  my(-41.6, 'Note', 'mysqld (mysqld 5.7.44) starting as process 1 ...'),
  my(-41.5, 'Note', 'InnoDB: Buffer pool(s) load completed at ' + T.iso(-41.5).replace('T', ' ').replace('Z', '')),
  my(-41.4, 'Note', "Server hostname (bind-address): '*'; port: 3306"),
  my(-41.4, 'Note', "IPv6 is available."),
  my(-41.4, 'Note', "Server socket created on IP: '::'."),
  my(-41.3, 'Note', 'Event Scheduler: Loaded 0 events'),
  my(-41.3, 'Note', "mysqld: ready for connections.\nVersion: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)"),
];
const sp = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ship = [];
for (let m = -39; m < -0.5; m += 2.3) {
  ship.push(sp(m, 'WARN', 'nio-8080-exec-' + (1 + Math.round(-m) % 10), 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
  ship.push(sp(m + 0.01, 'ERROR', 'nio-8080-exec-' + (1 + Math.round(-m) % 10), 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.'));
  ship.push(sp(m + 0.02, 'ERROR', 'nio-8080-exec-' + (1 + Math.round(-m) % 10), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause\n\njava.net.SocketTimeoutException: connect timed out\n\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)\n\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:399)\n\tat java.base/java.net.Socket.connect(Socket.java:609)\n\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155)\n\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63)'));
}
const rat = [];
for (let m = -38; m < -0.5; m += 3.1) {
  rat.push(`[${T.java(m).slice(0, 19).replace(' ', 'T')}+00:00] app.ERROR: SQLSTATE[HY000] [2002] Connection timed out [] []`);
  rat.push(`[${T.java(m + 0.02).slice(0, 19).replace(' ', 'T')}+00:00] request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\HttpException: "Database connection error" at /var/www/html/src/Controller/HealthController.php line 32 {"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException(code: 0): Database connection error at /var/www/html/src/Controller/HealthController.php:32)"} []`);
}
const web = [];
for (let m = -30; m < -0.5; m += 4.2) web.push(`10.1.2.${11 + Math.round(-m)} - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "POST /api/shipping/confirm HTTP/1.1" 500 131 "http://robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"`);

export const scenarios = [
  withDefaults({
    folder: 's97a-mysql-pod-security-group-drops-3306',
    incidentTime: '2026-05-15T11:05:00Z',
    description: 'robotshop checkout broken at the shipping step, "Database connection error" and ratings disappeared from product pages. mysql pod is up and Running',
    expected: { component: 'mysql', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'mysql', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'network-policy', 'decoy'],
    workloads: {
      mysql: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-42.5) } },
        rollout: { at: -42.2, oldPatch: { podAnnotations: undefined } },
      },
      ratings: {
        pods: [{ ready: false, readyTransition: T.iso(-37.4), containers: { ratings: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) } }],
        unavailableSince: -37.4,
        endpointsChanged: -37.4,
      },
      // decoy: catalogue OOMKilled two days ago
      catalogue: { pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }] },
    },
    events: [
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysql-%NEW% to 1', first: -42.2 },
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysql-%OLD% to 0 from 1', first: -41.2 },
      { on: 'pod:mysql#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -42.1 },
      { on: 'pod:mysql#0', reason: 'SecurityGroupRequested', message: 'Pod will get the following Security Groups [sg-0b7e21d4c9a3f6158]', source: 'vpc-resource-controller', first: -42.1 },
      { on: 'pod:mysql#0', reason: 'ResourceAllocated', message: 'Allocated [{"eniId":"eni-0d4a9f3e17c28b650","ifAddress":"0a:3c:5e:91:d2:7f","privateIp":"%PODIP%","vlanId":1,"subnetCidr":"10.1.2.0/24"}] to the pod', source: 'vpc-resource-controller', first: -42 },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', fieldPath: 'spec.containers{mysql}', first: -41.8 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', type: 'Warning', fieldPath: 'spec.containers{ratings}', first: -37.6, last: -0.3, count: 431 },
    ],
    logs: {
      'mysql#0/mysql': mysqlLog,
      'shipping#0/shipping': ship,
      'ratings#0/ratings': rat,
      'web#0/web': web,
    },
    grounding: `
      Upstream instana/robot-shop K8s/helm at 55292e2: shipping (Spring Boot, MySQL Connector/J) and ratings (PHP Symfony, PDO) reach
      mysql:3306; ratings' readiness probe /_health checks its database connection, so ratings drops out of its Service. Fault follows
      the EKS "Security groups for Pods" documentation: a SecurityGroupPolicy selecting service=mysql was added by the platform team and
      mysql restarted (kubectl rollout restart) to get a branch ENI; the vpc-resource-controller events show the security group and
      the branch ENI. That group only admits 3306 from the old VPC CIDR, so SYNs from the other pods are dropped: clients see connect
      timeouts ("Communications link failure", "SQLSTATE[HY000] [2002] Connection timed out"), while mysqld itself is healthy and
      logs nothing. The mysql ReplicaSets differ only in the restartedAt annotation. Deviations: the SecurityGroupPolicy (a CRD) is
      not in the snapshot; its effect is seen through the pod annotation vpc.amazonaws.com/pod-eni (added after the build) and the
      events. Decoy: catalogue OOMKilled two days earlier.
    `,
  }),
];
