// Blind dev batch s127d: Sock Shop scenarios (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// 3. no-fault: one customer's wrong password; decoy = user-db restart 44 min ago with a burst of user errors.
const T3 = clock('2026-05-14T18:32:00Z');
const login = {
  folder: 's127d-login-wrong-password',
  description: 'customer (ticket #48213) says sockshop login keeps failing with invalid credentials for the last ~20min, is the user svc broken?',
  incidentTime: '2026-05-14T18:32:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  workloads: {
    'user-db': { pods: [{ containers: { 'user-db': cs.restartedRunning({ restarts: 1, startedAt: T3.iso(-43.6), last: { exitCode: 137, reason: 'Error', startedAt: T3.iso(-60 * 24 * 9), finishedAt: T3.iso(-44) } }) } }] },
  },
  events: [
    { on: 'pod:user-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/user-db:0.3.0" already present on machine', fieldPath: 'spec.containers{user-db}', first: -43.7 },
    { on: 'pod:user-db#0', reason: 'Created', message: 'Created container user-db', fieldPath: 'spec.containers{user-db}', first: -43.7 },
    { on: 'pod:user-db#0', reason: 'Started', message: 'Started container user-db', fieldPath: 'spec.containers{user-db}', first: -43.6 },
    { on: 'pod:user#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', fieldPath: 'spec.containers{user}', first: -43.9, last: -43.5, count: 5 },
  ],
  logs: {
    'user-db#0/user-db': [
      `${T3.isoMs(-43.6).replace('Z', '+0000')} I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db-users 64-bit host=%POD%`,
      `${T3.isoMs(-43.55).replace('Z', '+0000')} W -        [initandlisten] Detected unclean shutdown - /data/db-users/mongod.lock is not empty.`,
      `${T3.isoMs(-43.5).replace('Z', '+0000')} I NETWORK  [thread1] waiting for connections on port 27017`,
      `${T3.isoMs(-43.4).replace('Z', '+0000')} I NETWORK  [thread1] connection accepted from %IPOF:user#0%:51822 #1 (1 connection now open)`,
    ],
    'user#0/user': [
      kit(T3, -50, 'caller=logging.go:70 method=Login result=2 took=3.41ms'),
      kit(T3, -44, 'caller=logging.go:70 method=Login result=0 took=5.0012s err="no reachable servers"'),
      kit(T3, -43.9, 'caller=logging.go:96 method=GetUsers result=0 took=5.0008s err="no reachable servers"'),
      kit(T3, -43.7, 'caller=logging.go:70 method=Login result=0 took=5.0010s err="no reachable servers"'),
      kit(T3, -43.4, 'caller=main.go:131 msg="reconnected to user-db:27017"'),
      kit(T3, -38, 'caller=logging.go:70 method=Login result=2 took=3.12ms'),
      kit(T3, -24.2, 'caller=logging.go:70 method=Login result=0 took=2.87ms err=Unauthorized'),
      kit(T3, -23.8, 'caller=logging.go:70 method=Login result=0 took=2.91ms err=Unauthorized'),
      kit(T3, -21.5, 'caller=logging.go:70 method=Login result=2 took=3.05ms'),
      kit(T3, -19.1, 'caller=logging.go:70 method=Login result=0 took=2.79ms err=Unauthorized'),
      kit(T3, -12.4, 'caller=logging.go:70 method=Login result=2 took=2.98ms'),
      kit(T3, -7.9, 'caller=logging.go:70 method=Login result=0 took=2.83ms err=Unauthorized'),
      kit(T3, -3.3, 'caller=logging.go:70 method=Login result=2 took=3.22ms'),
    ],
    'front-end#0/front-end': [
      'Received login request', 'Error with log in: 401', 'Received login request', 'Error with log in: 401', 'Received login request', 'Customer logged in', 'Received login request', 'Error with log in: 401',
    ],
  },
  grounding: `No fault. Sock Shop's user service (Go kit, users/api) answers Login with users.ErrUnauthorized when the
    password hash does not match, and the front-end (Node) logs "Error with log in" and returns 401 to the browser. In
    the last 25 minutes the same pattern repeats for one customer (four Unauthorized results a few minutes apart)
    while other logins succeed (result=2) between them: a client-side problem (wrong or auto-filled password). The
    decoy is loud and 44 minutes old: the user-db (MongoDB) container was killed once (exit 137) and restarted with an
    unclean-shutdown warning; for about 30 s the user service logged "no reachable servers" and its readiness probe
    failed 5 times, then reconnected; nothing since. Deviations: the kill's origin is unstated (a node-side SIGKILL);
    the Go kit log keys are abridged from the upstream logging middleware; front-end lines carry no timestamp as
    console.log writes them.`,
};

