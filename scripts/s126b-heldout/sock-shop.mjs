// Blind held-out batch s126b: Sock Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2026-06-17T08:31:00Z');
const NEW = 'weaveworksdemos/shipping:0.4.9-rc1';
const spring = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} [shipping,,,] 7 --- [${thread}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's126b-ss-shipping-tag',
    incidentTime: '2026-06-17T08:31:00Z',
    description: 'sockshop: pipeline deploy of shipping hanging ~15 min waiting for rollout, orders look like theyre still going through. fulfilment team',
    expected: { component: 'shipping', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      complete-demo.yaml runs shipping as one replica of weaveworksdemos/shipping:0.4.8 (Spring Boot, port 80, JAVA_OPTS
      -Xmx128m). A release bumps it to weaveworksdemos/shipping:0.4.9-rc1, a tag that was never pushed (deviation: a
      made-up tag; Docker Hub has no such tag), so the RollingUpdate (maxSurge 25%) creates one new pod that stays in
      ErrImagePull/ImagePullBackOff with containerd's "not found" message, while the old ReplicaSet's pod keeps
      serving: orders and queue-master keep working. The kubelet messages follow the containerd 1.7 pull error text.`,
    workloads: {
      shipping: {
        rollout: { at: -16, revision: 5, oldReplicas: 1, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8' } } },
        containers: { shipping: { image: NEW } },
        pods: [{ containers: { shipping: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -16, last: -16 },
      { on: 'pod:shipping#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -15.9, last: -15.9 },
      { on: 'pod:shipping#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -15.8, last: -3, count: 7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${NEW}": failed to resolve reference "docker.io/${NEW}": docker.io/${NEW}: not found`, first: -15.7, last: -3, count: 7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -15.7, last: -3, count: 7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -15.6, last: -0.5, count: 61, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -15.6, last: -0.5, count: 61, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#old0/shipping': [
        spring(-60 * 24 * 6 + 1, 'INFO', 'main', 'works.weave.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 41.882 seconds (JVM running for 44.02)'),
        spring(-12, 'INFO', 'nio-80-exec-4', 'works.weave.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-2, 'INFO', 'nio-80-exec-9', 'works.weave.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
      ],
      'orders#0/orders': [
        `${T.java(-2)}  INFO [orders,5e1c2a9b0d3f4e71,5e1c2a9b0d3f4e71,false] 7 --- [p-nio-80-exec-3] w.w.orders.controllers.OrdersController   : Order response received: PaymentResponse{authorised=true, message=Payment authorised}`,
        `${T.java(-2)}  INFO [orders,5e1c2a9b0d3f4e71,5e1c2a9b0d3f4e71,false] 7 --- [p-nio-80-exec-3] w.w.orders.controllers.OrdersController   : Received shipment task for order: 6a0f3c2e9b1d4a57b8c1e2f3`,
      ],
    },
  },
];
