// Batch s49a (blind dev): one Stan's Robot Shop incident for the scenario kit, on the kit's Robot Shop system
// (instana/robot-shop K8s/helm, withDefaults, default PVCs, pino helper); built by scripts/s49a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };
export const defaultPvcs = pvcs;

const T = clock('2026-04-21T19:06:00Z');
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const slow = (min, conn, ms, docs) =>
  mlog(min, 'I', 'COMMAND', 51803, `conn${conn}`, 'Slow query', {
    type: 'command', ns: 'users.orders', command: { find: 'orders', filter: { user: `user${(conn * 37) % 500}` }, lsid: { id: { $uuid: 'c2a7e1f4-3b9d-4c58-8e06-71d4a9b2f315' } }, $db: 'users' },
    planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: docs, cursorExhausted: true, numYields: Math.round(docs / 1000), nreturned: 4, queryHash: '2F1A4C07', planCacheKey: '6B0E8D21',
    reslen: 1873, locks: { FeatureCompatibilityVersion: { acquireCount: { r: numY(docs) } }, Global: { acquireCount: { r: numY(docs) } } }, storage: { data: { bytesRead: docs * 412, timeReadingMicros: ms * 610 } }, remote: `%IPOF:user#0%:${41000 + conn}`, protocol: 'op_msg', durationMillis: ms,
  });
