// s67a blind dev scenario for Sock Shop (system of scripts/s2-scenarios/sock-shop.mjs): a manual `compact` on user-db's
// MongoDB 3.4 holds the users database's exclusive lock while the user service and front-end time out; built by scripts/s67a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-04-23T13:58:00Z';
const T = clock(INC);
const COMPACT = -19.2;
const m3 = (min, sev, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} ${sev} ${comp.padEnd(8)} [${ctx}] ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min).replace('Z', '').padEnd(23, '0')}${String(Math.round(min * 1e6) & 0x3ff).padStart(6, '0')}Z ${kv}`;
// Go's time.Duration.String(): seconds above 1 s, milliseconds below, trailing zeros trimmed.
const goDur = (sec) => (sec >= 1 ? `${sec.toFixed(9).replace(/0+$/, '')}s` : `${(sec * 1000).toFixed(6).replace(/0+$/, '')}ms`);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const dev = (method, url, status, ms, len) => `\x1b[0m${method} ${url} \x1b[${status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32}m${status} \x1b[0m${ms} ms - ${len}\x1b[0m`;

// Logins (front-end -> user GET /login -> users.customers find) and the health probes in between.
const loginsBefore = [-44.1, -40.6, -36.2, -33.9, -29.5, -25.8, -22.4];
const loginsAfter = [-18.3, -16.9, -15.1, -13.6, -11.8, -10.2, -8.7, -7.1, -5.5, -3.9, -2.6, -1.2];

const userLog = () => {
  const rows = [
    [-60 * 24 * 9, kit(-60 * 24 * 9, 'caller=main.go:155 transport=HTTP port=80')],
  ];
  for (let m = -45; m < 0; m += 0.5) rows.push([m, kit(m, `caller=middlewares.go:153 method=Health result=2 took=${goDur(0.000912 + (Math.abs(Math.round(m * 37)) % 23) * 0.0000417)}`)]);
  loginsBefore.forEach((m, i) => rows.push([m, kit(m, `caller=middlewares.go:31 method=Login took=${goDur(0.0021347 + i * 0.000371)}`)]));
  loginsAfter.forEach((m, i) => {
    const port = 43100 + i * 211;
    rows.push([m + 0.0834, kit(m + 0.0834, `caller=middlewares.go:31 method=Login took=${goDur(5.0011873 + i * 0.000379)}`)]);
    rows.push([m + 0.08341, kit(m + 0.08341, `caller=server.go:112 err="read tcp %PODIP%:${port}->%SVCIP:user-db%:27017: i/o timeout"`)]);
  });
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
};

const userDbLog = () => {
  const boot = -60 * 24 * 9;
  const out = [
    m3(boot, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db-users 64-bit host=%POD%'),
    m3(boot, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.2'),
    m3(boot, 'I', 'CONTROL', 'initandlisten', 'OpenSSL version: OpenSSL 1.0.1t  3 May 2016'),
    m3(boot, 'I', 'CONTROL', 'initandlisten', 'allocator: tcmalloc'),
    m3(boot, 'I', 'CONTROL', 'initandlisten', 'options: { config: "/etc/mongodb.conf", storage: { dbPath: "/data/db-users", mmapv1: { smallFiles: true } } }'),
    m3(boot + 0.001, 'I', 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=7567M,session_max=20000,eviction=(threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),'),
    m3(boot + 0.01, 'I', 'FTDC', 'initandlisten', "Initializing full-time diagnostic data capture with directory '/data/db-users/diagnostic.data'"),
    m3(boot + 0.01, 'I', 'NETWORK', 'thread1', 'waiting for connections on port 27017'),
    m3(boot + 0.5, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:user#0%:39012 #1 (1 connection now open)'),
    m3(boot + 0.5, 'I', 'NETWORK', 'thread1', 'connection accepted from %IPOF:user#0%:39014 #2 (2 connections now open)'),
    // A load-test clean-up earlier in the day: millions of throwaway customers removed from a mongo shell.
    m3(-60 * 4 - 12.5, 'I', 'NETWORK', 'thread1', 'connection accepted from 127.0.0.1:50318 #311 (5 connections now open)'),
    m3(-60 * 4 - 12.5, 'I', 'NETWORK', 'conn311', 'received client metadata from 127.0.0.1:50318 conn311: { application: { name: "MongoDB Shell" }, driver: { name: "MongoDB Internal Client", version: "3.4.2" }, os: { type: "Linux", name: "PRETTY_NAME="Debian GNU/Linux 8 (jessie)"", architecture: "x86_64", version: "Kernel 5.10.227-219.884.amzn2.x86_64" } }'),
    m3(-60 * 4 + 0.4, 'I', 'WRITE', 'conn311', 'remove users.customers query: { username: /^lt-/ } planSummary: COLLSCAN keysExamined:0 docsExamined:3184220 ndeleted:3171904 keysDeleted:6343808 numYields:24790 locks:{ Global: { acquireCount: { r: 24791, w: 24791 } }, Database: { acquireCount: { w: 24791 } }, Collection: { acquireCount: { w: 24791 } } } 774318ms'),
    m3(-60 * 4 + 0.4, 'I', 'COMMAND', 'conn311', 'command users.$cmd command: delete { delete: "customers", deletes: [ { q: { username: /^lt-/ }, limit: 0.0 } ], ordered: true } numYields:0 reslen:44 locks:{ Global: { acquireCount: { r: 24791, w: 24791 } }, Database: { acquireCount: { w: 24791 } }, Collection: { acquireCount: { w: 24791 } } } protocol:op_command 774320ms'),
    m3(-60 * 4 + 0.6, 'I', 'NETWORK', 'conn311', 'end connection 127.0.0.1:50318 (4 connections now open)'),
    // The compact that holds the users database's exclusive lock since 13:38.
    m3(COMPACT - 0.4, 'I', 'NETWORK', 'thread1', 'connection accepted from 127.0.0.1:51904 #348 (5 connections now open)'),
    m3(COMPACT - 0.4, 'I', 'NETWORK', 'conn348', 'received client metadata from 127.0.0.1:51904 conn348: { application: { name: "MongoDB Shell" }, driver: { name: "MongoDB Internal Client", version: "3.4.2" }, os: { type: "Linux", name: "PRETTY_NAME="Debian GNU/Linux 8 (jessie)"", architecture: "x86_64", version: "Kernel 5.10.227-219.884.amzn2.x86_64" } }'),
    m3(COMPACT, 'I', 'COMMAND', 'conn348', 'compact users.customers begin, options: paddingMode: NONE validateDocuments: 1'),
  ];
  // mgo drops a socket after its 5 s timeout and dials a new one; the blocked operations keep the old ones open server-side.
  let n = 349;
  let open = 6;
  loginsAfter.forEach((m, i) => {
    out.push(m3(m + 0.0834 + 0.0002, 'I', 'NETWORK', 'thread1', `connection accepted from %IPOF:user#0%:${43100 + (i + 1) * 211} #${n} (${open} connections now open)`));
    n += 1; open += 1;
  });
  return out;
};

const frontLog = (which) => {
  const rows = [
    [-60 * 24 * 9, 'Using the redis based session manager'],
    [-60 * 24 * 9 + 0.001, 'App now running in production mode on port 8079'],
  ];
  const mine = (arr) => arr.filter((_, i) => i % 2 === which);
  for (let m = -45 + which * 0.7; m < 0; m += 2.3) {
    rows.push([m, dev('GET', '/catalogue?page=1&size=6&tags=', 200, (11 + (m * 13) % 5).toFixed(3).replace('-', ''), 1587)]);
    rows.push([m + 0.01, dev('GET', '/catalogue/size?tags=', 200, '4.818', 13)]);
  }
  mine(loginsBefore).forEach((m, i) => {
    rows.push([m - 0.0001, 'Received login request']);
    rows.push([m + 0.00005, `{"user":{"firstName":"Eve","lastName":"Berger","username":"user","id":"57a98d98e4b00679b4a830af","_links":{"addresses":{"href":"http://user/customers/57a98d98e4b00679b4a830af/addresses"},"cards":{"href":"http://user/customers/57a98d98e4b00679b4a830af/cards"},"customer":{"href":"http://user/customers/57a98d98e4b00679b4a830af"},"self":{"href":"http://user/customers/57a98d98e4b00679b4a830af"}}}}`]);
    rows.push([m + 0.00006, '57a98d98e4b00679b4a830af']);
    rows.push([m + 0.00007, `Merging carts for customer id: 57a98d98e4b00679b4a830af and session id: ${['Xq3', 'bT9', 'mK2', 'pL7'][i % 4]}vY0_q8G4w2nJhR1kZs6uE`]);
    rows.push([m + 0.0003, 'Carts merged.']);
    rows.push([m + 0.00031, 'Sent cookies.']);
    rows.push([m + 0.00032, dev('GET', '/login', 200, (19.4 + i).toFixed(3), 13)]);
  });
  mine(loginsAfter).forEach((m, i) => {
    rows.push([m - 0.0001, 'Received login request']);
    rows.push([m + 0.0835, '500']);
    rows.push([m + 0.0835, 'Error with log in: true']);
    rows.push([m + 0.0836, dev('GET', '/login', 401, (5008.913 + i * 1.7).toFixed(3), '-')]);
  });
  if (which === 0) {
    rows.push([-9.3, dev('GET', '/orders', 500, '5021.207', 198)]);
    rows.push([-4.4, dev('POST', '/orders', 500, '5040.662', 241)]);
  }
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
};

const ordersLog = () => [
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 39.874 seconds (JVM running for 41.262)'),
  spring(-4.4 + 0.0838, 'ERROR', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
  '',
  'org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error',
  '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:620) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:580) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:498) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:47) ~[classes!/:na]',
  '\tat works.weave.socks.orders.services.AsyncGetService$$FastClassBySpringCGLIB$$6a5b8c2e.invoke(<generated>) ~[classes!/:na]',
  '\tat org.springframework.aop.interceptor.AsyncExecutionInterceptor$1.call(AsyncExecutionInterceptor.java:115) ~[spring-aop-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat java.util.concurrent.FutureTask.run(FutureTask.java:266) [na:1.8.0_111]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
  '',
];

const catalogueLog = () => {
  const out = [`ts=${T.iso(-60 * 24 * 9)} caller=main.go:138 transport=HTTP port=80`];
  for (let m = -45; m < 0; m += 2.3) {
    out.push(`ts=${T.isoMs(m).replace('Z', '')}412Z caller=logging.go:22 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.61${Math.abs(Math.round(m * 100)) % 10}ms`);
    out.push(`ts=${T.isoMs(m + 0.01).replace('Z', '')}288Z caller=logging.go:41 method=Count tags= result=9 err=null took=822.4µs`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's67a-user-db-compact-db-lock',
    description: 'sock shop: customers cant log in since ~13:40, login spins ~5s then "invalid login". browsing socks + catalogue fine, nobody deployed anything today',
    incidentTime: INC,
    expected: { component: 'user-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Fault: after a load-test clean-up that removed ~3.2 million throwaway customers (the 774 s remove in user-db's log, four hours
      earlier), someone ran db.runCommand({compact: "customers"}) on user-db from a mongo shell at 13:38 to reclaim the space. The
      weaveworksdemos/user-db:0.3.0 image is FROM mongo:3 (MongoDB 3.4, WiredTiger); in 3.4 compact takes the database's exclusive
      lock and "blocks all other activity on the database" (MongoDB 3.4 manual, compact "Blocking"). The users database is
      therefore hung: mongod accepts connections (its log shows only "connection accepted" with the count climbing) but every
      find on users.customers waits, and the compact on millions of deleted-record extents has not finished.
      The user service (go-kit, mgo with DialWithTimeout 5 s, so a 5 s socket timeout) answers /login after exactly 5 s with
      500 ("read tcp ...->user-db:27017: i/o timeout" through go-kit's ServerErrorLogger); mgo then dials a new socket. Its
      /health stays 200 (Health() returns 200 and the ping is an admin command, not blocked), so user and user-db stay Ready.
      The front-end logs "Received login request", "500", "Error with log in: true" and answers 401 after ~5 s - what customers
      see as an invalid login; orders (customer look-up through user) fails with HttpServerErrorException. The catalogue path
      (catalogue -> catalogue-db) is untouched.
      Manifests: deploy/kubernetes/complete-demo.yaml at 9dff06f (the session-2 system); code read: microservices-demo/user
      db/mongodb/mongodb.go, api/middlewares.go, api/service.go (Health), api/transport.go, main.go (logfmt to stderr);
      microservices-demo/front-end api/user/index.js (/login), server.js (morgan "dev"); docker/user-db/Dockerfile (FROM mongo:3).
      Decoys: carts was OOMKilled three days ago (restart count 1), the front-end and orders are the loud ones.
      Deviations: the exact MongoDB 3.4 patch version of the image is assumed (3.4.2); the user service's caller line numbers
      are approximate.
    `,
    workloads: {
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 212.1) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'user-db#0/user-db': userDbLog(),
      'user#0/user': userLog(),
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(1),
      'orders#0/orders': ordersLog(),
      'catalogue#0/catalogue': catalogueLog(),
    },
  },
];
