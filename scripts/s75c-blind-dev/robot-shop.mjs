// Blind dev batch s75c — Stan's Robot Shop: one scenario (mysql OOM-killed as its InnoDB buffer pool fills a 1Gi limit).
// System from scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs, pino); built by scripts/s75c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-03T09:20:00Z');
const ep = (min) => T.iso(min).replace('T', ' ').replace('Z', '+00:00'); // entrypoint `date --rfc-3339=seconds`
const my = (min, lvl, msg, thr = 0) => `${T.isoMs(min).replace('Z', '')}${String(Math.abs(Math.round(min * 1000)) % 1000).padStart(3, '0')}Z ${thr} [${lvl}] ${msg}`;
const spring = (min, lvl, thread, logger, msg) => `${T.java(min)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const ngx = (min) => {
  const d = T.iso(min);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(d.slice(5, 7)) - 1];
  return `${d.slice(8, 10)}/${mon}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000`;
};
const acc = (min, path, code, bytes, ref = 'http://shop.robotshop.example/') =>
  `10.1.2.137 - - [${ngx(min)}] "GET ${path} HTTP/1.1" ${code} ${bytes} "${ref}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`;
const monolog = (min, lvl, msg) => `[${T.isoMs(min).replace('Z', '')}412+00:00] app.${lvl}: ${msg} [] []`;

