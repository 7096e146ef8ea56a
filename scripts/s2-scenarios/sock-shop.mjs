// Sock Shop (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f) as the kit's system,
// and its session-2 dev scenarios (issue 13); grounding notes in each scenario and SOURCES.md.
import { clock, cs } from '../s2-scenario-kit.mjs';

const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const http = (path, port, initial) => ({ httpGet: { path, port, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 3, successThreshold: 1, failureThreshold: 3 });
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const secJava = { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true };
const tmp = { volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }] };
const tmpVol = [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }];
const java = (name, tag, r) => ({
  name,
  containers: [{ name, image: `weaveworksdemos/${name}:${tag}`, env: [JAVA_OPTS], resources: r, ports: [{ containerPort: 80 }], securityContext: secJava, ...tmp }],
  volumes: tmpVol, nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
});
const mongo = (name) => ({
  name,
  containers: [{ name, image: 'mongo', ports: [{ name: 'mongo', containerPort: 27017 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID'] }, readOnlyRootFilesystem: true }, ...tmp }],
  volumes: tmpVol, nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 27017, targetPort: 27017 }] },
});

export const system = {
  id: 'sock-shop',
  namespace: 'sock-shop',
  labels: (name) => ({ name }),
  nodeLabels: (n) => ({ 'eks.amazonaws.com/nodegroup': n.group ?? 'general-2024', 'node.kubernetes.io/instance-type': 'm5.xlarge', 'topology.kubernetes.io/zone': n.zone, 'beta.kubernetes.io/os': 'linux' }),
  kernel: '5.10.227-219.884.amzn2.x86_64', osImage: 'Amazon Linux 2', kubelet: 'v1.29.10-eks-94953ac',
  nodes: [
    { name: 'ip-10-0-1-23.eu-west-1.compute.internal', ip: '10.0.1.23', podCidr: '10.0.1', zone: 'eu-west-1a', providerID: 'aws:///eu-west-1a/i-07d1f3c9a2b4e6f80' },
    { name: 'ip-10-0-2-148.eu-west-1.compute.internal', ip: '10.0.2.148', podCidr: '10.0.2', zone: 'eu-west-1b', providerID: 'aws:///eu-west-1b/i-0b8e24c61f5a3d917' },
    { name: 'ip-10-0-3-91.eu-west-1.compute.internal', ip: '10.0.3.91', podCidr: '10.0.3', zone: 'eu-west-1c', providerID: 'aws:///eu-west-1c/i-0e3a97d1c4f28b605' },
  ],
  workloads: [
    { ...java('carts', '0.4.8', res('100m', '200Mi', '300m', '500Mi')) },
    mongo('carts-db'),
    {
      name: 'catalogue',
      containers: [{ name: 'catalogue', image: 'weaveworksdemos/catalogue:0.3.5', command: ['/app'], args: ['-port=80'], resources: res('100m', '100Mi', '200m', '200Mi'), ports: [{ containerPort: 80 }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    {
      name: 'catalogue-db',
      containers: [{ name: 'catalogue-db', image: 'weaveworksdemos/catalogue-db:0.3.0', env: [{ name: 'MYSQL_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'catalogue-db', key: 'root-password' } } }, { name: 'MYSQL_DATABASE', value: 'socksdb' }], ports: [{ name: 'mysql', containerPort: 3306 }] }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 3306, targetPort: 3306 }] },
    },
    {
      name: 'front-end', replicas: 2,
      containers: [{ name: 'front-end', image: 'weaveworksdemos/front-end:0.3.12', resources: res('100m', '300Mi', '300m', '1000Mi'), ports: [{ containerPort: 8079 }], env: [{ name: 'SESSION_REDIS', value: 'true' }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/', 8079, 300), readinessProbe: http('/', 8079, 30) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 8079 }], type: 'NodePort' },
    },
    { ...java('orders', '0.4.7', res('100m', '300Mi', '500m', '500Mi')) },
    mongo('orders-db'),
    {
      name: 'payment',
      containers: [{ name: 'payment', image: 'weaveworksdemos/payment:0.4.3', resources: res('99m', '100Mi', '200m', '200Mi'), ports: [{ containerPort: 80 }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    { ...java('queue-master', '0.3.1', res('100m', '300Mi', '300m', '500Mi')) },
    {
      name: 'rabbitmq',
      containers: [
        { name: 'rabbitmq', image: 'rabbitmq:3.6.8-management', ports: [{ name: 'management', containerPort: 15672 }, { name: 'rabbitmq', containerPort: 5672 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID', 'DAC_OVERRIDE'] }, readOnlyRootFilesystem: true } },
        { name: 'rabbitmq-exporter', image: 'kbudde/rabbitmq-exporter', ports: [{ name: 'exporter', containerPort: 9090 }] },
      ],
      podAnnotations: { 'prometheus.io/scrape': 'false' },
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ name: 'rabbitmq', port: 5672, targetPort: 5672 }, { name: 'exporter', port: 9090, targetPort: 'exporter' }] },
    },
    {
      name: 'session-db',
      containers: [{ name: 'session-db', image: 'redis:alpine', ports: [{ name: 'redis', containerPort: 6379 }], securityContext: { capabilities: { drop: ['all'], add: ['CHOWN', 'SETGID', 'SETUID'] }, readOnlyRootFilesystem: true } }],
      podAnnotations: { 'prometheus.io/scrape': 'false' },
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 6379, targetPort: 6379 }] },
    },
    { ...java('shipping', '0.4.8', res('100m', '300Mi', '300m', '500Mi')), containers: [{ name: 'shipping', image: 'weaveworksdemos/shipping:0.4.8', env: [{ name: 'ZIPKIN', value: 'zipkin.jaeger.svc.cluster.local' }, JAVA_OPTS], resources: res('100m', '300Mi', '300m', '500Mi'), ports: [{ containerPort: 80 }], securityContext: secJava, ...tmp }] },
    {
      name: 'user',
      containers: [{ name: 'user', image: 'weaveworksdemos/user:0.4.7', resources: res('100m', '100Mi', '300m', '200Mi'), ports: [{ containerPort: 80 }], env: [{ name: 'mongo', value: 'user-db:27017' }], securityContext: { runAsNonRoot: true, runAsUser: 10001, capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true }, livenessProbe: http('/health', 80, 300), readinessProbe: http('/health', 80, 180) }],
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' }, service: { ports: [{ port: 80, targetPort: 80 }] },
    },
    { ...mongo('user-db'), containers: [{ ...mongo('user-db').containers[0], image: 'weaveworksdemos/user-db:0.3.0' }] },
  ],
};

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [];

// 1. orders-db EBS volume cannot attach on the replacement node; orders louder.
{
  const incidentTime = '2026-11-04T07:42:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'orders-db-ebs-attach-failed', incidentTime,
    description: 'checkout broken since the node rotation this morning, orders service throwing mongo timeouts',
    expected: { component: 'orders-db', cause: 'storage-unavailable' },
    difficulty: 'medium', traits: ['louder-dependents', 'time-expression'],
    grounding: `Deviation (SOURCES.md): orders-db keeps /data/db on a gp3 PVC (EBS CSI) instead of the demo's emptyDir. A managed node group
      rotation terminated the old node; the EBS volume is still "detaching" from the terminated instance so the new pod stays in
      ContainerCreating with FailedAttachVolume (aws-ebs-csi-driver message) and FailedMount timeouts; orders logs MongoTimeoutException
      (Spring Data MongoDB, Java driver 3.x) and front-end 500s on /orders.`,
    pvcs: [{ name: 'orders-db-data', volume: 'pvc-5b9e7c2a-1f3d-4e8b-9a60-2c4d7e1f8b39', size: '20Gi' }],
    workloads: {
      'orders-db': {
        patch: { volumes: [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }, { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } }] },
        containers: { 'orders-db': { volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }, { mountPath: '/data/db', name: 'data' }] } },
        pods: [{ created: T.iso(-31), creating: true, node: 'ip-10-0-3-91.eu-west-1.compute.internal' }], unavailableSince: -31,
      },
    },
    events: [
      { on: 'pod:orders-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to ip-10-0-3-91.eu-west-1.compute.internal', source: 'default-scheduler', first: -31, last: -31 },
      { on: 'pod:orders-db#0', reason: 'FailedAttachVolume', message: 'AttachVolume.Attach failed for volume "pvc-5b9e7c2a-1f3d-4e8b-9a60-2c4d7e1f8b39" : rpc error: code = Internal desc = Could not attach volume "vol-0c4b2e8f1a9d73e56" to node "i-0e3a97d1c4f28b605": attachment of disk "vol-0c4b2e8f1a9d73e56" failed, expected device to be attached but was detaching', type: 'Warning', source: 'attachdetach-controller', first: -30, last: -2, count: 16 },
      { on: 'pod:orders-db#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: -29, last: -3, count: 13 },
    ],
    logs: {
      'orders#0/orders': [
        spring(T, -25, 'ERROR', 'orders', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector.] with root cause'),
        `com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]`,
        `\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167)`,
        spring(T, -4, 'INFO', 'orders', 'cluster-ClusterId{value=\'6a1f\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server orders-db:27017'),
      ],
      'front-end#0/front-end': [
        `Error: Internal Server Error`,
        `POST /orders 500 30041.127 ms - 101`,
        `GET /orders 500 30018.556 ms - 101`,
      ],
    },
  });
}

// 2. catalogue-db password rotated; catalogue keeps the old DSN and is refused.
{
  const incidentTime = '2026-11-06T12:18:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'catalogue-db-password-rotated', incidentTime,
    description: 'socks catalogue page empty / 500 for ~25 min. catalog db pod is up and green',
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'config-error' }],
    difficulty: 'hard', traits: ['bad-credentials', 'pods-ready', 'time-expression', 'partial-name'],
    grounding: `catalogue connects with -DSN=catalogue_user:<password>@tcp(catalogue-db:3306)/socksdb (go-sql-driver/mysql). A quarterly
      credential rotation re-created catalogue-db at 11:50 with a new password from the secret; catalogue kept the old DSN and MySQL
      answers Error 1045 (28000) Access denied. Both pods stay Ready (catalogue's /health answers 200 and only reports the database status in its body).`,
    workloads: {
      'catalogue-db': { rollout: { at: -28 }, pods: [{}] },
    },
    events: [
      { on: 'deploy:catalogue-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-db-%NEW% to 1', first: -28, last: -28 },
      { on: 'deploy:catalogue-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-db-%OLD% to 0 from 1', first: -27, last: -27 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        kit(T, -26, `caller=logging.go:80 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=3.211ms`),
        kit(T, -26, `caller=service.go:111 Error="Error 1045: Access denied for user 'catalogue_user'@'10.0.2.61' (using password: YES)"`),
        kit(T, -12, `caller=logging.go:80 method=Count tags= result=0 err="database connection error" took=2.87ms`),
        kit(T, -12, `caller=service.go:130 Error="Error 1045: Access denied for user 'catalogue_user'@'10.0.2.61' (using password: YES)"`),
        kit(T, -2, `caller=logging.go:80 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=3.02ms`),
      ],
      'catalogue-db#0/catalogue-db': [
        `${T.java(-27.5).replace(' ', 'T').slice(0, 23)}Z 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
        `${T.java(-26).replace(' ', 'T').slice(0, 23)}Z 4 [Note] Access denied for user 'catalogue_user'@'10.0.2.61' (using password: YES)`,
      ],
      'front-end#0/front-end': [
        `GET /catalogue?size=6 500 4.112 ms - 53`,
        `Error: Internal Server Error`,
      ],
    },
  });
}

// 3. RabbitMQ memory alarm blocks publishers; shipping hangs, orders louder.
{
  const incidentTime = '2026-11-08T18:26:00Z';
  const T = clock(incidentTime);
  const d = (min) => { const x = new Date(Date.parse(T.iso(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][x.getUTCMonth()]; return `${String(x.getUTCDate()).padStart(2,'0')}-${mon}-${x.getUTCFullYear()}::${T.hm(min)}:${String(x.getUTCSeconds()).padStart(2,'0')}`; };
  scenarios.push({
    folder: 'rabbitmq-memory-alarm-blocks-shipping', incidentTime,
    description: 'orders hang at "placing order" then time out, started ~18:05. all pods green, no deploys',
    expected: { component: 'rabbitmq', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `rabbitmq:3.6.8 with the default vm_memory_high_watermark 0.4. queue-master was scaled to 0 for a test and forgotten, so the
      shipping-task queue grew until the memory alarm fired; RabbitMQ blocks publishing connections ("Publishers will be blocked until this
      alarm clears", 3.6 log format). shipping's publish blocks, orders' call to http://shipping/shipping times out (Read timed out).`,
    workloads: { 'queue-master': { replicas: 0, pods: [] } },
    events: [{ on: 'deploy:queue-master', reason: 'ScalingReplicaSet', message: 'Scaled down replica set queue-master-%NEW% to 0 from 1', first: -180, last: -180 }],
    logs: {
      'rabbitmq#0/rabbitmq': [
        `=INFO REPORT==== ${d(-60 * 24 * 3)} ===`,
        `Server startup complete; 6 plugins started.`,
        ``,
        `=INFO REPORT==== ${d(-21)} ===`,
        `vm_memory_high_watermark set. Memory used:3282083512 allowed:3281969561`,
        ``,
        `=WARNING REPORT==== ${d(-21)} ===`,
        `memory resource limit alarm set on node rabbit@%POD%.`,
        ``,
        `**********************************************************`,
        `*** Publishers will be blocked until this alarm clears ***`,
        `**********************************************************`,
      ],
      'shipping#0/shipping': [
        spring(T, -20, 'INFO', 'shipping', 'nio-80-exec-4', 'w.s.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(T, -9, 'INFO', 'shipping', 'nio-80-exec-8', 'w.s.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
      ],
      'orders#0/orders': [
        spring(T, -19, 'ERROR', 'orders', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Unable to create order due to timeout from one of the services.] with root cause'),
        `java.util.concurrent.TimeoutException: null`,
        `\tat java.util.concurrent.FutureTask.get(FutureTask.java:205)`,
        `\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:150)`,
        spring(T, -8, 'ERROR', 'orders', 'nio-80-exec-5', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://shipping/shipping": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out] with root cause'),
      ],
    },
  });
}

// 4. front-end (Node) OOMKilled under load; a healthy carts rollout an hour before is a decoy.
{
  const incidentTime = '2026-11-09T20:14:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'front-end-oom-carts-rollout-decoy', incidentTime,
    description: 'site keeps throwing 502 from the ALB every few minutes for the last half hour. carts was deployed at 19:10 fwiw',
    expected: { component: 'front-end', cause: 'oom-killed' },
    difficulty: 'medium', traits: ['decoy', 'time-expression'],
    grounding: `front-end (Node.js 10 Express app, limits memory 1000Mi). A session leak under an evening campaign grows the heap until the
      kernel OOM-kills it (exit 137, reason OOMKilled) on both pods, alternately, so the ALB sees 502s. Decoy: carts rolled out 0.4.8 →
      0.4.8-2 at 19:10 and has been healthy since (pods Ready, no errors).`,
    workloads: {
      'front-end': {
        pods: [
          { containers: { 'front-end': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9), finishedAt: T.iso(-3.1) } }) } },
          { containers: { 'front-end': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-14), finishedAt: T.iso(-7.1) } }) } },
        ],
      },
      carts: { rollout: { at: -64, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.8' } } }, containers: { carts: { image: 'weaveworksdemos/carts:0.4.8-2' } } },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -64, last: -64 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -63, last: -63 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{front-end}', first: -28, last: -3, count: 9 },
      { on: 'pod:front-end#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{front-end}', first: -25, last: -7, count: 7 },
    ],
    logs: {
      'front-end#0/front-end': [`App now running in production mode on port 8079`, `GET /catalogue?size=5 200 38.221 ms - 1913`, `GET /cart 200 12.008 ms - 2`],
      'front-end#0/front-end/previous': [
        `GET /catalogue?page=1&size=6 200 41.771 ms - 2283`,
        ``,
        `<--- Last few GCs --->`,
        ``,
        `[1:0x3b6f5d0]   361234 ms: Mark-sweep 954.3 (1011.6) -> 951.8 (1012.1) MB, 1402.6 / 0.0 ms  (average mu = 0.112, current mu = 0.021) allocation failure scavenge might not succeed`,
        ``,
        `<--- JS stacktrace --->`,
      ],
      'carts#0/carts': [spring(T, -63, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.286 seconds (JVM running for 43.615)')],
    },
  });
}

// 5. orders pod evicted by a drain; its replacement is forbidden by the namespace quota.
{
  const incidentTime = '2026-11-11T10:58:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'orders-replacement-blocked-by-quota', incidentTime,
    description: 'no one can place orders for the past 20 minutes, commerce team',
    expected: { component: 'orders', cause: 'quota-exceeded' },
    difficulty: 'medium', traits: ['time-expression', 'team-name'],
    grounding: `A platform-team ResourceQuota (limits.memory 6Gi) was added to sock-shop last week, sized on requests; a node drain at 10:37
      deleted the orders pod and the ReplicaSet cannot create the replacement: FailedCreate "exceeded quota: sock-shop-quota, requested:
      limits.memory=500Mi, used: limits.memory=5900Mi, limited: limits.memory=6Gi" (the replicaset controller's message).`,
    resourceQuotas: [{ name: 'sock-shop-quota', hard: { 'limits.memory': '6Gi', 'requests.cpu': '4', pods: '40' }, used: { 'limits.memory': '5900Mi', 'requests.cpu': '1599m', pods: '15' } }],
    workloads: { orders: { pods: [], rsReplicas: 1, unavailableSince: -21, progressing: { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' } } },
    events: [
      { on: 'rs:orders', reason: 'FailedCreate', message: 'Error creating: pods "orders-%RS%" is forbidden: exceeded quota: sock-shop-quota, requested: limits.memory=500Mi, used: limits.memory=5900Mi, limited: limits.memory=6Gi', type: 'Warning', first: -21, last: -1, count: 17 },
    ],
    logs: {
      'front-end#0/front-end': [`POST /orders 500 3.018 ms - 97`, `Error: connect ECONNREFUSED 10.100.164.35:80`, `    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1106:14)`],
    },
  });
}

// 6. Chaos Mesh NetworkChaos delay left on payment; pods Ready, only orders sees it.
{
  const incidentTime = '2026-11-13T15:22:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'payment-networkchaos-delay-left-on', incidentTime,
    description: 'checkout takes 10+ s then "payment declined: timeout" since ~15:00 — payment pods look healthy',
    expected: { component: 'payment', cause: 'network-fault' },
    difficulty: 'hard', traits: ['network-latency', 'pods-ready', 'callers-only', 'time-expression'],
    grounding: `A Chaos Mesh NetworkChaos (action: delay, latency 3000ms, jitter 500ms, selector name=payment) from a game day was created
      with duration unset and never deleted. payment (Go, go-kit) answers its own /health quickly over loopback, so it stays Ready and logs
      nothing unusual; orders' RestTemplate POSTs to http://payment/paymentAuth time out (SocketTimeoutException: Read timed out).`,
    logs: {
      'orders#0/orders': [
        spring(T, -20, 'INFO', 'orders', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5544154011345918\', expires=\'08/19\', ccv=\'958\'}, customer=Customer{id=\'null\', firstName=\'User\', lastName=\'Name\', username=\'user\', addresses=[], cards=[]}, amount=34.98}'),
        spring(T, -19.8, 'ERROR', 'orders', 'nio-80-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out] with root cause'),
        `java.net.SocketTimeoutException: Read timed out`,
        `\tat java.net.SocketInputStream.socketRead0(Native Method)`,
        spring(T, -6.8, 'ERROR', 'orders', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out] with root cause'),
      ],
      'payment#0/payment': [
        kit(T, -40, 'transport=HTTP port=80'),
        kit(T, -19.7, 'method=Authorise result=true took=23.114µs'),
        kit(T, -6.7, 'method=Authorise result=true took=19.87µs'),
      ],
      'front-end#0/front-end': [`POST /orders 500 10231.874 ms - 116`, `POST /orders 500 10188.102 ms - 116`],
    },
  });
}

// 7. carts-db mongod replaying its journal after an unclean stop; no probes, so Ready; carts louder.
{
  const incidentTime = '2026-11-15T06:48:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'carts-db-recovering-not-listening', incidentTime,
    description: 'basket broken — add to cart errors since about 06:30. carts svc logs are a wall of mongo exceptions',
    expected: { component: 'carts-db', cause: 'dependency-down' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression'],
    grounding: `carts-db (mongo, no probes in complete-demo.yaml). Deviation: /data/db on a PVC. After the node was hard-rebooted at 06:29 the
      container starts and mongod replays its WiredTiger log ("Recovering log ... through ...") before it opens port 27017; the pod is Running
      and Ready (no readiness probe) but refuses connections; carts' Spring Data MongoDB logs MongoSocketOpenException: Connection refused.`,
    workloads: {
      'carts-db': { pods: [{ created: T.iso(-19), containers: { 'carts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-18), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-19.5) } }) } }] },
    },
    events: [
      { on: 'pod:carts-db#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', fieldPath: '', first: -18.5, last: -18.5 },
      { on: 'pod:carts-db#0', reason: 'Started', message: 'Started container carts-db', fieldPath: 'spec.containers{carts-db}', first: -18, last: -18 },
    ],
    logs: {
      'carts-db#0/carts-db': [
        JSON.stringify({ t: { $date: T.isoMs(-18) }, s: 'I', c: 'CONTROL', id: 4615611, ctx: 'initandlisten', msg: 'MongoDB starting', attr: { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' } }),
        JSON.stringify({ t: { $date: T.isoMs(-17.9) }, s: 'W', c: 'STORAGE', id: 22271, ctx: 'initandlisten', msg: 'Detected unclean shutdown - Lock file is not empty', attr: { lockFile: '/data/db/mongod.lock' } }),
        JSON.stringify({ t: { $date: T.isoMs(-17.8) }, s: 'I', c: 'STORAGE', id: 22315, ctx: 'initandlisten', msg: 'Opening WiredTiger', attr: { config: 'create,cache_size=7474M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=2000),statistics_log=(wait=0),json_output=(error,message),verbose=[recovery_progress:1,checkpoint_progress:1,compact_progress:1,backup:0,checkpoint:0,compact:0,evict:0,history_store:0,recovery:0,rts:0,salvage:0,tiered:0,timestamp:0,transaction:0,verify:0,log:0],' } }),
        JSON.stringify({ t: { $date: T.isoMs(-12) }, s: 'I', c: 'WTRECOV', id: 22430, ctx: 'initandlisten', msg: 'WiredTiger message', attr: { message: { ts_sec: Math.floor(Date.parse(T.iso(-12)) / 1000), ts_usec: 0, thread: '1:0x7f3c2a1b8c80', session_name: 'txn-recover', category: 'WT_VERB_RECOVERY_PROGRESS', category_id: 30, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'Recovering log 412 through 431' } } }),
        JSON.stringify({ t: { $date: T.isoMs(-3) }, s: 'I', c: 'WTRECOV', id: 22430, ctx: 'initandlisten', msg: 'WiredTiger message', attr: { message: { ts_sec: Math.floor(Date.parse(T.iso(-3)) / 1000), ts_usec: 0, thread: '1:0x7f3c2a1b8c80', session_name: 'txn-recover', category: 'WT_VERB_RECOVERY_PROGRESS', category_id: 30, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'Recovering log 419 through 431' } } }),
      ],
      'carts#0/carts': [
        spring(T, -15, 'INFO', 'carts', 'cluster-ClusterId{value=\'673b\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        `com.mongodb.MongoSocketOpenException: Exception opening socket`,
        `\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63)`,
        `Caused by: java.net.ConnectException: Connection refused (Connection refused)`,
        spring(T, -9, 'ERROR', 'carts', 'nio-80-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]] with root cause'),
        spring(T, -2, 'ERROR', 'carts', 'nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect.] with root cause'),
      ],
      'front-end#1/front-end': [`POST /cart 500 10043.551 ms - 89`, `GET /cart 500 10012.903 ms - 89`],
    },
  });
}

// 8. shipping rescheduled onto a node group that no longer exists.
{
  const incidentTime = '2026-11-17T09:12:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'shipping-pending-nodegroup-removed', incidentTime,
    description: 'fulfilment: orders go through but fail at shipping step since 08:55?',
    expected: { component: 'shipping', cause: 'unschedulable' },
    difficulty: 'easy', traits: ['team-name', 'time-expression'],
    grounding: `Deviation: shipping pinned to the "fulfilment" EKS managed node group (nodeSelector eks.amazonaws.com/nodegroup). The node group
      was deleted in a consolidation at 08:54; its pod was deleted and the replacement is Pending: "0/3 nodes are available: 3 node(s) didn't
      match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." (scheduler text).`,
    workloads: {
      shipping: {
        patch: { nodeSelector: { 'beta.kubernetes.io/os': 'linux', 'eks.amazonaws.com/nodegroup': 'fulfilment' } },
        pods: [{ created: T.iso(-17), unscheduled: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." }], unavailableSince: -17,
      },
    },
    events: [
      { on: 'pod:shipping#0', reason: 'FailedScheduling', message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", type: 'Warning', source: 'default-scheduler', first: -17, last: -2, count: 5 },
    ],
    logs: {
      'orders#0/orders': [
        spring(T, -10, 'ERROR', 'orders', 'nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://shipping/shipping": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
      ],
    },
  });
}

// 9. No fault: a customer's large order declined by payment's amount rule.
{
  const incidentTime = '2026-11-19T11:40:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-payment-declined-large-order', incidentTime,
    description: 'support ticket: customer says payment keeps getting declined on a big order, is the payment svc broken?',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `payment (Go) declines authorisations above its -decline amount (default 105.00 in payment's main.go): "Payment declined:
      amount exceeds 105.00" is business behaviour, not a fault. Decoy: user-db logged slow-query warnings last week; all pods Ready.`,
    logs: {
      'payment#0/payment': [
        kit(T, -30, 'method=Authorise result=true took=17.2µs'),
        kit(T, -22, 'method=Authorise result=false err="Payment declined: amount exceeds 105.00" took=11.9µs'),
        kit(T, -9, 'method=Authorise result=false err="Payment declined: amount exceeds 105.00" took=12.4µs'),
        kit(T, -4, 'method=Authorise result=true took=15.0µs'),
      ],
      'orders#0/orders': [
        spring(T, -9, 'ERROR', 'orders', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 105.00] with root cause'),
      ],
      'user-db#0/user-db': [
        JSON.stringify({ t: { $date: T.isoMs(-60 * 24 * 7) }, s: 'I', c: 'COMMAND', id: 51803, ctx: 'conn412', msg: 'Slow query', attr: { type: 'command', ns: 'users.customers', command: { find: 'customers' }, durationMillis: 212 } }),
      ],
    },
  });
}

// 10. user-db image re-pinned to a tag that does not exist; queue-master crash-looping concurrently (unrelated, louder).
{
  const incidentTime = '2026-11-21T14:36:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'user-db-image-pull-queue-master-crash-concurrent', incidentTime,
    description: 'login broken for customers since ~14:20 (user svc returns 500)',
    expected: { component: 'user-db', cause: 'image-pull' },
    difficulty: 'hard', traits: ['concurrent-faults', 'louder-dependents', 'time-expression'],
    grounding: `A Renovate PR re-pinned user-db to weaveworksdemos/user-db:0.4.0, a tag that was never published (Docker Hub answers manifest
      unknown); the rollout replaced the pod (1 replica) and the new one is in ImagePullBackOff, so user's mgo driver reports "no reachable
      servers". Concurrently and unrelated, queue-master crash-loops on a bad JAVA_OPTS (its restarts are louder).`,
    workloads: {
      'user-db': {
        rollout: { at: -17, oldContainers: { 'user-db': { image: 'weaveworksdemos/user-db:0.3.0' } } },
        containers: { 'user-db': { image: 'weaveworksdemos/user-db:0.4.0' } },
        pods: [{ created: T.iso(-16.5), containers: { 'user-db': cs.waiting('ImagePullBackOff', 'Back-off pulling image "weaveworksdemos/user-db:0.4.0"') } }], unavailableSince: -16.5,
      },
      'queue-master': {
        containers: { 'queue-master': { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -XX:MaxRAMPercent=75 -Djava.security.egd=file:/dev/urandom -XX:+UseParallelGC' }] } },
        pods: [{ created: T.iso(-50), containers: { 'queue-master': cs.crashLoop({ restarts: 14, exitCode: 1, startedAt: T.iso(-1.5), finishedAt: T.iso(-1.4), container: 'queue-master' }) } }],
      },
    },
    events: [
      { on: 'pod:user-db#0', reason: 'Failed', message: 'Failed to pull image "weaveworksdemos/user-db:0.4.0": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/weaveworksdemos/user-db:0.4.0": failed to resolve reference "docker.io/weaveworksdemos/user-db:0.4.0": docker.io/weaveworksdemos/user-db:0.4.0: not found', type: 'Warning', fieldPath: 'spec.containers{user-db}', first: -16, last: -2, count: 6 },
      { on: 'pod:user-db#0', reason: 'BackOff', message: 'Back-off pulling image "weaveworksdemos/user-db:0.4.0"', fieldPath: 'spec.containers{user-db}', first: -15.8, last: -0.5, count: 64 },
      { on: 'pod:queue-master#0', reason: 'BackOff', message: 'Back-off restarting failed container queue-master in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{queue-master}', first: -48, last: -1, count: 190 },
    ],
    logs: {
      'user#0/user': [
        kit(T, -15, 'caller=logging.go:33 method=Login result=0 took=5.000921s err="no reachable servers"'),
        kit(T, -7, 'caller=logging.go:33 method=Login result=0 took=5.001337s err="no reachable servers"'),
        kit(T, -2, 'caller=logging.go:33 method=GetUsers result=0 took=5.00044s err="no reachable servers"'),
      ],
      'queue-master#0/queue-master/previous': [
        `Conflicting collector combinations in option list; please refer to the release notes for the combinations allowed`,
        `Error: Could not create the Java Virtual Machine.`,
        `Error: A fatal exception has occurred. Program will exit.`,
      ],
      'front-end#0/front-end': [`GET /login 500 5012.330 ms - 21`, `GET /customers/57a98d98e4b00679b4a830af 500 5003.1 ms - 21`],
    },
  });
}

// 11. DiskPressure on one node evicts carts and orders; node still under pressure.
{
  const incidentTime = '2026-11-23T03:14:00Z';
  const T = clock(incidentTime);
  const NODE = 'ip-10-0-2-148.eu-west-1.compute.internal';
  scenarios.push({
    folder: 'node-disk-pressure-evicts-carts-orders', incidentTime,
    description: 'night pager: cart + orders 5xx, started around 3am',
    expected: { component: 'carts', cause: 'node-pressure', node: NODE },
    alsoAcceptable: [{ component: 'orders', cause: 'node-pressure', node: NODE }],
    difficulty: 'medium', traits: ['node-level', 'time-expression'],
    grounding: `A runaway debug log on ${NODE} filled the root volume; the kubelet sets DiskPressure, taints the node and evicts pods by
      ephemeral-storage use ("The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1540872Ki."); the
      replacements for carts and orders are Pending because the other nodes lack memory for their requests at night scale-down.`,
    nodes: { [NODE]: { conditions: { DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-16), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' } }, taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-16) }] } },
    workloads: {
      carts: { pods: [
        { node: NODE, evicted: 'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1540872Ki. Container carts was using 1868Ki, request is 0, has larger consumption of ephemeral-storage. ' },
        { created: T.iso(-15), unscheduled: '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.' },
      ], unavailableSince: -15 },
      orders: { pods: [
        { node: NODE, evicted: 'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1540872Ki. Container orders was using 2204Ki, request is 0, has larger consumption of ephemeral-storage. ' },
        { created: T.iso(-14.5), unscheduled: '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.' },
      ], unavailableSince: -14.5 },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeHasDiskPressure', message: `Node ${NODE} status is now: NodeHasDiskPressure`, first: -16, last: -16 },
      { on: `node:${NODE}`, reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', type: 'Warning', first: -16, last: -14, count: 3 },
      { on: 'pod:carts#0', reason: 'Evicted', message: 'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1540872Ki. Container carts was using 1868Ki, request is 0, has larger consumption of ephemeral-storage. ', type: 'Warning', first: -15.2, last: -15.2 },
      { on: 'pod:orders#0', reason: 'Evicted', message: 'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1540872Ki. Container orders was using 2204Ki, request is 0, has larger consumption of ephemeral-storage. ', type: 'Warning', first: -14.7, last: -14.7 },
      { on: 'pod:carts#1', reason: 'FailedScheduling', message: '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.', type: 'Warning', source: 'default-scheduler', first: -15, last: -1, count: 6 },
    ],
    logs: {
      'front-end#0/front-end': [`GET /cart 500 3.551 ms - 89`, `Error: connect ECONNREFUSED 10.100.44.201:80`, `POST /orders 500 2.903 ms - 97`],
    },
  });
}

// 12. front-end replacement pod needs a ConfigMap deleted in a namespace cleanup.
{
  const incidentTime = '2026-11-25T16:08:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'front-end-configmap-deleted', incidentTime,
    description: 'fornt end down?? half the requests 503 for the last 10 min',
    expected: { component: 'front-end', cause: 'config-missing' },
    difficulty: 'easy', traits: ['typo', 'time-expression'],
    grounding: `Deviation: front-end takes its endpoints from envFrom ConfigMap front-end-env (the operator's override of api/endpoints.js
      defaults). A cleanup job deleted unused-looking ConfigMaps at 15:55; one front-end pod was later rescheduled and its replacement stays
      in CreateContainerConfigError 'configmap "front-end-env" not found' (kubelet text); the other pod still serves.`,
    workloads: {
      'front-end': {
        containers: { 'front-end': { envFrom: [{ configMapRef: { name: 'front-end-env' } }] } },
        pods: [{}, { created: T.iso(-11), containers: { 'front-end': cs.waiting('CreateContainerConfigError', 'configmap "front-end-env" not found') } }],
      },
    },
    configMaps: [{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }],
    events: [
      { on: 'pod:front-end#1', reason: 'Failed', message: 'Error: configmap "front-end-env" not found', type: 'Warning', fieldPath: 'spec.containers{front-end}', first: -10.8, last: -0.5, count: 52 },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', fieldPath: 'spec.containers{front-end}', first: -10.8, last: -0.5, count: 52 },
    ],
  });
}
