// Blind dev batch s95a, Sock Shop: one scenario on the kit's Sock Shop system (scripts/s2-scenarios/sock-shop.mjs).
// catalogue redeployed with a -DSN whose readTimeout is 3ms: it starts, logs the failed ping, and every query times out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const T = clock('2026-05-21T10:58:00Z');
const DSN = 'catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb?timeout=5s&readTimeout=3ms&writeTimeout=5s';
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const mysql = (min, port) => `[mysql] ${T.go(min)} packets.go:37: read tcp %PODIP%:${port}->%SVCIP:catalogue-db%:3306: i/o timeout`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's95a-catalogue-dsn-read-timeout-ms',
    incidentTime: '2026-05-21T10:58:00Z',
    description: 'catalog page shows no socks since about 10:30, "cannot load products". commerce team says carts + login still work',
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: catalogue is the Go go-kit service started as /app -port=80; its main.go takes -DSN (default
      catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb), opens it with sqlx, and only logs a failed Ping
      ("Unable to connect to Database", "should not fail/exit"), so a bad DSN does not stop the process; /health answers
      200 so the probes pass. Fault: a change at 10:27 adds a -DSN with go-sql-driver/mysql timeouts, readTimeout=3ms
      meant as 3s; the handshake and every query hit "i/o timeout" (packets.go) and the driver returns invalid connection,
      catalogue answers 500 "database connection error" and the front-end shows no products. Follows the
      go-sql-driver/mysql DSN parameters (readTimeout is a Go duration, units required) and public reports of unit slips in
      timeouts. catalogue-db is healthy and quiet. Decoys: orders OOMKilled two days ago (restartCount 1), a healthy
      carts rollout yesterday. The ReplicaSets differ only in catalogue's args.
    `,
    workloads: {
      catalogue: {
        rollout: { at: -31, oldContainers: { catalogue: { args: ['-port=80'] } } },
        containers: { catalogue: { args: ['-port=80', `-DSN=${DSN}`] } },
      },
      carts: {
        rollout: { at: -60 * 22, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.7' } } },
      },
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -31 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -27.4 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -30.9 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', fieldPath: 'spec.containers{catalogue}', first: -30.8 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: -30.8 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -30.7 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        mysql(-30.7, 41822),
        kit(-30.7, `Error="Unable to connect to Database" DSN=${DSN}`),
        kit(-30.7, 'transport=HTTP port=80'),
        kit(-28, 'caller=logging.go:83 method=Health result=2 took=4.12µs'),
        mysql(-24.1, 41868),
        kit(-24.1, 'caller=logging.go:30 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=6.42ms'),
        mysql(-24.0, 41870),
        kit(-24.0, 'caller=logging.go:55 method=Count tags= result=0 err="database connection error" took=5.97ms'),
        mysql(-6.2, 42114),
        kit(-6.2, 'caller=logging.go:30 method=List tags=blue order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=7.01ms'),
        mysql(-1.1, 42190),
        kit(-1.1, 'caller=logging.go:42 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=null err="database connection error" took=5.3ms'),
        kit(-0.9, 'caller=logging.go:83 method=Health result=2 took=3.87µs'),
      ],
      'catalogue-db#0/catalogue-db': [
        `${T.iso(-60 * 24 * 9 + 1).replace('Z', '.104512Z')} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
        `${T.iso(-24.1).replace('Z', '.381907Z')} 214 [Note] Aborted connection 214 to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#0%' (Got an error reading communication packets)`,
        `${T.iso(-6.2).replace('Z', '.775120Z')} 231 [Note] Aborted connection 231 to db: 'socksdb' user: 'catalogue_user' host: '%IPOF:catalogue#0%' (Got an error reading communication packets)`,
      ],
      'front-end#0/front-end': [
        'GET /catalogue?page=1&size=6&tags= 500 11.204 ms - 57',
        'GET /catalogue/size?tags= 500 9.880 ms - 57',
        'GET /cart 200 14.311 ms - 2',
        'GET /customers/57a98d98e4b00679b4a830af 200 6.027 ms - 271',
        'GET /catalogue?page=1&size=6&tags=blue 500 12.915 ms - 57',
      ],
      'front-end#1/front-end': [
        'GET /tags 500 8.114 ms - 57',
        'POST /login 200 41.630 ms - -',
        'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 500 10.043 ms - 57',
      ],
      'orders#0/orders': [
        spring(-60 * 49 + 0.5, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.733 seconds (JVM running for 43.982)'),
      ],
      'carts#0/carts': [
        spring(-60 * 22 + 0.6, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.412 seconds (JVM running for 40.107)'),
      ],
    },
  },
];
