// Blind dev batch s79a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s79a-build.mjs — a front-end release without SESSION_REDIS: sessions in each replica's MemoryStore.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-04-07T15:20:00Z');
const E = '\u001b';
// morgan("dev") as front-end's server.js mounts it: ANSI-coloured status, response time, content length.
const morgan = (method, url, status, ms, len) => `${E}[0m${method} ${url} ${E}[${status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32}m${status} ${E}[0m${ms.toFixed(3)} ms - ${len}${E}[0m`;
const CUST = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5', '6613e0f2c1a4b20001d7e9a3'];

const frontStart = [
  'Using local session manager',
  'Warning: connect.session() MemoryStore is not designed for a',
  'production environment, as it will leak memory, and will not scale',
  'past a single process.',
  'App now running in production mode on port 8079',
];
// Each replica only knows the sessions that logged in through it; the other half of a user's requests land on a replica
// where req.session.customerId is undefined (the logged_in cookie is still set, so getCustomerId returns it as is).
const frontLog = (seed) => {
  const out = [...frontStart];
  for (let m = -51; m < -0.2; m += 0.55) {
    const k = Math.round(-m * 10 + seed) % 7;
    out.push(morgan('GET', '/catalogue?size=5', 200, 14 + (k % 5) * 3.1, 1893));
    if (k === 0 || k === 3) {
      out.push(morgan('POST', '/login', 200, 41.2 + k, 0));
    }
    out.push(`Request received: /cart, undefined`);
    const known = (k + seed) % 2 === 0;
    out.push(`Customer ID: ${known ? CUST[k % CUST.length] : 'undefined'}`);
    out.push(morgan('GET', '/cart', 200, 9.4 + k, known ? 212 : 2));
    if (k === 5) {
      out.push('Attempting to add to cart: {"id":"a0a4f044-b040-410d-8ead-4de0446aec7e"}');
      out.push('{"id":"a0a4f044-b040-410d-8ead-4de0446aec7e","name":"Nerd leg","description":"For all those leg lovers out there.","imageUrl":["/catalogue/images/bit_of_leg_1.jpeg","/catalogue/images/bit_of_leg_2.jpeg"],"price":7.99,"count":115,"tag":["blue","skin"]}');
      out.push(`POST to carts: http://carts/carts/${known ? CUST[1] : 'undefined'}/items body: {"itemId":"a0a4f044-b040-410d-8ead-4de0446aec7e","unitPrice":7.99}`);
      out.push(morgan('POST', '/cart', 201, 58.3, 0));
    }
    if (k === 6) out.push(morgan('GET', '/customers/undefined', 500, 6.8, 84));
    out.push(morgan('GET', '/health', 200, 1.2, 17));
  }
  return out;
};

const kitLog = (min, kv) => `ts=${T.isoMs(min)} caller=logging.go:${kv.startsWith('method=Login') ? 26 : 44} ${kv}`;
const userLog = [];
for (let m = -58; m < -0.2; m += 0.9) {
  const k = Math.round(-m * 10) % 6;
  if (k === 1) userLog.push(kitLog(m, `method=Login result=1 took=${(2 + k * 0.3).toFixed(6)}ms`));
  if (m > -52 && k % 2 === 0) userLog.push(kitLog(m, `method=GetUsers id=undefined result=0 err="Invalid Id Hex" took=${(0.11 + k * 0.01).toFixed(6)}ms`));
  else userLog.push(kitLog(m, `method=GetUsers id=${CUST[k % CUST.length]} result=1 took=${(1.4 + k * 0.2).toFixed(6)}ms`));
}

const sessionLog = [
  '1:C 29 Mar 2026 15:20:19.117 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:C 29 Mar 2026 15:20:19.118 * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:C 29 Mar 2026 15:20:19.118 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
  '1:M 29 Mar 2026 15:20:19.119 * monotonic clock: POSIX clock_gettime',
  '1:M 29 Mar 2026 15:20:19.120 * Running mode=standalone, port=6379.',
  '1:M 29 Mar 2026 15:20:19.120 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.',
  '1:M 29 Mar 2026 15:20:19.121 * Server initialized',
  '1:M 29 Mar 2026 15:20:19.121 * Ready to accept connections tcp',
];

export const scenarios = [
  {
    folder: 's79a-front-end-memory-sessions',
    incidentTime: '2026-04-07T15:20:00Z',
    description: 'socks shop: logged-in customers randomly bounced out / basket shows empty then full again, last ~45 min. is session-db (redis) ok??',
    expected: { component: 'front-end', cause: 'config-error' },
    alsoAcceptable: [{ component: 'front-end', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Follows front-end's server.js (microservices-demo/front-end): \`if (process.env.SESSION_REDIS)\` selects
      config.session_redis (connect-redis on session-db:6379), otherwise \`session(config.session)\` with express-session's
      MemoryStore, announced by "Using local session manager" and the MemoryStore warning; helpers.getCustomerId returns
      req.session.customerId when the logged_in cookie is set. complete-demo.yaml runs front-end with 2 replicas and
      SESSION_REDIS=true. Here the web team's manifest refactor (revision 4, 52 minutes ago) replaced the env list with
      NODE_ENV=production and dropped SESSION_REDIS: the release starts cleanly, both pods are Ready, but each keeps its
      own in-memory sessions, so a user logged in through one replica is anonymous on the other — "Customer ID:
      undefined", an empty basket (carts/undefined/items), user's GetUsers id=undefined "Invalid Id Hex". The old and new
      ReplicaSet templates differ only in that env list. A wrong value the workload reads and does not reject; the
      rollout that carried it is also accepted. Decoys: the description blames session-db (Redis, healthy, simply idle
      since the release) and an OOMKilled carts restart four days old. Deviations from upstream: the NODE_ENV variable
      and the Redis 7.4 banner of redis:alpine are assumed; front-end's exact request mix is illustrative.
    `,
    workloads: {
      'front-end': {
        rollout: { at: -52, oldContainers: { 'front-end': { env: [{ name: 'SESSION_REDIS', value: 'true' }] } } },
        containers: { 'front-end': { env: [{ name: 'NODE_ENV', value: 'production' }] } },
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -52 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -51.5 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -51.5 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -51 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -51.45, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -51.4, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -50.95, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -50.9, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': frontLog(0),
      'front-end#1/front-end': frontLog(1),
      'user#0/user': userLog,
      'session-db#0/session-db': sessionLog,
      'carts#0/carts': [
        `${T.java(-60 * 24 * 4 + 0.4)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 38.112 seconds (JVM running for 41.87)`,
      ],
    },
  },
];
