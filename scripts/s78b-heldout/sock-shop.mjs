// Blind held-out batch s78b: the Sock Shop scenario (system part of scripts/s2-scenarios/sock-shop.mjs).
// Built by scripts/s78b-build.mjs with the session-2 scenario kit; expected answer fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-02-12T19:52:00Z');
const DOWN = -21.6; // 19:30:24Z = 20:30 Europe/Berlin (CET)

// morgan "dev" format (colours on) and plain console.log lines, as server.js and api/cart/index.js print them.
const mg = (method, url, status, ms, len) => {
  const c = status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32;
  return `\x1b[0m${method} ${url} \x1b[${c}m${status}\x1b[0m ${ms.toFixed(3)} ms - ${len}\x1b[0m`;
};
const CUST = ['57a98d98e4b00679b4a830b2', '5a2c1f0e9b1d3e0007a4c8f1', '5a2c20b79b1d3e0007a4c8f6', 'qWvZxV8cBRdo4S6fPz1oUr2zR3xJmG5a'];
const SOCK = { id: '03fef6ac-1896-4ce8-bd69-b798f85c6e0b', name: 'Holy', price: 99.99 };
const SOCK2 = { id: 'd3588630-ad8e-49df-bbd7-3167f7efb246', name: 'YouTube.sock', price: 10.99 };
const item = (s) => `{"id":"${s.id}","name":"${s.name}","description":"Socks fit for a Messiah.","imageUrl":["/catalogue/images/holy_1.jpeg","/catalogue/images/holy_2.jpeg"],"price":${s.price},"count":1,"tag":["action","magic"]}`;
const refused = '{"message":"connect ECONNREFUSED %SVCIP:carts%:80","error":{"code":"ECONNREFUSED","errno":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:carts%","port":80}}';

// Each entry [minute, lines...]; sorted by minute (console.log has no timestamps, order is what matters).
const getCart = (min, i, ok = true) => [min, `Request received: /cart, undefined`, `Customer ID: ${CUST[i % 4]}`, ok ? mg('GET', '/cart', 200, 9.8 + (i % 5), 2) : mg('GET', '/cart', 500, 2.1 + (i % 3) * 0.4, 171)];
const addCart = (min, i, ok = true) => {
  const s = i % 2 ? SOCK2 : SOCK;
  return [
    min,
    `Attempting to add to cart: {"id":"${s.id}"}`,
    item(s),
    `POST to carts: http://carts/carts/${CUST[i % 4]}/items body: {"itemId":"${s.id}","unitPrice":${s.price}}`,
    ok ? mg('POST', '/cart', 201, 31.4 + (i % 7), 0) : mg('POST', '/cart', 500, 7.9 + (i % 4) * 0.7, 171),
  ];
};
const browse = (min, i) => [min, mg('GET', '/catalogue?page=1&size=6&tags=', 200, 6.2 + (i % 4), 1813), mg('GET', '/tags', 200, 3.3 + (i % 3), 107), mg('GET', '/catalogue/size?tags=', 200, 2.9 + (i % 2), 11)];
const frontLog = (shift) =>
  [
    [-60 * 24 * 9, 'Using the redis based session manager', 'App now running in production mode on port 8079'],
    ...[-48, -43, -37.5, -31, -26.2, -22.9].flatMap((m, i) => [browse(m + shift, i), getCart(m + shift + 0.2, i), ...(i % 2 ? [addCart(m + shift + 0.5, i)] : [])]),
    ...[-20.8, -17.1, -13.4, -9.9, -6.3, -2.7].flatMap((m, i) => [browse(m + shift, i), getCart(m + shift + 0.2, i, false), addCart(m + shift + 0.4, i, false), getCart(m + shift + 0.6, i + 1, false)]),
  ]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([, ...lines]) => lines);

