// Batch s31a (blind dev): one hotel-reservation incident for the kit, written without reading the engine or other scenarios.
// A new search build pings its gRPC backends every 10 s; geo and rate answer GOAWAY too_many_pings and searches fail intermittently.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-05-16T14:38:00Z';
const T = clock(INC);
const ROLL = -22; // 14:16: search rolled to the in-house build search-2f7c1ad
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const NEW = 'hotelres.azurecr.io/hotel-reservation:search-2f7c1ad';

// zerolog ConsoleWriter with colours, as cmd/*/main.go configure it (the system definition's format).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// grpc-go's default logger: only ERROR is printed unless GRPC_GO_LOG_SEVERITY_LEVEL is set; prefix before the date.
const grpcErr = (min, msg) => `ERROR: ${T.go(min)} ${msg}`;
const GOAWAY = 'rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: ENHANCE_YOUR_CALM, debug data: "too_many_pings"';
const times = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };

const searchBoot = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/search/main.go:37', 'Read target port: 8082'),
  zl(min, 'INF', 'cmd/search/main.go:38', 'Read consul address: consul:8500'),
  zl(min, 'INF', 'cmd/search/main.go:39', 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', 'cmd/search/main.go:47', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
  zl(min + 0.01, 'INF', 'cmd/search/main.go:52', 'Jaeger agent initialized'),
  zl(min + 0.01, 'INF', 'cmd/search/main.go:54', 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.02, 'INF', 'cmd/search/main.go:59', 'Consul agent initialized'),
  zl(min + 0.02, 'INF', 'cmd/search/main.go:70', 'Starting server...'),
];
// The new build logs failed backend calls (part of the change); geo fails more often than rate (more calls per search).
const searchErrs = times(ROLL + 0.75, -0.2, 0.37).map((m, i) =>
  zl(m, 'ERR', i % 3 === 2 ? 'services/search/server.go:131' : 'services/search/server.go:108',
    `${i % 3 === 2 ? 'rate.GetRates' : 'geo.Nearby'} failed: ${GOAWAY}`));
const serverSide = (offset) => times(ROLL + 0.55 + offset, -0.1, 0.52).map((m, i) =>
  grpcErr(m, `[transport] [server-transport 0xc000${(0x4a2000 + i * 0x1380).toString(16)}] Got too many pings from the client, closing the connection.`));

export const scenarios = [
  {
    folder: 's31a-search-grpc-keepalive-goaway',
    description: 'hotel search intermittently erroring since ~14:15, maybe 1 in 4 searches get a 500. booking/login fine',
    incidentTime: INC,
    expected: { component: 'search', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation (session-3 system definition): search (port 8082) fans out to geo (8083) and rate (8084) over
      gRPC, resolved through consul; the frontend calls search.Nearby for /hotels. The servers' keepalive enforcement policy sets
      only PermitWithoutStream, so grpc-go's default MinTime of 5 minutes applies. Incident: at 14:16 the Discovery team rolls
      search to an in-house build (image tag search-2f7c1ad) that adds keepalive.ClientParameters{Time: 10s} to its dialer and logs
      failed backend calls. grpc-go servers count client pings more frequent than MinTime as strikes and, past the limit, send
      GOAWAY ENHANCE_YOUR_CALM "too_many_pings" and close the connection; geo and rate log the grpc-go transport error
      "Got too many pings from the client, closing the connection." (printed by grpc-go's default logger, which writes only
      ERROR lines), and every RPC in flight on the closed connection fails with Unavailable "... received prior goaway: code:
      ENHANCE_YOUR_CALM, debug data: \\"too_many_pings\\"" (grpc-go issues 2464/3170 and many public reports). The search pod is
      Running and Ready with no restart; the rollout completed; about a quarter of searches fail. geo and rate log errors
      although they are healthy. Decoys: a user container restart two days ago and a healthy recommendation rollout three hours
      earlier.`,
    workloads: {
      search: {
        containers: { 'hotel-reserv-search': { image: NEW } },
        rollout: { at: ROLL, revision: 6, oldContainers: { 'hotel-reserv-search': { image: IMG } } },
      },
      recommendation: {
        rollout: { at: -183, revision: 4, oldPatch: { podAnnotations: system.workloads.find((w) => w.name === 'recommendation').podAnnotations } },
        patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'recommendation').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-183.1) } },
      },
      user: {
        pods: [{ containers: { 'hotel-reserv-user': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled up replica set search-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled down replica set search-%OLD% to 0 from 1', first: ROLL + 0.3, last: ROLL + 0.3 },
      { on: 'pod:search#0', reason: 'Pulling', fieldPath: 'spec.containers{hotel-reserv-search}', message: `Pulling image "${NEW}"`, first: ROLL + 0.02, last: ROLL + 0.02 },
      { on: 'pod:search#0', reason: 'Pulled', fieldPath: 'spec.containers{hotel-reserv-search}', message: `Successfully pulled image "${NEW}" in 4.871s (4.871s including waiting). Image size: 301837402 bytes.`, first: ROLL + 0.1, last: ROLL + 0.1 },
      { on: 'pod:search#0', reason: 'Created', fieldPath: 'spec.containers{hotel-reserv-search}', message: 'Created container hotel-reserv-search', first: ROLL + 0.11, last: ROLL + 0.11 },
      { on: 'pod:search#0', reason: 'Started', fieldPath: 'spec.containers{hotel-reserv-search}', message: 'Started container hotel-reserv-search', first: ROLL + 0.12, last: ROLL + 0.12 },
    ],
    logs: {
      'search#0/hotel-reserv-search': [...searchBoot(ROLL + 0.13), ...searchErrs],
      'geo#0/hotel-reserv-geo': serverSide(0),
      'rate#0/hotel-reserv-rate': serverSide(0.21),
    },
  },
];
