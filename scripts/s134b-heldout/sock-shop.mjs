// Blind held-out batch s134b: Sock Shop scenarios (system imported from the s2 kit definition).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// ---------- B: catalogue release with a tag that does not exist ----------
const B = clock('2026-04-03T09:47:00Z');
const IMG = 'weaveworksdemos/catalogue:0.3.6';
const pullErr = `rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${IMG}": failed to resolve reference "docker.io/${IMG}": docker.io/${IMG}: not found`;
const imagePull = {
  folder: 's134b-catalogue-release-stuck',
  incidentTime: '2026-04-03T09:47:00Z',
  description: 'catalog deploy from this mornings release train (started ~9:33) still hasnt finished, pipeline timed out waiting for rollout. prod catalogue seems up, whats going on',
  expected: { component: 'catalogue', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['pods-ready', 'rollout-regression', 'partial-name', 'typo', 'time-expression'],
  grounding: `Sock Shop complete-demo.yaml: catalogue runs weaveworksdemos/catalogue:0.3.5, 1 replica, RollingUpdate 25%/25%,
    progressDeadlineSeconds 600. The release bumped the tag to 0.3.6, which was never pushed to Docker Hub (a CI job that
    tags after deploying), so the new ReplicaSet's pod sits in ErrImagePull/ImagePullBackOff with containerd's "not found" and
    the Deployment reports ProgressDeadlineExceeded; the old 0.3.5 pod keeps serving (maxUnavailable rounds to 0), so users see
    nothing. Follows the common Kubernetes ImagePullBackOff-on-release pattern documented in the Kubernetes docs (images: image
    pull back-off). Deviation: tag 0.3.6 is invented.`,
  workloads: {
    catalogue: {
      rollout: { at: -14, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } }, oldReplicas: 1 },
      containers: { catalogue: { image: IMG } },
      pods: [{ containers: { catalogue: cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: B.iso(-3.9), lastTransitionTime: B.iso(-3.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -14 },
    { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -13.9 },
    { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: -13.8, last: -2.1, count: 7 },
    { on: 'pod:catalogue#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${IMG}": ${pullErr}`, first: -13.7, last: -2.0, count: 7 },
    { on: 'pod:catalogue#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -13.7, last: -2.0, count: 7 },
    { on: 'pod:catalogue#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: -13.5, last: -0.6, count: 52 },
    { on: 'pod:catalogue#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -13.5, last: -0.6, count: 52 },
  ],
  logs: {
    'catalogue#old0/catalogue': [
      kit(B, -30, 'caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.115437ms'),
      kit(B, -22, 'caller=logging.go:81 method=Count tags= result=9 err=null took=1.201884ms'),
      kit(B, -9, 'caller=logging.go:81 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.74202ms'),
      kit(B, -2, 'caller=logging.go:81 method=Health result=2 took=6.001µs'),
    ],
  },
};

// ---------- C: NetworkPolicy isolates carts-db ----------
const C = clock('2026-04-21T16:35:00Z');
const mongoTimeout = 'Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]';
const cartsErr = (min, path) => [
  spring(C, min, 'ERROR', 'carts', 'http-nio-80-exec-' + (Math.abs(Math.round(min)) % 9 + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${mongoTimeout}; nested exception is com.mongodb.MongoTimeoutException: ${mongoTimeout}] with root cause`,),
  '',
  `com.mongodb.MongoTimeoutException: ${mongoTimeout}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:885) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.createClientSession(Mongo.java:877) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.doFind(MongoTemplate.java:1852) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  `\tat works.weave.socks.cart.controllers.${path === 'items' ? 'ItemsController.getItems(ItemsController.java:43)' : 'CartsController.get(CartsController.java:28)'} ~[classes!/:na]`,
];
const netpol = {
  folder: 's134b-add-to-basket-500s',
  incidentTime: '2026-04-21T16:35:00Z',
  description: 'add to basket returning 500 for the last ~15 min, carts pods are green and nothing was deployed to sock-shop today',
  expected: { component: 'carts-db', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'carts', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['network-policy', 'pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `Sock Shop complete-demo.yaml: carts (Spring Boot, mongodb-driver 3.x) reaches carts-db:27017; every pod is labelled
    name=<service>, with no app label. A security hardening change applied a NetworkPolicy "carts-db-ingress" 18 minutes
    before the incident selecting name=carts-db and allowing ingress on 27017 only from pods labelled app=carts, which no pod
    has, so every new connection to carts-db is dropped (the default-deny effect of an isolating policy described in the
    Kubernetes NetworkPolicy docs, and the "wrong label in from.podSelector" mistake common in public post-mortems). carts-db
    stays Running and Ready (tcp probes are not affected: upstream has none), carts times out in the Mongo driver and
    front-end reports 500s. Decoy: queue-master carries an OOMKilled last state from three days ago. Deviation: the policy
    object is invented; upstream ships no NetworkPolicy.`,
  networkPolicies: [{
    name: 'carts-db-ingress', created: -18,
    spec: { podSelector: { matchLabels: { name: 'carts-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'carts' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] },
  }],
  workloads: {
    'queue-master': { pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: C.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: C.iso(-60 * 24 * 9), finishedAt: C.iso(-60 * 24 * 3 - 0.3) } }) } }] },
  },
  events: [],
  logs: {
    'carts#0/carts': [
      spring(C, -25, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
      spring(C, -21, 'INFO', 'carts', 'http-nio-80-exec-7', 'w.w.s.cart.controllers.ItemsController', 'Merging carts for customer id: 57a98d98e4b00679b4a830b2 and session id: 0XvZ8JH6nT2kbq5C'),
      spring(C, -16.6, 'INFO', 'carts', 'cluster-ClusterId{value=\'66250b3ae4b0a1c2d3e4f501\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
      '',
      'com.mongodb.MongoSocketOpenException: Exception opening socket',
      '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:115) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:113) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
      'Caused by: java.net.SocketTimeoutException: connect timed out',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
      '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
      '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
      ...cartsErr(-15.2, 'items'),
      ...cartsErr(-11.8, 'carts'),
      ...cartsErr(-6.3, 'items'),
      ...cartsErr(-1.4, 'items'),
    ],
    'front-end#0/front-end': [
      'Request received: /cart, undefined',
      'Customer ID: 57a98d98e4b00679b4a830b2',
      'GET to carts: http://carts/carts/57a98d98e4b00679b4a830b2/items',
      'Error: Request failed with status code 500',
      '    at createError (/usr/src/app/node_modules/axios/lib/core/createError.js:16:15)',
      'Request received: /cart, undefined',
      'Customer ID: 0XvZ8JH6nT2kbq5C',
      'POST to carts: http://carts/carts/0XvZ8JH6nT2kbq5C/items body: {"itemId":"03fef6ac-1896-4ce8-bd69-b798f85c6e0b","unitPrice":99.99}',
      'Error: Request failed with status code 500',
      '    at createError (/usr/src/app/node_modules/axios/lib/core/createError.js:16:15)',
      'GET /catalogue?size=5 200 12.331 ms - 1804',
    ],
    'carts-db#0/carts-db': [
      `${C.isoMs(-60 * 24 * 9 + 0.4).replace('Z', '+0000')} I NETWORK  [thread1] waiting for connections on port 27017`,
      `${C.isoMs(-60 * 24 * 9 + 0.6).replace('Z', '+0000')} I NETWORK  [thread1] connection accepted from %IPOF:carts#0%:45812 #1 (1 connection now open)`,
      `${C.isoMs(-60 * 24 * 9 + 0.6).replace('Z', '+0000')} I NETWORK  [conn1] received client metadata from %IPOF:carts#0%:45812 conn1: { driver: { name: "mongo-java-driver", version: "3.2.2" }, os: { type: "Linux", name: "Linux", architecture: "amd64", version: "5.10.227-219.884.amzn2.x86_64" }, platform: "Java/Oracle Corporation/1.8.0_111-internal-alpine-r0-b14" }`,
      `${C.isoMs(-42).replace('Z', '+0000')} I COMMAND  [conn1] command data.cart command: find { find: "cart", filter: { customerId: "57a98d98e4b00679b4a830b2" } } planSummary: COLLSCAN keysExamined:0 docsExamined:212 cursorExhausted:1 numYields:1 nreturned:1 reslen:412 locks:{ Global: { acquireCount: { r: 4 } } } protocol:op_query 0ms`,
    ],
  },
};

export const scenarios = [imagePull, netpol];
