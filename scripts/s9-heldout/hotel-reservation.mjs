// s9 held-out (split: test) scenarios for DeathStarBench hotelReservation. Written by an author who had not seen the rule packs,
// the engine code or the system's other scenarios, and never ran the engine; expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const N = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
// zerolog ConsoleWriter as the services print it (colours on), as in the system's helpers.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
// hclog as consul prints it: level in brackets, padded to the width of ERROR
const hcl = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl.trim()}] ${' '.repeat(Math.max(0, 5 - lvl.trim().length))}${msg}`;
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

export const scenarios = [];

// 8. AKS node-image upgrade drains vmss000001; mongodb-rate's Azure disk never detaches: Multi-Attach, the new pod stays ContainerCreating.
{
  const incidentTime = '2026-11-18T15:37:00Z';
  const T = clock(incidentTime);
  const vol = defaultPvcs.find((p) => p.name === 'rate-pvc').volume;
  const moved = (node, at) => ({ node: N(node), created: T.iso(at) });
  const ratePanic = (min) => [
    ...boot(T, min, 'rate'),
    zl(T, min, 'INF', 'cmd/rate/main.go:39', 'Read database URL: mongodb-rate:27017'),
    zl(T, min, 'INF', 'cmd/rate/main.go:40', 'Initializing DB connection...'),
    zl(T, min + 0.17, 'PNC', 'cmd/rate/db.go:21', 'no reachable servers'),
    'panic: no reachable servers', '', 'goroutine 1 [running]:',
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0000a8040?, 0x0?})', '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc0001c6000, {0xc0000a8040, 0x14})', '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
    'github.com/rs/zerolog.(*Event).Msg(...)', '\t/workspace/vendor/github.com/rs/zerolog/event.go:110',
    'main.initializeDatabase({0xc000038100, 0x12})', '\t/workspace/cmd/rate/db.go:21 +0x8c',
    'main.main()', '\t/workspace/cmd/rate/main.go:41 +0x5f9',
  ];
  scenarios.push({
    folder: 's9-mongodb-rate-multi-attach-after-drain',
    incidentTime,
    description: 'hotel search shows no prices / rates since the AKS node image upgrade ~30 min ago. rate pod is crashlooping, discovery team looking but no luck so far',
    expected: { component: 'mongodb-rate', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'partial-name'],
    grounding: `An AKS node-image upgrade cordons and drains aks-nodepool1-27419563-vmss000001. mongodb-rate (mongo:4.4.6 on the
      ReadWriteOnce Azure disk of rate-pvc, managed-csi) is recreated on vmss000002, but the disk's detach from vmss000001 hangs, so
      the attach-detach controller reports "Multi-Attach error for volume ... Volume is already exclusively attached to one node and
      can't be attached to another" and the kubelet times out mounting it: the pod stays ContainerCreating and the Service has no
      endpoint (the Azure-disk Multi-Attach after a drain or upgrade is a long-standing AKS and kubernetes report, covered by the
      AKS troubleshooting guide for Multi-Attach errors). rate dials MongoDB at start (mgo.Dial in cmd/rate/db.go,
      log.Panic on error) and panics with "no reachable servers", so the rate pod crash-loops and is the loud one. The other pods of
      the drained node (jaeger, geo, recommendation, mongodb-geo, mongodb-recommendation, memcached-profile) moved cleanly.`,
    nodes: {
      [N(1)]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-31) }] },
    },
    workloads: {
      jaeger: { pods: [moved(0, -29.6)] },
      geo: { pods: [moved(2, -29.4)] },
      recommendation: { pods: [moved(0, -29.4)] },
      'mongodb-geo': { pods: [moved(0, -29.5)] },
      'mongodb-recommendation': { pods: [moved(2, -29.3)] },
      'memcached-profile': { pods: [moved(0, -29.6)] },
      'mongodb-rate': { pods: [{ node: N(2), created: T.iso(-29.5), creating: true }], unavailableSince: -29.5 },
      rate: { pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-3.3), finishedAt: T.iso(-3.1), container: 'hotel-reserv-rate' }) } }], unavailableSince: -27 },
    },
    events: [
      { on: `node:${N(1)}`, reason: 'NodeNotSchedulable', message: `Node ${N(1)} status is now: NodeNotSchedulable`, first: -31, last: -31 },
      { on: 'pod:mongodb-rate#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${N(2)}`, first: -29.5, last: -29.5 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `Multi-Attach error for volume "${vol}" Volume is already exclusively attached to one node and can't be attached to another`, first: -29.5, last: -29.5 },
      { on: 'pod:mongodb-rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate], unattached volumes=[rate kube-api-access-w8d5n]: timed out waiting for the condition', first: -27.4, last: -1.2, count: 12 },
      { on: 'pod:rate#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -27, last: -3.4, count: 10 },
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: -26, last: -0.4, count: 114 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': ratePanic(-3.3),
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(T, -29, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7462M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
        mlog(T, -28.9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
      ],
    },
  });
}

