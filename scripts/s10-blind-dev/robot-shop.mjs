// s10 blind dev scenarios for Stan's Robot Shop (five incidents, split dev), as compact specs over the kit system
// scripts/kit-systems/robot-shop.mjs; expected answers were fixed before generation. Built by scripts/s10-build-blind-dev.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as shop, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { defaultPvcs } from '../kit-systems/robot-shop.mjs';
export const system = shop;
const every = (from, to, step, fn) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(fn(Math.round(m * 1000) / 1000));
  return out;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const d = (T, m) => new Date(T.isoMs(m));
const clf = (T, m) => {
  const x = d(T, m);
  return `${String(x.getUTCDate()).padStart(2, '0')}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${T.java(m).slice(11, 19)} +0000`;
};
const UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const LB = ['10.1.1.12', '10.1.2.45', '10.1.3.77'];
// nginx "combined" access log and error log as the rs-web (nginx) image prints them to stdout/stderr
const access = (T, m, method, path, status, bytes, ua = UA) =>
  `${LB[Math.abs(Math.round(m * 3)) % 3]} - - [${clf(T, m)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${ua}" "-"`;
const nginxErr = (T, m, conn, msg, req, upstream) =>
  `${T.go(m)} [error] 22#22: *${conn} ${msg}, client: ${LB[Math.abs(Math.round(m * 3)) % 3]}, server: localhost, request: "${req} HTTP/1.1", upstream: "${upstream}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`;
const KEYS = [
  /(\d{2})\/[A-Z][a-z]{2}\/\d{4}:(\d{2}:\d{2}:\d{2})/, // nginx/Apache access "[21/Apr/2026:15:50:36"
  /^\d{4}\/\d{2}\/(\d{2}) (\d{2}:\d{2}:\d{2})/, // nginx error "2026/05/05 14:22:30"
  /^\[?[A-Z][a-z]{2} [A-Z][a-z]{2} +(\d{1,2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)/, // Apache error "[Tue Apr 21 15:50:36.000412"
  /\] \[[A-Z][a-z]{2} [A-Z][a-z]{2} +(\d{1,2}) (\d{2}:\d{2}:\d{2})/, // uWSGI request line "[Tue May  5 13:56:54 2026]"
  /^\[\d{4}-\d{2}-(\d{2}) (\d{2}:\d{2}:\d{2},\d+)\]/, // Flask "[2026-05-05 13:56:54,123]"
];
const keyOf = (l) => {
  for (const re of KEYS) {
    const x = l.match(re);
    if (x) return `${x[1].padStart(2, '0')} ${x[2].replace(',', '.')}`;
  }
  return null;
};
// merges stdout and stderr lines of one container in time order; a line without a time keeps the key of the line before it
const byTime = (lines) => {
  let k = '';
  return lines
    .map((l, i) => {
      k = keyOf(l) ?? k;
      return [k, i, l];
    })
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1])
    .map((x) => x[2]);
};
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA'];
const sku = (m) => SKUS[Math.abs(Math.round(m * 13)) % SKUS.length];
const uid = (m) => `anonymous-${(Math.abs(Math.round(m * 97)) % 900) + 100}`;
const reqDone = (T, m, host, method, url, status, rt) =>
  pino(
    T,
    m,
    'info',
    host,
    'request completed',
    `"req":{"id":${(Math.abs(Math.round(m * 1000)) % 9000) + 100},"method":"${method}","url":"${url}","headers":{"host":"${host.split('-')[0]}:8080","connection":"close"},"remoteAddress":"::ffff:10.1.2.88","remotePort":${40000 + (Math.abs(Math.round(m * 777)) % 20000)}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express"}},"responseTime":${rt},`,
  );
const shopTraffic = (T, from, to, step) =>
  every(from, to, step, (m) => [
    access(T, m, 'GET', '/api/catalogue/products', 200, 2821),
    access(T, m + 0.05, 'GET', `/api/ratings/api/fetch/${sku(m)}`, 200, 37),
    access(T, m + 0.1, 'GET', `/images/${sku(m)}.jpg`, 200, 38612),
  ]).flat();

