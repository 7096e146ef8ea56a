// Blind held-out batch s62a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the session-2
// Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs, system part); built by scripts/s62a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const incidentTime = '2026-03-18T11:47:00Z';
const T = clock(incidentTime);
const OLD_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const NEW_OPTS = { name: 'JAVA_OPTS', value: '-XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const jvm = ["Unrecognized VM option 'MaxRAMPercentage=75.0'", 'Error: Could not create the Java Virtual Machine.', 'Error: A fatal exception has occurred. Program will exit.'];
// Spring Boot 1.x with Sleuth, as carts/orders print it.
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${len}`;

export const scenarios = [
  {
    folder: 's62a-orders-release-degraded',
    description: 'orders deploy stuck in argo for like 15min, says Degraded / progress deadline exceeded. checkout on the site still wokrs fine. commerce team cant see why, pls check',
    incidentTime,
    expected: { component: 'orders', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'orders', cause: 'bad-deploy-rollout' },
      { component: 'orders', cause: 'crash-loop' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'decoy', 'typo', 'team-name'],
    grounding: `
      Manifest: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f (session-2 system
      sock-shop): orders (weaveworksdemos/orders:0.4.7, 1 replica, RollingUpdate 25%/25%, so the old pod keeps serving while
      the new one is not Ready) with JAVA_OPTS "-Xms64m -Xmx128m -XX:+UseG1GC …". The image starts the JVM through
      msd-java's /usr/local/bin/java.sh ($JAVA_OPTS) on an OpenJDK 8u131 JRE (weaveworksdemos/msd-java, the orders README).
      Fault: the commerce team's release replaced -Xms64m -Xmx128m by -XX:MaxRAMPercentage=75.0 (the container-aware heap
      flag they use elsewhere). MaxRAMPercentage exists only from JDK 8u191/10, so HotSpot 8u131 refuses to start:
      "Unrecognized VM option 'MaxRAMPercentage=75.0'" / "Error: Could not create the Java Virtual Machine." (exit 1). The new
      ReplicaSet's pod crash-loops, the Deployment reports ProgressDeadlineExceeded after progressDeadlineSeconds 600, the old
      ReplicaSet's pod keeps serving (front-end checkouts succeed). The two ReplicaSets differ only in JAVA_OPTS.
      Decoy: carts' OOMKilled restart three days earlier.
      Deviations from upstream: the JAVA_OPTS change (the fault); log lines written in the runtimes' formats (HotSpot launcher,
      Spring Boot 1.x with Sleuth, MongoDB Java driver, morgan dev on the front-end).`,
    workloads: {
      orders: {
        containers: { orders: { env: [NEW_OPTS] } },
        rollout: { at: -19, oldReplicas: 1, oldContainers: { orders: { env: [OLD_OPTS] } } },
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-8.95), lastTransitionTime: T.iso(-8.95), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          created: T.iso(-18.98),
          containers: { orders: cs.crashLoop({ restarts: 7, exitCode: 1, reason: 'Error', startedAt: T.iso(-3.83), finishedAt: T.iso(-3.826), container: 'orders' }) },
        }],
      },
      carts: {
        pods: [{
          containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) },
        }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -19 },
      { on: 'rs:orders', reason: 'SuccessfulCreate', message: 'Created pod: @@POD:orders#0@@', first: -18.99 },
      { on: 'pod:orders#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -18.98 },
      { on: 'pod:orders#0', reason: 'Pulled', fieldPath: 'spec.containers{orders}', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -18.95, last: -3.84, count: 8 },
      { on: 'pod:orders#0', reason: 'Created', fieldPath: 'spec.containers{orders}', message: 'Created container orders', first: -18.95, last: -3.84, count: 8 },
      { on: 'pod:orders#0', reason: 'Started', fieldPath: 'spec.containers{orders}', message: 'Started container orders', first: -18.94, last: -3.83, count: 8 },
      { on: 'pod:orders#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', first: -18.9, last: -0.4, count: 86 },
    ],
    logs: {
      'orders#0/orders': jvm,
      'orders#0/orders/previous': jvm,
      'orders#old0/orders': [
        spring(-41.2, 'INFO', 'orders', 'nio-80-exec-4', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:388}] to orders-db:27017'),
        spring(-27.6, 'INFO', 'orders', 'nio-80-exec-9', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:42, serverValue:391}] to orders-db:27017'),
        spring(-12.3, 'INFO', 'orders', 'nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:43, serverValue:397}] to orders-db:27017'),
      ],
      'front-end#0/front-end': [
        morgan('GET', '/catalogue?size=5', 200, 21.734, 1797),
        morgan('GET', '/cart', 200, 38.512, 246),
        morgan('POST', '/orders', 201, 612.904, 342),
        morgan('GET', '/orders', 200, 88.201, 1420),
        morgan('GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, 12.667, 361),
        morgan('POST', '/cart', 201, 44.018, 0),
        morgan('POST', '/orders', 201, 587.331, 341),
        morgan('GET', '/customers/57a98d98e4b00679b4a830af', 200, 17.455, 254),
      ],
    },
    post: ({ dir, readJ, writeJ }) => {
      // The Deployment controller counts the crash-looping new pod as unavailable (total 2 pods, 1 available).
      const d = readJ(dir, 'deployments.json');
      for (const x of d.items) if (x.metadata.name === 'orders') x.status.unavailableReplicas = 1;
      writeJ(dir, 'deployments.json', d);
      // A running container reports the image as the runtime resolved it (docker.io/…), as the kit writes it for new pods.
      const pods = readJ(dir, 'pods.json');
      for (const p of pods.items) for (const c of p.status.containerStatuses ?? []) if (c.image === 'weaveworksdemos/orders:0.4.7') {
        c.image = 'docker.io/weaveworksdemos/orders:0.4.7';
        c.imageID = c.imageID.replace(/^weaveworksdemos/, 'docker.io/weaveworksdemos');
      }
      writeJ(dir, 'pods.json', pods);
    },
  },
];
