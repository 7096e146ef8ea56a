// Batch s85c (blind dev): one Sock Shop scenario on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs).
// No-fault: the front-end HPA scaling out as designed after a newsletter, one startup readiness failure; a customer's "spinning" checkout succeeded.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-11-24T10:25:00Z';
const T = clock(INC);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// front-end (express + morgan "dev" format, no timestamp), as upstream prints it
const fe = (lines) => lines;
const CUST = '57a98d98e4b00679b4a830af';

export const scenarios = [
  {
    folder: 's85c-frontend-hpa-scaleout-newsletter',
    incidentTime: INC,
    description: 'frontend pods keep popping up/going unhealthy since ~10:00?? one customer says checkout just spins on their side. web team pls look',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression', 'pods-ready'],
    workloads: {
      'front-end': {
        replicas: 4,
        pods: [{}, {}, { created: T.iso(-24), readyTransition: T.iso(-23.2) }, { created: T.iso(-24), readyTransition: T.iso(-23.4) }],
      },
    },
    hpas: [{
      name: 'front-end',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 6,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
      status: {
        lastScaleTime: T.iso(-24), currentReplicas: 4, desiredReplicas: 4,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 46, averageValue: '46m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -24 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 4 from 2', first: -24 },
      { on: 'pod:front-end#2', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -24, source: 'default-scheduler' },
      { on: 'pod:front-end#2', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -23.95, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#2', reason: 'Created', message: 'Created container front-end', first: -23.94, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#2', reason: 'Started', message: 'Started container front-end', first: -23.93, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#2', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -23.4, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#3', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -24, source: 'default-scheduler' },
      { on: 'pod:front-end#3', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/front-end:0.3.12"', first: -23.98, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#3', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/front-end:0.3.12" in 6.104s (6.104s including waiting). Image size: 49782613 bytes.', first: -23.88, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#3', reason: 'Created', message: 'Created container front-end', first: -23.87, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#3', reason: 'Started', message: 'Started container front-end', first: -23.86, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': fe([
        'GET /catalogue?page=1&size=6&tags= 200 38.112 ms - 1812',
        'GET /catalogue/size?tags= 200 11.604 ms - 13',
        'GET /cart 200 24.880 ms - 2',
        'GET /tags 200 9.317 ms - 107',
        `Customer ID: ${CUST}`,
        'GET /customers/57a98d98e4b00679b4a830af 200 31.020 ms - 284',
        'GET /card 200 19.441 ms - 176',
        'GET /address 200 18.006 ms - 231',
        `Customer ID: ${CUST}`,
        'POST /orders 201 1321.559 ms - 1063',
        'GET /orders 200 47.283 ms - 1287',
        'GET /catalogue?page=1&size=6&tags= 200 29.770 ms - 1812',
        'GET / 200 2.145 ms - 8688',
      ]),
      'front-end#2/front-end': fe([
        'App now running in production mode on port 8079',
        'GET / 200 3117.402 ms - 8688',
        'GET / 200 4.221 ms - 8688',
        'GET /catalogue?page=1&size=6&tags= 200 41.906 ms - 1812',
        'GET /cart 200 22.510 ms - 2',
        'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 12.770 ms - 307',
        'POST /cart 201 54.316 ms - 0',
        'GET / 200 3.002 ms - 8688',
      ]),
      'front-end#3/front-end': fe([
        'App now running in production mode on port 8079',
        'GET / 200 6.822 ms - 8688',
        'GET /catalogue?page=1&size=6&tags= 200 33.471 ms - 1812',
        'GET /tags 200 8.102 ms - 107',
        'GET / 200 2.774 ms - 8688',
      ]),
      'orders#0/orders': [
        spring(-13.2, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', `Saving order: Order{id='null', customerId='${CUST}', customer=Customer{id='null', firstName='Eve', lastName='Berger'}, total=99.98, shipment=null}`),
        spring(-13.19, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5544154011345918\', expires=\'08/19\', ccv=\'958\'}, customer=..., amount=104.97}'),
        spring(-13.185, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(-13.18, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Sending shipment request: Shipment{id=\'null\', name=\'57a98d98e4b00679b4a830af\'}'),
        spring(-13.175, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Received shipment response: Shipment{id=\'6f1b3e54-90c2-4d7e-a8b1-2c5d0e9f4a31\', name=\'57a98d98e4b00679b4a830af\'}'),
        spring(-13.17, 'INFO', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', `Saved order: CustomerOrder{id='5f9c1d2e8b7a4c0012e6a3f4', customerId='${CUST}', total=104.97, items=[...], date=${T.java(-13.17).slice(0, 10)}}`),
      ],
    },
    grounding: `
      Manifest facts: Sock Shop complete-demo.yaml at 9dff06f, front-end 0.3.12 (Node/express, morgan "dev" request lines),
      CPU request 100m, readiness GET / on 8079 with a 1 s timeout, orders -> payment -> shipping. Deviation: the manifest
      has no HPA; this cluster adds an autoscaling/v2 HPA on front-end (2-6 replicas, 70% CPU), as the Sock Shop autoscaling
      demos do. No fault: a newsletter pushed CPU above target and the HPA scaled 2 -> 4 at 10:01 as designed; one new pod's
      first readiness probe timed out while the Node process warmed up (its first GET / took 3.1 s) and it became Ready
      within a minute; no restarts. The customer who "spins" (57a98d98…) placed the order: POST /orders 201, payment
      authorised, shipment created, order saved. Decoys: the scale-out events, the Warning probe failure, young pods.
    `,
  },
];
