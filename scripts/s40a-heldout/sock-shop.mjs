// Sock Shop held-out scenario of batch s40a (split: test), written blind: the session-2 system definition of
// scripts/s2-scenarios/sock-shop.mjs, one incident as data; built by scripts/s40a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-12T18:24:00Z');
const DOWN = -23.6; // 19:00 Europe/Berlin (CET) = 18:00 UTC, plus the downscaler's loop delay
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const USER_IP = '10.100.37.142'; // replaced below with the Service's clusterIP

const loginFails = [-22.8, -21.9, -20.4, -18.7, -16.2, -15.5, -13.0, -11.4, -9.9, -7.2, -6.8, -4.1, -2.5, -1.3];
const frontLog = (offset) => [
  'Received login request',
  'Customer ID: 57a98d98e4b00679b4a830af',
  'Received login request',
  'Customer ID: 57a98d98e4b00679b4a830b2',
  ...loginFails.filter((_, i) => i % 2 === offset).flatMap((m, i) =>
    i % 3 === 2
      ? ['Posting Customer: {"username":"sockfan' + (41 + i) + '","password":"*****","email":"","firstName":"","lastName":""}', `Error: connect ECONNREFUSED ${USER_IP}:80`]
      : ['Received login request', `Error with log in: Error: connect ECONNREFUSED ${USER_IP}:80`]),
  `Error: connect ECONNREFUSED ${USER_IP}:80\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1146:16)`,
];

export const scenarios = [
  {
    folder: 's40a-user-scaled-to-zero-by-downscaler',
    incidentTime: '2026-03-12T18:24:00Z',
    description: 'sockshop login and register broken for the last ~20 min, people can browse but not sign in / check out',
    expected: { component: 'user', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml (session-2 system): front-end (Node.js, request library) calls http://user/login, /register and
      /customers/<id> for sign-in and checkout; user has one replica. Fault: the production overlay inherited kube-downscaler's
      "downscaler/uptime: Mon-Fri 07:30-19:00 Europe/Berlin" annotation from the staging overlay on the user Deployment only; at 19:00
      CET kube-downscaler (the real tool, which records downscaler/original-replicas) scaled user to 0. The Deployment and its
      ReplicaSet are healthy at 0/0 with no pod and no event other than "Scaled down replica set ... to 0 from 1", the user Service has
      no endpoints, and kube-proxy rejects connections to its clusterIP, so front-end logs "Error with log in: Error: connect
      ECONNREFUSED <clusterIP>:80" on every login and registration while catalogue, carts and orders keep working. The expected answer
      is the user Service left without endpoints (scaled to zero). Decoys: a carts rollout earlier in the afternoon (healthy), an old
      catalogue restart.
    `,
    workloads: {
      user: {
        replicas: 0,
        pods: [],
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 07:30-19:00 Europe/Berlin', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
          ],
        },
        endpointsChanged: DOWN + 0.05,
      },
      carts: {
        rollout: { at: -171, oldReplicas: 0, revision: 6 },
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx160m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%NEW% to 0 from 1', source: 'deployment-controller', first: DOWN },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', source: 'deployment-controller', first: -171 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', source: 'deployment-controller', first: -169.5 },
    ],
    logs: {
      'front-end#0/front-end': frontLog(0).map((l) => l.replaceAll(USER_IP, '%SVCIP:user%')),
      'front-end#1/front-end': frontLog(1).map((l) => l.replaceAll(USER_IP, '%SVCIP:user%')),
      'carts#0/carts': [
        spring(-169.8, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.112 seconds (JVM running for 40.227)'),
        spring(-12.3, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Found product: works.weave.socks.cart.entities.Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=18.0}'),
      ],
      'orders#0/orders': [
        spring(-60 * 24 * 9, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderServiceApplication', 'Started OrderServiceApplication in 41.506 seconds (JVM running for 43.77)'),
        spring(-47.1, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Order response received: PaymentResponse{authorised=true, message=Payment authorised}'),
      ],
    },
  },
];
