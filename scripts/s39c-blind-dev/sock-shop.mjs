// Batch s39c (blind dev, split: dev): one Sock Shop incident as a kit spec, on the session-2 system definition.
// An orders rebuild on a newer Spring stack rolls out Ready but fails every checkout: its RestTemplate cannot read user's HAL JSON.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

// Spring Boot 1.x/Sleuth console pattern as the weaveworksdemos Java images print it.
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

const T = clock('2026-06-03T11:27:00Z');
const NEW_IMAGE = '318442807316.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/orders:0.5.0-rc3';
const CUST = '57a98d98e4b00679b4a830af';
const ERR_MSG = 'Could not extract response: no suitable HttpMessageConverter found for response type [org.springframework.hateoas.Resource<works.weave.socks.orders.entities.Customer>] and content type [application/hal+json;charset=UTF-8]';

const orderFail = (min, thread, n) => [
  spring(T, min, 'ERROR', 'orders', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.RestClientException: ${ERR_MSG}] with root cause`),
  '',
  `org.springframework.web.client.RestClientException: ${ERR_MSG}`,
  '\tat org.springframework.web.client.HttpMessageConverterExtractor.extractData(HttpMessageConverterExtractor.java:121) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat org.springframework.web.client.RestTemplate$ResponseEntityResponseExtractor.extractData(RestTemplate.java:1037) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat org.springframework.web.client.RestTemplate$ResponseEntityResponseExtractor.extractData(RestTemplate.java:1020) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:778) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:711) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:636) ~[spring-web-5.3.31.jar!/:5.3.31]',
  '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:48) ~[classes!/:na]',
  `\tat works.weave.socks.orders.services.AsyncGetService$$FastClassBySpringCGLIB$$${n}.invoke(<generated>) ~[classes!/:na]`,
  '\tat org.springframework.aop.interceptor.AsyncExecutionInterceptor.lambda$invoke$0(AsyncExecutionInterceptor.java:115) ~[spring-aop-5.3.31.jar!/:5.3.31]',
  '\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264) ~[na:na]',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128) ~[na:na]',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628) ~[na:na]',
  '\tat java.base/java.lang.Thread.run(Thread.java:829) ~[na:na]',
  '',
];
const frontOrder = (min) => [
  `Posting Order: {"customer":"http://user/customers/${CUST}","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/${CUST}/items"}`,
  `Order response: {"timestamp":${Date.parse(T.isoMs(min))},"status":500,"error":"Internal Server Error","exception":"org.springframework.web.client.RestClientException","message":"${ERR_MSG}","path":"/orders"}`,
];

const scenarioOrders = {
  folder: 's39c-orders-hal-converter-regression',
  description: 'sock shop checkout broken - customers get an error when placing an order, cart and browsing fine',
  incidentTime: '2026-06-03T11:27:00Z',
  expected: { component: 'orders', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy'],
  grounding: `
    Manifests: microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f as the session-2 system (orders
    weaveworksdemos/orders:0.4.7, JAVA_OPTS -Xms64m -Xmx128m, limits 500m / 500Mi, no probes; orders fetches the customer,
    address and card from http://user/... and the items from http://carts/... through AsyncGetService's RestTemplate, and
    the user service answers HAL, application/hal+json).
    Fault: 48 minutes before, the team rolls orders to an in-house rebuild (ECR sock-shop/orders:0.5.0-rc3) that moved to a
    newer Spring stack; its RestProxyTemplate no longer registers the HAL-aware Jackson converter, so every POST /orders
    fails with Spring's RestClientException "Could not extract response: no suitable HttpMessageConverter found for
    response type [...Resource<...Customer>] and content type [application/hal+json;charset=UTF-8]" and a 500 (Spring Boot
    error body with exception and message). The pod starts cleanly ("Started OrderApplication"), has no probe to fail and
    stays Ready; GET /orders (the orders history page) still works. The front-end logs its "Posting Order" /
    "Order response" console lines with the 500 body. Nothing else changed in orders' dependencies: user, carts, payment
    and shipping answer normally.
    Decoys: a catalogue pod restarted two days ago (old OOMKilled at its 200Mi limit), a routine front-end rollout from
    the day before, all Ready.
  `,
  workloads: {
    orders: {
      rollout: { at: -48, revision: 6, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
      containers: { orders: { image: NEW_IMAGE, env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
    },
    'front-end': { rollout: { at: -60 * 22, revision: 9 }, containers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12' } } },
    catalogue: {
      pods: [{
        containers: {
          catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }),
        },
      }],
    },
  },
  events: [
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -48, last: -48 },
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -46.9, last: -46.9 },
    { on: 'pod:orders#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -47.9, last: -47.9, fieldPath: 'spec.containers{orders}' },
    { on: 'pod:orders#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 6.412s (6.412s including waiting). Image size: 187264311 bytes.`, first: -47.8, last: -47.8, fieldPath: 'spec.containers{orders}' },
    { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: -47.8, last: -47.8, fieldPath: 'spec.containers{orders}' },
    { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -47.8, last: -47.8, fieldPath: 'spec.containers{orders}' },
  ],
  logs: {
    'orders#0/orders': [
      spring(T, -47.7, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.5.0-rc3 using Java 11.0.21 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
      spring(T, -47.7, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to 1 default profile: "default"'),
      spring(T, -47.2, 'INFO', 'orders', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 80 (http)'),
      spring(T, -47.0, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms'}"),
      spring(T, -47.0, 'INFO', 'orders', 'ngodb.net:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:48}] to orders-db:27017'),
      spring(T, -46.6, 'INFO', 'orders', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 80 (http) with context path ''"),
      spring(T, -46.6, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 61.274 seconds (JVM running for 66.893)'),
      spring(T, -41.3, 'INFO', 'orders', 'p-nio-80-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring DispatcherServlet 'dispatcherServlet'"),
      ...orderFail(-41.2, 'p-nio-80-exec-1', '4c2e1f7b'),
      ...orderFail(-33.5, 'p-nio-80-exec-3', '4c2e1f7b'),
      ...orderFail(-26.8, 'p-nio-80-exec-6', '4c2e1f7b'),
      ...orderFail(-18.1, 'p-nio-80-exec-2', '4c2e1f7b'),
      ...orderFail(-9.4, 'p-nio-80-exec-9', '4c2e1f7b'),
      ...orderFail(-2.7, 'p-nio-80-exec-4', '4c2e1f7b'),
    ],
    'front-end#0/front-end': [
      'Using Redis session store',
      'App now running in production mode on port 8079',
      ...frontOrder(-41.2), ...frontOrder(-26.8), ...frontOrder(-9.4),
    ],
    'front-end#1/front-end': [
      'Using Redis session store',
      'App now running in production mode on port 8079',
      ...frontOrder(-33.5), ...frontOrder(-18.1), ...frontOrder(-2.7),
    ],
    'user#0/user': [
      `ts=${T.isoMs(-41.2)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=2.184791ms`,
      `ts=${T.isoMs(-41.2)} caller=logging.go:83 method=GetAddresses id=57a98d98e4b00679b4a830ad result=1 took=1.503225ms`,
      `ts=${T.isoMs(-33.5)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=1.992134ms`,
      `ts=${T.isoMs(-26.8)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=2.301877ms`,
      `ts=${T.isoMs(-18.1)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=1.874011ms`,
      `ts=${T.isoMs(-9.4)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=2.046650ms`,
      `ts=${T.isoMs(-2.7)} caller=logging.go:60 method=GetCustomer id=${CUST} result=1 took=1.912408ms`,
    ],
    'payment#0/payment': [
      `ts=${T.isoMs(-60 * 30)} caller=main.go:91 transport=HTTP port=80`,
      `ts=${T.isoMs(-75.4)} caller=logging.go:34 method=Authorise result=true took=4.521µs`,
    ],
  },
};

export const scenarios = [scenarioOrders];