// 9. frontend HPA wants 4 replicas, the namespace ResourceQuota on limits.cpu refuses the pods; the 2 frontends saturate but stay Ready.
{
  const incidentTime = '2026-11-22T13:18:00Z';
  const T = clock(incidentTime);
  const fl = (i) => [
    ...boot(T, -60 * 24 * 7, 'frontend'),
    zl(T, -60 * 24 * 7, 'INF', 'cmd/frontend/main.go:77', 'Initializing gRPC clients...'),
    zl(T, -60 * 24 * 7, 'INF', 'cmd/frontend/main.go:100', 'Starting server...'),
    zl(T, -16 + i, 'WRN', 'services/frontend/server.go:283', 'SearchHandler: recommendations request took 4.82s'),
    zl(T, -9 + i, 'ERR', 'services/frontend/server.go:312', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
  ];
  scenarios.push({
    folder: 's9-frontend-hpa-blocked-by-quota',
    incidentTime,
    description: "hotel site really slow since lunch (~12:50), frontend cpu pegged. isnt the HPA supposed to scale it?? platform pls",
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'team-name'],
    grounding: `Deviations from upstream (stated): the namespace carries a ResourceQuota "compute-quota" (limits.cpu 20, as platform
      teams cap per-team namespaces) and the frontend an autoscaling/v2 HPA (2..6, 70% CPU). Every container of the chart has a 1 CPU
      limit, so the 20 running containers use the whole quota. A traffic peak drives the frontend to ~190% of its CPU request; the HPA
      sets 4 replicas but the ReplicaSet controller's pod creations are refused with "exceeded quota: compute-quota, requested:
      limits.cpu=1, used: limits.cpu=20, limited: limits.cpu=20" (the FailedCreate message of the quota admission plugin; "HPA can't
      scale because of ResourceQuota" is a common production report). The two frontend pods stay Running and Ready, just slow.`,
    resourceQuotas: [{ name: 'compute-quota', hard: { 'limits.cpu': '20', 'limits.memory': '40Gi', 'requests.cpu': '8', pods: '40' }, used: { 'limits.cpu': '20', 'limits.memory': '12Gi', 'requests.cpu': '2', pods: '20' } }],
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-27), currentReplicas: 2, desiredReplicas: 4,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 188, averageValue: '188m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    workloads: {
      frontend: { replicas: 4, rsReplicas: 4, since: -60 * 24 * 7 },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -27, last: -27 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: -27, last: -27 },
      { on: 'rs:frontend', reason: 'FailedCreate', type: 'Warning', message: 'Error creating: pods "frontend-%RS%" is forbidden: exceeded quota: compute-quota, requested: limits.cpu=1, used: limits.cpu=20, limited: limits.cpu=20', first: -27, last: -0.8, count: 19 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 2; reason: All metrics below target', first: -60 * 24 * 3, last: -60 * 24 * 3 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': fl(0),
      'frontend#1/hotel-reserv-frontend': fl(1.5),
    },
  });
}

