// Blind dev batch s57b, DeathStarBench hotelReservation: one scenario on the session-3 system (scripts/s3-scenarios/hotel-reservation.mjs).
// memcached-profile frozen by a gdb left attached from a `kubectl debug` session: Ready, silent; profile panics and crash-loops.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2026-04-09T08:20:00Z');
// zerolog ConsoleWriter as cmd/*/main.go sets it up (RFC3339, Caller(), colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
export const DEBUGGER = 'debugger-w9kx2';
export const DEBUG_IMAGE = 'hotelres.azurecr.io/platform/debug-tools:1.4';
export const DEBUG_AT = T.iso(-16.2);

const profileRun = (start, ids, port, goroutine) => {
  const err = `read tcp %PODIP%:${port}->%SVCIP:memcached-profile%:11211: i/o timeout`;
  const msg = `Tried to get hotelIds [[${ids.join(' ')}]], but got memmcached error = ${err}`;
  return [
    zl(start, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
    zl(start, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
    zl(start, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
    zl(start, 'INF', 'cmd/profile/main.go:23', 'Reading config...'),
    zl(start, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
    zl(start, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
    zl(start + 0.01, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-profile:11211'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:43', 'Initializing Memcashed client...'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:45', 'Successfull'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:49', 'Read target port: 8081'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:50', 'Read consul address: consul:8500'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:51', 'Read jaeger address: jaeger:6831'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:60', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:65', 'Jaeger agent initialized'),
    zl(start + 0.01, 'INF', 'cmd/profile/main.go:67', 'Initializing consul agent [host: consul:8500]...'),
    zl(start + 0.02, 'INF', 'cmd/profile/main.go:72', 'Consul agent initialized'),
    zl(start + 0.02, 'INF', 'cmd/profile/main.go:84', 'Starting server...'),
    zl(start + 0.06, 'PNC', 'services/profile/server.go:137', msg),
    `panic: ${msg}`,
    '',
    `goroutine ${goroutine} [running]:`,
    'github.com/rs/zerolog.(*Logger).Panic.func1({0xc000412a80?, 0x0?})',
    '\t/workspace/vendor/github.com/rs/zerolog/log.go:396 +0x27',
    'github.com/rs/zerolog.(*Event).msg(0xc0002ce0e0, {0xc000412a80, 0x9e})',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:158 +0x2c2',
    'github.com/rs/zerolog.(*Event).Msgf(...)',
    '\t/workspace/vendor/github.com/rs/zerolog/event.go:131',
    'github.com/harlow/go-micro-services/services/profile.(*Server).GetProfiles(0xc0001f4f00, {0x10a6a10, 0xc0004b2c60}, 0xc0003fa2d0)',
    '\t/workspace/services/profile/server.go:137 +0x7c5',
    'github.com/harlow/go-micro-services/services/profile/proto._Profile_GetProfiles_Handler.func1({0x10a6a10?, 0xc0004b2c60?}, {0xe1c3a0?, 0xc0003fa2d0?})',
    '\t/workspace/services/profile/proto/profile.pb.go:271 +0x72',
    'github.com/opentracing-contrib/go-grpc.OpenTracingServerInterceptor.func1({0x10a6a10, 0xc0004b2bd0}, {0xe1c3a0, 0xc0003fa2d0}, 0xc0002c6080, 0xc0004a6198)',
    '\t/workspace/vendor/github.com/opentracing-contrib/go-grpc/server.go:57 +0x3c2',
    'github.com/harlow/go-micro-services/services/profile/proto._Profile_GetProfiles_Handler({0xe75b60, 0xc0001f4f00}, {0x10a6a10, 0xc0004b2bd0}, 0xc0002ce000, 0xc000212d20)',
    '\t/workspace/services/profile/proto/profile.pb.go:273 +0x138',
    'google.golang.org/grpc.(*Server).processUnaryRPC(0xc000222000, {0x10a6a10, 0xc0004b2b40}, {0x10aef40, 0xc0002a8000}, 0xc0004c2000, 0xc000218f00, 0x17d5f40, 0x0)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1343 +0xdd1',
    'google.golang.org/grpc.(*Server).handleStream(0xc000222000, {0x10aef40, 0xc0002a8000}, 0xc0004c2000)',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:1737 +0xc4c',
    'google.golang.org/grpc.(*Server).serveStreams.func1.1()',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:986 +0x86',
    'created by google.golang.org/grpc.(*Server).serveStreams.func1 in goroutine 51',
    '\t/workspace/vendor/google.golang.org/grpc/server.go:997 +0x145',
  ];
};
const frontendBoot = [
  zl(-60 * 24 * 9, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(-60 * 24 * 9, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:51', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:56', 'Jaeger agent initialized'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:58', 'Initializing consul agent [host: consul:8500]...'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:63', 'Consul agent initialized'),
  zl(-60 * 24 * 9, 'INF', 'cmd/frontend/main.go:74', 'Starting server...'),
  zl(-60 * 24 * 9, 'INF', 'services/frontend/server.go:58', 'In frontend Initialize'),
];
const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

export const scenarios = [
  {
    folder: 's57b-memcached-profile-gdb-stopped',
    incidentTime: '2026-04-09T08:20:00Z',
    description: 'hotel search 500s since ~8:05, the profile service keeps crashlooping (nobody deployed it). rate/geo fine',
    expected: { component: 'memcached-profile', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows DeathStarBench hotelReservation services/profile/server.go GetProfiles: s.MemcClient.GetMulti(hotelIds) and, on any
      error other than memcache.ErrCacheMiss, log.Panic().Msgf("Tried to get hotelIds [%v], but got memmcached error = %s");
      grpc-go does not recover handler panics, so the whole profile process exits (exit code 2). The client timeout is
      MEMC_TIMEOUT=2 (tune.GetMemCTimeout). memcached-profile (memcached:1.6.22, no probes in the manifests, no -v so it logs
      nothing) is the culprit.
      Fault: at 08:03 an engineer ran kubectl debug -it --profile=sysadmin --target=hotel-reserv-profile-mmc
      --image=${DEBUG_IMAGE} on the memcached-profile pod and attached gdb -p 1 to look at slab usage; the session was left
      open, memcached (pid 1 of the target container) stays ptrace-stopped. The kernel still completes TCP handshakes into
      the listen backlog, so connects succeed, the pod stays Ready and Running with no restart, and every get waits the 2s
      and fails with "read tcp ...->memcached-profile:11211: i/o timeout". profile panics on its first search after each
      start and crash-loops (6 restarts, back-off 5m0s): the dependent is the loud one. The hung cache is dependency-down
      on memcached-profile; the only traces of it are the ephemeral container in its pod spec/status and the kubelet events.
      Decoys: profile's CrashLoopBackOff and panic; a search rollout three hours earlier (healthy, GC 100 -> 80); an old
      OOMKill of mongodb-geo four days ago.
      Deviations from upstream: the debug image and the gdb session are invented; main.go line numbers and goroutine ids
      in the trace are illustrative; the build script adds the ephemeral container (the kit cannot express it) and the
      Recreate strategy of the kompose-generated mongodb Deployments.`,
    workloads: {
      profile: {
        unavailableSince: -15,
        pods: [{
          containers: {
            'hotel-reserv-profile': cs.crashLoop({ restarts: 6, exitCode: 2, startedAt: T.iso(-4.7), finishedAt: T.iso(-4.63), container: 'hotel-reserv-profile' }),
          },
          readyTransition: T.iso(-15),
        }],
      },
      search: {
        containers: { 'hotel-reserv-search': { env: system.workloads.find((w) => w.name === 'search').containers[0].env.map((e) => (e.name === 'GC' ? { name: 'GC', value: '80' } : e)) } },
        rollout: { at: -185, revision: 4 },
      },
      'mongodb-geo': {
        pods: [{ containers: { 'hotel-reserv-geo-mongo': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:memcached-profile#0', reason: 'Pulled', message: `Container image "${DEBUG_IMAGE}" already present on machine`, fieldPath: `spec.ephemeralContainers{${DEBUGGER}}`, first: -16.2 },
      { on: 'pod:memcached-profile#0', reason: 'Created', message: `Created container ${DEBUGGER}`, fieldPath: `spec.ephemeralContainers{${DEBUGGER}}`, first: -16.2 },
      { on: 'pod:memcached-profile#0', reason: 'Started', message: `Started container ${DEBUGGER}`, fieldPath: `spec.ephemeralContainers{${DEBUGGER}}`, first: -16.15 },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine`, fieldPath: 'spec.containers{hotel-reserv-profile}', first: -14.85, last: -4.72, count: 6 },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: -14.85, last: -4.72, count: 6 },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}', first: -14.84, last: -4.7, count: 6 },
      { on: 'pod:profile#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-profile}', first: -14.9, last: -0.4, count: 58 },
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled up replica set search-%NEW% to 1', first: -185 },
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled down replica set search-%OLD% to 0 from 1', first: -184.5 },
    ],
    logs: {
      'profile#0/hotel-reserv-profile/previous': profileRun(-4.7, [5, 9, 12, 1, 3, 7], 50412, 1173),
      'frontend#0/hotel-reserv-frontend': frontendBoot,
      'frontend#1/hotel-reserv-frontend': frontendBoot,
      'mongodb-geo#0/hotel-reserv-geo-mongo': [
        mlog(-60 * 24 * 4 + 0.01, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
        mlog(-60 * 24 * 4 + 0.02, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=7472M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
        mlog(-60 * 24 * 4 + 0.05, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
      ],
    },
  },
];
