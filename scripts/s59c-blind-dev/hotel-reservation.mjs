// Batch s59c blind dev scenario for DeathStarBench hotelReservation (session-3 system definition): geo's ConfigMap got Mongo
// credentials for a user that does not exist; geo is restarted by hand, picks it up and crash-loops on authentication.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-05-19T11:02:00Z';
const T = clock(INCIDENT);
const DELETED = -22.3; // the old geo pod deleted with kubectl delete pod at 10:39:42
const OLD_GEO_IP = '10.244.1.231';

// zerolog ConsoleWriter as cmd/*/main.go configures it (colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', FTL: '\x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const URL = 'geo:<redacted>@mongodb-geo:27017/?authSource=admin';
const AUTH_ERR = 'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-1": (AuthenticationFailed) Authentication failed.';
const geoRun = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/geo/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/geo/main.go:36', `Read database URL: ${URL}`),
  zl(min, 'INF', 'cmd/geo/main.go:37', 'Initializing DB connection...'),
  zl(min, 'INF', 'cmd/geo/db.go:20', 'Generating test data...'),
  zl(min, 'INF', 'cmd/geo/db.go:40', `Attempting connection to mongodb://${URL}`),
  zl(min, 'INF', 'cmd/geo/db.go:47', 'Successfully connected to MongoDB'),
  zl(min + 0.004, 'FTL', 'cmd/geo/db.go:52', AUTH_ERR),
];
// kubelet back-off: 10s, 20s, 40s, 80s, 160s, 300s, 300s ...
const starts = [DELETED + 0.12];
for (const d of [10, 20, 40, 80, 160, 300, 300, 300]) starts.push(starts[starts.length - 1] + 0.01 + d / 60);
const lastStart = starts[starts.length - 1]; // about -1.7
const prevStart = starts[starts.length - 2];