// 1 ── redis wedged by a runaway Lua script: up, Ready, every command answered BUSY.
const r1 = (() => {
  const incidentTime = '2026-04-14T10:19:00Z';
  const T = clock(incidentTime);
  const redisTs = (m) => {
    const x = d(T, m);
    return `${x.getUTCDate()} ${MON[x.getUTCMonth()]} ${T.java(m).slice(11, 23)}`;
  };
  return withDefaults({
    folder: 's10-redis-busy-script',
    description:
      'shop: "add to cart" failing for everyone since about 10:05, cart page blank. catalogue/product pages load ok',
    incidentTime,
    expected: { component: 'redis', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      Chart (K8s/helm at 55292e2): redis is a one-replica StatefulSet (redis:4.0.6, no probes, 1Gi claim data); cart (REDIS_HOST default
      redis, node_redis) keeps every cart there and user INCRs the anonymous-id counter in it. Fault: an ad-hoc cleanup (EVAL of a Lua script
      that SCANs and deletes stale carts in one call) runs for minutes; Redis is single-threaded and, after lua-time-limit (5 s), answers every
      other command with "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE." (Redis documentation of
      EVAL/SCRIPT KILL; a recurring production post-mortem theme). redis logs "Lua slow script detected: still in execution after 5000
      milliseconds" once; the pod stays Running and Ready. cart's handlers log req.log.error('ERROR', err) (pino prints only "ERROR", upstream)
      and answer 500, user's /uniqueid fails the same way, shipping's /confirm calls to cart fail, and the web nginx access log fills with 500s on
      /api/cart/. Deviations: none beyond the invented cluster; the client that ran the script is outside the namespace.`,
    workloads: {},
    logs: {
      'redis#0/redis': [
        `1:C ${redisTs(-60 * 24 * 9)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${redisTs(-60 * 24 * 9)} # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:M ${redisTs(-60 * 24 * 9 + 0.01)} * Running mode=standalone, port=6379.`,
        `1:M ${redisTs(-60 * 24 * 9 + 0.01)} # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.`,
        `1:M ${redisTs(-60 * 24 * 9 + 0.02)} * Ready to accept connections`,
        ...every(-60, -15, 5, (m) => [
          `1:M ${redisTs(m)} * 10 changes in 300 seconds. Saving...`,
          `1:M ${redisTs(m)} * Background saving started by pid ${400 + Math.abs(Math.round(m))}`,
          `${400 + Math.abs(Math.round(m))}:C ${redisTs(m + 0.01)} * DB saved on disk`,
          `1:M ${redisTs(m + 0.02)} * Background saving terminated with success`,
        ]).flat(),
        `1:M ${redisTs(-14.1)} # Lua slow script detected: still in execution after 5000 milliseconds. You can try killing the script using the SCRIPT KILL command.`,
      ],
      'cart#0/cart': [
        ...every(-40, -14.2, 0.7, (m) =>
          reqDone(
            T,
            m,
            '%POD%',
            'GET',
            `/add/${uid(m)}/${sku(m)}/1`,
            200,
            6 + (Math.abs(Math.round(m * 10)) % 9),
          ),
        ),
        ...every(-14.0, -0.2, 0.35, (m) => [
          pino(
            T,
            m,
            'error',
            '%POD%',
            'ERROR',
            `"req":{"id":${(Math.abs(Math.round(m * 1000)) % 9000) + 100},"method":"GET","url":"/cart/${uid(m)}","remoteAddress":"::ffff:10.1.2.88"},`,
          ),
          reqDone(T, m + 0.001, '%POD%', 'GET', `/cart/${uid(m)}`, 500, 2),
        ]).flat(),
      ],
      'user#0/user': [
        ...every(-40, -14.2, 2.3, (m) => reqDone(T, m, '%POD%', 'GET', '/uniqueid', 200, 3)),
        ...every(-13.8, -0.3, 1.9, (m) => [
          pino(T, m, 'error', '%POD%', 'ERROR'),
          reqDone(T, m + 0.001, '%POD%', 'GET', '/uniqueid', 500, 1),
        ]).flat(),
      ],
      'web#0/web': [
        ...shopTraffic(T, -40, -0.2, 0.9),
        ...every(-40, -14.2, 0.7, (m) =>
          access(T, m, 'GET', `/api/cart/add/${uid(m)}/${sku(m)}/1`, 200, 412),
        ),
        ...every(-14.0, -0.2, 0.35, (m) => access(T, m, 'GET', `/api/cart/cart/${uid(m)}`, 500, 118)),
        ...every(-13.8, -0.3, 1.9, (m) => access(T, m, 'GET', '/api/user/uniqueid', 500, 118)),
      ],
    },
  });
})();

