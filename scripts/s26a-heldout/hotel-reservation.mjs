// Batch s26a held-out scenario for DeathStarBench hotelReservation (split: test), written blind: the node pool is scaled in,
// mongodb-recommendation's zonal Azure disk is left in a zone with no node, so its pod cannot be placed anywhere.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

// vmss000002 (eastus2-3) was removed by the scale-in: the snapshot's Node list has the two remaining nodes.
export const system = { ...base, nodes: base.nodes.slice(0, 2) };
export { defaultPvcs };

const INC = '2026-06-13T14:45:00Z';
const T = clock(INC);
const GONE = 'aks-nodepool1-27419563-vmss000002';
const N0 = 'aks-nodepool1-27419563-vmss000000';
const N1 = 'aks-nodepool1-27419563-vmss000001';
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const SCHED = '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
const recStart = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/recommendation/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/recommendation/main.go:36', 'Read database URL: mongodb-recommendation:27017'),
  zl(min, 'INF', 'cmd/recommendation/main.go:37', 'Initializing DB connection...'),
  zl(min + 0.17, 'PNC', 'cmd/recommendation/db.go:23', 'no reachable servers'),
  'panic: no reachable servers',
  '',
  'goroutine 1 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000036100?, 0x0?})',
  '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0001f2000, {0xc000036100, 0x13})',
  '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  'main.initializeDatabase({0xc00002a0c0, 0x1e})',
  '\t/workspace/cmd/recommendation/db.go:23 +0x1b5',
  'main.main()',
  '\t/workspace/cmd/recommendation/main.go:39 +0x4f8',
];
const moved = (min) => ({ created: T.iso(min), readyTransition: T.iso(min + 0.4), node: N0 });

export const scenarios = [
  {
    folder: 's26a-mongodb-recommendation-zone-scale-in',
    split: 'test',
    description: 'hotel site: recommendations not loading since around 14:20, search and booking seem fine',
    incidentTime: INC,
    expected: { component: 'mongodb-recommendation', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'mongodb-recommendation', cause: 'unschedulable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes + helm chart at 6ecb097 (session-3 system definition):
      mongodb-recommendation is a Deployment of mongo:4.4.6 with /data/db on PVC recommendation-pvc (1Gi, storage class
      managed-csi: an Azure LRS managed disk, which is zonal, so its PV carries node affinity
      topology.disk.csi.azure.com/zone=eastus2-3); the AKS node pool spans eastus2-1..3, one node per zone.
      Fault: on a quiet Saturday an engineer scales nodepool1 from 3 to 2 nodes to save cost; AKS deletes vmss000002, the only
      node in eastus2-3. Pods from it are recreated on the two remaining nodes, except mongodb-recommendation: its disk cannot
      attach outside eastus2-3, so the scheduler reports "0/2 nodes are available: 2 node(s) had volume node affinity conflict"
      and the pod stays Pending (no cluster autoscaler on this pool, so nothing adds a node). recommendation, recreated by the
      same scale-in, panics at start on mgo's "no reachable servers" (the Service has no endpoints) and crash-loops - the
      louder component; the frontend's recommendation calls fail. The careful answer is mongodb-recommendation's volume that is
      unavailable in any zone with a node (storage-unavailable); "unschedulable" names the same fact from the scheduler's side.
      Decoys: search, memcached-rate and jaeger, also moved by the scale-in, restarted cleanly on vmss000000 and are healthy;
      the node's RemovingNode event.
    `,
    workloads: {
      'mongodb-recommendation': { pods: [{ unscheduled: SCHED, created: T.iso(-27) }], unavailableSince: -27, endpointsChanged: -27.2 },
      recommendation: {
        pods: [
          {
            ...moved(-27),
            containers: {
              'hotel-reserv-recommendation': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.0), container: 'hotel-reserv-recommendation' }),
            },
          },
        ],
        unavailableSince: -27,
      },
      search: { pods: [moved(-27)] },
      'memcached-rate': { pods: [moved(-27)] },
      jaeger: { pods: [{ ...moved(-27), node: N1 }] },
    },
    events: [
      { on: `node:${GONE}`, reason: 'RemovingNode', source: 'node-controller', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -27.4, last: -27.4 },
      { on: 'pod:mongodb-recommendation#0', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: SCHED, first: -27, last: -0.6, count: 11 },
      { on: 'rs:mongodb-recommendation', reason: 'SuccessfulCreate', message: 'Created pod: mongodb-recommendation-%RS%', first: -27.05, last: -27.05 },
      { on: 'rs:recommendation', reason: 'SuccessfulCreate', message: 'Created pod: recommendation-%RS%', first: -27.05, last: -27.05 },
      { on: 'pod:recommendation#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${N0}`, first: -27, last: -27 },
      { on: 'pod:recommendation#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-recommendation}', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -26.9, last: -3.2, count: 10 },
      { on: 'pod:recommendation#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{hotel-reserv-recommendation}', message: 'Back-off restarting failed container hotel-reserv-recommendation in pod %POD%_hotel-reservation(%PODUID%)', first: -25.8, last: -0.2, count: 112 },
      { on: 'pod:search#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${N0}`, first: -27, last: -27 },
      { on: 'pod:search#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-search}', message: 'Started container hotel-reserv-search', first: -26.7, last: -26.7 },
      { on: 'pod:memcached-rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate-mmc}', message: 'Started container hotel-reserv-rate-mmc', first: -26.6, last: -26.6 },
      { on: 'pod:jaeger#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-jaeger}', message: 'Started container hotel-reserv-jaeger', first: -26.5, last: -26.5 },
    ],
    logs: {
      'recommendation#0/hotel-reserv-recommendation': recStart(-3.2),
      'recommendation#0/hotel-reserv-recommendation/previous': recStart(-8.6),
      'search#0/hotel-reserv-search': [
        zl(-26.7, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
        zl(-26.7, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(-26.6, 'INF', 'cmd/search/main.go:75', 'Starting server...'),
        zl(-26.6, 'INF', 'services/search/server.go:91', 'Successfully registered in consul'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-24.1, 'ERR', 'services/frontend/server.go:284', 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses'),
        zl(-15.3, 'ERR', 'services/frontend/server.go:284', 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses'),
        zl(-6.0, 'ERR', 'services/frontend/server.go:284', 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses'),
        zl(-1.2, 'ERR', 'services/frontend/server.go:284', 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses'),
      ],
    },
  },
];
