// DeathStarBench hotelReservation held-out (split: test) scenarios, issue 13 measurement (s5). Written by an author who had not
// seen the rule packs, the correlation code or the hotel-reservation dev scenarios, and who never ran the engine on them. The
// system (Deployments, Services, env, images, nodes) is the dev generator's, as test/scenarios/hotel-reservation/SOURCES.md states.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { defaultPvcs, system } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NODE = (i) => `aks-nodepool1-27419563-vmss00000${i}`;
const ANN = system.workloads.find((w) => w.name === 'frontend').podAnnotations;
const PORTS = { frontend: 5000, search: 8082, geo: 8083, profile: 8081, rate: 8084, recommendation: 8085, user: 8086, reservation: 8087 };
const MONGO = { geo: 'mongodb-geo', profile: 'mongodb-profile', rate: 'mongodb-rate', recommendation: 'mongodb-recommendation', reservation: 'mongodb-reservation', user: 'mongodb-user' };
const MEMC = { profile: 'memcached-profile', rate: 'memcached-rate', reservation: 'memcached-reserve' };
const CONFIGMAPS = Object.keys(PORTS).map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] }));

// zerolog ConsoleWriter (cmd/*/main.go: TimeFormat RFC3339, Caller()); colours stay on, so kubectl logs keep the ANSI escapes.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// The start-up sequence of cmd/<svc>/main.go (and db.go for the services with a database); `upTo` stops it early
// ('db' = after "Generating test data...", before the data load returns).
function boot(T, min, svc, { upTo, mongoAddr } = {}) {
  const m = `cmd/${svc}/main.go`;
  const out = [
    zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, min, 'INF', `${m}:23`, 'Reading config...'),
  ];
  if (MONGO[svc]) {
    out.push(zl(T, min, 'INF', `${m}:36`, `Read database URL: ${mongoAddr ?? `${MONGO[svc]}:27017`}`));
    out.push(zl(T, min, 'INF', `${m}:37`, 'Initializing DB connection...'));
    out.push(zl(T, min, 'INF', `cmd/${svc}/db.go:27`, 'New client successfull...'));
    out.push(zl(T, min, 'INF', `cmd/${svc}/db.go:29`, 'Generating test data...'));
    if (upTo === 'db') return out;
    out.push(zl(T, min + 0.02, 'INF', `${m}:40`, 'Successfull'));
  }
  if (MEMC[svc]) {
    out.push(zl(T, min + 0.02, 'INF', `${m}:42`, `Read ${svc} memcashed address: ${MEMC[svc]}:11211`));
    out.push(zl(T, min + 0.02, 'INF', `${m}:43`, 'Initializing Memcashed client...'));
    out.push(zl(T, min + 0.02, 'INF', `${m}:45`, 'Successfull'));
  }
  out.push(
    zl(T, min + 0.02, 'INF', `${m}:50`, `Read target port: ${PORTS[svc]}`),
    zl(T, min + 0.02, 'INF', `${m}:51`, 'Read consul address: consul:8500'),
    zl(T, min + 0.02, 'INF', `${m}:52`, 'Read jaeger address: jaeger:6831'),
    zl(T, min + 0.02, 'INF', `${m}:60`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
    zl(T, min + 0.02, 'INF', `${m}:66`, 'Jaeger agent initialized'),
    zl(T, min + 0.02, 'INF', `${m}:68`, 'Initializing consul agent [host: consul:8500]...'),
    zl(T, min + 0.02, 'INF', `${m}:73`, 'Consul agent initialized'),
    zl(T, min + 0.02, 'INF', `${m}:85`, 'Starting server...'),
  );
  if (svc === 'frontend') {
    out.push(zl(T, min + 0.03, 'INF', 'services/frontend/server.go:46', 'Initializing gRPC clients...'));
    out.push(zl(T, min + 0.03, 'INF', 'services/frontend/server.go:66', 'Successfull'));
    out.push(zl(T, min + 0.03, 'INF', 'services/frontend/server.go:88', 'Serving http'));
  }
  return out;
}
// mongod 4.4 structured log.
const mongoDate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongoStart = (T, min, host) => [
  mlog(T, min, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  mlog(T, min, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  mlog(T, min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(T, min, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host }),
  mlog(T, min, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(T, min, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  mlog(T, min, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
];
const goPanic = (msg, file, fn) => [
  `panic: ${msg}`, '', 'goroutine 52 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0003b2000?, 0x0?})', '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0002c4000, {0xc0003b2000, 0xa7})', '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  `github.com/harlow/go-micro-services/services/${fn}`, `\t/workspace/${file} +0x6b1`,
];
// hclog as consul 1.19 prints it: level padded to 5 characters inside the brackets.
const hcl = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${' '.repeat(6 - lvl.length)}${msg}`;
const serverSelection = (addr, lastError) => `server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: ${addr}, Type: Unknown, Last error: ${lastError} }, ] }`;
const DAY = 60 * 24;
// What an OOM kill and the kubelet's immediate restart leave: the oom watcher's SystemOOM Node event, then Pulled/Created/Started.
const oomRestartEvents = ({ node, pod, proc, pid, image, container, at }) => [
  { on: `node:${node}`, reason: 'SystemOOM', type: 'Warning', message: `System OOM encountered, victim process: ${proc}, pid: ${pid}`, first: at },
  { on: `pod:${pod}`, reason: 'Pulled', message: `Container image "${image}" already present on machine`, fieldPath: `spec.containers{${container}}`, first: at + 0.01 },
  { on: `pod:${pod}`, reason: 'Created', message: `Created container ${container}`, fieldPath: `spec.containers{${container}}`, first: at + 0.01 },
  { on: `pod:${pod}`, reason: 'Started', message: `Started container ${container}`, fieldPath: `spec.containers{${container}}`, first: at + 0.02 },
];

export const scenarios = [];

// H1. consul (-dev, in-memory state) OOM-killed and restarted by the kubelet: the catalog the services registered into at start is gone.
{
  const incidentTime = '2026-12-02T07:40:00Z';
  const T = clock(incidentTime);
  const oom = -41;
  const since = -12 * DAY;
  const consulStart = (min, node) => [
    '==> Starting Consul agent...',
    "               Version: '1.19.2'",
    "            Build Date: '2024-08-27 16:06:44 +0000 UTC'",
    `               Node ID: '${node}'`,
    "             Node name: '%POD%'",
    "            Datacenter: 'dc1' (Segment: '<all>')",
    '                Server: true (Bootstrap: false)',
    '           Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: 8502, gRPC-TLS: 8503, DNS: 8600)',
    '          Cluster Addr: 127.0.0.1 (LAN: 8301, WAN: 8302)',
    '     Gossip Encryption: false',
    '      Auto-Encrypt-TLS: false',
    '           ACL Enabled: false',
    '     Reporting Enabled: false',
    '    ACL Default Policy: allow',
    '             HTTPS TLS: Verify Incoming: false, Verify Outgoing: false, Min Version: TLSv1_2',
    '              gRPC TLS: Verify Incoming: false, Min Version: TLSv1_2',
    '      Internal RPC TLS: Verify Incoming: false, Verify Outgoing: false (Verify Hostname: false), Min Version: TLSv1_2',
    '',
    '==> Log data will now stream in as it occurs:',
    '',
    hcl(T, min, 'INFO', `agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:${node} Address:127.0.0.1:8300}]"`),
    hcl(T, min, 'INFO', 'agent.server.raft: entering follower state: follower="Node at 127.0.0.1:8300 [Follower]" leader-address= leader-id='),
    hcl(T, min, 'INFO', 'agent.server.serf.wan: serf: EventMemberJoin: %POD%.dc1 127.0.0.1'),
    hcl(T, min, 'INFO', 'agent.server.serf.lan: serf: EventMemberJoin: %POD% 127.0.0.1'),
    hcl(T, min + 0.01, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=udp'),
    hcl(T, min + 0.01, 'INFO', 'agent: Started HTTP server: address=[::]:8500 network=tcp'),
    hcl(T, min + 0.01, 'INFO', 'agent: started state syncer'),
    hcl(T, min + 0.01, 'INFO', 'agent: Consul agent running!'),
    hcl(T, min + 0.02, 'WARN', 'agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id='),
    hcl(T, min + 0.02, 'INFO', 'agent.server.raft: entering candidate state: node="Node at 127.0.0.1:8300 [Candidate]" term=2'),
    hcl(T, min + 0.02, 'INFO', 'agent.server.raft: election won: term=2 tally=1'),
    hcl(T, min + 0.02, 'INFO', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
    hcl(T, min + 0.02, 'INFO', 'agent.server: cluster leadership acquired'),
    hcl(T, min + 0.02, 'INFO', 'agent.server: New leader elected: payload=%POD%'),
    hcl(T, min + 0.03, 'INFO', 'agent.leader: started routine: routine="federation state anti-entropy"'),
    hcl(T, min + 0.03, 'INFO', 'agent.leader: started routine: routine="intention config entry migration"'),
    hcl(T, min + 0.03, 'INFO', 'agent.server: member joined, marking health alive: member=%POD% partition=default'),
    hcl(T, min + 0.04, 'INFO', 'agent: Synced node info'),
  ];
  const registered = Object.keys(PORTS).filter((s) => s !== 'frontend').map((s, i) => hcl(T, since + 0.6 + i * 0.01, 'INFO', `agent: Synced service: service=${['3f9c1a2e', '7b41d0c8', 'c2e85f17', '09ad6b3e', 'e5f27c90', '4d18a6b2', 'a8c30e5d'][i]}-${['4b1e', '9d27', '61fa', 'c4e0', '2a9b', '8f53', 'd716'][i]}-4c2a-9e8f-${String(501200347810 + i * 7717)}`));
  scenarios.push({
    folder: 'consul-dev-agent-oomkilled-catalog-lost', incidentTime,
    description: 'whole hotel site 500s on search and login since ~7am, all pods green in argo and nothing was deployed today. search team says search is fine??',
    expected: { component: 'consul', cause: 'oom-killed' },
    difficulty: 'hard', traits: ['pods-ready', 'time-expression'],
    grounding: `kubernetes/consul/consul-deployment.yaml runs hashicorp/consul with the image's default "agent -dev -client 0.0.0.0": a -dev
      agent keeps raft log, snapshots and catalog in memory only (Consul docs, "Dev mode": "all data is in-memory"). The Go services
      register once at start (registry/registry.go Agent().ServiceRegister, no health check, no re-registration) and resolve srv-<name>
      through consul (dialer/dialer.go). Twelve days after the last restart the agent reached the operator overlay's 512Mi limit and was
      OOM-killed at 06:59 (container lastState OOMKilled/137, restartCount 1; the kubelet's oom watcher wrote the Node's SystemOOM event,
      "victim process: consul"). The kubelet restarted it within a second; the fresh -dev agent elects itself and has an empty catalog,
      so every gRPC resolution returns zero addresses and the frontend answers 500 with the gRPC error (services/frontend/server.go only
      logs for CheckAvailability/GetProfiles, which are never reached). consul and every service are Running and Ready; the restart
      events are still within the one-hour event TTL. Restarting the services (re-registration) is the repair.`,
    workloads: {
      consul: {
        since,
        pods: [{ containers: { consul: cs.restartedRunning({ restarts: 1, startedAt: T.iso(oom + 0.02), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(since + 0.3), finishedAt: T.iso(oom) } }) } }],
      },
      ...Object.fromEntries(Object.keys(PORTS).map((s) => [s, { since: since + 0.5 }])),
    },
    events: [
      ...oomRestartEvents({ node: NODE(0), pod: 'consul#0', proc: 'consul', pid: 3318207, image: 'hashicorp/consul:1.19.2', container: 'consul', at: oom }),
    ],
    pvcs: defaultPvcs,
    logs: {
      'consul#0/consul': consulStart(oom + 0.03, '6b1f0c3e-2d8a-4f57-b9e4-71c5a0d3e826'),
      'consul#0/consul/previous': [...consulStart(since + 0.3, '0e7d42a9-5c13-4b86-a2f0-98d1e6b7c354'), ...registered],
      'frontend#0/hotel-reserv-frontend': boot(T, since + 0.5, 'frontend'),
      'search#0/hotel-reserv-search': boot(T, since + 0.5, 'search'),
    },
  });
}