// 2 ── mysql blocks the shipping pod's address after max_connect_errors (ERROR 1129); ratings, on another address, is fine.
const r2 = (() => {
  const incidentTime = '2026-04-16T09:47:00Z';
  const T = clock(incidentTime);
  const my = (m, id, level, msg) => `${T.isoMs(m).replace('Z', '')}123Z ${id} [${level}] ${msg}`;
  const sb = (m, level, thread, logger, msg) =>
    `${T.java(m)} ${level.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
  return withDefaults({
    folder: 's10-mysql-host-blocked',
    description:
      'checkout stuck at the shipping step (location / cost never loads) for everyone for the last ~40 min. fulfilment on call here, shipping pod is up and ready, no deploys',
    incidentTime,
    expected: { component: 'mysql', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'team-name', 'time-expression'],
    grounding: `
      Chart and code: shipping (Spring Boot 2.3, logback default pattern) reads cities from mysql through JpaConfig's
      jdbc:mysql://mysql/cities?useSSL=false&autoReconnect=true (Connector/J 5.1, HikariCP); its readiness probe /health does not touch the
      database, so it stays Ready. mysql is rs-mysql-db (MySQL 5.7) whose max_connect_errors defaults to 100: after that many interrupted
      handshakes from one address MySQL refuses that host with ERROR 1129 "Host '...' is blocked because of many connection errors; unblock with
      'mysqladmin flush-hosts'" until FLUSH HOSTS (MySQL 5.7 reference manual, host_cache; a frequent public incident). Here a burst of aborted
      handshakes from the shipping pod's address (its pool timing out connects while mysql was CPU-throttled at its 200m limit during a
      nightly mysqldump) tripped the counter; mysql logs the aborted connections and the name-resolution warnings it prints for every pod
      address (skip-name-resolve off). ratings connects from another address and keeps working. Callers: shipping's Hibernate logs SQL Error
      1129 and Hikari's "Connection is not available"; web's nginx shows 500s on /api/shipping/. Deviations: the invented cluster; the
      mysqldump is not in the snapshot.`,
    workloads: {},
    logs: {
      'mysql#0/mysql': [
        my(-60 * 24 * 6, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
        ...every(-52, -46, 0.06, (m) =>
          my(
            m,
            5000 + Math.round((m + 52) * 100),
            'Note',
            `Aborted connection ${5000 + Math.round((m + 52) * 100)} to db: 'cities' user: 'shipping' host: '%IPOF:shipping#0%' (Got timeout reading communication packets)`,
          ),
        ),
        my(
          -45.9,
          0,
          'Warning',
          "IP address '%IPOF:shipping#0%' could not be resolved: Name or service not known",
        ),
        ...every(-44, -0.5, 6.5, (m) =>
          my(
            m,
            0,
            'Warning',
            "IP address '%IPOF:ratings#0%' could not be resolved: Name or service not known",
          ),
        ),
      ],
      'shipping#0/shipping': [
        ...every(-60, -46.5, 0.8, (m) =>
          sb(
            m,
            'INFO',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'c.i.robotshop.shipping.Controller',
            `cities by code ${['gb', 'us', 'de', 'fr'][Math.abs(Math.round(m)) % 4]}`,
          ),
        ),
        ...every(-44.8, -0.4, 0.75, (m) => [
          sb(
            m,
            'INFO',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'c.i.robotshop.shipping.Controller',
            `cities by code ${['gb', 'us', 'de', 'fr'][Math.abs(Math.round(m)) % 4]}`,
          ),
          sb(
            m + 0.5,
            'WARN',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'o.h.engine.jdbc.spi.SqlExceptionHelper',
            'SQL Error: 1129, SQLState: HY000',
          ),
          sb(
            m + 0.5,
            'ERROR',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'o.h.engine.jdbc.spi.SqlExceptionHelper',
            'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
          ),
          sb(
            m + 0.5,
            'ERROR',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'o.h.engine.jdbc.spi.SqlExceptionHelper',
            "null,  message from server: \"Host '%IPOF:shipping#0%' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'\"",
          ),
          sb(
            m + 0.51,
            'ERROR',
            `nio-8080-exec-${1 + (Math.abs(Math.round(m)) % 10)}`,
            'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
            'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause',
          ),
          '',
          "java.sql.SQLException: null,  message from server: \"Host '%IPOF:shipping#0%' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'\"",
          '\tat com.mysql.jdbc.SQLError.createSQLException(SQLError.java:965) ~[mysql-connector-java-5.1.49.jar!/:5.1.49]',
          '\tat com.mysql.jdbc.MysqlIO.doHandshake(MysqlIO.java:1111) ~[mysql-connector-java-5.1.49.jar!/:5.1.49]',
          '\tat com.mysql.jdbc.ConnectionImpl.coreConnect(ConnectionImpl.java:2336) ~[mysql-connector-java-5.1.49.jar!/:5.1.49]',
          '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:358) ~[HikariCP-3.4.5.jar!/:na]',
        ]).flat(),
      ],
      'ratings#0/ratings': every(
        -45,
        -0.2,
        0.9,
        (m) => `10.1.2.88 - - [${clf(T, m)}] "GET /api/fetch/${sku(m)} HTTP/1.1" 200 37 "-" "-"`,
      ),
      'web#0/web': [
        ...shopTraffic(T, -50, -0.2, 1.1),
        ...every(-60, -46.5, 0.8, (m) => access(T, m, 'GET', '/api/shipping/codes', 200, 3410)),
        ...every(-44.8, -0.4, 0.75, (m) => access(T, m + 0.51, 'GET', '/api/shipping/codes', 500, 292)),
      ],
    },
  });
})();

// 3 ── ratings' Apache runs out of prefork workers under a crawler; readiness flaps, product pages hang.
const r3 = (() => {
  const incidentTime = '2026-04-21T16:11:00Z';
  const T = clock(incidentTime);
  const apErr = (m, msg) => {
    const x = d(T, m);
    return `[${DAY[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, '0')} ${T.java(m).slice(11, 23)}412 ${x.getUTCFullYear()}] ${msg}`;
  };
  const BOT = 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)';
  return withDefaults({
    folder: 's10-ratings-worker-exhaustion',
    description:
      'product pages very slow / timing out, star ratings missing, since 15:50ish. rest of the shop seems ok',
    incidentTime,
    expected: { component: 'ratings', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression'],
    grounding: `
      Chart and image: ratings is PHP 7.4 under Apache (php:7.4-apache, mpm_prefork) with a 100Mi limit and a readiness probe on /_health
      (timeoutSeconds 1, failureThreshold 30); web proxies /api/ratings/ to it. Deviation: this shop's ratings image sets MaxRequestWorkers 10
      in mpm_prefork.conf so prefork children fit the 100Mi limit (upstream keeps Debian's 150). Fault: an SEO crawler fetches every product's
      ratings in parallel; with each request holding a worker for its PDO query and its catalogue check, all ten children stay busy and
      Apache logs "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting" (Apache httpd mpm_prefork
      documentation; a common public post-mortem). New connections wait in the listen backlog: the kubelet's 1 s readiness probes time out
      (pods stay Ready, failureThreshold 30 is not reached) and web's nginx times out or gets 504 on /api/ratings/. mysql and catalogue answer
      normally.`,
    workloads: {},
    events: [
      {
        on: 'pod:ratings#0',
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        first: -19.5,
        last: -0.3,
        count: 87,
      },
    ],
    logs: {
      'ratings#0/ratings': [
        apErr(
          -60 * 24 * 5,
          '[mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.56 (Debian) PHP/7.4.33 configured -- resuming normal operations',
        ),
        apErr(-60 * 24 * 5, "[core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'"),
        ...every(
          -45,
          -20.5,
          0.8,
          (m) => `10.1.2.88 - - [${clf(T, m)}] "GET /api/fetch/${sku(m)} HTTP/1.1" 200 37 "-" "${UA}"`,
        ),
        ...every(
          -21,
          -0.2,
          0.09,
          (m) => `10.1.2.88 - - [${clf(T, m)}] "GET /api/fetch/${sku(m)} HTTP/1.1" 200 37 "-" "${BOT}"`,
        ),
        apErr(
          -20.4,
          '[mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
        ),
      ],
      'web#0/web': [
        ...shopTraffic(T, -45, -21, 0.9),
        ...every(-21, -0.2, 0.09, (m) =>
          access(T, m, 'GET', `/api/ratings/api/fetch/${sku(m)}`, 200, 37, BOT),
        ),
        ...every(-19.8, -0.3, 0.6, (m) =>
          access(T, m, 'GET', `/api/ratings/api/fetch/${sku(m + 0.3)}`, 504, 494),
        ),
        ...every(-19.8, -0.3, 0.6, (m) => access(T, m + 0.02, 'GET', '/api/catalogue/products', 200, 2821)),
      ],
      'web#0/web/previous': [],
      'catalogue#0/catalogue': every(-30, -0.2, 0.5, (m) =>
        reqDone(T, m, '%POD%', 'GET', `/product/${sku(m)}`, 200, 3),
      ),
    },
  });
})();
delete r3.logs['web#0/web/previous'];
// nginx error lines for the 504s, in time order with the access lines
{
  const T = clock(r3.incidentTime);
  const errs = every(-19.8, -0.3, 0.6, (m) =>
    nginxErr(
      T,
      m - 1,
      31000 + Math.round((m + 20) * 100),
      'upstream timed out (110: Connection timed out) while reading response header from upstream',
      `GET /api/ratings/api/fetch/${sku(m + 0.3)}`,
      `http://%SVCIP:ratings%:80/api/fetch/${sku(m + 0.3)}`,
    ),
  );
  r3.logs['web#0/web'] = [...r3.logs['web#0/web'], ...errs];
}

