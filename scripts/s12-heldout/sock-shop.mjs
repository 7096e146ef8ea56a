// Held-out (split: test) Sock Shop scenarios of the s12 batch, as kit specs on the session-2 system definition;
// written blind (no rule, engine or other scenario read), expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const spring = (T, min, level, thread, logger, msg, app = 'orders') =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const http = (path, port, initial, extra = {}) => ({
  httpGet: { path, port, scheme: 'HTTP' },
  initialDelaySeconds: initial,
  timeoutSeconds: 1,
  periodSeconds: 5,
  successThreshold: 1,
  failureThreshold: 3,
  ...extra,
});

// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-08-27T13:26:00Z';
  const T = clock(incidentTime);
  const AT = -47;
  const pay = [kit(T, AT + 0.4, 'caller=main.go:84 transport=HTTP port=80')];
  const orders = [];
  const front = [];
  let i = 0;
  for (let m = -58; m < -0.2; m += 1.6) {
    i++;
    const amount = [14.5, 45.98, 18.0, 99.99, 32.5, 15.0][i % 6];
    const declined = m > AT + 0.5 && amount > 10.5;
    if (m > AT + 0.5)
      pay.push(
        kit(
          T,
          m,
          `caller=logging.go:32 method=Authorise result=${!declined} took=${(3 + (i % 5)).toString()}.${i % 9}µs`,
        ),
      );
    orders.push(
      spring(
        T,
        m,
        'DEBUG',
        `http-nio-80-exec-${(i % 10) + 1}`,
        'w.w.s.o.controllers.OrdersController',
        `Starting calls`,
      ),
    );
    if (declined) {
      orders.push(
        spring(
          T,
          m + 0.005,
          'ERROR',
          `http-nio-80-exec-${(i % 10) + 1}`,
          'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
          `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 10.50] with root cause`,
        ),
      );
      orders.push(
        '',
        'works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 10.50',
        '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:98) ~[classes!/:na]',
      );
      front.push(
        `Order response: {"timestamp":${Date.parse(T.iso(m + 0.006))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 10.50","path":"/orders"}`,
      );
    } else {
      orders.push(
        spring(
          T,
          m + 0.004,
          'DEBUG',
          `http-nio-80-exec-${(i % 10) + 1}`,
          'w.w.s.o.controllers.OrdersController',
          `Received payment response: PaymentResponse{authorised=true, message=Payment authorised}`,
        ),
      );
      orders.push(
        spring(
          T,
          m + 0.005,
          'DEBUG',
          `http-nio-80-exec-${(i % 10) + 1}`,
          'w.w.s.o.controllers.OrdersController',
          `Saving order: CustomerOrder{id=null, customerId='57a98d98e4b00679b4a830b2', total=${amount}}`,
        ),
      );
      front.push(
        `Order response: {"id":"5f${(0x3c9e1a + i).toString(16)}c2a4b0000${i % 10}3e1d","customerId":"57a98d98e4b00679b4a830b2","total":${amount},"_links":{"self":{"href":"http://orders/orders/5f3c9e1a"}}}`,
      );
    }
  }
  return {
    folder: 's12-payment-decline-threshold',
    description:
      'sock shop checkout: almost every order fails with "Payment declined", only tiny orders go through. started after lunch. card provider says nothing on their side',
    incidentTime,
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'callers-only', 'rollout-regression'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f (payment:0.4.3 on port 80, no
      args). The payment service (microservices-demo/payment cmd/paymentsvc) takes -decline (default 105): it refuses any amount
      above it with "Payment declined: amount exceeds <n>". A change meant to raise the limit added args [-port=80, -decline=10.5]
      47 minutes before the incident (a new ReplicaSet, Ready and healthy). orders (OrdersController) throws PaymentDeclinedException
      (HTTP 406) and front-end logs the order response; orders below 10.50 still pass. The fault is the value, not the build: same
      image, a careful engineer may also call it the rollout. Deviations: the args are invented; log lines follow go-kit logfmt
      (payment) and Spring Boot 1.x (orders).
    `,
    workloads: {
      payment: {
        rollout: { at: AT, revision: 3, oldContainers: { payment: { args: undefined } } },
        containers: { payment: { args: ['-port=80', '-decline=10.5'] } },
      },
    },
    events: [
      {
        on: 'deploy:payment',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set payment-%NEW% to 1',
        first: AT,
        last: AT,
      },
      {
        on: 'deploy:payment',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set payment-%OLD% to 0 from 1',
        first: AT + 3.2,
        last: AT + 3.2,
      },
    ],
    logs: {
      'payment#0/payment': pay,
      'orders#0/orders': orders,
      'front-end#0/front-end': front.filter((_, k) => k % 2 === 0),
      'front-end#1/front-end': front.filter((_, k) => k % 2 === 1),
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-10-29T18:12:00Z';
  const T = clock(incidentTime);
  const SINCE = -21; // node drain recreated the pod on a busy node
  const NODE = 'ip-10-0-2-148.eu-west-1.compute.internal';
  const boot = (m) => [
    '',
    '  .   ____          _            __ _ _',
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    ' =========|_|==============|___/=/_/_/_/',
    ' :: Spring Boot ::        (v1.4.4.RELEASE)',
    '',
    spring(
      T,
      m,
      'INFO',
      'main',
      'works.weave.socks.cart.CartApplication',
      'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by root in /usr/src/app)',
      'carts',
    ),
    spring(
      T,
      m + 0.1,
      'INFO',
      'main',
      'works.weave.socks.cart.CartApplication',
      'No active profile set, falling back to default profiles: default',
      'carts',
    ),
    spring(
      T,
      m + 0.35,
      'INFO',
      'main',
      's.b.c.e.t.TomcatEmbeddedServletContainer',
      'Tomcat initialized with port(s): 80 (http)',
      'carts',
    ),
    spring(
      T,
      m + 0.5,
      'INFO',
      'main',
      'org.mongodb.driver.cluster',
      "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}",
      'carts',
    ),
  ];
  const front = [];
  for (let m = -19, i = 0; m < -0.2; m += 0.7, i++)
    front.push(
      `Error: connect ECONNREFUSED %SVCIP:carts%:80\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)`,
      i % 3 ? '' : 'GET /cart 500 2.812 ms - 41',
    );
  const probeEvents = [
    {
      on: 'pod:carts#0',
      reason: 'Scheduled',
      message: `Successfully assigned sock-shop/%POD% to ${NODE}`,
      source: 'default-scheduler',
      first: SINCE,
      last: SINCE,
    },
    {
      on: 'pod:carts#0',
      reason: 'Unhealthy',
      type: 'Warning',
      message:
        'Liveness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused',
      fieldPath: 'spec.containers{carts}',
      first: SINCE + 0.5,
      last: -0.6,
      count: 21,
    },
    {
      on: 'pod:carts#0',
      reason: 'Unhealthy',
      type: 'Warning',
      message:
        'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused',
      fieldPath: 'spec.containers{carts}',
      first: SINCE + 0.5,
      last: -0.6,
      count: 44,
    },
    {
      on: 'pod:carts#0',
      reason: 'Killing',
      message: 'Container carts failed liveness probe, will be restarted',
      fieldPath: 'spec.containers{carts}',
      first: SINCE + 0.7,
      last: -1.3,
      count: 7,
    },
    {
      on: 'pod:carts#0',
      reason: 'BackOff',
      type: 'Warning',
      message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)',
      fieldPath: 'spec.containers{carts}',
      first: SINCE + 6,
      last: -0.4,
      count: 38,
    },
    {
      on: 'pod:carts#0',
      reason: 'Pulled',
      message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine',
      fieldPath: 'spec.containers{carts}',
      first: SINCE + 0.1,
      last: -2.2,
      count: 8,
    },
    {
      on: 'node:ip-10-0-1-23.eu-west-1.compute.internal',
      reason: 'NodeNotSchedulable',
      message: 'Node ip-10-0-1-23.eu-west-1.compute.internal status is now: NodeNotSchedulable',
      first: SINCE - 0.5,
      last: SINCE - 0.5,
    },
  ];
  return {
    folder: 's12-carts-liveness-slow-start',
    description:
      'Sock shop: cart is empty / 500 for everyone for the last ~20 min, "add to cart" does nothing. We drained a node for patching around 17:50, might be related?',
    incidentTime,
    expected: { component: 'carts', cause: 'probe-failure' },
    difficulty: 'medium',
    traits: ['decoy', 'time-expression', 'cpu-starvation'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f (carts:0.4.8, Spring Boot 1.4
      on port 80, limits cpu 300m / memory 500Mi, JAVA_OPTS -Xms64m -Xmx128m). The team added an HTTP liveness probe on /health with
      initialDelaySeconds 20, periodSeconds 5, failureThreshold 3 (upstream has none). Under a 300m CPU limit the JVM needs well over
      a minute to start Spring Boot; the probe kills it (exit 143) before Tomcat listens, forever — the "liveness probe kills a
      slow-starting JVM" failure that the Kubernetes docs' startupProbe section exists for. It used to start in time on an idle node;
      after the node drain 21 minutes ago the pod landed on a busier node. front-end gets ECONNREFUSED from the carts ClusterIP (no
      ready endpoint). Decoy: the drain itself (the drained node is back and healthy). Deviations: the probe is invented; front-end log
      lines as its Node.js request helpers print them.
    `,
    workloads: {
      carts: {
        since: SINCE,
        containers: {
          carts: { livenessProbe: http('/health', 80, 20), readinessProbe: http('/health', 80, 15) },
        },
        pods: [
          {
            node: NODE,
            containers: {
              carts: cs.restartedRunning({
                restarts: 7,
                startedAt: T.iso(-0.9),
                ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-2.3), finishedAt: T.iso(-1.3) },
              }),
            },
          },
        ],
      },
    },
    events: probeEvents,
    logs: {
      'carts#0/carts': boot(-0.85),
      'carts#0/carts/previous': [
        ...boot(-2.25),
        spring(
          T,
          -1.35,
          'INFO',
          'Thread-3',
          'ationConfigEmbeddedWebApplicationContext',
          'Closing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6d06d69c: startup date [' +
            T.java(-2.2) +
            ']; root of context hierarchy',
          'carts',
        ),
      ],
      'front-end#0/front-end': front.filter((_, k) => k % 2 === 0),
      'front-end#1/front-end': front.filter((_, k) => k % 2 === 1),
    },
  };
})();

export const scenarios = [s1, s2];
