// Held-out batch s74a (split test), Robot Shop: one blind scenario on scripts/kit-systems/robot-shop.mjs
// (instana/robot-shop K8s/helm at 55292e2), with its withDefaults, default PVCs and pino helper; built by scripts/s74a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-04-21T19:12:00Z';
const T = clock(incidentTime);
// mysqld was OOM-killed at these minutes (cgroup limit 1Gi); the last restart came back at -3.1
const KILLS = [-47, -36.5, -26, -15.8, -5.4];
const down = (m) => KILLS.some((k, i) => m >= k && m < k + (i < 2 ? 0.8 : [1.6, 2.4, 2.3][i - 2]));

const my = (min, lvl, msg) => `${T.isoMs(min).replace(/(\.\d{3})Z$/, '$1' + '412Z')} ${lvl === 'Note' ? 0 : 0} [${lvl}] ${msg}`;
const mysqlStart = (at, crashed) => [
  my(at, 'Note', 'mysqld (mysqld 5.7.44) starting as process 1 ...'),
  my(at + 0.001, 'Note', 'InnoDB: PUNCH HOLE support available'),
  my(at + 0.001, 'Note', 'InnoDB: Mutexes and rw_locks use GCC atomic builtins'),
  my(at + 0.001, 'Note', 'InnoDB: Uses event mutexes'),
  my(at + 0.001, 'Note', 'InnoDB: Compressed tables use zlib 1.2.13'),
  my(at + 0.002, 'Note', 'InnoDB: Number of pools: 1'),
  my(at + 0.002, 'Note', 'InnoDB: Using CPU crc32 instructions'),
  my(at + 0.002, 'Note', 'InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M'),
  my(at + 0.003, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  ...(crashed
    ? [
        my(at + 0.004, 'Note', 'InnoDB: Log scan progressed past the checkpoint lsn 48211637'),
        my(at + 0.004, 'Note', 'InnoDB: Doing recovery: scanned up to log sequence number 48213308'),
        my(at + 0.005, 'Note', 'InnoDB: Database was not shutdown normally!'),
        my(at + 0.005, 'Note', 'InnoDB: Starting crash recovery.'),
        my(at + 0.009, 'Note', 'InnoDB: Removed temporary tablespace data file: "ibtmp1"'),
      ]
    : []),
  my(at + 0.01, 'Note', 'InnoDB: Creating shared tablespace for temporary tables'),
  my(at + 0.011, 'Note', 'InnoDB: 5.7.44 started; log sequence number 48213308'),
  my(at + 0.012, 'Note', 'Plugin \'FEDERATED\' is disabled.'),
  my(at + 0.014, 'Note', 'InnoDB: Buffer pool(s) load completed at ' + T.java(at + 0.014).slice(2, 19).replace(/-/g, '') ),
  my(at + 0.015, 'Note', 'Server hostname (bind-address): \'*\'; port: 3306'),
  my(at + 0.015, 'Note', 'IPv6 is available.'),
  my(at + 0.015, 'Note', '  - \'::\' resolves to \'::\';'),
  my(at + 0.015, 'Note', 'Server socket created on IP: \'::\'.'),
  my(at + 0.02, 'Note', 'Event Scheduler: Loaded 0 events'),
  my(at + 0.02, 'Note', 'mysqld: ready for connections.'),
  `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
];

const spring = (min, lvl, thread, logger, msg) => `${T.java(min)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const shippingLog = () => {
  const out = [];
  let k = 0;
  for (let m = -50; m < -0.3; m += 0.45) {
    const t = `nio-8080-exec-${(k++ % 10) + 1}`;
    if (down(m)) {
      out.push(spring(m, 'WARN', t, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08S01'));
      out.push(spring(m, 'ERROR', t, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'Communications link failure'));
      out.push('');
      out.push('The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.');
      out.push(spring(m + 0.001, 'ERROR', t, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'));
      out.push('');
      out.push('java.net.ConnectException: Connection refused (Connection refused)');
      out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_232]');
      out.push('\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_232]');
      out.push('\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155) ~[mysql-connector-java-8.0.18.jar!/:8.0.18]');
      out.push('\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:65) ~[mysql-connector-java-8.0.18.jar!/:8.0.18]');
    } else if (k % 3 === 0) {
      out.push(spring(m, 'INFO', t, 'c.i.r.shipping.Controller', `Calculation for ${['4215', '2836', '1077', '3390'][k % 4]}`));
    } else {
      out.push(spring(m, 'INFO', t, 'c.i.r.shipping.Controller', `match ${['gb', 'de', 'us', 'fr'][k % 4]} ${['lon', 'ber', 'new', 'par'][k % 4]}`));
    }
  }
  return out;
};
const ratingsLog = () => {
  const out = [];
  let k = 0;
  for (let m = -50; m < -0.3; m += 0.6) {
    const ip = `10.1.${(k % 3) + 1}.${40 + (k % 17)}`;
    const sku = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RMC', 'RD-10', 'RD-2'][k++ % 10];
    const d = T.java(m);
    const apache = `${d.slice(8, 10)}/Apr/${d.slice(0, 4)}:${d.slice(11, 19)} +0000`;
    if (down(m)) {
      out.push(`[${T.isoMs(m).replace('Z', '+00:00')}] app.ERROR: Database Error SQLSTATE[HY000] [2002] Connection refused [] []`);
      out.push(`${ip} - - [${apache}] "GET /api/fetch/${sku} HTTP/1.1" 500 323 "-" "python-requests/2.22.0"`);
    } else {
      out.push(`${ip} - - [${apache}] "GET /api/fetch/${sku} HTTP/1.1" 200 35 "-" "python-requests/2.22.0"`);
    }
  }
  return out;
};
const webLog = () => {
  const out = [];
  let k = 0;
  for (let m = -50; m < -0.3; m += 0.35) {
    const d = T.java(m);
    const ts = `${d.slice(8, 10)}/Apr/${d.slice(0, 4)}:${d.slice(11, 19)} +0000`;
    const paths = ['/api/catalogue/products', '/api/shipping/codes', '/api/ratings/api/fetch/HPTD', '/api/cart/cart/anonymous-19', '/api/shipping/match/gb/lon', '/api/user/uniqueid'];
    const p = paths[k++ % paths.length];
    const db = p.includes('shipping') || p.includes('ratings');
    const st = db && down(m) ? 500 : 200;
    out.push(`10.1.${(k % 3) + 1}.${100 + (k % 50)} - - [${ts}] "GET ${p} HTTP/1.1" ${st} ${st === 500 ? 146 : 213 + (k % 400)} "http://web:8080/" "python-requests/2.22.0" "-"`);
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's74a-shipping-ratings-flapping',
    incidentTime,
    description: 'robotshop shipping + ratings throwing 500s on and off for the last ~45 min, fulfilment pls look. cart/catalogue fine',
    expected: { component: 'mysql', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'mysql', cause: 'crash-loop' },
      { component: 'mysql', cause: 'resource-exhaustion' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): mysql is a single-replica Deployment of robotshop/rs-mysql-db
      (MySQL 5.7 with the cities and ratings databases baked in, no volume) with limits cpu 200m / memory 1Gi and no
      probes; shipping (Spring Boot, Connector/J) reads cities through jdbc:mysql://mysql/cities and ratings (PHP, PDO)
      reads mysql:host=mysql;dbname=ratings. shipping's /health and ratings' /_health do not touch the database, so both
      stay Ready.
      Fault: mysqld grows past the 1Gi cgroup limit (MySQL 5.7 memory outside the 128M buffer pool: performance_schema,
      per-session sort and join buffers and in-memory temporary tables of the shipping match/LIKE queries over the large
      cities table) and is OOM-killed by the kernel every ~10 minutes; the kubelet restarts it (exit 137, reason OOMKilled)
      with a growing back-off. This follows the public reports of MySQL 5.7 containers OOMKilled below their buffer pool
      size (docker-library/mysql and kubernetes issues on mysqld memory in cgroups). At the snapshot the container has just
      been restarted again and is Running and Ready (no probe), restartCount 5; the callers are the loud ones, with
      Communications link failure / SQLSTATE[HY000] [2002] during each restart and crash recovery.
      Deviations from upstream: the image tag 2.1.0 as .env pins it; mysqld version string 5.7.44 (the 5.7 line the image
      is built from); nothing else.
    `,
    workloads: {
      mysql: {
        pods: [
          {
            containers: {
              mysql: cs.restartedRunning({
                restarts: 5,
                startedAt: T.iso(-3.1),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-13.5), finishedAt: T.iso(-5.4) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', first: -46.9, last: -3.1, count: 5, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', first: -46.9, last: -3.1, count: 5, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', first: -46.9, last: -3.1, count: 5, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container mysql in pod %POD%_robot-shop(%PODUID%)', first: -25.9, last: -3.3, count: 6, fieldPath: 'spec.containers{mysql}' },
    ],
    logs: {
      'mysql#0/mysql': [
        ...mysqlStart(-3.1, true),
        my(-2.2, 'Note', 'Aborted connection 9 to db: \'cities\' user: \'shipping\' host: \'%IPOF:shipping#0%\' (Got an error reading communication packets)'),
      ],
      'mysql#0/mysql/previous': [
        ...mysqlStart(-13.5, true),
        my(-11.9, 'Warning', 'IP address \'%IPOF:ratings#0%\' could not be resolved: Name or service not known'),
        my(-9.2, 'Note', 'Aborted connection 27 to db: \'cities\' user: \'shipping\' host: \'%IPOF:shipping#0%\' (Got timeout reading communication packets)'),
      ],
      'shipping#0/shipping': shippingLog(),
      'ratings#0/ratings': ratingsLog(),
      'web#0/web': webLog(),
      'cart#0/cart': Array.from({ length: 30 }, (_, i) => pino(T, -45 + i * 1.5, 'info', '%POD%', 'request completed', `"req":{"id":${400 + i},"method":"GET","url":"/cart/anonymous-${19 + (i % 5)}","headers":{"host":"cart:8080","user-agent":"python-requests/2.22.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + i * 13}},"res":{"statusCode":200},"responseTime":${2 + (i % 4)},`)),
    },
  }),
];
