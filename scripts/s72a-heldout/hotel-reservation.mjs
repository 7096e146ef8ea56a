// Blind held-out batch s72a: one DeathStarBench hotelReservation scenario for the scenario kit
// (scripts/s2-scenario-kit.mjs), on the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-07-08T16:45:00Z');
const ROLL = -26;
// zerolog ConsoleWriter as cmd/*/main.go sets it up (colours on, RFC3339, caller).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const START = -60 * 24 * 9;
const SCHED_MSG = '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
const newRs = (rsName) => rsName;

export const scenarios = [
  {
    folder: 's72a-geo-release-hangs',
    description: 'geo deploy hanging for ~25 min, argo shows Progressing and the CD pipeline timed out. search itself still works',
    incidentTime: '2026-07-08T16:45:00Z',
    expected: { component: 'geo', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'geo', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    workloads: {
      geo: {
        rollout: { at: ROLL, oldReplicas: 1, oldPatch: { nodeSelector: undefined } },
        patch: { nodeSelector: { agentpool: 'userpool1' } },
        pods: [{ unscheduled: SCHED_MSG }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${newRs(rsName)}" has timed out progressing.` }),
        deployStatus: undefined,
      },
      'memcached-rate': {
        pods: [{
          containers: {
            'hotel-reserv-rate-mmc': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(START + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 212.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'pod:geo#0', reason: 'FailedScheduling', message: SCHED_MSG, first: ROLL + 0.01, last: -0.7, count: 9, type: 'Warning', source: 'default-scheduler' },
    ],
    logs: {
      'geo#old0/hotel-reserv-geo': [
        ...boot(-60 * 24 * 6 + 0.4, 'geo'),
        zl(-60 * 24 * 6 + 0.4, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
        zl(-60 * 24 * 6 + 0.4, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
        zl(-60 * 24 * 6 + 0.41, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
        zl(-60 * 24 * 6 + 0.41, 'INF', 'cmd/geo/db.go:31', 'Generating test data...'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:40', 'Successfull'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:45', 'Read target port: 8083'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:46', 'Read consul address: consul:8500'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:47', 'Read jaeger address: jaeger:6831'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:55', 'Initializing jaeger agent [service name: geo | host: jaeger:6831]...'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:60', 'Jaeger agent initialized'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:62', 'Initializing consul agent [host: consul:8500]...'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:67', 'Consul agent initialized'),
        zl(-60 * 24 * 6 + 0.42, 'INF', 'cmd/geo/main.go:78', 'Starting server...'),
        zl(-60 * 24 * 6 + 0.43, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-geo, id: 7c2f1e0a-3d94-4b6a-8e51-0f9b2c7d4a36, address: %PODIP%:8083 ]'),
        zl(-60 * 24 * 6 + 0.43, 'INF', 'services/geo/server.go:110', 'Successfully registered in consul'),
      ],
      'search#0/hotel-reserv-search': [
        ...boot(START + 0.4, 'search'),
        zl(START + 0.4, 'INF', 'cmd/search/main.go:39', 'Read target port: 8082'),
        zl(START + 0.4, 'INF', 'cmd/search/main.go:40', 'Read consul address: consul:8500'),
        zl(START + 0.4, 'INF', 'cmd/search/main.go:41', 'Read jaeger address: jaeger:6831'),
        zl(START + 0.41, 'INF', 'cmd/search/main.go:64', 'Starting server...'),
        zl(START + 0.41, 'INF', 'services/search/server.go:98', 'Successfully registered in consul'),
      ],
    },
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation/kubernetes + helm-chart at 6ecb097 through the session-3 system
      definition (geo Deployment, 1 replica, default RollingUpdate 25%/25%, so one surge pod and the old pod kept).
      Fault: a release of geo added nodeSelector agentpool=userpool1 for a user node pool that had not been created on
      this AKS cluster (its nodes carry agentpool=nodepool1). The new pod stays Pending with the scheduler's real
      FailedScheduling text ("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption:
      ... Preemption is not helpful for scheduling."), the Deployment reports ProgressDeadlineExceeded after its 600s
      progressDeadlineSeconds, while the old ReplicaSet's pod keeps serving, so search and the site are unaffected;
      the complaint is the stuck release. The new and the old ReplicaSet templates differ only by the nodeSelector.
      Decoy: memcached-rate was OOMKilled once three days ago. Deviations: the node pool name and the release are
      invented; zerolog console lines as the image prints them (ANSI colours kept).
    `,
  },
];
