// Sock Shop held-out (test split) scenarios, issue 13 measurement. Written without running the engine.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N2 = 'ip-10-0-2-148.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv, caller = 'logging.go:25') => `ts=${T.isoMs(min)} caller=${caller} ${kv}`;
const mongo = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const servlet = (T, min, app, thread, nested) => spring(T, min, 'ERROR', app, thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is ${nested}] with root cause`);

export const scenarios = [];

// T1. Upstream manifests-policy ported with a real default-deny: cart-access and cart-db-access select `name: cart`, but the pods are `name: carts`.
{
  const incidentTime = '2026-10-08T14:20:00Z';
  const T = clock(incidentTime);
  const allow = (name, target, from, port) => ({ name, created: -18, spec: { podSelector: { matchLabels: { name: target } }, policyTypes: ['Ingress'], ingress: [{ ...(from ? { from: from.map((f) => ({ podSelector: { matchLabels: { name: f } } })) } : {}), ports: [{ protocol: 'TCP', port }] }] } });
  scenarios.push({
    folder: 'carts-default-deny-policy-selects-cart', incidentTime,
    description: 'basket page spins then errors for the last ~15 min, checkout too. nothing deployed on our side (web team)',
    expected: { component: 'carts', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'network-fault' }],
    difficulty: 'hard', traits: ['network-policy', 'pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `deploy/kubernetes/manifests-policy/ (upstream): a legacy "DefaultDeny" namespace annotation plus one allow policy per service;
      netpol-cart-access.yaml and netpol-cart-db-access.yaml select/admit pods labelled name=cart, while complete-demo.yaml labels the
      Deployment's pods name=carts. Under the legacy annotation that typo was harmless. At 14:02 the platform team enabled network policy
      enforcement in the EKS VPC CNI add-on and ported the set with a modern default-deny (podSelector {}, Ingress): carts is now isolated
      with no policy admitting front-end or orders, and carts-db admits only the non-existent name=cart, so carts cannot reach its own
      database either. Dropped SYNs mean timeouts, not refusals: front-end (Node request, no timeout) gets ETIMEDOUT, orders'
      RestTemplate "connect timed out", and carts' Mongo driver monitor logs socket timeouts toward carts-db (the loudest, misleading
      line). No probe involves the network path (carts has none), all pods Ready.`,
    networkPolicies: [
      { name: 'default-deny', created: -18, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
      allow('cart-access', 'cart', ['front-end', 'orders'], 80),
      allow('cart-db-access', 'carts-db', ['cart'], 27017),
      allow('catalogue-access', 'catalogue', ['front-end'], 80),
      allow('catalogue-db-access', 'catalogue-db', ['catalogue'], 3306),
      allow('front-end-access', 'front-end', null, 8079),
      allow('orders-access', 'orders', ['front-end'], 80),
      allow('orders-db-access', 'orders-db', ['orders'], 27017),
      allow('payment-access', 'payment', ['orders'], 80),
      allow('rabbitmq-access', 'rabbitmq', ['shipping', 'queue-master'], 5672),
      allow('shipping-access', 'shipping', ['orders'], 80),
      allow('user-access', 'user', ['front-end', 'orders'], 80),
      allow('user-db-access', 'user-db', ['user'], 27017),
    ],
    logs: {
      'front-end#0/front-end': [
        `GET /catalogue?size=6 200 21.382 ms - 2283`,
        `Error: connect ETIMEDOUT %SVCIP:carts%:80`,
        `    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)`,
        `GET /cart 500 130214.877 ms - 42`,
        `GET /customers/57a98d98e4b00679b4a830af 200 12.804 ms - 241`,
        `Error: connect ETIMEDOUT %SVCIP:carts%:80`,
        `    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)`,
        `POST /cart 500 129877.031 ms - 42`,
      ],
      'orders#0/orders': [
        servlet(T, -9, 'orders', 'nio-80-exec-4', 'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://carts/carts/57a98d98e4b00679b4a830af/items": connect timed out; nested exception is java.net.SocketTimeoutException: connect timed out'),
        `java.net.SocketTimeoutException: connect timed out`,
        `\tat java.net.PlainSocketImpl.socketConnect(Native Method)`,
        `\tat works.weave.socks.orders.services.AsyncGetService.getDataList(AsyncGetService.java:57)`,
      ],
      'carts#0/carts': [
        spring(T, -60 * 24 * 5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.114 seconds (JVM running for 40.221)'),
        spring(T, -19, 'INFO', 'carts', 'nio-80-exec-9', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
        spring(T, -16, 'INFO', 'carts', "cluster-ClusterId{value='5f2a', description='null'}-carts-db:27017", 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        `com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message`,
        `\tat com.mongodb.connection.InternalStreamConnection.translateReadException(InternalStreamConnection.java:475)`,
        `Caused by: java.net.SocketTimeoutException: Read timed out`,
        spring(T, -6, 'INFO', 'carts', "cluster-ClusterId{value='5f2a', description='null'}-carts-db:27017", 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
        `com.mongodb.MongoSocketOpenException: Exception opening socket`,
        `Caused by: java.net.SocketTimeoutException: connect timed out`,
      ],
    },
  });
}

// T2. orders-db left fsyncLock'ed by a backup job that died before fsyncUnlock: reads work, every write blocks.
{
  const incidentTime = '2026-10-10T04:12:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'orders-db-fsynclock-left-on', incidentTime,
    description: 'night pager: orders not going through since ~03:45, order history page still loads',
    expected: { component: 'orders-db', cause: 'dependency-down' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `orders-db (image mongo, no probes in complete-demo.yaml). The operator's nightly EBS-snapshot backup runs db.fsyncLock(), snapshots,
      then db.fsyncUnlock(); at 03:41 the backup job's pod was OOMKilled between the two, leaving mongod locked (mongod logs id 20462
      "mongod is locked and no writes are allowed", lockCount 1 — the server's own text). Reads are served, every insert blocks. orders
      (Spring Data MongoDB, Java driver 3.x with no socket timeout) parks a Tomcat thread per order until the pool's 100 connections are
      held, then other requests wait 120 s and fail with the driver's "Timed out after 120000 ms while waiting for a connection to server
      orders-db:27017". front-end's POST /orders is cut off by the ALB. orders-db is Running and Ready; orders is the loud one.`,
    logs: {
      'orders-db#0/orders-db': [
        mongo(T, -60 * 24 * 9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mongo(T, -31.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.0.2.77:51314', uuid: { uuid: { $uuid: '1b7f0c2e-94a3-4d6b-8e51-c2f9a0d7e3b4' } }, connectionId: 8812, connectionCount: 41 }),
        mongo(T, -31.1, 'I', 'COMMAND', 20462, 'conn8812', 'mongod is locked and no writes are allowed', { lockCount: 1, seeAlso: 'http://dochub.mongodb.org/core/fsynccommand' }),
        mongo(T, -30.9, 'I', 'NETWORK', 22944, 'conn8812', 'Connection ended', { remote: '10.0.2.77:51314', uuid: { uuid: { $uuid: '1b7f0c2e-94a3-4d6b-8e51-c2f9a0d7e3b4' } }, connectionId: 8812, connectionCount: 40 }),
      ],
      'orders#0/orders': [
        spring(T, -26, 'INFO', 'orders', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(T, -24, 'INFO', 'orders', 'nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        servlet(T, -6, 'orders', 'nio-80-exec-118', 'org.springframework.dao.DataAccessResourceFailureException: Timed out after 120000 ms while waiting for a connection to server orders-db:27017; nested exception is com.mongodb.MongoTimeoutException: Timed out after 120000 ms while waiting for a connection to server orders-db:27017'),
        `com.mongodb.MongoTimeoutException: Timed out after 120000 ms while waiting for a connection to server orders-db:27017`,
        `\tat com.mongodb.connection.DefaultConnectionPool.get(DefaultConnectionPool.java:92)`,
        `\tat org.springframework.data.mongodb.core.MongoTemplate.doInsert(MongoTemplate.java:1038)`,
        servlet(T, -2, 'orders', 'nio-80-exec-131', 'org.springframework.dao.DataAccessResourceFailureException: Timed out after 120000 ms while waiting for a connection to server orders-db:27017; nested exception is com.mongodb.MongoTimeoutException: Timed out after 120000 ms while waiting for a connection to server orders-db:27017'),
      ],
      'front-end#1/front-end': [
        `GET /orders 200 18.227 ms - 3151`,
        `POST /orders - - ms - -`,
        `POST /orders - - ms - -`,
        `GET /orders 200 16.903 ms - 3151`,
      ],
    },
  });
}

// T3. user-db on a new AMI with a 1024 nofile soft limit: mongod refuses connections past 819; user intermittently fails.
{
  const incidentTime = '2026-10-13T08:50:00Z';
  const T = clock(incidentTime);
  const m3 = (min, msg) => `${T.isoMs(min).replace('Z', '+0000')} I NETWORK  [listener] ${msg}`;
  scenarios.push({
    folder: 'user-db-connections-capped-819', incidentTime,
    description: 'login + my account failing for some users since 8:30, intermittent, refresh sometimes works',
    expected: { component: 'user-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'user', cause: 'resource-exhaustion' }],
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `user (Go, mgo driver, env mongo=user-db:27017) → user-db (weaveworksdemos/user-db, mongod 3.x). A node-group AMI update two days ago
      moved user-db onto an Amazon Linux 2 AMI whose containerd unit gives containers a nofile soft limit of 1024 (the EKS AMI change
      of late 2023 that many users hit); mongod caps incoming connections at 80 % of it and logs "connection refused because too many open
      connections: 819" (its own text). At the Monday 08:30 peak the user pods' mgo pools grow past that; new sockets are closed at
      once (mgo reports EOF / "no reachable servers"), pooled ones keep working, so failures are intermittent. Pods are Ready (user's
      /health answers 200).`,
    workloads: { 'user-db': { pods: [{ created: T.iso(-60 * 49), node: N1 }] } },
    logs: {
      'user-db#0/user-db': [
        m3(-60 * 49 + 0.2, 'waiting for connections on port 27017'),
        m3(-21, 'connection accepted from 10.0.2.96:40118 #52277 (818 connections now open)'),
        m3(-21, 'connection accepted from 10.0.3.18:37702 #52278 (819 connections now open)'),
        m3(-21, 'connection refused because too many open connections: 819'),
        m3(-14, 'connection refused because too many open connections: 819'),
        m3(-5, 'connection refused because too many open connections: 819'),
        m3(-1, 'connection refused because too many open connections: 819'),
      ],
      'user#0/user': [
        kit(T, -20, 'method=Login result=false took=3.2101ms err=EOF'),
        kit(T, -18, 'method=GetUsers result=1 took=2.804ms'),
        kit(T, -13, 'method=GetAddresses result=0 took=5.000834s err="no reachable servers"'),
        kit(T, -4, 'method=Login result=false took=2.9017ms err=EOF'),
        kit(T, -3, 'method=Login result=true took=4.112ms'),
      ],
      'front-end#0/front-end': [`GET /login 500 9.114 ms - 21`, `GET /login 200 14.009 ms - 0`, `GET /customers/57a98d98e4b00679b4a830af 500 5011.442 ms - 21`],
    },
  });
}

// T4. carts 0.4.9-rc1 drops the POST mapping for /carts/{customerId}/items; pods Ready.
{
  const incidentTime = '2026-10-15T11:10:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'carts-rollout-drops-add-item', incidentTime,
    description: 'add to basket broken since ~10:40?? rest of the shop fine. commerce pls check',
    expected: { component: 'carts', cause: 'bad-deploy-rollout' },
    difficulty: 'medium', traits: ['rollout-regression', 'pods-ready', 'time-expression', 'team-name'],
    grounding: `carts (Spring Boot 1.x, weaveworksdemos/carts:0.4.8 in complete-demo.yaml) serves POST /carts/{customerId}/items, which front-end's
      api/cart calls on add-to-basket. A 0.4.9-rc1 build rolled out at 10:39 moved the items controller to a new path; Spring's
      DefaultHandlerExceptionResolver logs "Request method 'POST' not supported" (logger o.s.web.servlet.PageNotFound) and answers 405,
      which front-end turns into a 500. GET /carts/{id} still works, so the basket page loads; carts has no probes in complete-demo.yaml
      and its pod is Running and Ready.`,
    workloads: {
      carts: { rollout: { at: -31, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.8' } } }, containers: { carts: { image: 'weaveworksdemos/carts:0.4.9-rc1' } } },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -31, last: -31 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -30, last: -30 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/carts:0.4.9-rc1" in 6.918s (6.918s including waiting). Image size: 113560148 bytes.', fieldPath: 'spec.containers{carts}', first: -30.9, last: -30.9 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: -30.8, last: -30.8 },
    ],
    logs: {
      'carts#0/carts': [
        spring(T, -30, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 44.907 seconds (JVM running for 47.312)'),
        spring(T, -27, 'WARN', 'carts', 'nio-80-exec-2', 'o.s.web.servlet.PageNotFound', "Request method 'POST' not supported"),
        spring(T, -14, 'WARN', 'carts', 'nio-80-exec-5', 'o.s.web.servlet.PageNotFound', "Request method 'POST' not supported"),
        spring(T, -3, 'WARN', 'carts', 'nio-80-exec-1', 'o.s.web.servlet.PageNotFound', "Request method 'POST' not supported"),
      ],
      'front-end#0/front-end': [`GET /cart 200 9.332 ms - 187`, `POST /cart 500 14.871 ms - 42`, `GET /catalogue?size=6 200 19.004 ms - 2283`, `POST /cart 500 12.115 ms - 42`],
    },
  });
}

// T5. payment's -decline threshold typed as 10.50 instead of 1050: every order is declined. Pods Ready.
{
  const incidentTime = '2026-10-17T19:25:00Z';
  const T = clock(incidentTime);
  const pay = [kit(T, -60 * 20 + 0.3, 'transport=HTTP port=80', 'main.go:81')];
  for (const m of [-44, -31, -17, -6, -2]) pay.push(kit(T, m, `method=Authorise result=false took=${(9 + (m % 5) * -0.7).toFixed(3)}µs`));
  pay.push(kit(T, -1.4, 'method=Health result=1 took=2.417µs', 'logging.go:36'));
  scenarios.push({
    folder: 'payment-decline-threshold-typo', incidentTime,
    description: 'every order today gets "payment declined" - customers complaining, card is fine (tested my own)',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard', traits: ['pods-ready'],
    grounding: `payment (microservices-demo/payment cmd/paymentsvc/main.go) declines any amount above its -decline flag (default 105) with
      "Payment declined: amount exceeds %.2f" (service.go); its logging middleware only logs method, result and took. Product asked to
      raise the limit to 1050 for bigger baskets; the change shipped last night at 23:25 as args ["-port=80", "-decline=10.50"], so
      practically every order (socks cost more than 10.50 with shipping) is declined. orders logs the PaymentResponse and throws
      PaymentDeclinedException (406). The payment pod is Ready (/health is unaffected). Contrast: a decline above 105.00 is business as usual.`,
    workloads: {
      payment: {
        rollout: { at: -60 * 20, oldContainers: { payment: { command: ['/app'], args: ['-port=80'] } } },
        containers: { payment: { command: ['/app'], args: ['-port=80', '-decline=10.50'] } },
      },
    },
    logs: {
      'payment#0/payment': pay,
      'orders#0/orders': [
        spring(T, -17, 'INFO', 'orders', 'nio-80-exec-6', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 10.50}'),
        servlet(T, -17, 'orders', 'nio-80-exec-6', 'works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 10.50'),
        `works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 10.50`,
        `\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:110)`,
        spring(T, -2, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 10.50}'),
        servlet(T, -2, 'orders', 'nio-80-exec-2', 'works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 10.50'),
      ],
      'front-end#1/front-end': [`POST /orders 406 212.117 ms - 171`, `POST /orders 406 187.553 ms - 171`],
    },
  });
}

// T6. rabbitmq rollout mounts the Erlang cookie from a Secret with mode 0644: rabbit refuses to boot, CrashLoopBackOff.
{
  const incidentTime = '2026-10-20T10:35:00Z';
  const T = clock(incidentTime);
  const cookie = { name: 'erlang-cookie', mountPath: '/var/lib/rabbitmq/.erlang.cookie', subPath: '.erlang.cookie' };
  scenarios.push({
    folder: 'rabbitmq-erlang-cookie-mode-crashloop', incidentTime,
    description: 'orders failing at the shipping step since ~10:15, rabbit looks unhappy',
    expected: { component: 'rabbitmq', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'config-error' }, { component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy', traits: ['louder-dependents', 'partial-name', 'time-expression'],
    grounding: `rabbitmq:3.6.8-management (complete-demo.yaml) with the kbudde/rabbitmq-exporter sidecar. To prepare clustering, a change at 10:11
      mounts the Erlang cookie from Secret rabbitmq-erlang-cookie (subPath, defaultMode 0644). Erlang's auth module refuses a cookie file
      readable by others: "Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only", init terminates in do_boot,
      exit 1, CrashLoopBackOff. shipping's RabbitTemplate and queue-master's listener container log AmqpConnectException: Connection
      refused (no ready endpoint), orders gets 500 from shipping — the dependents are louder.`,
    workloads: {
      rabbitmq: {
        rollout: { at: -24, oldContainers: { rabbitmq: { volumeMounts: undefined } }, oldPatch: { volumes: undefined } },
        patch: { volumes: [{ name: 'erlang-cookie', secret: { secretName: 'rabbitmq-erlang-cookie', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: [cookie] } },
        pods: [{ created: T.iso(-23.5), containers: { rabbitmq: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.3), container: 'rabbitmq' }) } }],
        unavailableSince: -23,
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -23.4, last: -23.4 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.6.8-management" already present on machine', fieldPath: 'spec.containers{rabbitmq}', first: -23.4, last: -2.4, count: 10 },
      { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{rabbitmq}', first: -22, last: -0.5, count: 96 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq/previous': [
        `Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only`,
        `{"init terminating in do_boot",{{badmatch,{error,{{shutdown,{failed_to_start_child,auth,{"Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only",[{auth,init_cookie,0,[{file,"auth.erl"},{line,286}]},{auth,init,1,[{file,"auth.erl"},{line,140}]},{gen_server,init_it,6,[{file,"gen_server.erl"},{line,328}]},{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,247}]}]}}},{child,undefined,net_sup_dynamic,{erl_distribution,start_link,[[rabbitmqprelaunch1234,shortnames]]},permanent,1000,supervisor,[erl_distribution]}}}},[{rabbit_prelaunch,duplicate_node_check,1,[{file,"src/rabbit_prelaunch.erl"},{line,87}]},{rabbit_prelaunch,start,0,[{file,"src/rabbit_prelaunch.erl"},{line,45}]},{init,start_em,1,[]},{init,do_boot,3,[]}]}}`,
        `init terminating in do_boot ()`,
        ``,
        `Crash dump is being written to: erl_crash.dump...done`,
      ],
      'rabbitmq#0/rabbitmq-exporter': [
        `time="${T.iso(-20)}" level=error msg="Error while retrieving data from rabbitHost" error="Get http://127.0.0.1:15672/api/overview: dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672" statusCode=0`,
        `time="${T.iso(-3)}" level=error msg="Error while retrieving data from rabbitHost" error="Get http://127.0.0.1:15672/api/overview: dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672" statusCode=0`,
      ],
      'shipping#0/shipping': [
        spring(T, -18, 'INFO', 'shipping', 'nio-80-exec-3', 'w.s.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        servlet(T, -18, 'shipping', 'nio-80-exec-3', 'org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        `org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)`,
        `\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:62)`,
        servlet(T, -4, 'shipping', 'nio-80-exec-9', 'org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'queue-master#0/queue-master': [
        spring(T, -21, 'WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(T, -21, 'INFO', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
        spring(T, -2, 'WARN', 'queue-master', 'cTaskExecutor-9', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'orders#0/orders': [
        servlet(T, -18, 'orders', 'nio-80-exec-5', 'org.springframework.web.client.HttpServerErrorException: 500 null'),
        servlet(T, -4, 'orders', 'nio-80-exec-8', 'org.springframework.web.client.HttpServerErrorException: 500 null'),
      ],
    },
  });
}

// T7. kustomize commonLabels reach the catalogue Service selector, but the Deployment apply failed (immutable selector): no endpoints.
{
  const incidentTime = '2026-10-22T09:48:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'catalogue-service-selector-commonlabels', incidentTime,
    description: 'catalouge page blank / 500 since 9:30ish, rest of the shop seems ok',
    expected: { component: 'catalogue', cause: 'no-endpoints' },
    difficulty: 'medium', traits: ['pods-ready', 'typo', 'time-expression'],
    grounding: `complete-demo.yaml selects catalogue pods by name=catalogue. The operator's kustomize overlay gained commonLabels
      app.kubernetes.io/part-of=sock-shop at 09:27; kustomize adds commonLabels to selectors too, so the Deployment apply failed
      ("spec.selector: Invalid value: ... field is immutable", the pipeline ignored the error) while the Service was updated. The Service now
      selects name=catalogue + app.kubernetes.io/part-of=sock-shop, which the running pods do not carry: Endpoints are empty, kube-proxy
      rejects connections to the ClusterIP, front-end logs ECONNREFUSED on /catalogue. The catalogue pod is Ready and idle.`,
    workloads: { catalogue: { serviceSelector: { name: 'catalogue', 'app.kubernetes.io/part-of': 'sock-shop' }, endpointsChanged: -21 } },
    logs: {
      'front-end#0/front-end': [
        `GET /catalogue?size=5 500 3.117 ms - 42`,
        `Error: connect ECONNREFUSED %SVCIP:catalogue%:80`,
        `    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)`,
        `GET /catalogue/size?tags= 500 2.904 ms - 42`,
        `GET /cart 200 11.230 ms - 187`,
      ],
      'front-end#1/front-end': [`GET /catalogue?page=1&size=6&tags= 500 2.611 ms - 42`, `Error: connect ECONNREFUSED %SVCIP:catalogue%:80`],
      'catalogue#0/catalogue': [
        kit(T, -60 * 24 * 9, 'transport=HTTP port=80', 'main.go:112'),
        kit(T, -24, 'method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.874ms', 'logging.go:80'),
        kit(T, -22, 'method=Health result=2 took=1.011ms', 'logging.go:80'),
      ],
    },
  });
}

// T8. EKS node NotReady (PLEG not healthy); rabbitmq and shipping on it go not-ready; orders fail at shipping.
{
  const incidentTime = '2026-10-24T22:06:00Z';
  const T = clock(incidentTime);
  const NODE = N3;
  const notReady = { type: 'Ready', status: 'False', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-4.2), reason: 'KubeletNotReady', message: 'PLEG is not healthy: pleg was last seen active 3m41.260533s ago; threshold is 3m0s' };
  scenarios.push({
    folder: 'node-pleg-unhealthy-rabbitmq-shipping', incidentTime,
    description: 'orders failing for ~5 min, shipping errors everywhere. someone check eks?',
    expected: { component: 'rabbitmq', cause: 'node-not-ready', node: NODE },
    alsoAcceptable: [{ component: 'shipping', cause: 'node-not-ready', node: NODE }],
    difficulty: 'medium', traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `On ${NODE} containerd stopped answering the kubelet's relist (a hung container teardown), so the kubelet keeps posting status but
      reports Ready=False "PLEG is not healthy: pleg was last seen active …; threshold is 3m0s" (kubelet text) — unlike a dead kubelet,
      the conditions are False, not Unknown. The node controller taints it not-ready and marks its pods NotReady (NodeNotReady events);
      rabbitmq and shipping run there, so their Endpoints empty: orders' POST to http://shipping/shipping is refused and queue-master
      loses its broker. The 300 s not-ready tolerations have not expired yet, so nothing has been evicted.`,
    nodes: { [NODE]: { conditions: { Ready: notReady }, taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule', timeAdded: T.iso(-4.2) }, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: T.iso(-4.1) }] } },
    workloads: {
      rabbitmq: { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-4.1) }] },
      shipping: { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-4.1) }] },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', message: `Node ${NODE} status is now: NodeNotReady`, first: -4.2, last: -4.2 },
      { on: 'pod:rabbitmq#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -4.1, last: -4.1 },
      { on: 'pod:shipping#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -4.1, last: -4.1 },
    ],
    logs: {
      'orders#0/orders': [
        servlet(T, -3.5, 'orders', 'nio-80-exec-2', 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://shipping/shipping": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)'),
        `java.net.ConnectException: Connection refused (Connection refused)`,
        servlet(T, -1, 'orders', 'nio-80-exec-6', 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://shipping/shipping": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'queue-master#0/queue-master': [
        spring(T, -3.8, 'WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'front-end#0/front-end': [`POST /orders 500 61.338 ms - 97`, `POST /orders 500 48.102 ms - 97`],
    },
  });
}

// T9. orders' liveness probe on the actuator /health (which includes Mongo) turned an orders-db blip into a restart spiral.
{
  const incidentTime = '2026-10-27T13:30:00Z';
  const T = clock(incidentTime);
  const probe = (initial) => ({ httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  scenarios.push({
    folder: 'orders-liveness-health-restart-spiral', incidentTime,
    description: 'checkout down ~40 min, orders pod restarting nonstop. orders-db had a blip at 12:50 but its fine now',
    expected: { component: 'orders', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'orders', cause: 'crash-loop' }],
    difficulty: 'hard', traits: ['decoy', 'time-expression'],
    grounding: `Deviation: complete-demo.yaml gives orders no probes; this operator added liveness and readiness on Spring Boot 1.x actuator /health
      (initialDelaySeconds 30, period 10, timeout 1, failureThreshold 3). Actuator's /health aggregates the MongoDB health indicator, so
      when orders-db was rescheduled at 12:50 /health answered 503 and the kubelet killed orders ("Liveness probe failed: HTTP probe failed
      with statuscode: 503"). With -Xms64m -Xmx128m and a 500m CPU limit orders takes ~75 s to start, longer than 30 s + 3 × 10 s, so every
      restart is killed (exit 143) before Tomcat listens ("connect: connection refused") — a spiral that outlives the blip. orders-db has
      been Running and Ready since 12:51 (the decoy the engineer points at).`,
    workloads: {
      orders: {
        containers: { orders: { livenessProbe: probe(30), readinessProbe: probe(30) } },
        pods: [{ containers: { orders: cs.crashLoop({ restarts: 11, exitCode: 143, reason: 'Error', startedAt: T.iso(-3.3), finishedAt: T.iso(-2.2), backoff: '2m40s', container: 'orders' }) } }],
        unavailableSince: -39,
      },
      'orders-db': { pods: [{ created: T.iso(-40), containers: { 'orders-db': cs.running(T.iso(-39.5)) } }] },
    },
    events: [
      { on: 'pod:orders#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{orders}', first: -40, last: -39.7, count: 3 },
      { on: 'pod:orders#0', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{orders}', first: -38, last: -2.3, count: 33 },
      { on: 'pod:orders#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{orders}', first: -38, last: -2.3, count: 34 },
      { on: 'pod:orders#0', reason: 'Killing', message: 'Container orders failed liveness probe, will be restarted', fieldPath: 'spec.containers{orders}', first: -39.6, last: -2.3, count: 11 },
      { on: 'pod:orders#0', reason: 'BackOff', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{orders}', first: -30, last: -0.5, count: 41 },
      { on: 'pod:orders-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -40, last: -40 },
      { on: 'pod:orders-db#0', reason: 'Started', message: 'Started container orders-db', fieldPath: 'spec.containers{orders-db}', first: -39.6, last: -39.6 },
    ],
    logs: {
      'orders#0/orders/previous': [
        spring(T, -3.25, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(T, -3.2, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
        spring(T, -2.9, 'INFO', 'orders', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
        spring(T, -2.6, 'INFO', 'orders', 'main', 'o.s.web.context.ContextLoader', 'Root WebApplicationContext: initialization completed in 17385 ms'),
        spring(T, -2.3, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
      ],
      'orders-db#0/orders-db': [
        mongo(T, -39.5, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mongo(T, -30, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:orders#0%:44212', connectionId: 3, connectionCount: 1 }),
        mongo(T, -29.9, 'I', 'NETWORK', 22944, 'conn3', 'Connection ended', { remote: '%IPOF:orders#0%:44212', connectionId: 3, connectionCount: 0 }),
      ],
      'front-end#0/front-end': [`POST /orders 500 2.772 ms - 97`, `Error: connect ECONNREFUSED %SVCIP:orders%:80`, `GET /orders 500 2.118 ms - 97`],
    },
  });
}

// T10. No fault: front-end pods were replaced by a 03:00 autoscaler scale-down with a brief 5xx blip; healthy now.
{
  const incidentTime = '2026-10-29T08:40:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-front-end-replaced-overnight', incidentTime,
    description: 'morning check: grafana shows front-end pods got replaced around 3am with a small 5xx blip. anything still broken?',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'decoy'],
    grounding: `Nothing is wrong now. At 03:02 the cluster autoscaler scaled the node group down and drained one node; both front-end pods were
      recreated on the remaining nodes (restartCount 0, Ready since 03:03), and the ALB saw a short burst of 502s while targets
      re-registered (front-end's readinessProbe initialDelaySeconds 30). The drain's events expired hours ago. Decoy: catalogue has
      restartCount 1 from an exit two days ago; user-db logged a slow query at 03:05.`,
    workloads: {
      'front-end': { pods: [{ created: T.iso(-338), node: N1 }, { created: T.iso(-337.5), node: N2 }] },
      catalogue: { pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }] },
    },
    logs: {
      'front-end#0/front-end': [`App now running in production mode on port 8079`, `GET / 200 4.118 ms - 8688`, `GET /catalogue?size=5 200 22.771 ms - 1913`, `GET /cart 200 10.094 ms - 187`, `POST /orders 201 388.204 ms - 251`],
      'front-end#1/front-end': [`App now running in production mode on port 8079`, `GET /catalogue?page=1&size=6&tags= 200 19.345 ms - 2283`, `GET /login 200 31.662 ms - 0`],
      'user-db#0/user-db': [
        `${T.isoMs(-335).replace('Z', '+0000')} I COMMAND  [conn2291] command users.customers command: find { find: "customers", filter: { username: "user" } } planSummary: COLLSCAN keysExamined:0 docsExamined:4117 cursorExhausted:1 numYields:32 nreturned:1 reslen:389 locks:{ Global: { acquireCount: { r: 66 } } } protocol:op_query 141ms`,
      ],
      'payment#0/payment': [kit(T, -12, 'method=Authorise result=true took=14.921µs'), kit(T, -1, 'method=Health result=1 took=2.301µs', 'logging.go:36')],
    },
  });
}
