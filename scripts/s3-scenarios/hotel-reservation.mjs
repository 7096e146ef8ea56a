// DeathStarBench hotelReservation (delimitrou/DeathStarBench hotelReservation/kubernetes + helm-chart at 6ecb097) as the kit's
// system, and its session-3 dev scenarios (issue 13); grounding notes in each scenario and test/scenarios/hotel-reservation/SOURCES.md.
import { clock, cs } from '../s2-scenario-kit.mjs';

const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, ...(rm ? { memory: rm } : {}) }, limits: { cpu: lc, ...(lm ? { memory: lm } : {}) } });
const LABEL = 'io.kompose.service';
const ANN = {
  'sidecar.istio.io/statsInclusionPrefixes': 'cluster.outbound,cluster_manager,listener_manager,http_mixer_filter,tcp_mixer_filter,server,cluster.xds-grp,listener,connection_manager',
  'sidecar.istio.io/statsInclusionRegexps': 'http.*',
};
const ENV = [
  { name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' },
  { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' },
];
// A Go service of the image, configured by the helm chart's ConfigMap <name>-hotelres mounted as config.json.
const goSvc = (name, port, extra = {}) => ({
  name,
  containers: [{
    name: `hotel-reserv-${name}`, image: IMG, command: [`./${name}`], ports: [{ containerPort: port }], env: ENV,
    resources: res('100m', '64Mi', '1000m', '256Mi'),
    volumeMounts: [{ name: `${name}-hotelres-config`, mountPath: 'config.json', subPath: 'service-config.json' }],
  }],
  volumes: [{ name: `${name}-hotelres-config`, configMap: { name: `${name}-hotelres`, defaultMode: 420 } }],
  podAnnotations: ANN, service: { ports: [{ name: String(port), port, targetPort: port }] }, ...extra,
});
const mongo = (name, short) => ({
  name: `mongodb-${name}`,
  containers: [{ name: `hotel-reserv-${short}-mongo`, image: 'mongo:4.4.6', args: ['--bind_ip_all'], ports: [{ name: name.slice(0, 15), containerPort: 27017 }], resources: res('100m', '256Mi', '1000m', '1Gi'), volumeMounts: [{ mountPath: '/data/db', name: name }] }],
  volumes: [{ name, persistentVolumeClaim: { claimName: `${name}-pvc` } }],
  podAnnotations: ANN, service: { ports: [{ name: 'mongodb-' + name.slice(0, 7), port: 27017, targetPort: 27017 }] },
});
const memc = (name, short) => ({
  name: `memcached-${name}`,
  containers: [{ name: `hotel-reserv-${short}-mmc`, image: 'memcached:1.6.22', env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '128' }, { name: 'MEMCACHED_THREADS', value: '2' }], ports: [{ containerPort: 11211 }], resources: res('100m', '64Mi', '1000m', '256Mi') }],
  podAnnotations: ANN, service: { ports: [{ name: `memcached-${name}`.slice(0, 15), port: 11211, targetPort: 11211 }] },
});

export const system = {
  id: 'hotel-reservation',
  namespace: 'hotel-reservation',
  labels: (name) => ({ [LABEL]: name }),
  nodeLabels: (n) => ({ agentpool: 'nodepool1', 'kubernetes.azure.com/agentpool': 'nodepool1', 'kubernetes.azure.com/cluster': 'MC_hotelres-prod_hotelres-aks_eastus2', 'node.kubernetes.io/instance-type': 'Standard_D4s_v5', 'topology.kubernetes.io/region': 'eastus2', 'topology.kubernetes.io/zone': n.zone }),
  kernel: '5.15.0-1074-azure', osImage: 'Ubuntu 22.04.5 LTS', kubelet: 'v1.29.9',
  nodes: [0, 1, 2].map((i) => ({
    name: `aks-nodepool1-27419563-vmss00000${i}`, ip: `10.224.0.${4 + i}`, podCidr: `10.244.${i}`, zone: `eastus2-${i + 1}`,
    providerID: `azure:///subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-27419563-vmss/virtualMachines/${i}`,
  })),
  workloads: [
    {
      name: 'consul',
      containers: [{ name: 'consul', image: 'hashicorp/consul:1.19.2', ports: [{ containerPort: 8300 }, { containerPort: 8400 }, { containerPort: 8500 }, { containerPort: 53, protocol: 'UDP' }], resources: res('100m', '128Mi', '1000m', '512Mi') }],
      podAnnotations: ANN, service: { ports: [{ name: '8300', port: 8300, targetPort: 8300 }, { name: '8400', port: 8400, targetPort: 8400 }, { name: '8500', port: 8500, targetPort: 8500 }, { name: '8600', port: 8600, targetPort: 53 }] },
    },
    {
      name: 'jaeger',
      containers: [{ name: 'hotel-reserv-jaeger', image: 'jaegertracing/all-in-one:1.57', ports: [14269, 5778, 14268, 14267, 16686, 5775, 6831, 6832].map((p) => ({ containerPort: p, ...([5775, 6831, 6832].includes(p) ? { protocol: 'UDP' } : {}) })), resources: res('100m', '256Mi', '1000m', '1Gi') }],
      podAnnotations: ANN, service: { ports: [{ name: '16686', port: 16686, targetPort: 16686 }, { name: '6831', port: 6831, targetPort: 6831 }, { name: '14268', port: 14268, targetPort: 14268 }] },
    },
    goSvc('frontend', 5000, { replicas: 2 }),
    goSvc('search', 8082),
    goSvc('geo', 8083),
    goSvc('profile', 8081),
    goSvc('rate', 8084),
    goSvc('recommendation', 8085),
    goSvc('user', 8086),
    goSvc('reservation', 8087),
    mongo('geo', 'geo'), mongo('profile', 'profile'), mongo('rate', 'rate'), mongo('recommendation', 'recommendation'), mongo('reservation', 'reservation'), mongo('user', 'user'),
    memc('profile', 'profile'), memc('rate', 'rate'), memc('reserve', 'reservation'),
  ],
};

export const defaultPvcs = ['geo', 'profile', 'rate', 'recommendation', 'reservation', 'user'].map((n, i) => ({
  name: `${n}-pvc`, volume: `pvc-${['4c1e9a27', '7b3d5f18', '2e8a6c94', '9f0b2d73', '5a6e1c48', 'c3d7f2a1'][i]}-6b2e-4f1a-9c3d-${String(812400000000 + i * 7919).slice(0, 12)}`,
  size: '1Gi', storageClass: 'managed-csi', provisioner: 'disk.csi.azure.com',
}));

