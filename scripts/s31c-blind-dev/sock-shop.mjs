// Batch s31c (blind dev): one Sock Shop incident — an EKS worker whose EC2 instance fails its status checks stops posting
// status; the node goes NotReady (Unknown) and the databases and payment pods on it drop out of their Services.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-06-03T10:31:00Z';
const T = clock(INC);
const DOWN = 'ip-10-0-2-148.eu-west-1.compute.internal';
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-4.7), lastTransitionTime: T.iso(-3.9), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

const cartsLogs = [], userLogs = [], feLogs = [], ordersLogs = [];
for (let i = 0; i < 24; i++) {
  const m = -30 + i * 1.25;
  const bad = m > -4.6;
  const cust = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '5a1d4e2f9c3b7a0012e6f8d1'][i % 3];
  if (!bad) {
    feLogs.push(`GET /catalogue?size=6 200 ${(14 + (i % 5) * 3.1).toFixed(3)} ms - 1632`);
    feLogs.push(`GET /cart 200 ${(21 + (i % 4) * 2.7).toFixed(3)} ms - ${120 + i}`);
    if (i % 4 === 0) feLogs.push(`GET /login 200 ${(48 + i).toFixed(3)} ms - 189`);
    userLogs.push(kit(m + 0.01, `caller=logging.go:23 method=Login result=true took=${(3.1 + (i % 3)).toFixed(6)}ms`));
  } else {
    feLogs.push(`GET /catalogue?size=6 200 ${(16 + (i % 5) * 3.1).toFixed(3)} ms - 1632`);
    feLogs.push('Error: Redis connection to session-db:6379 failed - connect ECONNREFUSED %SVCIP:session-db%:6379');
    feLogs.push(`GET /login 500 ${(10012 + i * 3.7).toFixed(3)} ms - 58`);
    feLogs.push(`GET /cart 500 ${(10031 + i * 2.9).toFixed(3)} ms - 214`);
    userLogs.push(kit(m + 0.17, `caller=logging.go:23 method=Login result=false took=10.001${i}45s err="no reachable servers"`));
    cartsLogs.push(spring(m + 0.17, 'ERROR', 'carts', `-nio-80-exec-${(i % 9) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=Unknown, servers=[{address=carts-db:27017, type=Unknown, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=Unknown, servers=[{address=carts-db:27017, type=Unknown, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause`));
    if (i % 3 === 0) cartsLogs.push('', 'java.net.ConnectException: Connection refused (Connection refused)', '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]', '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]', '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]', '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]');
    if (i % 4 === 1) ordersLogs.push(spring(m + 0.2, 'ERROR', 'orders', `-nio-80-exec-${(i % 7) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'));
  }
  void cust;
}

const onDown = (extra = {}) => ({ node: DOWN, ready: false, readyTransition: T.iso(-3.9), ...extra });

export const nodeDown = { 's31c-node-unreachable-db-pods': { node: DOWN, at: T.iso(-3.9) } };

export const scenarios = [
  {
    folder: 's31c-node-unreachable-db-pods',
    incidentTime: INC,
    description: 'sock shop login + cart broken, front-end throwing 500s, started a few min ago',
    expected: { component: 'user-db', cause: 'node-not-ready', node: DOWN },
    alsoAcceptable: [
      { component: 'carts-db', cause: 'node-not-ready', node: DOWN },
      { component: 'session-db', cause: 'node-not-ready', node: DOWN },
      { component: 'payment', cause: 'node-not-ready', node: DOWN },
    ],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f) on EKS 1.29, three m5.xlarge workers: carts-db, user-db and session-db are single
      unreplicated pods without volumes, reached through Services carts-db:27017, user-db:27017 and session-db:6379 (SESSION_REDIS=true
      on front-end); payment is a single pod behind http://payment/paymentAuth.
      The fault follows AWS "instance status check failed" incidents (an impaired EC2 host) as seen from Kubernetes: the kubelet of
      ${DOWN} stops posting status at 10:26, the node lifecycle controller sets every condition Unknown ("Kubelet stopped posting node
      status.", reason NodeStatusUnknown), adds the node.kubernetes.io/unreachable NoSchedule/NoExecute taints, writes NodeNotReady events
      and marks every pod on the node Ready=False (containers unchanged), so their Services lose their endpoints four minutes before the
      300 s toleration evicts them. Callers log what their clients really log: user (go-kit, mgo) "no reachable servers", carts (Spring
      Data MongoDB 3.2 driver) "Timed out after 10000 ms while waiting to connect … Connection refused", front-end's node redis client
      "Redis connection to session-db:6379 failed - connect ECONNREFUSED" with morgan lines 500 on /login and /cart, orders
      "I/O error on POST request for http://payment/paymentAuth". The other two nodes and the pods on them are healthy. Decoy: a
      catalogue rollout three hours earlier that completed.`,
    nodes: {
      [DOWN]: {
        heartbeat: -4.7,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-3.9) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-3.8) },
        ],
      },
    },
    workloads: {
      'carts-db': { pods: [onDown()], unavailableSince: -3.9, endpointsChanged: -3.9 },
      'user-db': { pods: [onDown()], unavailableSince: -3.9, endpointsChanged: -3.9 },
      'session-db': { pods: [onDown()], unavailableSince: -3.9, endpointsChanged: -3.9 },
      payment: { pods: [onDown()], unavailableSince: -3.9, endpointsChanged: -3.9 },
      'front-end': { pods: [onDown(), {}], endpointsChanged: -3.9 },
      catalogue: { rollout: { at: -185, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.4' } } } },
    },
    events: [
      { on: `node:${DOWN}`, reason: 'NodeNotReady', message: `Node ${DOWN} status is now: NodeNotReady`, source: 'node-controller', first: -3.9, last: -3.9 },
      ...['carts-db', 'user-db', 'session-db', 'payment', 'front-end'].map((w) => ({ on: `pod:${w}#0`, reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', source: 'node-controller', first: -3.9, last: -3.9 })),
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -185, last: -185 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -181.6, last: -181.6 },
    ],
    logs: {
      'carts#0/carts': cartsLogs,
      'user#0/user': userLogs,
      'front-end#1/front-end': feLogs,
      'orders#0/orders': ordersLogs,
    },
  },
];
