// Blind dev batch s89b (Robot Shop): one scenario, built by scripts/s89b-build.mjs with the kit system definition.
// mongod hits the container's PID limit and cannot start a thread per new connection; catalogue and user are the loud ones.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-06-03T16:22:00Z';
const T = clock(INC);
const mongoLine = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const mongodb = [
  mongoLine(-60 * 24 * 8, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
  mongoLine(-40, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote: '10.1.2.71:50412', connectionId: 40871, connectionCount: 212 }),
  mongoLine(-18.4, 'W', 'EXECUTOR', 22993, 'listener', 'Unable to start a new thread', { error: { code: 11, codeName: 'Resource temporarily unavailable' } }),
  mongoLine(-18.4, 'W', 'NETWORK', 22944, 'listener', 'pthread_create failed', { error: 'Resource temporarily unavailable' }),
  mongoLine(-18.4, 'W', 'EXECUTOR', 22948, 'listener', 'Failed to create service entry worker thread', { remote: '10.1.2.71:51880', error: 'Resource temporarily unavailable' }),
  mongoLine(-14.1, 'W', 'NETWORK', 22944, 'listener', 'pthread_create failed', { error: 'Resource temporarily unavailable' }),
  mongoLine(-14.1, 'W', 'EXECUTOR', 22948, 'listener', 'Failed to create service entry worker thread', { remote: '10.1.1.133:38216', error: 'Resource temporarily unavailable' }),
  mongoLine(-9.6, 'W', 'NETWORK', 22944, 'listener', 'pthread_create failed', { error: 'Resource temporarily unavailable' }),
  mongoLine(-9.6, 'W', 'EXECUTOR', 22948, 'listener', 'Failed to create service entry worker thread', { remote: '10.1.2.71:52044', error: 'Resource temporarily unavailable' }),
  mongoLine(-4.2, 'W', 'NETWORK', 22944, 'listener', 'pthread_create failed', { error: 'Resource temporarily unavailable' }),
  mongoLine(-4.2, 'W', 'EXECUTOR', 22948, 'listener', 'Failed to create service entry worker thread', { remote: '10.1.1.133:38904', error: 'Resource temporarily unavailable' }),
];
const host = () => '%POD%';
const catalogue = [
  'Using mongo URL mongodb://mongodb:27017/catalogue',
  pino(T, -60 * 24 * 8 + 1, 'info', host('catalogue'), 'Started on port 8080'),
  pino(T, -60 * 24 * 8 + 1, 'info', host('catalogue'), 'MongoDB connected'),
  pino(T, -17.9, 'error', host('catalogue'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 14 to mongodb:27017 closed","stack":"MongoNetworkError: connection 14 to mongodb:27017 closed\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:72:15)"},'),
  pino(T, -13.8, 'error', host('catalogue'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 15 to mongodb:27017 closed","stack":"MongoNetworkError: connection 15 to mongodb:27017 closed\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:72:15)"},'),
  pino(T, -9.2, 'error', host('catalogue'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 16 to mongodb:27017 closed","stack":"MongoNetworkError: connection 16 to mongodb:27017 closed\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:72:15)"},'),
  pino(T, -3.9, 'error', host('catalogue'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 17 to mongodb:27017 closed","stack":"MongoNetworkError: connection 17 to mongodb:27017 closed\\n    at Socket.<anonymous> (/opt/server/node_modules/mongodb/lib/core/connection/connection.js:72:15)"},'),
];
const user = [
  'Using mongo URL mongodb://mongodb:27017/users',
  pino(T, -60 * 24 * 8 + 1, 'info', host('user'), 'Started on port 8080'),
  pino(T, -60 * 24 * 8 + 1, 'info', host('user'), 'MongoDB connected'),
  pino(T, -60 * 24 * 8 + 1, 'info', host('user'), 'Redis connected'),
  pino(T, -14.0, 'error', host('user'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 9 to mongodb:27017 closed"},'),
  pino(T, -6.5, 'error', host('user'), 'ERROR', '"err":{"type":"MongoNetworkError","message":"connection 10 to mongodb:27017 closed"},'),
];
const web = [
  '10.1.1.84 - - [03/Jun/2026:16:03:40 +0000] "GET /api/catalogue/products HTTP/1.1" 500 21 "http://shop.robotshop.example/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36"',
  '10.1.1.84 - - [03/Jun/2026:16:08:11 +0000] "GET /api/catalogue/categories HTTP/1.1" 500 21 "http://shop.robotshop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15"',
  '10.1.2.137 - - [03/Jun/2026:16:12:25 +0000] "POST /api/user/login HTTP/1.1" 500 21 "http://shop.robotshop.example/login" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0 Safari/537.36"',
  '10.1.1.84 - - [03/Jun/2026:16:14:02 +0000] "GET /api/cart/cart/anonymous-83 HTTP/1.1" 200 312 "http://shop.robotshop.example/cart" "Mozilla/5.0 (X11; Linux x86_64) Chrome/125.0 Safari/537.36"',
  '10.1.3.206 - - [03/Jun/2026:16:17:46 +0000] "GET /api/catalogue/products HTTP/1.1" 500 21 "http://shop.robotshop.example/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1"',
  '10.1.3.206 - - [03/Jun/2026:16:18:30 +0000] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 200 38 "http://shop.robotshop.example/product/Watson" "Mozilla/5.0 (X11; Linux x86_64) Chrome/125.0 Safari/537.36"',
];
const shippingPrev = [
  'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
];

export const scenarios = [
  withDefaults({
    folder: 's89b-mongod-pids-limit-no-threads',
    incidentTime: INC,
    description: 'robot shop: product list and login erroring for the last 20 mins, cart page still works. catalog team?',
    expected: { component: 'mongodb', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'mongodb', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Robot Shop K8s/helm at 55292e2 (mongodb Deployment rs-mongodb:2.1.0, no probes; catalogue and user connect through MONGO_URL
      mongodb://mongodb:27017/{catalogue,users}). Fault: mongod runs a thread per connection; the node's kubelet podPidsLimit (1024 here,
      set by the platform team in the EKS launch template) is reached, so pthread_create fails with EAGAIN and mongod logs
      "pthread_create failed" / "Failed to create service entry worker thread" (ids 22944/22948, as in MongoDB SERVER tickets and
      community threads about "Resource temporarily unavailable" under container pid limits), closing each new connection at once.
      The process never exits, the pod stays Ready (no probe upstream), pooled connections of other clients keep working; catalogue and
      user (Node.js, mongodb driver 3.x) log MongoNetworkError "connection N to mongodb:27017 closed" and web's nginx shows 500s on
      /api/catalogue and /api/user while /api/cart and /api/ratings answer 200.
      Decoy: shipping restarted 3 days ago after a JVM heap OutOfMemoryError (exit 1), running fine since.
      Deviations from upstream: the pids limit is a node setting, not in the manifests; mongod log lines are 4.4-style structured JSON, abbreviated.`,
    workloads: {
      shipping: {
        pods: [{ containers: { shipping: { state: { running: { startedAt: T.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.2), containerID: 'containerd://3f0c1a9e7b2d4c58a6e1f92b0d7c3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [],
    logs: {
      'mongodb#0/mongodb': mongodb,
      'catalogue#0/catalogue': catalogue,
      'user#0/user': user,
      'web#0/web': web,
    },
  }),
];
void shippingPrev;
