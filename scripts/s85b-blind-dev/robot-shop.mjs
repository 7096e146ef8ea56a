// Blind dev batch s85b: one Robot Shop scenario (mysql dependency-down, InnoDB long semaphore wait), built by
// scripts/s85b-build.mjs with the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, defaultPvcs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const IT = '2026-05-13T16:20:00Z';
const T = clock(IT);
const my = (m) => T.isoMs(m).replace('Z', '000Z').replace(/\.(\d{3})000Z/, '.$1000Z');
const mysql = [
  `${my(-60 * 24 * 12)} 0 [Note] mysqld: ready for connections.`,
  `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
];
for (let m = -19; m < -1; m += 1.5) {
  mysql.push(`${my(m)} 0 [Warning] InnoDB: A long semaphore wait:`);
  mysql.push(`--Thread 140213987264256 has waited at btr0sea.ic line 90 for ${Math.round((m + 20) * 60)}.00 seconds the semaphore:`);
  mysql.push(`S-lock on RW-latch at 0x55d1c2a8e9b8 created in file btr0sea.cc line 195`);
  mysql.push(`a writer (thread id 140213853046528) has reserved it in mode  wait exclusive`);
  mysql.push(`number of readers 1, waiters flag 1, lock_word: ffffffffffffffff`);
}
const shipping = [];
for (let m = -18; m < -1; m += 1.2) {
  shipping.push(`${T.java(m)}  WARN 1 --- [nio-8080-exec-${Math.round(m + 20) % 10 + 1}] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null`);
  shipping.push(`${T.java(m + 0.01)} ERROR 1 --- [nio-8080-exec-${Math.round(m + 20) % 10 + 1}] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.`);
  shipping.push(`${T.java(m + 0.02)} ERROR 1 --- [nio-8080-exec-${Math.round(m + 20) % 10 + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause`);
}
const web = [];
for (let m = -17; m < -1; m += 1.3)
  web.push(`${Math.round(m) % 2 ? '10.1.2.41' : '10.1.1.23'} - - [${new Date(T.isoMs(m)).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET /api/shipping/match/${['12', '43', '101'][Math.abs(Math.round(m)) % 3]}/city HTTP/1.1" 504 167 "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"`);
export const scenarios = [
  withDefaults({
    folder: 's85b-mysql-innodb-ahi-semaphore-hang',
    description: 'robotshop checkout stuck at shipping step (city lookup never loads) - fulfilment team says shipping svc is throwing pool timeouts. cart n catalogue ok',
    incidentTime: IT,
    expected: { component: 'mysql', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mysql', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'partial-name', 'decoy'],
    grounding: `
      Robot Shop (instana/robot-shop K8s/helm at 55292e2): shipping (Spring Boot, HikariCP, JPA) reads the cities/codes tables
      of the mysql Deployment (rs-mysql-db, MySQL 5.7, no probes, so Ready). Fault follows the MySQL 5.7 adaptive hash index
      contention bug class (MySQL bugs #81346 / #62018, Percona "InnoDB: A long semaphore wait" write-ups): a writer waits for
      the btr_search_latch in exclusive mode while a reader holds it, every new query on the indexed tables queues, and mysqld
      keeps logging "A long semaphore wait" until the 600 s watchdog; the process stays up and accepts connections. shipping's
      pool of 10 is exhausted (HikariPool-1 - Connection is not available, request timed out after 30000ms) and web's nginx
      returns 504 on /api/shipping; shipping stays Ready because its /health does not touch the database. Decoy: payment
      restarted once two days ago (OOMKilled, 137) and a ratings rollout yesterday. Deviation: log volume condensed; client IPs
      are the ELB's internal addresses.
    `,
    workloads: {
      payment: { pods: [{ containers: { payment: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }] },
      ratings: { rollout: { at: -60 * 20, revision: 3, oldReplicas: 0, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.1.0' } } }, containers: { ratings: { image: 'robotshop/rs-ratings:2.1.1' } }, },
    },
    logs: {
      'mysql#0/mysql': mysql,
      'shipping#0/shipping': shipping,
      'web#0/web': web,
      'cart#0/cart': [`{"level":"info","time":${Date.parse(T.isoMs(-6))},"pid":1,"hostname":"%POD%","req":{"id":412,"method":"GET","url":"/add/anonymous-3/Watson/1"},"res":{"statusCode":200},"responseTime":11,"msg":"request completed","v":1}`],
    },
  }),
];
