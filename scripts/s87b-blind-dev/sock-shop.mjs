// Blind dev batch s87b (sock-shop): one scenario on the s2 Sock Shop system (scripts/s2-scenarios/sock-shop.mjs).
// orders rolled out with a JVM egress proxy (-Dhttp.proxyHost) and no http.nonProxyHosts: internal calls go to the proxy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const I = '2026-05-12T15:25:00Z';
const T = clock(I);
const ROLL = -47;
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dhttp.proxyHost=egress-proxy.platform.svc.cluster.local -Dhttp.proxyPort=3128 -Dhttps.proxyHost=egress-proxy.platform.svc.cluster.local -Dhttps.proxyPort=3128`;
const ordersC = (opts) => ({ env: [{ name: 'JAVA_OPTS', value: opts }] });
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's87b-orders-egress-proxy-no-nonproxyhosts',
    description: 'checkout on the sock shop fails since about 14:40 - "order could not be placed". browse/cart/login all fine. commerce team',
    incidentTime: I,
    expected: { component: 'orders', cause: 'config-error' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Follows the JDK networking properties (docs.oracle.com "Networking Properties": http.proxyHost/http.proxyPort apply
      to every HttpURLConnection unless the host matches http.nonProxyHosts) and the recurring report of a JVM service
      sent through a corporate egress proxy for outbound calls, whose in-cluster calls then reach the proxy as well
      (Squid answers 403 for destinations outside its ACL). Upstream orders (weaveworksdemos/orders:0.4.7) calls
      http://user/..., http://carts/..., http://payment/paymentAuth and http://shipping/shipping with Spring's
      RestTemplate over HttpURLConnection. Deviation from upstream: orders' JAVA_OPTS gains
      -Dhttp.proxyHost/-Dhttp.proxyPort and https.* pointing at egress-proxy.platform (revision 4, 47 minutes before)
      with no -Dhttp.nonProxyHosts; that is the only template change. orders starts, stays Ready (no probes
      upstream) and every POST /orders fails with 403 from the proxy. Decoy: catalogue was restarted by its
      liveness probe two days ago, and shipping logs a zipkin export warning every few minutes (upstream ZIPKIN points at
      a jaeger namespace that is not installed).`,
    workloads: {
      orders: {
        rollout: { at: ROLL, oldContainers: { orders: ordersC(OLD_OPTS) } },
        containers: { orders: ordersC(NEW_OPTS) },
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: ROLL + 1.1, last: ROLL + 1.1 },
      { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.1 },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: ROLL + 0.2, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: ROLL + 0.2, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: ROLL + 0.3, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'orders#0/orders': [
        spring(ROLL + 0.9, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 31.482 seconds (JVM running for 33.107)'),
        spring(-39, 'INFO', 'http-nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-39, 'ERROR', 'http-nio-80-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpClientErrorException: 403 Forbidden] with root cause'),
        '',
        'org.springframework.web.client.HttpClientErrorException: 403 Forbidden',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:91) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:620) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:531) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:46) ~[classes!/:na]',
        spring(-18, 'INFO', 'http-nio-80-exec-8', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-18, 'ERROR', 'http-nio-80-exec-8', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpClientErrorException: 403 Forbidden] with root cause'),
        spring(-4, 'INFO', 'http-nio-80-exec-1', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-4, 'ERROR', 'http-nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpClientErrorException: 403 Forbidden] with root cause'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=5 200 14.201 ms - 1472',
        'GET /cart 200 22.914 ms - 118',
        'Order response: {"timestamp":1747063260000,"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.HttpClientErrorException: 403 Forbidden","path":"/orders"}',
        'POST /orders 500 96.330 ms - 51',
        'GET /customers/57a98d98e4b00679b4a830af 200 9.774 ms - 312',
      ],
      'front-end#1/front-end': [
        'GET /catalogue/size?tags= 200 11.506 ms - 11',
        'POST /orders 500 88.102 ms - 51',
        'GET /basket.html 200 3.118 ms - 8723',
      ],
      'user#0/user': [
        kit(-44, 'method=GetUser id=57a98d98e4b00679b4a830af result=1 err=null took=1.873214ms'),
        kit(-6, 'method=GetCards id=57a98d98e4b00679b4a830b1 result=1 err=null took=1.201733ms'),
      ],
      'payment#0/payment': [
        kit(-70, 'caller=logging.go:39 method=Health result=2 took=11.9µs'),
        kit(-2, 'caller=logging.go:39 method=Health result=2 took=9.4µs'),
      ],
      'shipping#0/shipping': [
        `${T.java(-33)}  WARN [shipping,,,] 6 --- [ender@1b8b0f2d}] z.r.AsyncReporter$BoundedAsyncReporter    : Dropped 4 spans due to UnknownHostException(zipkin.jaeger.svc.cluster.local)`,
        `${T.java(-9)}  WARN [shipping,,,] 6 --- [ender@1b8b0f2d}] z.r.AsyncReporter$BoundedAsyncReporter    : Dropped 2 spans due to UnknownHostException(zipkin.jaeger.svc.cluster.local)`,
      ],
    },
  },
];
