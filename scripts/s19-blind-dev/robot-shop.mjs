// s19 blind dev scenarios, part b: two Stan's Robot Shop incidents (mysql re-importing its data after a cluster-autoscaler
// scale-down while shipping crash-loops; payment's single uWSGI worker saturated by a sale), for the kit in s2-scenario-kit.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as baseSystem, defaultPvcs as basePvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = baseSystem;
export const defaultPvcs = basePvcs;

// ---------------------------------------------------------------------------------------------------------------
// helpers: deterministic randomness and the time formats of the runtimes involved
const rng = (seed) => {
  let x = parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
};
const pick = (r, a) => a[Math.floor(r() * a.length)];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n) => String(n).padStart(2, '0');
const F = (T) => {
  const at = (min) => new Date(Date.parse(T.iso(0)) + Math.round(min * 60000));
  const parts = (min) => { const d = at(min); return { d, Y: d.getUTCFullYear(), M: d.getUTCMonth(), D: d.getUTCDate(), h: p2(d.getUTCHours()), m: p2(d.getUTCMinutes()), s: p2(d.getUTCSeconds()), ms: String(d.getUTCMilliseconds()).padStart(3, '0') }; };
  return {
    // nginx $time_local / Apache %t
    clf: (min) => { const p = parts(min); return `${p2(p.D)}/${MON[p.M]}/${p.Y}:${p.h}:${p.m}:${p.s} +0000`; },
    // nginx error log, Go log
    ngx: (min) => T.go(min),
    // ctime(3): uWSGI, Apache error log
    ctime: (min) => { const p = parts(min); return `${DOW[p.d.getUTCDay()]} ${MON[p.M]} ${String(p.D).padStart(2, ' ')} ${p.h}:${p.m}:${p.s} ${p.Y}`; },
    apacheErr: (min, us) => { const p = parts(min); return `${DOW[p.d.getUTCDay()]} ${MON[p.M]} ${p2(p.D)} ${p.h}:${p.m}:${p.s}.${p.ms}${us} ${p.Y}`; },
    // mysqld 5.7 error log (UTC, microseconds)
    my: (min, us = '412') => `${T.isoMs(min).replace('Z', '')}${us}Z`,
    // docker-library mysql entrypoint (date --rfc-3339=seconds)
    entry: (min) => `${T.java(min).slice(0, 19)}+00:00`,
    // monolog 1 LineFormatter, Spring Boot, Flask/logging
    mono: (min) => T.java(min).slice(0, 19),
    spring: (min) => T.java(min),
    py: (min) => T.java(min).replace('.', ','),
    // redis 4 log
    redis: (min) => { const p = parts(min); return `${p2(p.D)} ${MON[p.M]} ${p.h}:${p.m}:${p.s}.${p.ms}`; },
    epoch: (min) => Date.parse(T.isoMs(min)),
  };
};
const UA = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'python-requests/2.31.0',
];
const XFF = ['156.33.241.5', '34.196.93.245', '98.142.103.241', '192.241.230.151', '46.114.35.116', '52.77.99.130', '60.242.161.215', '81.2.69.160', '86.12.201.77', '217.155.34.9'];
const NODE_IPS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RMC', 'STAN-1', 'CNA', 'K9', 'RED'];
const HOST = 'shop.robotshop.example';
const N = (i) => baseSystem.nodes[i].name;

// one nginx access-log line (log_format main) behind the ELB (SNAT to a node address, client in X-Forwarded-For)
const access = (f, r, min, method, path, status, bytes, referer = `http://${HOST}/`) =>
  `${pick(r, NODE_IPS)} - - [${f.clf(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "${referer}" "${pick(r, UA)}" "${pick(r, XFF)}"`;

// express-pino-logger "request completed" line (cart, catalogue, user)
const reqLine = (f, min, id, method, url, status, rt, remote, host) =>
  `{"level":"info","time":${f.epoch(min)},"pid":1,"hostname":"%POD%","req":{"id":${id},"method":"${method}","url":"${url}","headers":{"host":"${host}","connection":"close"},"remoteAddress":"::ffff:${remote}","remotePort":${40000 + (id % 20000)}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*"}},"responseTime":${rt},"msg":"request completed","v":1}`;

