// s16 blind dev scenarios for Stan's Robot Shop (split dev), expanded by scripts/s16-build-blind-dev-c.mjs with the kit.
// Written blind: expected answers fixed here before any snapshot was generated; the engine was never run on them.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const N = ['ip-10-1-1-84.eu-west-1.compute.internal', 'ip-10-1-2-137.eu-west-1.compute.internal', 'ip-10-1-3-206.eu-west-1.compute.internal'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmt = (T) => {
  const d = (m) => new Date(T.isoMs(m));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return {
    // Spring Boot 2 default console pattern
    spring: (m, level, thread, logger, msg) => { const x = d(m); return `${x.getUTCFullYear()}-${p(x.getUTCMonth() + 1)}-${p(x.getUTCDate())} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}.${p(x.getUTCMilliseconds(), 3)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`; },
    // nginx error log and access log
    ngxErr: (m) => T.go(m),
    ngxAcc: (m) => { const x = d(m); return `${p(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`; },
    // MySQL 5.7 error log
    mysql: (m) => T.isoMs(m).replace(/\.(\d{3})Z$/, '.$1' + '412Z'),
    // monolog default line format
    mono: (m) => T.isoMs(m).replace(/\.(\d{3})Z$/, '.$1' + '211+00:00'),
    // redis 4 log
    redis: (m) => { const x = d(m); return `${p(x.getUTCDate())} ${MON[x.getUTCMonth()]} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}.${p(x.getUTCMilliseconds(), 3)}`; },
  };
};

