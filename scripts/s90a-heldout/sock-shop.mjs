// Blind held-out batch s90a: one Sock Shop scenario (split test), on the session-2 system definition.
// Built by scripts/s90a-build.mjs with the kit of scripts/s2-scenario-kit.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const IT = '2026-05-19T14:47:00Z';
const T = clock(IT);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const list = (min, took) => kit(min, `caller=logging.go:36 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="Error 1044: Access denied for user 'catalogue_user'@'%' to database 'sockdb'" took=${took}`);
const count = (min) => kit(min, 'caller=logging.go:81 method=Count tags= result=0 err="Error 1044: Access denied for user \'catalogue_user\'@\'%\' to database \'sockdb\'" took=2.1ms');
const health = (min) => kit(min, 'caller=logging.go:86 method=Health result=2 took=1.9ms');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const DSN = '-DSN=catalogue_user:default_password@tcp(catalogue-db:3306)/sockdb';

export const scenarios = [
  {
    folder: 's90a-catalogue-empty-after-args-change',
    incidentTime: IT,
    description: 'sockshop catalogue page shows no socks since about 14:20. login + cart still work. shop-core team pls look',
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      catalogue: {
        containers: { catalogue: { args: ['-port=80', DSN] } },
        rollout: { at: -27, revision: 4, oldReplicas: 0, oldContainers: { catalogue: { args: ['-port=80'] } } },
        pods: [{}],
        endpointsChanged: -24,
      },
      'carts': { since: -60 * 24 * 3 },
    },
    events: [
      { on: 'deploy:catalogue', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -27, last: -27 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -26.9 },
      { on: 'pod:catalogue#0', reason: 'Pulled', fieldPath: 'spec.containers{catalogue}', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -26.8 },
      { on: 'pod:catalogue#0', reason: 'Created', fieldPath: 'spec.containers{catalogue}', message: 'Created container catalogue', first: -26.8 },
      { on: 'pod:catalogue#0', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: -26.7 },
      { on: 'deploy:catalogue', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -23.6, last: -23.6 },
      { on: 'pod:carts#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{carts}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 3 + 2, last: -60 * 24 * 3 + 3, count: 4 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        kit(-26.6, `caller=main.go:89 Error="Unable to connect to Database" DSN="catalogue_user:default_password@tcp(catalogue-db:3306)/sockdb"`),
        kit(-26.6, 'caller=main.go:123 transport=HTTP port=80'),
        health(-23.7), list(-19.8, '3.4ms'), count(-19.8), health(-15.2), list(-12.4, '2.9ms'), count(-12.4), list(-6.1, '3.1ms'),
        count(-6.1), health(-4.3), list(-1.2, '2.7ms'), count(-1.2),
      ],
      'catalogue-db#0/catalogue-db': [
        `${T.iso(-60 * 24 * 9 + 1).replace('Z', '.412371Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
      'front-end#0/front-end': [
        'GET /catalogue?page=1&size=6 500 21.412 ms - 52',
        'GET /catalogue/size?tags= 500 9.877 ms - 52',
        'Error with log in: Error: Request failed with status code 500',
        'GET /cart 200 14.022 ms - 2',
        'GET /catalogue?page=1&size=6 500 18.301 ms - 52',
        'GET /login 200 41.733 ms - -',
        'GET /customers/57a98d98e4b00679b4a830b2 200 12.104 ms - 210',
        'GET /catalogue?sort=id&size=3&tags=featured 500 10.556 ms - 52',
      ],
      'front-end#1/front-end': [
        'GET /index.html 200 3.110 ms - 8688',
        'GET /catalogue?page=1&size=6 500 17.990 ms - 52',
        'GET /tags 200 11.200 ms - 107',
        'GET /cart 200 12.880 ms - 2',
        'GET /catalogue/size?tags= 500 8.402 ms - 52',
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 3 + 1, 'WARN', 'carts', 'http-nio-80-exec-3', 'o.s.d.m.c.MongoTemplate', 'Slow query detected on collection cart (1204 ms)'),
        spring(-8, 'INFO', 'carts', 'http-nio-80-exec-7', 'w.w.s.c.c.CartsController', 'GET /carts/57a98d98e4b00679b4a830b2/items'),
      ],
    },
    grounding: `
      Sock Shop complete-demo.yaml (session-2 system definition): catalogue runs "/app -port=80" and takes its MySQL DSN
      from the -DSN flag (default catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb, the topology's edge note);
      catalogue-db creates MYSQL_DATABASE=socksdb. Its /health answers 200 listing the db as an item, so the probe stays green.
      Fault: a release added an explicit -DSN arg with the schema misspelt (sockdb); catalogue logs "Unable to connect to
      Database" at start (go-kit main.go) and every List/Count returns MySQL Error 1044 (the user's grants cover socksdb only), front-end answers 500 on /catalogue,
      while cart, login and customers work. Follows the common public pattern of a DSN typo reaching production.
      Deviations from upstream: the -DSN arg and catalogue-db's log lines are written for the incident; front-end lines use
      the morgan "dev" format; a three-day-old carts readiness warning is a decoy.
    `,
  },
];
