// Sock Shop dev scenarios of the fourth pass of issue 13, written after its changes were made and scored once on them (a check of
// how the changes carry to another system and runtime, not used to tune). The system is the session-2 one; grounding in each.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [];

// 1. resource-exhaustion: catalogue-db (MySQL 5.7) at max_connections; catalogue gets Error 1040; pods Ready.
{
  const incidentTime = '2026-12-02T19:40:00Z';
  const T = clock(incidentTime);
  const fail = (m, method) => [
    kit(T, m, `caller=logging.go:80 method=${method} tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=1.102ms`),
    kit(T, m, `caller=service.go:111 Error="Error 1040: Too many connections"`),
  ];
  scenarios.push({
    folder: 'catalogue-db-too-many-connections', incidentTime,
    description: 'catalogue page empty / 500s on and off for the last 25 min during the sale',
    expected: { component: 'catalogue-db', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `catalogue (Go kit, logfmt "caller=… err=…") talks to catalogue-db (weaveworksdemos/catalogue-db, MySQL 5.7, default
      max_connections 151) through database/sql. A reporting job opened pooled connections to socksdb at 19:12 and holds them; new
      connections get MySQL error 1040 "Too many connections" (ER_CON_COUNT_ERROR, MySQL reference manual), which go-sql-driver
      reports as "Error 1040: Too many connections". The MySQL pod stays Ready (no probes upstream); front-end logs 500s.`,
    logs: {
      'catalogue#0/catalogue': [...fail(-24, 'List'), ...fail(-17, 'Count'), ...fail(-9, 'List'), ...fail(-3, 'Get')],
      'front-end#0/front-end': [`GET /catalogue?size=6 500 3.412 ms - 53`, `Error: Internal Server Error`, `GET /catalogue?size=6 500 2.871 ms - 53`],
      'catalogue-db#0/catalogue-db': [
        `${T.java(-60 * 24 * 3).replace(' ', 'T')}Z 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
      ],
    },
  });
}

// 2. dependency-down, pods Ready: session-db (redis) restarted and is still loading a large RDB; front-end's ioredis gets LOADING.
{
  const incidentTime = '2026-12-03T07:15:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 'session-db-loading-after-restart', incidentTime,
    description: 'nobody can log in or keep a basket since ~07:05, pages load but sessions are lost',
    expected: { component: 'session-db', cause: 'dependency-down' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `front-end (Node, express-session with connect-redis/ioredis, SESSION_REDIS=true → session-db:6379). session-db
      (redis:alpine, no probes upstream) was restarted by a node-pool upgrade at 07:03 and reloads a large dump.rdb; until the load
      ends Redis answers every command "LOADING Redis is loading the dataset in memory" (Redis documentation), so the pod is Running
      and Ready while sessions fail. Redis logs "Loading RDB produced by version …" without "DB loaded from disk" yet.`,
    workloads: {
      'session-db': { pods: [{ created: T.iso(-12), containers: { 'session-db': cs.running(T.iso(-11.8)) } }] },
    },
    events: [
      { on: 'pod:session-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -12, last: -12 },
      { on: 'pod:session-db#0', reason: 'Started', message: 'Started container session-db', fieldPath: 'spec.containers{session-db}', first: -11.8, last: -11.8 },
    ],
    logs: {
      'session-db#0/session-db': [
        '1:C 03 Dec 2026 07:03:13.014 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
        '1:M 03 Dec 2026 07:03:13.017 * Running mode=standalone, port=6379.',
        '1:M 03 Dec 2026 07:03:13.018 * Server initialized',
        '1:M 03 Dec 2026 07:03:13.019 * Loading RDB produced by version 7.4.1',
        '1:M 03 Dec 2026 07:03:13.019 * RDB age 14 seconds',
        '1:M 03 Dec 2026 07:03:13.019 * RDB memory usage when created 6021.33 Mb',
      ],
      'front-end#0/front-end': [
        'ReplyError: LOADING Redis is loading the dataset in memory',
        '    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:179:12)',
        'GET /login 500 3.118 ms - 21',
        'ReplyError: LOADING Redis is loading the dataset in memory',
        '    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:179:12)',
        'POST /cart 500 2.771 ms - 21',
        'ReplyError: LOADING Redis is loading the dataset in memory',
        'GET /basket.html 500 1.904 ms - 21',
      ],
      'front-end#1/front-end': [
        'ReplyError: LOADING Redis is loading the dataset in memory',
        '    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:179:12)',
        'GET /customers/57a98d98e4b00679b4a830af 500 2.204 ms - 21',
        'ReplyError: LOADING Redis is loading the dataset in memory',
      ],
    },
  });
}

// 3. bad-deploy-rollout, new pod Ready: catalogue 0.3.6 queries a column the catalogue-db schema does not have.
{
  const incidentTime = '2026-12-04T11:30:00Z';
  const T = clock(incidentTime);
  const fail = (m) => [
    kit(T, m, `caller=logging.go:80 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=0.912ms`),
    kit(T, m, `caller=service.go:111 Error="Error 1054: Unknown column 'sock.discount' in 'field list'"`),
  ];
  scenarios.push({
    folder: 'catalogue-rollout-unknown-column', incidentTime,
    description: 'shop front shows no socks since the catalogue release at 11:10',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `catalogue (Go kit, logfmt). Release 0.3.6 at 11:10 selects a new column sock.discount that the schema migration of
      catalogue-db (weaveworksdemos/catalogue-db, baked into its image) never added; MySQL answers error 1054 "Unknown column …
      in 'field list'" (MySQL reference manual). The /health endpoint does not query the table, so the new pod is Ready; front-end
      logs 500s for /catalogue.`,
    workloads: {
      catalogue: {
        rollout: { at: -20, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.6' } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -20, last: -20 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -19, last: -19 },
    ],
    logs: {
      'catalogue#0/catalogue': [kit(T, -19.5, 'transport=HTTP port=80'), ...fail(-18), ...fail(-12), ...fail(-7), ...fail(-2)],
      'front-end#0/front-end': [`GET /catalogue?size=6 500 2.412 ms - 53`, `Error: Internal Server Error`, `GET /catalogue/size?tags= 500 1.871 ms - 53`],
    },
  });
}