// zerolog ConsoleWriter (cmd/*/main.go: TimeFormat RFC3339, Caller()): colours are on, so kubectl logs keep the ANSI escapes.
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc, port) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const mongoDate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (T, min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(T, min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const goPanic = (msg, file, fn) => [
  `panic: ${msg}`, '', 'goroutine 47 [running]:',
  'github.com/rs/zerolog.(*Logger).Panic.func1({0xc0001a4000?, 0x0?})', '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
  'github.com/rs/zerolog.(*Event).msg(0xc0002b6000, {0xc0001a4000, 0x9b})', '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
  `github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/${fn}`, `\t/workspace/${file} +0x5d4`,
];
const hcl = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}] ${msg}`;

export const scenarios = [];

// 1. memcached-rate OOM-killed under a larger cache; rate panics on every memcached error and is louder.
{
  const incidentTime = '2026-12-01T10:52:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'memcached-rate-oomkilled-rate-panics', incidentTime,
    description: 'hotel search failing since 10:40, rate svc keeps restarting',
    expected: { component: 'memcached-rate', cause: 'oom-killed' },
    difficulty: 'hard', traits: ['louder-dependents', 'time-expression'],
    grounding: `services/rate/server.go GetRates calls MemcClient.GetMulti and on any error but a cache miss does log.Panic ("Memmcached error
      while trying to get hotel [id: …]= …"), which kills the process (exit 2) — so a memcached restart crash-loops rate. Deviation (SOURCES.md):
      memory limit 256Mi on memcached; the operator raised memcached's -m via MEMCACHED_CACHE_SIZE=384 at 10:35 (env in the template), so the
      cache grows past the limit and the kernel kills memcached (OOMKilled, exit 137) three times.`,
    workloads: {
      'memcached-rate': {
        rollout: { at: -17, oldContainers: { 'hotel-reserv-rate-mmc': { env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '128' }, { name: 'MEMCACHED_THREADS', value: '2' }] } } },
        containers: { 'hotel-reserv-rate-mmc': { env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '384' }, { name: 'MEMCACHED_THREADS', value: '2' }] } },
        pods: [{ containers: { 'hotel-reserv-rate-mmc': cs.restartedRunning({ restarts: 3, startedAt: T.iso(-2.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7), finishedAt: T.iso(-2.6) } }) } }],
      },
      rate: {
        pods: [{ containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: T.iso(-1.8), finishedAt: T.iso(-1.6), backoff: '2m40s', container: 'hotel-reserv-rate' }) } }], unavailableSince: -9,
      },
    },
    events: [
      { on: 'deploy:memcached-rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-rate-%NEW% to 1', first: -17, last: -17 },
      { on: 'pod:memcached-rate#0', reason: 'Pulled', message: 'Container image "memcached:1.6.22" already present on machine', fieldPath: 'spec.containers{hotel-reserv-rate-mmc}', first: -12, last: -2.5, count: 3 },
      { on: 'pod:rate#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-rate}', first: -11, last: -0.5, count: 29 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': [
        ...boot(T, -1.8, 'rate'),
        zl(T, -1.8, 'INF', 'cmd/rate/db.go:40', 'Attempting connection to mongodb://mongodb-rate:27017'),
        zl(T, -1.8, 'INF', 'cmd/rate/db.go:47', 'Successfully connected to MongoDB'),
        zl(T, -1.7, 'INF', 'services/rate/server.go:82', 'Successfully registered in consul'),
        zl(T, -1.6, 'PNC', 'services/rate/server.go:114', 'Memmcached error while trying to get hotel [id: [1 2 5 9]]= dial tcp %SVCIP:memcached-rate%:11211: connect: connection refused'),
        ...goPanic('Memmcached error while trying to get hotel [id: [1 2 5 9]]= dial tcp %SVCIP:memcached-rate%:11211: connect: connection refused', 'services/rate/server.go:114', 'rate.(*Server).GetRates(0xc000134d80, {0xc000296a50?, 0x1d?}, 0xc0002a2230)'),
      ],
      'search#0/hotel-reserv-search': [
        zl(T, -9, 'ERR', 'services/search/server.go:131', 'rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(T, -4, 'ERR', 'services/search/server.go:131', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"'),
      ],
      'memcached-rate#0/hotel-reserv-rate-mmc': [''],
    },
  });
}

// 2. mongodb-geo's Azure disk cannot attach on the node it moved to; geo (which loads its data at start) crash-loops louder.
{
  const incidentTime = '2026-12-02T07:31:00Z';
  const T = clock(incidentTime);
  const NODE = 'aks-nodepool1-27419563-vmss000002';
  scenarios.push({
    folder: 'mongodb-geo-disk-attach-conflict', incidentTime,
    description: 'nearby hotels search returns 500 since the node image upgrade this morning; geo is crashlooping',
    expected: { component: 'mongodb-geo', cause: 'storage-unavailable' },
    difficulty: 'hard', traits: ['louder-dependents', 'time-expression'],
    grounding: `Deviation (SOURCES.md): geo-pvc is an Azure Disk (managed-csi) instead of the chart's hostPath PV. An AKS node image upgrade drained
      vmss000000; mongodb-geo (strategy Recreate) was rescheduled to vmss000002 and the disk attach fails with Azure's AttachDiskWhileBeingDetached
      (disk.csi.azure.com text), so the pod stays ContainerCreating. geo (cmd/geo/db.go) inserts its test data at start and log.Fatal's on the
      server selection timeout, so it crash-loops (exit 1) and is louder than the database.`,
    pvcs: defaultPvcs,
    workloads: {
      'mongodb-geo': { pods: [{ created: T.iso(-26), creating: true, node: NODE }], unavailableSince: -26 },
      geo: { pods: [{ created: T.iso(-26), node: 'aks-nodepool1-27419563-vmss000001', containers: { 'hotel-reserv-geo': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-1.7), container: 'hotel-reserv-geo' }) } }], unavailableSince: -26 },
    },
    events: [
      { on: 'pod:mongodb-geo#0', reason: 'Scheduled', message: `Successfully assigned hotel-reservation/%POD% to ${NODE}`, source: 'default-scheduler', first: -26, last: -26 },
      { on: 'pod:mongodb-geo#0', reason: 'FailedAttachVolume', message: 'AttachVolume.Attach failed for volume "pvc-4c1e9a27-6b2e-4f1a-9c3d-812400000000" : rpc error: code = Internal desc = Attach volume /subscriptions/3f1c2a7e-8d41-4b9a-a6e0-52c7d9f1b3a8/resourceGroups/mc_hotelres-prod_hotelres-aks_eastus2/providers/Microsoft.Compute/disks/pvc-4c1e9a27-6b2e-4f1a-9c3d-812400000000 to instance aks-nodepool1-27419563-vmss000002 failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: {"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk \'pvc-4c1e9a27-6b2e-4f1a-9c3d-812400000000\' to VM \'aks-nodepool1-27419563-vmss_2\' because the disk is currently being detached or the last detach operation failed. Please wait until the disk is completely detached and then try again or delete/detach the disk explicitly again."}}', type: 'Warning', source: 'attachdetach-controller', first: -25, last: -1.5, count: 14 },
      { on: 'pod:mongodb-geo#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[geo], unattached volumes=[geo kube-api-access-7xq2m], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: -24, last: -2, count: 11 },
      { on: 'pod:geo#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-geo}', first: -22, last: -0.4, count: 61 },
    ],
    logs: {
      'geo#0/hotel-reserv-geo/previous': [
        ...boot(T, -2.2, 'geo'),
        zl(T, -2.2, 'INF', 'cmd/geo/main.go:35', 'Initializing DB connection...'),
        zl(T, -2.2, 'INF', 'cmd/geo/db.go:20', 'Generating test data...'),
        zl(T, -2.2, 'INF', 'cmd/geo/db.go:40', 'Attempting connection to mongodb://mongodb-geo:27017'),
        zl(T, -2.2, 'INF', 'cmd/geo/db.go:47', 'Successfully connected to MongoDB'),
        zl(T, -1.7, 'FTL', 'cmd/geo/db.go:52', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-geo:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-geo%:27017: connect: connection refused }, ] }'),
      ],
      'search#0/hotel-reserv-search': [
        zl(T, -20, 'ERR', 'services/search/server.go:118', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -5, 'ERR', 'services/frontend/server.go:247', 'SearchHandler Nearby failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:geo#0%:8083: connect: connection refused"'),
      ],
    },
  });
}

// 3. consul's replacement pod cannot pull from Docker Hub (rate limit) after a drain; services restarted since then cannot register.
{
  const incidentTime = '2026-12-03T09:18:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'consul-dockerhub-rate-limit-after-drain', incidentTime,
    description: 'hotel site: search and login broken after the 9am node drain, search pod keeps restarting',
    expected: { component: 'consul', cause: 'image-pull' },
    difficulty: 'hard', traits: ['louder-dependents', 'time-expression'],
    grounding: `Every hotelReservation service registers itself with consul at start (registry/registry.go Register; services/*/server.go returns
      "failed register: …" and main log.Fatal's) and the gRPC clients resolve peers through consul (dialer.WithBalancer). A drain at 09:01 evicted
      consul; its replacement cannot pull hashicorp/consul:1.19.2 because the cluster pulls anonymously from Docker Hub and hit the pull rate limit
      ("toomanyrequests: You have reached your pull rate limit", containerd text). search, drained at the same time, crash-loops on registration.`,
    workloads: {
      consul: { pods: [{ created: T.iso(-17), containers: { consul: cs.waiting('ImagePullBackOff', 'Back-off pulling image "hashicorp/consul:1.19.2"') } }], unavailableSince: -17 },
      search: { pods: [{ created: T.iso(-17), containers: { 'hotel-reserv-search': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-2), finishedAt: T.iso(-1.9), container: 'hotel-reserv-search' }) } }], unavailableSince: -17 },
    },
    events: [
      { on: 'pod:consul#0', reason: 'Failed', message: 'Failed to pull image "hashicorp/consul:1.19.2": failed to pull and unpack image "docker.io/hashicorp/consul:1.19.2": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/hashicorp/consul/manifests/sha256:6e2b1c0d9a7f3e48b5c1d2a9e0f7b6c3d4a5e6f708192a3b4c5d6e7f8091a2b3: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit', type: 'Warning', fieldPath: 'spec.containers{consul}', first: -16.5, last: -3, count: 6 },
      { on: 'pod:consul#0', reason: 'BackOff', message: 'Back-off pulling image "hashicorp/consul:1.19.2"', fieldPath: 'spec.containers{consul}', first: -16, last: -0.3, count: 70 },
      { on: 'pod:search#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-search in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-search}', first: -14, last: -0.2, count: 58 },
    ],
    logs: {
      'search#0/hotel-reserv-search/previous': [
        ...boot(T, -2, 'search'),
        zl(T, -2, 'INF', 'cmd/search/main.go:49', 'Initializing consul agent [host: consul:8500]...'),
        zl(T, -2, 'INF', 'cmd/search/main.go:54', 'Consul agent initialized'),
        zl(T, -2, 'INF', 'cmd/search/main.go:66', 'Starting server...'),
        zl(T, -1.9, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-search, id: 2f6a1c9e-7d3b-4e1a-9c55-0b8d2e4f6a17, address: %PODIP%:8082 ]'),
        zl(T, -1.9, 'FTL', 'cmd/search/main.go:67', 'failed register: Put "http://consul:8500/v1/agent/service/register": dial tcp %SVCIP:consul%:8500: connect: connection refused'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -12, 'ERR', 'services/frontend/server.go:247', 'rpc error: code = Unavailable desc = last resolver error: produced zero addresses'),
        zl(T, -6, 'ERR', 'services/frontend/server.go:370', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:user#0%:8086: i/o timeout"'),
      ],
    },
  });
}

// 4. mongodb-user now requires authentication; user has no credentials and crash-loops.
{
  const incidentTime = '2026-12-03T15:44:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'user-mongo-auth-enabled-no-credentials', incidentTime,
    description: 'logins failing, user service restarting since ~15:20',
    expected: { component: 'user', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mongodb-user', cause: 'config-error' }],
    difficulty: 'medium', traits: ['bad-credentials', 'time-expression'],
    grounding: `A security hardening change re-created mongodb-user with MONGO_INITDB_ROOT_USERNAME/PASSWORD from a Secret (mongo image entrypoint
      then starts mongod with --auth). user still connects with the chart's unauthenticated URI (UserMongoAddress=mongodb-user:27017), so its
      start-up insert fails with "(Unauthorized) command insert requires authentication" and cmd/user/db.go log.Fatal's (exit 1). mongod logs
      the unauthorised command (4.4 JSON log, ACCESS component).`,
    workloads: {
      'mongodb-user': {
        rollout: { at: -25 },
        containers: { 'hotel-reserv-user-mongo': { env: [{ name: 'MONGO_INITDB_ROOT_USERNAME', value: 'admin' }, { name: 'MONGO_INITDB_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'mongodb-user-auth', key: 'password' } } }] } },
      },
      user: { pods: [{ containers: { 'hotel-reserv-user': cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.3), container: 'hotel-reserv-user' }) } }], unavailableSince: -21 },
    },
    events: [
      { on: 'deploy:mongodb-user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-user-%OLD% to 0 from 1', first: -25, last: -25 },
      { on: 'deploy:mongodb-user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-user-%NEW% to 1', first: -25, last: -25 },
      { on: 'pod:user#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-user in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-user}', first: -20, last: -0.5, count: 77 },
    ],
    logs: {
      'user#0/hotel-reserv-user/previous': [
        ...boot(T, -2.4, 'user'),
        zl(T, -2.4, 'INF', 'cmd/user/main.go:35', 'Initializing DB connection...'),
        zl(T, -2.4, 'INF', 'cmd/user/db.go:40', 'Attempting connection to mongodb://mongodb-user:27017'),
        zl(T, -2.4, 'INF', 'cmd/user/db.go:47', 'Successfully connected to MongoDB'),
        zl(T, -2.3, 'FTL', 'cmd/user/db.go:52', '(Unauthorized) command insert requires authentication'),
      ],
      'mongodb-user#0/hotel-reserv-user-mongo': [
        mlog(T, -24.5, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(T, -2.35, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:40412', connectionId: 118, connectionCount: 1 }),
        mlog(T, -2.3, 'I', 'ACCESS', 20436, 'conn118', 'Checking authorization failed', { error: { code: 13, codeName: 'Unauthorized', errmsg: 'command insert requires authentication' } }),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(T, -8, 'ERR', 'services/frontend/server.go:370', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:user#0%:8086: connect: connection refused"'),
      ],
    },
  });
}

// 5. reservation rollout with a nil-map bug: pods restart on the first reservation request.
{
  const incidentTime = '2026-12-04T13:26:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'reservation-rollout-nil-map-panic', incidentTime,
    description: 'bookings are failing, started right after lunch (~13:05)',
    expected: { component: 'reservation', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'reservation', cause: 'crash-loop' }],
    difficulty: 'medium', traits: ['rollout-regression', 'time-expression'],
    grounding: `A new reservation build (image tag 9d41c7e, an in-house change to the capacity cache in services/reservation/server.go) rolled out at
      13:04; its MakeReservation writes to an uninitialised map and the Go runtime panics ("assignment to entry in nil map", exit 2) on the first
      booking, so the pods restart under load while reads (CheckAvailability) keep working between restarts.`,
    workloads: {
      reservation: {
        replicas: 2,
        rollout: { at: -22, oldContainers: { 'hotel-reserv-reservation': { image: IMG } } },
        containers: { 'hotel-reserv-reservation': { image: 'hotelres.azurecr.io/hotel-reservation:9d41c7e' } },
        pods: [
          { containers: { 'hotel-reserv-reservation': cs.restartedRunning({ restarts: 9, startedAt: T.iso(-0.7), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-3.1), finishedAt: T.iso(-1.1) } }) } },
          { containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 8, exitCode: 2, startedAt: T.iso(-2.2), finishedAt: T.iso(-1.2), backoff: '2m40s', container: 'hotel-reserv-reservation' }) } },
        ],
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% to 2', first: -22, last: -22 },
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reservation-%OLD% to 0 from 2', first: -21, last: -21 },
      { on: 'pod:reservation#1', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -15, last: -1, count: 24 },
    ],
    logs: {
      'reservation#1/hotel-reserv-reservation/previous': [
        ...boot(T, -2.2, 'reservation'),
        zl(T, -2.1, 'INF', 'services/reservation/server.go:82', 'Successfully registered in consul'),
        'panic: assignment to entry in nil map', '', 'goroutine 112 [running]:',
        'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/reservation.(*Server).MakeReservation(0xc0001b2000, {0xc0003f2a50?, 0x1e?}, 0xc0004a6140)',
        '\t/workspace/services/reservation/server.go:204 +0x8f1',
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -18, 'ERR', 'services/frontend/server.go:468', 'rpc error: code = Unavailable desc = error reading from server: EOF'),
        zl(T, -3, 'ERR', 'services/frontend/server.go:468', 'rpc error: code = Unavailable desc = error reading from server: EOF'),
      ],
    },
  });
}

// 6. A gRPC liveness probe added to geo, which does not serve grpc.health.v1: the kubelet restarts it forever.
{
  const incidentTime = '2026-12-04T17:12:00Z';
  const T = clock(incidentTime);
  const probe = { grpc: { port: 8083, service: '' }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
  scenarios.push({
    folder: 'geo-grpc-liveness-probe-unimplemented', incidentTime,
    description: 'geo restarting every ~40s since the "add probes" PR merged at 16:50',
    expected: { component: 'geo', cause: 'probe-failure' },
    difficulty: 'easy', traits: ['rollout-regression', 'time-expression'],
    grounding: `The hotelReservation services register no grpc.health.v1.Health server (services/geo/server.go registers only the Geo service), so a
      kubelet gRPC liveness probe gets Unimplemented; after three failures the kubelet kills the container ("failed liveness probe, will be
      restarted"). The probe came with a platform PR rolled out at 16:50; geo's own log shows only normal start-ups.`,
    workloads: {
      geo: {
        rollout: { at: -22 },
        containers: { 'hotel-reserv-geo': { livenessProbe: probe } },
        pods: [{ containers: { 'hotel-reserv-geo': cs.restartedRunning({ restarts: 11, startedAt: T.iso(-0.6), ready: true, last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-1.3), finishedAt: T.iso(-0.7) } }) } }],
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -22, last: -22 },
      { on: 'pod:geo#0', reason: 'Unhealthy', message: 'Liveness probe failed: service unhealthy (responded with "UNIMPLEMENTED")', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-geo}', first: -21, last: -0.2, count: 33 },
      { on: 'pod:geo#0', reason: 'Killing', message: 'Container hotel-reserv-geo failed liveness probe, will be restarted', fieldPath: 'spec.containers{hotel-reserv-geo}', first: -20.5, last: -0.7, count: 11 },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': [...boot(T, -0.6, 'geo'), zl(T, -0.5, 'INF', 'services/geo/server.go:86', 'Successfully registered in consul')],
      'search#0/hotel-reserv-search': [zl(T, -4, 'ERR', 'services/search/server.go:118', 'rpc error: code = Unavailable desc = error reading from server: EOF')],
    },
  });
}

// 7. recommendation's replacement pod waits on its config ConfigMap, deleted by a helm release rename.
{
  const incidentTime = '2026-12-05T09:33:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'recommendation-configmap-gone-after-release-rename', incidentTime,
    description: 'recommendations tab empty since 09:10',
    expected: { component: 'recommendation', cause: 'config-missing' },
    difficulty: 'medium', traits: ['time-expression'],
    grounding: `The helm chart mounts ConfigMap <name>-hotelres as config.json (templates/_baseDeploymentServices.tpl). A release rename removed the
      old release's ConfigMaps at 09:08 while Deployments were adopted; recommendation's pod was then rescheduled and the new one stays
      ContainerCreating: 'MountVolume.SetUp failed for volume "recommendation-hotelres-config" : configmap "recommendation-hotelres" not found'
      (kubelet text). Other services keep running pods that mounted the file before.`,
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres-v2`, keys: ['service-config.json'] })).concat([{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }]),
    workloads: { recommendation: { pods: [{ created: T.iso(-23), creating: true }], unavailableSince: -23 } },
    events: [
      { on: 'pod:recommendation#0', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "recommendation-hotelres-config" : configmap "recommendation-hotelres" not found', type: 'Warning', first: -23, last: -1, count: 19 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': [zl(T, -20, 'ERR', 'services/frontend/server.go:321', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.244.2.19:8085: i/o timeout"')],
    },
  });
}

// 8. frontend Service targetPort changed to 8080 by a values change; the pods listen on 5000 and stay Ready.
{
  const incidentTime = '2026-12-05T14:21:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'frontend-service-targetport-8080', incidentTime,
    description: '502 from the ingress on every hotel page since the helm upgrade at 14:02',
    expected: { component: 'frontend', cause: 'no-endpoints' },
    difficulty: 'medium', traits: ['wrong-target-port', 'pods-ready', 'time-expression'],
    grounding: `The chart's charts/frontend/values.yaml has ports [{port: 5000, targetPort: 5000}] and the container listens on FrontendPort 5000
      (config.json). A values override at 14:02 set targetPort 8080 (copied from another chart); the Endpoints carry port 8080 on Ready pods and
      every connection from the ingress is refused. The frontend pods and their logs are healthy.`,
    workloads: { frontend: { servicePorts: [{ name: '5000', port: 5000, targetPort: 8080 }], endpointsChanged: -19 } },
    logs: {
      'frontend#0/hotel-reserv-frontend': [zl(T, -60, 'INF', 'services/frontend/server.go:118', 'Serving http')],
    },
  });
}

// 9. A node stops reporting (kubelet down); profile and memcached-profile pods on it are not ready.
{
  const incidentTime = '2026-12-06T02:47:00Z';
  const T = clock(incidentTime);
  const NODE = 'aks-nodepool1-27419563-vmss000001';
  const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-14), lastTransitionTime: T.iso(-13), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
  scenarios.push({
    folder: 'node-kubelet-stopped-profile', incidentTime,
    description: 'hotel detail pages hanging for the last 15 minutes',
    expected: { component: 'profile', cause: 'node-not-ready', node: NODE },
    alsoAcceptable: [{ component: 'memcached-profile', cause: 'node-not-ready', node: NODE }],
    difficulty: 'medium', traits: ['node-level', 'time-expression'],
    grounding: `The kubelet on ${NODE} stopped posting status at 02:33 (the VMSS instance hung on a kernel soft lockup); the node controller sets
      Ready=Unknown, taints it unreachable and marks its pods NotReady; pods are not evicted before the 300 s toleration. profile is still
      registered in consul at its old address, so frontend calls time out (i/o timeout) rather than fail fast.`,
    nodes: { [NODE]: { heartbeat: -14, conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') }, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-13) }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-13) }] } },
    workloads: {
      profile: { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-13), containers: { 'hotel-reserv-profile': cs.running(T.iso(-60 * 24 * 3), { ready: false }) } }], unavailableSince: -13 },
      'memcached-profile': { pods: [{ node: NODE, ready: false, readyTransition: T.iso(-13), containers: { 'hotel-reserv-profile-mmc': cs.running(T.iso(-60 * 24 * 3), { ready: false }) } }], unavailableSince: -13 },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', message: `Node ${NODE} status is now: NodeNotReady`, source: 'node-controller', first: -13, last: -13 },
      { on: 'pod:profile#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -13, last: -13 },
      { on: 'pod:memcached-profile#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -13, last: -13 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': [zl(T, -11, 'ERR', 'services/frontend/server.go:285', 'SearchHandler GetProfiles failed'), zl(T, -3, 'ERR', 'services/frontend/server.go:285', 'SearchHandler GetProfiles failed')],
    },
  });
}

// 10. profile CPU-bound at its HPA maximum after a marketing campaign; pods Ready, callers time out.
{
  const incidentTime = '2026-12-06T19:08:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'profile-hpa-at-max-cpu-saturated', incidentTime,
    description: 'discovery team: hotel pages very slow / timeouts for the last 30 min (campaign traffic)',
    expected: { component: 'profile', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['cpu-starvation', 'pods-ready', 'team-name', 'time-expression'],
    grounding: `Deviation: profile runs an HPA (autoscaling/v2, CPU 70% of requests, max 3). A campaign tripled traffic at 18:35; profile (JSON-decoding
      every hotel profile from memcached, services/profile/server.go) runs at 240% of its CPU request with the HPA pinned at maxReplicas
      (ScalingLimited TooManyReplicas), and frontend GetProfiles calls hit their deadline. Pods stay Ready.`,
    hpas: [{
      name: 'profile',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'profile' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        currentReplicas: 3, desiredReplicas: 3, lastScaleTime: T.iso(-27),
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 240, averageValue: '240m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 10), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 10), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-26), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: { profile: { replicas: 3, pods: [{ created: T.iso(-60 * 24 * 2) }, { created: T.iso(-31) }, { created: T.iso(-27) }] } },
    events: [
      { on: 'hpa:profile', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -31, last: -31 },
      { on: 'hpa:profile', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -27, last: -27 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': [
        zl(T, -20, 'ERR', 'services/frontend/server.go:285', 'SearchHandler GetProfiles failed'),
        zl(T, -20, 'ERR', 'services/frontend/server.go:286', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
        zl(T, -4, 'ERR', 'services/frontend/server.go:286', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
      ],
    },
  });
}

// 11. rate's replacement pod blocked by a namespace quota lowered by the platform team.
{
  const incidentTime = '2026-12-07T11:15:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'rate-replacement-forbidden-by-quota', incidentTime,
    description: 'search shows hotels without prices since ~10:55, rate has no pod?',
    expected: { component: 'rate', cause: 'quota-exceeded' },
    difficulty: 'medium', traits: ['time-expression'],
    grounding: `Deviation: a namespace ResourceQuota (limits.memory 4Gi) added by the platform team's cost review; usage was already at the cap when
      rate's pod was evicted by a node drain at 10:54, and the ReplicaSet's replacement is refused ('exceeded quota', replicaset-controller text).
      consul still holds rate's old registration (registry.go registers no health check), so search dials a dead address (i/o timeout).`,
    resourceQuotas: [{ name: 'hotel-reservation-quota', hard: { 'limits.memory': '4Gi', 'requests.cpu': '4', pods: '30' }, used: { 'limits.memory': '3968Mi', 'requests.cpu': '1800m', pods: '18' } }],
    workloads: { rate: { pods: [], rsReplicas: 1, unavailableSince: -20 } },
    events: [
      { on: 'rs:rate', reason: 'FailedCreate', message: 'Error creating: pods "rate-%RS%" is forbidden: exceeded quota: hotel-reservation-quota, requested: limits.memory=256Mi, used: limits.memory=3968Mi, limited: limits.memory=4Gi', type: 'Warning', first: -20, last: -1, count: 16 },
    ],
    logs: {
      'search#0/hotel-reserv-search': [
        zl(T, -18, 'ERR', 'services/search/server.go:131', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.244.2.48:8084: i/o timeout"'),
        zl(T, -2, 'ERR', 'services/search/server.go:131', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.244.2.48:8084: i/o timeout"'),
      ],
    },
  });
}

// 12. memcached-profile re-created with a 6Gi request that fits no node; profile panics on every memcached error.
{
  const incidentTime = '2026-12-07T16:40:00Z';
  const T = clock(incidentTime);
  const msg = '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
  scenarios.push({
    folder: 'memcached-profile-pending-insufficient-memory', incidentTime,
    description: 'profile pod crashlooping, hotel pages 500 since about 16:20',
    expected: { component: 'memcached-profile', cause: 'unschedulable' },
    difficulty: 'hard', traits: ['louder-dependents', 'time-expression'],
    grounding: `A tuning PR set memcached-profile's memory request to 6Gi (MEMCACHED_CACHE_SIZE 4096) for a bigger cache; the Standard_D4s_v5 nodes
      have 13.9Gi allocatable of which most is requested, so the new pod is Pending ("3 Insufficient memory", scheduler text). The Deployment
      strategy replaced the old pod first. profile's GetProfiles log.Panic's on a memcached error (services/profile/server.go "Tried to get
      hotelIds […], but got memmcached error"), so profile crash-loops and is louder.`,
    workloads: {
      'memcached-profile': {
        rollout: { at: -21 },
        containers: { 'hotel-reserv-profile-mmc': { env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '4096' }, { name: 'MEMCACHED_THREADS', value: '2' }], resources: res('100m', '6Gi', '1000m', '6Gi') } },
        pods: [{ created: T.iso(-20.5), unscheduled: msg }], unavailableSince: -20.5,
      },
      profile: { pods: [{ containers: { 'hotel-reserv-profile': cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: T.iso(-3), finishedAt: T.iso(-2.5), container: 'hotel-reserv-profile' }) } }], unavailableSince: -18 },
    },
    events: [
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-profile-%NEW% to 1', first: -21, last: -21 },
      { on: 'pod:memcached-profile#0', reason: 'FailedScheduling', message: msg, type: 'Warning', source: 'default-scheduler', first: -20.5, last: -1, count: 9 },
      { on: 'pod:profile#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-profile}', first: -17, last: -0.5, count: 40 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': [
        ...boot(T, -3, 'profile'),
        zl(T, -2.9, 'INF', 'services/profile/server.go:82', 'Successfully registered in consul'),
        zl(T, -2.5, 'PNC', 'services/profile/server.go:116', 'Tried to get hotelIds [[3 7 12 41 64]], but got memmcached error = dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused'),
        ...goPanic('Tried to get hotelIds [[3 7 12 41 64]], but got memmcached error = dial tcp %SVCIP:memcached-profile%:11211: connect: connection refused', 'services/profile/server.go:116', 'profile.(*Server).GetProfiles(0xc0001b8000, {0xc0002a8d50?, 0x1d?}, 0xc0003c21e0)'),
      ],
      'frontend#0/hotel-reserv-frontend': [zl(T, -15, 'ERR', 'services/frontend/server.go:285', 'SearchHandler GetProfiles failed')],
    },
  });
}

// 13. user rollout cannot pull from ACR (expired pull secret); the old pod keeps serving.
{
  const incidentTime = '2026-12-08T10:05:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'user-rollout-acr-unauthorized', incidentTime,
    description: 'user deploy stuck ~20 min, pipeline timed out waiting for rollout',
    expected: { component: 'user', cause: 'image-pull' },
    difficulty: 'easy', traits: ['bad-credentials', 'pods-ready', 'time-expression'],
    grounding: `Deviation: images come from the operator's ACR through the imagePullSecret acr-pull (a service principal secret). The secret expired
      on 2026-12-08 and the new ReplicaSet's pod gets "401 Unauthorized" from hotelres.azurecr.io (containerd text); with maxUnavailable 25% of 1
      the old pod keeps serving, so users notice nothing but the rollout never completes.`,
    workloads: {
      user: {
        rollout: { at: -21, oldReplicas: 1, oldContainers: { 'hotel-reserv-user': { image: IMG } } },
        containers: { 'hotel-reserv-user': { image: 'hotelres.azurecr.io/hotel-reservation:b7e20a4' } },
        pods: [{ containers: { 'hotel-reserv-user': cs.waiting('ImagePullBackOff', 'Back-off pulling image "hotelres.azurecr.io/hotel-reservation:b7e20a4"') } }],
        progressing: { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-21), lastTransitionTime: T.iso(-21), reason: 'ReplicaSetUpdated', message: 'ReplicaSet "user-b7e20a4xx" is progressing.' },
      },
    },
    events: [
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -21, last: -21 },
      { on: 'pod:user#0', reason: 'Failed', message: 'Failed to pull image "hotelres.azurecr.io/hotel-reservation:b7e20a4": failed to pull and unpack image "hotelres.azurecr.io/hotel-reservation:b7e20a4": failed to resolve reference "hotelres.azurecr.io/hotel-reservation:b7e20a4": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://hotelres.azurecr.io/oauth2/token?scope=repository%3Ahotel-reservation%3Apull&service=hotelres.azurecr.io: 401 Unauthorized', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-user}', first: -20.5, last: -4, count: 8 },
      { on: 'pod:user#0', reason: 'BackOff', message: 'Back-off pulling image "hotelres.azurecr.io/hotel-reservation:b7e20a4"', fieldPath: 'spec.containers{hotel-reserv-user}', first: -20, last: -0.3, count: 85 },
    ],
    logs: {},
  });
}

// 14. An egress NetworkPolicy on search forgets geo and rate; search pods Ready, its callers see deadlines.
{
  const incidentTime = '2026-12-08T15:50:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'search-egress-policy-omits-geo-rate', incidentTime,
    description: 'search page spins then "deadline exceeded" since 15:30',
    expected: { component: 'search', cause: 'network-fault' },
    difficulty: 'hard', traits: ['network-policy', 'pods-ready', 'time-expression'],
    grounding: `A zero-trust change at 15:28 added egress policies per service (Azure NPM enforces NetworkPolicy). search's allows DNS, consul:8500 and
      jaeger:6831 but not geo (8083) and rate (8084), which it calls for every query (services/search/server.go Nearby → geo.Nearby, rate.GetRates):
      packets are dropped, so search waits for its deadline and logs DeadlineExceeded; frontend does too. Every pod stays Ready.`,
    networkPolicies: [{
      name: 'search-egress', created: -22,
      spec: {
        podSelector: { matchLabels: { [LABEL]: 'search' } }, policyTypes: ['Egress'],
        egress: [
          { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
          { to: [{ podSelector: { matchLabels: { [LABEL]: 'consul' } } }], ports: [{ port: 8500, protocol: 'TCP' }] },
          { to: [{ podSelector: { matchLabels: { [LABEL]: 'jaeger' } } }], ports: [{ port: 6831, protocol: 'UDP' }] },
        ],
      },
    }],
    logs: {
      'search#0/hotel-reserv-search': [
        zl(T, -19, 'ERR', 'services/search/server.go:118', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
        zl(T, -6, 'ERR', 'services/search/server.go:118', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
      ],
      'frontend#1/hotel-reserv-frontend': [
        zl(T, -19, 'ERR', 'services/frontend/server.go:247', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
        zl(T, -2, 'ERR', 'services/frontend/server.go:247', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
      ],
    },
  });
}

// 15. mongodb-reservation crash-loops after an unclean shutdown corrupted a WiredTiger file; reservation is louder.
{
  const incidentTime = '2026-12-09T08:22:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'mongodb-reservation-wiredtiger-crashloop', incidentTime,
    description: 'reservaton failing all morning, booking page errors',
    expected: { component: 'mongodb-reservation', cause: 'crash-loop' },
    difficulty: 'medium', traits: ['louder-dependents', 'typo'],
    grounding: `After the node hosting it lost power, mongod 4.4 finds a corrupt WiredTiger file at start-up ("WiredTiger error" … "WT_PANIC") and
      aborts with fassert 28595 (exit code 14 on SIGABRT handling → the container exits 14); the kubelet backs it off. reservation, whose
      MakeReservation/CheckAvailability log.Panic on Mongo errors after a cache miss ("Tried to find hotelId […], but got error"), restarts too.`,
    workloads: {
      'mongodb-reservation': { pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.crashLoop({ restarts: 18, exitCode: 14, startedAt: T.iso(-3), finishedAt: T.iso(-2.9), container: 'hotel-reserv-reservation-mongo' }) } }], unavailableSince: -90 },
      reservation: { pods: [{ containers: { 'hotel-reserv-reservation': cs.restartedRunning({ restarts: 23, startedAt: T.iso(-1.1), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-4), finishedAt: T.iso(-1.2) } }) } }] },
    },
    events: [
      { on: 'pod:mongodb-reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation-mongo in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation-mongo}', first: -88, last: -1, count: 390 },
      { on: 'pod:reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -85, last: -1.5, count: 120 },
    ],
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo/previous': [
        mlog(T, -3, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7461M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),' }),
        mlog(T, -2.95, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31802, message: '[1733732331:402113][1:0x7f3a5c1e2c80], file:collection-4-1742208859125472771.wt, txn-recover: __recovery_setup_file, 643: metadata corruption: collection-4-1742208859125472771.wt: WT_ERROR: non-specific WiredTiger error' }),
        mlog(T, -2.95, 'E', 'STORAGE', 22435, 'initandlisten', 'WiredTiger error', { error: -31804, message: '[1733732331:402178][1:0x7f3a5c1e2c80], txn-recover: __wt_txn_recover, 1102: the process must exit and restart: WT_PANIC: WiredTiger library panic' }),
        mlog(T, -2.9, 'F', '-', 23089, 'initandlisten', 'Fatal assertion', { msgid: 28595, file: 'src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp', line: 1126 }),
        mlog(T, -2.9, 'F', '-', 23090, 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
      ],
      'reservation#0/hotel-reserv-reservation/previous': [
        zl(T, -1.2, 'PNC', 'services/reservation/server.go:169', 'Tried to find hotelId [12], but got error%!(EXTRA string=server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] })'),
        'panic: Tried to find hotelId [12], but got error%!(EXTRA string=server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-reservation:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-reservation%:27017: connect: connection refused }, ] })',
      ],
      'frontend#0/hotel-reserv-frontend': [zl(T, -30, 'ERR', 'services/frontend/server.go:271', 'SearchHandler CheckAvailability failed'), zl(T, -5, 'ERR', 'services/frontend/server.go:468', 'rpc error: code = Unavailable desc = error reading from server: EOF')],
    },
  });
}

// 16. mongodb-profile given an invalid mongod option (config error) while jaeger is OOM-killed, unrelated and louder.
{
  const incidentTime = '2026-12-09T14:35:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'mongodb-profile-bad-option-jaeger-oom-concurrent', incidentTime,
    description: 'hotel detail pages blank since the db tuning change ~30 min ago',
    expected: { component: 'mongodb-profile', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mongodb-profile', cause: 'crash-loop' }, { component: 'mongodb-profile', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard', traits: ['concurrent-faults', 'time-expression'],
    grounding: `A tuning change added args --wiredTigerCacheSizeGB=0.25GB to mongodb-profile at 14:05; mongod rejects the value at option parsing
      ("Error parsing option \\"wiredTigerCacheSizeGB\\" as double in: 0.25GB") and exits 2 before listening, every restart. Concurrently and
      unrelated, jaeger all-in-one (in-memory span store) is OOM-killed under its 1Gi limit; its restarts are more numerous.`,
    workloads: {
      'mongodb-profile': {
        rollout: { at: -30 },
        containers: { 'hotel-reserv-profile-mongo': { args: ['--bind_ip_all', '--wiredTigerCacheSizeGB=0.25GB'] } },
        pods: [{ containers: { 'hotel-reserv-profile-mongo': cs.crashLoop({ restarts: 10, exitCode: 2, startedAt: T.iso(-1.5), finishedAt: T.iso(-1.5), container: 'hotel-reserv-profile-mongo' }) } }], unavailableSince: -30,
      },
      jaeger: { pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 14, startedAt: T.iso(-4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-19), finishedAt: T.iso(-4.1) } }) } }] },
    },
    events: [
      { on: 'deploy:mongodb-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-profile-%NEW% to 1', first: -30, last: -30 },
      { on: 'pod:mongodb-profile#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile-mongo in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-profile-mongo}', first: -28, last: -0.5, count: 120 },
      { on: 'pod:jaeger#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-jaeger in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-jaeger}', first: -60 * 5, last: -4.2, count: 31 },
    ],
    logs: {
      'mongodb-profile#0/hotel-reserv-profile-mongo/previous': ['Error parsing option "wiredTigerCacheSizeGB" as double in: 0.25GB', 'try \'mongod --help\' for more information'],
      'profile#0/hotel-reserv-profile': [zl(T, -25, 'ERR', 'services/profile/server.go:141', 'Failed get hotels data: %!(EXTRA *errors.errorString=server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-profile:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-profile%:27017: connect: connection refused }, ] })')],
      'jaeger#0/hotel-reserv-jaeger': [JSON.stringify({ level: 'info', ts: 1765290660.51, caller: 'flags/service.go:119', msg: 'Mounting metrics handler on admin server', route: '/metrics' })],
    },
  });
}

// 17. No fault: a "search feels slow" report during a healthy frontend rollout; an old memcached OOM from last week.
{
  const incidentTime = '2026-12-10T11:20:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-search-slow-report-healthy-rollout', incidentTime,
    description: 'someone in #hotel-ops says search feels slow? pls check',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'decoy'],
    grounding: `Nothing is wrong: frontend rolled out a new build an hour ago and both pods are Ready; memcached-rate was OOM-killed once six days ago
      (lastState kept) and has run since; search logs only INFO lines. Mirrors a real on-call report that turned out to be the reporter's VPN.`,
    workloads: {
      frontend: { rollout: { at: -62, oldContainers: { 'hotel-reserv-frontend': { image: 'hotelres.azurecr.io/hotel-reservation:3a9f0c2' } } }, pods: [{}, {}] },
      'memcached-rate': { pods: [{ containers: { 'hotel-reserv-rate-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 6) } }) } }] },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2', first: -62, last: -62 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 2', first: -61, last: -61 },
    ],
    logs: {
      'search#0/hotel-reserv-search': [zl(T, -60 * 24, 'INF', 'services/search/server.go:86', 'Successfully registered in consul')],
      'frontend#0/hotel-reserv-frontend': [...boot(T, -61.5, 'frontend'), zl(T, -61, 'INF', 'services/frontend/server.go:92', 'Successful'), zl(T, -61, 'INF', 'services/frontend/server.go:118', 'Serving http')],
    },
  });
}

// 18. No fault: a customer types the wrong password; the user service answers "Failed" as designed.
{
  const incidentTime = '2026-12-10T16:02:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'no-fault-login-wrong-password', incidentTime,
    description: 'customer says cant log in, "Failed. Please check your username and password". usr svc broken??',
    expected: null,
    difficulty: 'medium', traits: ['no-fault', 'partial-name', 'typo'],
    grounding: `services/user/server.go CheckUser compares a sha256 of the password; frontend answers "Failed. Please check your username and
      password." when Correct is false — business behaviour. Decoy: mongodb-user logged a slow query warning three days ago; all pods Ready.`,
    logs: {
      'mongodb-user#0/hotel-reserv-user-mongo': [mlog(T, -60 * 24 * 3, 'I', 'COMMAND', 51803, 'conn88', 'Slow query', { type: 'command', ns: 'user-db.user', command: { find: 'user' }, durationMillis: 143 })],
      'user#0/hotel-reserv-user': [zl(T, -60 * 24 * 2, 'INF', 'services/user/server.go:80', 'Successfully registered in consul')],
    },
  });
}

// 19. Memory pressure on one node evicts mongodb-rate; rate panics on the Mongo error after a cache miss.
{
  const incidentTime = '2026-12-11T04:12:00Z';
  const T = clock(incidentTime);
  const NODE = 'aks-nodepool1-27419563-vmss000000';
  const ev = 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 83412Ki. Container hotel-reserv-rate-mongo was using 612508Ki, request is 256Mi, has larger consumption of memory. ';
  scenarios.push({
    folder: 'node-memory-pressure-evicts-mongodb-rate', incidentTime,
    description: 'prices missing from search results, started around 4am, rate pod restarting',
    expected: { component: 'mongodb-rate', cause: 'node-pressure', node: NODE },
    alsoAcceptable: [{ component: 'rate', cause: 'node-pressure', node: NODE }],
    difficulty: 'hard', traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `A nightly batch (a BestEffort pod of another team) filled ${NODE}'s memory; the kubelet sets MemoryPressure and evicts by usage above
      request — mongodb-rate first (kubelet eviction text). Its replacement is Pending on the tainted node and two full nodes. rate log.Panic's on
      the Mongo error after a memcached miss ("Tried to find hotelId […], but got error"), so its restarts are louder.`,
    nodes: { [NODE]: { conditions: { MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-14), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' } }, taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-14) }] } },
    workloads: {
      'mongodb-rate': { pods: [
        { node: NODE, evicted: ev },
        { created: T.iso(-13), unscheduled: "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod." },
      ], unavailableSince: -13 },
      rate: { pods: [{ containers: { 'hotel-reserv-rate': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-1), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-3), finishedAt: T.iso(-1.1) } }) } }] },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeHasInsufficientMemory', message: `Node ${NODE} status is now: NodeHasInsufficientMemory`, first: -14, last: -14 },
      { on: `node:${NODE}`, reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', type: 'Warning', first: -14, last: -12, count: 3 },
      { on: 'pod:mongodb-rate#0', reason: 'Evicted', message: ev, type: 'Warning', first: -13.2, last: -13.2 },
      { on: 'pod:mongodb-rate#1', reason: 'FailedScheduling', message: "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.", type: 'Warning', source: 'default-scheduler', first: -13, last: -1, count: 7 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': [
        zl(T, -1.1, 'PNC', 'services/rate/server.go:157', 'Tried to find hotelId [4], but got error%!(EXTRA string=server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-rate:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: dial tcp %SVCIP:mongodb-rate%:27017: connect: connection refused }, ] })'),
      ],
    },
  });
}

// 20. memcached-reserve scaled to zero by an off-hours downscaler annotation copied onto it; reservation panics.
{
  const incidentTime = '2026-12-11T20:14:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'memcached-reserve-scaled-to-zero-downscaler', incidentTime,
    description: 'booking team: reservations erroring since 20:00 sharp',
    expected: { component: 'memcached-reserve', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'memcached-reserve', cause: 'dependency-down' }],
    difficulty: 'hard', traits: ['louder-dependents', 'team-name', 'time-expression'],
    grounding: `kube-downscaler scales Deployments annotated downscaler/downtime to 0 in the window; the annotation was copied onto memcached-reserve
      from a staging overlay, so at 20:00 it went to 0 replicas (Endpoints empty). reservation's CheckAvailability log.Panic's on the memcached
      error ("Tried to get memc_cap_key […], but got memmcached error"), so it restarts and is louder.`,
    workloads: {
      'memcached-reserve': { replicas: 0, pods: [], rsReplicas: 0, deployAnnotations: { 'downscaler/downtime': 'Mon-Sun 20:00-07:00 UTC' }, endpointsChanged: -14 },
      reservation: { pods: [{ containers: { 'hotel-reserv-reservation': cs.crashLoop({ restarts: 6, exitCode: 2, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.4), container: 'hotel-reserv-reservation' }) } }], unavailableSince: -12 },
    },
    events: [
      { on: 'deploy:memcached-reserve', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-reserve-%NEW% to 0 from 1', first: -14, last: -14 },
      { on: 'pod:reservation#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-reservation in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-reservation}', first: -12, last: -0.4, count: 33 },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation/previous': [
        zl(T, -1.4, 'PNC', 'services/reservation/server.go:251', 'Tried to get memc_cap_key [[12_cap 17_cap]], but got memmcached error = dial tcp %SVCIP:memcached-reserve%:11211: connect: connection refused'),
        ...goPanic('Tried to get memc_cap_key [[12_cap 17_cap]], but got memmcached error = dial tcp %SVCIP:memcached-reserve%:11211: connect: connection refused', 'services/reservation/server.go:251', 'reservation.(*Server).CheckAvailability(0xc0001a6000, {0xc000322b70?, 0x1e?}, 0xc0002d4190)'),
      ],
    },
  });
}

// 21. A Chaos Mesh delay left on memcached-profile; memcached stays Ready and silent, profile panics on the client timeout.
{
  const incidentTime = '2026-12-12T10:37:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'memcached-profile-chaos-delay-left-on', incidentTime,
    description: 'profile svc restarting again and again since 10:15, the profile cache pod looks fine',
    expected: { component: 'memcached-profile', cause: 'network-fault' },
    difficulty: 'hard', traits: ['network-latency', 'pods-ready', 'louder-dependents', 'partial-name', 'time-expression'],
    grounding: `A Chaos Mesh NetworkChaos (action delay, latency 2500ms, target io.kompose.service=memcached-profile) from a game day was not deleted
      (duration unset). gomemcache's client times out (MEMC_TIMEOUT=2 s in the chart: "memcache: connect timeout to …"), and profile's
      GetProfiles log.Panic's on any memcached error but a miss, so profile restarts (exit 2); memcached itself logs nothing and stays Ready.`,
    workloads: {
      profile: { pods: [{ containers: { 'hotel-reserv-profile': cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-2.4), finishedAt: T.iso(-2), container: 'hotel-reserv-profile' }) } }], unavailableSince: -20 },
    },
    events: [
      { on: 'pod:profile#0', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{hotel-reserv-profile}', first: -19, last: -0.6, count: 45 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': [
        ...boot(T, -2.4, 'profile'),
        zl(T, -2.3, 'INF', 'services/profile/server.go:82', 'Successfully registered in consul'),
        zl(T, -2, 'PNC', 'services/profile/server.go:116', 'Tried to get hotelIds [[2 8 19 33]], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-profile%:11211'),
        ...goPanic('Tried to get hotelIds [[2 8 19 33]], but got memmcached error = memcache: connect timeout to %SVCIP:memcached-profile%:11211', 'services/profile/server.go:116', 'profile.(*Server).GetProfiles(0xc0001b8000, {0xc0002a8d50?, 0x1d?}, 0xc0003c21e0)'),
      ],
      'memcached-profile#0/hotel-reserv-profile-mmc': [''],
      'frontend#0/hotel-reserv-frontend': [zl(T, -18, 'ERR', 'services/frontend/server.go:285', 'SearchHandler GetProfiles failed')],
    },
  });
}

// 22. frontend rolled out with TLS=1 while the gRPC services still serve plaintext; frontend pods Ready, every call fails the handshake.
{
  const incidentTime = '2026-12-12T12:31:00Z';
  const T = clock(incidentTime);
  const hs = 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: first record does not look like a TLS handshake"';
  scenarios.push({
    folder: 'frontend-rollout-tls-on-plaintext-backends', incidentTime,
    description: 'whole hotel site 500ing since 12:10ish',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'frontend', cause: 'config-error' }],
    difficulty: 'hard', traits: ['tls-misconfig', 'rollout-regression', 'pods-ready', 'time-expression'],
    grounding: `The chart's global env TLS (values.yaml: 0 disables, 1 enables with the Go default suites; tls/options.go) was set to 1 on frontend
      alone in a 12:09 release; its gRPC dialer then speaks TLS to search/profile/user/reservation, which still serve plaintext, and Go's
      crypto/tls fails with "first record does not look like a TLS handshake". frontend's pods are Ready (the HTTP listener is fine).`,
    workloads: {
      frontend: {
        rollout: { at: -22, oldContainers: { 'hotel-reserv-frontend': { env: ENV } } },
        containers: { 'hotel-reserv-frontend': { env: ENV.map((e) => (e.name === 'TLS' ? { name: 'TLS', value: '1' } : e)) } },
        pods: [{}, {}],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -22, last: -22 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 2', first: -21, last: -21 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': [
        ...boot(T, -21.5, 'frontend'), zl(T, -21.4, 'INF', 'services/frontend/server.go:63', 'Initializing gRPC clients...'), zl(T, -21.4, 'INF', 'services/frontend/server.go:92', 'Successful'), zl(T, -21.4, 'INF', 'services/frontend/server.go:114', 'Serving https'),
        zl(T, -20, 'ERR', 'services/frontend/server.go:248', hs), zl(T, -9, 'ERR', 'services/frontend/server.go:248', hs), zl(T, -1, 'ERR', 'services/frontend/server.go:286', hs),
      ],
      'frontend#1/hotel-reserv-frontend': [zl(T, -3, 'ERR', 'services/frontend/server.go:248', hs)],
    },
  });
}
