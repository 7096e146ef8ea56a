// Batch s73b (blind dev): Sock Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// orders' JAVA_OPTS gain proxy.host/proxy.port, which its RestProxyTemplate applies to every internal call; checkout fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-26T14:07:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dproxy.host=egress-proxy.platform.svc.cluster.local -Dproxy.port=3128`;
const ordersBase = system.workloads.find((w) => w.name === 'orders').containers[0];
const optsEnv = (v) => ordersBase.env.map((e) => (e.name === 'JAVA_OPTS' ? { ...e, value: v } : e));
const customer = '57a98d98e4b00679b4a830af';
const failOrder = (min, thread) => [
  spring(min, 'ERROR', 'orders', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
  'org.springframework.web.client.HttpClientErrorException: 403 Forbidden',
  '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:91)',
  '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667)',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:620)',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:538)',
  '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:62)',
];
const frontOrder = (min) => `Order response: {"timestamp":${Date.parse(T.isoMs(min))},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`;

export const scenarios = [
  {
    folder: 's73b-orders-proxy-opts-internal-calls',
    description: "checkout broken - 'Internal Server Error' when placing an order. browsing, cart, login all fine. did commerce push something around lunch??",
    incidentTime: '2026-03-26T14:07:00Z',
    expected: { component: 'orders', cause: 'config-error' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml at 9dff06f (s2-scenarios/sock-shop.mjs): orders calls user, carts, payment and shipping
      over plain HTTP (http://user/customers/..., http://payment/paymentAuth, ...). Its Spring bean
      works.weave.socks.orders.config.RestProxyTemplate reads the properties proxy.host / proxy.port (empty by default) and,
      when set, gives the RestTemplate's SimpleClientHttpRequestFactory an HTTP proxy for every request, with no
      non-proxy list. Fault: the commerce team rolled orders at 13:15 with JAVA_OPTS extended by
      -Dproxy.host=egress-proxy.platform.svc.cluster.local -Dproxy.port=3128 so that a planned external address check
      could leave the cluster; the JVM reads the values without complaint, the pod starts and is Ready, but every internal
      call now goes to the Squid egress proxy, whose allowlist answers 403 Forbidden for "user", "carts", ... Orders wraps
      the ExecutionException into IllegalStateException("Unable to create order due to timeout from one of the services.")
      and answers 500; the front-end logs the 500 body. user, carts, payment and shipping see no order traffic at all.
      The only change between the two ReplicaSets is JAVA_OPTS. Decoys: a catalogue container restarted five days ago and
      shipping's routine zipkin warning. Deviations from upstream: the proxy values and the egress proxy are invented.
    `,
    workloads: {
      orders: {
        rollout: { at: -52, revision: 5, oldContainers: { orders: { env: optsEnv(OLD_OPTS) } } },
        containers: { orders: { env: optsEnv(NEW_OPTS) } },
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -52, source: 'deployment-controller' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -50.8, source: 'deployment-controller' },
    ],
    logs: {
      'orders#0/orders': [
        spring(-51.2, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.122 seconds (JVM running for 40.318)'),
        spring(-41.7, 'INFO', 'orders', 'p-nio-80-exec-2', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring FrameworkServlet 'dispatcherServlet'"),
        ...failOrder(-41.5, 'p-nio-80-exec-2'),
        ...failOrder(-29.0, 'p-nio-80-exec-5'),
        ...failOrder(-17.3, 'p-nio-80-exec-8'),
        ...failOrder(-6.2, 'p-nio-80-exec-1'),
        ...failOrder(-1.8, 'p-nio-80-exec-4'),
      ],
      'front-end#0/front-end': [
        'Customer ID: ' + customer,
        frontOrder(-41.5),
        'Customer ID: ' + customer,
        frontOrder(-17.3),
        frontOrder(-1.8),
      ],
      'front-end#1/front-end': [
        'Customer ID: 57a98d98e4b00679b4a830b2',
        frontOrder(-29.0),
        frontOrder(-6.2),
      ],
      'user#0/user': [
        kit(-44.0, 'caller=logging.go:50 method=Login result=1 took=2.312744ms'),
        kit(-41.6, `caller=logging.go:80 method=GetCustomers result=1 took=1.904112ms`),
        kit(-18.0, 'caller=logging.go:50 method=Login result=1 took=2.011273ms'),
        kit(-2.5, 'caller=logging.go:50 method=Login result=1 took=1.877020ms'),
      ],
      'payment#0/payment': [
        kit(-58.4, 'caller=logging.go:25 method=Authorise result=true took=12.103µs'),
        kit(-55.9, 'caller=logging.go:25 method=Authorise result=true took=9.881µs'),
        kit(-3.0, 'caller=logging.go:38 method=Health result=2 took=3.912µs'),
      ],
      'shipping#0/shipping': [
        spring(-57.0, 'INFO', 'shipping', 'p-nio-80-exec-9', 'works.weave.socks.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-30.0, 'WARN', 'shipping', 'ender@6d8a00e3}', 'zipkin.reporter.AsyncReporter$BoundedAsyncReporter', 'Dropped 1 spans due to UnknownHostException(zipkin.jaeger.svc.cluster.local)'),
      ],
    },
  },
];