// mysql:5.7 docker-entrypoint.sh on an empty datadir (the image's anonymous VOLUME /data is new for every container).
const initRun = (s, crashAt) => {
  const out = [
    `${ep(s)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.33-1debian10 started.`,
    `${ep(s)} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
    `${ep(s)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.33-1debian10 started.`,
    `${ep(s)} [Note] [Entrypoint]: Initializing database files`,
    my(s + 0.01, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
    my(s + 0.02, 'Warning', 'InnoDB: New log files created, LSN=45790'),
    my(s + 0.03, 'Warning', 'InnoDB: Creating foreign key constraint system tables.'),
    my(s + 0.03, 'Warning', 'No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: 6b1f0e2c-ca41-11f0-9a2d-0a58c0a80a2e.'),
    my(s + 0.03, 'Warning', "Gtid table is not ready to be used. Table 'mysql.gtid_executed' cannot be opened."),
    my(s + 0.05, 'Warning', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.', 1),
    `${ep(s + 0.07)} [Note] [Entrypoint]: Database files initialized`,
    `${ep(s + 0.07)} [Note] [Entrypoint]: Starting temporary server`,
    `${ep(s + 0.07)} [Note] [Entrypoint]: Waiting for server startup`,
    my(s + 0.08, 'Note', 'mysqld (mysqld 5.7.33) starting as process 78 ...'),
    my(s + 0.08, 'Note', 'InnoDB: Initializing buffer pool, total size = 896M, instances = 1, chunk size = 128M'),
    my(s + 0.09, 'Note', 'InnoDB: Completed initialization of buffer pool'),
    my(s + 0.1, 'Note', "mysqld: ready for connections.\nVersion: '5.7.33'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server (GPL)"),
    `${ep(s + 0.12)} [Note] [Entrypoint]: Temporary server started.`,
    `${ep(s + 0.12)} [Note] [Entrypoint]: Creating database cities`,
    `${ep(s + 0.12)} [Note] [Entrypoint]: Creating user shipping`,
    `${ep(s + 0.12)} [Note] [Entrypoint]: Giving user shipping access to schema cities`,
    '',
    `${ep(s + 0.13)} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/10-dump.sql.gz`,
    '',
    `${ep(s + 2.1)} [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/20-ratings.sql`,
    '',
    `${ep(s + 2.12)} [Note] [Entrypoint]: Stopping temporary server`,
    my(s + 2.13, 'Note', 'Giving 0 client threads a chance to die gracefully'),
    my(s + 2.13, 'Note', 'Shutting down slave threads'),
    my(s + 2.14, 'Note', 'InnoDB: Starting shutdown...'),
    my(s + 2.2, 'Note', 'mysqld: Shutdown complete'),
    '',
    `${ep(s + 2.22)} [Note] [Entrypoint]: Temporary server stopped`,
    '',
    `${ep(s + 2.22)} [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
    '',
    my(s + 2.23, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
    my(s + 2.23, 'Note', 'mysqld (mysqld 5.7.33) starting as process 1 ...'),
    my(s + 2.23, 'Note', 'InnoDB: PUNCH HOLE support available'),
    my(s + 2.23, 'Note', 'InnoDB: Using Linux native AIO'),
    my(s + 2.23, 'Note', 'InnoDB: Initializing buffer pool, total size = 896M, instances = 1, chunk size = 128M'),
    my(s + 2.24, 'Note', 'InnoDB: Completed initialization of buffer pool'),
    my(s + 2.25, 'Note', 'InnoDB: Highest supported file format is Barracuda.'),
    my(s + 2.27, 'Note', "Server hostname (bind-address): '*'; port: 3306"),
    my(s + 2.27, 'Note', "Event Scheduler: Loaded 0 events"),
    my(s + 2.28, 'Note', "mysqld: ready for connections.\nVersion: '5.7.33'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)"),
  ];
  if (crashAt) out.push(my(crashAt - 6, 'Note', "Aborted connection 412 to db: 'cities' user: 'shipping' host: '%IPOF:shipping#0%' (Got an error reading communication packets)", 412));
  return out;
};

const linkFailure = (min, thread, after = '') => [
  spring(min, 'WARN', thread, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'),
  spring(min, 'ERROR', thread, 'o.h.engine.jdbc.spi.SqlExceptionHelper', `Communications link failure${after}`),
  spring(min + 0.001, 'ERROR', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; SQL [n/a]; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet] with root cause'),
  '',
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:na]',
  '\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:399) ~[na:na]',
  '\tat java.base/java.net.Socket.connect(Socket.java:609) ~[na:na]',
  '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
  '\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
  '\tat com.mysql.cj.NativeSession.connect(NativeSession.java:144) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
  '\tat com.mysql.cj.jdbc.ConnectionImpl.connectOneTryOnly(ConnectionImpl.java:956) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
  '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:826) ~[mysql-connector-java-8.0.22.jar!/:8.0.22]',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:358) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:161) ~[HikariCP-3.4.5.jar!/:na]',
  '\tat com.instana.robotshop.shipping.Controller.match(Controller.java:96) ~[classes!/:na]',
  '',
];

export const scenarios = [
  withDefaults({
    folder: 's75c-mysql-oomkilled-buffer-pool',
    incidentTime: '2026-06-03T09:20:00Z',
    description: 'shipping estimates broken at checkout again, 500s on /api/shipping since like 8:40 and ratings flaky. fulfilment says its "the db" but mysql pod shows Running??',
    expected: { component: 'mysql', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'mysql', cause: 'resource-exhaustion' },
      { component: 'mysql', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (mysql Deployment, image robotshop/rs-mysql-db:2.1.0, limits 200m/1Gi,
      requests 100m/700Mi, no probes; mysql/Dockerfile FROM mysql:5.7 with datadir moved to the anonymous VOLUME /data and the
      cities/ratings dumps in /docker-entrypoint-initdb.d). Deviation (the release three days ago, revision 2 of mysql): the
      Fulfilment team mounted a ConfigMap mysql-tuning as /etc/mysql/conf.d/tuning.cnf (innodb_buffer_pool_size=896M, to
      keep the whole cities table in memory for /match); the container limit stayed 1Gi. The old and new ReplicaSet templates
      differ by exactly that volume and volumeMount. The buffer pool is only filled as pages are read, so the release looked
      healthy for days; this morning's checkout traffic full-scans cities through shipping's LIKE matches and mysqld's RSS
      (buffer pool + per-connection buffers + performance_schema) crosses 1Gi: the kernel OOM-kills mysqld (OOMKilled, exit
      137) at 08:41, 08:58 and 09:14. Every restart begins with an empty /data (containerd gives a restarted container a fresh
      directory for an image-declared VOLUME), so the entrypoint re-initialises and reloads the dumps for about two minutes,
      listening on no TCP port meanwhile. Now: mysql Running and Ready (no probe) with restartCount 3 and lastState OOMKilled;
      shipping's Spring Boot/Hibernate "Communications link failure" and ratings' PDO errors are louder, nginx logs 500s on
      /api/shipping. Public grounding: MySQL reference manual on buffer pool sizing (memory beyond innodb_buffer_pool_size),
      the common "MySQL in Kubernetes OOMKilled, buffer pool sized close to the memory limit" reports. Expected: mysql
      oom-killed; resource-exhaustion and config-error (the buffer pool setting) also accepted.
      Decoy: dispatch restarted once two days ago (exit 1, rabbitmq not reachable at start, as dispatch/main.go failOnError
      does). Mysql server version string (5.7.33) and the init script names are approximate.`,
    workloads: {
      mysql: {
        patch: { volumes: [{ name: 'mysql-tuning', configMap: { name: 'mysql-tuning', defaultMode: 420 } }] },
        containers: { mysql: { volumeMounts: [{ name: 'mysql-tuning', mountPath: '/etc/mysql/conf.d/tuning.cnf', subPath: 'tuning.cnf' }] } },
        rollout: { at: -60 * 24 * 3, revision: 2, oldContainers: { mysql: { volumeMounts: undefined } }, oldPatch: { volumes: undefined } },
        pods: [{
          containers: {
            mysql: cs.restartedRunning({ restarts: 3, startedAt: T.iso(-5.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-21.7), finishedAt: T.iso(-5.5) } }),
          },
        }],
      },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 2 - 0.6), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    configMaps: [{ name: 'mysql-tuning', keys: ['tuning.cnf'] }],
    events: [
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', first: -39, last: -5.4, count: 3 },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', first: -39, last: -5.4, count: 3 },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', first: -39, last: -5.3, count: 3 },
      { on: 'pod:mysql#0', reason: 'BackOff', message: 'Back-off restarting failed container mysql in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -22, last: -5.4, count: 2 },
    ],
    logs: {
      'mysql#0/mysql/previous': initRun(-21.7, -5.5),
      'mysql#0/mysql': initRun(-5.3),
      'shipping#0/shipping': [
        spring(-45, 'INFO', 'nio-8080-exec-6', 'c.i.robotshop.shipping.Controller', 'Calculation for 4'),
        spring(-44, 'INFO', 'nio-8080-exec-2', 'c.i.robotshop.shipping.Controller', 'Calculation for 12'),
        ...linkFailure(-39, 'nio-8080-exec-4'),
        spring(-38.2, 'ERROR', 'nio-8080-exec-9', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Exception during pool initialization.'),
        spring(-37.5, 'WARN', 'nio-8080-exec-1', 'com.zaxxer.hikari.pool.ProxyConnection', 'HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@3f2b9a1c marked as broken because of SQLSTATE(08S01), ErrorCode(0)'),
        spring(-36.1, 'INFO', 'nio-8080-exec-3', 'c.i.robotshop.shipping.Controller', 'Calculation for 7'),
        spring(-30, 'INFO', 'nio-8080-exec-5', 'c.i.robotshop.shipping.Controller', 'Calculation for 19'),
        ...linkFailure(-22, 'nio-8080-exec-7'),
        spring(-20.5, 'WARN', 'nio-8080-exec-2', 'com.zaxxer.hikari.pool.ProxyConnection', 'HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@61c0e4d7 marked as broken because of SQLSTATE(08S01), ErrorCode(0)'),
        spring(-19.3, 'INFO', 'nio-8080-exec-8', 'c.i.robotshop.shipping.Controller', 'Calculation for 22'),
        spring(-12, 'INFO', 'nio-8080-exec-1', 'c.i.robotshop.shipping.Controller', 'Calculation for 3'),
        ...linkFailure(-5.45, 'nio-8080-exec-3'),
        ...linkFailure(-4.1, 'nio-8080-exec-6'),
        spring(-3.4, 'WARN', 'nio-8080-exec-5', 'com.zaxxer.hikari.pool.ProxyConnection', 'HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@1d8a7e52 marked as broken because of SQLSTATE(08S01), ErrorCode(0)'),
        spring(-2.2, 'INFO', 'nio-8080-exec-4', 'c.i.robotshop.shipping.Controller', 'Calculation for 9'),
      ],
      'ratings#0/ratings': [
        monolog(-38.7, 'ERROR', 'Database Error SQLSTATE[HY000] [2002] Connection refused'),
        `10.1.2.137 - - [${ngx(-38.7)}] "GET /api/fetch/HAL-1 HTTP/1.1" 500 288 "-" "-"`,
        monolog(-21.4, 'ERROR', 'Database Error SQLSTATE[HY000] [2002] Connection refused'),
        `10.1.2.137 - - [${ngx(-21.4)}] "GET /api/fetch/Watson HTTP/1.1" 500 288 "-" "-"`,
        `10.1.2.137 - - [${ngx(-12.1)}] "GET /api/fetch/Ewooid HTTP/1.1" 200 32 "-" "-"`,
        monolog(-4.6, 'ERROR', 'Database Error SQLSTATE[HY000] [2002] Connection refused'),
        `10.1.2.137 - - [${ngx(-4.6)}] "GET /api/fetch/K9 HTTP/1.1" 500 288 "-" "-"`,
        `10.1.2.137 - - [${ngx(-1.1)}] "GET /api/fetch/Watson HTTP/1.1" 200 33 "-" "-"`,
      ],
      'web#0/web': [
        acc(-44.5, '/api/shipping/codes', 200, 1794),
        acc(-39, '/api/shipping/match/gb/Lond', 500, 289),
        acc(-38.7, '/api/ratings/api/fetch/HAL-1', 500, 288),
        acc(-37.9, '/api/shipping/calc/6', 500, 289),
        acc(-30, '/api/shipping/match/de/Berl', 200, 612),
        acc(-22, '/api/shipping/match/fr/Pari', 500, 289),
        acc(-21.4, '/api/ratings/api/fetch/Watson', 500, 288),
        acc(-19.3, '/api/shipping/calc/22', 200, 74),
        acc(-12, '/api/cart/cart/3f9d21', 200, 348),
        acc(-5.45, '/api/shipping/match/gb/Manc', 500, 289),
        acc(-4.6, '/api/ratings/api/fetch/K9', 500, 288),
        acc(-4.1, '/api/shipping/calc/9', 500, 289),
        acc(-2.2, '/api/shipping/calc/9', 200, 73),
        acc(-1.1, '/api/ratings/api/fetch/Watson', 200, 33),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
