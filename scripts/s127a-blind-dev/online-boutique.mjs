// Blind dev batch s127a: Online Boutique. Written without reading rule packs, engine source or other scenarios.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INC = '2026-05-12T14:31:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5e0c2f8a-7d41-4b1e-a93c-1f6d2b8e4a70', 'http.req.method': extra.method ?? 'POST', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? 'a41c9e27-3f0b-4d6a-8c52-e7b19d04f6a3', severity, timestamp: T.isoMs(min) });
const MISCONF = 'MISCONF Redis is configured to save RDB snapshots, but it\'s currently unable to persist on disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.';
const cartErr = (min) => [
  `      Executing AddItemAsync for user ${['a41c9e27', '0d7be913', 'c9f2e605'][Math.abs(Math.round(min)) % 3]}-3f0b-4d6a-8c52-e7b19d04f6a3`,
  'fail: Grpc.AspNetCore.Server.ServerCallHandler[6]',
  '      Error when executing service method \'AddItem\'.',
  `      StackExchange.Redis.RedisServerException: ${MISCONF}`,
  '         at StackExchange.Redis.ConnectionMultiplexer.ExecuteAsyncImpl[T](Message message, ResultProcessor`1 processor, Object state, ServerEndPoint server) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2072',
  '         at cartservice.cartstore.RedisCartStore.AddItemAsync(String userId, String productId, Int32 quantity) in /app/cartstore/RedisCartStore.cs:line 64',
  '         at cartservice.services.CartService.AddItem(AddItemRequest request, ServerCallContext context) in /app/services/CartService.cs:line 37',
];

