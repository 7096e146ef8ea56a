// Batch s39a (blind dev): one hotel-reservation incident for the scenario kit, on the session-3 system definition.
// An AKS node stops reporting; mongodb-profile's replacement is stuck on a Multi-Attach error and profile crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system };

const N = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const DOWN = N(1);
const FOLDER = 's39a-node-notready-profile-multiattach';
const INCIDENT = '2026-05-18T14:37:00Z';
const T = clock(INCIDENT);
// Pods of the unreachable node that the taint manager marked for deletion at -5 (they stay Terminating).
const EVICTED = ['profile', 'mongodb-profile', 'geo', 'jaeger'];

// zerolog ConsoleWriter as the services print it (TimeFormat RFC3339, Caller(), colours on).
const LV = { INF: '\x1b[32mINF\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

export const post = {
  [FOLDER]: ({ dir, readJson, writeJson }) => {
    const pf = `${dir}/pods.json`;
    const pods = readJson(pf);
    const gone = new Set();
    let oldMongo = '';
    for (const p of pods.items) {
      if (p.spec.nodeName !== DOWN) continue;
      gone.add(p.metadata.name);
      if (p.metadata.name.startsWith('mongodb-profile-')) oldMongo = p.metadata.name;
      p.metadata.deletionTimestamp = T.iso(-4.5);
      p.metadata.deletionGracePeriodSeconds = 30;
      // The node lifecycle controller flips only Ready (no reason); the containers' last known state is unchanged.
      for (const c of p.status.conditions) {
        if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = T.iso(-9.3); delete c.reason; delete c.message; }
        if (c.type === 'ContainersReady') { c.status = 'True'; delete c.reason; delete c.message; c.lastTransitionTime = p.status.startTime; }
      }
      for (const s of p.status.containerStatuses) s.ready = true;
    }
    writeJson(pf, pods);
    // Terminating pods leave the Endpoints; their ReplicaSets count only the replacement.
    const ef = `${dir}/endpoints.json`;
    const eps = readJson(ef);
    for (const e of eps.items) {
      for (const s of e.subsets ?? []) {
        for (const k of ['addresses', 'notReadyAddresses']) {
          if (!s[k]) continue;
          s[k] = s[k].filter((a) => !gone.has(a.targetRef.name));
          if (!s[k].length) delete s[k];
        }
      }
      if (e.subsets) e.subsets = e.subsets.filter((s) => s.addresses || s.notReadyAddresses);
      if (e.subsets && !e.subsets.length) delete e.subsets;
      if (EVICTED.includes(e.metadata.name)) e.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = T.iso(-4.5);
    }
    writeJson(ef, eps);
    const rf = `${dir}/replicasets.json`;
    const rss = readJson(rf);
    for (const r of rss.items) {
      const owner = r.metadata.ownerReferences[0].name;
      if (!EVICTED.includes(owner) || r.spec.replicas !== 2) continue;
      r.spec.replicas = 1;
      r.status.replicas = 1;
      r.status.fullyLabeledReplicas = 1;
    }
    writeJson(rf, rss);
    const df = `${dir}/deployments.json`;
    const ds = readJson(df);
    for (const d of ds.items) {
      if (!EVICTED.includes(d.metadata.name)) continue;
      d.status.replicas = 1;
      d.status.updatedReplicas = 1;
    }
    writeJson(df, ds);
    const vf = `${dir}/events.json`;
    const evs = readJson(vf);
    for (const e of evs.items) e.message = e.message.replaceAll('%OLDMONGO%', oldMongo);
    writeJson(vf, evs);
  },
};

