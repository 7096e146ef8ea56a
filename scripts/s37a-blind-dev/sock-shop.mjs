// Batch s37a (blind dev): one Sock Shop incident, written without reading the engine, the rules or other scenarios.
// A carts rollout carries a misspelt JVM flag in JAVA_OPTS: the new pod crash-loops, the rollout times out, the old pod serves.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-26T11:41:00Z');
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -XX:MaxGCPauseMilis=100 -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's37a-carts-java-opts-typo',
    incidentTime: '2026-03-26T11:41:00Z',
    description: 'carts deploy is red in the pipeline for 20 min, rollout never finishes. shop seems ok?',
    expected: { component: 'carts', cause: 'config-error' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression'],
    grounding: `
      Manifest: microservices-demo complete-demo.yaml: carts (weaveworksdemos/carts:0.4.8, Spring Boot on openjdk 8 JRE alpine,
      one replica, port 80, limits 300m / 500Mi) reads its JVM flags from env JAVA_OPTS ("-Xms64m -Xmx128m -XX:+UseG1GC
      -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false"); the image's entrypoint runs java $JAVA_OPTS -jar.
      Fault: a tuning change adds -XX:MaxGCPauseMilis=100 (MaxGCPauseMillis misspelt). HotSpot refuses unknown -XX options:
      "Unrecognized VM option 'MaxGCPauseMilis=100'", "Did you mean 'MaxGCPauseMillis=<value>'?", "Error: Could not create the
      Java Virtual Machine." (JDK 8's exact text), exit 1 within a second, so the new ReplicaSet's pod crash-loops. With one
      replica the RollingUpdate (maxUnavailable 25% rounds to 0) keeps the old pod serving, so users see nothing; after
      progressDeadlineSeconds (600) the Deployment reports Progressing False / ProgressDeadlineExceeded and the pipeline fails.
      The JVM rejecting its configuration is config-error; a careful engineer also accepts calling it a bad rollout of carts.
      Noise: orders and front-end log normal traffic to the old carts pod; a front-end rollout from the morning (healthy).
    `,
    workloads: {
      carts: {
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
        rollout: { at: -21, oldReplicas: 1, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
        pods: [{
          containers: {
            carts: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.6), container: 'carts' }),
          },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11), lastTransitionTime: T.iso(-11), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'front-end': {
        rollout: { at: -150, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } } },
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% from 0 to 1', first: -21, last: -21 },
      { on: 'pod:carts#0', reason: 'Pulled', fieldPath: 'spec.containers{carts}', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', count: 10, first: -20.9, last: -1.6 },
      { on: 'pod:carts#0', reason: 'Created', fieldPath: 'spec.containers{carts}', message: 'Created container: carts', count: 10, first: -20.9, last: -1.6 },
      { on: 'pod:carts#0', reason: 'Started', fieldPath: 'spec.containers{carts}', message: 'Started container carts', count: 10, first: -20.9, last: -1.6 },
      { on: 'pod:carts#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{carts}', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', count: 88, first: -20.7, last: -0.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% from 0 to 1', first: -150, last: -150 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% from 1 to 0', first: -148, last: -148 },
    ],
    logs: {
      'carts#0/carts/previous': [
        "Unrecognized VM option 'MaxGCPauseMilis=100'",
        "Did you mean 'MaxGCPauseMillis=<value>'? ",
        'Error: Could not create the Java Virtual Machine.',
        'Error: A fatal exception has occurred. Program will exit.',
      ],
      'carts#old0/carts': [
        spring(-19.2, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.carts.controllers.CartsController', 'Getting cart with id: 57a98d98e4b00679b4a830b2'),
        spring(-12.5, 'INFO', 'carts', 'http-nio-80-exec-7', 'w.w.carts.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
        spring(-4.1, 'INFO', 'carts', 'http-nio-80-exec-2', 'w.w.carts.controllers.CartsController', 'Getting cart with id: 57a98d98e4b00679b4a830b5'),
      ],
      'orders#0/orders': [
        spring(-8.7, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.orders.controllers.OrdersController', 'Order response received: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-8.7, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.orders.controllers.OrdersController', 'Received shipment task: Shipment{id=\'null\', name=\'57a98d98e4b00679b4a830b5\'}'),
      ],
    },
  },
];
