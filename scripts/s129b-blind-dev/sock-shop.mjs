// Blind dev batch s129b: Sock Shop scenarios.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

// 1. catalogue 0.3.6: new query selects a column catalogue-db 0.3.0 does not have.
const T1 = clock('2026-05-06T16:20:00Z');
const catErr = (min, method) => kit(T1, min, `caller=logging.go:${method === 'List' ? 31 : 52} method=${method} ${method === 'List' ? 'tags= order=id pageNum=1 pageSize=6 result=0' : 'id=3395a43e-2d88-40de-b95f-e00e1502085b'} err="database connection error" took=1.9ms`);
const ss1 = {
  folder: 's129b-catalogue-release-unknown-column',
  description: 'socks not loading on the shop front page for the last 20 min, front-end 500s everywhere. several deploys went out at 16:00',
  incidentTime: '2026-05-06T16:20:00Z',
  expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `
    catalogue (Go kit) queries catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL schema sock/tag/sock_tag) with a SELECT listing
    sock columns; on any query error the service logs the MySQL error and answers ErrDBConnection ("database connection error"), and
    its /health only pings the database, so the pod stays Ready (readiness/liveness on /health as in complete-demo.yaml). Fault: the
    0.3.6 release adds sock.discount_price to the query, a column the unchanged 0.3.0 database image lacks (MySQL error 1054); a
    schema change its dependency does not accept. front-end logs the 500s for every catalogue page. Decoys: user was rolled to 0.4.8
    the same hour and is healthy; catalogue-db is untouched and healthy. Deviation: the 0.3.6/0.4.8 tags and the new column are invented.`,
  workloads: {
    catalogue: {
      rollout: { at: -19, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
      containers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.6' } },
    },
    user: {
      rollout: { at: -22, revision: 5, oldContainers: { user: { image: 'weaveworksdemos/user:0.4.7' } } },
      containers: { user: { image: 'weaveworksdemos/user:0.4.8' } },
    },
  },
  events: [
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -22 },
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -18.8 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -19 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -15.9 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.6" in 2.104s (2.104s including waiting). Image size: 12873392 bytes.', first: -18.9, fieldPath: 'spec.containers{catalogue}' },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -18.8, fieldPath: 'spec.containers{catalogue}' },
  ],
  logs: {
    'catalogue#0/catalogue': [
      kit(T1, -18.7, 'transport=HTTP port=80'),
      kit(T1, -15.8, 'caller=logging.go:71 method=Health result=2 took=2.3ms'),
      ...Array.from({ length: 7 }, (_, k) => [
        kit(T1, -15 + k * 2, `caller=catalogue.go:95 Error="Error 1054: Unknown column 'sock.discount_price' in 'field list'"`),
        catErr(-15 + k * 2, k % 2 ? 'Get' : 'List'),
        kit(T1, -14.5 + k * 2, 'caller=logging.go:71 method=Health result=2 took=2.1ms'),
      ]).flat(),
    ],
    'front-end#0/front-end': [
      'GET /catalogue?page=1&size=6 200 14.211 ms - 1911',
      ...Array.from({ length: 6 }, (_, k) => [
        `Error: Response: 500 status`,
        `GET /catalogue?sort=id&size=3&tags=${k % 2 ? 'brown' : 'blue'} 500 6.${k}12 ms - 71`,
        'GET /catalogue/size?tags= 500 5.480 ms - 71',
      ]).flat(),
    ],
    'front-end#1/front-end': [
      'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 500 7.302 ms - 71',
      'GET /cart 200 21.044 ms - 2',
      'GET /catalogue?page=1&size=6 500 6.882 ms - 71',
    ],
    'catalogue-db#0/catalogue-db': [
      `${T1.isoMs(-60 * 24 * 9 + 0.4).replace('Z', '000Z')} 0 [Note] mysqld: ready for connections.`,
      "Version: '5.7.29'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
    ],
    'user#0/user': [kit(T1, -21.6, 'transport=HTTP port=80'), kit(T1, -10, 'caller=logging.go:76 method=Login result=true took=3.1ms')],
  },
};

