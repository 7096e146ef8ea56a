// Blind held-out batch s60a (split test): one DeathStarBench hotelReservation scenario as a spec of the scenario kit,
// on the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs); built by scripts/s60a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-08T16:25:00Z');
const node = (i) => `aks-nodepool1-27419563-vmss00000${i}`;

// zerolog ConsoleWriter with colours and Caller(), as cmd/*/main.go configures it (same escapes as the system file's helper).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
];
const geoRun = (start) => [
  ...boot(start),
  zl(start, 'INF', 'cmd/geo/main.go:36', 'Read database URL: mongodb-geo:27107'),
  zl(start, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
  zl(start, 'INF', 'cmd/geo/db.go:21', 'Generating test data...'),
  zl(start, 'INF', 'cmd/geo/db.go:40', 'Attempting connection to mongodb://mongodb-geo:27107'),
  zl(start, 'INF', 'cmd/geo/db.go:47', 'Successfully connected to MongoDB'),
  zl(start + 0.5, 'FTL', 'cmd/geo/db.go:52', 'server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: mongodb-geo:27107, Type: Unknown, Last error: dial tcp %SVCIP:mongodb-geo%:27107: i/o timeout }, ] }'),
];
const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

const RESTART = { 'kubectl.kubernetes.io/restartedAt': T.iso(-24.3).replace('Z', '+00:00') };

export const scenarios = [
  {
    folder: 's60a-hotel-search-500s',
    incidentTime: '2026-04-08T16:25:00Z',
    description: 'hotel search page giving 500s since about 16:00. login and making reservations still work. platform did some mongo port cleanup earlier today fyi',
    expected: { component: 'geo', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'geo', cause: 'crash-loop' },
      { component: 'geo', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'rollout-regression', 'decoy'],
    grounding: `
      Follows the AIOpsLab (microsoft/AIOpsLab) hotel-reservation application-misconfiguration fault, where geo is started with a
      wrong MongoDB address: here the helm chart's ConfigMap geo-hotelres (key service-config.json, mounted as config.json) was
      edited with GeoMongoAddress mongodb-geo:27107 (port digits swapped) and the Deployment restarted (kubectl rollout restart,
      the restartedAt template annotation) 24 minutes before the incident.
      cmd/geo/main.go logs "Read database URL", cmd/geo/db.go connects lazily (mongo.Connect succeeds), then InsertMany fails
      after the driver's 30 s server selection timeout and log.Fatal exits 1; the Service mongodb-geo only exposes 27017, so
      the dial to the ClusterIP on 27107 times out.
      The hotelReservation Deployments have no probes, so the first new container counted as Ready and available for its
      30 seconds: the rolling update completed and scaled the old ReplicaSet to 0 before the crash loop began.
      search calls geo for every Nearby request and the frontend returns the gRPC error as HTTP 500 without logging it
      (services/frontend/server.go searchHandler); login (user) and reservation do not go through geo.
      Decoy: mongodb-geo itself is healthy (its log shows normal connections), memcached-rate restarted two days ago.
      Deviations from upstream: the wrong config value and the restart are the fault; everything else as the chart.
    `,
    workloads: {
      geo: {
        rollout: { at: -24.3, revision: 4, oldReplicas: 0 },
        patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'geo').podAnnotations, ...RESTART } },
        unavailableSince: -22.5,
        pods: [
          {
            node: node(1),
            containers: {
              'hotel-reserv-geo': cs.crashLoop({
                restarts: 8, exitCode: 1, reason: 'Error', startedAt: T.iso(-4.1), finishedAt: T.iso(-3.6), backoff: '5m0s', container: 'hotel-reserv-geo',
              }),
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-23.7), lastTransitionTime: T.iso(-24.3), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rs}" has successfully progressed.` }),
      },
      'memcached-rate': {
        pods: [
          {
            containers: {
              'hotel-reserv-rate-mmc': cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 95),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 95.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -24.3 },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -23.7 },
      { on: 'pod:geo#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned hotel-reservation/%POD% to ${node(1)}`, first: -24.3 },
      { on: 'pod:geo#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -24.2, last: -4.1, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Created', message: 'Created container: hotel-reserv-geo', first: -24.2, last: -4.1, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo', first: -24.2, last: -4.1, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', first: -23.2, last: -0.4, count: 71, fieldPath: 'spec.containers{hotel-reserv-geo}' },
    ],
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    logs: {
      'geo#0/hotel-reserv-geo': geoRun(-4.1),
      'geo#0/hotel-reserv-geo/previous': geoRun(-9.6),
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(-60 * 24 * 9 + 0.2, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
        mlog(-24.9, 'I', 'NETWORK', 22944, 'conn118', 'Connection ended', { remote: '10.244.2.31:52114', connectionId: 118, connectionCount: 1 }),
        mlog(-24.9, 'I', 'NETWORK', 22944, 'conn117', 'Connection ended', { remote: '10.244.2.31:52100', connectionId: 117, connectionCount: 0 }),
        mlog(-21.0, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: '[1775664300:112233][1:0x7f0c1d2e3700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 4812, snapshot max: 4812 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' }),
        mlog(-11.0, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: '[1775664900:412201][1:0x7f0c1d2e3700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 4813, snapshot max: 4813 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' }),
        mlog(-1.0, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: '[1775665500:712954][1:0x7f0c1d2e3700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 4814, snapshot max: 4814 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' }),
      ],
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:38', 'Read target port: 8082'),
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:39', 'Read consul address: consul:8500'),
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:40', 'Read jaeger address: jaeger:6831'),
        zl(-60 * 24 * 9, 'INF', 'cmd/search/main.go:71', 'Starting server...'),
        zl(-60 * 24 * 9, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-search, id: 4f1c2a9e-0b7d-4e25-8a61-93d2c5e7f014, address: %PODIP%:8082 ]'),
        zl(-60 * 24 * 9, 'INF', 'services/search/server.go:102', 'Successfully registered in consul'),
      ],
      'frontend#0/hotel-reserv-frontend': [
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:38', 'Read target port: 5000'),
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:39', 'Read consul address: consul:8500'),
        zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:66', 'Starting server...'),
        zl(-60 * 24 * 9, 'INF', 'services/frontend/server.go:84', 'Serving http'),
      ],
    },
  },
];
