// Blind dev batch s105b: Sock Shop scenario (session-db Redis blocked by a foreground SAVE from a backup job).
// System from the system part of scripts/s2-scenarios/sock-shop.mjs; built by scripts/s105b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const INC = '2026-05-20T09:47:00Z';
const T = clock(INC);
const red = (min, role, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `1:${role} ${p(d.getUTCDate())} ${M} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${msg}`;
};
const START = -60 * 24 * 12;
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms} ms - ${len}`;
const feStart = ['', '> microservices-demo-front-end@0.0.1 start', '> node server.js', '', 'App now running in production mode on port 8079'];
// every SAVE from the backup CronJob (every 10 min) blocks Redis 30-40 s; the one at -2.2 is still running at incidentTime
const saves = [-52, -42, -32, -22, -12];
const feHealthy = (min) => [morgan('GET', '/catalogue?size=5', 200, '11.902', 1432), morgan('GET', '/cart', 200, '6.311', 2), morgan('GET', '/', 200, '3.127', 8688)];

const fePod = (i, restarts, lastStart, lastEnd, curStart) => ({
  containers: {
    'front-end': cs.restartedRunning({
      restarts, startedAt: T.iso(curStart), ready: false,
      last: { exitCode: 143, reason: 'Error', startedAt: T.iso(lastStart), finishedAt: T.iso(lastEnd) },
    }),
  },
  ready: false,
  readyTransition: T.iso(-1.9),
});

export const scenarios = [
  {
    folder: 's105b-session-db-foreground-save',
    incidentTime: INC,
    description: 'sockshop front end keeps flapping + restarting since about 9am, pages hang for ~30s at a time then come back',
    expected: { component: 'session-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    workloads: {
      'front-end': { pods: [fePod(0, 4, -12.6, -11.9, -11.8), fePod(1, 3, -12.5, -11.9, -11.8)], unavailableSince: -2 },
    },
    events: [
      ...[0, 1].flatMap((i) => [
        { on: `pod:front-end#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -52.5, last: -1.6, count: 61 - i * 4, fieldPath: 'spec.containers{front-end}' },
        { on: `pod:front-end#${i}`, reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -52.4, last: -1.7, count: 38 - i * 3, fieldPath: 'spec.containers{front-end}' },
        { on: `pod:front-end#${i}`, reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', first: -52.2, last: -11.9, count: 4 - i, fieldPath: 'spec.containers{front-end}' },
        { on: `pod:front-end#${i}`, reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -52.1, last: -11.85, count: 4 - i, fieldPath: 'spec.containers{front-end}' },
        { on: `pod:front-end#${i}`, reason: 'Created', message: 'Created container front-end', first: -52.1, last: -11.85, count: 4 - i, fieldPath: 'spec.containers{front-end}' },
        { on: `pod:front-end#${i}`, reason: 'Started', message: 'Started container front-end', first: -52.1, last: -11.8, count: 4 - i, fieldPath: 'spec.containers{front-end}' },
      ]),
    ],
    logs: {
      'session-db#0/session-db': [
        red(START, 'C', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        red(START, 'C', 'Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started'),
        red(START, 'C', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
        red(START, 'M', 'monotonic clock: POSIX clock_gettime'),
        red(START, 'M', 'Running mode=standalone, port=6379.'),
        red(START, 'M', 'Server initialized'),
        red(START, 'M', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
        red(START, 'M', 'Ready to accept connections tcp'),
        red(-60 * 24 * 3, 'M', '3600 changes in 3600 seconds. Saving...'),
        red(-60 * 24 * 3, 'M', 'Background saving started by pid 2211'),
        red(-60 * 24 * 3 + 0.2, 'C', 'DB saved on disk'),
        red(-60 * 24 * 3 + 0.2, 'C', 'Fork CoW for RDB: current 4 MB, peak 4 MB, average 2 MB'),
        red(-60 * 24 * 3 + 0.21, 'M', 'Background saving terminated with success'),
        ...saves.map((m, k) => red(m + 0.55 + k * 0.01, 'M', 'DB saved on disk')),
      ],
      'front-end#0/front-end/previous': [
        ...feStart,
        ...feHealthy(-12.4),
        'Error: Redis connection to session-db:6379 failed - read ETIMEDOUT',
        '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)',
      ],
      'front-end#0/front-end': [
        ...feStart,
        ...feHealthy(-11),
        morgan('GET', '/catalogue?size=5', 200, '31822.114', 1432),
        morgan('GET', '/', 200, '32010.730', 8688),
        morgan('GET', '/login', 200, '30988.402', 2),
        ...feHealthy(-8),
        ...feHealthy(-5),
        morgan('GET', '/customers/57a98d98e4b00679b4a830af', 200, '9.884', 412),
      ],
      'front-end#1/front-end': [...feStart, ...feHealthy(-11), morgan('GET', '/basket.html', 200, '33114.221', 6110), ...feHealthy(-6)],
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-60 * 24 * 12)} caller=main.go:114 transport=HTTP port=80`,
        `ts=${T.isoMs(-4.1)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.114611ms`,
        `ts=${T.isoMs(-0.9)} caller=logging.go:62 method=Count tags= result=9 err=null took=1.004122ms`,
      ],
      'user#0/user': [
        `ts=${T.isoMs(-3.3)} caller=logging.go:32 method=GetUsers id=57a98d98e4b00679b4a830af result=1 took=2.41983ms`,
      ],
    },
    grounding: `
      Manifest facts (microservices-demo deploy/kubernetes/complete-demo.yaml): front-end runs with SESSION_REDIS=true, so
      express-session keeps every session in session-db (redis:alpine, no probes, no resources); front-end's readiness and
      liveness probes GET / on 8079 with timeoutSeconds 1, periodSeconds 3, failureThreshold 3, and / goes through the
      session middleware.
      Fault (expected session-db / dependency-down): the platform team added a backup CronJob (not part of the snapshot:
      the kit writes no Jobs) that runs \`redis-cli -h session-db SAVE\` every 10 minutes. SAVE is the synchronous variant
      (Redis docs: "SAVE performs a synchronous save ... blocking all the other clients"); session-db holds ~1 GB of sessions
      left by a crawler that keeps no cookies, so each SAVE blocks Redis for 30-40 s. During each window every front-end
      request waits on the session store, both probes time out, kubelet marks the pods NotReady and restarts them after
      nine seconds of liveness failures (exit 143); morgan shows ~30 s responses. session-db stays Running and Ready (no
      probe) and its log only says "DB saved on disk" without the "Background saving started" line a BGSAVE prints. At
      incidentTime a SAVE is in progress: front-end pods NotReady.
      Deviations: the CronJob and the crawler are invented; Redis 7.2 for redis:alpine at the time of the incident.
    `,
  },
];