// H2. mongodb-reservation's 1Gi Azure disk fills up; WiredTiger cannot write its journal, mongod aborts and crash-loops; reservation panics.
{
  const incidentTime = '2026-12-03T19:25:00Z';
  const T = clock(incidentTime);
  const full = -23;
  const host = '%POD%';
  const mongoFail = (min) => [
    ...mongoStart(T, min, host),
    mlog(T, min, 'W', 'STORAGE', 22271, 'initandlisten', 'Detected unclean shutdown - Lock file is not empty', { lockFile: '/data/db/mongod.lock' }),
    mlog(T, min, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
    mlog(T, min, 'W', 'STORAGE', 22302, 'initandlisten', 'Recovering data from the last clean checkpoint.'),
    mlog(T, min, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
    mlog(T, min + 0.01, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: 28, message: `[${Math.floor(Date.parse(T.iso(min)) / 1000)}:412903][1:0x7f3c8a1f2c80], txn-recover: __posix_file_write, 615: /data/db/journal/WiredTigerLog.0000000047: handle-write: pwrite: failed to write 128 bytes at offset 0: No space left on device` }),
    mlog(T, min + 0.01, 'F', 'STORAGE', 28595, 'initandlisten', 'Terminating.', { reason: '28: No space left on device' }),
    mlog(T, min + 0.01, 'F', '-', 23091, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1123 }),
    mlog(T, min + 0.01, 'F', '-', 23092, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
  ];
  const refused = serverSelection('mongodb-reservation:27017', 'dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused');
  scenarios.push({
    folder: 'mongodb-reservation-volume-full', incidentTime,
    description: 'booking page throws 500 and search results dont load since ~19:00. reservation pod crashlooping, can someone from booking look',
    expected: { component: 'mongodb-reservation', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'mongodb-reservation', cause: 'storage-unavailable' }],
    difficulty: 'medium', traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `mongodb-reservation (mongo:4.4.6, /data/db on PVC reservation-pvc, 1Gi Azure Disk managed-csi — the size of the chart's
      PersistentVolumes) is the only database the benchmark writes to: every MakeReservation inserts a document, and the operator's
      wrk2 load generator books continuously, so the collection, its indexes and the WiredTiger journal (100 MB preallocated log files)
      outgrew the disk. At 19:02 WiredTiger's pwrite failed with ENOSPC (errno 28) and mongod aborted; on every restart recovery must
      write the journal again and fails the same way — WiredTiger error 22435 "No space left on device", then the fatal 28595
      "Terminating." and "***aborting after fassert() failure" (exit code 14) — so the pod crash-loops and the Service has no ready
      address. reservation (services/reservation/server.go) log.Panic()s when a memcached miss is followed by a Mongo error, and on
      restart cmd/reservation/db.go log.Fatal()s on the server selection error (connection refused from the Service with no ready
      endpoint): it crash-loops too and is the louder pod. The frontend logs "SearchHandler CheckAvailability failed". The claim is
      Bound and attached; nothing in Kubernetes reports the full filesystem (no PVC usage in the API). alsoAcceptable: a full volume is the
      storage being unusable for the database, which a careful engineer may file as storage-unavailable.`,
    workloads: {
      'mongodb-reservation': {
        since: -30 * DAY,
        pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 8, exitCode: 14, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.59), container: 'hotel-reserv-reservation-mongo' }) } }],
      },
      reservation: {
        since: -9 * DAY,
        pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-4.1), finishedAt: T.iso(-3.6), container: 'hotel-reserv-reservation' }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: full + 1, last: -0.8, count: 96 },
      { on: 'pod:mongodb-reservation#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: full + 0.1, last: -2.6, count: 9 },
      { on: 'pod:reservation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: full + 2, last: -1.2, count: 71 },
      { on: 'pod:reservation#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-reservation}', first: full + 0.4, last: -4.1, count: 8 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongoFail(-2.6),
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': mongoFail(-5.4),
      'reservation#0/hotel-reserv-reservation': [
        ...boot(T, -4.1, 'reservation', { upTo: 'db' }),
        zl(T, -3.6, 'FTL', 'cmd/reservation/db.go:37', refused),
      ],
      'reservation#0/hotel-reserv-reservation/previous': [
        ...boot(T, -7.3, 'reservation', { upTo: 'db' }),
        zl(T, -6.8, 'FTL', 'cmd/reservation/db.go:37', refused),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -9 * DAY + 0.5, 'frontend'),
        zl(T, full + 0.3, 'ERR', 'services/frontend/server.go:201', 'SearchHandler CheckAvailability failed'),
        zl(T, full + 0.9, 'ERR', 'services/frontend/server.go:201', 'SearchHandler CheckAvailability failed'),
        zl(T, -11.2, 'ERR', 'services/frontend/server.go:201', 'SearchHandler CheckAvailability failed'),
        zl(T, -1.5, 'ERR', 'services/frontend/server.go:201', 'SearchHandler CheckAvailability failed'),
      ],
    },
  });
}

