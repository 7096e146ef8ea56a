// s9 held-out (split: test) scenarios for Sock Shop. Written by an author who had not seen the rule packs, the engine code or
// the system's other scenarios, and never ran the engine; expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// RabbitMQ 3.6 report format on the console
const rmqTs = (T, min) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${d.getUTCDate()}-${mon}-${d.getUTCFullYear()}::${T.isoMs(min).slice(11, 19)}`; };
const rmq = (T, min, kind, ...lines) => [`=${kind} REPORT==== ${rmqTs(T, min)} ===`, ...lines, ''];
const oid = (i) => `5f${(0x3c9a1e00 + i * 7919).toString(16)}a1b2c3d4e5f6`.slice(0, 24);

export const scenarios = [];

// 5. A new ingress NetworkPolicy on orders-db selects its callers by a label key Sock Shop does not use: orders can no longer connect.
{
  const incidentTime = '2026-11-19T15:06:00Z';
  const T = clock(incidentTime);
  const monitorFail = (min) => [
    spring(T, min, 'INFO', 'orders', 'orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
    '',
    'com.mongodb.MongoSocketOpenException: Exception opening socket',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:115) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:113) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
    'Caused by: java.net.SocketTimeoutException: connect timed out',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
    '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
    '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:57) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\t... 3 common frames omitted',
    '',
  ];
  const timeoutMsg = "Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]";
  const reqFail = (min, exec) => [
    spring(T, min, 'ERROR', 'orders', `nio-80-exec-${exec}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}] with root cause`),
    '',
    `com.mongodb.MongoTimeoutException: ${timeoutMsg}`,
    '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat com.mongodb.connection.SingleServerCluster.getDescription(SingleServerCluster.java:41) ~[mongodb-driver-core-3.4.2.jar!/:na]',
    '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:885) ~[mongo-java-driver-3.4.2.jar!/:na]',
    '\tat com.mongodb.Mongo.createClientSession(Mongo.java:877) ~[mongo-java-driver-3.4.2.jar!/:na]',
    '\tat org.springframework.data.mongodb.core.MongoTemplate.doInsert(MongoTemplate.java:1012) ~[spring-data-mongodb-1.10.1.RELEASE.jar!/:na]',
    '\tat org.springframework.data.mongodb.repository.support.SimpleMongoRepository.save(SimpleMongoRepository.java:78) ~[spring-data-mongodb-1.10.1.RELEASE.jar!/:na]',
    '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:121) ~[classes!/:na]',
    '',
  ];
  const ordersLines = (off) => [
    spring(T, -60 * 24 * 9 + 0.6, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 21.447 seconds (JVM running for 23.015)'),
    spring(T, -40 + off, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.orders.controllers.OrdersController', 'Order created'),
    ...monitorFail(-29.5 + off),
    ...reqFail(-27 + off, 4),
    ...monitorFail(-19 + off),
    ...reqFail(-16 + off, 7),
    ...reqFail(-8 + off, 1),
    ...monitorFail(-4 + off),
  ];
  scenarios.push({
    folder: 's9-orders-db-netpol-wrong-label',
    incidentTime,
    description: 'cant place orders on the sock shop — checkout spins ~30s then 500. started maybe half an hour ago?? commerce team, orders svc itself is up',
    expected: { component: 'orders-db', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'orders', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'callers-only', 'time-expression', 'team-name', 'decoy'],
    grounding: `Sock Shop labels its pods name=<service> (complete-demo.yaml). A hardening change adds an ingress NetworkPolicy
      "orders-db-allow-orders" selecting name=orders-db but admitting only pods labelled app=orders, a key no Sock Shop pod has; with an
      enforcing CNI every new connection to orders-db:27017 is silently dropped (Kubernetes NetworkPolicy docs; the wrong-label
      policy is the textbook case of the "network policy blocks traffic" chaos and post-mortem write-ups). The mongo Java driver of
      orders (3.4) then reports connect timed out from its monitor thread and MongoTimeoutException after 30000 ms on every request.
      Neither orders nor orders-db has probes, both stay Running/Ready, orders-db logs nothing. Decoys: a catalogue rollout restart an
      hour and a half earlier (healthy) and an older, correct policy for catalogue-db.`,
    workloads: {
      catalogue: { rollout: { at: -92, oldPatch: { podAnnotations: undefined } }, patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-92).replace('Z', '+00:00') } } },
    },
    networkPolicies: [
      { name: 'catalogue-db-allow-catalogue', created: -60 * 24 * 40, spec: { podSelector: { matchLabels: { name: 'catalogue-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { name: 'catalogue' } } }], ports: [{ protocol: 'TCP', port: 3306 }] }] } },
      { name: 'orders-db-allow-orders', created: -31, spec: { podSelector: { matchLabels: { name: 'orders-db' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'orders' } } }], ports: [{ protocol: 'TCP', port: 27017 }] }] } },
    ],
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -92, last: -92 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -88.5, last: -88.5 },
    ],
    logs: {
      'orders#0/orders': ordersLines(0),
      'orders-db#0/orders-db': [
        JSON.stringify({ t: { $date: T.isoMs(-60 * 24 * 9 + 0.3).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id: 23016, ctx: 'listener', msg: 'Waiting for connections', attr: { port: 27017, ssl: 'off' } }),
        JSON.stringify({ t: { $date: T.isoMs(-33).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id: 22943, ctx: 'listener', msg: 'Connection accepted', attr: { remote: '%IPOF:orders#0%:51724', uuid: '0c6f1a4e-2b7d-4c1e-9a55-7d3e1f0b8c21', connectionId: 412, connectionCount: 3 } }),
        JSON.stringify({ t: { $date: T.isoMs(-32.9).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id: 22944, ctx: 'conn412', msg: 'Connection ended', attr: { remote: '%IPOF:orders#0%:51724', uuid: '0c6f1a4e-2b7d-4c1e-9a55-7d3e1f0b8c21', connectionId: 412, connectionCount: 2 } }),
      ],
    },
  });
}

// 6. RabbitMQ memory alarm: publishers blocked, shipping hangs on publish, orders time out; rabbitmq stays Running.
{
  const incidentTime = '2026-11-23T14:48:00Z';
  const T = clock(incidentTime);
  const node = 'rabbit@%POD%';
  const rabbitLines = [
    ...rmq(T, -60 * 24 * 5, 'INFO', 'Starting RabbitMQ 3.6.8 on Erlang 19.2.1', 'Copyright (C) 2007-2016 Pivotal Software, Inc.', 'Licensed under the MPL.  See http://www.rabbitmq.com/'),
    ...rmq(T, -60 * 24 * 5, 'INFO', `node           : ${node}`, 'home dir       : /var/lib/rabbitmq', 'config file(s) : /etc/rabbitmq/rabbitmq.config', 'cookie hash    : Xk3t9d2YbQ1mV7cL0pR8sA==', 'log            : tty', 'sasl log       : tty', 'database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
    ...rmq(T, -60 * 24 * 5, 'INFO', 'Memory limit set to 204MB of 512MB total.'),
    ...rmq(T, -60 * 24 * 5, 'INFO', 'Disk free limit set to 50MB'),
    ...rmq(T, -60 * 24 * 5, 'INFO', 'Server startup complete; 6 plugins started.', ' * rabbitmq_management', ' * rabbitmq_web_dispatch', ' * rabbitmq_management_agent', ' * amqp_client', ' * cowlib', ' * cowboy'),
    ...rmq(T, -26.4, 'INFO', 'vm_memory_high_watermark set. Memory used:214912304 allowed:214748364'),
    ...rmq(T, -26.4, 'WARNING', `memory resource limit alarm set on node '${node}'.`, '', '**********************************************************', '*** Publishers will be blocked until this alarm clears ***', '**********************************************************'),
  ];
  const shipLines = [spring(T, -60 * 24 * 5 + 0.9, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 19.862 seconds (JVM running for 21.3)')];
  for (let i = 0; i < 9; i++) shipLines.push('Adding shipment to queue...');
  const ordersLines = [];
  for (let i = 0; i < 5; i++) {
    const min = -24 + i * 5;
    ordersLines.push(
      spring(T, min, 'ERROR', 'orders', `nio-80-exec-${3 + i}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
      '',
      'java.util.concurrent.TimeoutException: null',
      '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111]',
      '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:110) ~[classes!/:na]',
      '\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source) ~[na:na]',
      '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:116) ~[spring-webmvc-4.3.7.RELEASE.jar!/:4.3.7.RELEASE]',
      '',
    );
  }
  const qmLines = [spring(T, -60 * 24 * 5 + 1, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 18.112 seconds (JVM running for 19.6)')];
  for (let i = 0; i < 6; i++) qmLines.push(`Received shipment task: ${oid(i)}`);
  scenarios.push({
    folder: 's9-rabbitmq-memory-alarm-blocks-publishers',
    incidentTime,
    description: "checkout times out on sock shop since ~14:20. orders svc logs say 'timeout from one of the services', payment looks fine. fulfilment folks?",
    expected: { component: 'rabbitmq', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression', 'team-name'],
    grounding: `orders calls payment and then POSTs to shipping, waiting on the future with a timeout, and throws
      IllegalStateException "Unable to create order due to timeout from one of the services." (OrdersController). shipping publishes
      each shipment to RabbitMQ ("Adding shipment to queue...") with RabbitTemplate. Deviation from upstream (stated): the operator
      gave the rabbitmq container a 512Mi limit and RABBITMQ_VM_MEMORY_HIGH_WATERMARK=0.4 so the broker computes its watermark from the
      cgroup limit. A queue backlog crosses it: RabbitMQ raises the memory alarm and blocks every publishing connection (RabbitMQ
      "Memory and Disk Alarms" docs, the "Publishers will be blocked until this alarm clears" report; a classic of public
      post-mortems), so shipping's request threads hang, orders times out, and the broker, with no probes, stays Running/Ready and
      logs nothing more. queue-master keeps consuming slowly.`,
    workloads: {
      rabbitmq: { containers: { rabbitmq: { env: [{ name: 'RABBITMQ_VM_MEMORY_HIGH_WATERMARK', value: '0.4' }], resources: res('100m', '256Mi', '500m', '512Mi') } }, since: -60 * 24 * 5 },
      shipping: { since: -60 * 24 * 5 },
      'queue-master': { since: -60 * 24 * 5 },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLines,
      'rabbitmq#0/rabbitmq-exporter': [
        `time="${T.iso(-60 * 24 * 5 + 0.2)}" level=info msg="Starting RabbitMQ exporter" BRANCH=HEAD BUILD_DATE=20240318-09:12:33 REVISION=4b0a3b8 VERSION=1.0.0`,
        `time="${T.iso(-60 * 24 * 5 + 0.2)}" level=info msg="Active Configuration" CAFILE=ca.pem CERTFILE=client-cert.pem EXCLUDE_METRICS="[]" INCLUDE_QUEUES=".*" KEYFILE=client-key.pem OUTPUT_FORMAT=TTY PUBLISH_ADDR= PUBLISH_PORT=9419 RABBIT_URL="http://127.0.0.1:15672"`,
      ],
      'shipping#0/shipping': shipLines,
      'orders#0/orders': ordersLines,
      'queue-master#0/queue-master': qmLines,
    },
  });
}

// 7. front-end rollout to a tag that does not exist: ImagePullBackOff, the old ReplicaSet keeps serving.
{
  const incidentTime = '2026-11-26T11:32:00Z';
  const T = clock(incidentTime);
  const img = 'weaveworksdemos/front-end:0.3.13';
  scenarios.push({
    folder: 's9-front-end-deploy-stuck-image-tag',
    incidentTime,
    description: "web team: frontend deploy has been stuck in the pipeline for 20+ min ('Waiting for deployment \"front-end\" rollout to finish: 1 old replicas are pending termination'). shop itself seems ok",
    expected: { component: 'front-end', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'front-end', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['team-name', 'partial-name', 'decoy', 'time-expression'],
    grounding: `The pipeline bumps front-end to 0.3.13, a tag never pushed to Docker Hub (weaveworksdemos/front-end stops at 0.3.12).
      With 2 replicas, maxSurge 25% and maxUnavailable 25% the Deployment surges one pod and keeps both old ones, so the shop
      keeps working while the new pod sits in ErrImagePull/ImagePullBackOff (containerd "failed to resolve reference ... not found"
      as the kubelet reports it) and the Deployment reaches ProgressDeadlineExceeded after 600 s. Decoy: carts OOM-killed two days
      ago (the JVM under its 500Mi limit), Ready since.`,
    workloads: {
      'front-end': {
        rollout: { at: -24, oldReplicas: 2 },
        containers: { 'front-end': { image: img } },
        pods: [{ phase: 'Pending', containers: { 'front-end': cs.waiting('ImagePullBackOff', `Back-off pulling image "${img}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -24, last: -24 },
      { on: 'pod:front-end#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -24, last: -24 },
      { on: 'pod:front-end#0', reason: 'Pulling', message: `Pulling image "${img}"`, first: -23.9, last: -2.5, count: 9 },
      { on: 'pod:front-end#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${img}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${img}": failed to resolve reference "docker.io/${img}": docker.io/${img}: not found`, first: -23.8, last: -2.4, count: 9 },
      { on: 'pod:front-end#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -23.8, last: -2.4, count: 9 },
      { on: 'pod:front-end#0', reason: 'BackOff', message: `Back-off pulling image "${img}"`, first: -23.7, last: -0.6, count: 98 },
      { on: 'pod:front-end#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -23.7, last: -0.6, count: 98 },
    ],
    logs: {
      'front-end#old0/front-end': ['App now running in production mode on port 8079', `Request received: /catalogue?size=5, undefined`, 'Customer ID: undefined', 'Request received: /cart, undefined'],
      'front-end#old1/front-end': ['App now running in production mode on port 8079', 'Request received: /catalogue?page=1&size=6&tags=, undefined'],
      'carts#0/carts': [spring(T, -60 * 24 * 2 + 0.5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 24.718 seconds (JVM running for 26.54)')],
    },
  });
}