// 4. no-fault: HPA scaling front-end under a campaign; decoy = readiness failures on new pods, pod churn.
const T4 = clock('2026-05-16T12:58:00Z');
const FE = ['front-end#0', 'front-end#1', 'front-end#2', 'front-end#3', 'front-end#4'];
const hpa = {
  folder: 's127d-front-end-hpa-churn',
  description: 'fron-end pods in sock-shop keep coming and going since ~12:20, new ones every few min. something crashing??',
  incidentTime: '2026-05-16T12:58:00Z',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
  workloads: {
    'front-end': {
      pods: [{}, {}, { created: T4.iso(-38) }, { created: T4.iso(-31) }, { created: T4.iso(-12) }],
    },
  },
  hpas: [{
    name: 'front-end',
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
    status: {
      currentReplicas: 5, desiredReplicas: 5, lastScaleTime: T4.iso(-12.2),
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 61, averageValue: '61m' } } }],
      conditions: [
        { type: 'AbleToScale', status: 'True', lastTransitionTime: T4.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
        { type: 'ScalingActive', status: 'True', lastTransitionTime: T4.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
        { type: 'ScalingLimited', status: 'False', lastTransitionTime: T4.iso(-60 * 24 * 20), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
      ],
    },
  }],
  events: [
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -38.2 },
    { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -38.1 },
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -31.2 },
    { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -31.1 },
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -27.2 },
    { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -27.1 },
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: All metrics below target', first: -18.4 },
    { on: 'rs:front-end', reason: 'SuccessfulDelete', message: 'Deleted pod: front-end-%RS%', first: -18.3 },
    { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -12.2 },
    { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: front-end-%RS%', first: -12.1 },
    { on: 'pod:front-end#2', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', fieldPath: 'spec.containers{front-end}', first: -37.4, last: -37.3, count: 3 },
    { on: 'pod:front-end#3', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', fieldPath: 'spec.containers{front-end}', first: -30.4, last: -30.3, count: 2 },
    { on: 'pod:front-end#4', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -11.4, last: -11.4, count: 1 },
  ],
  logs: Object.fromEntries(FE.map((k, i) => [`${k}/front-end`, [
    ...(i >= 2 ? ['App now running in production mode on port 8079'] : []),
    'GET /catalogue?sort=id&size=3&tags= 200 14.211 ms - 1045',
    'GET /cart 200 9.873 ms - 2',
    'GET /catalogue/size?tags= 200 6.402 ms - 14',
    'POST /cart 201 22.518 ms - -',
    'GET /customers/57a98d98e4b00679b4a830b2 200 11.047 ms - 229',
    'GET /orders 201 48.730 ms - 1812',
  ]])),
  grounding: `No fault. Upstream complete-demo.yaml ships no HPA; this fictional operator adds an autoscaling/v2 HPA on
    front-end (min 2, max 8, 70% CPU of the 100m request), as the Sock Shop autoscaling docs suggest. A marketing
    e-mail at ~12:15 raised traffic: the HPA scaled 2 -> 3 -> 4 -> 5, down to 4 after the 5-minute stabilisation window,
    and up to 5 again 12 minutes ago; the ReplicaSet's SuccessfulCreate/SuccessfulDelete events are the "pods coming
    and going". Decoys: Warning Unhealthy readiness events on each new pod while Node started (connection refused,
    one timeout), all Ready since; every pod has restartCount 0 and serves 2xx. Deviation: front-end logs are
    morgan "dev" lines without timestamps, as the Node app writes them.`,
};

export const scenarios = [login, hpa];