// H3. profile rolled out with an image tag CI never pushed: ImagePullBackOff, rollout stuck past its deadline, the old pod still serves.
{
  const incidentTime = '2026-12-04T15:50:00Z';
  const T = clock(incidentTime);
  const at = -47;
  const NEW = 'hotelres.azurecr.io/hotel-reservation:7f3a9e1';
  const notFound = `rpc error: code = NotFound desc = failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": ${NEW}: not found`;
  scenarios.push({
    folder: 'profile-rollout-tag-never-pushed', incidentTime,
    description: "the 15:00 release never finished, argo shows hotel-reservation Degraded since then. site looks ok from here but pls check before we roll the rest",
    expected: { component: 'profile', cause: 'image-pull' },
    difficulty: 'easy', traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `kubernetes/scripts/build-docker-images.sh builds one image for every Go service; the operator's pipeline pushes it to ACR as
      hotel-reservation:<sha> and then bumps the tag per Deployment. At 15:03 the push job failed (ACR throttling) but the bump job ran,
      so profile's new ReplicaSet points at hotelres.azurecr.io/hotel-reservation:7f3a9e1, which does not exist: containerd's pull gets
      NotFound ("failed to resolve reference … not found"), the kubelet reports ErrImagePull then ImagePullBackOff. profile has one replica;
      with maxSurge 25% (1) and maxUnavailable 25% (0) the old pod keeps running, so users see nothing; after progressDeadlineSeconds
      (600) the Deployment's Progressing condition is False/ProgressDeadlineExceeded, which is what Argo CD shows as Degraded.`,
    workloads: {
      profile: {
        rollout: { at, oldReplicas: 1, oldContainers: { 'hotel-reserv-profile': { image: IMG } } },
        containers: { 'hotel-reserv-profile': { image: NEW } },
        pods: [{ containers: { 'hotel-reserv-profile': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(at + 10), lastTransitionTime: T.iso(at + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', source: 'deployment-controller', first: at },
      { on: 'pod:profile#0', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to %NODE%`, source: 'default-scheduler', first: at + 0.1 },
      { on: 'pod:profile#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: at + 0.2, last: -3.1, count: 14 },
      { on: 'pod:profile#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW}": ${notFound}`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: at + 0.3, last: -3.1, count: 14 },
      { on: 'pod:profile#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{hotel-reserv-profile}', first: at + 0.3, last: -3.1, count: 14 },
      { on: 'pod:profile#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: at + 0.4, last: -0.6, count: 198 },
      { on: 'pod:profile#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{hotel-reserv-profile}', first: at + 0.4, last: -0.6, count: 198 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'profile#old0/hotel-reserv-profile': [
        ...boot(T, -6 * DAY + 0.4, 'profile'),
      ],
    },
  });
}

// H4. frontend rolled out with an httpGet liveness probe on /healthz, a path the frontend's mux serves from the static file server (404).
{
  const incidentTime = '2026-12-05T09:20:00Z';
  const T = clock(incidentTime);
  const at = -14;
  const probe = { httpGet: { path: '/healthz', port: 5000, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
  const fe = (started) => boot(T, started, 'frontend');
  scenarios.push({
    folder: 'frontend-liveness-healthz-404', incidentTime,
    description: 'hotel site flapping for the last 15 min, ingress gives 502/connection reset on like every other request. is search down again?',
    expected: { component: 'frontend', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium', traits: ['rollout-regression', 'time-expression'],
    grounding: `The platform team's "probes everywhere" change added livenessProbe httpGet /healthz:5000 to frontend (rolled out at 09:06).
      services/frontend/server.go registers "/" as http.FileServer(http.Dir("services/frontend/static")), "/hotels", "/recommendations",
      "/user" and "/reservation" — there is no /healthz, so the file server answers 404. With no readiness probe the new pods turn Ready
      as soon as they start, the rollout completes, and ~35 s later (initialDelay 5 s + 3 failures × 10 s) the kubelet kills the
      container ("Liveness probe failed: HTTP probe failed with statuscode: 404", "failed liveness probe, will be restarted"). The Go
      binary does not handle SIGTERM, so it dies by the signal (exit code 143); the restarts back off, so each pod is Ready only for
      short windows and the ingress gets refused connections from whichever pod is down. Nothing in the frontend's own log is an error
      (it just boots again). alsoAcceptable: the regression is this rollout, and rolling it back is the repair.`,
    workloads: {
      frontend: {
        rollout: { at, oldContainers: { 'hotel-reserv-frontend': { livenessProbe: undefined } } },
        containers: { 'hotel-reserv-frontend': { livenessProbe: probe } },
        pods: [
          { containers: { 'hotel-reserv-frontend': cs.crashLoop({ restarts: 7, exitCode: 143, startedAt: T.iso(-2.3), finishedAt: T.iso(-1.7), backoff: '2m40s', container: 'hotel-reserv-frontend' }) } },
          { containers: { 'hotel-reserv-frontend': cs.restartedRunning({ restarts: 6, startedAt: T.iso(-0.4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-3.5), finishedAt: T.iso(-2.9) } }) } },
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', source: 'deployment-controller', first: at },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', source: 'deployment-controller', first: at + 0.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', source: 'deployment-controller', first: at + 0.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', source: 'deployment-controller', first: at + 0.4 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 404', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 0.7, last: -1.8, count: 21 },
      { on: 'pod:frontend#0', reason: 'Killing', message: 'Container hotel-reserv-frontend failed liveness probe, will be restarted', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 1, last: -1.8, count: 7 },
      { on: 'pod:frontend#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-frontend in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 3, last: -0.3, count: 31 },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 404', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 1.1, last: -3, count: 18 },
      { on: 'pod:frontend#1', reason: 'Killing', message: 'Container hotel-reserv-frontend failed liveness probe, will be restarted', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 1.4, last: -3, count: 6 },
      { on: 'pod:frontend#1', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-frontend in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-frontend}', first: at + 3.5, last: -0.6, count: 24 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'frontend#0/hotel-reserv-frontend': fe(-2.3),
      'frontend#0/hotel-reserv-frontend/previous': fe(-5.2),
      'frontend#1/hotel-reserv-frontend': fe(-0.4),
      'frontend#1/hotel-reserv-frontend/previous': fe(-3.5),
    },
  });
}

// H5. A NetworkPolicy rollout for the Mongo databases: mongodb-rate's ingress rule names the caller "rates", so rate can no longer reach it.
{
  const incidentTime = '2026-12-01T13:10:00Z';
  const T = clock(incidentTime);
  const applied = -26;
  const allow = (db, from, created = applied) => ({
    name: `${db}-allow-${from === 'rates' ? 'rate' : from}`, created,
    spec: {
      podSelector: { matchLabels: { 'io.kompose.service': db } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'io.kompose.service': from } } }], ports: [{ protocol: 'TCP', port: 27017 }] }],
    },
  });
  const timeout = serverSelection('mongodb-rate:27017', 'dial tcp %SVCIP:mongodb-rate%:27017: i/o timeout');
  scenarios.push({
    folder: 'mongodb-rate-ingress-policy-wrong-caller-label', incidentTime,
    description: 'hotel search hangs then 500s since lunch-ish (~12:45). geo team can you check nearby? rate pod also restarting a lot',
    expected: { component: 'mongodb-rate', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'rate', cause: 'network-fault' }],
    difficulty: 'hard', traits: ['network-policy', 'louder-dependents', 'time-expression'],
    grounding: `Following the AKS network policy guidance (Azure NPM / Calico enforce networking.k8s.io/v1), the platform team applied one
      ingress NetworkPolicy per database at 12:44: "only the owning service may connect on 27017". The rule for mongodb-rate allows
      pods labelled io.kompose.service=rates, a label no pod has (the kompose label of the rate Deployment is "rate"); the other five
      policies are right. From then on rate's connections to mongodb-rate are dropped (SYN never answered): cache hits from
      memcached-rate still answer, but a miss makes services/rate/server.go wait for the driver's 30 s server selection and then
      log.Panic "Tried to find hotelId [...], but got error" (exit 2); after the restart cmd/rate/db.go's first CountDocuments fails
      the same way and log.Fatal()s (exit 1), so rate crash-loops and search's GetRates calls fail. mongodb-rate itself is Running,
      Ready and logs nothing but the ended connections of the killed rate pods. alsoAcceptable: the cut is on the rate → mongodb-rate
      edge, and naming the caller's side of it is as right.`,
    networkPolicies: [allow('mongodb-geo', 'geo'), allow('mongodb-profile', 'profile'), allow('mongodb-rate', 'rates'), allow('mongodb-recommendation', 'recommendation'), allow('mongodb-reservation', 'reservation'), allow('mongodb-user', 'user')],
    workloads: {
      'mongodb-rate': { since: -30 * DAY },
      rate: {
        since: -5 * DAY,
        pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-3.4), finishedAt: T.iso(-2.9), container: 'hotel-reserv-rate' }) } }],
      },
    },
    events: [
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-rate}', first: applied + 3, last: -0.9, count: 58 },
      { on: 'pod:rate#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-rate}', first: applied + 1.2, last: -3.4, count: 6 },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', fieldPath: 'spec.containers{hotel-reserv-rate}', first: applied + 1.2, last: -3.4, count: 6 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'rate#0/hotel-reserv-rate': [...boot(T, -3.4, 'rate', { upTo: 'db' }), zl(T, -2.9, 'FTL', 'cmd/rate/db.go:41', timeout)],
      'rate#0/hotel-reserv-rate/previous': [...boot(T, -8.1, 'rate', { upTo: 'db' }), zl(T, -7.6, 'FTL', 'cmd/rate/db.go:41', timeout)],
      'mongodb-rate#0/hotel-reserv-rate-mongo': [
        ...mongoStart(T, -30 * DAY, '%POD%'),
        mlog(T, -30 * DAY + 0.1, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(T, applied + 0.7, 'I', 'NETWORK', 22944, 'conn311', 'Connection ended', { remote: '%IPOF:rate#0%:52814', connectionId: 311, connectionCount: 2 }),
        mlog(T, applied + 0.7, 'I', 'NETWORK', 22944, 'conn312', 'Connection ended', { remote: '%IPOF:rate#0%:52826', connectionId: 312, connectionCount: 1 }),
        mlog(T, applied + 0.7, 'I', 'NETWORK', 22944, 'conn309', 'Connection ended', { remote: '%IPOF:rate#0%:52790', connectionId: 309, connectionCount: 0 }),
      ],
    },
  });
}

