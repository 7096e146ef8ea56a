// Batch s28b held-out scenario for Sock Shop (split: test), written blind; the system is the session-2 definition
// (scripts/s2-scenarios/sock-shop.mjs), built by scripts/s28b-build.mjs (which also writes the rollout's Deployment status).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const T = clock('2026-05-19T15:06:00Z');
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const newEnv = [
  JAVA_OPTS,
  { name: 'SPRING_DATA_MONGODB_URI', value: 'mongodb://orders-db:27017/data' },
  { name: 'SPRING_DATA_MONGODB_USERNAME', valueFrom: { secretKeyRef: { name: 'orders-db-credentials', key: 'username' } } },
  { name: 'SPRING_DATA_MONGODB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-db-credentials', key: 'password' } } },
];

/** The rollout's Deployment status as the controller writes it (old pod still serving); applied by the build script. */
export const rolloutStatus = {
  's28b-orders-rollout-secret-absent': { deployment: 'orders', stuckSince: -16.5, rolloutAt: -26.5, incidentTime: '2026-05-19T15:06:00Z' },
};

export const scenarios = [
  {
    folder: 's28b-orders-rollout-secret-absent',
    incidentTime: '2026-05-19T15:06:00Z',
    description: 'orders deploy stuck in the pipeline since 14:40, argo says Degraded, can someone look',
    expected: { component: 'orders', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml at 9dff06f, session-2 system): orders is one replica of
      weaveworksdemos/orders:0.4.7 (Spring Boot) with JAVA_OPTS only, RollingUpdate 25%/25%, so a one-replica rollout
      surges one new pod and keeps the old one until the new one is Ready.
      Fault: a platform change moves the orders-db connection settings to env (SPRING_DATA_MONGODB_URI and credentials
      from a Secret orders-db-credentials, created by a sealed-secrets manifest in staging but never applied to the
      production namespace). The new pod sits in CreateContainerConfigError, the kubelet's event reads 'Error: secret
      "orders-db-credentials" not found', and after progressDeadlineSeconds (600) the Deployment's Progressing condition
      is False / ProgressDeadlineExceeded, which Argo CD shows as Degraded. The old ReplicaSet's pod keeps serving, so
      orders still work; the pipeline is what pages. This is the common "secret not found" rollout failure (Kubernetes
      docs, Pod configuration errors; many public Argo CD / Flux issue threads).
      Decoys: carts-db's container exited 0 and was restarted once two days ago, and catalogue logs one slow List
      (812 ms); neither is related.`,
    workloads: {
      orders: {
        rollout: { at: -26.5, revision: 6, oldReplicas: 1, oldContainers: { orders: { env: [JAVA_OPTS] } } },
        containers: { orders: { env: newEnv } },
        pods: [{
          containers: {
            orders: cs.waiting('CreateContainerConfigError', 'secret "orders-db-credentials" not found'),
          },
          ready: false,
        }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16.5), lastTransitionTime: T.iso(-16.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      'carts-db': {
        pods: [{
          containers: {
            'carts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 31), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 2 - 31.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -26.5 },
      { on: 'rs:orders', reason: 'SuccessfulCreate', message: 'Created pod: orders-%RS%', first: -26.5 },
      { on: 'pod:orders#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -26.5 },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -26.4, last: -0.6, count: 121 },
      { on: 'pod:orders#0', type: 'Warning', reason: 'Failed', message: 'Error: secret "orders-db-credentials" not found', first: -26.4, last: -0.6, count: 121 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-14.2)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.118041ms`,
        `ts=${T.isoMs(-9.7)} caller=logging.go:62 method=Count tags= result=9 err=null took=1.402377ms`,
        `ts=${T.isoMs(-4.1)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=812.55ms`,
        `ts=${T.isoMs(-1.2)} caller=logging.go:62 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock={ID:03fef6ac-1896-4ce8-bd69-b798f85c6e0b} err=null took=1.906112ms`,
      ],
    },
  },
];

// The old orders pod's log (it keeps serving) is written by the build script (the kit names only current pods).
export const oldPodLogs = {
  's28b-orders-rollout-secret-absent': {
    deployment: 'orders',
    container: 'orders',
    lines: [
      spring(T, -31.4, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.orders.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830b2'),
      spring(T, -31.3, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a4c0d8e2f1b7c0001e3a9d2\', customerId=\'57a98d98e4b00679b4a830b2\'}'),
      spring(T, -12.8, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.orders.controllers.OrdersController', 'Creating order for customer: 57a98d98e4b00679b4a830b2'),
      spring(T, -12.7, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a4c0f1a2f1b7c0001e3a9e7\', customerId=\'57a98d98e4b00679b4a830b2\'}'),
      spring(T, -3.1, 'INFO', 'orders', 'http-nio-80-exec-1', 'w.w.orders.controllers.OrdersController', 'Creating order for customer: 5a8c1f2be4b0a6e1c2d3f401'),
      spring(T, -3.0, 'INFO', 'orders', 'http-nio-80-exec-1', 'w.w.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a4c10b72f1b7c0001e3a9f0\', customerId=\'5a8c1f2be4b0a6e1c2d3f401\'}'),
    ],
  },
};