// MongoDB 4.4 structured log lines.
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const ml = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongoLog = [];
let conn = 1180;
let ckpt = 0;
const wt = (min) => ml(min, 'I', 'STORAGE', 22430, 'WTCheckpointThread', 'WiredTiger message', {
  message: `[${Math.floor(Date.parse(T.iso(min)) / 1000)}:${412733 + ckpt * 977}][1:0x7f3c2d1f8700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${57 + ckpt}, snapshot max: ${57 + ckpt} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0)`,
});
for (let m = -40; m < -0.1; m += 1) { mongoLog.push([m, wt(m)]); ckpt++; }
mongoLog.push([DELETED + 0.01, ml(DELETED + 0.01, 'I', 'NETWORK', 22944, 'conn1174', 'Connection ended', { remote: `${OLD_GEO_IP}:38214`, connectionId: 1174, connectionCount: 2 })]);
mongoLog.push([DELETED + 0.011, ml(DELETED + 0.011, 'I', 'NETWORK', 22944, 'conn1175', 'Connection ended', { remote: `${OLD_GEO_IP}:38230`, connectionId: 1175, connectionCount: 1 })]);
for (const s of starts) {
  const m = s + 0.003;
  const c = conn++;
  const port = 44000 + (c * 53) % 9000;
  const remote = '%IPOF:geo#0%:' + port;
  mongoLog.push([m, ml(m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote, connectionId: c, connectionCount: 2 })]);
  mongoLog.push([m + 0.00001, ml(m + 0.00001, 'I', 'NETWORK', 51800, `conn${c}`, 'client metadata', { remote, client: `conn${c}`, doc: { driver: { name: 'mongo-go-driver', version: 'v1.11.7' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.11' } })]);
  mongoLog.push([m + 0.00002, ml(m + 0.00002, 'I', 'ACCESS', 20249, `conn${c}`, 'Authentication failed', { mechanism: 'SCRAM-SHA-256', speculative: true, principalName: 'geo', authenticationDatabase: 'admin', remote, extraInfo: {}, error: 'UserNotFound: Could not find user "geo" for db "admin"' })]);
  mongoLog.push([m + 0.00004, ml(m + 0.00004, 'I', 'ACCESS', 20249, `conn${c}`, 'Authentication failed', { mechanism: 'SCRAM-SHA-1', speculative: false, principalName: 'geo', authenticationDatabase: 'admin', remote, extraInfo: {}, error: 'UserNotFound: Could not find user "geo" for db "admin"' })]);
  mongoLog.push([m + 0.00006, ml(m + 0.00006, 'I', 'NETWORK', 22944, `conn${c}`, 'Connection ended', { remote, connectionId: c, connectionCount: 1 })]);
}
mongoLog.sort((a, b) => a[0] - b[0]);

const configMaps = ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] }));

export const scenarios = [
  {
    folder: 's59c-geo-mongo-credentials-crashloop',
    description: 'discovery team: hotel search has been 500ing since ~10:40 -> "rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.244.1.231:8083: i/o timeout\\"". login and reservations still fine',
    incidentTime: INCIDENT,
    expected: { component: 'geo', cause: 'config-error' },
    alsoAcceptable: [{ component: 'geo', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['bad-credentials', 'team-name', 'time-expression', 'decoy'],
    configMaps,
    grounding: `
      Manifests and code: delimitrou/DeathStarBench hotelReservation (SOURCES.md): geo mounts ConfigMap geo-hotelres
      (service-config.json) as config.json through a subPath mount; cmd/geo/main.go logs "Read database URL" and
      cmd/geo/db.go builds mongodb://<GeoMongoAddress>, connects lazily and log.Fatal()s (exit 1) when the InsertMany of its
      test points fails; registry/registry.go registers services in consul without any health check, and search dials
      srv-geo through the consul resolver (services/search/server.go returns the geo error unlogged; the frontend answers 500
      with it).
      Fault: six days before, the discovery team edited geo-hotelres to GeoMongoAddress
      "geo:<password>@mongodb-geo:27017/?authSource=admin" ahead of enabling --auth on mongodb-geo, but the geo user was never
      created there. A subPath-mounted ConfigMap is never refreshed in a running container (Kubernetes ConfigMap docs), so
      nothing happened until 10:39, when an engineer deleted the geo pod by hand; the replacement reads the new config and
      every start fails: the go driver's handshake gets "(AuthenticationFailed) Authentication failed." and mongod 4.4 logs
      UserNotFound for principal geo (authentication is checked even without --auth when a client sends credentials).
      geo is in CrashLoopBackOff (exit 1); consul still lists the deleted pod's address, so search's calls time out dialing
      it (the address in the description) and search/frontend pods stay Ready and log nothing at INFO.
      Decoy: jaeger was OOMKilled once two days ago (in-memory span storage).
      Deviations from upstream: the credentials in the ConfigMap (the fault; the password is redacted in the log line);
      ConfigMap edit time in managedFields written by the build script; driver and Go versions in the client metadata are
      illustrative.`,
    workloads: {
      geo: {
        pods: [{
          created: T.iso(DELETED + 0.02),
          containers: {
            'hotel-reserv-geo': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(lastStart), finishedAt: T.iso(lastStart + 0.006), container: 'hotel-reserv-geo' }),
          },
        }],
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 133),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 2 - 133.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:geo#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: DELETED + 0.02 },
      { on: 'pod:geo#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: starts[0], last: lastStart, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Created', message: 'Created container hotel-reserv-geo', first: starts[0], last: lastStart, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo', first: starts[0], last: lastStart, count: 9, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-geo in pod %POD%_hotel-reservation(%PODUID%)', first: starts[0] + 0.02, last: -0.4, count: 97, fieldPath: 'spec.containers{hotel-reserv-geo}' },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': geoRun(lastStart),
      'geo#0/hotel-reserv-geo/previous': geoRun(prevStart),
      'mongodb-geo#0/hotel-reserv-geo-mongo': mongoLog.map((x) => x[1]),
    },
  },
];