export const scenarios = [
  {
    folder: 's127a-redis-cart-tmpfs-rdb-full',
    incidentTime: INC,
    description: 'add to cart broken on the boutique since ~14:10, users get 500 "failed to add to cart". viewing cart still works?? cartsvc pods look fine',
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Online Boutique v0.10.6 release manifests: redis-cart runs redis:alpine with /data on an emptyDir, no redis.conf, so
      Redis 7 defaults apply (save 3600 1 300 100 60 10000, stop-writes-on-bgsave-error yes); cartservice (.NET,
      StackExchange.Redis) writes every AddItem/EmptyCart to it via REDIS_ADDR=redis-cart:6379. Fault: the RDB background
      save fails with "No space left on device" because the data volume is full; with stop-writes-on-bgsave-error Redis keeps
      answering reads and PING (TCP probes pass, pod Ready) but rejects every write with the documented MISCONF error, which
      cartservice turns into gRPC Unknown and the frontend into HTTP 500 "failed to add to cart" (reads - GetCart - keep working).
      This is the well-known Redis MISCONF / ENOSPC failure mode discussed in many redis issues and StackOverflow threads.
      Deviation from upstream: the operators made redis-data a memory-backed emptyDir (medium: Memory, sizeLimit 64Mi) to
      avoid node disk I/O, so the tmpfs is only 64Mi and the snapshot temp-file (temp-<pid>.rdb) no longer fits beside
      dump.rdb once the cart data grew. Decoys: adservice was OOMKilled three days ago (healed, restartCount 1) and
      currencyservice was rolled out healthily 35 minutes ago (v0.10.6 -> v0.10.7 image bump).
    `,
    workloads: {
      'redis-cart': {
        patch: { volumes: [{ name: 'redis-data', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }] },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
        rollout: { at: -35, revision: 4, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -35 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -34 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/currencyservice:v0.10.7" in 3.412s (3.412s including waiting). Image size: 48713521 bytes.`, first: -34.8 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -34.7, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'redis-cart#0/redis': [
        `1:M ${T.java(-240).slice(8, 10)} May 2026 ${T.java(-240).slice(11, 23)} * 100 changes in 300 seconds. Saving...`,
        `1:M 12 May 2026 ${T.java(-240).slice(11, 23)} * Background saving started by pid 5412`,
        `5412:C 12 May 2026 ${T.java(-239.9).slice(11, 23)} * DB saved on disk`,
        `1:M 12 May 2026 ${T.java(-239.9).slice(11, 23)} * Background saving terminated with success`,
        `1:M 12 May 2026 ${T.java(-22).slice(11, 23)} * 100 changes in 300 seconds. Saving...`,
        `1:M 12 May 2026 ${T.java(-22).slice(11, 23)} * Background saving started by pid 6177`,
        `6177:C 12 May 2026 ${T.java(-21.9).slice(11, 23)} # Write error saving DB on disk: No space left on device`,
        `6177:C 12 May 2026 ${T.java(-21.9).slice(11, 23)} # Failed opening the temp RDB file temp-6177.rdb (in server root dir /data) for saving: No space left on device`,
        `1:M 12 May 2026 ${T.java(-21.8).slice(11, 23)} # Background saving error`,
        `1:M 12 May 2026 ${T.java(-16).slice(11, 23)} * 100 changes in 300 seconds. Saving...`,
        `1:M 12 May 2026 ${T.java(-16).slice(11, 23)} * Background saving started by pid 6301`,
        `6301:C 12 May 2026 ${T.java(-15.9).slice(11, 23)} # Write error saving DB on disk: No space left on device`,
        `1:M 12 May 2026 ${T.java(-15.8).slice(11, 23)} # Background saving error`,
        `1:M 12 May 2026 ${T.java(-10).slice(11, 23)} * Background saving started by pid 6419`,
        `6419:C 12 May 2026 ${T.java(-9.9).slice(11, 23)} # Write error saving DB on disk: No space left on device`,
        `1:M 12 May 2026 ${T.java(-9.8).slice(11, 23)} # Background saving error`,
        `1:M 12 May 2026 ${T.java(-4).slice(11, 23)} * Background saving started by pid 6533`,
        `6533:C 12 May 2026 ${T.java(-3.9).slice(11, 23)} # Write error saving DB on disk: No space left on device`,
        `1:M 12 May 2026 ${T.java(-3.8).slice(11, 23)} # Background saving error`,
      ],
      'cartservice#0/server': [
        'info: cartservice.services.CartService[0]',
        `      Executing GetCartAsync for user 7e21b0c4-9a3d-4f58-b6e0-2c8d1a47f913`,
        'info: cartservice.services.CartService[0]',
        '      Executing AddItemAsync for user 7e21b0c4-9a3d-4f58-b6e0-2c8d1a47f913',
        ...cartErr(-21), ...cartErr(-15), ...cartErr(-9),
        'info: cartservice.services.CartService[0]',
        '      Executing GetCartAsync for user 0d7be913-3f0b-4d6a-8c52-e7b19d04f6a3',
        ...cartErr(-3), ...cartErr(-1.5),
      ],
      'cartservice#1/server': [
        'info: cartservice.services.CartService[0]',
        '      Executing GetCartAsync for user c9f2e605-3f0b-4d6a-8c52-e7b19d04f6a3',
        ...cartErr(-12), ...cartErr(-6), ...cartErr(-2),
      ],
      'frontend#0/server': [
        front(-26, 'info', 'request complete', { method: 'GET', path: '/cart' }),
        front(-21, 'error', 'request error', { error: `failed to add to cart: rpc error: code = Unknown desc = ${MISCONF}` }),
        front(-14, 'info', 'request complete', { method: 'GET', path: '/product/OLJCESPC7Z' }),
        front(-9, 'error', 'request error', { error: `failed to add to cart: rpc error: code = Unknown desc = ${MISCONF}`, id: '0b3f7e12-a2c4-4d9e-8f61-37c5a9d0e2b4' }),
        front(-3, 'error', 'request error', { error: `failed to add to cart: rpc error: code = Unknown desc = ${MISCONF}`, id: '9c1e6a40-5b7d-4f23-a8e9-d02f41b6c735' }),
        front(-1.2, 'info', 'request complete', { method: 'GET', path: '/cart' }),
      ],
      'frontend#1/server': [
        front(-18, 'error', 'request error', { error: `failed to add to cart: rpc error: code = Unknown desc = ${MISCONF}`, id: '3d8a2c71-f0e4-4b96-9a15-6e7c0d3b28f9' }),
        front(-7, 'info', 'request complete', { method: 'GET', path: '/' }),
        front(-2, 'error', 'request error', { path: '/cart/empty', error: `failed to empty user cart during checkout: rpc error: code = Unknown desc = ${MISCONF}`, id: 'e4b07f2c-19a6-4d3e-b85c-7a2f90c61d48' }),
      ],
      'currencyservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.isoMs(-34.6))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Starting gRPC server on port 7000..."}`,
        `{"severity":"info","time":${Date.parse(T.isoMs(-2))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`,
      ],
    },
  },
];
