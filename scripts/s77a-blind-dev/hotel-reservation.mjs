// Blind dev batch s77a: one DeathStarBench hotelReservation scenario (the session-3 system definition, default PVCs).
// A geo release converts the search radius with the wrong unit: geo is Ready and quiet, every search finds no hotels.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-08-21T09:12:00Z';
const T = clock(INCIDENT);
const ROLL = -44; // 08:28
const OLD_IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW_IMG = 'hotelres.azurecr.io/hotel-reservation:geo-b41d9e7';

// zerolog ConsoleWriter as the session-3 system prints it (RFC3339, caller, ANSI colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc, port, db, extra = []) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  ...(db ? [
    zl(min + 0.001, 'INF', `cmd/${svc}/main.go:36`, `Read database URL: ${db}`),
    zl(min + 0.001, 'INF', `cmd/${svc}/main.go:37`, 'Initializing DB connection...'),
    zl(min + 0.004, 'INF', `cmd/${svc}/db.go:31`, 'New session successfull...'),
    zl(min + 0.004, 'INF', `cmd/${svc}/main.go:39`, 'Successfull'),
  ] : []),
  ...extra.map((e) => zl(min + 0.005, 'INF', `cmd/${svc}/main.go:44`, e)),
  zl(min + 0.005, 'INF', `cmd/${svc}/main.go:46`, `Read target port: ${port}`),
  zl(min + 0.005, 'INF', `cmd/${svc}/main.go:47`, 'Read consul address: consul:8500'),
  zl(min + 0.005, 'INF', `cmd/${svc}/main.go:48`, 'Read jaeger address: jaeger:6831'),
  zl(min + 0.006, 'INF', `cmd/${svc}/main.go:57`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min + 0.008, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.009, 'INF', `cmd/${svc}/main.go:62`, 'Jaeger agent initialized'),
  zl(min + 0.009, 'INF', `cmd/${svc}/main.go:64`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:69`, 'Consul agent initialized'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:80`, 'Starting server...'),
  zl(min + 0.012, 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-${svc}, id: ${(0x4c1e9a27 + svc.length * 977).toString(16)}-6b2e-4f1a-9c3d-${svc.length}1f0a2b3c4d5e, address: %PODIP%:${port} ]`),
  zl(min + 0.014, 'INF', 'registry/registry.go:105', 'Successfully registered in consul'),
];

const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

export const scenarios = [
  {
    folder: 's77a-geo-release-radius-units',
    incidentTime: INCIDENT,
    description:
      'booking team: hotel search shows "0 hotels" for every city and every date since roughly 8:30 this morning. no errors on the page, login and recommendations still work fine',
    expected: { component: 'geo', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest and code facts (DeathStarBench hotelReservation at 6ecb097): search asks geo.Nearby for hotel ids around the
      requested point, then rate and profile for those ids; geo loads every hotel point from mongodb-geo into an in-memory
      geoindex at start and answers Nearby with index.KNearest(center, maxSearchResults=5, geoindex.Km(maxSearchRadius=10), …).
      Fault: a geo-only release (image tag geo-b41d9e7, rolled out at 08:28) refactored that call and passes the radius as
      geoindex.Meters(maxSearchRadius): the search circle shrinks from 10 km to 10 m, so Nearby returns an empty list for every
      request. Nothing fails: geo is Running and Ready, boots and registers in consul as before, and the whole search path logs
      only at trace level (log level info), so search, rate and frontend print nothing and return 200 with no hotels —
      the silent wrong-result regression of a unit mix-up in a release (shape of many public post-mortems of unit changes).
      recommendation and user do not go through geo and keep working. The only change on the path is the geo rollout; its two
      ReplicaSets differ only in the image.
      Decoys: a benign profile rollout the evening before (revision 4, JAEGER_SAMPLE_RATIO lowered from 0.1 to 0.01, Ready, quiet), and memcached-rate OOMKilled three days
      ago (restartCount 1).
    `,
    workloads: {
      geo: {
        rollout: { at: ROLL, revision: 4, oldContainers: { 'hotel-reserv-geo': { image: OLD_IMG } } },
        containers: { 'hotel-reserv-geo': { image: NEW_IMG } },
      },
      profile: {
        rollout: { at: -60 * 14, revision: 4, oldContainers: { 'hotel-reserv-profile': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'INFO' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.1' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } } },
      },
      'memcached-rate': {
        pods: [{
          containers: {
            'hotel-reserv-rate-mmc': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.05) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: ROLL + 0.6, source: 'deployment-controller' },
      { on: 'pod:geo#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:geo#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: ROLL + 0.05, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 6.874s (6.874s including waiting). Image size: 212485736 bytes.`, first: ROLL + 0.2, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Created', message: 'Created container hotel-reserv-geo', first: ROLL + 0.22, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo', first: ROLL + 0.25, fieldPath: 'spec.containers{hotel-reserv-geo}' },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': boot(ROLL + 0.3, 'geo', 8083, 'mongodb-geo:27017', []),
      'search#0/hotel-reserv-search': boot(-60 * 24 * 9 + 0.3, 'search', 8082, null),
      'frontend#0/hotel-reserv-frontend': boot(-60 * 24 * 9 + 0.3, 'frontend', 5000, null),
      'frontend#1/hotel-reserv-frontend': boot(-60 * 24 * 9 + 0.32, 'frontend', 5000, null),
      'profile#0/hotel-reserv-profile': boot(-60 * 14 + 0.3, 'profile', 8081, 'mongodb-profile:27017', ['Read profile memcashed address: memcached-profile:11211', 'Initializing Memcashed client...', 'Successfull']),
      'rate#0/hotel-reserv-rate': boot(-60 * 24 * 9 + 0.3, 'rate', 8084, 'mongodb-rate:27017', ['Read rate memcashed address: memcached-rate:11211', 'Initializing Memcashed client...', 'Successfull']),
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(-60 * 24 * 9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(ROLL + 0.31, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:53318', connectionId: 214, connectionCount: 2 }),
        mlog(ROLL + 0.31, 'I', 'NETWORK', 51800, 'conn214', 'client metadata', { remote: '%IPOF:geo#0%:53318', client: 'conn214', doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.3' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } }),
        mlog(ROLL + 0.9, 'I', 'NETWORK', 22944, 'conn187', 'Connection ended', { remote: '10.244.1.77:40126', connectionId: 187, connectionCount: 1 }),
        ...Array.from({ length: 7 }, (_, i) => mlog(-40 + i * 6, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', { message: `[${Math.floor(Date.parse(T.isoMs(-40 + i * 6)) / 1000)}:${310000 + i * 1711}][1:0x7f61a4c2b700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${881 + i}, snapshot max: ${881 + i} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)` })),
      ],
    },
  },
];
