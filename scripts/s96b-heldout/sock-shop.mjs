// Blind held-out batch s96b: one Sock Shop scenario (split test) as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs); the system is the one of scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const I = '2026-06-02T09:47:00Z';
const T = clock(I);
const NEW = 'harbor.sockshop.internal/sock-shop/orders:0.4.8';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const pullErr = `failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to do request: Head "https://harbor.sockshop.internal/v2/sock-shop/orders/manifests/0.4.8": tls: failed to verify certificate: x509: certificate signed by unknown authority`;

export const scenarios = [
  {
    folder: 's96b-orders-release-not-live',
    description: 'fulfilment here - orders 0.4.8 was supposed to go out at 9:25 but prod still answers with the old version. what is going on',
    incidentTime: I,
    expected: { component: 'orders', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'tls-misconfig', 'team-name', 'decoy'],
    workloads: {
      orders: {
        rollout: { at: -22, oldReplicas: 1, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
        containers: { orders: { image: NEW } },
        pods: [{ containers: { orders: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12), lastTransitionTime: T.iso(-12), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -22 },
      { on: 'pod:orders#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -21.9 },
      { on: 'pod:orders#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -21.8, last: -1.9, count: 9, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', type: 'Warning', reason: 'Failed', message: `Failed to pull image "${NEW}": ${pullErr}`, first: -21.8, last: -1.9, count: 9, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', first: -21.8, last: -1.9, count: 9, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -21.7, last: -0.4, count: 86, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -21.7, last: -0.4, count: 86, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'orders#old0/orders': [
        spring(-31.2, 'INFO', 'http-nio-80-exec-4', 'w.o.o.r.OrdersController', 'Order created: Order{id=\'6655a1f2c9e77d0001b4e2a1\', customerId=\'57a98d98e4b00679b4a830af\', total=22.99}'),
        spring(-14.6, 'INFO', 'http-nio-80-exec-7', 'w.o.o.r.OrdersController', 'Order created: Order{id=\'6655a4d8c9e77d0001b4e2a7\', customerId=\'57a98d98e4b00679b4a830b2\', total=47.48}'),
        spring(-3.3, 'INFO', 'http-nio-80-exec-2', 'w.o.o.r.OrdersController', 'Order created: Order{id=\'6655a7a1c9e77d0001b4e2b0\', customerId=\'57a98d98e4b00679b4a830b5\', total=15.0}'),
      ],
      'carts#0/carts': [
        `${T.java(-60 * 24 * 3 + 0.6)}  INFO [carts,,,] 6 --- [           main] works.weave.socks.cart.CartApplication    : Started CartApplication in 31.842 seconds (JVM running for 33.109)`,
      ],
      'carts#0/carts/previous': [
        `${T.java(-60 * 24 * 3 - 0.2)}  WARN [carts,,,] 6 --- [nio-80-exec-18] o.s.web.servlet.PageNotFound             : Request method 'HEAD' not supported`,
      ],
    },
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): orders is one replica of weaveworksdemos/orders:0.4.7 (Spring Boot, port 80).
      The release (revision 4) changes only the container image, to 0.4.8 in the team's internal Harbor registry, whose TLS
      certificate is signed by a private CA the nodes' containerd does not trust (no hosts.toml/ca entry), so every pull fails
      with containerd's "tls: failed to verify certificate: x509: certificate signed by unknown authority" and the pod sits in
      ImagePullBackOff; with one replica the RollingUpdate keeps the 0.4.7 pod serving and the Deployment reaches
      ProgressDeadlineExceeded. Follows the many containerd/Harbor self-signed-registry reports. Decoy: carts was OOMKilled three
      days ago and has run cleanly since. Deviations from upstream: the registry path and tag of the new image; log lines in
      Spring Boot's default format, not copied from a run.
    `,
  },
];