// ---------------------------------------------------------------------------------------------------------------
// 1. mysql: a NetworkChaos delay left on the mysql pod; mysql is healthy, shipping and ratings suffer.
// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-05-19T13:42:00Z';
  const T = clock(incidentTime);
  const F = fmt(T);
  const F0 = -22; // 13:20 the delay starts
  const shipping = [
    F.spring(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'c.i.r.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 using Java 1.8.0_242 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
    F.spring(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'c.instana.robotshop.shipping.JpaConfig', 'jdbc url jdbc:mysql://mysql/cities?useSSL=false&autoReconnect=true'),
    F.spring(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
    F.spring(-60 * 24 * 9 + 0.8, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port(s): 8080 (http) with context path ''"),
  ];
  for (let m = -40; m < F0; m += 1.7) {
    const id = 1200 + Math.round(-m * 37);
    shipping.push(F.spring(m, 'INFO', `nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'c.instana.robotshop.shipping.Controller', `Calculation for ${id}`));
    shipping.push(F.spring(m + 0.01, 'INFO', `nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'c.instana.robotshop.shipping.Controller', `shipping Ship [distance=${(id * 7) % 900 + 40}, cost=${((id * 7) % 900 + 40) * 0.05}]`));
  }
  let k = 0;
  for (let m = F0 + 0.3; m < -0.2; m += 0.9) {
    k++;
    const code = ['gb', 'de', 'fr', 'us', 'nl', 'es'][k % 6];
    const t = `nio-8080-exec-${(k % 12) + 1}`;
    shipping.push(F.spring(m, 'INFO', t, 'c.instana.robotshop.shipping.Controller', `cities by code ${code}`));
    shipping.push(F.spring(m + 0.06, 'ERROR', t, 'c.instana.robotshop.shipping.Controller', `SlowQuery: ${3600 + ((k * 379) % 2900)} milliseconds. SQL: 'select city0_.uuid as uuid1_0_, city0_.city as city2_0_, city0_.country_code as country_3_0_, city0_.latitude as latitude4_0_, city0_.longitude as longitud5_0_, city0_.name as name6_0_, city0_.region as region7_0_ from cities city0_ where city0_.country_code='${code}'`));
    if (m > F0 + 6 && k % 3 === 0) {
      shipping.push(F.spring(m + 0.3, 'WARN', t, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08001'));
      shipping.push(F.spring(m + 0.3, 'ERROR', t, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
      shipping.push(F.spring(m + 0.31, 'ERROR', t, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'));
      shipping.push('', 'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
        '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:695)',
        '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)',
        '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)',
        '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)',
        '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
        '\tat org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38)',
        '\t... 61 common frames omitted');
    }
    if (k % 5 === 0) shipping.push(F.spring(m + 0.5, 'INFO', t, 'c.instana.robotshop.shipping.Controller', `Calculation for ${3100 + k}`));
  }
  // ratings: php-apache; monolog Health-Check lines and the access log; the probe times out before the handshake completes
  const ratings = [];
  for (let m = -40; m < -0.1; m += 0.0833 * 6) {
    const slow = m >= F0;
    ratings.push(`${N[1].replace(/^ip-(\d+)-(\d+)-(\d+)-(\d+).*/, '$1.$2.$3.$4')} - - [${F.ngxAcc(m + (slow ? 0.06 : 0))}] "GET /_health HTTP/1.1" 200 28 "-" "kube-probe/1.30"`);
    ratings.push(`[${F.mono(m + (slow ? 0.06 : 0))}] app.INFO: Health-Check {"pdo_connectivity":true} []`);
    if (!slow && Math.round(m * 10) % 3 === 0) ratings.push(`%IPOF:web#0% - - [${F.ngxAcc(m + 0.02)}] "GET /api/fetch/${['Watson', 'Ewooid', 'HPTD', 'STAN-1', 'CNA'][Math.abs(Math.round(m)) % 5]} HTTP/1.0" 200 42 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
    if (slow && m < F0 + 2.6 && Math.round(m * 10) % 3 === 0) ratings.push(`%IPOF:web#0% - - [${F.ngxAcc(m + 0.07)}] "GET /api/fetch/${['Watson', 'Ewooid', 'HPTD', 'STAN-1', 'CNA'][Math.abs(Math.round(m)) % 5]} HTTP/1.0" 200 42 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
  }
  const web = [];
  for (let m = -30; m < -0.1; m += 0.45) {
    const id = 2000 + Math.round(-m * 53);
    const client = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][Math.round(-m) % 3];
    if (m < F0) {
      web.push(`${client} - - [${F.ngxAcc(m)}] "GET /api/shipping/calc/${id} HTTP/1.1" 200 45 "https://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`);
      web.push(`${client} - - [${F.ngxAcc(m + 0.1)}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 200 42 "https://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`);
    } else {
      const timedOut = Math.round(-m * 10) % 3 === 0;
      web.push(`${client} - - [${F.ngxAcc(m)}] "GET /api/shipping/calc/${id} HTTP/1.1" ${timedOut ? 504 : 500} ${timedOut ? 167 : 121} "https://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`);
      if (timedOut) web.push(`${F.ngxErr(m)} [error] 31#31: *${48000 + Math.round((m + 30) * 97)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/shipping/calc/${id} HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080/calc/${id}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
      if (m > F0 + 3) {
        web.push(`${F.ngxErr(m + 0.1)} [error] 31#31: *${48001 + Math.round((m + 30) * 97)} connect() failed (111: Connection refused) while connecting to upstream, client: ${client}, server: localhost, request: "GET /api/ratings/api/fetch/Watson HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/Watson", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
        web.push(`${client} - - [${F.ngxAcc(m + 0.1)}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 502 157 "https://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`);
      }
    }
  }
  const mysql = [
    `${F.mysql(-60 * 24 * 9 + 0.5)} 0 [Note] Event Scheduler: Loaded 0 events`,
    `${F.mysql(-60 * 24 * 9 + 0.5)} 0 [Note] mysqld: ready for connections.`,
    "Version: '5.7.30'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
    `${F.mysql(-60 * 24 * 2 - 311)} 4182 [Note] Aborted connection 4182 to db: 'cities' user: 'shipping' host: '%IPOF:shipping#0%' (Got timeout reading communication packets)`,
    `${F.mysql(F0 + 9.4)} 91822 [Note] Aborted connection 91822 to db: 'ratings' user: 'ratings' host: '%IPOF:ratings#0%' (Got an error reading communication packets)`,
  ];
  const cart = [
    pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
    pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
  ];
  for (let m = -30; m < -0.2; m += 1.1) cart.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round((m + 60) * 41)},"method":"GET","url":"/cart/${Math.round(-m * 977) % 100000}","headers":{"host":"cart:8080","user-agent":"Apache-HttpClient/4.5.13 (Java/1.8.0_242)"},"remoteAddress":"::ffff:%IPOF:shipping#0%","remotePort":${40000 + Math.round(-m * 13)}},"res":{"statusCode":200},"responseTime":${2 + (Math.round(-m) % 5)},`));
  return withDefaults({
    folder: 's16-mysql-netem-delay',
    incidentTime,
    description: 'robot shop checkout stuck at the shipping step since ~13:20, ratings stars gone too',
    expected: { component: 'mysql', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Chart facts: mysql (rs-mysql-db:2.1.0, mysql 5.7, port 3306, limits 200m/1Gi, securityContext capabilities add NET_ADMIN);
      shipping (Spring Boot, JpaConfig jdbc:mysql://mysql/cities?useSSL=false&autoReconnect=true, DataSourceBuilder -> HikariCP
      pool of 10, readinessProbe /health that returns "OK" without touching the database); ratings (PHP/Apache, PDO_URL
      mysql:host=mysql;dbname=ratings, readinessProbe /_health with timeoutSeconds 1, periodSeconds 5, failureThreshold 30,
      and HealthController opens a PDO connection on every probe); web nginx proxy_pass to shipping:8080 and ratings:80.
      Fault: a Chaos Mesh NetworkChaos "delay" (latency 1200ms, jitter 300ms, no duration) from a game day left selecting
      service=mysql; it works like tc netem on the mysql pod's eth0, which the NET_ADMIN capability would equally allow.
      Chaos Mesh objects are not in the snapshot. mysql stays Running and Ready and logs nothing unusual (one "Aborted
      connection ... error reading communication packets" note from a client that gave up). Every round trip to mysql now
      costs ~1.2 s: shipping's Controller logs its own "SlowQuery: N milliseconds" error for every cities query (code in
      shipping/Controller.java logs it above 1000 ms), then the 10-connection Hikari pool stays busy and requests fail with
      "Connection is not available, request timed out after 30000ms"; nginx gives 504 (upstream timed out) and 500 for
      /api/shipping. ratings' PDO handshake (TCP + greeting + auth, 3+ round trips) takes longer than the 1 s probe timeout, so
      after 30 failed probes (150 s) the ratings pod turns NotReady, its Endpoints empty and nginx gets "connect() failed (111:
      Connection refused)" for /api/ratings: ratings is the loudest component, a dependent of the real fault. The probe handler
      itself still completes late and logs pdo_connectivity true. A careful engineer sees both database clients slow at the
      same minute while the database is healthy and names the network path to mysql.
      Decoy: catalogue was OOMKilled three days ago (restartCount 1) and has run fine since.`,
    workloads: {
      ratings: {
        pods: [{ containers: { ratings: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) }, readyTransition: T.iso(F0 + 2.6) }],
        unavailableSince: F0 + 2.6,
        endpointsChanged: F0 + 2.6,
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 127), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 127.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: F0 + 0.1, last: -0.05, count: 262 },
    ],
    logs: {
      'shipping#0/shipping': shipping,
      'ratings#0/ratings': ratings,
      'web#0/web': web,
      'mysql#0/mysql': mysql,
      'cart#0/cart': cart,
      'catalogue#0/catalogue': [pino(T, -60 * 24 * 3 - 126.8, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 24 * 3 - 126.8, 'info', '%POD%', 'Started on port 8080')],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
// 2. cart: a rollout points REDIS_HOST at a Service that does not exist; pods stay Ready, every cart call hangs.
// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-05-27T09:18:00Z';
  const T = clock(incidentTime);
  const F = fmt(T);
  const R = -16; // rollout
  const redisErr = (m) => pino(T, m, 'error', '%POD%', 'Redis ERROR Error: Redis connection to redis-headless:6379 failed - getaddrinfo ENOTFOUND redis-headless');
  const cartNew = [pino(T, R + 0.9, 'info', '%POD%', 'Started on port 8080')];
  for (let m = R + 0.92; m < -0.1; m += 0.25) cartNew.push(redisErr(m));
  const shipping = [];
  for (let m = R + 2; m < -0.3; m += 1.6) {
    const t = `nio-8080-exec-${(Math.round(-m) % 7) + 1}`;
    shipping.push(F.spring(m, 'INFO', t, 'c.instana.robotshop.shipping.Controller', `confirm id: ${Math.round(-m * 1117) % 100000}`));
    shipping.push(F.spring(m + 0.08, 'WARN', t, 'c.instana.robotshop.shipping.CartHelper', 'http client exception'));
    shipping.push('java.net.SocketTimeoutException: Read timed out',
      '\tat java.net.SocketInputStream.socketRead0(Native Method)',
      '\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)',
      '\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)',
      '\tat com.instana.robotshop.shipping.CartHelper.addToCart(CartHelper.java:45)');
    shipping.push(F.spring(m + 0.09, 'WARN', t, '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.web.server.ResponseStatusException: 404 NOT_FOUND "cart not found"]'));
  }
  const web = [];
  for (let m = -25; m < -0.1; m += 0.4) {
    const client = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][Math.round(-m * 3) % 3];
    const id = Math.round(-m * 4409) % 100000;
    if (m < R + 1) web.push(`${client} - - [${F.ngxAcc(m)}] "GET /api/cart/add/${id}/STAN-1/1 HTTP/1.1" 200 212 "https://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" "-"`);
    else {
      web.push(`${F.ngxErr(m)} [error] 29#29: *${61000 + Math.round((m + 25) * 91)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/cart/add/${id}/STAN-1/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/${id}/STAN-1/1", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/product/STAN-1"`);
      web.push(`${client} - - [${F.ngxAcc(m)}] "GET /api/cart/add/${id}/STAN-1/1 HTTP/1.1" 504 167 "https://shop.robotshop.example/product/STAN-1" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" "-"`);
    }
    web.push(`${client} - - [${F.ngxAcc(m + 0.05)}] "GET /api/catalogue/products HTTP/1.1" 200 3011 "https://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" "-"`);
  }
  const redis = [
    `1:M ${F.redis(-60 * 24 * 4 - 200)} * Running mode=standalone, port=6379.`,
    `1:M ${F.redis(-60 * 24 * 4 - 200)} * DB loaded from disk: 0.012 seconds`,
    `1:M ${F.redis(-60 * 24 * 4 - 200)} * Ready to accept connections`,
  ];
  for (let m = -50; m < -1; m += 15) redis.push(`1:M ${F.redis(m)} * 10 changes in 300 seconds. Saving...`, `1:M ${F.redis(m)} * Background saving started by pid ${300 + Math.round(-m)}`, `${300 + Math.round(-m)}:C ${F.redis(m + 0.01)} * DB saved on disk`, `1:M ${F.redis(m + 0.02)} * Background saving terminated with success`);
  return withDefaults({
    folder: 's16-cart-redis-host-typo',
    incidentTime,
    description: 'add to cart not working on robot shop, button just spins',
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'decoy'],
    grounding: `
      Chart facts: cart (rs-cart:2.1.0, Node.js, port 8080, no probes) reads REDIS_HOST (default "redis") in cart/server.js, logs
      "Redis ERROR" on client errors and "Redis READY" when connected; the chart sets no REDIS_HOST. The node redis client keeps
      commands in its offline queue while disconnected, so cart's GET/SET calls never answer and the HTTP requests hang.
      Fault: the Basket team prepared a move to a Bitnami Redis release and rolled cart out at 09:02 with REDIS_HOST=redis-headless
      (the Service name the new chart would create) before that release existed. getaddrinfo ENOTFOUND on every reconnect; the new
      pod is Running and Ready (no probes) so the rollout completed and replaced the old pod. nginx answers 504 after
      proxy_read_timeout (60 s) for /api/cart/*; shipping's /confirm (CartHelper -> cart) logs read timeouts. redis itself is
      healthy and keeps saving. Config error introduced by a rollout, hence cart/bad-deploy-rollout also accepted.
      Decoy: redis-0 restarted four days ago (OOMKilled at its 100Mi limit) and has been fine since.`,
    workloads: {
      cart: {
        rollout: { at: R, revision: 5 },
        containers: { cart: { env: [...base.workloads[0].containers[0].env, { name: 'REDIS_HOST', value: 'redis-headless' }] } },
      },
      redis: {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 200.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 200.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: R, last: R },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: R + 1, last: R + 1 },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: R + 0.5, last: R + 0.5 },
      { on: 'pod:cart#0', reason: 'Pulled', fieldPath: 'spec.containers{cart}', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: R + 0.6, last: R + 0.6 },
      { on: 'pod:cart#0', reason: 'Created', fieldPath: 'spec.containers{cart}', message: 'Created container cart', first: R + 0.6, last: R + 0.6 },
      { on: 'pod:cart#0', reason: 'Started', fieldPath: 'spec.containers{cart}', message: 'Started container cart', first: R + 0.7, last: R + 0.7 },
    ],
    logs: {
      'cart#0/cart': cartNew,
      'shipping#0/shipping': shipping,
      'web#0/web': web,
      'redis#0/redis': redis,
    },
  });
})();

export const scenarios = [s1, s2];