const s1 = (() => {
  const nodeCond = (type, reason) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-10.7), lastTransitionTime: T.iso(-10), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
  const oldPod = (extra = {}) => ({ node: DOWN, ready: false, created: T.iso(-60 * 24 * 8), ...extra });
  const profileVol = defaultPvcs.find((p) => p.name === 'profile-pvc').volume;
  const pvcs = defaultPvcs.map((p) => (p.name === 'profile-pvc' ? { ...p, storageClass: 'managed-csi-premium-zrs' } : p));
  const topo = `{ Type: Unknown, Servers: [{ Addr: mongodb-profile:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-profile%:27017: connect: connection refused }, ] }`;
  const profileRun = (start) => [
    zl(start, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(start, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(start, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(start, 'INF', 'cmd/profile/main.go:24', 'Reading config...'),
    zl(start, 'INF', 'cmd/profile/main.go:37', 'Read database URL: mongodb-profile:27017'),
    zl(start, 'INF', 'cmd/profile/main.go:38', 'Initializing DB connection...'),
    zl(start, 'INF', 'cmd/profile/db.go:38', 'New session successfull...'),
    zl(start, 'INF', 'cmd/profile/db.go:40', 'Generating test data...'),
    zl(start + 0.5, 'FTL', 'cmd/profile/db.go:44', `server selection error: server selection timeout, current topology: ${topo}`),
  ];
  const goodSvc = (svc, min, port, extra = []) => [
    zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(min, 'INF', `cmd/${svc}/main.go:24`, 'Reading config...'),
    ...extra,
    zl(min + 0.02, 'INF', `cmd/${svc}/main.go:62`, `Read target port: ${port}`),
    zl(min + 0.02, 'INF', `cmd/${svc}/main.go:63`, 'Read consul address: consul:8500'),
    zl(min + 0.03, 'INF', `cmd/${svc}/main.go:80`, 'Starting server...'),
  ];
  return {
    folder: FOLDER,
    description: 'hotel site search is broken - results page 500s / no hotels shown since ~14:27',
    incidentTime: INCIDENT,
    expected: { component: 'mongodb-profile', cause: 'node-not-ready', node: DOWN },
    alsoAcceptable: [{ component: 'mongodb-profile', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      hotelReservation (DeathStarBench, helm chart at 6ecb097) on AKS as the session-3 system definition has it, with one
      deviation: profile-pvc uses a custom Premium_ZRS class (managed-csi-premium-zrs), chosen so the database could fail over
      across zones. The fault: at 14:27 ${DOWN} stopped posting status (the node controller's "Kubelet stopped posting node
      status.", every condition Unknown, the unreachable taints). After the 40 s grace the pods on it (profile,
      mongodb-profile, geo, jaeger) were marked not Ready, and after the 300 s tolerationSeconds the taint manager marked them
      for deletion ("Marking for deletion Pod ..."); they stay Terminating because the kubelet cannot confirm. The ReplicaSets
      re-created them on the two healthy nodes: geo and jaeger came up, but the ZRS disk of mongodb-profile is still attached to
      the unreachable VM, so the attach/detach controller reports "Multi-Attach error for volume ... Volume is already used by
      pod(s) ..." (it waits the 6-minute maxWaitForUnmountDuration before a forced detach) and the kubelet "Unable to attach or
      mount volumes ... timed out waiting for the condition": the new mongodb-profile stays ContainerCreating. The new profile
      pod runs cmd/profile/db.go's CountDocuments against mongodb-profile:27017, whose Service has no endpoint, and exits on
      log.Fatal with the mongo-go-driver "server selection error: server selection timeout ... connection refused" after 30 s:
      CrashLoopBackOff (louder than the cause). The frontend's search handler fails on the profile call, so results 500.
      Expected: the Node ${DOWN} NotReady (named on mongodb-profile, with the node); storage-unavailable on mongodb-profile (the
      Multi-Attach that keeps it down) also accepted.`,
    nodes: {
      [DOWN]: {
        heartbeat: -10.7,
        conditions: {
          MemoryPressure: nodeCond('MemoryPressure'),
          DiskPressure: nodeCond('DiskPressure'),
          PIDPressure: nodeCond('PIDPressure'),
          Ready: nodeCond('Ready'),
        },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-10) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-9.9) },
        ],
      },
    },
    pvcs,
    workloads: {
      consul: { pods: [{ node: N(0) }] },
      jaeger: {
        pods: [
          oldPod(),
          { node: N(2), created: T.iso(-4.9) },
        ],
      },
      frontend: { pods: [{ node: N(0) }, { node: N(2) }] },
      search: { pods: [{ node: N(2) }] },
      geo: { pods: [oldPod(), { node: N(0), created: T.iso(-4.9) }] },
      profile: {
        pods: [
          oldPod(),
          {
            node: N(0),
            created: T.iso(-4.9),
            containers: {
              'hotel-reserv-profile': cs.crashLoop({ restarts: 3, exitCode: 1, startedAt: T.iso(-2.1), finishedAt: T.iso(-1.6), backoff: '1m20s', container: 'hotel-reserv-profile' }),
            },
          },
        ],
      },
      rate: { pods: [{ node: N(0) }] },
      recommendation: { pods: [{ node: N(2) }] },
      user: { pods: [{ node: N(0) }] },
      reservation: { pods: [{ node: N(2) }] },
      'mongodb-geo': { pods: [{ node: N(0) }] },
      'mongodb-profile': { pods: [oldPod(), { node: N(2), creating: true, created: T.iso(-4.9) }] },
      'mongodb-rate': { pods: [{ node: N(0) }] },
      'mongodb-recommendation': { pods: [{ node: N(2) }] },
      'mongodb-reservation': { pods: [{ node: N(2) }] },
      'mongodb-user': { pods: [{ node: N(0) }] },
      'memcached-profile': { pods: [{ node: N(2) }] },
      'memcached-rate': { pods: [{ node: N(0) }] },
      'memcached-reserve': { pods: [{ node: N(2) }] },
    },
    events: [
      { on: `node:${DOWN}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${DOWN} status is now: NodeNotReady`, first: -10, last: -10 },
      ...EVICTED.flatMap((wl) => [
        { on: `pod:${wl}#0`, type: 'Warning', reason: 'NodeNotReady', source: 'node-controller', message: 'Node is not ready', first: -9.3, last: -9.3 },
        { on: `pod:${wl}#0`, reason: 'TaintManagerEviction', source: 'taint-eviction-controller', message: `Marking for deletion Pod hotel-reservation/%POD%`, first: -4.9, last: -4.9 },
        { on: `pod:${wl}#1`, reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -4.9, last: -4.9 },
      ]),
      { on: 'pod:mongodb-profile#1', type: 'Warning', reason: 'FailedAttachVolume', source: 'attachdetach-controller', message: `Multi-Attach error for volume "${profileVol}" Volume is already used by pod(s) %OLDMONGO%`, first: -4.9, last: -0.4, count: 7 },
      { on: 'pod:mongodb-profile#1', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[profile], unattached volumes=[profile kube-api-access-9wq4d]: timed out waiting for the condition', first: -2.8, last: -0.7, count: 2 },
      { on: 'pod:profile#1', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -4.8, last: -2.1, count: 4, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#1', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', first: -4.2, last: -0.5, count: 9, fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    logs: {
      'profile#1/hotel-reserv-profile': profileRun(-2.1),
      'profile#1/hotel-reserv-profile/previous': profileRun(-3.3),
      'geo#1/hotel-reserv-geo': goodSvc('geo', -4.7, 8083, [
        zl(-4.7, 'INF', 'cmd/geo/main.go:37', 'Read database URL: mongodb-geo:27017'),
        zl(-4.7, 'INF', 'cmd/geo/db.go:29', 'New session successfull...'),
      ]),
    },
  };
})();

export const scenarios = [s1];