// 2. orders 0.4.8: new client sends the payment amount as a JSON string; payment rejects it, orders fail.
const T2 = clock('2026-05-08T11:48:00Z');
const ss2 = {
  folder: 's129b-orders-release-payment-contract',
  description: 'checkout broken since ~11:30 - "payment declined"/500 on place order. payment svc logs full of json errors, pls look',
  incidentTime: '2026-05-08T11:48:00Z',
  expected: { component: 'orders', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `
    orders (Spring Boot) calls payment's POST /paymentAuth with {"address","card","customer","amount"}; payment (Go kit) decodes into
    AuthoriseRequest with Amount float32 and answers 500 with the decode error. Fault: the orders 0.4.8 release serialises amount as a
    string ("23.99" instead of 23.99) after a DTO change (BigDecimal with @JsonFormat(shape = STRING)), so every authorisation fails with
    "json: cannot unmarshal string into Go struct field AuthoriseRequest.amount of type float32". payment is the loud one and is
    unchanged (0.4.3, 9 days); the contract break is in the orders release. All pods stay Ready. Decoy: shipping had a healthy rollout
    to 0.4.9 this morning. Deviation: orders 0.4.8, shipping 0.4.9 and the DTO change are invented; the request shape follows payment's
    transport.go upstream.`,
  workloads: {
    orders: {
      rollout: { at: -20, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
      containers: { orders: { image: 'weaveworksdemos/orders:0.4.8' } },
    },
    shipping: {
      rollout: { at: -160, revision: 4, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8' } } },
      containers: { shipping: { image: 'weaveworksdemos/shipping:0.4.9' } },
    },
  },
  events: [
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -160 },
    { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -158 },
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -20 },
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -18.5 },
    { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -19.8, fieldPath: 'spec.containers{orders}' },
  ],
  logs: {
    'orders#0/orders': [
      spring(T2, -19.2, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.882 seconds (JVM running for 44.031)'),
      ...Array.from({ length: 5 }, (_, k) => [
        spring(T2, -16 + k * 3, 'INFO', 'orders', `nio-80-exec-${k + 1}`, 'w.w.s.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5544154011345918\', expires=\'08/27\', ccv=\'958\'}, customer=Customer{id=\'null\', firstName=\'User\', lastName=\'Name\', username=\'user\', addresses=[], cards=[]}, amount="' + (19.99 + k * 5).toFixed(2) + '"}'),
        spring(T2, -16 + k * 3 + 0.01, 'ERROR', 'orders', `nio-80-exec-${k + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        'org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94)',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:641)',
        '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:597)',
        '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:73)',
        '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:98)',
      ]).flat(),
    ],
    'payment#0/payment': [
      kit(T2, -60 * 24 * 9 + 0.5, 'transport=HTTP port=80'),
      kit(T2, -40, 'caller=logging.go:27 method=Authorise result=true took=12.1µs'),
      ...Array.from({ length: 5 }, (_, k) => kit(T2, -16 + k * 3, 'caller=transport.go:93 err="json: cannot unmarshal string into Go struct field AuthoriseRequest.amount of type float32"')),
      ...Array.from({ length: 4 }, (_, k) => kit(T2, -15 + k * 3, 'caller=logging.go:45 method=Health result=1 took=4.2µs')),
    ],
    'front-end#0/front-end': [
      'POST /orders 201 512.331 ms - 462',
      ...Array.from({ length: 5 }, (_, k) => [`Order response: {"timestamp":${Date.parse(T2.iso(-16 + k * 3))},"status":500,"error":"Internal Server Error","exception":"org.springframework.web.util.NestedServletException","message":"Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error","path":"/orders"}`, `POST /orders 500 ${180 + k * 7}.402 ms - 25`]).flat(),
    ],
    'shipping#0/shipping': [spring(T2, -158.5, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 38.412 seconds (JVM running for 40.12)')],
  },
};

export const scenarios = [ss1, ss2];
