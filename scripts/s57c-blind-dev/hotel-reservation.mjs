// Blind dev batch s57c: DeathStarBench hotelReservation spec for the scenario kit (scripts/s2-scenario-kit.mjs), one scenario.
// rate rolled out with TLS=1 (first step of a TLS rollout) while search still dials it in plaintext: search fails, all quiet.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as hrSystem, defaultPvcs as hrPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = hrSystem;
export const defaultPvcs = hrPvcs;

const T5 = clock('2026-08-12T11:26:00Z');
const ROLL = -41; // 10:45
const P = ROLL + 0.5;
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const ENV_TLS1 = hrSystem.workloads.find((w) => w.name === 'rate').containers[0].env.map((e) => (e.name === 'TLS' ? { name: 'TLS', value: '1' } : e));

// zerolog ConsoleWriter (TimeFormat RFC3339, Caller) as cmd/*/main.go configure it, colours on (kubectl logs keeps the escapes).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, m, lvl, caller, msg) => `\x1b[90m${T.iso(m)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// package tls's init() logs through zerolog's global logger before main() swaps in the ConsoleWriter: plain JSON on stderr.
const zjson = (T, m, level, message) => JSON.stringify({ level, time: T.iso(m), message });

function rateBoot(T, s, tlsLine) {
  return [
    zjson(T, s, 'info', tlsLine),
    zl(T, s, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, s, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, s, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, s, 'INF', 'cmd/rate/main.go:23', 'Reading config...'),
    zl(T, s, 'INF', 'cmd/rate/main.go:36', 'Read database URL: mongodb-rate:27017'),
    zl(T, s, 'INF', 'cmd/rate/main.go:37', 'Initializing DB connection...'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/db.go:39', 'New session successfull...'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:41', 'Successfull'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:43', 'Read profile memcashed address: memcached-rate:11211'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:44', 'Initializing Memcashed client...'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:47', 'Successfull'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:52', 'Read target port: 8084'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:53', 'Read consul address: consul:8500'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:54', 'Read jaeger address: jaeger:6831'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:61', 'Initializing jaeger agent [service name: rate | host: jaeger:6831]...'),
    zl(T, s + 0.01, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:66', 'Jaeger agent initialized'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:68', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:73', 'Consul agent initialized'),
    zl(T, s + 0.01, 'INF', 'cmd/rate/main.go:84', 'Starting server...'),
    zl(T, s + 0.02, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-rate, id: 0c7d3f58-2e1a-4b96-8d4f-71a9e3c05b2d, address: %PODIP%:8084 ]'),
    zl(T, s + 0.02, 'INF', 'services/rate/server.go:99', 'Successfully registered in consul'),
  ];
}
function searchBoot(T, s) {
  return [
    zjson(T, s, 'info', 'TLS disabled.'),
    zl(T, s, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(T, s, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(T, s, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(T, s, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
    zl(T, s, 'INF', 'cmd/search/main.go:38', 'Read target port: 8082'),
    zl(T, s, 'INF', 'cmd/search/main.go:39', 'Read consul address: consul:8500'),
    zl(T, s, 'INF', 'cmd/search/main.go:40', 'Read jaeger address: jaeger:6831'),
    zl(T, s, 'INF', 'cmd/search/main.go:49', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
    zl(T, s, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
    zl(T, s, 'INF', 'cmd/search/main.go:54', 'Jaeger agent initialized'),
    zl(T, s, 'INF', 'cmd/search/main.go:56', 'Initializing consul agent [host: consul:8500]...'),
    zl(T, s, 'INF', 'cmd/search/main.go:61', 'Consul agent initialized'),
    zl(T, s, 'INF', 'cmd/search/main.go:72', 'Starting server...'),
    zl(T, s + 0.01, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-search, id: 5b2e8c17-94d3-4a0f-b6e1-2c7f9d30a8e4, address: %PODIP%:8082 ]'),
    zl(T, s + 0.01, 'INF', 'services/search/server.go:97', 'Successfully registered in consul'),
  ];
}

export const scenarios = [
  {
    folder: 's57c-rate-tls-enabled-search-plaintext',
    description: "hotel search returns 500 'rpc error: code = Unavailable desc = connection closed before server preface received' since ~10:45. login and recommendations still work",
    incidentTime: '2026-08-12T11:26:00Z',
    expected: { component: 'rate', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'rate', cause: 'config-error' },
      { component: 'rate', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Fault: at 10:45 the booking team rolled rate with env TLS=1 as the first step of a "TLS between services" ticket, with no
      change to its callers. In hotelReservation/tls/options.go (delimitrou/DeathStarBench) init() reads TLS: "1"/"true" turns on
      grpc.Creds(credentials.NewServerTLSFromFile("x509/server_cert.pem", …)) for the server and TLS credentials for the client
      dial option, "0" leaves both nil (the helm values set TLS=0 everywhere); the certificates ship in the image, so rate starts
      cleanly, logs "TLS enabled without specified cipher suite" (zerolog's global JSON logger, before main() installs the
      ConsoleWriter) and registers srv-rate in consul. search (TLS=0) still dials srv-rate in plaintext (services/search/server.go
      getGprcConn → dialer.Dial without TLS): rate's TLS server reads the HTTP/2 preface as a bad record ("tls: first record does
      not look like a TLS handshake"), closes the connection, and grpc-go logs that handshake failure only at warning level,
      which its default logger discards. search's client fails with code Unavailable "connection closed before server preface
      received"; search.Nearby returns the error unlogged and frontend's searchHandler answers http.Error(w, err.Error(), 500)
      without a log line — nothing in the cluster is loud, the error text is what the user pasted. rate stays Running and Ready
      (the kompose manifests have no probes); the old rate pod deregistered on shutdown.
      Decoy: profile's hotel-reserv-profile container was OOMKilled two days ago (limit 256Mi) and restarted; no other change.
      Deviations from upstream: the TLS=1 on rate; boot-line numbers of cmd/*/main.go approximate.
      Expected rate / network-fault: TLS between search and rate fails because only one side speaks it; the wrong TLS value on
      rate (config-error) and the rollout that set it (bad-deploy-rollout) are accepted.
    `,
    workloads: {
      rate: {
        containers: { 'hotel-reserv-rate': { env: ENV_TLS1 } },
        rollout: { at: ROLL, oldContainers: { 'hotel-reserv-rate': { env: hrSystem.workloads.find((w) => w.name === 'rate').containers[0].env } } },
      },
      profile: {
        pods: [{ readyTransition: T5.iso(-60 * 24 * 2 + 0.2), containers: { 'hotel-reserv-profile': cs.restartedRunning({ restarts: 1, startedAt: T5.iso(-60 * 24 * 2 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T5.iso(-60 * 24 * 9 + 0.3), finishedAt: T5.iso(-60 * 24 * 2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: ROLL + 0.002 },
      { on: 'pod:rate#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: P + 0.005 },
      { on: 'pod:rate#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-rate}', message: `Container image "${IMG}" already present on machine`, first: P + 0.2 },
      { on: 'pod:rate#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Created container hotel-reserv-rate', first: P + 0.28 },
      { on: 'pod:rate#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-rate}', message: 'Started container hotel-reserv-rate', first: P + 0.3 },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: P + 0.55 },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': rateBoot(T5, P + 0.31, 'TLS enabled without specified cipher suite'),
      'search#0/hotel-reserv-search': searchBoot(T5, -60 * 24 * 9 + 0.31),
    },
  },
];