// H6. A helm upgrade rewrites recommendation's config.json with a misspelt Mongo host; the new pod crash-loops, the old one still serves.
{
  const incidentTime = '2026-12-02T16:35:00Z';
  const T = clock(incidentTime);
  const at = -21;
  const bad = 'mongodb-recomendation:27017';
  const noHost = serverSelection(bad, 'dial tcp: lookup mongodb-recomendation on 10.0.0.10:53: no such host');
  scenarios.push({
    folder: 'recommendation-config-mongo-host-misspelt', incidentTime,
    description: 'release pipeline for hotel-reservation red since 16:15, helm upgrade says "timed out waiting for the condition". prod looks fine to me, anyone know whats up',
    expected: { component: 'recommendation', cause: 'config-error' },
    alsoAcceptable: [{ component: 'recommendation', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `helm-chart/hotelreservation renders each service's config.json from values (templates/_baseConfigMap.tpl → ConfigMap
      <name>-hotelres, key service-config.json, mounted by subPath) and the pod template carries a checksum of it, so a config change
      rolls the Deployment. The 16:14 values change (moving to per-service Mongo hosts) misspelt RecommendMongoAddress as
      "mongodb-recomendation:27017". The new pod starts, logs "Read database URL: mongodb-recomendation:27017", and cmd/recommendation/db.go's
      first query waits out the driver's 30 s server selection on a name CoreDNS (kube-dns 10.0.0.10 on AKS) does not know, then
      log.Fatal()s (exit 1): CrashLoopBackOff. One replica, maxUnavailable 0: the old pod (its subPath mount keeps the old file) keeps
      serving, so users see nothing; helm --wait gives up after 5 minutes and the Deployment's progress deadline passes.
      alsoAcceptable: the bad value arrived with this rollout, and rolling it back is the repair.`,
    configMaps: CONFIGMAPS,
    workloads: {
      recommendation: {
        patch: { podAnnotations: { ...ANN, 'checksum/config': '9c2e41f07ab35d6e8f1c0b7a4d92e5f3816c0a7be4d19f2a6c3b8e05d7f14a92' } },
        rollout: { at, oldReplicas: 1, oldPatch: { podAnnotations: { ...ANN, 'checksum/config': '3b7f0e2c91d84a6f5e0c27b1a9d43f8e6c2a05b7d91e4f3a8c6b20d5e7f19c04' } }, oldContainers: { 'hotel-reserv-recommendation': { env: system.workloads.find((w) => w.name === 'recommendation').containers[0].env } } },
        pods: [{ containers: { 'hotel-reserv-recommendation': cs.crashLoop({ restarts: 5, exitCode: 1, startedAt: T.iso(-3.2), finishedAt: T.iso(-2.7), container: 'hotel-reserv-recommendation' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(at + 10), lastTransitionTime: T.iso(at + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:recommendation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendation-%NEW% to 1', source: 'deployment-controller', first: at },
      { on: 'pod:recommendation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', source: 'default-scheduler', first: at + 0.1 },
      { on: 'pod:recommendation#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-recommendation}', first: at + 0.2, last: -3.2, count: 6 },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container hotel-reserv-recommendation', fieldPath: 'spec.containers{hotel-reserv-recommendation}', first: at + 0.2, last: -3.2, count: 6 },
      { on: 'pod:recommendation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-recommendation in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-recommendation}', first: at + 1.3, last: -0.5, count: 47 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'recommendation#0/hotel-reserv-recommendation': [...boot(T, -3.2, 'recommendation', { upTo: 'db', mongoAddr: bad }), zl(T, -2.7, 'FTL', 'cmd/recommendation/db.go:35', noHost)],
      'recommendation#0/hotel-reserv-recommendation/previous': [...boot(T, -6.5, 'recommendation', { upTo: 'db', mongoAddr: bad }), zl(T, -6, 'FTL', 'cmd/recommendation/db.go:35', noHost)],
      'recommendation#old0/hotel-reserv-recommendation': boot(T, -6 * DAY + 0.4, 'recommendation'),
    },
  });
}

// H7. jaeger all-in-one with the default unbounded in-memory span store is OOM-killed every few hours; traces vanish.
{
  const incidentTime = '2026-12-03T11:05:00Z';
  const T = clock(incidentTime);
  const oom = -38;
  const zap = (min, level, caller, msg, extra = {}) => JSON.stringify({ level, ts: Number((Date.parse(T.isoMs(min)) / 1000).toFixed(6)), caller, msg, ...extra });
  const start = (min) => [
    zap(min, 'info', 'flags/service.go:110', 'Mounting metrics handler on admin server', { route: '/metrics' }),
    zap(min, 'info', 'flags/service.go:116', 'Mounting expvar handler on admin server', { route: '/debug/vars' }),
    zap(min, 'info', 'flags/admin.go:130', 'Mounting health check on admin server', { route: '/' }),
    zap(min, 'info', 'flags/admin.go:144', 'Starting admin HTTP server', { 'http-addr': ':14269' }),
    zap(min, 'info', 'memory/factory.go:85', 'Memory storage initialized', { configuration: { MaxTraces: 0 } }),
    zap(min, 'info', 'server/grpc.go:104', 'Starting jaeger-collector gRPC server', { 'grpc.host-port': '[::]:14250' }),
    zap(min, 'info', 'server/http.go:56', 'Starting jaeger-collector HTTP server', { 'http host-port': ':14268' }),
    zap(min, 'info', 'app/agent.go:69', 'Starting jaeger-agent HTTP server', { 'http-port': 5778 }),
    zap(min, 'info', 'app/server.go:291', 'Starting HTTP server', { port: 16686, addr: ':16686' }),
    zap(min, 'info', 'app/server.go:272', 'Starting GRPC server', { port: 16685, addr: ':16685' }),
    zap(min, 'info', 'healthcheck/handler.go:129', 'Health Check state change', { status: 'ready' }),
  ];
  scenarios.push({
    folder: 'jaeger-inmemory-store-oomkilled', incidentTime,
    description: 'traces keep disappearing from jaeger, had a trace id from the search latency thing this morning and now its gone. ui was also down for a minute ~10:30',
    expected: { component: 'jaeger', cause: 'oom-killed' },
    difficulty: 'easy', traits: ['pods-ready', 'time-expression'],
    grounding: `kubernetes/jaeger/jaeger-deployment.yaml runs jaegertracing/all-in-one with no storage flags: spans go to the in-memory store,
      which keeps every trace unless --memory.max-traces is set (Jaeger docs, "Memory": "no limit by default"; "Memory storage initialized"
      logs MaxTraces 0). With JAEGER_SAMPLE_RATIO 0.01 the store still grows under the continuous wrk2 load, and under the operator's 1Gi limit
      the container is OOM-killed every few hours (restartCount 9, lastState OOMKilled/137 at 10:27, the Node's SystemOOM event names the
      all-in-one process); each restart empties the store, so older trace ids return "trace not found", and the UI is down for the
      seconds of the restart. Nothing else is affected (the Go services send spans over UDP and ignore losses).`,
    workloads: {
      jaeger: {
        since: -15 * DAY,
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 9, startedAt: T.iso(oom + 0.02), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(oom - 171), finishedAt: T.iso(oom) } }) } }],
      },
    },
    events: [
      ...oomRestartEvents({ node: NODE(1), pod: 'jaeger#0', proc: 'all-in-one', pid: 2876114, image: 'jaegertracing/all-in-one:1.57', container: 'hotel-reserv-jaeger', at: oom }),
    ],
    pvcs: defaultPvcs,
    logs: {
      'jaeger#0/hotel-reserv-jaeger': start(oom + 0.03),
      'jaeger#0/hotel-reserv-jaeger/previous': start(oom - 171),
    },
  });
}

// H8. Node vmss000001: the container runtime stops answering the kubelet's relist (PLEG not healthy), the node goes NotReady.
{
  const incidentTime = '2026-12-04T02:30:00Z';
  const T = clock(incidentTime);
  const nr = -5.5;
  const node = NODE(1);
  const memcRefused = 'dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused';
  const onNode1 = ['jaeger', 'geo', 'recommendation', 'mongodb-geo', 'mongodb-recommendation', 'memcached-profile'];
  const notReadyPod = { ready: false, readyTransition: T.iso(nr + 0.1) };
  scenarios.push({
    folder: 'node-pleg-unhealthy-not-ready', incidentTime,
    description: 'search and hotel details both erroring since ~02:25, profile pod keeps restarting. profile team pls look (paged twice already)',
    expected: { component: 'geo', cause: 'node-not-ready', node },
    alsoAcceptable: [
      { component: 'memcached-profile', cause: 'node-not-ready', node },
      { component: 'recommendation', cause: 'node-not-ready', node },
    ],
    difficulty: 'medium', traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `Kubelet PLEG: when the container runtime's relist does not complete within 3 minutes the kubelet reports
      "PLEG is not healthy: pleg was last seen active …; threshold is 3m0s" and sets the Node's Ready condition False (KubeletNotReady),
      as in the many AKS/containerd reports of a hung containerd shim. The kubelet still posts status (fresh heartbeat); the node
      lifecycle controller taints the node not-ready and marks its pods not Ready ("NodeNotReady" events), so the Services of geo,
      recommendation, memcached-profile, mongodb-geo and mongodb-recommendation lose their addresses; eviction after the 300 s toleration
      has not happened yet. The louder symptom is elsewhere: profile (on vmss000002) log.Panic()s on every memcached error
      ("Tried to get hotelIds [...], but got memmcached error = dial tcp …: connect: connection refused" — the Service has no ready
      endpoint) and restarts; search fails on geo. The expected answer is the Node; the components on it are equally right.`,
    nodes: {
      [node]: {
        heartbeat: -0.3,
        taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule', timeAdded: T.iso(nr) }, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: T.iso(nr) }],
        conditions: { Ready: { type: 'Ready', status: 'False', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(nr), reason: 'KubeletNotReady', message: 'PLEG is not healthy: pleg was last seen active 8m41.209s ago; threshold is 3m0s' } },
      },
    },
    workloads: {
      ...Object.fromEntries(onNode1.map((w) => [w, { pods: [notReadyPod] }])),
      profile: {
        since: -7 * DAY,
        pods: [{ containers: { 'hotel-reserv-profile': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-0.7), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-1.9), finishedAt: T.iso(-1.2) } }) } }],
      },
    },
    events: [
      { on: `node:${node}`, reason: 'NodeNotReady', type: 'Normal', message: `Node ${node} status is now: NodeNotReady`, first: nr },
      ...onNode1.map((w) => ({ on: `pod:${w}#0`, reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', source: 'node-controller', first: nr + 0.1 })),
      { on: 'pod:profile#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-profile}', first: nr + 1.5, last: -1.1, count: 5 },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: nr + 0.8, last: -0.7, count: 4 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'profile#0/hotel-reserv-profile': boot(T, -0.7, 'profile'),
      'profile#0/hotel-reserv-profile/previous': [
        ...boot(T, -1.9, 'profile'),
        zl(T, -1.2, 'PNC', 'services/profile/server.go:114', `Tried to get hotelIds [[13 15 22 27 31]], but got memmcached error = ${memcRefused}`),
        ...goPanic(`Tried to get hotelIds [[13 15 22 27 31]], but got memmcached error = ${memcRefused}`, 'services/profile/server.go:114', 'profile.(*Server).GetProfiles(0xc0001e6000, {0x1a2b3c0, 0xc0004a8f60}, 0xc0003f6a80)'),
      ],
    },
  });
}

// H9. memcached-rate frozen (SIGSTOP) by a ChaosBlade "process stop" experiment run against the wrong context: rate panics on every call.
{
  const incidentTime = '2026-12-05T14:40:00Z';
  const T = clock(incidentTime);
  const stop = -21;
  const memcTimeout = 'read tcp %IPOF:rate#0%:41872->%SVCIP:memcached-rate%:11211: i/o timeout';
  const panicLines = (min, ids) => [
    zl(T, min, 'PNC', 'services/rate/server.go:106', `Memmcached error while trying to get hotel [id: ${ids}]= ${memcTimeout}`),
    ...goPanic(`Memmcached error while trying to get hotel [id: ${ids}]= ${memcTimeout}`, 'services/rate/server.go:106', 'rate.(*Server).GetRates(0xc000212000, {0x1a2c4e0, 0xc0005b2a20}, 0xc0004c6b40)'),
  ];
  scenarios.push({
    folder: 'memcached-rate-process-stopped-by-chaos', incidentTime,
    description: 'rate svc crashlooping since 14:20, prices missing from search results. did someone deploy rate today?',
    expected: { component: 'memcached-rate', cause: 'dependency-down' },
    difficulty: 'hard', traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression'],
    grounding: `A ChaosBlade game-day (chaosblade-operator, "blade create k8s container-process stop --process memcached", which sends
      SIGSTOP to the process) meant for staging was applied with the prod kubeconfig at 14:19 and has no timeout. A stopped memcached
      still has its listening socket, so the kernel completes TCP handshakes into the backlog, but nothing is read or answered:
      gomemcache returns "i/o timeout" after MEMC_TIMEOUT (2 s). services/rate/server.go log.Panic()s on any memcached error other
      than a miss ("Memmcached error while trying to get hotel [id: …]= … i/o timeout"), so every GetRates kills rate (exit 2) and it crash-loops; rate starts without touching memcached, so each start
      succeeds and the next request kills it. memcached-rate has no probes in the manifests, its container is still "running", and
      memcached logs nothing (no -v): the pod is Running, Ready, with no restart and no event. search sees rate unavailable.`,
    workloads: {
      rate: {
        since: -4 * DAY,
        pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-2.8), finishedAt: T.iso(-2.4), backoff: '2m40s', container: 'hotel-reserv-rate' }) } }],
      },
    },
    events: [
      { on: 'pod:rate#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-rate}', first: stop + 1.5, last: -0.4, count: 63 },
      { on: 'pod:rate#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-rate}', first: stop + 0.4, last: -2.8, count: 9 },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', fieldPath: 'spec.containers{hotel-reserv-rate}', first: stop + 0.4, last: -2.8, count: 9 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'rate#0/hotel-reserv-rate': [...boot(T, -2.8, 'rate'), ...panicLines(-2.4, '[4 9 17 23 41]')],
      'rate#0/hotel-reserv-rate/previous': [...boot(T, -6.1, 'rate'), ...panicLines(-5.7, '[2 5 8 11 36]')],
    },
  });
}

