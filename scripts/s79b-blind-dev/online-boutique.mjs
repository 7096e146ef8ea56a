// Blind dev batch s79b, Online Boutique: one scenario spec for the kit (scripts/s2-scenario-kit.mjs).
// redis-cart rolled out with a mounted redis.conf that keeps `protected-mode yes`; cartservice's Redis-pinging health check fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const IT = '2026-11-18T13:52:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Redis server log timestamp: "18 Nov 2026 13:18:33.412"
const rts = (min) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const rl = (min, role, lvl, msg) => `1:${role} ${rts(min)} ${lvl} ${msg}`;
// frontend: logrus JSONFormatter with the field names of src/frontend/main.go
const fl = (min, severity, message, x = {}) =>
  JSON.stringify({
    ...(x.error ? { error: x.error } : {}),
    'http.req.id': x.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03',
    'http.req.method': x.method ?? 'GET',
    'http.req.path': x.path ?? '/',
    ...(x.status ? { 'http.resp.bytes': x.bytes ?? 1024, 'http.resp.status': x.status, 'http.resp.took_ms': x.took ?? 12 } : {}),
    message,
    session: x.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0',
    severity,
    timestamp: T.isoMs(min),
  });
const DENIED =
  "DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user. In this mode connections are only accepted from the loopback interface. If you want to connect from external computers to Redis you may adopt one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG SET protected-mode no' from the loopback interface by connecting to Redis from the same host the server is running, however MAKE SURE Redis is not publicly accessible from internet if you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just disable the protected mode by editing the Redis configuration file, and setting the protected mode option to 'no', and then restarting the server. 3) If you started the server manually just for testing, restart it with the '--protected-mode no' option. 4) Set up an authentication password for the default user. NOTE: You only need to do one of the above things in order for the server to start accepting connections from the outside.";
