// Batch s30a held-out scenario (split: test) for Stan's Robot Shop, written blind with the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2027-02-10T14:58:00Z');
const mdate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mdate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });

// One mongod 5.0 start (the rs-mongodb image is FROM mongo:5; no volume, so the entrypoint re-runs the init scripts).
const mongoStart = (m) => [
  'about to fork child process, waiting until server is ready for connections.',
  mlog(m, 'I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\''),
  mlog(m, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 28, port: 27017, dbPath: '/data/db', architecture: '64-bit', host: '%POD%' }),
  mlog(m, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: '5.0.24', gitVersion: 'f034f0c51b3dffef4b8c9452d77ede9888f28f66', openSSLVersion: 'OpenSSL 1.1.1f  31 Mar 2020', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2004', distarch: 'x86_64', target_arch: 'x86_64' } } }),
  mlog(m + 0.01, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', { config: 'create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],' }),
  '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/catalogue.js',
  '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/users.js',
  mlog(m + 0.15, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mlog(m + 0.2, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:catalogue#0%:48312', uuid: '9c1f3a52-7e04-4b8d-a2c6-1f0e93d5b7a4', connectionId: 1, connectionCount: 1 }),
  mlog(m + 0.21, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '%IPOF:user#0%:52904', uuid: '2b7e6d10-94c3-4f1a-b05e-7d8c2a6f31e9', connectionId: 2, connectionCount: 2 }),
  mlog(m + 0.6, 'I', 'INDEX', 20345, 'conn1', 'Index build: done building', { buildUUID: null, namespace: 'catalogue.products', index: 'name_text_description_text', commitTimestamp: null }),
];

const catalogue = [
  pino(T, -60 * 26, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -60 * 26, 'info', '%POD%', 'Started on port'),
];
for (let m = -40; m < -23; m += 2.5) catalogue.push(pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(4100 + m * -3) + ',"method":"GET","url":"/products/Robot","headers":{"host":"catalogue:8080","user-agent":"Mozilla/5.0"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41012},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":4,'));
catalogue.push(pino(T, -22.6, 'error', '%POD%', 'ERROR', '"req":{"id":4188,"method":"GET","url":"/categories","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41388},"err":{"type":"MongoNetworkError","message":"connection 5 to mongodb:27017 closed","stack":"MongoNetworkError: connection 5 to mongodb:27017 closed\\n    at Connection.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/pool.js:350:26)"},'));
catalogue.push(pino(T, -22.6, 'info', '%POD%', 'request completed', '"req":{"id":4188,"method":"GET","url":"/categories"},"res":{"statusCode":500},"responseTime":12,'));
for (let m = -18; m < -0.2; m += 1.3) {
  const msg = m < -14 ? 'failed to reconnect after 30 attempts with interval 1000 ms' : 'Topology was destroyed';
  const url = ['/products/Robot', '/categories', '/product/STAN-1', '/products/Artificial Intelligence'][Math.round(-m) % 4];
  catalogue.push(pino(T, m, 'error', '%POD%', 'ERROR', `"req":{"id":${Math.round(4300 - m * 7)},"method":"GET","url":"${url}","remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41500 + Math.round(-m * 11)}},"err":{"type":"MongoError","message":"${msg}","stack":"MongoError: ${msg}\\n    at /opt/server/node_modules/mongodb/lib/core/topologies/server.js:432:31"},`));
  catalogue.push(pino(T, m + 0.01, 'info', '%POD%', 'request completed', `"req":{"method":"GET","url":"${url}"},"res":{"statusCode":500},"responseTime":2,`));
}

const user = [pino(T, -60 * 26, 'info', '%POD%', 'Redis connected'), pino(T, -60 * 26, 'info', '%POD%', 'MongoDB connected'), pino(T, -60 * 26, 'info', '%POD%', 'Started on port')];
for (let m = -21; m < -0.5; m += 2.2)
  user.push(pino(T, m, 'error', '%POD%', 'ERROR', `"req":{"method":"POST","url":"/login","remoteAddress":"::ffff:%IPOF:web#0%"},"err":{"type":"MongoError","message":"${m < -14 ? 'failed to reconnect after 30 attempts with interval 1000 ms' : 'Topology was destroyed'}"},`));

