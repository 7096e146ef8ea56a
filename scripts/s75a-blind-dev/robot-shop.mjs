// Blind dev batch s75a — Stan's Robot Shop spec: the mysql pod, deleted by hand, is recreated on a node whose subnet has no free
// IPs left, so the AWS VPC CNI never gives it an address (FailedCreatePodSandBox); built by scripts/s75a-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as rsSystem, withDefaults, defaultPvcs as rsPvcs } from '../kit-systems/robot-shop.mjs';

export const system = rsSystem;
export const defaultPvcs = rsPvcs;

const INCIDENT = '2026-03-20T08:55:00Z';
const T = clock(INCIDENT);
const NODE_B = 'ip-10-1-2-137.eu-west-1.compute.internal';
const sandbox = '3f0c9a1e7b24d58c6e91f2a0b4d7c3e58a1f6b29d0c4e7a3b5f8d1c2e9a04b76';

const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const apacheTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`;
};

const shippingLog = () => {
  const out = [
    spring(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 38.412 seconds (JVM running for 41.077)'),
  ];
  for (let m = -30; m < -0.4; m += 1.4) {
    const t = ['exec-3', 'exec-7', 'exec-1', 'exec-9'][Math.abs(Math.round(m)) % 4];
    if (m < -16.8) {
      out.push(spring(m, 'INFO', `nio-8080-${t}`, 'c.i.robotshop.shipping.Controller', 'Calculation for 4342 mi'));
      continue;
    }
    out.push(spring(m, 'WARN', `nio-8080-${t}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
    out.push(spring(m, 'ERROR', `nio-8080-${t}`, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Communications link failure'));
    out.push('');
    out.push('The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.');
    out.push(spring(m + 0.01, 'ERROR', `nio-8080-${t}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'));
    out.push('');
    out.push('java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_342]');
    out.push('\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_342]');
    out.push('\tat java.net.Socket.connect(Socket.java:607) ~[na:1.8.0_342]');
    out.push('\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:156) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]');
    out.push('\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]');
    out.push('\t... 78 common frames omitted');
  }
  return out;
};

const ratingsLog = () => {
  const out = [];
  for (let m = -30; m < -0.4; m += 0.5) {
    const ip = `10.1.${(Math.abs(Math.round(m * 2)) % 3) + 1}.1`;
    out.push(`${ip} - - [${apacheTime(m)}] "GET /_health HTTP/1.1" 200 253 "-" "kube-probe/1.30+"`);
    if (m > -16.8 && Math.abs(Math.round(m * 2)) % 3 === 0) {
      out.push(`[${T.java(m + 0.01).replace(' ', 'T')}000+00:00] app.ERROR: Database Error SQLSTATE[HY000] [2002] Connection refused [] []`);
      out.push(`%IPOF:web#0% - - [${apacheTime(m + 0.01)}] "GET /api/fetch/${['Watson', 'HAL-1', 'EMM', 'STAN-1'][Math.abs(Math.round(m)) % 4]} HTTP/1.1" 500 74 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"`);
    }
  }
  return out;
};

const webLog = () => {
  const out = [];
  for (let m = -30; m < -0.4; m += 0.9) {
    const cust = `10.1.0.${40 + (Math.abs(Math.round(m * 3)) % 50)}`;
    out.push(`${cust} - - [${apacheTime(m)}] "GET /api/catalogue/products HTTP/1.1" 200 3118 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" "-"`);
    if (m > -16.8) {
      out.push(`${cust} - - [${apacheTime(m + 0.02)}] "GET /api/shipping/codes HTTP/1.1" 500 168 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" "-"`);
      if (Math.abs(Math.round(m * 10)) % 2 === 0)
        out.push(`${cust} - - [${apacheTime(m + 0.03)}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 500 74 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" "-"`);
    } else {
      out.push(`${cust} - - [${apacheTime(m + 0.02)}] "GET /api/shipping/codes HTTP/1.1" 200 1873 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" "-"`);
    }
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's75a-mysql-pod-no-ip-subnet-exhausted',
    description: 'robot shop: shipping page errors + ratings blank since about 20 min ago. fulfilment on-call bounced the db pod earlier this morning, shipping svc itself looks healthy??',
    incidentTime: INCIDENT,
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysql', cause: 'network-fault' }, { component: 'mysql', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (K8s/helm at 55292e2): mysql (rs-mysql-db, MySQL 5.7, port 3306, one replica, no probes) serves the cities
      database of shipping (Spring Boot, JDBC jdbc:mysql://mysql/cities) and the ratings database of ratings (PHP under Apache,
      PDO mysql:host=mysql). The web nginx proxies /api/shipping/ and /api/ratings/.
      Fault: the fulfilment on-call deleted the mysql pod ("bounce the db") 17 minutes before the incident; the ReplicaSet's
      replacement was scheduled on ${NODE_B} in eu-west-1b, whose subnet had run out of free addresses, and the AWS VPC CNI
      (ipamd) could not assign it an IP: kubelet keeps reporting FailedCreatePodSandBox "plugin type=\\"aws-cni\\" name=\\"aws-cni\\"
      failed (add): add cmd: failed to assign an IP address to container", the pod stays ContainerCreating without a podIP and the
      mysql Service has no endpoints. The event text follows aws/amazon-vpc-cni-k8s#1791, #668 and kubernetes/kubernetes#131071;
      subnet exhaustion as the cause follows the maintainers' answers there and in aws/amazon-vpc-cni-k8s#547.
      shipping and ratings stay Ready and are the loud ones (Hibernate "Communications link failure", PDO "SQLSTATE[HY000] [2002]
      Connection refused", kube-proxy rejecting the Service without endpoints); the web nginx logs their 500s.
      Decoy: cart's OOMKilled restarts two days ago (limit 100Mi as upstream); the Running pods on the same node keep their IPs.
      Deviations from upstream: nodes' pod capacity set to 29 (m5.large with the VPC CNI) by the build script; the pod deletion
      itself leaves no event on the new pod.
    `,
    workloads: {
      mysql: {
        pods: [{ creating: true, node: NODE_B, created: T.iso(-17) }],
        endpointsChanged: -17.1,
        unavailableSince: -17.1,
      },
      cart: {
        pods: [
          {
            containers: {
              cart: cs.restartedRunning({
                restarts: 2,
                startedAt: T.iso(-60 * 24 * 2 - 95),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 2 - 180), finishedAt: T.iso(-60 * 24 * 2 - 95.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'rs:mysql', reason: 'SuccessfulCreate', message: 'Created pod: mysql-%RS%', first: -17 },
      { on: 'pod:mysql#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -17 },
      { on: 'pod:mysql#0', reason: 'FailedCreatePodSandBox', type: 'Warning', count: 71, first: -16.9, last: -0.3, message: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${sandbox}": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container` },
    ],
    logs: {
      'shipping#0/shipping': shippingLog(),
      'ratings#0/ratings': ratingsLog(),
      'web#0/web': webLog(),
      'cart#0/cart': (() => {
        const out = [];
        for (let m = -30; m < -0.4; m += 3.1) out.push(`{"level":"info","time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","req":{"id":${Math.abs(Math.round(m * 100))},"method":"GET","url":"/cart/${1000 + Math.abs(Math.round(m))}","headers":{"host":"cart:8080","user-agent":"python-requests/2.31.0"},"remoteAddress":"::ffff:%IPOF:payment#0%","remotePort":${40000 + Math.abs(Math.round(m * 7))}},"res":{"statusCode":200},"responseTime":${(3 + Math.abs(m) % 4).toFixed(0)},"msg":"request completed","v":1}`);
        return out;
      })(),
    },
  }),
];
