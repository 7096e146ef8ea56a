// Blind held-out scenario (batch s24a, split: test) for Stan's Robot Shop: mongod (mongo:5) OOMKilled over and over at its 200Mi
// limit because WiredTiger's cache floor is 256M, catalogue and user failing loudly in between; built by scripts/s24a-build.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };
export { defaultPvcs } from '../kit-systems/robot-shop.mjs';

const INCIDENT = '2026-03-27T19:18:00Z';
const T = clock(INCIDENT);
const KILLS = [-51, -33, -20, -9]; // OOM kills; the container restarts ~10-40 s later
const hex = (s, n = 24) => createHash('sha256').update(s).digest('hex').slice(0, n);
const uuid = (s) => { const x = hex(s, 32); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const mj = (min, s, c, id, ctx, msg, attr) =>
  `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"${s}",  "c":"${c}", "id":${id}, "ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${attr}` : ''}}`;
const boot = (m) => [
  `about to fork child process, waiting until server is ready for connections.`,
  mj(m, 'I', 'CONTROL', 23285, '-', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledTLSProtocols 'none'"),
  mj(m + 0.001, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', '{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"%POD%"}'),
  mj(m + 0.002, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', '{"buildInfo":{"version":"5.0.31","gitVersion":"973237567d45610d6976d5d489dfaaef6a52c2f9","openSSLVersion":"OpenSSL 1.1.1f  31 Mar 2020","modules":[],"allocator":"tcmalloc","environment":{"distmod":"ubuntu2004","distarch":"x86_64","target_arch":"x86_64"}}}'),
  mj(m + 0.004, 'I', 'STORAGE', 22297, 'initandlisten', 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem'),
  mj(m + 0.005, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', '{"config":"create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],"}'),
  mj(m + 0.02, 'W', 'CONTROL', 22120, 'initandlisten', 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', null).replace('}', '}').replace(/}$/, ',"tags":["startupWarnings"]}'),
  '',
  '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/catalogue.js',
  '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/users.js',
  '',
  'MongoDB init process complete; ready for start up.',
  '',
  mj(m + 0.1, 'I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', '{"config":"create,cache_size=256M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),builtin_extension_config=(zstd=(compression_level=6)),file_manager=(close_idle_time=600,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress,compact_progress],"}'),
  mj(m + 0.12, 'I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}'),
  mj(m + 0.12, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}'),
];
const traffic = (from, to, seed) => {
  const out = [];
  let i = 0, conn = 3;
  for (let m = from; m < to; m += 0.8, i++) {
    if (i < 3) {
      conn++;
      out.push(mj(m, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', `{"remote":"${i % 2 ? '%IPOF:catalogue#0%' : '%IPOF:user#0%'}:${40000 + i * 17}","uuid":"${uuid(`${seed}${i}`)}","connectionId":${conn},"connectionCount":${conn - 2}}`));
      out.push(mj(m + 0.001, 'I', 'NETWORK', 51800, `conn${conn}`, 'client metadata', `{"remote":"${i % 2 ? '%IPOF:catalogue#0%' : '%IPOF:user#0%'}:${40000 + i * 17}","client":"conn${conn}","doc":{"driver":{"name":"nodejs","version":"3.6.12"},"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.10.226-214.880.amzn2.x86_64"},"platform":"Node.js v14.21.3, LE (legacy)"}}`));
    } else if (i % 3 === 0) {
      out.push(mj(m, 'I', 'COMMAND', 51803, `conn${4 + (i % 3)}`, 'Slow query', `{"type":"command","ns":"users.orders","command":{"find":"orders","filter":{"name":"user${(i * 7) % 500}"},"lsid":{"id":{"$uuid":"${uuid(`${seed}l${i}`)}"}},"$db":"users"},"planSummary":"COLLSCAN","keysExamined":0,"docsExamined":${9000 + i * 410},"cursorExhausted":true,"numYields":${20 + i},"nreturned":${i % 4},"reslen":${900 + i * 3},"locks":{"Global":{"acquireCount":{"r":${21 + i}}}},"storage":{"data":{"bytesRead":${1200000 + i * 53000},"timeReadingMicros":${8000 + i * 90}}},"protocol":"op_msg","durationMillis":${110 + i * 4}}`));
    }
  }
  return out;
};

const cat = [];
const usr = [];
const web = [];
const down = (m) => KILLS.some((k) => m >= k && m < k + 1.6);
let n = 0;
for (let m = -60; m < -0.2; m += 0.35, n++) {
  const bad = down(m);
  const sku = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'CNC', 'RMC', 'STAN-1'][n % 10];
  const req = `"req":{"id":${n},"method":"GET","url":"/product/${sku}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + n}},`;
  if (bad) {
    cat.push(pino(T, m, 'error', '%POD%', 'ERROR', req));
    cat.push(pino(T, m + 0.001, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"102"}},"responseTime":${30000 + (n % 7)},`));
    web.push(`::ffff:%IPOF:web#0% - - [${T.java(m).slice(0, 19)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 500 102 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36"`);
    if (n % 2) usr.push(pino(T, m + 0.1, 'error', '%POD%', 'ERROR', `"req":{"id":${n},"method":"POST","url":"/login","remoteAddress":"::ffff:%IPOF:web#0%"},`));
    if (n % 2) web.push(`::ffff:%IPOF:web#0% - - [${T.java(m + 0.1).slice(0, 19)}] "POST /api/user/login HTTP/1.1" 500 21 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36"`);
  } else if (n % 3 === 0) {
    cat.push(pino(T, m, 'info', '%POD%', 'request completed', `${req}"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"312"}},"responseTime":${3 + (n % 5)},`));
    web.push(`::ffff:%IPOF:web#0% - - [${T.java(m).slice(0, 19)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 200 312 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36"`);
  }
}
const webLines = web.map((l) => l.replace(/\[(\d+)-(\d+)-(\d+) ([\d:]+)\]/, (_, y, mo, d, t) => `[${d}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]}/${y}:${t} +0000]`).replace('::ffff:%IPOF:web#0%', '10.1.2.137'));