const web = [];
const d = (min) => { const s = T.iso(min); const mon = ['Jan', 'Feb', 'Mar'][Number(s.slice(5, 7)) - 1]; return `${s.slice(8, 10)}/${mon}/${s.slice(0, 4)}:${s.slice(11, 19)} +0000`; };
for (let m = -30; m < -0.2; m += 0.9) {
  const bad = m > -22.7;
  const path = ['/api/catalogue/categories', '/api/catalogue/products/Robot', '/api/cart/cart/anonymous-5', '/api/user/login', '/api/ratings/api/fetch/STAN-1'][Math.round(-m * 3) % 5];
  const failing = bad && (path.startsWith('/api/catalogue') || path === '/api/user/login');
  web.push(`10.1.${(Math.round(-m) % 3) + 1}.${40 + (Math.round(-m * 7) % 50)} - - [${d(m)}] "${path === '/api/user/login' ? 'POST' : 'GET'} ${path} HTTP/1.1" ${failing ? 500 : 200} ${failing ? 33 : 412} "https://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"`);
}

export const scenarios = [
  withDefaults({
    folder: 's30a-catalogue-store-memory-limit',
    split: 'test',
    description: 'robot shop: product pages empty and logins failing since about 14:35, web returning 500s',
    incidentTime: '2027-02-10T14:58:00Z',
    expected: { component: 'mongodb', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: instana/robot-shop K8s/helm mongodb Deployment (robotshop/rs-mongodb:2.1.0, FROM mongo:5, no volume, limits 200m /
      200Mi) as in the kit system definition. mongod sizes the WiredTiger cache at max(256 MB, 50% of (RAM - 1 GB)), so under a
      200Mi limit the cache alone may outgrow the cgroup (the "Opening WiredTiger ... cache_size=256M" line of its log); an afternoon
      traffic peak on catalogue text search and user lookups fills it and the kernel OOM-kills mongod (exit 137, OOMKilled), the
      kubelet backs off (CrashLoopBackOff). catalogue and user (Node.js, mongodb driver 3.x, pino 5 with express-pino-logger) log
      MongoNetworkError, then "failed to reconnect after 30 attempts with interval 1000 ms" and "Topology was destroyed" on every
      request; web's nginx logs 500 on /api/catalogue and /api/user/login while cart and ratings answer 200.
      Decoy: a ratings rollout two hours earlier, healthy.`,
    workloads: {
      mongodb: {
        pods: [
          {
            containers: {
              mongodb: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.2), finishedAt: T.iso(-1.6), backoff: '2m40s', container: 'mongodb' }),
            },
            readyTransition: T.iso(-22.7),
          },
        ],
      },
      ratings: { rollout: { at: -128, revision: 5, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.0.1' } } } },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', first: -22.6, last: -3.2, count: 7, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'Created', message: 'Created container mongodb', first: -22.6, last: -3.2, count: 7, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'Started', message: 'Started container mongodb', first: -22.6, last: -3.2, count: 7, fieldPath: 'spec.containers{mongodb}' },
      { on: 'pod:mongodb#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container mongodb in pod %POD%_robot-shop(%PODUID%)', first: -21.9, last: -0.3, count: 58, fieldPath: 'spec.containers{mongodb}' },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -128 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -127.4 },
    ],
    logs: {
      'mongodb#0/mongodb/previous': [
        ...mongoStart(-3.2),
        ...[0.3, 0.5, 0.8, 1.1, 1.4].map((x, i) => mlog(-3.2 + x, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: `%IPOF:${i % 2 ? 'user' : 'catalogue'}#0%:${49000 + i * 17}`, uuid: `4e1d${i}a7c-2f93-4b6e-8d15-c07a9e3b52f${i}`, connectionId: 3 + i, connectionCount: 3 + i })),
      ],
      'catalogue#0/catalogue': catalogue,
      'user#0/user': user,
      'web#0/web': web,
    },
  }),
];
