// Batch s137a (blind dev): Sock Shop scenarios on the system of scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const T = clock('2026-05-21T16:05:00Z');
const sp = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's137a-carts-db-unrouted-eni-ip',
    incidentTime: '2026-05-21T16:05:00Z',
    description: 'add to cart spinning then 500 for the last ~25 min. cart-db was rescheduled after the node group scale-up, its pod is running+ready. carts java logs full of mongo timeouts',
    expected: { component: 'carts-db', cause: 'network-fault', node: N3 },
    alsoAcceptable: [{ component: 'carts-db', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'node-level', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Follows the Amazon VPC CNI reports (aws/amazon-vpc-cni-k8s issues on pods that get an IP from a freshly attached secondary
      ENI which is not yet, or never, routed: "pod unreachable from other nodes", ipamd logging failed ENI setup) — the pod starts and
      its kubelet probes (node-local) pass, but traffic from pods on other nodes times out. carts reaches carts-db through the
      upstream Spring Boot default mongodb://carts-db:27017/data (complete-demo.yaml has no probes on carts-db). Invented story:
      carts-db was moved at ~15:38 to the new node ${N3} after a scale-up; its IP sits on the unrouted ENI; carts (on ${N1})
      logs MongoSocketOpenException/connect timed out and front-end 500s. Decoy: orders was OOM-killed two days ago and runs since.
      Deviation: the CNI fault and the reschedule are invented; images and manifests as upstream.`,
    workloads: {
      'carts-db': { pods: [{ node: N3, created: T.iso(-27) }] },
      carts: { pods: [{ node: N1 }] },
      'front-end': { pods: [{ node: N1 }, { node: N2 }] },
      orders: { pods: [{ node: N2, containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.2) } }) } }] },
    },
    events: [
      { on: 'node:' + N3, reason: 'Starting', message: 'Starting kubelet.', first: -34, last: -34 },
      { on: 'node:' + N3, reason: 'NodeReady', message: `Node ${N3} status is now: NodeReady`, first: -33, last: -33 },
      { on: 'pod:carts-db#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N3}`, first: -27, last: -27 },
      { on: 'pod:carts-db#0', reason: 'Pulling', fieldPath: 'spec.containers{carts-db}', message: 'Pulling image "mongo"', first: -26.9, last: -26.9 },
      { on: 'pod:carts-db#0', reason: 'Pulled', fieldPath: 'spec.containers{carts-db}', message: 'Successfully pulled image "mongo" in 9.412s (9.412s including waiting). Image size: 287344532 bytes.', first: -26.7, last: -26.7 },
      { on: 'pod:carts-db#0', reason: 'Created', fieldPath: 'spec.containers{carts-db}', message: 'Created container carts-db', first: -26.7, last: -26.7 },
      { on: 'pod:carts-db#0', reason: 'Started', fieldPath: 'spec.containers{carts-db}', message: 'Started container carts-db', first: -26.6, last: -26.6 },
    ],
    logs: {
      'carts-db#0/carts-db': [
        `{"t":{"$date":"${T.isoMs(-26.5)}"},"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"0.0.0.0"}}`,
        `{"t":{"$date":"${T.isoMs(-26.5)}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
        `{"t":{"$date":"${T.isoMs(-25.5)}"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[${Math.floor(Date.parse(T.iso(-25.5)) / 1000)}:0][1:0x7f3a2c1fe640], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 34, snapshot max: 34 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1"}}`,
      ],
      'carts#0/carts': [
        sp(-30, 'INFO', 'nio-80-exec-4', 'w.w.s.c.CartsController', 'Getting cart for customer 57a98d98e4b00679b4a830b2'),
        sp(-26.2, 'INFO', 'nio-80-exec-7', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server carts-db:27017"),
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        'Caused by: java.net.SocketTimeoutException: connect timed out',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
        '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
        '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
        '\t... 3 common frames omitted',
        sp(-20.1, 'ERROR', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]] with root cause'),
        sp(-8.4, 'ERROR', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]] with root cause'),
      ],
      'front-end#0/front-end': [
        'GET /cart 500 10043.211 ms - 0',
        'Error: 500: {"timestamp":' + Date.parse(T.iso(-20.1)) + ',"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 10000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}.","path":"/carts/57a98d98e4b00679b4a830b2/items"}',
        'GET /catalogue?page=1&size=6 200 14.772 ms - 1924',
        'POST /cart 500 10061.905 ms - 0',
      ],
    },
  },
];