// 4 ── dispatch rolled with a misspelt AMQP_HOST; it retries forever, orders pile up in rabbitmq.
const r4 = (() => {
  const incidentTime = '2026-04-28T08:56:00Z';
  const T = clock(incidentTime);
  const agent = {
    name: 'INSTANA_AGENT_HOST',
    valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } },
  };
  const bad = 'rabbitmq.robot-shop.svc.cluster.locla';
  const uri = `amqp://guest:guest@${bad}:5672/`;
  return withDefaults({
    folder: 's10-dispatch-amqp-host-typo',
    description:
      'fulfilment: no orders dispatched since the 8:30 change window, orders queue depth climbing in rabbit mgmt UI. payments look fine',
    incidentTime,
    expected: { component: 'dispatch', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['pods-ready', 'team-name', 'time-expression'],
    grounding: `
      Code: dispatch (Go) builds amqp://guest:guest@$AMQP_HOST:5672/ (default rabbitmq) and connectToRabbitMQ loops forever: log.Println(err),
      "Reconnecting to <uri>", sleep 1 s; it has no probe and no Service port of its own, so the pod stays Running and Ready. Change (deviation:
      upstream sets no AMQP_HOST): the 08:30 change window moved every service to fully-qualified hosts and set AMQP_HOST on dispatch to a
      misspelt rabbitmq.robot-shop.svc.cluster.locla. CoreDNS answers NXDOMAIN: "dial tcp: lookup ... on 10.100.0.10:53: no such host". payment
      still publishes to rabbitmq ("queue order", "message sent"), rabbitmq shows payment's connection and no consumer, and the orders queue
      grows. Nothing else in the shop fails.`,
    workloads: {
      dispatch: {
        rollout: { at: -25, revision: 4, oldContainers: { dispatch: { env: [agent] } } },
        containers: { dispatch: { env: [agent, { name: 'AMQP_HOST', value: bad }] } },
      },
    },
    events: [
      {
        on: 'deploy:dispatch',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set dispatch-%NEW% to 1',
        first: -25,
      },
      {
        on: 'deploy:dispatch',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set dispatch-%OLD% to 0 from 1',
        first: -24.6,
      },
    ],
    logs: {
      'dispatch#0/dispatch': [
        `${T.go(-24.6)} Error Percent is 0`,
        `${T.go(-24.6)} Connecting to ${uri}`,
        ...every(-24.55, -0.1, 1.02, (m) => [
          `${T.go(m)} dial tcp: lookup ${bad} on 10.100.0.10:53: no such host`,
          `${T.go(m)} Reconnecting to ${uri}`,
        ]).flat(),
      ],
      'payment#0/payment': every(-24, -0.3, 2.1, (m) => {
        const id = uid(m);
        const ts = T.java(m).replace('.', ',');
        return [
          `[${ts}] INFO in payment: payment for ${id}`,
          `[${ts}] INFO in payment: https://paypal.com/ returned 200`,
          `[${ts}] INFO in payment: order history returned 200`,
          `[${ts}] INFO in payment: queue order`,
          `[${ts}] INFO in rabbitmq: message sent`,
        ];
      }).flat(),
      'rabbitmq#0/rabbitmq': [
        `${T.java(-60 * 24 * 7)} [info] <0.8.0> Server startup complete; 3 plugins started.`,
        `${T.java(-60 * 24 * 2)} [info] <0.1421.0> accepting AMQP connection <0.1421.0> (%IPOF:payment#0%:44218 -> %IPOF:rabbitmq#0%:5672)`,
        `${T.java(-60 * 24 * 2)} [info] <0.1421.0> connection <0.1421.0> (%IPOF:payment#0%:44218 -> %IPOF:rabbitmq#0%:5672): user 'guest' authenticated and granted access to vhost '/'`,
        `${T.java(-24.7)} [warning] <0.2187.0> closing AMQP connection <0.2187.0> (10.1.3.41:51702 -> %IPOF:rabbitmq#0%:5672, vhost: '/', user: 'guest'):`,
        'client unexpectedly closed TCP connection',
      ],
    },
  });
})();

