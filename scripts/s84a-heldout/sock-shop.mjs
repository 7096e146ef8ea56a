// Blind held-out batch s84a: one Sock Shop scenario (split test), on the session-2 Sock Shop system definition
// (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s84a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2025-06-12T16:47:00Z';
const T = clock(INC);
const morgan = (min, line) => `${line}`; // morgan("dev") prints no timestamp
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const gokit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's84a-catalogue-evening-empty',
    incidentTime: INC,
    description: 'shop team: sock listing page is empty since around 6pm (berlin), front end pods look healthy. login + cart still work',
    expected: { component: 'catalogue', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): front-end calls http://catalogue/catalogue*; catalogue is one replica behind
      the catalogue Service (port 80). Fault follows hjacobs/kube-downscaler (README: annotation downscaler/downtime on a
      Deployment scales it to 0 during the window and stores downscaler/original-replicas): during a cost-saving trial a
      downscaler/downtime "Mon-Sun 18:00-23:59 Europe/Berlin" annotation meant for a staging copy was applied to the
      production catalogue Deployment, so at 18:00 CEST (16:00Z) it was scaled to 0. The Deployment is Available with 0
      replicas, the catalogue Service has an Endpoints object with no subsets, and front-end (Express, morgan "dev"
      request lines; helpers.errorHandler returns the error as JSON without logging) answers /catalogue with 500
      (ECONNREFUSED from the Service address, as kube-proxy rejects a Service without endpoints).
      Decoy: carts was OOMKilled three days ago and has run cleanly since. Deviation from upstream: the downscaler
      annotations and the zero replica count.
    `,
    workloads: {
      catalogue: {
        replicas: 0,
        pods: [],
        rsReplicas: 0,
        endpointsChanged: -47,
        deployAnnotations: { 'downscaler/downtime': 'Mon-Sun 18:00-23:59 Europe/Berlin', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "catalogue-%RSNAME%" has successfully progressed.' },
          ],
        },
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%NEW% to 0 from 1', first: -47, source: 'deployment-controller' },
      { on: 'rs:catalogue', reason: 'SuccessfulDelete', message: 'Deleted pod: catalogue-%RS%', first: -47 },
    ],
    logs: {
      'front-end#0/front-end': [
        morgan(-52, 'GET /catalogue?page=1&size=6&tags= 200 9.215 ms - 2419'),
        morgan(-52, 'GET /catalogue/size?tags= 200 4.801 ms - 24'),
        morgan(-51.5, 'GET /cart 200 13.662 ms - 2'),
        morgan(-46.8, 'GET /catalogue?page=1&size=6&tags= 500 3.114 ms - 148'),
        morgan(-46.8, 'GET /catalogue/size?tags= 500 2.907 ms - 148'),
        morgan(-40.1, 'GET /login 200 88.310 ms - -'),
        morgan(-40.0, 'GET /cart 200 11.025 ms - 2'),
        morgan(-31.2, 'GET /catalogue?page=1&size=6&tags= 500 2.541 ms - 148'),
        morgan(-31.2, 'GET /tags 500 2.219 ms - 148'),
        morgan(-12.7, 'GET /catalogue?page=1&size=6&tags= 500 2.688 ms - 148'),
        morgan(-12.7, 'GET /catalogue/size?tags= 500 2.410 ms - 148'),
        morgan(-3.4, 'GET /customers/57a98d98e4b00679b4a830b2 200 7.902 ms - 312'),
        morgan(-1.1, 'GET /catalogue?page=1&size=6&tags= 500 2.903 ms - 148'),
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 3 - 11.3, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.518 seconds (JVM running for 43.907)'),
        spring(-40.0, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.CartsController', 'Getting cart for 57a98d98e4b00679b4a830b2'),
      ],
      'user#0/user': [
        gokit(-40.1, 'caller=logging.go:39 method=Login user=user took=2.81029ms'),
        gokit(-3.4, 'caller=logging.go:57 method=GetUsers id=57a98d98e4b00679b4a830b2 result=1 took=1.60211ms'),
      ],
    },
  },
];
