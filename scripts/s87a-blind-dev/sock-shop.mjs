// Batch s87a (blind dev): one Sock Shop scenario on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs):
// the user service redeployed with HATEAOS set to a domain that does not resolve, so orders cannot follow its links.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const I = '2026-06-03T10:07:00Z';
const T = clock(I);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const userEnv = [{ name: 'mongo', value: 'user-db:27017' }];
const BAD = 'user.sockshop.internal';
const cust = ['57a98d98e4b00679b4a830af', '5b1e3f4ac2a9d10001a7e2c4', '5c0d7a11e4b0a2f3c9d81e55'];
const addr = ['57a98d98e4b00679b4a830ad', '5b1e3f4ac2a9d10001a7e2c6', '5c0d7a11e4b0a2f3c9d81e57'];

const orders = [
  spring(-60 * 5, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.262 seconds (JVM running for 43.118)'),
  spring(-40, 'INFO', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6843a1f2e4b0c1a9d3f2b710\', customerId=\'57a98d98e4b00679b4a830af\'}'),
];
const front = [
  `${T.iso(-60 * 24 * 2).replace('T', ' ').replace('Z', '')} App now running in production mode on port 8079`,
];
for (let k = 0; k < 9; k++) {
  const m = -17 + k * 1.8;
  const c = cust[k % 3];
  const a = addr[k % 3];
  orders.push(
    spring(m, 'ERROR', `http-nio-80-exec-${(k % 9) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
      `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://${BAD}/addresses/${a}": ${BAD}; nested exception is java.net.UnknownHostException: ${BAD}] with root cause`,
    ),
    `java.net.UnknownHostException: ${BAD}`,
    '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:184) ~[na:1.8.0_111-internal]',
    '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
    '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
    '\tat sun.net.NetworkClient.doConnect(NetworkClient.java:175) ~[na:1.8.0_111-internal]',
    '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111-internal]',
    '\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:50) ~[classes!/:na]',
  );
  front.push(`Order response: {"timestamp":${Date.parse(T.isoMs(m + 0.01))},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.ResourceAccessException: I/O error on GET request for \\"http://${BAD}/addresses/${a}\\": ${BAD}; nested exception is java.net.UnknownHostException: ${BAD}","path":"/orders"}`);
  front.push(`Error: Could not place order (customer ${c})`);
}

const user = [
  kit(-24.6, 'caller=main.go:80 transport=HTTP port=80'),
];
for (let k = 0; k < 14; k++) {
  const m = -22 + k * 1.5;
  const c = cust[k % 3];
  user.push(kit(m, `method=Login result=true took=${(1.4 + (k % 4) * 0.3).toFixed(6)}ms`));
  user.push(kit(m + 0.05, `method=GetUsers result=1 took=${(0.9 + (k % 3) * 0.2).toFixed(6)}ms`));
  user.push(kit(m + 0.1, `method=GetAddresses result=1 took=${(0.8 + (k % 5) * 0.1).toFixed(6)}ms`));
  if (k % 2) user.push(kit(m + 0.12, `method=GetCards result=1 took=${(0.7 + (k % 3) * 0.1).toFixed(6)}ms`));
  void c;
}

export const scenarios = [
  {
    folder: 's87a-user-hateoas-link-domain',
    description: 'sockshop checkout broken - "could not place order" for everyone since the 9:40ish deploys. login, browsing, cart all fine. orders svc throwing 500s',
    incidentTime: I,
    expected: { component: 'user', cause: 'config-error' },
    alsoAcceptable: [{ component: 'user', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      user: {
        containers: { user: { env: [...userEnv, { name: 'HATEAOS', value: BAD }] } },
        rollout: { at: -26, oldContainers: { user: { env: userEnv } } },
      },
      // Decoy: a benign catalogue restart (kubectl rollout restart) the same morning: identical template, new ReplicaSet.
      catalogue: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-31) } },
        rollout: { at: -31, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -26, last: -26 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -24.5, last: -24.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -31, last: -31 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -28, last: -28 },
    ],
    logs: {
      'orders#0/orders': orders,
      'front-end#0/front-end': front,
      'user#0/user': user,
      'catalogue#0/catalogue': [
        kit(-28.4, 'caller=main.go:88 Hostname=%POD%'),
        kit(-28.3, 'caller=main.go:156 transport=HTTP port=80'),
        kit(-12, 'caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.118931ms'),
        kit(-5, 'caller=logging.go:94 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=03fef6ac-1896-4ce8-bd69-b798f85c6e0b err=null took=1.019281ms'),
      ],
    },
    grounding: `
      Manifest facts: the user service (Go, go-kit) builds the HATEOAS links it returns (customers, addresses, cards) from its
      -link-domain flag, whose default is the env var HATEAOS (the user image sets HATEAOS=user); front-end passes those links
      to orders, and orders (Spring Boot, AsyncGetService/RestTemplate) GETs the address, card and customer URLs before it
      creates the order. Fault: a kustomize overlay change redeployed user with HATEAOS=user.sockshop.internal (meant for an
      external ingress name that has no DNS record inside the cluster). user starts, accepts the value, is Ready and answers
      logins and lookups; every order fails in orders with UnknownHostException on the link host, and front-end shows "could not
      place order". The old and new user ReplicaSets differ only in that env var. Expected: user config-error (a wrong value the
      workload reads and does not reject); user bad-deploy-rollout is accepted since the value arrived with a rollout.
      Deviations from upstream: complete-demo.yaml sets no HATEAOS on user (the image default applies); the added env is the
      fault. Decoy: a kubectl rollout restart of catalogue five minutes before (identical templates apart from the
      restartedAt annotation), healthy catalogue logs.
    `,
  },
];
