// Batch s55a (blind dev): one hotel-reservation scenario for the kit — no fault: a mobile app release swaps lat/lon, so
// every in-app search finds nothing while web search works; system from scripts/s3-scenarios/hotel-reservation.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-18T11:05:00Z');
// zerolog ConsoleWriter as cmd/*/main.go sets it up (RFC3339, Caller(), colours kept in kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (min, svc, port) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  zl(min, 'INF', `cmd/${svc}/main.go:39`, `Read target port: ${port}`),
  zl(min, 'INF', `cmd/${svc}/main.go:40`, 'Read consul address: consul:8500'),
  zl(min, 'INF', `cmd/${svc}/main.go:41`, 'Read jaeger address: jaeger:6831'),
  zl(min, 'INF', `cmd/${svc}/main.go:48`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min, 'INF', `cmd/${svc}/main.go:53`, 'Jaeger agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:55`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min, 'INF', `cmd/${svc}/main.go:60`, 'Consul agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:70`, 'Starting server...'),
];
const feBoot = (min) => [
  ...boot(min, 'frontend', 5000),
  zl(min, 'INF', 'services/frontend/server.go:51', 'Initializing gRPC clients...'),
  zl(min + 0.02, 'INF', 'services/frontend/server.go:76', 'Successful'),
];
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const fe = system.workloads.find((w) => w.name === 'frontend');
const RESTARTED = { ...fe.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-182.6) };

export const scenarios = [
  {
    folder: 's55a-ios-app-search-empty-web-fine',
    incidentTime: '2026-05-18T11:05:00Z',
    description: "ios app 4.12 went out this morning and now every hotel search in the app says 'no hotels found'. web search works fine. discovery team pls check search/frontend",
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      frontend: {
        patch: { podAnnotations: RESTARTED },
        rollout: { at: -182.5, revision: 6, oldReplicas: 0, oldPatch: { podAnnotations: fe.podAnnotations } },
      },
      search: {
        pods: [{
          containers: {
            'hotel-reserv-search': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 318),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 318.2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'frontend#0/hotel-reserv-frontend': feBoot(-181.65),
      'frontend#1/hotel-reserv-frontend': feBoot(-181.15),
      'search#0/hotel-reserv-search': [
        ...boot(-60 * 24 * 2 - 317.9, 'search', 8082),
      ],
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(-47.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:geo#0%:51324', connectionId: 1188, connectionCount: 4 }),
        mlog(-47.2, 'I', 'NETWORK', 51800, 'conn1188', 'client metadata', { remote: '%IPOF:geo#0%:51324', client: 'conn1188', doc: { driver: { name: 'mongo-go-driver', version: 'v1.12.2' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } }),
        mlog(-31.6, 'I', 'COMMAND', 51803, 'conn1187', 'Slow query', { type: 'command', ns: 'geo-db.geo', command: { find: 'geo', filter: {}, lsid: { id: { $uuid: '1d0f3b52-8e5a-4a0c-9a44-3f1b7d2c9e61' } }, $db: 'geo-db' }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 80, cursorExhausted: true, numYields: 0, nreturned: 80, reslen: 9412, locks: { ReplicationStateTransition: { acquireCount: { w: 1 } }, Global: { acquireCount: { r: 1 } } }, protocol: 'op_msg', durationMillis: 104 }),
        mlog(-12.4, 'I', 'NETWORK', 22944, 'conn1186', 'Connection ended', { remote: '%IPOF:geo#0%:50990', connectionId: 1186, connectionCount: 3 }),
      ],
    },
    grounding: `
      No fault: the cause is a client bug outside the cluster. hotelReservation at 6ecb097 (kompose manifests, helm
      ConfigMaps): services/frontend/server.go searchHandler reads lat/lon/inDate/outDate from the query string, answers 400
      only when one is missing, and passes the coordinates to search → geo; geo answers the hotels near that point (its
      80 points all around 37.78,-122.41). A mobile build that sends lat and lon swapped asks for a point at latitude
      -122 (nothing near) and gets a 200 with an empty FeatureCollection, which the app renders as "no hotels found"; the
      web client still sends them right. The frontend logs nothing per request at LOG_LEVEL INFO (every request line is
      log.Trace), so the cluster shows no trace of it. Decoys: frontend rolled out three hours ago (kubectl rollout restart,
      revision 6, both pods Ready, clean boot lines), an OOMKill (137) of search two days ago, a 104 ms "Slow query" COLLSCAN
      in mongodb-geo (the 80-document geo collection geo reads, mongo 4.4 JSON log). All pods Ready, no events in the last
      hour. A careful engineer answers: nothing wrong in the cluster, hand it to the iOS team.
    `,
  },
];