function numY(docs) { return Math.round(docs / 1000) + 1; }
const boot = (min) => [
  mlog(min, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(min, 'I', 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.'),
  mlog(min + 0.01, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(min + 0.01, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '5.0.26', gitVersion: '0b4f1ea980b5380a66425a90b414106a191365f4', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(min + 0.01, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: { net: { bindIp: '*' } } }),
  mlog(min + 0.02, 'I', 'STORAGE', 22270, 'initandlisten', 'Storage engine to use detected by data files', { dbpath: '/data/db', storageEngine: 'wiredTiger' }),
  mlog(min + 0.02, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  mlog(min + 0.05, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1745262231:448113][1:0x7f3e9c2b1c80], txn-recover: [WT_VERB_RECOVERY_PROGRESS] Recovering log 142 through 143' }),
  mlog(min + 0.09, 'I', 'STORAGE', 22430, 'initandlisten', 'WiredTiger message', { message: '[1745262233:907514][1:0x7f3e9c2b1c80], txn-recover: [WT_VERB_RECOVERY | WT_VERB_RECOVERY_PROGRESS] Set global recovery timestamp: (0, 0)' }),
  mlog(min + 0.12, 'I', 'RECOVERY', 23987, 'initandlisten', 'WiredTiger recoveryTimestamp', { recoveryTimestamp: { $timestamp: { t: 0, i: 0 } } }),
  mlog(min + 0.15, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
  mlog(min + 0.15, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
  mlog(min + 0.15, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
];
const nodeErr = (min, host, msg, extra) => pino(T, min, 'error', host, msg, extra);

export const scenarios = [
  withDefaults({
    folder: 's49a-mongodb-wiredtiger-cache-over-limit',
    incidentTime: '2026-04-21T19:06:00Z',
    description: 'robot shop: login and order history erroring, catalogue sometimes empty. on and off since ~18:15',
    expected: { component: 'mongodb', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart: mongodb Deployment (robotshop/rs-mongodb:2.1.0, FROM mongo:5, no volume, requests 100m/100Mi,
      limits 200m/200Mi, no probes); catalogue (MONGO_URL default mongodb://mongodb:27017/catalogue) and user (users db:
      collections users and orders, /history/:id does ordersCollection.find({user}) with no index) read it; user also uses
      redis. Failure mode: mongod sizes the WiredTiger cache as max(0.5 x (memory limit - 1 GB), 256 MB), so under a 200Mi
      limit its cache is 256M ("Opening WiredTiger ... cache_size=256M"), larger than the container may hold. The users.orders
      collection, filled by months of load-generator checkouts, is read by a COLLSCAN on every order-history call (Slow query,
      planSummary COLLSCAN, ~1.9M docsExamined); at evening traffic the cache fills, resident memory crosses 200Mi and the
      kernel OOM-kills mongod (OOMKilled, exit 137, no last words in its log), seven times since 18:15 (MongoDB
      production notes: WiredTiger cache and container memory limits). catalogue and user lose their pooled connections
      (mongodb driver "MongoNetworkError: connection N to mongodb:27017 closed", then "connect ECONNREFUSED" while it
      restarts) and answer 500; web's nginx logs 500s on /api/catalogue and /api/user. Decoys: a payment rollout this
      morning (healthy), dispatch restarted once two days ago (RabbitMQ connection closed during a rabbitmq restart).`,
    workloads: {
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-3.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-11.9), finishedAt: T.iso(-3.6) } }) } }],
      },
      payment: { rollout: { at: -60 * 9.5, revision: 6, oldReplicas: 0, oldContainers: { payment: { image: 'robotshop/rs-payment:2.0.0' } } } },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', fieldPath: 'spec.containers{mongodb}', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', first: -50, last: -3.5, count: 7 },
      { on: 'pod:mongodb#0', reason: 'Created', fieldPath: 'spec.containers{mongodb}', message: 'Created container mongodb', first: -50, last: -3.5, count: 7 },
      { on: 'pod:mongodb#0', reason: 'Started', fieldPath: 'spec.containers{mongodb}', message: 'Started container mongodb', first: -50, last: -3.4, count: 7 },
      { on: 'pod:mongodb#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{mongodb}', message: 'Back-off restarting failed container mongodb in pod %POD%_robot-shop(%PODUID%)', first: -37, last: -3.7, count: 5 },
    ],
    logs: {
      'mongodb#0/mongodb': [
        ...boot(-3.4),
        mlog(-3.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:52814', connectionId: 1, connectionCount: 1 }),
        mlog(-3.3, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:41006', connectionId: 2, connectionCount: 2 }),
        slow(-2.6, 6, 2841, 1903117),
        slow(-1.9, 9, 3312, 1903121),
        slow(-1.2, 11, 3960, 1903126),
        slow(-0.5, 14, 4417, 1903130),
      ],
      'mongodb#0/mongodb/previous': [
        ...boot(-11.9),
        slow(-11.0, 5, 2655, 1903090),
        slow(-9.8, 8, 3021, 1903096),
        slow(-8.1, 12, 3588, 1903101),
        slow(-6.0, 15, 4102, 1903107),
        slow(-4.4, 19, 5236, 1903112),
      ],
      'catalogue#0/catalogue': [
        pino(T, -4.1, 'info', '%POD%', 'request completed', '"req":{"id":8812,"method":"GET","url":"/products/Robot","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.1.84"}},"res":{"statusCode":200},"responseTime":9,'),
        nodeErr(-3.6, '%POD%', 'ERROR', '"req":{"id":8815,"method":"GET","url":"/categories"},"err":{"type":"MongoNetworkError","message":"connection 4 to mongodb:27017 closed","stack":"MongoNetworkError: connection 4 to mongodb:27017 closed\\n    at Connection.handleIssue (/opt/server/node_modules/mongodb/lib/cmap/connection.js:129:15)"},'),
        nodeErr(-3.6, '%POD%', 'request errored', '"req":{"id":8815,"method":"GET","url":"/categories"},"res":{"statusCode":500},"responseTime":3,'),
        nodeErr(-3.5, '%POD%', 'ERROR', '"req":{"id":8817,"method":"GET","url":"/products/Artificial%20Intelligence"},"err":{"type":"MongoNetworkError","message":"connect ECONNREFUSED %SVCIP:mongodb%:27017","stack":"MongoNetworkError: connect ECONNREFUSED %SVCIP:mongodb%:27017\\n    at connectionFailureError (/opt/server/node_modules/mongodb/lib/core/connection/connect.js:362:14)"},'),
        pino(T, -3.2, 'info', '%POD%', 'request completed', '"req":{"id":8821,"method":"GET","url":"/categories"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -1.0, 'info', '%POD%', 'request completed', '"req":{"id":8874,"method":"GET","url":"/product/RD-10"},"res":{"statusCode":200},"responseTime":5,'),
      ],
      'user#0/user': [
        pino(T, -4.0, 'info', '%POD%', 'request completed', '"req":{"id":20417,"method":"GET","url":"/history/user212"},"res":{"statusCode":200},"responseTime":3877,'),
        nodeErr(-3.6, '%POD%', 'ERROR', '"req":{"id":20419,"method":"GET","url":"/history/user88"},"err":{"type":"MongoNetworkError","message":"connection 7 to mongodb:27017 closed"},'),
        nodeErr(-3.6, '%POD%', 'request errored', '"req":{"id":20419,"method":"GET","url":"/history/user88"},"res":{"statusCode":500},"responseTime":2104,'),
        nodeErr(-3.5, '%POD%', 'ERROR', '"req":{"id":20420,"method":"POST","url":"/login"},"err":{"type":"MongoNetworkError","message":"connect ECONNREFUSED %SVCIP:mongodb%:27017"},'),
        nodeErr(-3.5, '%POD%', 'request errored', '"req":{"id":20420,"method":"POST","url":"/login"},"res":{"statusCode":500},"responseTime":1,'),
        pino(T, -2.6, 'info', '%POD%', 'request completed', '"req":{"id":20431,"method":"GET","url":"/history/user6"},"res":{"statusCode":200},"responseTime":2903,'),
        pino(T, -0.5, 'info', '%POD%', 'request completed', '"req":{"id":20466,"method":"GET","url":"/history/user401"},"res":{"statusCode":200},"responseTime":4486,'),
      ],
      'web#0/web': [
        `10.1.2.137 - - [21/Apr/2026:${T.hm(-3.6)}:21 +0000] "GET /api/catalogue/categories HTTP/1.1" 500 22 "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36" "-"`,
        `10.1.3.206 - - [21/Apr/2026:${T.hm(-3.5)}:48 +0000] "POST /api/user/login HTTP/1.1" 500 21 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36" "-"`,
        `10.1.1.84 - - [21/Apr/2026:${T.hm(-2.6)}:05 +0000] "GET /api/user/history/user6 HTTP/1.1" 200 611 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`,
        `10.1.2.137 - - [21/Apr/2026:${T.hm(-1.0)}:37 +0000] "GET /api/catalogue/product/RD-10 HTTP/1.1" 200 402 "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36" "-"`,
      ],
    },
  }),
];
