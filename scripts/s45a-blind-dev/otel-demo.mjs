// Batch s45a (blind dev): one OpenTelemetry demo incident for the scenario kit, written without reading the engine or rules.
// valkey-cart (20Mi limit) OOM-killed again and again under an evening cart surge; cart's .NET errors are louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-06-03T19:47:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Valkey/Redis log time: "03 Jun 2026 19:37:12.204"
const vt = (min) => {
  const iso = T.isoMs(min);
  const [d, t] = iso.split('T');
  const [y, m, dd] = d.split('-');
  return `${dd} ${MON[Number(m) - 1]} ${y} ${t.slice(0, 12)}`;
};
const boot = (min) => [
  `1:C ${vt(min)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
  `1:C ${vt(min)} * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo`,
  `1:C ${vt(min)} * Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${vt(min)} # Warning: no config file specified, using the default config. In order to specify a config file use valkey-server /path/to/valkey.conf`,
  `1:M ${vt(min + 0.001)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${vt(min + 0.002)} * Running mode=standalone, port=6379.`,
  `1:M ${vt(min + 0.002)} * Server initialized`,
  `1:M ${vt(min + 0.003)} * Ready to accept connections tcp`,
];
const valkeyPrev = [
  ...boot(-9.8),
  `1:M ${vt(-8.8)} * 10000 changes in 60 seconds. Saving...`,
  `1:M ${vt(-8.8)} * Background saving started by pid 19`,
  `19:C ${vt(-8.78)} * DB saved on disk`,
  `19:C ${vt(-8.78)} * Fork CoW for RDB: current 1 MB, peak 1 MB, average 1 MB`,
  `1:M ${vt(-8.77)} * Background saving terminated with success`,
  `1:M ${vt(-6.5)} * 10000 changes in 60 seconds. Saving...`,
  `1:M ${vt(-6.5)} * Background saving started by pid 27`,
  `27:C ${vt(-6.47)} * DB saved on disk`,
  `27:C ${vt(-6.47)} * Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB`,
  `1:M ${vt(-6.46)} * Background saving terminated with success`,
  `1:M ${vt(-4.2)} * 10000 changes in 60 seconds. Saving...`,
  `1:M ${vt(-4.2)} * Background saving started by pid 34`,
];
const valkeyCur = [...boot(-2.6), `1:M ${vt(-0.9)} * 10000 changes in 60 seconds. Saving...`, `1:M ${vt(-0.9)} * Background saving started by pid 15`, `15:C ${vt(-0.87)} * DB saved on disk`, `15:C ${vt(-0.87)} * Fork CoW for RDB: current 2 MB, peak 2 MB, average 1 MB`, `1:M ${vt(-0.86)} * Background saving terminated with success`];

const SE = (cmd, key) =>
  `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${cmd} ${key}; It was not possible to connect to the redis server(s). ConnectTimeout, inst: 0, qu: 0, qs: 0, aw: False, bw: Inactive, rs: ReadAsync, ws: Idle, in: 0, in-pipe: 0, out-pipe: 0, last-in: 0, cur-in: 0, sync-ops: 0, async-ops: 48213, serverEndpoint: valkey-cart:6379, conn-sec: n/a, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: ${'%POD%'}(SE.Redis-v2.8.41.11933), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), POOL: (Threads=6,QueuedItems=0,CompletedItems=391827,Timers=7), v: 2.8.41.11933`;
const cartLines = [];
const user = (i) => ['b9e3c0d2-5a1f-4e7c-9f2a-1c8d3e6b7a40', '0f4a7e21-9c3b-4d85-a6e1-72b9c0d4f318', '6d2c8b1e-3f47-4a90-8e5d-b1a7c2f9e064'][i % 3];
for (const [a, b] of [[-33.1, -31.2], [-26.0, -24.9], [-18.7, -16.9], [-11.2, -9.9], [-4.1, -2.7]]) {
  for (let m = a, i = 0; m < b; m += 0.35, i++) {
    const op = i % 2 ? ['HGET', 'GetCart'] : ['HSET', 'AddItem'];
    cartLines.push(`${T.isoMs(m)} fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`);
    cartLines.push(`      Error when executing service method '${op[1]}'.`);
    cartLines.push(`      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${SE(op[0], user(i))}")`);
    cartLines.push(`         at cart.cartstore.ValkeyCartStore.${op[1] === 'GetCart' ? 'GetCartAsync' : 'AddItemAsync'}(String userId${op[1] === 'AddItem' ? ', String productId, Int32 quantity' : ''}) in /app/src/cartstore/ValkeyCartStore.cs:line ${op[1] === 'GetCart' ? 197 : 141}`);
  }
  cartLines.push(`${T.isoMs(b + 0.05)} info: cart.cartstore.ValkeyCartStore[0]`);
  cartLines.push(`      Successfully connected to Redis`);
}

