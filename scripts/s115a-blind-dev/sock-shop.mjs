// Blind dev batch s115a, Sock Shop: a front-end release posts the order body unserialised; orders is the loud one.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s115a-build.mjs).
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2025-06-17T11:25:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const warn = (min, th) => spring(min, 'WARN', th, 'o.s.w.s.m.s.DefaultHandlerExceptionResolver', "Failed to read HTTP message: org.springframework.http.converter.HttpMessageNotReadableException: Could not read document: Unrecognized token 'object': was expecting ('true', 'false' or 'null')");
const oldImg = 'weaveworksdemos/front-end:0.3.12';
const newImg = 'weaveworksdemos/front-end:0.3.13';

export const scenarios = [
  {
    folder: 's115a-front-end-release-order-body-unserialised',
    incidentTime: '2025-06-17T11:25:00Z',
    description: 'Sock shop - "Place order" fails for everyone since ~10:30, orders service throwing 400s / HttpMessageNotReadable. Browsing, login and cart still work',
    expected: { component: 'front-end', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: sock-shop complete-demo front-end (Node.js/Express, 2 replicas, weaveworksdemos/front-end:0.3.12)
      proxies checkout to POST http://orders/orders with a JSON body of customer/address/card/items links; orders is
      Spring Boot and rejects a body it cannot parse with 400 via DefaultHandlerExceptionResolver.
      Fault (deviation: a 0.3.13 tag built by the team): the release dropped json:true from the request options in
      api/orders, so the body reaches orders as the string "[object Object]"; every order POST is answered 400 while
      both front-end pods stay Ready and every other page works. orders logs the parse warnings and looks like the culprit.
      Decoys: user-db logs a routine connection churn; shipping idle. Old and new front-end ReplicaSets differ only in the
      image tag 0.3.12 -> 0.3.13.`,
    workloads: {
      'front-end': {
        containers: { 'front-end': { image: newImg } },
        rollout: { at: -58, oldContainers: { 'front-end': { image: oldImg } } },
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -58 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -57 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -57 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -56 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: `Successfully pulled image "${newImg}" in 4.871s (4.871s including waiting). Image size: 41233815 bytes.`, fieldPath: 'spec.containers{front-end}', first: -57.6 },
      { on: 'pod:front-end#1', reason: 'Pulled', message: `Container image "${newImg}" already present on machine`, fieldPath: 'spec.containers{front-end}', first: -57.1 },
    ],
    logs: {
      'front-end#0/front-end': [
        'npm info it worked if it ends with ok',
        'npm info using npm@2.15.11',
        'npm info using node@v4.8.0',
        'npm info prestart microservices-demo-front-end@0.0.1',
        'npm info start microservices-demo-front-end@0.0.1',
        '> microservices-demo-front-end@0.0.1 start /usr/src/app',
        '> node server.js',
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'Order response: {"timestamp":1750158290118,"status":400,"error":"Bad Request","exception":"org.springframework.http.converter.HttpMessageNotReadableException","message":"Bad Request","path":"/orders"}',
        'Order response: {"timestamp":1750159401772,"status":400,"error":"Bad Request","exception":"org.springframework.http.converter.HttpMessageNotReadableException","message":"Bad Request","path":"/orders"}',
      ],
      'orders#0/orders': [
        spring(-60 * 24 * 3, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.923 seconds (JVM running for 45.117)'),
        warn(-29.9, 'nio-80-exec-3'),
        warn(-11.4, 'nio-80-exec-8'),
        warn(-1.8, 'nio-80-exec-1'),
      ],
    },
  },
];