// 5 ── the payment gateway answers after tens of seconds; payment's single uWSGI worker and web's 60 s proxy timeout do the rest.
const r5 = (() => {
  const incidentTime = '2026-05-05T14:41:00Z';
  const T = clock(incidentTime);
  const uw = (m, uri, status, bytes, ms, req) => {
    const x = d(T, m);
    return `[pid: 7|app: 0|req: ${req}/${req}] 10.1.1.84 () {40 vars in 601 bytes} [${DAY[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${T.java(m).slice(11, 19)} ${x.getUTCFullYear()}] POST ${uri} => generated ${bytes} bytes in ${ms} msecs (HTTP/1.1 ${status}) 2 headers in ${status === 200 ? 72 : 80} bytes (1 switches on core 0)`;
  };
  const fl = (m, level, mod, msg) => `[${T.java(m).replace('.', ',')}] ${level} in ${mod}: ${msg}`;
  const slowPay = (m, i) => {
    const ms = 24000 + ((i * 7919) % 31000);
    const id = uid(m);
    const done = m + ms / 60000;
    if (done > -0.1) return [fl(m, 'INFO', 'payment', `payment for ${id}`)];
    return [
      fl(m, 'INFO', 'payment', `payment for ${id}`),
      ...(i % 5 === 3
        ? [
            fl(
              done,
              'ERROR',
              'payment',
              "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response')))",
            ),
            uw(done, `/pay/${id}`, 500, 171, ms, 20411 + i),
          ]
        : [
            fl(done, 'INFO', 'payment', 'https://paypal.com/ returned 200'),
            fl(done, 'INFO', 'payment', 'order history returned 200'),
            fl(done, 'INFO', 'payment', 'queue order'),
            fl(done, 'INFO', 'rabbitmq', 'message sent'),
            fl(done, 'INFO', 'payment', 'cart delete returned 200'),
            uw(done, `/pay/${id}`, 200, 27, ms, 20411 + i),
          ]),
    ];
  };
  let i = 0;
  let m = -19.5;
  const slow = [];
  while (m < -0.3) {
    slow.push(...slowPay(m, i));
    m += (24000 + ((i * 7919) % 31000)) / 60000 + 0.02;
    i++;
  }
  return withDefaults({
    folder: 's10-payment-gateway-slow',
    description:
      'checkout: customers get a 504 / spinner on "Pay Now", a few orders go through after a minute. payments team says nothing changed on our side. since ~14:20',
    incidentTime,
    expected: { component: 'payment-gateway', cause: 'external-dependency' },
    difficulty: 'hard',
    traits: ['external-dependency-failure', 'network-latency', 'louder-dependents', 'time-expression'],
    grounding: `
      Code and chart: payment (Flask under uWSGI, payment.ini: one process, no threads) calls requests.get(PAYMENT_GATEWAY) with no timeout
      (default https://paypal.com/; the chart sets no payment.gateway) and logs "<gateway> returned <status>"; web's nginx proxies /api/payment/
      with the default 60 s proxy_read_timeout. Fault: the gateway's edge answers after 24 to 55 s (and sometimes drops the connection:
      RemoteDisconnected), the latency shape of public PSP incident reports. With a single worker, payment serves one checkout at a time:
      its own log shows each POST /pay taking 24 000 to 55 000 msecs while the rest wait in the listen queue, and uWSGI reports the queue full.
      nginx returns 504 for most checkouts ("upstream timed out (110: Connection timed out) while reading response header from upstream").
      payment's pod stays Running and Ready (no probes); cart, user and rabbitmq answer at once. Deviations: none beyond the invented cluster.`,
    workloads: {},
    logs: {
      'payment#0/payment': [
        ...every(-45, -20, 0.9, (n) => {
          const id = uid(n);
          return [
            fl(n, 'INFO', 'payment', `payment for ${id}`),
            fl(n + 0.005, 'INFO', 'payment', 'https://paypal.com/ returned 200'),
            fl(n + 0.006, 'INFO', 'payment', 'order history returned 200'),
            fl(n + 0.006, 'INFO', 'payment', 'queue order'),
            fl(n + 0.006, 'INFO', 'rabbitmq', 'message sent'),
            fl(n + 0.007, 'INFO', 'payment', 'cart delete returned 200'),
            uw(
              n + 0.007,
              `/pay/${id}`,
              200,
              27,
              412 + (Math.abs(Math.round(n * 10)) % 300),
              20000 + Math.round((n + 45) * 10),
            ),
          ];
        }).flat(),
        ...slow,
        ...every(
          -17.5,
          -0.5,
          2.7,
          (n) =>
            `*** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (${100 + (Math.abs(Math.round(n)) % 3)}/100) ***`,
        ),
      ],
      'web#0/web': [
        ...shopTraffic(T, -45, -0.2, 1.3),
        ...every(-45, -20, 0.9, (n) => access(T, n + 0.007, 'POST', `/api/payment/pay/${uid(n)}`, 200, 27)),
        ...every(-18.5, -0.2, 0.55, (n) => access(T, n, 'POST', `/api/payment/pay/${uid(n - 1)}`, 504, 494)),
        ...every(-18.5, -0.2, 0.55, (n) =>
          nginxErr(
            T,
            n,
            52000 + Math.round((n + 19) * 100),
            'upstream timed out (110: Connection timed out) while reading response header from upstream',
            `POST /api/payment/pay/${uid(n - 1)}`,
            `http://%SVCIP:payment%:8080/pay/${uid(n - 1)}`,
          ),
        ),
      ],
      'cart#0/cart': every(-30, -0.2, 0.8, (n) => reqDone(T, n, '%POD%', 'GET', `/cart/${uid(n)}`, 200, 2)),
    },
  });
})();

for (const r of [r1, r2, r3, r5]) r.logs['web#0/web'] = byTime(r.logs['web#0/web']);
for (const [r, keys] of [
  [r3, ['ratings#0/ratings']],
  [r5, ['payment#0/payment']],
])
  for (const k of keys) r.logs[k] = byTime(r.logs[k]);

export const scenarios = [r1, r2, r3, r4, r5];
