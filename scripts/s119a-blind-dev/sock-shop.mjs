// Blind dev batch s119a: Sock Shop spec (system from scripts/s2-scenarios/sock-shop.mjs).
// front-end release posts the order as a plain string body: orders answers 415, the orders team gets blamed.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2025-08-19T10:25:00Z');
const IMG = 'registry.socks.example/web/front-end:0.3.13';
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const order = '{"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}';
const r415 = (min) => `Order response: {"timestamp":${Date.parse(T.isoMs(min))},"status":415,"error":"Unsupported Media Type","exception":"org.springframework.web.HttpMediaTypeNotSupportedException","message":"Content type 'application/octet-stream' not supported","path":"/orders"}`;

export const scenarios = [
  {
    folder: 's119a-frontend-order-body-no-content-type',
    incidentTime: '2025-08-19T10:25:00Z',
    description: 'orders svc broken?? checkout in the sock shop errors out since this morning (~9:40), browsing, login and basket all OK. Commerce team says orders pods are green',
    expected: { component: 'front-end', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'callers-only', 'decoy', 'partial-name', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: upstream complete-demo.yaml front-end weaveworksdemos/front-end:0.3.12 (Node.js, request library) posts
      the new order to http://orders/orders with json: true; orders is Spring Boot 1.4 (Spring MVC 4.3) whose @RequestBody
      controller only consumes JSON. Fault shape (Spring MVC HttpMediaTypeNotSupportedException; request library sends no
      Content-Type for a string body without json: true, which Spring treats as application/octet-stream): a front-end release
      0.3.13 from the team's registry (rolled out 09:38 UTC, image tag the only template change) replaced json: true with
      body: JSON.stringify(order). orders answers 415 with the Boot 1.x error JSON, which front-end logs as "Order response:";
      the checkout page shows an error. Pods stay Ready, nothing restarts, orders itself logs only its normal lines at INFO.
      Decoys: carts-db has an old OOMKilled restart from 5 days ago; the description blames orders.
    `,
    workloads: {
      'front-end': {
        containers: { 'front-end': { image: IMG } },
        rollout: { at: -47, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12' } } },
      },
      'carts-db': {
        pods: [{ containers: { 'carts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -47 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -46.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -46.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -45.5 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: `Successfully pulled image "${IMG}" in 3.911s (3.911s including waiting). Image size: 58113230 bytes.`, first: -46.9, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'Customer ID: 57a98d98e4b00679b4a830af',
        `Posting Order: ${order}`,
        r415(-9.3),
        'Customer ID: 57a98d98e4b00679b4a830af',
        `Posting Order: ${order}`,
        r415(-2.1),
      ],
      'front-end#1/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'Customer ID: 5a3e1d2c9f8b7a6e5d4c3b2a',
        `Posting Order: ${order.replaceAll('57a98d98e4b00679b4a830a', '5a3e1d2c9f8b7a6e5d4c3b2')}`,
        r415(-5.4),
      ],
      'orders#0/orders': [
        spring(-60 * 24 * 9 + 1, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 31.402 seconds (JVM running for 33.118)'),
        spring(-60 * 24 * 9 + 2, 'INFO', 'nio-80-exec-1', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization completed in 47 ms"),
      ],
      'carts#0/carts': [
        spring(-3, 'INFO', 'nio-80-exec-7', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}').replace('[orders,,,]', '[carts,,,]'),
      ],
    },
  },
];