// H10 (no fault). "Failed. Already reserved." is the frontend's answer for a hotel with no room left on those dates; nothing is broken.
{
  const incidentTime = '2026-11-30T18:10:00Z';
  const T = clock(incidentTime);
  const old = -3 * DAY - 200;
  const capErr = 'dial tcp %SVCIP:memcached-reserve%:11211: connect: connection refused';
  scenarios.push({
    folder: 'no-fault-already-reserved-full-hotel', incidentTime,
    description: 'customers complaining that booking hotel 12 for next weekend fails with "Failed. Already reserved." — is the reservation service broken? booking team pls check asap',
    difficulty: 'medium', traits: ['no-fault', 'decoy', 'pods-ready', 'team-name'],
    grounding: `services/frontend/server.go reservationHandler answers HTTP 200 {"message": "Failed. Already reserved. "} when MakeReservation
      returns no hotel id, which services/reservation/server.go does when the requested rooms would exceed the hotel's capacity for one of
      the nights (the seeded capacities are a few hundred rooms per hotel, and the load generator books hotel ids 1–80 continuously). So a full hotel is
      reported as "Already reserved" by design; every pod is Running and Ready, no error is logged. Decoy: reservation restarted once three
      days ago (a memcached-reserve node drain during an AKS upgrade: "Tried to get memc_cap_key [12_cap] …" panic, exit 2), long recovered.`,
    workloads: {
      reservation: {
        since: -11 * DAY,
        pods: [{ containers: { 'hotel-reserv-reservation': cs.restartedRunning({ restarts: 1, startedAt: T.iso(old + 0.3), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-11 * DAY + 0.3), finishedAt: T.iso(old) } }) } }],
      },
      'memcached-reserve': { since: old - 1 },
    },
    pvcs: defaultPvcs,
    logs: {
      'reservation#0/hotel-reserv-reservation': boot(T, old + 0.3, 'reservation'),
      'reservation#0/hotel-reserv-reservation/previous': [
        ...boot(T, -11 * DAY + 0.3, 'reservation'),
        zl(T, old, 'PNC', 'services/reservation/server.go:173', `Tried to get memc_cap_key [12_cap], but got memmcached error = ${capErr}`),
        ...goPanic(`Tried to get memc_cap_key [12_cap], but got memmcached error = ${capErr}`, 'services/reservation/server.go:173', 'reservation.(*Server).MakeReservation(0xc0001f4000, {0x1a2b3c0, 0xc0003d8b10}, 0xc0002e4c00)'),
      ],
      'frontend#0/hotel-reserv-frontend': boot(T, -11 * DAY + 0.5, 'frontend'),
    },
  });
}

