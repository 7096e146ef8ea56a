// Blind dev batch s81b, hotel-reservation: mongodb-profile rolled onto a copied stock mongod.conf that binds 127.0.0.1 only.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s81b-build.mjs); system from scripts/s3-scenarios/hotel-reservation.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INCIDENT = '2026-04-22T19:18:00Z';
const T = clock(INCIDENT);

// zerolog ConsoleWriter as the services print it (same shape as the session-3 system definition).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const ROLL = -34;
const conf = '/etc/mongod/mongod.conf';
const mongoLog = [
  ml(ROLL + 0.9, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
  ml(ROLL + 0.9, 'W', 'ASIO', 22601, 'main', 'No TransportLayer configured during NetworkInterface startup'),
  ml(ROLL + 0.9, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  ml(ROLL + 0.91, 'I', 'STORAGE', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  ml(ROLL + 0.91, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '4.4.6', gitVersion: '72e66213c2c3eab37d9358d5e78ad7f5c1d0d0d7', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  ml(ROLL + 0.91, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: '20.04' } }),
  ml(ROLL + 0.91, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { config: conf, net: { bindIp: '127.0.0.1', port: 27017 }, storage: { dbPath: '/data/db', journal: { enabled: true }, wiredTiger: { engineConfig: { cacheSizeGB: 0.5 } } } } }),
  ml(ROLL + 0.92, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  ml(ROLL + 0.92, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=512M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  ml(ROLL + 0.95, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1776884311:602113][1:0x7f1b0c7a3cc0], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 14 through 15' }),
  ml(ROLL + 0.96, 'I', 'STORAGE', 4795906, 'initandlisten', 'WiredTiger opened', { durationMillis: 2214 }),
  ml(ROLL + 0.97, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', { tags: ['startupWarnings'] }),
  ml(ROLL + 0.98, 'I', 'FTDC', 20625, 'initandlisten', 'Initializing full-time diagnostic data capture', { dataDirectory: '/data/db/diagnostic.data' }),
  ml(ROLL + 0.98, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  ml(ROLL + 0.98, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '127.0.0.1' }),
  ml(ROLL + 0.98, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
];
for (let m = ROLL + 2; m < -0.5; m += 1) mongoLog.push(ml(m, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: `[${Math.floor((Date.parse(INCIDENT) + m * 60000) / 1000)}:${(Math.round(-m * 7919) % 999999)}][1:0x7f1b04f8e700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${Math.round(40 - m)}, snapshot max: ${Math.round(40 - m)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)` }));

// memcached-profile: rolled in the same maintenance (MEMCACHED_CACHE_SIZE 128 -> 256), so the cache came back empty.
const topo = 'server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-profile:27017, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-profile%:27017: connect: connection refused }, ] }';
const profileLog = [];
const frontendLog = [[], []];
const searchLog = [];
for (let m = -45; m < -0.2; m += 0.6) {
  const fi = Math.floor(-m * 5) % 2;
  if (m < ROLL) {
    frontendLog[fi].push(zl(m, 'INF', 'services/frontend/server.go:259', `searchHandler: lat = 37.7${Math.floor(-m * 13) % 90}, lon = -122.${Math.floor(-m * 7) % 90}`));
    searchLog.push(zl(m, 'INF', 'services/search/server.go:121', `nearby lat = 37.7${Math.floor(-m * 13) % 90}`));
  } else if (m < ROLL + 1.2) {
    // mongod and memcached restarting (Recreate): memcached misses, mongo dials refused
    profileLog.push(zl(m, 'ERR', 'services/profile/server.go:126', `Failed get hotels data: %!(EXTRA *topology.ServerSelectionError=${topo})`));
  } else {
    const hid = 1 + (Math.floor(-m * 17) % 80);
    profileLog.push(zl(m - 0.5, 'WRN', 'services/profile/server.go:108', `memc miss, hotelId = ${hid}`));
    profileLog.push(zl(m, 'ERR', 'services/profile/server.go:126', `Failed get hotels data: %!(EXTRA *topology.ServerSelectionError=${topo})`));
    searchLog.push(zl(m - 0.52, 'INF', 'services/search/server.go:121', `nearby lat = 37.7${Math.floor(-m * 13) % 90}`));
    frontendLog[fi].push(zl(m - 0.53, 'INF', 'services/frontend/server.go:259', `searchHandler: lat = 37.7${Math.floor(-m * 13) % 90}, lon = -122.${Math.floor(-m * 7) % 90}`));
    frontendLog[fi].push(zl(m + 0.001, 'ERR', 'services/frontend/server.go:309', `SearchHandler GetProfiles failed: rpc error: code = Unknown desc = ${topo}`));
    if (Math.floor(-m * 10) % 3 === 0) frontendLog[1 - fi].push(zl(m + 0.2, 'ERR', 'services/frontend/server.go:371', `recommendHandler GetProfiles failed: rpc error: code = Unknown desc = ${topo}`));
    if (Math.floor(-m * 10) % 4 === 0) frontendLog[1 - fi].push(zl(m + 0.3, 'INF', 'services/frontend/server.go:421', `reservationHandler: user_name = Cornell_${Math.floor(-m * 3) % 500}, hotelId = ${hid}`));
  }
}
const reservationLog = [];
for (let m = -40; m < -0.5; m += 2.2) reservationLog.push(zl(m, 'INF', 'services/reservation/server.go:97', `Reservation created: hotelId = ${1 + (Math.floor(-m * 3) % 80)}, inDate = 2026-05-0${1 + (Math.floor(-m) % 8)}`));

export const scenarios = [
  {
    folder: 's81b-mongodb-profile-bindip-localhost-conf',
    description: 'hotel search page 500s for ~30 min, bookings + login ok. only change I can see is the discovery team memcached resize at 18:44',
    incidentTime: INCIDENT,
    expected: { component: 'mongodb-profile', cause: 'dependency-down' },
    alsoAcceptable: [
      { component: 'mongodb-profile', cause: 'config-error' },
      { component: 'mongodb-profile', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    configMaps: [
      ...['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
      { name: 'mongodb-profile-conf', keys: ['mongod.conf'] },
    ],
    workloads: {
      'mongodb-profile': {
        rollout: { at: ROLL, revision: 2, oldContainers: { 'hotel-reserv-profile-mongo': { args: ['--bind_ip_all'], volumeMounts: [{ mountPath: '/data/db', name: 'profile' }] } }, oldPatch: { volumes: [{ name: 'profile', persistentVolumeClaim: { claimName: 'profile-pvc' } }] } },
        containers: { 'hotel-reserv-profile-mongo': { args: ['--config', conf], volumeMounts: [{ mountPath: '/data/db', name: 'profile' }, { mountPath: '/etc/mongod', name: 'mongod-conf', readOnly: true }] } },
        patch: { volumes: [{ name: 'profile', persistentVolumeClaim: { claimName: 'profile-pvc' } }, { name: 'mongod-conf', configMap: { name: 'mongodb-profile-conf', defaultMode: 420 } }] },
        pods: [{ created: T.iso(ROLL + 0.4), containers: { 'hotel-reserv-profile-mongo': cs.running(T.iso(ROLL + 0.88)) }, readyTransition: T.iso(ROLL + 0.9) }],
      },
      'memcached-profile': {
        rollout: { at: ROLL + 0.2, revision: 2, oldContainers: { 'hotel-reserv-profile-mmc': { env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '128' }, { name: 'MEMCACHED_THREADS', value: '2' }] } } },
        containers: { 'hotel-reserv-profile-mmc': { env: [{ name: 'MEMCACHED_CACHE_SIZE', value: '256' }, { name: 'MEMCACHED_THREADS', value: '2' }] } },
      },
    },
    events: [
      { on: 'deploy:mongodb-profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mongodb-profile-%OLD% to 0 from 1', first: ROLL },
      { on: 'deploy:mongodb-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mongodb-profile-%NEW% to 1', first: ROLL + 0.35 },
      { on: 'pod:mongodb-profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: ROLL + 0.4, source: 'default-scheduler' },
      { on: 'pod:mongodb-profile#0', reason: 'Pulled', message: 'Container image "mongo:4.4.6" already present on machine', first: ROLL + 0.85, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:mongodb-profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile-mongo', first: ROLL + 0.86, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'pod:mongodb-profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile-mongo', first: ROLL + 0.88, fieldPath: 'spec.containers{hotel-reserv-profile-mongo}' },
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-profile-%NEW% to 1', first: ROLL + 0.2 },
      { on: 'deploy:memcached-profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-profile-%OLD% to 0 from 1', first: ROLL + 0.9 },
      { on: 'pod:memcached-profile#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: ROLL + 0.2, source: 'default-scheduler' },
      { on: 'pod:memcached-profile#0', reason: 'Pulled', message: 'Container image "memcached:1.6.22" already present on machine', first: ROLL + 0.3, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
      { on: 'pod:memcached-profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile-mmc', first: ROLL + 0.31, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
      { on: 'pod:memcached-profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile-mmc', first: ROLL + 0.33, fieldPath: 'spec.containers{hotel-reserv-profile-mmc}' },
    ],
    logs: {
      'mongodb-profile#0/hotel-reserv-profile-mongo': mongoLog,
      'profile#0/hotel-reserv-profile': profileLog,
      'frontend#0/hotel-reserv-frontend': frontendLog[0],
      'frontend#1/hotel-reserv-frontend': frontendLog[1],
      'search#0/hotel-reserv-search': searchLog,
      'reservation#0/hotel-reserv-reservation': reservationLog,
    },
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation (kit system scripts/s3-scenarios/hotel-reservation.mjs): mongodb-profile runs
      mongo:4.4.6 with args [--bind_ip_all] on PVC profile-pvc; profile reads memcached-profile first and mongodb-profile on a miss
      (ProfileMongoAddress=mongodb-profile:27017); frontend's /hotels and /recommendations call profile, /reservation and /user do not.
      Fault: the discovery team moved mongodb-profile onto a config file (a new ConfigMap mongodb-profile-conf mounted at /etc/mongod,
      args --config /etc/mongod/mongod.conf) to cap the WiredTiger cache, starting from the stock mongod.conf the MongoDB packages ship,
      whose net section is "bindIp: 127.0.0.1". docker-library/mongo's docker-entrypoint.sh only adds --bind_ip_all when neither the
      command line nor the config file names a bind address, and MongoDB >= 3.6 binds localhost by default, so mongod starts cleanly,
      logs "Listening on" 127.0.0.1 and the unix socket, and refuses every connection from other pods. Its pod is Running and Ready (no
      probes upstream) and logs nothing about it. The same maintenance rolled memcached-profile (MEMCACHED_CACHE_SIZE 128 -> 256, a
      decoy the description names), which emptied the cache, so every profile lookup misses and goes to mongo: the Go driver's
      server selection fails with "connect: connection refused" to the Service address (profile's Msgf without a verb prints
      %!(EXTRA ...)), profile answers gRPC Unknown and the frontend's search and recommendation handlers 500. Old and new ReplicaSets
      of mongodb-profile differ exactly by args and the conf volume/mount; of memcached-profile by the one env value.
      Expected: mongodb-profile dependency-down (refusing while Ready, callers loud); config-error and bad-deploy-rollout on it are
      also acceptable. Deviations from upstream: the conf ConfigMap, the args change and the memcached size change. The kit writes
      RollingUpdate; the build script restores kompose's Recreate strategy on the mongodb Deployments.`,
  },
];
