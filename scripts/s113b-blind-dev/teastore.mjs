// Blind dev batch s113b: TeaStore spec (scripts/kit-systems/teastore.mjs) for the scenario kit.
// One scenario: teastore-db MariaDB switched to pool-of-threads with a tiny thread pool; it stalls, persistence/webui loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const INC = '2025-06-11T19:05:00Z';
const T = clock(INC);
const my = (min, lvl, msg) => `${T.java(min).slice(0, 19).replace('T', ' ')} 0 [${lvl}] ${msg}`;
const db = [
  my(-52, 'Note', 'Starting MariaDB 10.4.34-MariaDB-1:10.4.34+maria~ubu2004 source revision  as process 1'),
  my(-51.9, 'Note', 'InnoDB: Using Linux native AIO'),
  my(-51.9, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  my(-51.8, 'Note', 'Server socket created on IP: \'::\'.'),
  my(-51.8, 'Note', "mysqld: ready for connections.\nVersion: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"),
];
for (let m = -34; m < -0.3; m += 2.3) db.push(my(m, 'ERROR', 'Threadpool could not create additional thread to handle queries, because the number of allowed threads was reached. Increasing \'thread_pool_max_threads\' parameter can help in this situation.\n If \'extra_port\' parameter is set, you can still connect to the database with superuser account (it must be TCP connection using extra_port as TCP port) and troubleshoot the situation. A likely cause of pool blocks are clients that lock resources for long time. \'show processlist\' or \'show engine innodb status\' can give additional hints.'));
const pers = [];
for (let m = -33; m < -0.4; m += 1.5) {
  pers.push(`${T.java(m).replace(' ', ' ')} [http-nio-8080-exec-${(Math.round(-m) % 12) + 1}] WARN  com.zaxxer.hikari.pool.ProxyConnection - HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@5c2a1e7f marked as broken because of SQLSTATE(08S01), ErrorCode(0)`);
  pers.push('com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure');
  pers.push('The last packet successfully received from the server was 30,012 milliseconds ago. The last packet sent successfully to the server was 30,011 milliseconds ago.');
}
const web = [];
for (let m = -32; m < -0.3; m += 1.2) {
  web.push(`${T.java(m)} [http-nio-8080-exec-${(Math.round(-m) % 20) + 1}] WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Timeout while waiting for teastore-persistence (60000ms), retrying on next instance`);
  web.push(`java.lang.InterruptedException: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out`);
}
const reco = [];
for (let m = -45; m < 0; m += 9) reco.push(`${T.java(m)} [pool-1-thread-1] INFO  tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Trying to retrain from persistence; last retrain was successful.`);

export const scenarios = [
  {
    folder: 's113b-teastore-db-threadpool-stall',
    description: 'teastore shop pages hang after db tuning change earlier tonight (~18:13), product list + login time out. db pod is green in the dashboard',
    incidentTime: INC,
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      MariaDB's thread pool (thread_handling=pool-of-threads) caps worker threads at thread_pool_max_threads; when every
      thread of a group is blocked the server logs the documented "Threadpool could not create additional thread to
      handle queries, because the number of allowed threads was reached" error and new queries queue forever, while the
      listener still accepts TCP connections (the pod stays Running and Ready; upstream sets no probes). The tuning
      change restarted teastore-db 52 minutes before with the new args. persistence (HikariCP + MySQL Connector/J)
      reports Communications link failure after 30 s reads; webui times out on persistence; recommender retrains from
      its cached data. Deviation from upstream: teastore-db args --thread-handling=pool-of-threads
      --thread-pool-max-threads=8 (upstream passes none); the persistence/webui log layout is log4j's default pattern.`,
    workloads: {
      'teastore-db': {
        rollout: { at: -52.5, revision: 2, oldContainers: { 'teastore-db': { args: undefined } } },
        containers: { 'teastore-db': { args: ['--thread-handling=pool-of-threads', '--thread-pool-max-threads=8', '--thread-pool-size=2'] } },
        pods: [{ containers: { 'teastore-db': cs.running(T.iso(-52)) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -52.5 },
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%OLD% to 0 from 1', first: -51.7 },
    ],
    logs: {
      'teastore-db#0/teastore-db': db,
      'teastore-persistence#0/teastore-persistence': pers,
      'teastore-webui#0/teastore-webui': web,
      'teastore-recommender#0/teastore-recommender': reco,
    },
  },
];