// ---------------------------------------------------------------------------------------------------------------
// 1. mysql re-imports the cities dump after a cluster-autoscaler scale-down; shipping crash-loops, ratings goes NotReady
function mysqlReimport() {
  const incidentTime = '2026-10-14T10:47:00Z';
  const T = clock(incidentTime);
  const f = F(T);
  const r = rng('s19-mysql-reimport');
  const GONE = 'ip-10-1-2-211.eu-west-1.compute.internal';
  const evict = -24.3; // pods of the removed node deleted
  const mysqlStart = -23.6;

  // mysql: docker-library entrypoint, first start of a fresh datadir (/data is an image VOLUME, not a claim)
  const my = [];
  const e = (min, msg) => my.push(`${f.entry(min)} [Note] [Entrypoint]: ${msg}`);
  const m = (min, lvl, msg, us) => my.push(`${f.my(min, us)} 0 [${lvl}] ${msg}`);
  let t = mysqlStart + 0.01;
  e(t, 'Entrypoint script for MySQL Server 5.7.34-1debian10 started.');
  e(t, "Switching to dedicated user 'mysql'");
  e(t + 0.01, 'Entrypoint script for MySQL Server 5.7.34-1debian10 started.');
  e(t + 0.02, 'Initializing database files');
  m(t + 0.03, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).', '118');
  m(t + 0.09, 'Warning', 'InnoDB: New log files created, LSN=45790', '605');
  m(t + 0.1, 'Warning', 'InnoDB: Creating foreign key constraint system tables.', '233');
  m(t + 0.11, 'Warning', 'No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: 3b7e2f94-2b3a-11f1-9d6c-1e8a40c7d2b5.', '871');
  m(t + 0.11, 'Warning', "Gtid table is not ready to be used. Table 'mysql.gtid_executed' cannot be opened.", '902');
  m(t + 0.13, 'Warning', 'A deprecated TLS version TLSv1 is enabled. Please use TLSv1.2 or higher.', '077');
  m(t + 0.13, 'Warning', 'A deprecated TLS version TLSv1.1 is enabled. Please use TLSv1.2 or higher.', '079');
  m(t + 0.14, 'Warning', 'CA certificate ca.pem is self signed.', '640');
  my.push(`${f.my(t + 0.15, '233')} 1 [Warning] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.`);
  e(t + 0.33, 'Database files initialized');
  e(t + 0.33, 'Starting temporary server');
  e(t + 0.33, 'Waiting for server startup');
  t += 0.35;
  m(t, 'Warning', 'TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).', '204');
  m(t, 'Note', 'mysqld (mysqld 5.7.34) starting as process 78 ...', '771');
  for (const [dt, msg] of [
    [0.01, 'InnoDB: PUNCH HOLE support available'], [0.01, 'InnoDB: Mutexes and rw_locks use GCC atomic builtins'],
    [0.01, 'InnoDB: Uses event mutexes'], [0.01, 'InnoDB: GCC builtin __atomic_thread_fence() is used for memory barrier'],
    [0.01, 'InnoDB: Compressed tables use zlib 1.2.11'], [0.01, 'InnoDB: Using Linux native AIO'],
    [0.01, 'InnoDB: Number of pools: 1'], [0.01, 'InnoDB: Using CPU crc32 instructions'],
    [0.02, 'InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M'],
    [0.03, 'InnoDB: Completed initialization of buffer pool'],
    [0.04, 'InnoDB: If the mysqld execution user is authorized, page cleaner thread priority can be changed. See the man page of setpriority().'],
    [0.05, 'InnoDB: Highest supported file format is Barracuda.'], [0.07, 'InnoDB: Creating shared tablespace for temporary tables'],
    [0.08, "InnoDB: Setting file './ibtmp1' size to 12 MB. Physically writing the file full; Please wait ..."],
    [0.1, "InnoDB: File './ibtmp1' size is now 12 MB."], [0.11, 'InnoDB: 96 redo rollback segment(s) found. 96 redo rollback segment(s) are active.'],
    [0.11, 'InnoDB: 32 non-redo rollback segment(s) are active.'], [0.12, 'InnoDB: Waiting for purge to start'],
    [0.14, 'InnoDB: 5.7.34 started; log sequence number 2749734'], [0.15, 'Plugin \'FEDERATED\' is disabled.'],
    [0.16, 'InnoDB: Loading buffer pool(s) from /data/mysql/ib_buffer_pool'],
    [0.17, `InnoDB: Buffer pool(s) load completed at ${f.mono(t + 0.17).slice(2).replace(/-/g, '')}`],
  ]) m(t + dt, 'Note', msg, String(100 + Math.floor(r() * 899)));
  m(t + 0.18, 'Warning', 'A deprecated TLS version TLSv1 is enabled. Please use TLSv1.2 or higher.', '556');
  m(t + 0.18, 'Warning', 'A deprecated TLS version TLSv1.1 is enabled. Please use TLSv1.2 or higher.', '558');
  m(t + 0.18, 'Warning', 'CA certificate ca.pem is self signed.', '963');
  m(t + 0.19, 'Warning', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.", '311');
  m(t + 0.2, 'Note', 'Event Scheduler: Loaded 0 events', '402');
  m(t + 0.2, 'Note', 'mysqld: ready for connections.', '426');
  my.push("Version: '5.7.34'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server (GPL)");
  e(t + 0.21, 'Temporary server started.');
  for (const z of ['iso3166.tab', 'leap-seconds.list', 'zone.tab', 'zone1970.tab']) my.push(`Warning: Unable to load '/usr/share/zoneinfo/${z}' as time zone. Skipping it.`);
  e(t + 0.62, 'Creating database cities');
  e(t + 0.63, 'Creating user shipping');
  e(t + 0.63, 'Giving user shipping access to schema cities');
  my.push('');
  e(t + 0.64, '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/10-dump.sql.gz');
  // the single-row INSERTs of the dump grind on at the 200m CPU limit: the page cleaner cannot keep up, nothing else is logged
  for (let x = t + 1.6; x < -0.2; x += 0.9 + r() * 1.6) {
    const took = 4000 + Math.floor(r() * 9000);
    m(x, 'Note', `InnoDB: page_cleaner: 1000ms intended loop took ${took}ms. The settings might not be optimal. (flushed=${[200, 200, 136, 200, 91][Math.floor(r() * 5)]} and evicted=0, during the time.)`, String(100 + Math.floor(r() * 899)));
  }

  // shipping: Spring Boot 2.3.3 failing at JPA bootstrap (Hikari pool init, then Hibernate dialect), exit 1
  const lastStart = -1.9;
  const sp = (dt, lvl, logger, msg) => `${f.spring(lastStart + dt)} ${lvl.padStart(5)} 1 --- [           main] ${logger.padEnd(40)} : ${msg}`;
  const cjStack = [
    '\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:456) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.getInstance(ConnectionImpl.java:246) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.NonRegisteringDriver.connect(NonRegisteringDriver.java:197) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:358) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:206) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:477) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:560) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112) ~[HikariCP-3.4.5.jar!/:na]',
    '\tat com.instana.robotshop.shipping.RetryableDataSource.getConnection(RetryableDataSource.java:22) ~[classes!/:1.0]',
    '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator$ConnectionProviderJdbcConnectionAccess.obtainConnection(JdbcEnvironmentInitiator.java:180) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator.initiateService(JdbcEnvironmentInitiator.java:68) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator.initiateService(JdbcEnvironmentInitiator.java:35) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.boot.registry.internal.StandardServiceRegistryImpl.initiateService(StandardServiceRegistryImpl.java:101) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.service.internal.AbstractServiceRegistryImpl.createService(AbstractServiceRegistryImpl.java:263) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:1226) [spring-boot-2.3.3.RELEASE.jar!/:2.3.3.RELEASE]',
    '\tat com.instana.robotshop.shipping.ShippingServiceApplication.main(ShippingServiceApplication.java:37) [classes!/:1.0]',
    '\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method) ~[na:1.8.0_342]',
    '\tat org.springframework.boot.loader.Launcher.launch(Launcher.java:109) [shipping.jar:1.0]',
    '\tat org.springframework.boot.loader.JarLauncher.main(JarLauncher.java:88) [shipping.jar:1.0]',
    'Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    '\tat sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method) ~[na:1.8.0_342]',
    '\tat com.mysql.cj.exceptions.ExceptionFactory.createException(ExceptionFactory.java:61) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.exceptions.ExceptionFactory.createCommunicationsException(ExceptionFactory.java:105) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:151) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.NativeSession.connect(NativeSession.java:144) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.connectOneTryOnly(ConnectionImpl.java:956) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:826) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\t... 55 common frames omitted',
    'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
    '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_342]',
    '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_342]',
    '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_342]',
    '\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188) ~[na:1.8.0_342]',
    '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_342]',
    '\tat java.net.Socket.connect(Socket.java:607) ~[na:1.8.0_342]',
    '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:155) ~[mysql-connector-java-8.0.21.jar!/:8.0.21]',
    '\t... 58 common frames omitted',
    '',
  ];
  const beanMsg = "Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed; nested exception is org.hibernate.service.spi.ServiceException: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]";
  const shippingPrev = [
    '',
    '  .   ____          _            __ _ _',
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    ' =========|_|==============|___/=/_/_/_/',
    ' :: Spring Boot ::        (v2.3.3.RELEASE)',
    '',
    sp(0.12, 'INFO', 'c.i.r.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v1.0 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)'),
    sp(0.12, 'INFO', 'c.i.r.shipping.ShippingServiceApplication', 'No active profile set, falling back to default profiles: default'),
    sp(0.27, 'INFO', '.s.d.r.c.RepositoryConfigurationDelegate', 'Bootstrapping Spring Data JPA repositories in DEFAULT mode.'),
    sp(0.31, 'INFO', '.s.d.r.c.RepositoryConfigurationDelegate', 'Finished Spring Data repository scanning in 412ms. Found 2 JPA repository interfaces.'),
    sp(0.44, 'INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 8080 (http)'),
    sp(0.45, 'INFO', 'o.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
    sp(0.45, 'INFO', 'org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/9.0.37]'),
    sp(0.48, 'INFO', 'o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
    sp(0.48, 'INFO', 'w.s.c.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in 19873 ms'),
    sp(0.52, 'INFO', 'c.instana.robotshop.shipping.JpaConfig', 'jdbc url jdbc:mysql://mysql/cities?useSSL=false&autoReconnect=true'),
    "Loading class `com.mysql.jdbc.Driver'. This is deprecated. The new driver class is `com.mysql.cj.jdbc.Driver'. The driver is automatically registered via the SPI and manual loading of the driver class is generally unnecessary.",
    sp(0.6, 'INFO', 'o.hibernate.jpa.internal.util.LogHelper', 'HHH000204: Processing PersistenceUnitInfo [name: default]'),
    sp(0.63, 'INFO', 'org.hibernate.Version', 'HHH000412: Hibernate ORM core version 5.4.20.Final'),
    sp(0.68, 'INFO', 'o.hibernate.annotations.common.Version', 'HCANN000001: Hibernate Commons Annotations {5.1.0.Final}'),
    sp(0.71, 'INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'),
    sp(0.72, 'ERROR', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Exception during pool initialization.'),
    '',
    'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    ...cjStack,
    sp(0.72, 'WARN', 'o.h.e.j.e.i.JdbcEnvironmentInitiator', 'HHH000342: Could not obtain connection to query metadata'),
    '',
    'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    ...cjStack,
    sp(0.74, 'WARN', 'ConfigServletWebServerApplicationContext', `Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: ${beanMsg}`),
    sp(0.75, 'INFO', 'o.apache.catalina.core.StandardService', 'Stopping service [Tomcat]'),
    sp(0.76, 'INFO', 'ConditionEvaluationReportLoggingListener', ''),
    '',
    "Error starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled.",
    sp(0.78, 'ERROR', 'o.s.boot.SpringApplication', 'Application run failed'),
    '',
    `org.springframework.beans.factory.BeanCreationException: ${beanMsg}`,
    '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1796) ~[spring-beans-5.2.8.RELEASE.jar!/:5.2.8.RELEASE]',
    '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:595) ~[spring-beans-5.2.8.RELEASE.jar!/:5.2.8.RELEASE]',
    '\tat org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:553) ~[spring-context-5.2.8.RELEASE.jar!/:5.2.8.RELEASE]',
    '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:315) [spring-boot-2.3.3.RELEASE.jar!/:2.3.3.RELEASE]',
    '\tat com.instana.robotshop.shipping.ShippingServiceApplication.main(ShippingServiceApplication.java:37) [classes!/:1.0]',
    '\tat org.springframework.boot.loader.JarLauncher.main(JarLauncher.java:88) [shipping.jar:1.0]',
    'Caused by: org.hibernate.service.spi.ServiceException: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]',
    '\tat org.hibernate.service.internal.AbstractServiceRegistryImpl.createService(AbstractServiceRegistryImpl.java:275) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.boot.internal.SessionFactoryBuilderImpl.<init>(SessionFactoryBuilderImpl.java:50) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\t... 24 common frames omitted',
    "Caused by: org.hibernate.HibernateException: Access to DialectResolutionInfo cannot be null when 'hibernate.dialect' not set",
    '\tat org.hibernate.engine.jdbc.dialect.internal.DialectFactoryImpl.determineDialect(DialectFactoryImpl.java:100) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.dialect.internal.DialectFactoryImpl.buildDialect(DialectFactoryImpl.java:54) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator.initiateService(JdbcEnvironmentInitiator.java:137) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator.initiateService(JdbcEnvironmentInitiator.java:35) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\tat org.hibernate.service.internal.AbstractServiceRegistryImpl.createService(AbstractServiceRegistryImpl.java:263) ~[hibernate-core-5.4.20.Final.jar!/:5.4.20.Final]',
    '\t... 41 common frames omitted',
    '',
  ];

  // ratings: Apache (php:7.4-apache) access log + monolog "app" channel on stdout
  const ratings = [];
  const ratIp = '%IPOF:ratings#0%';
  const ratNode = baseSystem.nodes[(baseSystem.workloads.findIndex((w) => w.name === 'ratings')) % 3].ip;
  for (let x = -31; x < -0.05; x += 5 / 60) {
    const down = x > evict;
    ratings.push(down ? `[${f.mono(x)}] app.ERROR: Database error SQLSTATE[HY000] [2002] Connection refused [] []` : `[${f.mono(x)}] app.INFO: Health-Check {"pdo_connectivity":true} []`);
    ratings.push(`${ratNode} - - [${f.clf(x)}] "GET /_health HTTP/1.1" ${down ? 500 : 200} ${down ? 1406 : 27} "-" "kube-probe/1.30"`);
    // storefront traffic through web, until the pod is taken out of the endpoints (readiness: 30 x 5 s)
    if (x < evict + 2.5 && r() < 0.8) {
      const sku = pick(r, SKUS);
      if (down) ratings.push(`[${f.mono(x + 0.02)}] app.ERROR: Database error SQLSTATE[HY000] [2002] Connection refused [] []`);
      ratings.push(`%IPOF:web#0% - - [${f.clf(x + 0.02)}] "GET /api/fetch/${sku} HTTP/1.1" ${down ? 500 : 200} ${down ? 1406 : 38} "http://${HOST}/" "${pick(r, UA)}"`);
    }
  }

  // web: nginx access + error log (both to the container log)
  const web = [];
  let conn = 48213;
  const shipPaths = () => pick(r, ['/api/shipping/codes', `/api/shipping/cities/${pick(r, ['gb', 'de', 'us', 'fr', 'nl'])}`, `/api/shipping/calc/${10000 + Math.floor(r() * 3000000)}`, '/api/shipping/confirm/anonymous-' + (91200 + Math.floor(r() * 700))]);
  for (let x = -30; x < 0; x += 0.03 + r() * 0.12) {
    const kind = r();
    if (kind < 0.35) {
      const p = pick(r, ['/api/catalogue/categories', '/api/catalogue/products', `/api/catalogue/product/${pick(r, SKUS)}`, `/api/user/uniqueid`, `/api/cart/cart/anonymous-${91200 + Math.floor(r() * 700)}`, `/api/cart/add/anonymous-${91200 + Math.floor(r() * 700)}/${pick(r, SKUS)}/1`]);
      web.push(access(f, r, x, 'GET', p, 200, 120 + Math.floor(r() * 3000)));
    } else if (kind < 0.55) {
      web.push(access(f, r, x, 'GET', pick(r, ['/', '/js/controller.js', '/css/style.css', `/images/${pick(r, SKUS)}.jpg`, '/eum.html']), 200, 400 + Math.floor(r() * 40000)));
    } else if (kind < 0.8) {
      const p = shipPaths();
      const method = p.includes('confirm') ? 'POST' : 'GET';
      if (x < evict) web.push(access(f, r, x, method, p, 200, 80 + Math.floor(r() * 600)));
      else {
        conn += 1 + Math.floor(r() * 40);
        web.push(`${f.ngx(x)} [error] 31#31: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: ${pick(r, NODE_IPS)}, server: localhost, request: "${method} ${p} HTTP/1.1", upstream: "http://%SVCIP:shipping%:8080${p.replace('/api/shipping', '')}", host: "${HOST}", referrer: "http://${HOST}/"`);
        web.push(access(f, r, x, method, p, 502, 494));
      }
    } else {
      const sku = pick(r, SKUS);
      const p = `/api/ratings/api/fetch/${sku}`;
      if (x < evict) web.push(access(f, r, x, 'GET', p, 200, 38));
      else if (x < evict + 2.5) web.push(access(f, r, x, 'GET', p, 500, 1406));
      else {
        conn += 1 + Math.floor(r() * 40);
        web.push(`${f.ngx(x)} [error] 31#31: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: ${pick(r, NODE_IPS)}, server: localhost, request: "GET ${p} HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/${sku}", host: "${HOST}", referrer: "http://${HOST}/"`);
        web.push(access(f, r, x, 'GET', p, 502, 494));
      }
    }
  }

  // healthy Node.js services (pino 5, express-pino-logger)
  const node = (name, routes, n) => {
    const out = [];
    let id = 700000 + Math.floor(r() * 90000);
    for (let i = 0; i < n; i++) {
      const x = -30 + (30 * i) / n + r() * 0.1;
      const [method, url, status] = pick(r, routes)();
      out.push(reqLine(f, x, id++, method, url, status, 1 + Math.floor(r() * 12), '%IPOF:web#0%', `${name}:8080`));
    }
    return out;
  };
  const anon = () => `anonymous-${91200 + Math.floor(r() * 700)}`;
  const catalogue = node('catalogue', [() => ['GET', '/products', 200], () => ['GET', '/categories', 200], () => ['GET', `/product/${pick(r, SKUS)}`, 200]], 80);
  const user = node('user', [() => ['GET', '/uniqueid', 200], () => ['GET', `/check/${anon()}`, 404]], 50);
  const cart = node('cart', [() => ['GET', `/cart/${anon()}`, 200], () => ['GET', `/add/${anon()}/${pick(r, SKUS)}/1`, 200]], 60);

  // redis 4.0.6: periodic RDB snapshots as usual
  const redis = [];
  for (let x = -29; x < 0; x += 5.02) {
    const pid = 2100 + Math.floor(r() * 3000);
    redis.push(`1:M ${f.redis(x)} * 10 changes in 300 seconds. Saving...`, `1:M ${f.redis(x)} * Background saving started by pid ${pid}`, `${pid}:C ${f.redis(x + 0.002)} * DB saved on disk`, `${pid}:C ${f.redis(x + 0.002)} * RDB: 0 MB of memory used by copy-on-write`, `1:M ${f.redis(x + 0.004)} * Background saving terminated with success`);
  }

  // shipping restart history: starts at -23.5, -22.43, -21.17, -19.63, -17.37, -13.73, -7.8, -1.9 (back-off 10 s … 5 m)
  const rsCreated = -23.9;
  return withDefaults({
    folder: 's19-mysql-reimport-shipping-crashloop',
    incidentTime,
    description: 'shipping is crashlooping and checkout is stuck at the shipping step since ~10:25, reviews not loading either',
    expected: { component: 'mysql', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      instana/robot-shop at 55292e2: mysql/Dockerfile (FROM mysql:5.7, VOLUME /data, config.sh moves datadir to /data, the
      cities dump scripts/10-dump.sql.gz and 20-ratings.sql copied to /docker-entrypoint-initdb.d/, one INSERT per city from
      convert.sh), K8s/helm/templates/mysql-deployment.yaml (no volume, no probe, cpu limit 200m), shipping-deployment.yaml
      (readiness /health only), shipping/JpaConfig.java (jdbc:mysql://mysql/cities), ShippingServiceApplication.java (the
      RetryableDataSource is created with new, so its @Retryable never applies), pom.xml (Spring Boot 2.3.3, Hibernate
      5.4.20, HikariCP 3.4.5, Connector/J 8.0.21), ratings Kernel.php and Database.php (PDO errors logged as "Database error",
      monolog on stdout without the request channel), HealthController.php, web/default.conf.template.
      Fault: the cluster autoscaler scaled the node group back from 4 to 3 nodes (the 4th was added for a load test the day
      before) and evicted mysql and shipping from ip-10-1-2-211. The new mysql pod starts from an empty /data (the image
      VOLUME is not a claim), so the docker-library entrypoint re-runs the init scripts with a temporary server started
      with --skip-networking ("port: 0") and spends tens of minutes importing the cities dump at its 200m CPU limit
      (InnoDB page_cleaner warnings). The pod is Running and Ready (no probe) and in the mysql Endpoints, but every TCP
      connection is refused. The rescheduled shipping pod cannot build its JPA EntityManagerFactory (Communications link
      failure, then "Access to DialectResolutionInfo cannot be null") and exits 1 on every start: CrashLoopBackOff, 7
      restarts. Ratings answers its readiness probe with 500 (the PDO factory returns null) and left the Endpoints; web
      answers 502 for /api/shipping and /api/ratings. The loud crash loop is shipping's; the cause is mysql, down until its
      import finishes. Public grounding: the docker-library mysql entrypoint (docker_temp_server_start with
      --skip-networking), reports of rs-mysql-db taking many minutes to become reachable, cluster-autoscaler ScaleDown
      events ("marked the node as toBeDeleted/unschedulable") and node-controller RemovingNode events.
      Deviations: the node group had 4 nodes before the incident; the removed Node is no longer listed (its Events remain).`,
    workloads: {
      mysql: { pods: [{ node: N(0), created: T.iso(rsCreated), containers: { mysql: cs.running(T.iso(mysqlStart)) } }] },
      shipping: {
        unavailableSince: evict,
        pods: [{
          node: N(2), created: T.iso(rsCreated), readyTransition: T.iso(-23.5),
          containers: { shipping: cs.crashLoop({ restarts: 7, exitCode: 1, reason: 'Error', startedAt: T.iso(lastStart), finishedAt: T.iso(lastStart + 0.8), container: 'shipping' }) },
        }],
      },
      ratings: {
        unavailableSince: evict + 2.5,
        pods: [{ readyTransition: T.iso(evict + 2.5), containers: { ratings: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) } }],
      },
    },
    events: [
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: -24.9 },
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'node removed by cluster autoscaler', first: -23.2 },
      { on: `node:${GONE}`, source: 'kubelet', reason: 'NodeNotReady', message: `Node ${GONE} status is now: NodeNotReady`, first: -23.0 },
      { on: `node:${GONE}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -22.6 },
      { on: 'rs:mysql', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:mysql#0%', first: rsCreated },
      { on: 'rs:shipping', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:shipping#0%', first: rsCreated },
      { on: 'pod:mysql#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: rsCreated },
      { on: 'pod:mysql#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-mysql-db:2.1.0"', first: -23.88, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-mysql-db:2.1.0" in 16.412s (16.412s including waiting). Image size: 147385211 bytes.', first: -23.61, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', first: -23.61, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', first: mysqlStart, fieldPath: 'spec.containers{mysql}' },
      { on: 'pod:shipping#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: rsCreated },
      { on: 'pod:shipping#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-shipping:2.1.0"', first: -23.88, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-shipping:2.1.0" in 22.871s (22.871s including waiting). Image size: 371926512 bytes.', first: -23.5, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "robotshop/rs-shipping:2.1.0" already present on machine', first: -22.43, last: lastStart, count: 7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Created', message: 'Created container shipping', first: -23.5, last: lastStart, count: 8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -23.5, last: lastStart, count: 8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/health": dial tcp %PODIP%:8080: connect: connection refused', first: -23.4, last: lastStart + 0.75, count: 61, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container shipping in pod %POD%_robot-shop(%PODUID%)', first: -22.55, last: -0.15, count: 83, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:ratings#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', first: evict + 0.05, last: -0.05, count: 290, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'mysql#0/mysql': my,
      'shipping#0/shipping/previous': shippingPrev,
      'ratings#0/ratings': ratings,
      'web#0/web': web,
      'catalogue#0/catalogue': catalogue,
      'user#0/user': user,
      'cart#0/cart': cart,
      'redis#0/redis': redis,
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Black Friday: payment's one uWSGI worker cannot keep up, its listen queue is full; ratings OOM-killed once (decoy)
function paymentListenQueue() {
  const incidentTime = '2026-11-27T11:31:00Z';
  const T = clock(incidentTime);
  const f = F(T);
  const r = rng('s19-payment-uwsgi');
  const onset = -26; // the sale mail went out at ~11:00, queue full from ~11:05

  // payment: Flask app.logger lines (wsgi.errors -> uWSGI log) and uWSGI request lines; one worker (processes = 1, no threads)
  const pay = [];
  let req = 51870;
  let t = -34;
  let queueWarn = onset;
  const cartOf = (rr) => {
    const items = [];
    let total = 0;
    for (let k = 0; k < 1 + Math.floor(rr() * 3); k++) {
      const sku = pick(rr, SKUS);
      const price = [12.5, 23.45, 41.99, 87.6, 120, 5.5][Math.floor(rr() * 6)];
      const qty = 1 + Math.floor(rr() * 2);
      items.push(`{'qty': ${qty}, 'sku': '${sku}', 'name': '${sku}', 'price': ${price}, 'subtotal': ${Math.round(price * qty * 100) / 100}}`);
      total += price * qty;
    }
    const ship = Math.round((5 + rr() * 60) * 100) / 100;
    items.push(`{'qty': 1, 'sku': 'SHIP', 'name': 'shipping to ${pick(rr, ['United Kingdom Manchester', 'Germany Köln', 'France Lyon', 'Netherlands Utrecht', 'United States Austin'])}', 'price': ${ship}, 'subtotal': ${ship}}`);
    total = Math.round((total + ship) * 100) / 100;
    return `{'total': ${total}, 'tax': ${Math.round((total - total / 1.2) * 100) / 100}, 'items': [${items.join(', ')}]}`;
  };
  while (t < -0.05) {
    const busy = t > onset - 4;
    const id = `anonymous-${203400 + Math.floor(r() * 9000)}`;
    const msecs = 480 + Math.floor(r() * 330); // PayPal GET (301 -> www) dominates, as before the sale
    const lines = [];
    lines.push(`[${f.py(t)}] INFO in payment: payment for ${id}`);
    lines.push(`[${f.py(t + 0.0002)}] INFO in payment: ${cartOf(r)}`);
    lines.push(`[${f.py(t + msecs / 60000 - 0.0015)}] INFO in payment: https://paypal.com/ returned 200`);
    lines.push(`[${f.py(t + msecs / 60000 - 0.0012)}] INFO in payment: queue order`);
    lines.push(`[${f.py(t + msecs / 60000 - 0.0011)}] INFO in payment: message sent`);
    lines.push(`[${f.py(t + msecs / 60000 - 0.0002)}] INFO in payment: cart delete returned 200`);
    req++;
    const end = t + msecs / 60000;
    // requests that waited in the backlog longer than nginx's proxy_read_timeout find the socket closed
    if (t > onset + 1 && r() < 0.55) {
      lines.push(`uwsgi_response_write_body_do(): Broken pipe [core/writer.c line 429] during POST /pay/${id} (%IPOF:web#0%)`);
      lines.push('OSError: write error');
      lines.push(`[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#${r() < 0.5 ? 0 : 1}% () {44 vars in 868 bytes} [${f.ctime(t)}] POST /pay/${id} => generated 0 bytes in ${msecs} msecs (HTTP/1.1 200) 2 headers in 0 bytes (0 switches on core 0)`);
    } else {
      lines.push(`[pid: 9|app: 0|req: ${req}/${req}] %IPOF:web#${t > -22 && r() < 0.5 ? 1 : 0}% () {44 vars in 868 bytes} [${f.ctime(t)}] POST /pay/${id} => generated 49 bytes in ${msecs} msecs (HTTP/1.1 200) 2 headers in 72 bytes (1 switches on core 0)`);
    }
    pay.push(...lines);
    while (busy && queueWarn < end && queueWarn > onset - 0.01) {
      if (queueWarn >= onset) pay.push(`${f.ctime(queueWarn)} - *** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***`);
      queueWarn += (1 + Math.floor(r() * 3)) / 60;
    }
    t = busy ? end + 0.0003 + r() * 0.0005 : end + 0.3 + r() * 0.6;
  }

  // web: nginx; scaled to 2 replicas by its HPA at -22
  const webLines = [[], []];
  let conn = [918220, 4410];
  for (let x = -32; x < 0; x += 0.004 + r() * 0.02) {
    const wi = x > -21.5 && r() < 0.5 ? 1 : 0;
    const out = webLines[wi];
    const k = r();
    if (k < 0.07) {
      // the pay step
      const id = `anonymous-${203400 + Math.floor(r() * 9000)}`;
      if (x < onset) out.push(access(f, r, x, 'POST', `/api/payment/pay/${id}`, 200, 49, `http://${HOST}/`));
      else {
        conn[wi] += 1 + Math.floor(r() * 30);
        const c = r() < 0.6 ? 'while reading response header from upstream' : 'while connecting to upstream';
        out.push(`${f.ngx(x)} [error] 31#31: *${conn[wi]} upstream timed out (110: Connection timed out) ${c}, client: ${pick(r, NODE_IPS)}, server: localhost, request: "POST /api/payment/pay/${id} HTTP/1.1", upstream: "http://%SVCIP:payment%:8080/pay/${id}", host: "${HOST}", referrer: "http://${HOST}/"`);
        out.push(access(f, r, x, 'POST', `/api/payment/pay/${id}`, 504, 494));
      }
    } else if (k < 0.55) {
      const p = pick(r, ['/api/catalogue/categories', '/api/catalogue/products', `/api/catalogue/product/${pick(r, SKUS)}`, '/api/user/uniqueid', `/api/ratings/api/fetch/${pick(r, SKUS)}`, `/api/cart/add/anonymous-${203400 + Math.floor(r() * 9000)}/${pick(r, SKUS)}/1`, '/api/shipping/codes', `/api/shipping/calc/${10000 + Math.floor(r() * 3000000)}`]);
      out.push(access(f, r, x, 'GET', p, 200, 38 + Math.floor(r() * 3000)));
    } else if (k < 0.6) {
      out.push(access(f, r, x, 'POST', `/api/shipping/confirm/anonymous-${203400 + Math.floor(r() * 9000)}`, 200, 300 + Math.floor(r() * 300)));
    } else {
      out.push(access(f, r, x, 'GET', pick(r, ['/', '/js/controller.js', '/css/style.css', `/images/${pick(r, SKUS)}.jpg`, '/eum.html', '/cart.html', '/payment.html']), 200, 400 + Math.floor(r() * 40000)));
    }
  }

  // dispatch: orders keep flowing at the rate payment manages to publish them (log.Printf)
  const dispatch = [];
  let o = -30;
  while (o < 0) {
    const id = createHash('md5').update(`o${o}`).digest('hex');
    const oid = `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`;
    const sku = pick(r, SKUS);
    const price = [12.5, 23.45, 41.99, 87.6, 120, 5.5][Math.floor(r() * 6)];
    const ship = Math.round((5 + r() * 60) * 100) / 100;
    const total = Math.round((price + ship) * 100) / 100;
    dispatch.push(`${f.ngx(o)} Order {"orderid": "${oid}", "user": "anonymous-${203400 + Math.floor(r() * 9000)}", "cart": {"total": ${total}, "tax": ${Math.round((total - total / 1.2) * 100) / 100}, "items": [{"qty": 1, "sku": "${sku}", "name": "${sku}", "price": ${price}, "subtotal": ${price}}, {"qty": 1, "sku": "SHIP", "name": "shipping to United Kingdom Leeds", "price": ${ship}, "subtotal": ${ship}}]}}`);
    dispatch.push(`${f.ngx(o)} Headers map[X-INSTANA-L:1 X-INSTANA-S:${id.slice(0, 16)} X-INSTANA-T:${id.slice(16, 32)}]`);
    dispatch.push(`${f.ngx(o)} order ${oid}`);
    dispatch.push(`${f.ngx(o)} Creating child span`);
    o += o < onset - 4 ? 0.3 + r() * 0.6 : 0.011 + r() * 0.003;
  }
  // keep the dispatch log a bounded tail, like the other logs
  const dispatchTail = dispatch.slice(-1600);

  // ratings decoy: Apache prefork children past the 100Mi limit under the sale traffic, OOM-killed once at -13.2
  const ratNode = baseSystem.nodes[(baseSystem.workloads.findIndex((w) => w.name === 'ratings')) % 3].ip;
  const ratings = [
    'AH00558: apache2: Could not reliably determine the server\'s fully qualified domain name, using %PODIP%. Set the \'ServerName\' directive globally to suppress this message',
    'AH00558: apache2: Could not reliably determine the server\'s fully qualified domain name, using %PODIP%. Set the \'ServerName\' directive globally to suppress this message',
    `[${f.apacheErr(-13.1, '218')}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.54 (Debian) PHP/7.4.33 configured -- resuming normal operations`,
    `[${f.apacheErr(-13.1, '301')}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
  ];
  for (let x = -13.05; x < 0; x += 5 / 60) {
    ratings.push(`[${f.mono(x)}] app.INFO: Health-Check {"pdo_connectivity":true} []`);
    ratings.push(`${ratNode} - - [${f.clf(x)}] "GET /_health HTTP/1.1" 200 27 "-" "kube-probe/1.30"`);
    for (let k = 0; k < 3; k++) if (r() < 0.7) ratings.push(`%IPOF:web#${r() < 0.5 ? 0 : 1}% - - [${f.clf(x + k / 60)}] "GET /api/fetch/${pick(r, SKUS)} HTTP/1.1" 200 38 "http://${HOST}/" "${pick(r, UA)}"`);
  }
  const ratingsPrev = [];
  for (let x = -16; x < -13.25; x += 5 / 60) {
    ratingsPrev.push(`${ratNode} - - [${f.clf(x)}] "GET /_health HTTP/1.1" 200 27 "-" "kube-probe/1.30"`);
    for (let k = 0; k < 4; k++) ratingsPrev.push(`%IPOF:web#${r() < 0.5 ? 0 : 1}% - - [${f.clf(x + k / 70)}] "GET /api/fetch/${pick(r, SKUS)} HTTP/1.1" 200 38 "http://${HOST}/" "${pick(r, UA)}"`);
  }
  ratingsPrev.push(`[${f.apacheErr(-13.26, '904')}] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting`);

  const hpa = (name, cur, util, lastScale) => ({
    name,
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
    status: {
      ...(lastScale !== undefined ? { lastScaleTime: T.iso(lastScale) } : {}),
      currentReplicas: cur, desiredReplicas: cur,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: `${util * 2}m`, averageUtilization: util } } }],
      conditions: [
        { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
        { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
        util > 50 && cur === 2
          ? { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(lastScale + 0.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' }
          : { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
      ],
    },
  });
  const anon = () => `anonymous-${203400 + Math.floor(r() * 9000)}`;
  const node = (name, routes, n, webPods) => {
    const out = [];
    let id = 4100000 + Math.floor(r() * 90000);
    for (let i = 0; i < n; i++) {
      const x = -8 + (8 * i) / n + r() * 0.02;
      const [method, url, status] = pick(r, routes)();
      out.push(reqLine(f, x, id++, method, url, status, 1 + Math.floor(r() * 25), `%IPOF:web#${webPods > 1 && r() < 0.5 ? 1 : 0}%`, `${name}:8080`));
    }
    return out;
  };

  return withDefaults({
    folder: 's19-payment-uwsgi-listen-queue',
    incidentTime,
    description: 'Black Friday sale: customers getting 504 gateway timeout when they click pay, since ~11:05. everything else on the shop seems fine',
    expected: { component: 'payment', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      instana/robot-shop at 55292e2: payment/payment.ini (uWSGI master with processes = 1, no threads, socket 0.0.0.0:8080
      protocol http, default listen backlog 100), payment/payment.py (per order: GET user /check, GET PAYMENT_GATEWAY
      https://paypal.com/ without a timeout, publish to RabbitMQ, DELETE cart; Flask app.logger lines), payment-deployment.yaml
      (no probe, 200m/100Mi), K8s/autoscale.sh (HPAs min 1 max 2 at 50% CPU for cart, catalogue, dispatch, payment, ratings,
      shipping, user, web), web/default.conf.template (proxy_pass to payment:8080, nginx's default 60 s proxy timeouts),
      dispatch/main.go (log.Printf of every order), ratings Dockerfile (php:7.4-apache, mpm_prefork) and its 100Mi limit.
      Fault: the Black Friday mail brings several times the usual checkouts. Each payment takes ~0.5-0.8 s (mostly the PayPal
      round trip, as before the sale) and payment serves one request at a time, so it completes ~1.5 orders/s; the listen
      queue fills (uWSGI "*** uWSGI listen queue of socket ... full !!! (101/100) ***"), requests wait past nginx's 60 s
      proxy_read_timeout or cannot connect, and web answers 504; uWSGI then writes responses into closed sockets
      (uwsgi_response_write_body_do(): Broken pipe). The payment pod stays Running and Ready with no restart; its CPU stays
      low (it waits on I/O), so its HPA never scales it while catalogue, cart and web scale to 2. Orders keep reaching
      dispatch at the rate payment manages. Decoy: ratings was OOM-killed once at 11:17 (Apache prefork children past 100Mi
      under the same traffic) and recovered; it has nothing to do with the pay step. Public grounding: the uWSGI listen-queue
      message and its documented remedy (more processes/threads or a larger listen), the nginx "upstream timed out (110:
      Connection timed out) while reading response header from upstream" message, Apache AH00161 MaxRequestWorkers.`,
    workloads: {
      catalogue: { replicas: 2, pods: [{}, { created: T.iso(-24), node: N(0) }] },
      cart: { replicas: 2, pods: [{}, { created: T.iso(-19.5), node: N(2) }] },
      web: { replicas: 2, pods: [{}, { created: T.iso(-21.6), node: N(1) }] },
      ratings: {
        pods: [{
          readyTransition: T.iso(-13.0),
          containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-13.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-13.2) } }) },
        }],
      },
    },
    hpas: [
      hpa('cart', 2, 61, -20), hpa('catalogue', 2, 83, -24.5), hpa('dispatch', 1, 14), hpa('payment', 1, 9), hpa('ratings', 1, 47, -60 * 24 * 6),
      hpa('shipping', 1, 38), hpa('user', 1, 44), hpa('web', 2, 71, -22),
    ],
    events: [
      { on: 'hpa:catalogue', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -24.5 },
      { on: 'hpa:web', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -22 },
      { on: 'hpa:cart', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -20 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 2 from 1', first: -24.5 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 2 from 1', first: -22 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 2 from 1', first: -20 },
      { on: 'rs:catalogue', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:catalogue#1%', first: -24.1 },
      { on: 'rs:web', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:web#1%', first: -21.6 },
      { on: 'rs:cart', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:cart#1%', first: -19.5 },
      { on: 'pod:catalogue#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -24.1 },
      { on: 'pod:catalogue#1', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -24.05, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Created', message: 'Created container catalogue', first: -24.05, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Started', message: 'Started container catalogue', first: -24.0, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:web#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -21.6 },
      { on: 'pod:web#1', reason: 'Pulled', message: 'Container image "robotshop/rs-web:2.1.0" already present on machine', first: -21.55, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#1', reason: 'Created', message: 'Created container web', first: -21.55, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#1', reason: 'Started', message: 'Started container web', first: -21.5, fieldPath: 'spec.containers{web}' },
      { on: 'pod:cart#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -19.5 },
      { on: 'pod:cart#1', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -19.45, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#1', reason: 'Created', message: 'Created container cart', first: -19.45, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#1', reason: 'Started', message: 'Started container cart', first: -19.4, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -13.15, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', first: -13.15, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -13.1, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', first: -13.08, fieldPath: 'spec.containers{ratings}' },
      { on: 'hpa:catalogue', type: 'Warning', reason: 'FailedGetResourceMetric', message: 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)', first: -23.6, last: -23.3, count: 2 },
    ],
    logs: {
      'payment#0/payment': pay.slice(-2400),
      'web#0/web': webLines[0].slice(-1500),
      'web#1/web': webLines[1].slice(-1500),
      'dispatch#0/dispatch': dispatchTail,
      'ratings#0/ratings': ratings,
      'ratings#0/ratings/previous': ratingsPrev,
      'catalogue#0/catalogue': node('catalogue', [() => ['GET', '/products', 200], () => ['GET', '/categories', 200], () => ['GET', `/product/${pick(r, SKUS)}`, 200]], 120, 2),
      'catalogue#1/catalogue': node('catalogue', [() => ['GET', '/products', 200], () => ['GET', `/product/${pick(r, SKUS)}`, 200]], 110, 2),
      'cart#0/cart': node('cart', [() => ['GET', `/add/${anon()}/${pick(r, SKUS)}/1`, 200], () => ['GET', `/cart/${anon()}`, 200], () => ['DELETE', `/cart/${anon()}`, 200]], 90, 2),
      'cart#1/cart': node('cart', [() => ['GET', `/add/${anon()}/${pick(r, SKUS)}/1`, 200], () => ['POST', `/shipping/${anon()}`, 200]], 80, 2),
      'user#0/user': node('user', [() => ['GET', '/uniqueid', 200], () => ['GET', `/check/${anon()}`, 404]], 100, 2),
    },
  });
}

export const scenarios = [mysqlReimport(), paymentListenQueue()];
