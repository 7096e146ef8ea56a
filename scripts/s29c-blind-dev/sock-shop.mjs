// Batch s29c (blind dev): one Sock Shop scenario for the kit (scripts/s2-scenario-kit.mjs), built by scripts/s29c-build.mjs.
// No fault: a morning traffic peak scaled the front-end up and down and a catalogue rollout finished; nothing is broken now.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-12-04T09:58:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
// front-end (Node.js/Express, morgan "dev" format without colours)
const feLines = (from, to, seed) => {
  const out = [];
  let i = seed;
  for (let m = from; m < to; m += 0.4, i++) {
    const slow = m > -31 && m < -17; // the morning peak
    const path = ['/catalogue?size=5', '/cart', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', '/customers/57a98d98e4b00679b4a830af', '/orders', '/tags'][i % 6];
    const ms = (slow ? 310 : 14) + ((i * 37) % (slow ? 900 : 40));
    out.push(`GET ${path} 200 ${ms}.${String((i * 131) % 1000).padStart(3, '0')} ms - ${[1821, 112, 389, 402, 655, 209][i % 6]}`);
  }
  return out;
};

const s1 = {
  folder: 's29c-frontend-morning-peak-no-fault',
  description: 'sock shop front-end was slow and threw some errors around 9:30, is something still broken??',
  incidentTime: '2026-12-04T09:58:00Z',
  expected: null,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    Manifests: microservices-demo complete-demo.yaml at 9dff06f — front-end (weaveworksdemos/front-end:0.3.12, 2 replicas, limits
    300m/1000Mi, readiness and liveness on / port 8079), catalogue (0.3.5, readiness initialDelay 180 s), carts (Spring Boot).
    Deviation: an autoscaling/v2 HPA on front-end (min 2, max 6, 70 % CPU), as EKS users of the demo commonly add.
    What happened: a Black-Friday-week email campaign at 09:27 raised traffic; the front-end's response times rose to ~1 s, the HPA
    scaled it to 3 at 09:29 and back to 2 at 09:45 after the 5-minute stabilisation window (SuccessfulRescale events). Between, the
    catalogue team rolled 0.3.4 -> 0.3.5 (new pod Ready after its 180 s initial delay, old scaled down; no failed request).
    Now: every pod Running and Ready, response times back to ~20 ms, no Warning event except an old carts restart (six days ago).
    The transient peak has passed; a careful engineer answers that nothing is broken now.`,
  workloads: {
    catalogue: {
      rollout: { at: -24, revision: 4, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.4' } } },
      pods: [{ readyTransition: T.iso(-20.8) }],
    },
    carts: {
      pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6 - 31), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 14), finishedAt: T.iso(-60 * 24 * 6 - 31.5) } }) } }],
    },
  },
  hpas: [
    {
      name: 'front-end',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-13), currentReplicas: 2, desiredReplicas: 2,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 18, averageValue: '18m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    },
  ],
  events: [
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -29 },
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 3 from 2', first: -29 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -24 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -20.7 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.5" in 2.771s (2.771s including waiting). Image size: 11962383 bytes.', first: -23.9 },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -23.8 },
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 2; reason: All metrics below target', first: -13 },
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%NEW% to 2 from 3', first: -13 },
  ],
  logs: {
    'front-end#0/front-end': feLines(-40, -0.2, 0),
    'front-end#1/front-end': feLines(-39.8, -0.2, 3),
    'catalogue#0/catalogue': [
      kit(-23.8, 'transport=HTTP port=80'),
      ...[-20.5, -15.2, -9.8, -4.1, -0.9].map((m, i) => kit(m, `caller=logging.go:33 method=List tags=  order=id pageNum=1 pageSize=${[5, 6, 5, 3, 5][i]} result=${[5, 6, 5, 3, 5][i]} err=null took=${[2.41, 3.87, 1.96, 2.12, 1.73][i]}ms`)),
    ],
    'orders#0/orders': [
      spring(-16.4, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.o.controllers.OrdersController', 'Order created: 5e1f0b7ca2c1d300074d9f2b'),
      spring(-6.8, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.o.controllers.OrdersController', 'Order created: 5e1f0b81a2c1d300074d9f31'),
    ],
  },
};

export const scenarios = [s1];
