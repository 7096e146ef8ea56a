// Blind dev batch s131c, Sock Shop: a replaced NetworkPolicy on carts-db drops the carts service's traffic.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-04-08T16:34:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const mongoTimeout = 'Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: connect timed out}}]';
const cartsErr = (min, thread) => [
  `${T.java(min)} ERROR [carts,,,] 7 --- [${thread.padStart(15)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]      : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${mongoTimeout}; nested exception is com.mongodb.MongoTimeoutException: ${mongoTimeout}] with root cause`,
  '',
  `com.mongodb.MongoTimeoutException: ${mongoTimeout}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:167) ~[mongodb-driver-core-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.getConnectedClusterDescription(Mongo.java:885) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.Mongo.createClientSession(Mongo.java:877) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat com.mongodb.DBCollection.findOne(DBCollection.java:820) ~[mongodb-driver-3.2.2.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate$FindOneCallback.doInCollection(MongoTemplate.java:2231) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindOneInternal(MongoTemplate.java:2007) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:30) ~[classes!/:na]',
  '\tat works.weave.socks.cart.cart.CartResource.value(CartResource.java:23) ~[classes!/:na]',
  '\tat works.weave.socks.cart.controllers.CartsController.get(CartsController.java:35) ~[classes!/:na]',
  '',
];
const fe = (min, method, path, status, ms) => `${method} ${path} ${status} ${ms}.${String(Math.abs(Math.round(min * 37)) % 1000).padStart(3, '0')} ms - ${status >= 500 ? 98 : 412}`;
const policy = (name, sel, from, port) => ({ name, spec: { podSelector: { matchLabels: { name: sel } }, policyTypes: ['Ingress'], ingress: [{ from: from.map((f) => ({ podSelector: { matchLabels: { name: f } } })), ports: [{ protocol: 'TCP', port }] }] } });

const s1 = {
  folder: 's131c-carts-db-netpol-typo',
  description: 'sockshop basket wont load and add-to-cart 500s, started around 16:20. catalogue and login fine',
  incidentTime: '2026-04-08T16:34:00Z',
  expected: { component: 'carts-db', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'carts', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['network-policy', 'pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'typo'],
  grounding: `
    Sock Shop complete-demo.yaml plus upstream deploy/kubernetes/manifests-policy, whose per-database policies admit
    ingress to carts-db (name=carts-db) only from pods labelled name=carts on 27017. At ~16:19 the carts-db policy was
    re-created by a GitOps sync from a branch where the allowed source reads name=cart (typo): every pod stays Running
    and Ready (carts-db has no probes, mongo keeps serving; carts has no readiness probe), but carts' new connections to
    carts-db:27017 are dropped, so the Java mongo driver (3.2.x, Spring Data MongoDB 1.9) times out after 10 s
    (MongoTimeoutException ... SocketTimeoutException: connect timed out) and front-end answers 500 on /cart.
    Same shape as the Kubernetes network-policy misconfiguration experiments (Chaos Mesh NetworkChaos partition) but made
    by a policy. Deviations: the typo, and the re-created policy's creationTimestamp (the sync deletes and re-creates it).
    Decoy: orders-db restarted once five days ago; the other database policies are unchanged and correct.`,
  networkPolicies: [
    { ...policy('carts-db-policy', 'carts-db', ['cart'], 27017), created: -15 },
    { ...policy('orders-db-policy', 'orders-db', ['orders'], 27017), created: -60 * 24 * 40 },
    { ...policy('user-db-policy', 'user-db', ['user'], 27017), created: -60 * 24 * 40 },
    { ...policy('catalogue-db-policy', 'catalogue-db', ['catalogue'], 3306), created: -60 * 24 * 40 },
    { ...policy('session-db-policy', 'session-db', ['front-end'], 6379), created: -60 * 24 * 40 },
  ],
  workloads: {
    'orders-db': {
      pods: [{ containers: { 'orders-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.2), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5) } }) } }],
    },
  },
  events: [],
  logs: {
    'carts#0/carts': [
      spring(-20, 'INFO', 'nio-80-exec-3', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
      spring(-19.9, 'INFO', 'nio-80-exec-3', 'w.w.s.cart.controllers.ItemsController', 'Cart item added: Item{id=\'5d2e7f41c9a3b20001f4e8a2\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
      ...cartsErr(-14.2, 'nio-80-exec-7'),
      ...cartsErr(-11.5, 'nio-80-exec-2'),
      spring(-8.3, 'INFO', 'nio-80-exec-9', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'a0a4f044-b040-410d-8ead-4de0446aec7e\', quantity=1, unitPrice=7.99}'),
      ...cartsErr(-8.1, 'nio-80-exec-9'),
      ...cartsErr(-3.4, 'nio-80-exec-4'),
      ...cartsErr(-0.7, 'nio-80-exec-1'),
    ],
    'front-end#0/front-end': [
      fe(-20, 'GET', '/catalogue?size=5', 200, 14), fe(-19.9, 'POST', '/cart', 201, 61), fe(-19.8, 'GET', '/cart', 200, 23),
      fe(-14.2, 'GET', '/cart', 500, 10021), fe(-11, 'GET', '/catalogue?page=1&size=6&tags=', 200, 11), fe(-11.4, 'GET', '/login', 200, 88),
      fe(-8.1, 'POST', '/cart', 500, 10018), fe(-3.4, 'GET', '/cart', 500, 10012), fe(-1.2, 'GET', '/catalogue/size?tags=', 200, 6),
    ],
    'front-end#1/front-end': [
      fe(-16, 'GET', '/customers/57a98d98e4b00679b4a830af', 200, 19), fe(-11.5, 'GET', '/cart', 500, 10023), fe(-6, 'GET', '/tags', 200, 5), fe(-0.7, 'GET', '/cart', 500, 10011),
    ],
    'carts-db#0/carts-db': [
      `{"t":{"$date":"${T.isoMs(-60 * 24 * 9 + 0.3).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
      `{"t":{"$date":"${T.isoMs(-19.6).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"conn1184","msg":"Connection ended","attr":{"remote":"%IPOF:carts#0%:51842","uuid":"7c1e2a90-4d5b-4f61-9a83-2e0b6c5d1f47","connectionId":1184,"connectionCount":3}}`,
    ],
  },
};

export const scenarios = [s1];
