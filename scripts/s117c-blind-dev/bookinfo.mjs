// Batch s117c (blind dev): one Bookinfo scenario on the kit system definition (Istio sidecars, ratings-v2-mysql).
// mysqldb's mysqld dies with signal 11 on a query from ratings and crash-loops; reviews and productpage are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };
const INC = '2026-04-25T08:40:00Z';
const T = clock(INC);
const crash = [
  `${T.iso(-2.5)} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1`,
  `${T.iso(-2.4)} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
  `${T.iso(-2.2)} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
  `${T.iso(-2.1)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
  `${T.iso(-1.7).replace('T', ' ').replace('Z', '')} UTC - mysqld got signal 11 ;`,
  'Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.',
  'BuildID[sha1]=5e3a1c0d9f8b7a6e4d2c1b0a9f8e7d6c5b4a3f21',
  'Thread pointer: 0x7f3b2c000b70',
  'Attempting backtrace. You can use the following information to find out',
  'where mysqld died. If you see no messages after this, something went',
  'terribly wrong...',
  'stack_bottom = 7f3b5c7f7bd0 thread_stack 0x100000',
  '/usr/sbin/mysqld(my_print_stacktrace(unsigned char const*, unsigned long)+0x41) [0x55d1c2f3a8e1]',
  '/usr/sbin/mysqld(print_fatal_signal(int)+0x2a3) [0x55d1c1f0b6d3]',
  '/usr/sbin/mysqld(handle_fatal_signal+0xa5) [0x55d1c1f0b7a5]',
  '/lib64/libpthread.so.0(+0x12cf0) [0x7f3b7a1e2cf0]',
  '/usr/sbin/mysqld(Item_subselect::exec(THD*)+0x1c) [0x55d1c1d6e8ac]',
  '/usr/sbin/mysqld(do_command(THD*)+0x1a4) [0x55d1c1cbd1e4]',
  '',
  'Trying to get some variables.',
  'Some pointers may be invalid and cause the dump to abort.',
  'Query (7f3b2c0a3c20): SELECT Rating FROM ratings WHERE ReviewID IN (SELECT ReviewID FROM ratings WHERE ReviewID = 0)',
  'Connection ID (thread ID): 9',
  'Status: NOT_KILLED',
  '',
  'The manual page at http://dev.mysql.com/doc/mysql/en/crashing.html contains',
  'information that should help you find out what is causing the crash.',
];
const ratings = [];
for (let m = -24; m < -0.3; m += 1.6) ratings.push(m % 2 < 1 ? 'Error: connect ECONNREFUSED 127.0.0.6:3306' : 'Error: Connection lost: The server closed the connection.');
const reviews = [];
for (let m = -24; m < -0.3; m += 1.3) reviews.push(`[${T.java(m).slice(0, 10)}T${T.java(m).slice(11)}Z] [err] Error: unable to contact http://ratings:9080/ratings got status of 503`);
const pp = [];
for (let m = -24; m < -0.3; m += 1.1) pp.push(`INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`);
export const scenarios = [bookinfoScenario({
  folder: 's117c-mysqldb-signal11-crashloop',
  incidentTime: INC,
  description: 'bookinfo: ratings stars gone on the product page (“Ratings service is currently unavailable”) since about 08:15, page still loads',
  expected: { component: 'mysqldb', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'mysqldb', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression'],
  workloads: {
    'mysqldb-v1': { pods: [{ containers: { mysqldb: cs.crashLoop({ restarts: 9, exitCode: 139, startedAt: T.iso(-2.5), finishedAt: T.iso(-1.7), container: 'mysqldb' }) } }] },
  },
  events: [
    { on: 'pod:mysqldb-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container mysqldb in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', first: -22, last: -1, count: 71, fieldPath: 'spec.containers{mysqldb}' },
    { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -24, last: -2.6, count: 10, fieldPath: 'spec.containers{mysqldb}' },
  ],
  logs: {
    'mysqldb-v1#0/mysqldb/previous': crash,
    'ratings-v2-mysql#0/ratings': ratings,
    'reviews-v2#0/reviews': reviews,
    'reviews-v3#0/reviews': reviews,
    'productpage-v1#0/productpage': pp,
  },
  grounding: `Bookinfo platform/kube manifests: ratings-v2-mysql reads MYSQL_DB_HOST=mysqldb; mysqldb keeps its data in an emptyDir,
  so container restarts keep the seeded test_db. Fault follows MySQL bug reports of mysqld dying with "got signal 11" in subquery
  execution: each query from ratings crashes mysqld (exit 139), CrashLoopBackOff. ratings (Node.js mysql driver) logs ECONNREFUSED /
  Connection lost but stays Ready; reviews v2/v3 report 503 from ratings; productpage still answers 200 with
  "Ratings service is currently unavailable". The crashing query text is illustrative. No deviation from upstream manifests.`,
})];
