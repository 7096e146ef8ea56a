// Blind dev batch s83a, Sock Shop: one scenario (user-db mongod aborting on a WiredTiger checksum error; user and front-end loud).
// System from scripts/s2-scenarios/sock-shop.mjs (microservices-demo complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const T = clock('2026-05-15T21:12:00Z');
const mg = (min, sev, comp, ctx, msg) => `${T.isoMs(min).replace('Z', '+0000')} ${sev} ${comp.padEnd(8)} [${ctx}] ${msg}`;
const gokit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const crashLog = (base) => [
  mg(base, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db-users 64-bit host=%POD%'),
  mg(base, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.2'),
  mg(base + 0.01, 'I', 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=7428M,session_max=20000,eviction=(threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),'),
  mg(base + 0.02, 'E', 'STORAGE', 'initandlisten', 'WiredTiger error (0) [1779829851:412877][1:0x7f3c1b2e4d40], file:collection-7--3906112823146581412.wt, WT_CURSOR.next: read checksum error for 12288B block at offset 4194304: block header checksum of 2867362560 doesn\'t match expected checksum of 1437926381'),
  mg(base + 0.02, 'E', 'STORAGE', 'initandlisten', 'WiredTiger error (0) [1779829851:412931][1:0x7f3c1b2e4d40], file:collection-7--3906112823146581412.wt, WT_CURSOR.next: collection-7--3906112823146581412.wt: encountered an illegal file format or internal value'),
  mg(base + 0.02, 'E', 'STORAGE', 'initandlisten', 'WiredTiger error (-31804) [1779829851:412950][1:0x7f3c1b2e4d40], file:collection-7--3906112823146581412.wt, WT_CURSOR.next: the process must exit and restart: WT_PANIC: WiredTiger library panic'),
  mg(base + 0.02, 'I', '-', 'initandlisten', 'Fatal Assertion 28558 at src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp 361'),
  mg(base + 0.02, 'I', '-', 'initandlisten', '\n\n***aborting after fassert() failure\n\n'),
];

export const scenarios = [
  {
    folder: 's83a-user-db-wiredtiger-checksum',
    incidentTime: '2026-05-15T21:12:00Z',
    description: 'sockshop login broken + registration errors for past 15 min, front end throwing 500s. orders/catalog look ok',
    expected: { component: 'user-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'user-db', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      user (Go, go-kit, mgo driver) reads its MongoDB address from the env "mongo=user-db:27017" (complete-demo.yaml);
      user-db is weaveworksdemos/user-db:0.3.0 (mongo 3.4, dbpath /data/db-users). The fault follows public reports of
      mongod aborting at startup on "read checksum error ... WT_PANIC ... Fatal Assertion 28558" after a torn write
      (MongoDB JIRA WT/SERVER checksum-error tickets): here after the node's instance was live-migrated at 20:55 the
      container died, and every restart aborts with SIGABRT (exit 134), so user-db is in CrashLoopBackOff and out of
      the Service. user stays Ready (its /health only reports the db as a dependency) and logs "no reachable servers";
      front-end logs the 500s of /login and /register. Deviation from upstream: none in the manifests. Decoys: carts
      has an OOMKilled restart from two days ago; orders logs routine Mongo connection pool lines.`,
    workloads: {
      'user-db': {
        pods: [{ containers: { 'user-db': cs.crashLoop({ restarts: 7, exitCode: 134, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.5), container: 'user-db' }) } }],
        unavailableSince: -16,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:user-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/user-db:0.3.0" already present on machine', fieldPath: 'spec.containers{user-db}', first: -16.5, last: -1.6, count: 8 },
      { on: 'pod:user-db#0', reason: 'BackOff', message: 'Back-off restarting failed container user-db in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{user-db}', first: -16, last: -0.4, count: 71 },
    ],
    logs: {
      'user-db#0/user-db': crashLog(-1.6),
      'user-db#0/user-db/previous': crashLog(-7),
      'user#0/user': [
        gokit(-60, 'transport=HTTP port=80'),
        gokit(-14.5, 'method=Login result=false took=10.001s err="no reachable servers"'),
        gokit(-8.2, 'method=Register result=false took=10.000s err="no reachable servers"'),
        gokit(-2.3, 'method=Login result=false took=10.001s err="no reachable servers"'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=6 200 12.114 ms - 2417',
        'Error with log in: StatusCodeError: 500 - "{\\"error\\":\\"no reachable servers\\",\\"status_code\\":500,\\"status_text\\":\\"Internal Server Error\\"}"',
        'GET /login 500 10012.304 ms - -',
        'POST /register 500 10008.771 ms - -',
      ],
      'orders#0/orders': [
        `${T.java(-30)}  INFO [orders,,,] 1 --- [      Thread-12] org.mongodb.driver.connection            : Opened connection [connectionId{localValue:41, serverValue:57}] to orders-db:27017`,
      ],
    },
  },
];
