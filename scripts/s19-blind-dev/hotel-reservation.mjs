// s19 blind dev scenarios, part b: three DeathStarBench hotelReservation incidents (a search release leaking consul watches,
// a gRPC liveness probe on a service without grpc.health.v1, a no-fault "Already reserved" complaint), for the s2 kit.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as baseSystem, defaultPvcs as basePvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = baseSystem;
export const defaultPvcs = basePvcs;

// ---------------------------------------------------------------------------------------------------------------
// helpers
const rng = (seed) => {
  let x = parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
};
const uuid = (s) => {
  const x = createHash('sha256').update(s).digest('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const IMG = 'hotelres.azurecr.io/hotel-reservation:6ecb097';
const ENV = baseSystem.workloads.find((w) => w.name === 'search').containers[0].env;
const N = (i) => baseSystem.nodes[i].name;

// zerolog: tune.Init() logs before main() swaps in the ConsoleWriter, so its two lines are zerolog's default JSON on stderr;
// everything after is the ConsoleWriter (RFC3339, Caller(), colours kept in kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const zjson = (T, min, msg) => `{"level":"info","time":"${T.iso(min)}","message":"${msg}"}`;

// cmd/<svc>/main.go, cmd/<svc>/db.go, registry/registry.go and services/<svc>/server.go log lines (line numbers at 6ecb097)
const SVC = {
  rate: { main: [24, 37, 41, 42, 44, 55, 60, 62, 67, 78], db: [30, 123, 130, 137], reg: 82, port: 8084, memc: 'memcached-rate:11211', mongo: 'mongodb-rate:27017' },
  profile: { main: [23, 36, 40, 41, 43, 54, 59, 61, 66, 77], db: [33, 163, 170, 177], reg: 82, port: 8081, memc: 'memcached-profile:11211', mongo: 'mongodb-profile:27017' },
  reservation: { main: [23, 36, 40, 41, 43, 54, 59, 61, 66, 77], db: [27, 56, 63, 78], reg: 83, port: 8087, memc: 'memcached-reserve:11211', mongo: 'mongodb-reservation:27017' },
  geo: { main: [23, 36, null, null, null, 49, 54, 56, 61, 71], db: [20, 40, 47, 54], reg: 85, port: 8083, mongo: 'mongodb-geo:27017' },
  user: { main: [24, 37, null, null, null, 50, 55, 57, 62, 72], db: [20, 40, 47, 54], reg: 80, port: 8086, mongo: 'mongodb-user:27017' },
  recommendation: { main: [24, 37, null, null, null, 50, 55, 57, 62, 72], db: [22, 67, 74, 81], reg: 81, port: 8085, mongo: 'mongodb-recommendation:27017' },
  search: { main: [24, null, null, null, null, 47, 52, 54, 59, 70], reg: 86, port: 8082 },
};
function boot(T, min, svc, id, extra = {}) {
  const s = SVC[svc];
  const [cfg, db, mr, mi, ok, jg, jgOk, cn, cnOk, st] = s.main;
  const c = (line) => `cmd/${svc}/main.go:${line}`;
  const step = (k) => min + k * 0.004;
  const out = [zjson(T, min, 'Set global log level: INFO'), zjson(T, min, 'Tune: setGCPercent to 100')];
  out.push(zl(T, step(0), 'INF', c(cfg), 'Reading config...'));
  if (db) {
    out.push(zl(T, step(0), 'INF', c(db), 'Initializing DB connection...'));
    out.push(zl(T, step(0), 'INF', `cmd/${svc}/db.go:${s.db[0]}`, 'Generating test data...'));
    out.push(zl(T, step(1), 'INF', `cmd/${svc}/db.go:${s.db[1]}`, `Attempting connection to mongodb://${s.mongo}`));
    out.push(zl(T, step(1), 'INF', `cmd/${svc}/db.go:${s.db[2]}`, 'Successfully connected to MongoDB'));
    out.push(zl(T, step(3), 'INF', `cmd/${svc}/db.go:${s.db[3]}`, `Successfully inserted test data into ${svc} DB`));
  }
  if (mr) {
    out.push(zl(T, step(3), 'INF', c(mr), `Read profile memcashed address: ${s.memc}`));
    out.push(zl(T, step(3), 'INF', c(mi), 'Initializing Memcashed client...'));
    out.push(zl(T, step(3), 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'));
    out.push(zl(T, step(3), 'INF', c(ok), 'Success'));
  }
  out.push(zl(T, step(3), 'INF', c(jg), `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`));
  out.push(zl(T, step(3), 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'));
  out.push(zl(T, step(3), 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'));
  out.push(zl(T, step(3), 'INF', c(jgOk), 'Jaeger agent initialized'));
  out.push(zl(T, step(3), 'INF', c(cn), 'Initializing consul agent [host: consul:8500]...'));
  out.push(zl(T, step(3), 'INF', c(cnOk), 'Consul agent initialized'));
  out.push(zl(T, step(3), 'INF', c(st), 'Starting server...'));
  if (extra.beforeRegister) out.push(...extra.beforeRegister(step(4)));
  out.push(zl(T, step(4), 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-${svc}, id: ${id}, address: %PODIP%:${s.port} ]`));
  out.push(zl(T, step(4), 'INF', `services/${svc}/server.go:${extra.regLine ?? s.reg}`, 'Successfully registered in consul'));
  return out;
}
function frontendBoot(T, min) {
  const out = [zjson(T, min, 'Set global log level: INFO'), zjson(T, min, 'Tune: setGCPercent to 100')];
  const c = (l) => `cmd/frontend/main.go:${l}`;
  out.push(zl(T, min, 'INF', c(23), 'Reading config...'));
  out.push(zl(T, min, 'INF', c(44), 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'));
  out.push(zl(T, min, 'INF', 'tracing/tracer.go:27', 'Jaeger client: adjusted sample ratio 0.010000'));
  out.push(zl(T, min, 'INF', 'tracing/tracer.go:41', 'Overriding Jaeger config with env variables'));
  out.push(zl(T, min, 'INF', c(49), 'Jaeger agent initialized'));
  out.push(zl(T, min, 'INF', c(51), 'Initializing consul agent [host: consul:8500]...'));
  out.push(zl(T, min, 'INF', c(56), 'Consul agent initialized'));
  out.push(zl(T, min, 'INF', c(67), 'Starting server...'));
  out.push(zl(T, min, 'INF', 'services/frontend/server.go:57', 'Loading static content...'));
  out.push(zl(T, min, 'INF', 'services/frontend/server.go:63', 'Initializing gRPC clients...'));
  for (const n of ['search', 'profile', 'recommendation', 'user', 'reservation']) {
    out.push(zl(T, min, 'INF', 'services/frontend/server.go:195', 'get Grpc conn is :'));
    out.push(zl(T, min, 'INF', 'services/frontend/server.go:196', ''));
    out.push(zl(T, min, 'INF', 'services/frontend/server.go:197', `srv-${n}.`));
  }
  out.push(zl(T, min + 0.002, 'INF', 'services/frontend/server.go:92', 'Successful'));
  out.push(zl(T, min + 0.002, 'INF', 'services/frontend/server.go:118', 'Serving http'));
  return out;
}
// mongod 4.4 structured log (the server pads "s", "c" and "id" for alignment)
const mdate = (T, min) => T.isoMs(min).replace('Z', '+00:00');
const pad = (s, n) => `${s},`.padEnd(n);
const mlog = (T, min, s, c, id, ctx, msg, attr) =>
  `{"t":{"$date":"${mdate(T, min)}"},"s":${pad(`"${s}"`, 5)}"c":${pad(`"${c}"`, 11)}"id":${pad(String(id), 8)}"ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${JSON.stringify(attr)}` : ''}}`;
const mongoConn = (T, min, remote, connId, count) => [
  mlog(T, min, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', { remote, connectionId: connId, connectionCount: count }),
  mlog(T, min + 0.0001, 'I', 'NETWORK', 51800, `conn${connId}`, 'client metadata', { remote, client: `conn${connId}`, doc: { driver: { name: 'mongo-go-driver', version: 'v1.12.2' }, os: { type: 'linux', architecture: 'amd64' }, platform: 'go1.21.13' } }),
];
const mongoEnd = (T, min, remote, connId, count) => mlog(T, min, 'I', 'NETWORK', 22944, `conn${connId}`, 'Connection ended', { remote, connectionId: connId, connectionCount: count });
// consul agent -dev (hclog, DEBUG in dev mode)
const hc = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${' '.repeat(6 - lvl.length)}${msg}`;

const CONFIGMAPS = [
  ...['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
  { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
];

// ---------------------------------------------------------------------------------------------------------------
// 1. search release: re-dials srv-geo/srv-rate every 10 s without closing the old ClientConns; every leaked consul resolver
//    keeps a blocking query open until consul's http_max_conns_per_client (200) rejects search's address with 429
function searchConsulLeak() {
  const incidentTime = '2026-09-22T11:04:00Z';
  const T = clock(incidentTime);
  const r = rng('s19-search-consul-leak');
  const roll = -27;
  const start = roll + 0.3;
  const full = -10.2; // 2 resolvers at start + 2 every 10 s reach 200 connections
  const NEWIMG = 'hotelres.azurecr.io/hotel-reservation:a41c7e9';
  const searchId = uuid('s19-search-new');

  // search: grpclog (default logger, ERROR to stderr) from every broken resolver, ~1-2 lines/s each; bounded tail
  const tail = [];
  const broken = [];
  for (let x = full; x < 0; x += 1 / 6) broken.push(x, x + 0.0001);
  const lines = [];
  for (const [i, born] of broken.entries()) {
    const svc = i % 2 === 0 ? 'srv-geo' : 'srv-rate';
    for (let x = Math.max(born, -0.16); x < -0.001; x += (0.5 + r() * 0.5) / 60)
      if (x >= born) lines.push([x, svc]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  for (const [x, svc] of lines.slice(-1300))
    tail.push(`ERROR: ${T.go(x)} [Consul resolver] Couldn't fetch endpoints. target={service='${svc}' healthy='false' tag=''}; error={Unexpected response code: 429 (Your IP is issuing too many concurrent connections, please rate limit your calls)}`);

  // consul: DEBUG request log. Blocking queries return after the 5 m default wait (+ up to wait/16 jitter) and are re-issued.
  const con = [];
  const ids = { frontend: [uuid('fe0'), uuid('fe1')] };
  const watch = (from, svcName, at) => `agent.http: Request finished: method=GET url=/v1/health/service/${svcName}?index=${svcName === 'srv-search' ? 1423 : 1187}&near=_agent from=${from}:${32768 + Math.floor(r() * 28000)} latency=5m${(r() * 18).toFixed(3)}s`;
  const events = [];
  // search's own watches: 2 at start, +2 every 10 s until the limit; each returns every ~5 m
  for (let born = start; born < full; born += 1 / 6) {
    for (const svcName of ['srv-geo', 'srv-rate']) {
      const phase = r() * 5.3;
      for (let x = born + 5 + phase * 0.02; x < 0; x += 5 + r() * 0.3) if (x > -31) events.push([x, 'DEBUG', watch('%IPOF:search#0%', svcName, x)]);
    }
  }
  for (const fe of [0, 1])
    for (const svcName of ['srv-search', 'srv-profile', 'srv-recommendation', 'srv-user', 'srv-reservation', 'srv-review', 'srv-attractions'])
      for (let x = -31 + r() * 5; x < 0; x += 5 + r() * 0.3) events.push([x, 'DEBUG', watch(`%IPOF:frontend#${fe}%`, svcName, x)]);
  // anti-entropy and the new search instance's registration (the old one is never deregistered)
  for (let x = -31 + r(); x < 0; x += 1.1 + r() * 0.6) {
    events.push([x, 'DEBUG', 'agent: Node info in sync']);
    for (const inst of ['frontend-0', 'frontend-1', 'geo', 'rate', 'profile', 'user', 'recommendation', 'reservation', 'search-old', 'search-new'])
      events.push([x + 0.0001, 'DEBUG', `agent: Service in sync: service=${inst === 'search-new' ? searchId : uuid(inst)}`]);
  }
  events.push([start + 0.02, 'DEBUG', `agent.http: Request finished: method=PUT url=/v1/agent/service/register from=%IPOF:search#0%:${40000 + Math.floor(r() * 9000)} latency=1.486ms`]);
  events.push([start + 0.02, 'INFO', `agent: Synced service: service=${searchId}`]);
  events.sort((a, b) => a[0] - b[0]);
  for (const [x, lvl, msg] of events) con.push(hc(T, x, lvl, msg));

  return {
    folder: 's19-search-consul-conn-leak',
    incidentTime,
    description: 'hotel search just spins and never returns results since ~10:55; recommendations and login still work',
    expected: { component: 'search', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'search', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation at 6ecb097: services/search/server.go (getGprcConn dials consul://consul:8500/srv-geo and
      srv-rate once, at start), dialer/dialer.go, vendor/github.com/mbobakov/grpc-consul-resolver (each resolver Build creates
      its own consul api client and runs a blocking /v1/health/service watch; on an error it logs
      "[Consul resolver] Couldn't fetch endpoints. target={…}; error={…}" through grpclog and retries with a 10 ms-1 s
      back-off, never pushing addresses), services/frontend/server.go (no deadline on the search call, the Nearby error is not
      logged), cmd/*/main.go boot lines, kubernetes/consul (consul agent -dev, DEBUG request log).
      Fault: a search release (image a41c7e9, env CLIENT_REFRESH_INTERVAL=10s) re-dials the geo and rate clients every 10 s
      "to pick up endpoint changes" and never closes the old ClientConns. Each leaked ClientConn keeps its resolver's blocking
      query open on its own connection to consul, 12 more a minute, until consul's default limits.http_max_conns_per_client
      (200) is reached ~16 minutes after the rollout. From then on every new resolver gets
      "429 … Your IP is issuing too many concurrent connections" (go-connlimit's response; consul logs nothing for it), the
      freshly swapped-in clients never get an address, and every Nearby call blocks until the browser gives up: /hotels
      hangs, the rest of the site (recommendations, user, reservation) works. The search pod is Running and Ready, never
      restarted; consul is healthy and serves every other client. The error lines name consul:8500 and a 429 from consul,
      which points a hasty reader at consul (decoy), as does jaeger's OOM kill three days earlier. Public grounding: consul
      limits.http_max_conns_per_client (default 200) and the "Your IP is issuing too many concurrent connections" 429 seen
      by many consul clients; leaked grpc.ClientConn (Dial without Close) as a common Go bug.
      Deviations: the search release and its env variable are the operator's; the search log is a bounded tail (its last
      seconds, all resolver errors).`,
    workloads: {
      search: {
        rollout: { at: roll, oldContainers: { 'hotel-reserv-search': { image: IMG, env: ENV } } },
        containers: { 'hotel-reserv-search': { image: NEWIMG, env: [...ENV, { name: 'CLIENT_REFRESH_INTERVAL', value: '10s' }] } },
        pods: [{ created: T.iso(roll + 0.05), node: N(1), containers: { 'hotel-reserv-search': cs.running(T.iso(start)) } }],
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 47.1) } }) } }],
      },
    },
    configMaps: CONFIGMAPS,
    events: [
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled up replica set search-%NEW% to 1', first: roll },
      { on: 'deploy:search', reason: 'ScalingReplicaSet', message: 'Scaled down replica set search-%OLD% to 0 from 1', first: roll + 0.4 },
      { on: 'rs:search', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:search#0%', first: roll + 0.05 },
      { on: 'pod:search#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: roll + 0.05 },
      { on: 'pod:search#0', reason: 'Pulling', message: `Pulling image "${NEWIMG}"`, first: roll + 0.07, fieldPath: 'spec.containers{hotel-reserv-search}' },
      { on: 'pod:search#0', reason: 'Pulled', message: `Successfully pulled image "${NEWIMG}" in 2.914s (2.914s including waiting). Image size: 16204377 bytes.`, first: roll + 0.12, fieldPath: 'spec.containers{hotel-reserv-search}' },
      { on: 'pod:search#0', reason: 'Created', message: 'Created container hotel-reserv-search', first: roll + 0.12, fieldPath: 'spec.containers{hotel-reserv-search}' },
      { on: 'pod:search#0', reason: 'Started', message: 'Started container hotel-reserv-search', first: start, fieldPath: 'spec.containers{hotel-reserv-search}' },
    ],
    logs: {
      'search#0/hotel-reserv-search': tail,
      'consul#0/consul': con,
      'frontend#0/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
      'frontend#1/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
      'geo#0/hotel-reserv-geo': boot(T, -60 * 24 * 9 + 0.4, 'geo', uuid('geo9')),
      'rate#0/hotel-reserv-rate': boot(T, -60 * 24 * 9 + 0.4, 'rate', uuid('rate9')),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. a gRPC liveness probe added to rate (no grpc.health.v1 service): killed every ~30 s, CrashLoopBackOff; profile's
//    tcpSocket probe from the same change is fine
function rateGrpcProbe() {
  const incidentTime = '2026-10-06T14:33:00Z';
  const T = clock(incidentTime);
  const r = rng('s19-rate-grpc-probe');
  const roll = -16;
  const starts = [-15.7, -15.03, -14.2, -12.87, -10.87, -7.53, -2.03];
  const killAt = (s) => s + 0.52;
  const probe = { grpc: { port: 8084, service: '' }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const tcp = { tcpSocket: { port: 8081 }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const last = starts[starts.length - 1];

  // mongodb-rate: one driver connection set per rate start, ended by each kill
  const mongo = [];
  let connId = 20411;
  let count = 9;
  for (const s of starts) {
    for (const k of [0.001, 0.002]) {
      const id = connId++;
      const remote = `%IPOF:rate#0%:${40000 + Math.floor(r() * 20000)}`;
      mongo.push(...mongoConn(T, s + k, remote, id, ++count));
      mongo.push(mongoEnd(T, killAt(s) + k / 2, remote, id, count - 1));
    }
    count -= 2;
  }
  mongo.sort();

  // consul: each rate start registers a new instance id; none is ever deregistered
  const con = [];
  const evs = [];
  for (const [i, s] of starts.entries()) {
    evs.push([s + 0.02, 'DEBUG', `agent.http: Request finished: method=PUT url=/v1/agent/service/register from=%IPOF:rate#0%:${40000 + Math.floor(r() * 9000)} latency=${(1 + r()).toFixed(3)}ms`]);
    evs.push([s + 0.02, 'INFO', `agent: Synced service: service=${uuid(`rate-${i}`)}`]);
  }
  evs.push([roll + 0.35, 'DEBUG', `agent.http: Request finished: method=PUT url=/v1/agent/service/register from=%IPOF:profile#0%:${40000 + Math.floor(r() * 9000)} latency=1.377ms`]);
  evs.push([roll + 0.35, 'INFO', `agent: Synced service: service=${uuid('profile-new')}`]);
  for (let x = -31 + r(); x < 0; x += 1.1 + r() * 0.6) evs.push([x, 'DEBUG', 'agent: Node info in sync']);
  for (let x = -31 + r() * 5; x < 0; x += 5 + r() * 0.3)
    evs.push([x, 'DEBUG', `agent.http: Request finished: method=GET url=/v1/health/service/srv-rate?index=${2210 + Math.floor(x + 31)}&near=_agent from=%IPOF:search#0%:${32768 + Math.floor(r() * 28000)} latency=${x > roll ? `${(r() * 40).toFixed(3)}s` : `5m${(r() * 18).toFixed(3)}s`}`]);
  evs.sort((a, b) => a[0] - b[0]);
  for (const [x, lvl, msg] of evs) con.push(hc(T, x, lvl, msg));

  return {
    folder: 's19-rate-grpc-liveness-probe',
    incidentTime,
    description: "search broken - /hotels returns 500 'rpc error: code = Unavailable ... connection refused' most of the time since about 14:17",
    expected: { component: 'rate', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'rate', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation at 6ecb097: services/rate/server.go (grpc.NewServer with only the Rate service registered:
      no grpc.health.v1.Health), cmd/rate/main.go and db.go (boot lines; InsertMany of the test rate plans at every start),
      registry/registry.go (a new consul instance id per start, never deregistered), services/search/server.go (GetRates
      error returned to the frontend), services/frontend/server.go (500 with the gRPC error text, not logged); Kubernetes
      1.29 kubelet gRPC probes (pkg/probe/grpc: "error: this server does not implement the grpc health protocol
      (grpc.health.v1.Health): unknown service grpc.health.v1.Health" on Unimplemented).
      Fault: to satisfy the platform's new "liveness probe required" admission policy, the discovery team added liveness
      probes to rate (grpc port 8084) and profile (tcpSocket 8081) in one change, rolled out at 14:17. rate implements no
      gRPC health service, so every probe fails, and the kubelet kills the container 30 s after each start (exit 143, Go
      has no SIGTERM handler); after 6 restarts it is in CrashLoopBackOff. search's calls to rate fail with Unavailable
      (connection refused) whenever rate is down, so /hotels answers 500. rate's own log is a clean boot each time.
      Decoy: profile was rolled out by the same change and is healthy (its tcpSocket probe passes). Public grounding: the
      kubelet's native gRPC probe (GA in 1.27) requires the server to implement grpc.health.v1; policy engines (Kyverno
      require-pod-probes) pushing teams to add probes.
      Deviations: the two probes and the admission policy are the operator's.`,
    workloads: {
      rate: {
        rollout: { at: roll, oldContainers: { 'hotel-reserv-rate': { livenessProbe: undefined } } },
        containers: { 'hotel-reserv-rate': { livenessProbe: probe } },
        unavailableSince: -15.2,
        pods: [{
          created: T.iso(roll + 0.1), node: N(2), readyTransition: T.iso(killAt(last)),
          containers: { 'hotel-reserv-rate': cs.crashLoop({ restarts: 6, exitCode: 143, reason: 'Error', startedAt: T.iso(last), finishedAt: T.iso(killAt(last)), container: 'hotel-reserv-rate' }) },
        }],
      },
      profile: {
        rollout: { at: roll, oldContainers: { 'hotel-reserv-profile': { livenessProbe: undefined } } },
        containers: { 'hotel-reserv-profile': { livenessProbe: tcp } },
        pods: [{ created: T.iso(roll + 0.1), node: N(0), containers: { 'hotel-reserv-profile': cs.running(T.iso(roll + 0.3)) } }],
      },
    },
    configMaps: CONFIGMAPS,
    events: [
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rate-%NEW% to 1', first: roll },
      { on: 'deploy:rate', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rate-%OLD% to 0 from 1', first: roll + 0.35 },
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled up replica set profile-%NEW% to 1', first: roll },
      { on: 'deploy:profile', reason: 'ScalingReplicaSet', message: 'Scaled down replica set profile-%OLD% to 0 from 1', first: roll + 0.35 },
      { on: 'rs:rate', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:rate#0%', first: roll + 0.1 },
      { on: 'rs:profile', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:profile#0%', first: roll + 0.1 },
      { on: 'pod:profile#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: roll + 0.1 },
      { on: 'pod:profile#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, first: roll + 0.25, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Created', message: 'Created container hotel-reserv-profile', first: roll + 0.25, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Started', message: 'Started container hotel-reserv-profile', first: roll + 0.3, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:rate#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: roll + 0.1 },
      { on: 'pod:rate#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, first: starts[0] - 0.02, last: last - 0.01, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Created', message: 'Created container hotel-reserv-rate', first: starts[0] - 0.02, last: last - 0.01, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Started', message: 'Started container hotel-reserv-rate', first: starts[0], last, count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health', first: starts[0] + 0.17, last: killAt(last), count: 21, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', reason: 'Killing', message: 'Container hotel-reserv-rate failed liveness probe, will be restarted', first: killAt(starts[0]), last: killAt(last), count: 7, fieldPath: 'spec.containers{hotel-reserv-rate}' },
      { on: 'pod:rate#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container hotel-reserv-rate in pod %POD%_hotel-reservation(%PODUID%)', first: killAt(starts[1]) + 0.02, last: -0.1, count: 24, fieldPath: 'spec.containers{hotel-reserv-rate}' },
    ],
    logs: {
      'rate#0/hotel-reserv-rate/previous': boot(T, last, 'rate', uuid('rate-6')),
      'profile#0/hotel-reserv-profile': boot(T, roll + 0.3, 'profile', uuid('profile-new')),
      'mongodb-rate#0/hotel-reserv-rate-mongo': mongo,
      'consul#0/consul': con,
      'search#0/hotel-reserv-search': boot(T, -60 * 24 * 9 + 0.4, 'search', uuid('search9')),
      'frontend#0/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
      'frontend#1/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. no fault: a fully booked weekend answers "Failed. Already reserved." (200) to every booking; decoys around it
function alreadyReservedNoFault() {
  const incidentTime = '2026-09-12T09:52:00Z';
  const T = clock(incidentTime);
  const r = rng('s19-already-reserved');
  const roll = -48;
  const hpaScale = -31;

  const mongo = [];
  let connId = 88120;
  let count = 31;
  for (let x = -40; x < 0; x += 0.4 + r() * 2.5) {
    const id = connId++;
    const remote = `%IPOF:reservation#0%:${40000 + Math.floor(r() * 20000)}`;
    mongo.push(...mongoConn(T, x, remote, id, ++count));
    if (r() < 0.7) mongo.push(mongoEnd(T, Math.min(x + 0.3 + r() * 1.5, -0.01), remote, id, --count));
  }
  mongo.sort();

  return {
    folder: 's19-already-reserved-no-fault',
    incidentTime,
    description: "lots of customers complaining they can't book - every reservation for next weekend comes back 'Failed. Already reserved' since ~9am",
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      DeathStarBench hotelReservation at 6ecb097: services/frontend/server.go reservationHandler (a MakeReservation result with
      no hotel id is answered 200 {"message": "Failed. Already reserved. "}), services/reservation/server.go MakeReservation
      (returns an empty result when count + rooms exceeds the hotel's capacity "<hotelId>_cap"; nothing is logged at INFO),
      memcached in front of the counts (a restart only forces the counts to be re-read from mongodb-reservation).
      No fault: a city marathon next weekend has booked out the hotels customers are trying; the capacity check answers
      correctly, every component is Running and Ready and no log shows an error. Decoys: a routine memcached-reserve image
      bump (1.6.22 to 1.6.29) 48 minutes earlier, which emptied that cache; the frontend HPA scaling 2 to 3 on the morning's
      traffic (with the usual FailedGetResourceMetric warning while the new pod had no metrics yet); mongodb-reservation's
      OOM kill three days ago. Deviations: the frontend HPA (min 2, max 5, 70% CPU) is the operator's.`,
    workloads: {
      'memcached-reserve': {
        rollout: { at: roll, oldContainers: { 'hotel-reserv-reservation-mmc': { image: 'memcached:1.6.22' } } },
        containers: { 'hotel-reserv-reservation-mmc': { image: 'memcached:1.6.29' } },
      },
      frontend: { replicas: 3, pods: [{}, {}, { created: T.iso(hpaScale + 0.05), node: N(2) }] },
      'mongodb-reservation': {
        pods: [{ containers: { 'hotel-reserv-reservation-mongo': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 212.2) } }) } }],
      },
    },
    configMaps: CONFIGMAPS,
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(hpaScale), currentReplicas: 3, desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '58m', averageUtilization: 58 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(hpaScale), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-29.5), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 4), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    events: [
      { on: 'deploy:memcached-reserve', reason: 'ScalingReplicaSet', message: 'Scaled up replica set memcached-reserve-%NEW% to 1', first: roll },
      { on: 'deploy:memcached-reserve', reason: 'ScalingReplicaSet', message: 'Scaled down replica set memcached-reserve-%OLD% to 0 from 1', first: roll + 0.2 },
      { on: 'rs:memcached-reserve', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:memcached-reserve#0%', first: roll },
      { on: 'pod:memcached-reserve#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: roll },
      { on: 'pod:memcached-reserve#0', reason: 'Pulling', message: 'Pulling image "memcached:1.6.29"', first: roll + 0.02, fieldPath: 'spec.containers{hotel-reserv-reservation-mmc}' },
      { on: 'pod:memcached-reserve#0', reason: 'Pulled', message: 'Successfully pulled image "memcached:1.6.29" in 4.107s (4.107s including waiting). Image size: 32480121 bytes.', first: roll + 0.1, fieldPath: 'spec.containers{hotel-reserv-reservation-mmc}' },
      { on: 'pod:memcached-reserve#0', reason: 'Created', message: 'Created container hotel-reserv-reservation-mmc', first: roll + 0.1, fieldPath: 'spec.containers{hotel-reserv-reservation-mmc}' },
      { on: 'pod:memcached-reserve#0', reason: 'Started', message: 'Started container hotel-reserv-reservation-mmc', first: roll + 0.12, fieldPath: 'spec.containers{hotel-reserv-reservation-mmc}' },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: hpaScale },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 3 from 2', first: hpaScale },
      { on: 'rs:frontend', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:frontend#2%', first: hpaScale + 0.05 },
      { on: 'pod:frontend#2', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: hpaScale + 0.05 },
      { on: 'pod:frontend#2', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, first: hpaScale + 0.1, fieldPath: 'spec.containers{hotel-reserv-frontend}' },
      { on: 'pod:frontend#2', reason: 'Created', message: 'Created container hotel-reserv-frontend', first: hpaScale + 0.1, fieldPath: 'spec.containers{hotel-reserv-frontend}' },
      { on: 'pod:frontend#2', reason: 'Started', message: 'Started container hotel-reserv-frontend', first: hpaScale + 0.12, fieldPath: 'spec.containers{hotel-reserv-frontend}' },
      { on: 'hpa:frontend', type: 'Warning', reason: 'FailedGetResourceMetric', message: 'failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API', first: hpaScale + 0.5, last: hpaScale + 1.5, count: 3 },
      { on: 'hpa:frontend', type: 'Warning', reason: 'FailedComputeMetricsReplicas', message: 'invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API', first: hpaScale + 0.5, last: hpaScale + 1.5, count: 3 },
    ],
    logs: {
      'reservation#0/hotel-reserv-reservation': boot(T, -60 * 24 * 9 + 0.4, 'reservation', uuid('reservation9')),
      'frontend#0/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
      'frontend#1/hotel-reserv-frontend': frontendBoot(T, -60 * 24 * 9 + 0.4),
      'frontend#2/hotel-reserv-frontend': frontendBoot(T, hpaScale + 0.12),
      'user#0/hotel-reserv-user': boot(T, -60 * 24 * 9 + 0.4, 'user', uuid('user9')),
      'mongodb-reservation#0/hotel-reserv-reservation-mongo': mongo,
    },
  };
}

export const scenarios = [searchConsulLeak(), rateGrpcProbe(), alreadyReservedNoFault()];
