// Blind dev batch s83c: Robot Shop spec (system from scripts/kit-systems/robot-shop.mjs, withDefaults, pino).
// One scenario: mongod OOMKilled because its WiredTiger cache floor (256 MB) exceeds the 200Mi limit as data grew.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-04-10T19:30:00Z';
const T = clock(IT);
const mlog = (min, s, c, id, msg, attr = '{}') => `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"${s}",  "c":"${c}", "id":${id},   "ctx":"conn12","msg":"${msg}","attr":${attr}}`;
const mongoRun = (min) => [
  mlog(min, 'I', 'CONTROL', 23285, 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(min + 0.01, 'I', 'STORAGE', 22315, 'Opening WiredTiger', '{"config":"create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4)"}'),
  mlog(min + 0.05, 'I', 'NETWORK', 23016, 'Waiting for connections', '{"port":27017,"ssl":"off"}'),
  mlog(min + 0.3, 'I', 'NETWORK', 22943, 'Connection accepted', '{"remote":"%IPOF:catalogue#0%:41822","connectionId":12,"connectionCount":4}'),
  mlog(min + 0.8, 'I', 'COMMAND', 51803, 'Slow query', '{"type":"command","ns":"catalogue.products","command":{"find":"products","filter":{},"$db":"catalogue"},"planSummary":"COLLSCAN","docsExamined":48211,"nreturned":48211,"durationMillis":1874}'),
];
export const scenarios = [
  withDefaults({
    folder: 's83c-mongod-cache-over-limit',
    description: 'robotshop catalogue empty and logins failing - web team says api 500s since ~19:10',
    incidentTime: IT,
    expected: { component: 'mongodb', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'crash-loop' }, { component: 'mongodb', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Upstream robot-shop helm (55292e2): mongodb limit 200Mi / request 100Mi, catalogue and user reach it at mongodb:27017.
      MongoDB documents the WiredTiger cache default as the larger of 50% of (RAM - 1 GB) and 256 MB, so under a 200Mi
      cgroup limit the cache target alone exceeds the limit; after the merch team bulk-imported ~48k products into
      catalogue.products this afternoon, full collection scans fill the cache and the kernel OOM-kills mongod (137)
      whenever it warms up. Catalogue and user (Node.js, pino) log connection errors, web (nginx) 500s: callers are louder.
      Decoy: shipping (JVM) OOMKilled three days ago, restarted once and healthy. Deviations: the import is invented.`,
    workloads: {
      mongodb: {
        unavailableSince: -19,
        pods: [{ ready: false, containers: { mongodb: cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.4), finishedAt: T.iso(-2.1), backoff: '2m40s', container: 'mongodb' }) } }],
      },
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', fieldPath: 'spec.containers{mongodb}', first: -19, last: -3.4, count: 6 },
      { on: 'pod:mongodb#0', reason: 'BackOff', message: 'Back-off restarting failed container mongodb in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{mongodb}', first: -17, last: -0.5, count: 41 },
    ],
    logs: {
      'mongodb#0/mongodb/previous': mongoRun(-3.4),
      'catalogue#0/catalogue': [
        pino(T, -12, 30, '%POD%', 'MongoDB connected'),
        pino(T, -2.1, 50, '%POD%', 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 3 to mongodb:27017 closed","stack":"MongoNetworkError: connection 3 to mongodb:27017 closed"},'),
        pino(T, -1.2, 50, '%POD%', 'ERROR', '"err":{"type":"MongoNetworkError","message":"failed to connect to server [mongodb:27017] on first connect [Error: connect ECONNREFUSED %SVCIP:mongodb%:27017]"},'),
      ],
      'user#0/user': [
        pino(T, -1.6, 50, '%POD%', 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 5 to mongodb:27017 closed"},'),
        pino(T, -0.9, 30, '%POD%', 'request completed', '"req":{"method":"POST","url":"/login"},"res":{"statusCode":500},"responseTime":30012,'),
      ],
      'web#0/web': [
        `10.1.2.44 - - [${'10/Apr/2026:19:28:11 +0000'}] "GET /api/catalogue/products HTTP/1.1" 500 33 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0"`,
        `10.1.2.44 - - [10/Apr/2026:19:28:40 +0000] "POST /api/user/login HTTP/1.1" 500 27 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0"`,
      ],
    },
  }),
];
