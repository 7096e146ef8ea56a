// Held-out (split: test) hotel-reservation scenarios of the s12 batch, as kit specs on the session-3 system definition;
// written blind (no rule, engine or other scenario read), expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const LV = {
  INF: '\x1b[32mINF\x1b[0m',
  ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m',
  PNC: '\x1b[1m\x1b[31mPNC\x1b[0m\x1b[0m',
};
const zl = (T, min, lvl, caller, msg) =>
  `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  JSON.stringify({
    t: { $date: T.isoMs(min).replace('Z', '+00:00') },
    s,
    c,
    id,
    ctx,
    msg,
    ...(attr ? { attr } : {}),
  });

// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-09-09T02:58:00Z';
  const T = clock(incidentTime);
  const AT = -41; // nightly backup job locks the instance
  const mongo = [];
  for (let m = -55; m < AT; m += 4)
    mongo.push(
      mlog(T, m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', {
        remote: `%IPOF:reservation#0%:${41000 + Math.round(-m * 10)}`,
        connectionId: 9100 + Math.round(-m),
        connectionCount: 14,
      }),
    );
  mongo.push(
    mlog(T, AT - 0.02, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', {
      remote: '10.244.2.187:50318',
      connectionId: 9188,
      connectionCount: 15,
    }),
    mlog(T, AT - 0.01, 'I', 'NETWORK', 51800, 'conn9188', 'client metadata', {
      remote: '10.244.2.187:50318',
      client: 'conn9188',
      doc: {
        application: { name: 'mongodump' },
        driver: { name: 'mongo-go-driver', version: 'v1.12.1' },
        os: { type: 'linux', architecture: 'amd64' },
        platform: 'go1.21.6',
      },
    }),
    mlog(T, AT, 'I', 'COMMAND', 20461, 'conn9188', 'CMD fsync', { lock: true }),
    mlog(T, AT + 0.01, 'I', 'COMMAND', 20470, 'fsyncLockWorker', 'fsyncLock: lock count incremented', {
      lockCount: 1,
    }),
    mlog(
      T,
      AT + 0.02,
      'W',
      'COMMAND',
      20471,
      'conn9188',
      'WARNING: instance is locked, blocking all writes. The fsync command has finished execution, remember to unlock the instance using fsyncUnlock().',
    ),
    mlog(T, AT + 3.5, 'I', 'NETWORK', 22944, 'conn9188', 'Connection ended', {
      remote: '10.244.2.187:50318',
      connectionId: 9188,
      connectionCount: 14,
    }),
  );
  const resv = [
    zl(T, -60 * 50, 'INF', 'cmd/reservation/main.go:40', 'Read database URL: mongodb-reservation:27017'),
    zl(T, -60 * 50, 'INF', 'cmd/reservation/db.go:30', 'New session successfull...'),
    zl(T, -60 * 50, 'INF', 'cmd/reservation/main.go:88', 'Starting server...'),
  ];
  for (let m = AT + 1.2, k = 0; m < -0.3; m += 2.1, k++)
    resv.push(
      zl(
        T,
        m,
        'ERR',
        'services/reservation/server.go:178',
        `Failed to insert reservation into mongodb-reservation: read tcp %PODIP%:${43120 + k}->%SVCIP:mongodb-reservation%:27017: i/o timeout`,
      ),
    );
  return {
    folder: 's12-reservation-mongo-fsynclock',
    description:
      'hotelres: booking (POST /reservation) hangs then errors for all users since around 2:20 UTC. search and recommendations look normal',
    incidentTime,
    expected: { component: 'mongodb-reservation', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'time-expression'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes + helm chart at 6ecb097 (mongodb-reservation: mongo:4.4.6 with
      the reservation-pvc; reservation reads database.reservation = mongodb-reservation:27017 from its config.json and inserts every
      booking in MakeReservation). A nightly backup job ran db.fsyncLock() before mongodump and died before fsyncUnlock(): MongoDB
      documents that fsyncLock blocks all writes until unlocked, and mongod logs "instance is locked, blocking all writes ...
      remember to unlock the instance using fsyncUnlock()". Reads keep working, so availability checks, search and recommendations
      are fine while every booking insert blocks until the driver's socket timeout ("i/o timeout"). mongod stays Running and Ready
      (no probes upstream), memory and CPU idle. Deviations: the backup job (a pod in another namespace, IP 10.244.2.187) is
      invented; mongod log ids are from the 4.4 structured log format.
    `,
    workloads: {},
    logs: {
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongo,
      'reservation#0/hotel-reserv-reservation': resv,
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-25T10:37:00Z';
  const T = clock(incidentTime);
  const panic = (m) => [
    zl(T, m - 0.6, 'INF', 'cmd/rate/main.go:24', 'Reading config...'),
    zl(T, m - 0.6, 'INF', 'cmd/rate/main.go:37', 'Read database URL: mongodb-rate:27017'),
    zl(T, m - 0.59, 'INF', 'cmd/rate/db.go:30', 'New session successfull...'),
    zl(T, m - 0.58, 'INF', 'cmd/rate/main.go:100', 'Successfull'),
    zl(T, m - 0.57, 'INF', 'cmd/rate/main.go:119', 'Starting server...'),
    'panic: runtime error: invalid memory address or nil pointer dereference',
    '[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x9a4c1e]',
    '',
    'goroutine 211 [running]:',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate.(*Server).GetRates(0xc0001c2000, {0xc4b2e8, 0xc0003a81e0}, 0xc0004b6140)',
    '\t/workspace/services/rate/server.go:142 +0x67e',
    'github.com/delimitrou/DeathStarBench/tree/master/hotelReservation/services/rate/proto._Rate_GetRates_Handler.func1({0xc4b2e8, 0xc0003a81e0}, {0xa91c00?, 0xc0004b6140})',
    '\t/workspace/services/rate/proto/rate.pb.go:262 +0x72',
  ];
  const search = [];
  for (let m = -24, k = 0; m < -0.2; m += 0.9, k++)
    search.push(
      zl(
        T,
        m,
        'ERR',
        'services/search/server.go:110',
        k % 3
          ? `SearchHandler GetRates failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:rate#0%:8084: connect: connection refused"`
          : 'SearchHandler GetRates failed: rpc error: code = Unavailable desc = error reading from server: EOF',
      ),
    );
  return {
    folder: 's12-rate-nil-deref-crashloop',
    description: 'hotel search returning errors/empty for most date ranges last 25 min. discovery team',
    incidentTime,
    expected: { component: 'rate', cause: 'crash-loop' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation kubernetes + helm chart at 6ecb097 (rate: the shared hotel-reservation
      image, command ./rate, port 8084, registered in consul; search calls it for every Nearby query). A rate plan added through an
      admin script without its RoomType sub-document makes GetRates dereference nil for queries whose dates cover it; the Go runtime
      panics and exits 2 on the first such request after each start, so the container loops (restartCount 9, CrashLoopBackOff).
      search logs "SearchHandler GetRates failed" with connection refused / EOF. Decoy: memcached-rate was OOMKilled four days ago
      and has been Running since. Deviations: the data change and the line numbers in the stack are invented.
    `,
    workloads: {
      rate: {
        unavailableSince: -24,
        pods: [
          {
            containers: {
              'hotel-reserv-rate': cs.crashLoop({
                restarts: 9,
                exitCode: 2,
                reason: 'Error',
                startedAt: T.iso(-1.6),
                finishedAt: T.iso(-1.0),
                container: 'hotel-reserv-rate',
              }),
            },
          },
        ],
      },
      'memcached-rate': {
        pods: [
          {
            containers: {
              'hotel-reserv-rate-mmc': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 12),
                  finishedAt: T.iso(-60 * 24 * 4 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'pod:rate#0',
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)',
        fieldPath: 'spec.containers{hotel-reserv-rate}',
        first: -23,
        last: -0.5,
        count: 96,
      },
      {
        on: 'pod:rate#0',
        reason: 'Pulled',
        message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine',
        fieldPath: 'spec.containers{hotel-reserv-rate}',
        first: -24,
        last: -1.6,
        count: 9,
      },
      {
        on: 'pod:rate#0',
        reason: 'Started',
        message: 'Started container hotel-reserv-rate',
        fieldPath: 'spec.containers{hotel-reserv-rate}',
        first: -24,
        last: -1.6,
        count: 9,
      },
    ],
    logs: {
      'rate#0/hotel-reserv-rate': panic(-1.6).slice(0, 5),
      'rate#0/hotel-reserv-rate/previous': panic(-1.7),
      'search#0/hotel-reserv-search': search,
    },
  };
})();

export const scenarios = [s1, s2];
