// Blind held-out batch s72a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// session-2 system definition (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s72a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-04-22T09:35:00Z');
const RESTART = -151;
const restartedAt = T.iso(RESTART - 0.2);
export const RESTARTED = ['carts', 'orders', 'payment', 'shipping', 'user'];
const restarted = Object.fromEntries(RESTARTED.map((n, i) => [n, {
  rollout: { at: RESTART + i * 0.3, revision: 5, oldPatch: { podAnnotations: undefined } },
  patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } },
}]));
// Spring Boot 1.4 logback console pattern of the sock-shop Java images (spring-cloud-sleuth brackets, pid 7).
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const jstart = (app, cls, sec) => [
  spring(RESTART + 0.05, 'INFO', 'main', `w.w.s.${app}.${cls}`, `Starting ${cls} v0.0.1-SNAPSHOT on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`),
  spring(RESTART + 0.06, 'INFO', 'main', `w.w.s.${app}.${cls}`, 'No active profile set, falling back to default profiles: default'),
  spring(RESTART + 0.9, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(RESTART + 0.9, 'INFO', 'main', `w.w.s.${app}.${cls}`, `Started ${cls} in ${sec} seconds (JVM running for ${(sec + 2.7).toFixed(3)})`),
];
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's72a-morning-5xx-check',
    description: 'orders team saw a burst of 5xx on checkout around 7am, is sock shop still broken? nobody has complained since',
    incidentTime: '2026-04-22T09:35:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      ...restarted,
      'front-end': {
        pods: [
          { containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 48.1) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'pod:front-end#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -41.3, last: -40.9, count: 2, type: 'Warning', fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'orders#0/orders': [
        ...jstart('orders', 'OrdersApplication', 22.184),
        spring(RESTART + 1.6, 'INFO', 'http-nio-80-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring FrameworkServlet 'dispatcherServlet'"),
        spring(RESTART + 1.65, 'ERROR', 'http-nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://user/customers/57a98d98e4b00679b4a830af/addresses": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
        'java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
        '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)',
        '\tat java.net.Socket.connect(Socket.java:589)',
        '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652)',
        spring(RESTART + 1.9, 'ERROR', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://user/cards/57a98d98e4b00679b4a830ae": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
        'java.net.ConnectException: Connection refused (Connection refused)',
        '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
        spring(RESTART + 3.2, 'INFO', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6627a1f3e4b0d1c9a7e0b514\', customerId=\'57a98d98e4b00679b4a830af\', ...}'),
        spring(-62, 'INFO', 'http-nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6627b9d0e4b0d1c9a7e0b531\', customerId=\'57a98d98e4b00679b4a830b2\', ...}'),
        spring(-18, 'INFO', 'http-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6627c2a4e4b0d1c9a7e0b547\', customerId=\'57a98d98e4b00679b4a830af\', ...}'),
      ],
      'payment#0/payment': [
        kit(RESTART + 0.9, 'transport=HTTP port=80'),
        kit(RESTART + 3.1, 'method=Authorise result=true took=11.422µs'),
        kit(-62, 'method=Authorise result=true took=9.871µs'),
        kit(-45, 'method=Health result=2 took=6.2µs'),
        kit(-18, 'method=Authorise result=true took=10.03µs'),
      ],
      'user#0/user': [
        kit(RESTART + 1.2, 'caller=main.go:82 transport=HTTP port=80'),
        kit(RESTART + 3.1, 'method=GetAddresses result=1 took=2.713101ms'),
        kit(RESTART + 3.1, 'method=GetCards result=1 took=1.988412ms'),
        kit(-62, 'method=GetAddresses result=1 took=2.402337ms'),
        kit(-18, 'method=GetCards result=1 took=2.017543ms'),
      ],
    },
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f through the
      session-2 system definition. No fault: at about 07:04 the platform team ran kubectl rollout restart on carts,
      orders, payment, shipping and user (a routine restart to pick up a rotated CA bundle): each Deployment has a new
      revision whose pod template differs from the previous one only by the kubectl.kubernetes.io/restartedAt
      annotation (containers identical). While user was restarting, orders refused a few checkouts (Connection refused
      to http://user/... in its log, 07:05-07:06) - the "burst of 5xx" the orders team saw. Since then orders, payment
      and user log normal traffic, every pod is Running and Ready, and the restart's events have aged out (1h event TTL).
      Decoys: a front-end pod OOMKilled three days ago, and two front-end readiness probe timeouts 40 minutes ago that
      recovered at once. Deviations: the restart is invented; log lines follow the images' Spring Boot and go-kit
      logfmt formats.
    `,
  },
];