const last = KILLS[KILLS.length - 1];
export const scenarios = [
  withDefaults({
    folder: 's24a-mongodb-wiredtiger-oom',
    incidentTime: INCIDENT,
    description: 'robot shop product pages + login erroring on and off for the last hour, some users say their account/order history is gone??',
    expected: { component: 'mongodb', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop K8s/helm (images robotshop/rs-*:2.1.0): the mongodb Deployment runs rs-mongodb, built FROM mongo:5 with the
      catalogue.js and users.js seed scripts in /docker-entrypoint-initdb.d, no volume, and a 200Mi memory limit (request 100Mi).
      MongoDB sizes the WiredTiger cache at max(50% of (RAM - 1 GB), 256 MB) of the container's memory limit, so with a 200Mi limit
      the cache alone may grow past the limit ("Opening WiredTiger" with cache_size=256M at every start). After weeks of load
      generator orders, user's order-history queries are collection scans over users.orders ("Slow query", COLLSCAN) that pull the
      collection through the cache; mongod is OOMKilled (exit 137) four times in the last hour, each time the kubelet backs off and
      restarts it, and with no volume each restart re-runs the seed scripts: orders and accounts created since are gone. Between the
      restart and the reconnect, catalogue and user (Node.js, mongodb driver 3.6, pino 5 via express-pino-logger) answer 500 with
      their bare "ERROR" log and web's nginx logs 500s for /api/catalogue/ and /api/user/login; they are the louder components.
      The pod is Running and Ready at the snapshot (no probes upstream). A healthy payment rollout two and a half hours earlier
      is a decoy.
    `,
    workloads: {
      mongodb: {
        pods: [{
          created: T.iso(-60 * 24 * 23),
          containers: {
            mongodb: cs.restartedRunning({
              restarts: 4, startedAt: T.iso(last + 0.6),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(KILLS[2] + 0.5), finishedAt: T.iso(last) },
            }),
          },
        }],
      },
      payment: { rollout: { at: -150 } },
    },
    events: [
      { on: 'pod:mongodb#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mongodb:2.1.0" already present on machine', first: KILLS[0] + 0.1, last: last + 0.5, count: 4 },
      { on: 'pod:mongodb#0', reason: 'Created', message: 'Created container mongodb', first: KILLS[0] + 0.1, last: last + 0.55, count: 4 },
      { on: 'pod:mongodb#0', reason: 'Started', message: 'Started container mongodb', first: KILLS[0] + 0.12, last: last + 0.6, count: 4 },
      { on: 'pod:mongodb#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container mongodb in pod %POD%_robot-shop(%PODUID%)', first: KILLS[1] + 0.05, last: last + 0.1, count: 3 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% from 0 to 1', first: -150 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% from 1 to 0', first: -149.3 },
    ],
    logs: {
      'mongodb#0/mongodb/previous': [...boot(KILLS[2] + 0.5), ...traffic(KILLS[2] + 0.8, last - 0.05, 'p')],
      'mongodb#0/mongodb': [...boot(last + 0.6), ...traffic(last + 0.9, -0.1, 'c')],
      'catalogue#0/catalogue': cat,
      'user#0/user': usr,
      'web#0/web': webLines,
      'cart#0/cart': [
        pino(T, -8.6, 'error', '%POD%', 'ERROR', '"err":{"type":"Error","message":"Request failed with status code 500","stack":"Error: Request failed with status code 500"},'),
      ],
    },
  }),
];
