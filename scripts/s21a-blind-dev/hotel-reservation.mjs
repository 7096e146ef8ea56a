// Batch s21a (blind dev, split: dev): one hotel-reservation incident for the scenario kit, written without seeing the engine,
// the rule packs or the system's other scenarios; system definition from scripts/s3-scenarios/hotel-reservation.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const NODE = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
// zerolog ConsoleWriter lines as the services print them (colours on, RFC3339 time, caller).
const LV = { INF: '\x1b[32mINF\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const consul = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? ' ' : ''} ${msg}`;

// s21a-reservation-configmap-deleted-drain
const cmGone = (() => {
  const T = clock('2026-03-05T10:34:00Z');
  const cordon = -16.6;
  const moved = -15.9; // the drain evicted node 1's pods
  const wi = Object.fromEntries(base.workloads.map((w, i) => [w.name, i]));
  const evicted = new Set(['geo', 'recommendation', 'memcached-profile', 'jaeger']);
  const workloads = {};
  let k = 0;
  for (const w of base.workloads) {
    const n = w.replicas ?? 1;
    const pods = [];
    for (let i = 0; i < n; i++) {
      let node = (wi[w.name] + i) % 3;
      if (w.name === 'reservation') continue;
      if (node === 1 && evicted.has(w.name)) {
        pods.push({ node: NODE(k++ % 2 === 0 ? 0 : 2), created: T.iso(moved + 0.1 * k) });
        continue;
      }
      if (node === 1) node = w.name === 'mongodb-geo' ? 2 : 0; // nothing else ran on node 1
      pods.push({ node: NODE(node) });
    }
    if (pods.length) workloads[w.name] = { pods };
  }
  workloads.reservation = { pods: [{ node: NODE(0), created: T.iso(moved + 0.05), creating: true }] };
  const geoPod = workloads.geo.pods[0];
  const gs = (Date.parse(geoPod.created) - Date.parse(T.iso(0))) / 60000 + 0.3;
  const geo = [
    zl(T, gs, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, gs, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, gs, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, gs, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
    zl(T, gs, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27017'),
    zl(T, gs, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/main.go:40', 'Successfull'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/main.go:45', 'Read target port: 8083'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/main.go:46', 'Read consul address: consul:8500'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/main.go:47', 'Read jaeger address: jaeger:6831'),
    zl(T, gs + 0.01, 'INF', 'cmd/geo/main.go:56', 'Initializing jaeger agent [service name: geo | host: jaeger:6831]...'),
    zl(T, gs + 0.02, 'INF', 'cmd/geo/main.go:62', 'Jaeger agent initialized'),
    zl(T, gs + 0.02, 'INF', 'cmd/geo/main.go:64', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, gs + 0.02, 'INF', 'cmd/geo/main.go:69', 'Consul agent initialized'),
    zl(T, gs + 0.02, 'INF', 'cmd/geo/main.go:80', 'Starting server...'),
  ];
  const consulLog = [
    consul(T, -16.3, 'INFO', 'agent: Deregistered service: service=4b9d2e61-8f3a-4c7e-a1d5-0e6f3b8c2a97'),
    consul(T, -16.3, 'INFO', 'agent: Deregistered service: service=9e1c7a3f-2d5b-4f8e-b6a0-3c4d9e7f1b52'),
    consul(T, -16.2, 'INFO', 'agent: Deregistered service: service=c2f8a4d6-1e7b-4a3c-9d50-6b1e8f2a7c34'),
    consul(T, -15.4, 'INFO', 'agent: Synced service: service=7d3a1f9e-5c2b-4e6a-8f14-2a9c6e0b3d71'),
    consul(T, -15.3, 'INFO', 'agent: Synced service: service=e5b2c8f1-9a4d-4b7e-a3c6-1f0d7e2b9a48'),
  ];
  return {
    folder: 's21a-reservation-configmap-deleted-drain',
    description: 'hotelres frontend returning 500 on /hotels and /reservation since ~10:18, search page empty',
    incidentTime: '2026-03-05T10:34:00Z',
    expected: { component: 'reservation', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (helm chart at 6ecb097): every Go service mounts its ConfigMap <name>-hotelres as config.json through a
      subPath (volume reservation-hotelres-config for reservation); the frontend calls reservation's CheckAvailability on
      every /hotels search and MakeReservation on /reservation, and returns err.Error() as a 500 without logging it.
      Failure mode: four days earlier a clean-up of ConfigMaps "not managed by Helm" deleted reservation-hotelres (the
      reservation release had been installed by hand); the running pod kept its already-mounted file and went on working.
      At 10:17 an AKS node-image upgrade cordoned and drained ${NODE(1)} (NodeNotSchedulable, reboot, NodeReady,
      NodeSchedulable); the recreated reservation pod on ${NODE(0)} stays in ContainerCreating with the kubelet's FailedMount
      texts (configmap "reservation-hotelres" not found; "Unable to attach or mount volumes ... timed out waiting for the
      condition"), the Deployment has no available replica and consul deregistered the old instance, so searches and
      bookings fail. Decoys: geo, recommendation, memcached-profile and jaeger were recreated by the same drain and came up
      normally (geo's start-up log, consul's deregister/sync lines), and the drained node is
      Ready again. The ConfigMap list holds every other <name>-hotelres.`,
    nodes: {
      [NODE(1)]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-12.4), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads,
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    events: [
      { on: `node:${NODE(1)}`, reason: 'NodeNotSchedulable', message: `Node ${NODE(1)} status is now: NodeNotSchedulable`, first: cordon, last: cordon },
      { on: `node:${NODE(1)}`, reason: 'Rebooted', type: 'Warning', message: `Node ${NODE(1)} has been rebooted, boot id: 1f7c3a92-6e4d-4b8a-9c05-d2e8f1a7b634`, first: -13.2, last: -13.2 },
      { on: `node:${NODE(1)}`, reason: 'NodeReady', message: `Node ${NODE(1)} status is now: NodeReady`, first: -12.4, last: -12.4 },
      { on: `node:${NODE(1)}`, reason: 'NodeSchedulable', message: `Node ${NODE(1)} status is now: NodeSchedulable`, first: -11.8, last: -11.8 },
      { on: 'pod:reservation#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${NODE(0)}`, first: moved + 0.05, last: moved + 0.05 },
      { on: 'pod:reservation#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "reservation-hotelres-config" : configmap "reservation-hotelres" not found', first: moved + 0.05, last: -1.3, count: 14 },
      { on: 'pod:reservation#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[reservation-hotelres-config], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: moved + 2.1, last: -1.6, count: 7 },
      { on: 'pod:geo#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: moved + 0.1, last: moved + 0.1 },
      { on: 'pod:jaeger#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: moved + 0.3, last: moved + 0.3 },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': geo,
      'consul#0/consul': consulLog,
    },
  };
})();

export const scenarios = [cmGone];
