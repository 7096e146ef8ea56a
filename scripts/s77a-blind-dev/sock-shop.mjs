// Blind dev batch s77a: one Sock Shop scenario (the session-2 system definition of scripts/s2-scenarios/sock-shop.mjs).
// orders restarted with -Dhttp.timeout=0 meant as "no timeout": Future.get(0, SECONDS) fails every order at once.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-07-14T13:37:00Z';
const T = clock(INCIDENT);
const ROLL = -52; // 12:45
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dhttp.timeout=0`;

// Spring Boot 1.4 with Sleuth: "<date> <LEVEL> [<app>,<trace>,<span>,<export>] <pid> --- [<thread>] <logger> : <msg>"
const spring = (min, level, app, thread, logger, msg, trace = '') => `${T.java(min)} ${level.padStart(5)} [${app},${trace}] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const hex = (n) => (0x5a1c9e20b7d3f000n + BigInt(n) * 7919n).toString(16).slice(-16);

const ordersLog = () => {
  const out = [
    spring(ROLL + 0.3, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)', ',,'),
    spring(ROLL + 0.31, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default', ',,'),
    spring(ROLL + 0.9, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)', ',,'),
    spring(ROLL + 1.2, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}", ',,'),
    spring(ROLL + 1.25, 'INFO', 'orders', 'cluster-ClusterId{value=\'6a0b2c41e4b0a7f3d1c58e92\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:37}] to orders-db:27017', ',,'),
    spring(ROLL + 1.6, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)', ',,'),
    spring(ROLL + 1.61, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 83.214 seconds (JVM running for 87.531)', ',,'),
  ];
  let n = 0;
  for (let m = ROLL + 4; m < -0.2; m += 2.6) {
    const tr = hex(n++);
    out.push(spring(m, 'ERROR', 'orders', 'p-nio-80-exec-' + ((n % 10) + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause', `${tr},${tr},false`));
    out.push('', 'java.util.concurrent.TimeoutException: null',
      '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205)',
      '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:70)',
      '\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)',
      '\tat sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)',
      '\tat java.lang.reflect.Method.invoke(Method.java:498)',
      '\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:221)',
      '\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:136)',
      '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:114)',
      '\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:827)',
      '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963)',
      '\tat org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:872)',
      '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:648)',
      '\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:230)',
      '\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1457)',
      '\tat java.lang.Thread.run(Thread.java:745)',
      '');
  }
  return out;
};

const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const userLog = () => {
  const out = [];
  for (let m = -75; m < -0.2; m += 2.6) {
    out.push(kit(m, 'caller=logging.go:39 method=GetCustomers id=57a98d98e4b00679b4a830af result=1 took=1.962112ms'));
    out.push(kit(m + 0.002, 'caller=logging.go:60 method=GetAddresses id=57a98d98e4b00679b4a830b0 result=1 took=1.214371ms'));
    out.push(kit(m + 0.003, 'caller=logging.go:81 method=GetCards id=57a98d98e4b00679b4a830b1 result=1 took=1.401205ms'));
  }
  return out;
};
const paymentLog = () => {
  const out = [kit(-60 * 24 * 2, 'transport=HTTP port=80')];
  let i = 0;
  for (let m = -75; m < ROLL; m += 2.6) out.push(kit(m + 0.01, `caller=logging.go:31 method=Authorise result=true took=${(1.8 + ((i++ * 37) % 19) / 10).toFixed(3)}µs`));
  for (let m = -60; m < -0.2; m += 5) out.push(kit(m, 'caller=logging.go:45 method=Health result=1 took=3.81µs'));
  return out;
};
const frontLog = () => {
  const out = [];
  for (let m = -75; m < -0.2; m += 2.6) {
    out.push(`Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}`);
    if (m < ROLL)
      out.push(`Order response: {"id":"${(0x6a0b3a00 + Math.round(-m * 10)).toString(16)}e4b0a7f3d1c5${String(Math.round(-m * 10)).padStart(4, '0')}","customerId":"57a98d98e4b00679b4a830af","customer":{"firstName":"Eve","lastName":"Berger","username":"Eve_Berger","addresses":[],"cards":[]},"total":104.98,"shipment":{"id":"${(0x1f3c + Math.round(-m)).toString(16)}a2e1-7b44-4e0d-9c6f-3d8e2a1b5c70","name":"57a98d98e4b00679b4a830af"}}`);
    else
      out.push(`Order response: {"timestamp":${Date.parse(T.isoMs(m + 0.01))},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's77a-orders-http-timeout-zero',
    incidentTime: INCIDENT,
    description:
      'nobody can place an order since ~12:45, checkout says "Unable to create order due to timeout from one of the services". paymnet team says payment is up and idle?? carts + login fine',
    expected: { component: 'orders', cause: 'config-error' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Manifest and code facts (complete-demo.yaml at 9dff06f; microservices-demo/orders OrdersController): orders runs with
      JAVA_OPTS from the Deployment's env; OrdersController.newOrder reads @Value("\${http.timeout:5}") long timeout and waits
      on every async call with future.get(timeout, TimeUnit.SECONDS), turning a TimeoutException into IllegalStateException
      "Unable to create order due to timeout from one of the services."
      Fault: at 12:45 a platform change appended -Dhttp.timeout=0 to orders' JAVA_OPTS, meant as "no timeout" (as 0 means in
      many HTTP clients). Spring binds 0 without complaint, orders starts and is Ready, but FutureTask.get(0, SECONDS) throws
      TimeoutException at once for the still-running address/customer/card/items calls, so every order fails within
      milliseconds and payment is never called (its last Authorise is just before the rollout). The message names "one of the
      services", and the front-end logs the 500 for each order, so the loud and misleading part is downstream/upstream of orders;
      user and carts keep answering. The wrong value is read and not rejected: config-error on orders; the rollout that carried
      it is accepted too. The two orders ReplicaSets differ only in JAVA_OPTS.
      Decoy: payment restarted two days ago after a failed liveness probe (restartCount 1, exit code 2).
    `,
    workloads: {
      orders: {
        rollout: { at: ROLL, revision: 5, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
      },
      payment: {
        pods: [{
          containers: {
            payment: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.05) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: ROLL + 1.7, source: 'deployment-controller' },
      { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: ROLL + 0.1, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: ROLL + 0.12, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: ROLL + 0.15, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'orders#0/orders': ordersLog(),
      'front-end#0/front-end': frontLog(),
      'user#0/user': userLog(),
      'payment#0/payment': paymentLog(),
    },
  },
];