const SEX = `StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: ECHO, origin: ReadFromPipe, outstanding: 1, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablishing, mgr: 9 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350 ---> StackExchange.Redis.RedisServerException: ${DENIED}`;
const CANT = `Can't access cart storage. ${SEX}`;
const grpcErr = (min, detail) => [
  'info: Grpc.AspNetCore.Server.ServerCallHandler[7]',
  `      Error status code 'FailedPrecondition' with detail '${detail}' raised.`,
];
const dotnetBoot = (min) => [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];
const cartRun = (start, users) => {
  const out = [...dotnetBoot(start)];
  for (let k = 0; k < 3; k++) {
    out.push('Checking CartService Health');
    out.push(`GetCartAsync called with userId=${users[k % users.length]}`);
    out.push(...grpcErr(start + 0.1 * k, CANT));
    out.push(`AddItemAsync called with userId=${users[(k + 1) % users.length]}, productId=OLJCESPC7Z, quantity=1`);
    out.push(...grpcErr(start + 0.1 * k + 0.05, CANT));
  }
  out.push('Checking CartService Health', 'Checking CartService Health');
  return out;
};
const USERS = ['9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', '4e71c0a2-58d3-4f0b-9a6e-1d2c83b7f5e4', 'a03d9e51-7c24-4b68-8f1a-6e59c2d04b17'];
const redisData = { mountPath: '/data', name: 'redis-data' };
const redisCfg = { mountPath: '/usr/local/etc/redis', name: 'redis-config', readOnly: true };
const probeEv = (pod, n1, n2, n3) => [
  { on: pod, reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: service unhealthy (responded with "NOT_SERVING")', count: n1, first: -32, last: -0.3 },
  { on: pod, reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")', count: n2, first: -32, last: -0.4 },
  { on: pod, reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', count: n3, first: -31.5, last: -1.6 },
  { on: pod, reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/cartservice:v0.10.6" already present on machine', count: n3 + 1, first: -60 * 24 * 9, last: -1.2 },
  { on: pod, reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', count: 9, first: -20, last: -1.3 },
];

export const scenarios = [
  {
    folder: 's79b-cart-redis-protected-mode',
    incidentTime: IT,
    description: 'boutique cart broken since ~13:20 — add to cart spins then 500, checkout fails too. product pages + currency switch still work. cartservice keeps restarting??',
    expected: { component: 'redis-cart', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'redis-cart', cause: 'bad-deploy-rollout' },
      { component: 'redis-cart', cause: 'dependency-down' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml, v0.10.6): redis-cart runs redis:alpine with tcpSocket readiness and liveness probes on 6379
      and an emptyDir at /data; cartservice (REDIS_ADDR=redis-cart:6379) has gRPC readiness/liveness probes on 7070, and its
      HealthCheckService answers SERVING only when RedisCartStore.Ping() succeeds (src/cartservice/src/services/HealthCheckService.cs);
      RedisCartStore wraps every Redis failure in RpcException(FailedPrecondition, "Can't access cart storage. {ex}").
      Fault: 34 minutes before the incident redis-cart is rolled out (revision 4) to mount a ConfigMap redis-cart-config as
      /usr/local/etc/redis and start \`redis-server /usr/local/etc/redis/redis.conf\` (to set maxmemory under the 256Mi limit). The file is the
      upstream redis.conf template with \`bind 0.0.0.0\` but still \`protected-mode yes\` and no requirepass. The official image compiles
      protected mode off (docker-library/redis), but a config file turns it back on: Redis accepts TCP, answers every non-loopback client
      with "-DENIED Redis is running in protected mode ..." and closes. The kubelet's tcpSocket probes only connect, so redis-cart stays
      Ready with 0 restarts and logs a clean start; cartservice's health check fails, its pods go NotReady and are restarted by the
      liveness probe (the loud component), frontend logs "could not retrieve cart"/"failed to add to cart". Public shape:
      pennlabs/infrastructure PR #194 (a Redis ConfigMap re-enabled protected mode; fixed by protected-mode no), bitnami-docker-redis #136,
      redis/docker-library-redis #232 on how the image disables protected mode.
      The ReplicaSets differ only in the redis container's args and the new volumeMount (and the pod volume redis-config).
      Decoy: recommendationservice was OOMKilled three days ago and has run since. Deviations from upstream: the ConfigMap and the
      redis-cart args/volume are the incident's change; StackExchange.Redis's exception text is abridged in the logs.
    `,
    configMaps: [{ name: 'redis-cart-config', keys: ['redis.conf'] }],
    workloads: {
      'redis-cart': {
        patch: { volumes: [{ name: 'redis-data', emptyDir: {} }, { name: 'redis-config', configMap: { name: 'redis-cart-config', defaultMode: 420 } }] },
        containers: { redis: { args: ['redis-server', '/usr/local/etc/redis/redis.conf'], volumeMounts: [redisData, redisCfg] } },
        rollout: {
          at: -34,
          oldPatch: { volumes: [{ name: 'redis-data', emptyDir: {} }] },
          oldContainers: { redis: { args: undefined, volumeMounts: [redisData] } },
        },
        endpointsChanged: -33.5,
      },
      cartservice: {
        pods: [
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', readyTransition: T.iso(-32), containers: { server: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-1.2), ready: false, last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-3.1), finishedAt: T.iso(-1.6) } }) } },
          { node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', readyTransition: T.iso(-31.7), containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-0.7), ready: false, last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-2.6), finishedAt: T.iso(-1.1) } }) } },
        ],
        unavailableSince: -31.5,
        endpointsChanged: -0.7,
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set redis-cart-%NEW% to 1', first: -34 },
      { on: 'deploy:redis-cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set redis-cart-%OLD% to 0 from 1', first: -33.4 },
      { on: 'pod:redis-cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -34 },
      { on: 'pod:redis-cart#0', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Container image "redis:alpine" already present on machine', first: -33.9 },
      { on: 'pod:redis-cart#0', reason: 'Created', fieldPath: 'spec.containers{redis}', message: 'Created container redis', first: -33.9 },
      { on: 'pod:redis-cart#0', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: -33.8 },
      ...probeEv('pod:cartservice#0', 188, 63, 7),
      ...probeEv('pod:cartservice#1', 181, 60, 6),
    ],
    logs: {
      'redis-cart#0/redis': [
        rl(-33.8, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        rl(-33.8, 'C', '*', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
        rl(-33.8, 'C', '*', 'Configuration loaded'),
        rl(-33.8, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
        rl(-33.8, 'M', '*', 'Running mode=standalone, port=6379.'),
        rl(-33.8, 'M', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
        rl(-33.8, 'M', '*', 'Server initialized'),
        rl(-33.8, 'M', '*', 'Ready to accept connections tcp'),
      ],
      'cartservice#0/server/previous': [...cartRun(-3.1, USERS), 'info: Microsoft.Hosting.Lifetime[0]', '      Application is shutting down...'],
      'cartservice#0/server': cartRun(-1.2, USERS),
      'cartservice#1/server/previous': [...cartRun(-2.6, USERS.slice(1)), 'info: Microsoft.Hosting.Lifetime[0]', '      Application is shutting down...'],
      'cartservice#1/server': cartRun(-0.7, USERS.slice(1)),
      'frontend#0/server': [
        fl(-40, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: '5f0b2e61-9a3c-4d17-8e42-b7c1d0a93f26' }),
        fl(-40, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: '5f0b2e61-9a3c-4d17-8e42-b7c1d0a93f26', status: 200, bytes: 8123, took: 31 }),
        fl(-31.9, 'debug', 'request started', { path: '/cart', method: 'POST', id: '0d6e3a18-2f47-4b95-a1c3-9e8d27f64b05' }),
        fl(-31.9, 'error', 'request error', { path: '/cart', method: 'POST', id: '0d6e3a18-2f47-4b95-a1c3-9e8d27f64b05', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${CANT}` }),
        fl(-25, 'error', 'request error', { path: '/', id: '7a2c91e4-03b8-4f6d-9c25-e1b04a7d38f9', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = ${CANT}` }),
        fl(-14, 'debug', 'request started', { path: '/product/66VCHSJNUP', id: 'e3b7d0c2-64a1-4f88-b219-5c0f9e7a2d14' }),
        fl(-14, 'debug', 'request complete', { path: '/product/66VCHSJNUP', id: 'e3b7d0c2-64a1-4f88-b219-5c0f9e7a2d14', status: 200, bytes: 7981, took: 28 }),
        fl(-6, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: 'b41f07d9-8e2c-4a53-96d1-0c7e3f85a2b6', error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = ${CANT}` }),
        fl(-1.4, 'error', 'request error', { path: '/cart', id: '2c8e5b0f-71d4-4e39-a6b2-f9d3c18e0a57', error: 'could not retrieve cart: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: connect: connection refused"' }),
      ],
      'frontend#1/server': [
        fl(-29, 'error', 'request error', { path: '/cart', id: '93d4a0b7-5e16-4c2f-8b7a-d20e6f1c94a3', session: '4e71c0a2-58d3-4f0b-9a6e-1d2c83b7f5e4', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = ${CANT}` }),
        fl(-12, 'debug', 'request complete', { path: '/setCurrency', method: 'POST', id: '1e6f3a92-b0c7-4d85-a24e-7f5d19c83b60', status: 302, bytes: 0, took: 2 }),
        fl(-3, 'error', 'request error', { path: '/cart', method: 'POST', id: 'f07a2d5c-9b31-4e8f-a6c4-3d12e0b795a8', session: 'a03d9e51-7c24-4b68-8f1a-6e59c2d04b17', error: `failed to add to cart: rpc error: code = FailedPrecondition desc = ${CANT}` }),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-45) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 2b7f3c1e-8a40-4d6b-9e15-c03a7d52f918)', severity: 'info', timestamp: T.isoMs(-45) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-6) }),
      ],
    },
  },
];
