// Held-out (split: test) Online Boutique scenarios of the s12 batch, as kit specs on the session-2 system definition;
// written blind (no rule, engine or other scenario read), expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const sess = (i) =>
  `${(0x9b2f64c7 + i * 104729).toString(16).slice(0, 8)}-0e2a-4c39-b4d1-${(0x6a3c2e19f8d0 + i * 7919).toString(16)}`;
const reqId = (i) =>
  `${(0xc1a8f0de + i * 15485863).toString(16).slice(0, 8)}-3b1e-4c57-9d6a-${(0x2f4b9e7a1c03 + i * 31).toString(16)}`;
const fe = (T, min, severity, message, { i = 0, method = 'GET', path = '/', error } = {}) =>
  JSON.stringify({
    'http.req.id': reqId(i),
    'http.req.method': method,
    'http.req.path': path,
    ...(error ? { error } : {}),
    message,
    session: sess(i),
    severity,
    timestamp: T.isoMs(min),
  });
const feOk = (T, min, i, path = '/') => [
  fe(T, min, 'debug', 'request started', { i, path }),
  fe(T, min + 0.002, 'debug', `request complete`, { i, path }).replace(
    '"message"',
    `"http.resp.bytes":${10000 + ((i * 37) % 3000)},"http.resp.status":200,"http.resp.took_ms":${40 + ((i * 13) % 90)},"message"`,
  ),
];
const goJson = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const dotnetBoot = [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];
const redisBoot = (T, min) => {
  const d = new Date(Date.parse(T.iso(0)) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const ts = `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
  return [
    `1:C ${ts} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${ts} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
    `1:M ${ts} * monotonic clock: POSIX clock_gettime`,
    `1:M ${ts} * Running mode=standalone, port=6379.`,
    `1:M ${ts} * Server initialized`,
    `1:M ${ts} * Ready to accept connections tcp`,
  ];
};
const redisTs = (T, min) => {
  const d = new Date(Date.parse(T.iso(0)) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  return `${String(d.getUTCDate()).padStart(2, '0')} ${mon} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
};

// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-09-22T11:34:00Z';
  const T = clock(incidentTime);
  const AT = -19;
  const WRONG =
    'StackExchange.Redis.RedisServerException: WRONGTYPE Operation against a key holding the wrong kind of value';
  const front = [[], []];
  const cart = [[...dotnetBoot], [...dotnetBoot]];
  let i = 0;
  for (let m = -40; m < -0.2; m += 0.45) {
    i++;
    const f = front[i % 2];
    const after = m > AT + 1.5;
    const existing = i % 3 !== 0; // sessions with a cart written before the rollout
    const uid = sess(i);
    if (m > AT + 0.5) cart[i % 2].push(`GetCartAsync called with userId=${uid}`);
    if (after && existing) {
      cart[i % 2].push(
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${WRONG}' raised.`,
      );
      f.push(fe(T, m, 'debug', 'request started', { i, path: '/cart' }));
      f.push(
        fe(T, m + 0.003, 'error', 'request error', {
          i,
          path: '/cart',
          error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${WRONG}\n   at StackExchange.Redis.ConnectionMultiplexer.ExecuteAsyncImpl[T](Message message, ResultProcessor\`1 processor, Object state, ServerEndPoint server)\n   at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 171`,
        }),
      );
    } else f.push(...feOk(T, m, i, i % 4 ? '/product/OLJCESPC7Z' : '/cart'));
  }
  return {
    folder: 's12-cart-rollout-wrongtype',
    description:
      'Cart page 500s for a lot of returning shoppers since ~11:15 ("could not retrieve cart"). New visitors seem ok. storefront oncall',
    incidentTime,
    expected: { component: 'cartservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml v0.10.6 (cartservice, 2 replicas here,
      REDIS_ADDR=redis-cart:6379). Upstream RedisCartStore keeps each cart as a Redis hash (HashGetAsync(userId, "cart")). The team's
      build v0.10.7-cs1 (rolled out 19 minutes before the incident, new ReplicaSet Ready) reads and writes the cart as a plain string
      under the same key; for every shopper whose cart was written by the old version the read fails with WRONGTYPE, wrapped by the
      store into FailedPrecondition "Can't access cart storage. ..." and surfaced by the frontend as "could not retrieve cart" (500);
      carts created after the rollout work. A data-format change incompatible with existing keys is a classic bad-deploy shape
      (many public post-mortems of cache schema changes). redis-cart is healthy (it answers WRONGTYPE correctly). Decoy: adservice
      was OOMKilled two days ago and has been Running since. Deviations: the v0.10.7-cs1 tag is invented; cartservice logs are
      ASP.NET Core console lines as the image prints them.
    `,
    workloads: {
      cartservice: {
        rollout: { at: AT, revision: 6, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/cartservice:v0.10.7-cs1` } },
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 6),
                  finishedAt: T.iso(-60 * 49 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:cartservice',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set cartservice-%NEW% to 1',
        first: AT,
        last: AT,
      },
      {
        on: 'deploy:cartservice',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set cartservice-%OLD% to 1 from 2',
        first: AT + 0.6,
        last: AT + 0.6,
      },
      {
        on: 'deploy:cartservice',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set cartservice-%NEW% to 2 from 1',
        first: AT + 0.6,
        last: AT + 0.6,
      },
      {
        on: 'deploy:cartservice',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set cartservice-%OLD% to 0 from 1',
        first: AT + 1.2,
        last: AT + 1.2,
      },
      {
        on: 'pod:cartservice#0',
        reason: 'Pulled',
        message: `Successfully pulled image "${REG}/cartservice:v0.10.7-cs1" in 3.412s (3.412s including waiting). Image size: 33172819 bytes.`,
        fieldPath: 'spec.containers{server}',
        first: AT + 0.4,
        last: AT + 0.4,
      },
      {
        on: 'pod:cartservice#0',
        reason: 'Started',
        message: 'Started container server',
        fieldPath: 'spec.containers{server}',
        first: AT + 0.45,
        last: AT + 0.45,
      },
      {
        on: 'pod:cartservice#1',
        reason: 'Started',
        message: 'Started container server',
        fieldPath: 'spec.containers{server}',
        first: AT + 0.95,
        last: AT + 0.95,
      },
    ],
    logs: {
      'frontend#0/server': front[0],
      'frontend#1/server': front[1],
      'cartservice#0/server': cart[0],
      'cartservice#1/server': cart[1],
      'redis-cart#0/redis': redisBoot(T, -60 * 24 * 11),
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-10-14T20:08:00Z';
  const T = clock(incidentTime);
  const AT = -26;
  const front = [[], []];
  const co = [
    goJson(
      T,
      -60 * 30,
      'info',
      'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}',
    ),
    goJson(T, -60 * 30, 'info', 'starting to listen on tcp: "[::]:5050"'),
  ];
  const cartLogs = [[...dotnetBoot], [...dotnetBoot]];
  let i = 0;
  for (let m = -44; m < -0.2; m += 0.8) {
    i++;
    const f = front[i % 2];
    const after = m > AT + 3;
    const uid = sess(i);
    if (m > -22.6) cartLogs[i % 2].push(`GetCartAsync called with userId=${uid}`);
    if (i % 3 === 0) {
      co.push(goJson(T, m, 'info', `[PlaceOrder] user_id="${uid}" user_currency="USD"`));
      if (after) {
        const err = `rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %IPOF:cartservice#${i % 2}%:7070: i/o timeout"`;
        f.push(fe(T, m, 'debug', 'request started', { i, method: 'POST', path: '/cart/checkout' }));
        f.push(
          fe(T, m + 0.34, 'error', 'request error', {
            i,
            method: 'POST',
            path: '/cart/checkout',
            error: `failed to complete the order: ${err}`,
          }),
        );
      } else {
        co.push(
          goJson(
            T,
            m + 0.01,
            'info',
            `payment went through (transaction_id: ${(0x1f3a5c7e + i * 7919).toString(16)}-8b2d-4e6f-a1c3-5d7e9f0b2c4a)`,
          ),
        );
        co.push(goJson(T, m + 0.012, 'info', `order confirmation email sent to "someone@example.com"`));
        f.push(...feOk(T, m, i, '/cart/checkout'));
      }
    } else f.push(...feOk(T, m, i, i % 2 ? '/cart' : '/product/66VCHSJNUP'));
  }
  return {
    folder: 's12-checkout-egress-policy',
    description:
      'checkout broken — orders failing with 500 for ~20 min, add to cart and browsing fine. #payments-oncall',
    incidentTime,
    expected: { component: 'checkoutservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-policy', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml v0.10.6 (checkoutservice env
      CART_SERVICE_ADDR=cartservice:7070 and five other addresses; cartservice listens on 7070). An egress allow-list NetworkPolicy
      for checkoutservice (created 26 minutes before the incident; GKE Dataplane V2 enforces it) allows DNS and the ports of
      productcatalog (3550), currency (7000), shipping/payment (50051) and email (8080) but not cartservice's 7070. Existing
      connections survived until the cartservice pods were recreated by a node auto-upgrade drain 23 minutes ago; checkout's new
      dials to the new pod IPs are dropped, grpc-go reports "transport: Error while dialing: dial tcp <ip>:7070: i/o timeout",
      checkout wraps it as "cart failure: failed to get user cart during checkout" and the frontend logs "failed to complete the
      order". frontend→cartservice is not affected (cart pages fine). Decoy: the freshly recreated cartservice pods. A careful engineer
      could equally name the unreachable end (cartservice, network-fault). Deviations: the policy and the drain are invented;
      2 frontend replicas as the session-2 system has.
    `,
    networkPolicies: [
      {
        name: 'checkoutservice-egress',
        created: AT,
        spec: {
          podSelector: { matchLabels: { app: 'checkoutservice' } },
          policyTypes: ['Egress'],
          egress: [
            {
              to: [
                {
                  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
                },
              ],
              ports: [
                { protocol: 'UDP', port: 53 },
                { protocol: 'TCP', port: 53 },
              ],
            },
            {
              to: [
                {
                  podSelector: {
                    matchExpressions: [
                      {
                        key: 'app',
                        operator: 'In',
                        values: [
                          'productcatalogservice',
                          'currencyservice',
                          'shippingservice',
                          'paymentservice',
                          'emailservice',
                        ],
                      },
                    ],
                  },
                },
              ],
              ports: [
                { protocol: 'TCP', port: 3550 },
                { protocol: 'TCP', port: 7000 },
                { protocol: 'TCP', port: 50051 },
                { protocol: 'TCP', port: 8080 },
              ],
            },
          ],
        },
      },
    ],
    workloads: {
      cartservice: {
        since: -23,
        pods: [
          { node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c' },
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt' },
        ],
      },
    },
    events: [
      {
        on: 'pod:cartservice#0',
        reason: 'Scheduled',
        message: 'Successfully assigned boutique/%POD% to %NODE%',
        source: 'default-scheduler',
        first: -23,
        last: -23,
      },
      {
        on: 'pod:cartservice#1',
        reason: 'Scheduled',
        message: 'Successfully assigned boutique/%POD% to %NODE%',
        source: 'default-scheduler',
        first: -23,
        last: -23,
      },
      {
        on: 'pod:cartservice#0',
        reason: 'Started',
        message: 'Started container server',
        fieldPath: 'spec.containers{server}',
        first: -22.7,
        last: -22.7,
      },
      {
        on: 'pod:cartservice#1',
        reason: 'Started',
        message: 'Started container server',
        fieldPath: 'spec.containers{server}',
        first: -22.7,
        last: -22.7,
      },
      {
        on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-7kqx',
        reason: 'NodeNotSchedulable',
        message: 'Node gke-boutique-prod-default-pool-4f2a9c1e-7kqx status is now: NodeNotSchedulable',
        first: -24,
        last: -24,
      },
      {
        on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-7kqx',
        reason: 'NodeSchedulable',
        message: 'Node gke-boutique-prod-default-pool-4f2a9c1e-7kqx status is now: NodeSchedulable',
        first: -9,
        last: -9,
      },
    ],
    logs: {
      'frontend#0/server': front[0],
      'frontend#1/server': front[1],
      'checkoutservice#0/server': co,
      'cartservice#0/server': cartLogs[0],
      'cartservice#1/server': cartLogs[1],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2026-11-03T07:47:00Z';
  const T = clock(incidentTime);
  const AT = -14; // EVAL started from a debug pod
  const front = [[], []];
  const cart = [[...dotnetBoot], [...dotnetBoot]];
  const redis = [...redisBoot(T, -60 * 24 * 5)];
  let i = 0;
  for (let m = -36; m < -0.2; m += 0.5) {
    i++;
    const after = m > AT + 0.1;
    const uid = sess(i);
    const c = cart[i % 2];
    c.push(`GetCartAsync called with userId=${uid}`);
    if (after) {
      const busy =
        'StackExchange.Redis.RedisServerException: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.';
      c.push(
        `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]`,
        `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${busy}' raised.`,
      );
      front[i % 2].push(fe(T, m, 'debug', 'request started', { i, path: i % 2 ? '/' : '/cart' }));
      front[i % 2].push(
        fe(T, m + 0.002, 'error', 'request error', {
          i,
          path: i % 2 ? '/' : '/cart',
          error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${busy}`,
        }),
      );
    } else front[i % 2].push(...feOk(T, m, i, '/'));
  }
  for (let k = 0; k * 1.0 < -AT - 0.3; k++)
    redis.push(
      `1:M ${redisTs(T, AT + 0.09 + k)} # Slow script detected: still in execution after ${5000 + k * 60000} milliseconds. You can try killing the script using the SCRIPT KILL command. Script name is: eval.`,
    );
  return {
    folder: 's12-redis-cart-busy-script',
    description:
      'boutique homepage + cart erroring for everyone since 07:33ish, "could not retrieve cart". pods all green in the dashboard',
    incidentTime,
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml v0.10.6 (redis-cart: redis:alpine, tcpSocket
      readiness/liveness on 6379; cartservice REDIS_ADDR=redis-cart:6379). Someone ran a long read-only Lua EVAL (a SCAN loop over
      every cart key, from a debug pod) 14 minutes before the incident. Redis is single-threaded: after busy-reply-threshold (5 s)
      every other client gets "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE." and the server
      logs "Slow script detected" (Redis 7 script.c); the kernel still accepts TCP, so the tcpSocket probes pass and redis-cart stays
      Ready. cartservice (RedisCartStore) wraps every failure as FailedPrecondition "Can't access cart storage", and the frontend,
      which fetches the cart on every page, logs "could not retrieve cart" (500) on the home page too. Deviations: the debug pod is not
      in the namespace's snapshot; Redis 7.4 log lines from its startup banner format.
    `,
    workloads: {},
    logs: {
      'frontend#0/server': front[0],
      'frontend#1/server': front[1],
      'cartservice#0/server': cart[0],
      'cartservice#1/server': cart[1],
      'redis-cart#0/redis': redis,
    },
  };
})();

export const scenarios = [s1, s2, s3];