// 10. consul (-dev, in-memory catalogue) OOM-killed and restarted: it comes back Ready but empty; nobody re-registers.
{
  const incidentTime = '2026-11-30T08:26:00Z';
  const T = clock(incidentTime);
  const svcs = ['srv-frontend', 'srv-search', 'srv-geo', 'srv-profile', 'srv-rate', 'srv-recommendation', 'srv-user', 'srv-reservation'];
  const consulStart = (min) => [
    '==> Starting Consul agent...',
    '               Version: \'1.19.2\'',
    '            Build Date: \'2024-08-27 16:06:44 +0000 UTC\'',
    '               Node ID: \'b2f1c7e4-3a9d-4e21-8c65-1f0d7a3b9e52\'',
    '             Node name: \'%POD%\'',
    '            Datacenter: \'dc1\' (Segment: \'<all>\')',
    '                Server: true (Bootstrap: false)',
    '           Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: 8502, gRPC-TLS: 8503, DNS: 8600)',
    '          Cluster Addr: 127.0.0.1 (LAN: 8301, WAN: 8302)',
    '     Gossip Encryption: false',
    '      Auto-Encrypt-TLS: false',
    '           ACL Enabled: false',
    '     HTTPS TLS: Verify Incoming: false, Verify Outgoing: false, Min Version: TLSv1_2',
    '      gRPC TLS: Verify Incoming: false, Min Version: TLSv1_2',
    '  Internal RPC TLS: Verify Incoming: false, Verify Outgoing: false (Verify Hostname: false), Min Version: TLSv1_2',
    '',
    '==> Log data will now stream in as it occurs:',
    '',
    hcl(T, min, 'INFO ', 'agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:b2f1c7e4-3a9d-4e21-8c65-1f0d7a3b9e52 Address:127.0.0.1:8300}]"'),
    hcl(T, min + 0.01, 'INFO ', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
    hcl(T, min + 0.01, 'INFO ', 'agent.server: cluster leadership acquired'),
    hcl(T, min + 0.01, 'INFO ', 'agent.server: New leader elected: payload=%POD%'),
    hcl(T, min + 0.02, 'INFO ', 'agent: Started DNS server: address=0.0.0.0:8600 network=udp'),
    hcl(T, min + 0.02, 'INFO ', 'agent: Starting server: address=[::]:8500 network=tcp protocol=http'),
    hcl(T, min + 0.02, 'INFO ', 'agent: Consul agent running!'),
    hcl(T, min + 0.03, 'INFO ', 'agent.server: member joined, marking health alive: member=%POD% partition=default'),
    hcl(T, min + 0.04, 'INFO ', 'agent: Synced node info'),
  ];
  const prev = [...consulStart(-60 * 24 * 12)];
  svcs.forEach((s, i) => prev.push(hcl(T, -60 * 24 * 12 + 0.5 + i * 0.01, 'INFO ', `agent: Synced service: service=${s}-${['8a1f', '2c7d', '9e04', '41bb', 'd3a2', '7f19', '0c5e', 'b6e8'][i]}`)));
  prev.push(hcl(T, -60 * 24 * 2, 'WARN ', 'agent: Check socket connection failed: check=service:srv-frontend-8a1f error="dial tcp 10.244.2.31:5000: i/o timeout"'));
  const noAddr = 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses';
  const feLines = (off) => [
    zl(T, -22 + off, 'ERR', 'services/frontend/server.go:206', `SearchHandler CheckAvailability failed: ${noAddr}`),
    zl(T, -15 + off, 'ERR', 'services/frontend/server.go:206', `SearchHandler CheckAvailability failed: ${noAddr}`),
    zl(T, -11 + off, 'ERR', 'services/frontend/server.go:386', `recommendHandler GetRecommendations failed: ${noAddr}`),
    zl(T, -4 + off, 'ERR', 'services/frontend/server.go:206', `SearchHandler CheckAvailability failed: ${noAddr}`),
  ];
  scenarios.push({
    folder: 's9-consul-oom-restart-empty-catalog',
    incidentTime,
    description: 'hotelres: search AND recommendations AND login all 500 since ~8am. every backend pod is up and ready, nothing restarted except maybe the registry? no idea',
    expected: { component: 'consul', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'consul', cause: 'dependency-down' }, { component: 'consul', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    grounding: `consul runs the image's default "agent -dev" (the manifests add no arguments): a single in-memory server whose catalogue
      is lost on restart. Every gRPC service registers itself once at start (registry.Register in cmd/*/main.go; the topology's
      "registration at start") and resolves its peers through consul; no service re-registers. The consul container is OOM-killed at
      its 512Mi limit (memory growth of a long-running dev agent with a blocking-query load, as in the consul issues about dev-agent
      memory) and restarts 22 minutes before the report: it is Running and Ready again, its new log shows only "Synced node info", and
      every client's resolver now produces zero addresses, so frontend and search fail on every call while all their pods stay
      Ready. Decoy: a socket-check warning of consul from two days ago in its previous log and a jaeger restart six days ago.
      Hedge: the resolver text (grpc-go "produced zero addresses") and the frontend/search log texts are the author's reading of the
      code paths, not copied from a recorded run.`,
    workloads: {
      consul: { pods: [{ containers: { consul: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-22.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-22.6) } }) } }] },
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 6 - 0.5) } }) } }] },
    },
    events: [
      { on: 'pod:consul#0', reason: 'Pulled', message: 'Container image "hashicorp/consul:1.19.2" already present on machine', first: -22.5, last: -22.5 },
      { on: 'pod:consul#0', reason: 'Created', message: 'Created container consul', first: -22.5, last: -22.5 },
      { on: 'pod:consul#0', reason: 'Started', message: 'Started container consul', first: -22.4, last: -22.4 },
      { on: `node:${N(0)}`, reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: consul, pid: 3012877', first: -22.6, last: -22.6 },
    ],
    logs: {
      'consul#0/consul': consulStart(-22.4),
      'consul#0/consul/previous': prev,
      'frontend#0/hotel-reserv-frontend': feLines(0),
      'frontend#1/hotel-reserv-frontend': feLines(1.2),
      'search#0/hotel-reserv-search': [
        zl(T, -21, 'ERR', 'services/search/server.go:93', `SearchHandler nearby failed: ${noAddr}`),
        zl(T, -9, 'ERR', 'services/search/server.go:93', `SearchHandler nearby failed: ${noAddr}`),
      ],
    },
  });
}