const fe = [];
for (const [a, b] of [[-11.1, -9.9], [-4.0, -2.8]])
  for (let m = a; m < b; m += 0.4)
    fe.push(`${T.isoMs(m)} Error: 9 FAILED_PRECONDITION: Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET ${user(Math.round(m * 10))}; It was not possible to connect to the redis server(s). ConnectTimeout ...\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)\n    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76) {\n  code: 9,\n  details: "Can't access cart storage. ...",\n  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }\n}`);

const oldCollector = { ...system.workloads[0].podAnnotations, 'checksum/config': '4e0d2a7f19c3b6e85d1f0a9c7b2e4d638f5a1c0e9b7d3f2a6c8e1b4d0f7a9c25' };

export const scenarios = [
  {
    folder: 's45a-valkey-cart-oomkilled',
    incidentTime: '2026-06-03T19:47:00Z',
    description: 'astronomy shop: users say cart randomly empties + add to cart fails every few minutes. cart svc throwing errors',
    expected: { component: 'valkey-cart', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'pods-ready', 'decoy'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (2.1.3): valkey-cart runs
      valkey/valkey:8.1.3-alpine with no config file, no volume and resources.limits.memory 20Mi; cart (.NET,
      StackExchange.Redis) reaches it at VALKEY_ADDR valkey-cart:6379 and turns storage errors into gRPC FailedPrecondition
      "Can't access cart storage." Fault: the tiny 20Mi limit is a long-standing complaint about the demo's valkey; with an
      evening traffic surge the cart keyspace grows, and valkey's default save rule (10000 changes in 60 s) forks a
      background RDB save whose copy-on-write pages push the cgroup over the limit: the container is OOM-killed (exit 137,
      reason OOMKilled) five times in 30 minutes, each time losing the carts written since the last snapshot, and the kubelet
      backs off between restarts. The image's /data is not a volume, so every restart starts empty (no RDB to load). The pod has no probes, so it is Ready whenever running; the previous log ends at
      "Background saving started by pid 34" with no termination line. cart logs FailedPrecondition with StackExchange.Redis
      RedisConnectionException bursts at each kill, the frontend's grpc-js logs 9 FAILED_PRECONDITION. Decoy: an
      otel-collector rollout 35 minutes earlier (config checksum change), healthy. Valkey startup lines follow valkey 8's
      format (overcommit warning, "Ready to accept connections tcp").`,
    workloads: {
      'valkey-cart': {
        pods: [{
          containers: {
            'valkey-cart': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9.8), finishedAt: T.iso(-4.1) } }),
          },
        }],
      },
      'otel-collector': {
        rollout: { at: -35, oldPatch: { podAnnotations: oldCollector } },
      },
    },
    events: [
      { on: 'deploy:otel-collector', reason: 'ScalingReplicaSet', message: 'Scaled up replica set otel-collector-%NEW% to 1', first: -35 },
      { on: 'deploy:otel-collector', reason: 'ScalingReplicaSet', message: 'Scaled down replica set otel-collector-%OLD% to 0 from 1', first: -34.4 },
      { on: 'pod:valkey-cart#0', reason: 'Pulled', message: 'Container image "valkey/valkey:8.1.3-alpine" already present on machine', first: -33.0, last: -2.6, count: 5, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Created', message: 'Created container: valkey-cart', first: -33.0, last: -2.6, count: 5, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'Started', message: 'Started container valkey-cart', first: -33.0, last: -2.6, count: 5, fieldPath: 'spec.containers{valkey-cart}' },
      { on: 'pod:valkey-cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container valkey-cart in pod %POD%_otel-demo(%PODUID%)', first: -16.9, last: -3.3, count: 7, fieldPath: 'spec.containers{valkey-cart}' },
    ],
    logs: {
      'valkey-cart#0/valkey-cart': valkeyCur,
      'valkey-cart#0/valkey-cart/previous': valkeyPrev,
      'cart#0/cart': cartLines,
      'frontend#0/frontend': fe,
    },
  },
];
