// Batch s128b (held-out, written blind): Stan's Robot Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const I = '2026-08-18T19:44:00Z';
const T = clock(I);
const mongoLog = (min, s, c, id, ctx, msg) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg });

export const scenarios = [
  withDefaults({
    folder: 's128b-mongodb-oom-evening',
    description: 'robot shop catalog + login intermittently failing for ~15min (since 19:30ish), ratings fine',
    incidentTime: I,
    expected: { component: 'mongodb', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'pods-ready'],
    grounding: `
      Manifest facts: rs-mongodb (limit 200Mi in the helm chart's resources) holds the catalogue and users
      collections; catalogue (Node.js, MONGO_URL mongodb://mongodb:27017/catalogue) and user (Node.js) read it.
      Fault: under the evening load WiredTiger's cache plus connections grow past the 200Mi limit; the kernel OOM
      killer ends mongod (exit 137, OOMKilled) three times in 15 minutes. Each restart takes a few seconds, so at
      snapshot time the container is running and Ready again (restartCount 3, lastState OOMKilled), while catalogue
      and user log MongoNetworkError / topology destroyed errors and web returns 500s for /api/catalogue and
      /api/user. This follows the common report of mongod OOM-killed under a tight container memory limit because
      WiredTiger sizes its cache from host memory. Deviation from upstream: none beyond the load.`,
    workloads: {
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.7) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', fieldPath: 'spec.containers{mongodb}', first: -14.2, last: -2.7, count: 3 },
      { on: 'pod:mongodb#0', reason: 'Created', message: 'Created container mongodb', fieldPath: 'spec.containers{mongodb}', first: -14.2, last: -2.7, count: 3 },
      { on: 'pod:mongodb#0', reason: 'Started', message: 'Started container mongodb', fieldPath: 'spec.containers{mongodb}', first: -14.1, last: -2.6, count: 3 },
      { on: 'pod:mongodb#0', reason: 'Unhealthy', message: 'Readiness probe failed: dial tcp %PODIP%:27017: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{mongodb}', first: -14.1, last: -2.6, count: 3 },
    ],
    logs: {
      'mongodb#0/mongodb': [
        mongoLog(-2.6, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
        mongoLog(-2.55, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger'),
        mongoLog(-2.5, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message'),
        mongoLog(-2.45, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections'),
        mongoLog(-2.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted'),
      ],
      'mongodb#0/mongodb/previous': [
        mongoLog(-7.9, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections'),
        mongoLog(-5.1, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted'),
        mongoLog(-3.0, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -30, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -14.2, 'error', '%POD%', 'ERROR MongoNetworkError: connection 4 to mongodb:27017 closed'),
        pino(T, -14.1, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/products"},"res":{"statusCode":500},"responseTime":2,'),
        pino(T, -7.9, 'error', '%POD%', 'ERROR MongoNetworkError: failed to connect to server [mongodb:27017] on first connect [Error: connect ECONNREFUSED %SVCIP:mongodb%:27017'),
        pino(T, -2.7, 'error', '%POD%', 'ERROR MongoNetworkError: connection 11 to mongodb:27017 closed'),
        pino(T, -1.1, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/categories"},"res":{"statusCode":200},"responseTime":9,'),
      ],
      'user#0/user': [
        pino(T, -14.0, 'error', '%POD%', 'ERROR MongoError: Topology was destroyed'),
        pino(T, -2.6, 'error', '%POD%', 'ERROR MongoNetworkError: connection 7 to mongodb:27017 closed'),
      ],
    },
  }),
];