// H11 (no fault). Search around Paris returns an empty list: geo only knows the seeded San Francisco hotels; a healthy frontend rollout an hour ago.
{
  const incidentTime = '2026-12-02T10:15:00Z';
  const T = clock(incidentTime);
  const at = -52;
  scenarios.push({
    folder: 'no-fault-empty-search-outside-seed-area', incidentTime,
    description: 'search on the new landing page returns an empty list for paris (lat 48.85 lon 2.35), geo broken?? started after this mornings frontend release',
    difficulty: 'medium', traits: ['no-fault', 'decoy', 'pods-ready'],
    grounding: `cmd/geo/db.go seeds 80 hotels around San Francisco (37.78, -122.41) and services/geo answers Nearby with the points within
      its maximum search radius (10 km) of the request; search then asks rate for those ids. A request at 48.85, 2.35 has no hotel within
      the radius, so the answer is an empty FeatureCollection with HTTP 200 — by design. The frontend rollout at 09:23 (the new static
      landing page: only the image changed) completed and both pods are Ready; geo, search and rate are Running and Ready and log
      nothing but their start-up. Nothing is broken.`,
    workloads: {
      frontend: {
        rollout: { at, oldContainers: { 'hotel-reserv-frontend': { image: IMG } } },
        containers: { 'hotel-reserv-frontend': { image: 'hotelres.azurecr.io/hotel-reservation:b81d2c4' } },
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', source: 'deployment-controller', first: at },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', source: 'deployment-controller', first: at + 0.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', source: 'deployment-controller', first: at + 0.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', source: 'deployment-controller', first: at + 0.9 },
    ],
    pvcs: defaultPvcs,
    logs: {
      'frontend#0/hotel-reserv-frontend': boot(T, at + 0.5, 'frontend'),
      'frontend#1/hotel-reserv-frontend': boot(T, at + 1, 'frontend'),
      'geo#0/hotel-reserv-geo': boot(T, -9 * DAY + 0.3, 'geo'),
    },
  });
}