const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ordersTrace = (min, cust) => [
  spring(min, 'ERROR', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://carts/carts/${cust}/items": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause`),
  '',
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111-internal]',
  '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_111-internal]',
  '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
  '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
  '\tat org.apache.http.conn.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:75) ~[httpclient-4.5.2.jar!/:4.5.2]',
  '\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142) ~[httpclient-4.5.2.jar!/:4.5.2]',
  '\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:359) ~[httpclient-4.5.2.jar!/:4.5.2]',
  '\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:381) ~[httpclient-4.5.2.jar!/:4.5.2]',
  '\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:237) ~[httpclient-4.5.2.jar!/:4.5.2]',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:595) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat works.weave.socks.orders.services.AsyncGetService.getDataList(AsyncGetService.java:72) ~[classes!/:na]',
  '\tat works.weave.socks.orders.services.AsyncGetService$$FastClassBySpringCGLIB$$3a1e2f4c.invoke(<generated>) ~[classes!/:na]',
  '\tat org.springframework.aop.interceptor.AsyncExecutionInterceptor$1.call(AsyncExecutionInterceptor.java:115) ~[spring-aop-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat java.util.concurrent.FutureTask.run(FutureTask.java:266) [na:1.8.0_111-internal]',
  '\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1142) [na:1.8.0_111-internal]',
  '\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:617) [na:1.8.0_111-internal]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
  '',
];

export const scenarios = [
  {
    folder: 's78b-carts-downscaled-at-night',
    incidentTime: '2026-02-12T19:52:00Z',
    description: 'US shoppers cant add socks to the cart, cart page just errors out. started right around 20:30 CET. catalogue + login still work — commerce team',
    expected: { component: 'carts', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'carts', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['callers-only', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): carts is a one-replica Deployment behind Service carts:80;
      front-end's api/endpoints.js uses http://carts/carts for every cart call, orders reads the cart items from the same
      address. front-end prints console.log lines and morgan "dev" lines (server.js), and helpers.errorHandler answers 500
      with the error's message without logging it.
      The fault follows kube-downscaler (hjacobs/kube-downscaler, codeberg.org/hjacobs/kube-downscaler): the carts
      Deployment carries downscaler/uptime "Mon-Fri 07:30-20:30 Europe/Berlin" (copied into the production overlay from
      staging), so at 20:30 CET the downscaler scaled it to 0 and recorded downscaler/original-replicas "1". The
      Deployment stays Available (0 of 0), the ReplicaSet has 0 replicas, the Service's Endpoints have no subsets, and
      kube-proxy rejects connections to the ClusterIP: front-end's request calls fail with ECONNREFUSED (GET/POST /cart
      answer 500) and orders' checkout fails with ResourceAccessException ... Connection refused. carts itself has no pod
      and no log. Catalogue, tags and login keep answering 200. A careful engineer names carts having no endpoints
      (scaled to zero); calling carts down is also accepted.
      Decoy: orders was OOMKilled four days ago (limit 500Mi) and has been running since.
      Deviations from upstream: the downscaler annotations on the carts Deployment; kube-downscaler itself runs in
      another namespace, outside the snapshot.
    `,
    workloads: {
      carts: {
        replicas: 0,
        endpointsChanged: DOWN + 0.01,
        deployAnnotations: { 'downscaler/original-replicas': '1', 'downscaler/uptime': 'Mon-Fri 07:30-20:30 Europe/Berlin' },
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
          ],
        },
      },
      orders: {
        pods: [
          {
            containers: {
              orders: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%NEW% to 0 from 1', first: DOWN, last: DOWN },
    ],
    logs: {
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(0.13),
      'orders#0/orders': [
        spring(-60 * 24 * 4 + 0.3, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.822 seconds (JVM running for 44.107)'),
        ...ordersTrace(-15.2, CUST[0]),
        ...ordersTrace(-8.7, CUST[1]),
        ...ordersTrace(-3.1, CUST[2]),
      ],
    },
  },
];
