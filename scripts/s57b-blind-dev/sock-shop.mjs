// Blind dev batch s57b, Sock Shop: one scenario on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs).
// An in-house front-end build, Ready and serving, posts new orders to a path orders does not map (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-01-22T19:25:00Z');
const NEW_IMG = '381492650017.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/front-end:0.3.12-14-g7c2e91a';
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const C = (s) => (s >= 500 ? 31 : s >= 400 ? 33 : s >= 300 ? 36 : 32);
const morgan = (method, url, status, ms, len) => `\x1b[0m${method} ${url} \x1b[${C(status)}m${status} \x1b[0m${ms.toFixed(3)} ms - ${len}\x1b[0m`;
const custs = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5', '6790c1f2e4b0a1d3c4f5e6a7'];

const feLog = (k) => {
  const out = ['App now running in production mode on port 8079'];
  for (let i = 0; i < 16; i++) {
    const m = -46 + i * 2.7 + k * 0.9;
    out.push(morgan('GET', '/catalogue?size=5', 200, 9.8 + (i % 5), 1564));
    out.push(morgan('GET', '/tags', 200, 4.1 + (i % 3), 107));
    out.push(morgan('GET', '/cart', 200, 14.2 + (i % 4), 2));
    if ((i + k) % 3 === 0) {
      const c = custs[(i + k) % custs.length];
      const order = { customer: `http://user/customers/${c}`, address: `http://user/addresses/${c.slice(0, 20)}b1c2`, card: `http://user/cards/${c.slice(0, 20)}c3d4`, items: `http://carts/carts/${c}/items` };
      const ts = Date.parse(T.isoMs(m + 0.01));
      const body = { timestamp: ts, status: 404, error: 'Not Found', message: 'No message available', path: '/order' };
      out.push(
        'Request received with body: {}',
        `Received response: {"firstName":"Eve","lastName":"Berger","username":"user${i}","id":"${c}","_links":{"addresses":{"href":"http://user/customers/${c}/addresses"},"cards":{"href":"http://user/customers/${c}/cards"},"customer":{"href":"http://user/customers/${c}"},"self":{"href":"http://user/customers/${c}"}}}`,
        `GET Request to: http://user/customers/${c}/addresses`,
        `GET Request to: http://user/customers/${c}/cards`,
        `Posting Order: ${JSON.stringify(order)}`,
        `Order response: ${JSON.stringify({ statusCode: 404, body, headers: { 'x-application-context': 'orders:80', 'content-type': 'application/json;charset=UTF-8', 'transfer-encoding': 'chunked', date: new Date(ts).toUTCString(), connection: 'close' }, request: { uri: { protocol: 'http:', slashes: true, auth: null, host: 'orders', port: 80, hostname: 'orders', hash: null, search: null, query: null, pathname: '/order', path: '/order', href: 'http://orders/order' }, method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', 'content-length': 282 } } })}`,
        `Order response: ${JSON.stringify(body)}`,
        morgan('POST', '/orders', 404, 61.4 + i, 126),
      );
    }
    if (i % 4 === 1) out.push(morgan('GET', '/orders', 200, 22.7 + i, 1290));
  }
  return out;
};

const ordersBoot = [
  spring(-60 * 24 * 9, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
  spring(-60 * 24 * 9 + 0.2, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(-60 * 24 * 9 + 0.2, 'INFO', 'orders', 'cluster-ClusterId{value=\'5f1c0a9e2b\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:3}] to orders-db:27017'),
  spring(-60 * 24 * 9 + 0.3, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-60 * 24 * 9 + 0.3, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.612 seconds (JVM running for 40.287)'),
];

export const scenarios = [
  {
    folder: 's57b-frontend-orders-path',
    incidentTime: '2026-01-22T19:25:00Z',
    description: 'sockshop: customers get "Error placing order" at checkout since around 18:40. browsing, login, basket all OK. orders svc + orders-db dashboards look normal, no errors there',
    expected: { component: 'front-end', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Follows microservices-demo/front-end api/orders/index.js (POST /orders: GET the customer, its addresses and cards, then
      request({uri: endpoints.ordersUrl + '/orders', method: 'POST', json: true}) and respondStatusBody with orders' status),
      orders' OrdersController (@RequestMapping(path = "/orders", method = POST)) and Spring Boot 1.4's /error JSON body.
      Fault: an in-house front-end build (ECR tag 0.3.12-14-g7c2e91a, a refactor of api/orders/index.js) rolled out at 18:35
      posts the new order to endpoints.ordersUrl + '/order'. Nothing maps /order in orders, so Spring answers 404 from its
      resource handler without logging anything; the front-end pods start, pass the readiness probe on / and serve every
      other page, and each checkout ends in "Order response: {"status":404,...,"path":"/order"}" and a 404 to the browser.
      The regression is the new front-end release: bad-deploy-rollout on front-end.
      Decoys: a carts rollout three hours earlier (JAVA_OPTS -Xmx128m -> -Xmx192m, healthy), a queue-master container
      OOMKilled two days ago and restarted, orders' quiet logs.
      Deviations from upstream: the front-end image is an invented in-house build (upstream weaveworksdemos/front-end:0.3.12);
      the "Order response" JSON of the request module is shortened; customer ids, timings and sizes are invented.`,
    workloads: {
      'front-end': {
        containers: { 'front-end': { image: NEW_IMG } },
        rollout: { at: -50, revision: 6, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12' } } },
      },
      carts: {
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
        rollout: { at: -185, revision: 4, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } } },
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -50 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -49.1 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -49.05 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -48.3 },
      { on: 'pod:front-end#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{front-end}', first: -49.45 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.212s (4.212s including waiting). Image size: 61842215 bytes.`, fieldPath: 'spec.containers{front-end}', first: -49.38 },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', fieldPath: 'spec.containers{front-end}', first: -49.37 },
      { on: 'pod:front-end#1', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 3.877s (3.877s including waiting). Image size: 61842215 bytes.`, fieldPath: 'spec.containers{front-end}', first: -48.92 },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', fieldPath: 'spec.containers{front-end}', first: -48.9 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -185 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -183 },
    ],
    logs: {
      'front-end#0/front-end': feLog(0),
      'front-end#1/front-end': feLog(1),
      'orders#0/orders': ordersBoot,
      'carts#0/carts': [
        spring(-184.5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
        spring(-184.1, 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
        spring(-183.9, 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-183.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 34.907 seconds (JVM running for 36.514)'),
      ],
      'queue-master#0/queue-master': [
        spring(-60 * 24 * 2 + 0.6, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 31.224 seconds (JVM running for 33.001)'),
      ],
    },
  },
];
