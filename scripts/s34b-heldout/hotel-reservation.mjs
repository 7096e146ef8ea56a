// s34b held-out scenario for DeathStarBench hotelReservation (split: test), written blind: the session-3 system definition
// (hotelReservation kubernetes + helm chart at 6ecb097 on AKS) plus one incident; built by scripts/s34b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-09-10T11:41:00Z');
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
// zerolog ConsoleWriter with colours, as the services print it (RFC3339 time, caller).
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;

const base = system.workloads.find((w) => w.name === 'reservation').containers[0];
const ENV_OLD = base.env;
const ENV_NEW = ENV_OLD.map((e) => (e.name === 'TLS' ? { name: 'TLS', value: '1' } : e));

const resBoot = (m) => [
  zl(m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(m, 'INF', 'cmd/reservation/main.go:36', 'Read database URL: mongodb-reservation:27017'),
  zl(m, 'INF', 'cmd/reservation/main.go:37', 'Initializing DB connection...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/db.go:30', 'New session successfull...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:40', 'Successfull'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:42', 'Read reservation memcashed address: memcached-reserve:11211'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:43', 'Initializing Memcashed client...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:45', 'Successfull'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:49', 'Read target port: 8087'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:50', 'Read consul address: consul:8500'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:51', 'Read jaeger address: jaeger:6831'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:60', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
  zl(m + 0.02, 'INF', 'cmd/reservation/main.go:65', 'Jaeger agent initialized'),
  zl(m + 0.02, 'INF', 'cmd/reservation/main.go:67', 'Initializing consul agent [host: consul:8500]...'),
  zl(m + 0.02, 'INF', 'cmd/reservation/main.go:72', 'Consul agent initialized'),
  zl(m + 0.02, 'INF', 'cmd/reservation/main.go:83', 'Starting server...'),
];

const PREFACE = 'rpc error: code = Unavailable desc = connection error: desc = "error reading server preface: EOF"';
const frontendLog = (seed) => {
  const out = [];
  for (let i = 0; i < 14; i++) {
    const m = -28 + i * 1.8 + seed * 0.37;
    if (m < -15.6) continue;
    if (i % 2 === 0) out.push(zl(m, 'ERR', 'services/frontend/server.go:229', `SearchHandler CheckAvailability failed: ${PREFACE}`));
    else out.push(zl(m, 'ERR', 'services/frontend/server.go:461', `reservationHandler MakeReservation failed: ${PREFACE}`));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's34b-reservation-tls-rollout',
    incidentTime: '2026-09-10T11:41:00Z',
    description: 'hotel site: search results page and booking both erroring since ~11:25',
    expected: { component: 'reservation', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reservation', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['tls-misconfig', 'rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation (kubernetes + helm chart at 6ecb097): every Go service reads the env TLS ("0" in the chart)
      to choose between a plaintext gRPC server and one with the image's built-in x509 certificate (tls/options.go), and the
      frontend's gRPC clients (dialer) use the same switch from their own environment. The frontend's search handler calls
      reservation CheckAvailability after search Nearby, and its reservation handler calls MakeReservation, both on reservation:8087
      resolved through consul. Incident: a compliance change rolls out reservation with TLS=1 alone (revision 4, about 16 minutes
      before); the new pod starts normally, registers in consul and is Ready (no probes in the chart), but the frontend still dials
      in plaintext, so every call fails in grpc-go with code Unavailable "error reading server preface: EOF" (the TLS server drops
      the plaintext HTTP/2 preface; its own handshake warning is not printed at grpc-go's default log level). The frontend's zerolog
      console output shows the errors on /hotels and /reservation; geo, rate, profile and search keep serving. Decoys: the user
      service's rollout 40 minutes earlier (a memory limit change) that completed cleanly. Expected: reservation, network-fault
      (TLS mismatch between reservation and its caller); bad-deploy-rollout on reservation is also accepted.`,
    workloads: {
      reservation: {
        containers: { 'hotel-reserv-reservation': { env: ENV_NEW } },
        rollout: { at: -16.2, revision: 4, oldContainers: { 'hotel-reserv-reservation': { env: ENV_OLD } } },
      },
      user: {
        containers: { 'hotel-reserv-user': { resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1000m', memory: '384Mi' } } } },
        rollout: { at: -40, revision: 3 },
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% to 1', first: -16.2 },
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reservation-%OLD% to 0 from 1', first: -15.6 },
      { on: 'rs:reservation', reason: 'SuccessfulCreate', message: 'Created pod: reservation-%RS%', first: -16.2 },
      { on: 'pod:reservation#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -16.2, source: 'default-scheduler' },
      { on: 'pod:reservation#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -16.0, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'pod:reservation#0', reason: 'Started', message: 'Started container hotel-reserv-reservation', first: -15.9, fieldPath: 'spec.containers{hotel-reserv-reservation}' },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -40 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -39.4 },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation': resBoot(-15.9),
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(1),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 5, 'INF', 'cmd/search/main.go:81', 'Starting server...'),
      ],
    },
  },
];
