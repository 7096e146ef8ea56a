// Blind dev batch s93a: one Robot Shop scenario (config-error: mysql left with innodb_force_recovery=4) as a kit spec module.
// System, default PVCs and withDefaults from scripts/kit-systems/robot-shop.mjs; built by scripts/s93a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-12T10:44:00Z');
const my = (min, n, level, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${n} [${level}] ${msg}`;
const php = (min, level, msg) => `[${T.isoMs(min).replace('Z', '000+00:00')}] app.${level}: ${msg} [] []`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (min, req, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36') => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (x) => String(x).padStart(2, '0');
  return `10.1.2.57 - - [${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "http://shop.robot.example/" "${ua}"`;
};
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ERR1881 = 'SQLSTATE[HY000]: General error: 1881 Operation not allowed when innodb_force_recovery > 0.';

export const scenarios = [
  withDefaults({
    folder: 's93a-mysql-innodb-force-recovery-left-on',
    incidentTime: '2026-05-12T10:44:00Z',
    description: 'robot shop: rating a robot gives an error since this morning (~9:15). shipping quotes still work, ratings page shows old stars fine',
    expected: { component: 'mysql', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mysql', cause: 'bad-deploy-rollout' }, { component: 'mysql', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Robot Shop (instana/robot-shop K8s/helm at 55292e2): ratings (PHP, PDO) reads and writes ratings.ratings in mysql
      (rs-mysql-db:2.1.0, MySQL 5.7); shipping only reads cities.codes/cities from the same server.
      Fault: after an unclean shutdown at 09:05 an operator added --innodb-force-recovery=4 to the mysql Deployment's args to get
      it started (revision 4) and never removed it. MySQL 5.7 accepts the value, logs the force-recovery warning and then refuses
      every INSERT/UPDATE/DELETE with ERROR 1881 (HY000) "Operation not allowed when innodb_force_recovery > 0" (documented in the
      MySQL 5.7 manual "Forcing InnoDB Recovery": values 4 and above place InnoDB in read-only mode). Reads keep working, so
      shipping and the ratings GET are fine and the pod is Running and Ready; ratings' PUT /api/rate returns 500 and nginx (web) logs it.
      The old and new ReplicaSets differ only in the args. Decoys: user OOMKilled four days ago (Running since), dispatch's
      routine RabbitMQ reconnect warnings from last week.
      Deviations from upstream: the args line (upstream sets none).
    `,
    workloads: {
      mysql: {
        rollout: { at: -94, oldContainers: { mysql: { args: undefined } } },
        containers: { mysql: { args: ['--innodb-force-recovery=4'] } },
      },
      user: {
        pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysql-%NEW% to 1', first: -94, last: -94 },
      { on: 'deploy:mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysql-%OLD% to 0 from 1', first: -93.2, last: -93.2 },
      { on: 'pod:mysql#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -93.9 },
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', fieldPath: 'spec.containers{mysql}', first: -93.8 },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', fieldPath: 'spec.containers{mysql}', first: -93.8 },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', fieldPath: 'spec.containers{mysql}', first: -93.8 },
    ],
    logs: {
      'mysql#0/mysql': [
        my(-93.7, 0, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
        my(-93.7, 0, 'Note', 'mysqld (mysqld 5.7.44) starting as process 1 ...'),
        my(-93.7, 0, 'Note', 'InnoDB: !!! innodb_force_recovery is set to 4 !!!'),
        my(-93.6, 0, 'Note', 'InnoDB: Database was not shutdown normally!'),
        my(-93.6, 0, 'Note', 'InnoDB: Starting crash recovery.'),
        my(-93.5, 0, 'Note', 'InnoDB: 5.7.44 started; log sequence number 14822317'),
        my(-93.5, 0, 'Warning', 'InnoDB: innodb_force_recovery is on. We do not allow database modifications by the user. Shut down mysqld and edit my.cnf to set innodb_force_recovery=0'),
        my(-93.5, 0, 'Note', 'Server hostname (bind-address): \'*\'; port: 3306'),
        my(-93.5, 0, 'Note', 'mysqld: ready for connections.\nVersion: \'5.7.44\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server (GPL)'),
        my(-60, 41, 'Note', 'Aborted connection 41 to db: \'ratings\' user: \'ratings\' host: \'%IPOF:ratings#0%\' (Got an error reading communication packets)'),
      ],
      'ratings#0/ratings': [
        php(-88.2, 'ERROR', `Database Error ${ERR1881}`),
        php(-88.2, 'CRITICAL', `Uncaught PHP Exception PDOException: "${ERR1881}" at /var/www/html/src/Service/RatingsService.php line 63`),
        php(-41.0, 'ERROR', `Database Error ${ERR1881}`),
        php(-41.0, 'CRITICAL', `Uncaught PHP Exception PDOException: "${ERR1881}" at /var/www/html/src/Service/RatingsService.php line 63`),
        php(-3.4, 'ERROR', `Database Error ${ERR1881}`),
        php(-3.4, 'CRITICAL', `Uncaught PHP Exception PDOException: "${ERR1881}" at /var/www/html/src/Service/RatingsService.php line 63`),
      ],
      'web#0/web': [
        ngx(-88.2, 'PUT /api/ratings/api/rate/Watson/5', 500, 128),
        ngx(-52.0, 'GET /api/ratings/api/fetch/Watson', 200, 42),
        ngx(-41.0, 'PUT /api/ratings/api/rate/HAL-1/4', 500, 128),
        ngx(-12.5, 'GET /api/shipping/calc/4529', 200, 63),
        ngx(-3.4, 'PUT /api/ratings/api/rate/EMM/3', 500, 128),
        ngx(-3.3, 'GET /api/ratings/api/fetch/EMM', 200, 40),
      ],
      'shipping#0/shipping': [
        spring(-12.5, 'INFO', 'nio-8080-exec-4', 'com.instana.robotshop.shipping.Controller', 'Calculation for 4529'),
        spring(-12.5, 'INFO', 'nio-8080-exec-4', 'com.instana.robotshop.shipping.Controller', 'shipping Ship [distance=1077.0, cost=24.2]'),
      ],
      'dispatch#0/dispatch': [
        `${T.go(-60 * 24 * 6)} Failed to connect to RabbitMQ: dial tcp ${'%SVCIP:rabbitmq%'}:5672: connect: connection refused`,
        `${T.go(-60 * 24 * 6 + 0.1)} Connected to RabbitMQ`,
        `${T.go(-8)} processing order f2c35d71-9a40-4e8b-bb16-3d7e0a54c9e2`,
      ],
      'user#0/user': [
        pino(T, -5, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
