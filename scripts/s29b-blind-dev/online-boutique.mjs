// Batch s29b (blind dev): one Online Boutique incident on the session-2 system definition (release/kubernetes-manifests.yaml, v0.10.6).
// A frontend rollout whose Helm values put the wrong port in CART_SERVICE_ADDR: pods Ready, every page needing the cart answers 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-03-17T15:02:00Z';
const T = clock(INC);
const front = system.workloads.find((w) => w.name === 'frontend');
const goodEnv = front.containers[0].env;
const badEnv = goodEnv.map((e) => (e.name === 'CART_SERVICE_ADDR' ? { name: 'CART_SERVICE_ADDR', value: 'cartservice:7000' } : e));

const CART_IP = '%SVCIP:cartservice%';
const sessions = ['4c1e9a70-2b7d-4f53-9e08-6a1d3c5b7e21', 'b83f0d12-95a4-4c6e-8f17-0e2d9c4a6b38', 'e0a7c5d9-1f36-4b82-a4c9-7d58e2b1f064'];
const reqId = (i) => `${(0x3a91c0 + i * 7919).toString(16)}e2-4d1b-4a7c-9c3e-${(0x51b7e2a90c4d + i * 104729).toString(16).slice(0, 12)}`;
const fl = (min, i, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': reqId(i),
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.fields ?? {}),
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: sessions[i % sessions.length],
    severity,
    timestamp: T.isoMs(min),
  });
const dialErr = `could not retrieve cart: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${CART_IP}:7000: i/o timeout"`;
const frontLog = (offset) => {
  const out = [
    JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T.isoMs(-23.3 + offset) }),
  ];
  const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/', '/product/66VCHSJNUP', '/', '/product/9SIQT8TOJO', '/cart'];
  let i = offset * 100;
  let first = true;
  for (let m = -23.2 + offset; m < -0.2; m += 1.35) {
    const path = paths[Math.floor(i) % paths.length];
    // the first cart RPC waits out grpc-go's 20 s connect attempt; later ones fail fast while the subchannel is in TRANSIENT_FAILURE
    const took = first ? 20014 : 2 + (Math.floor(i) % 4);
    const done = m + took / 60000;
    out.push(fl(m, i, 'debug', 'request started', { path }));
    out.push(fl(done, i, 'error', 'request error', { path, error: dialErr }));
    out.push(fl(done, i, 'debug', 'request complete', { path, fields: { 'http.resp.bytes': 6398, 'http.resp.status': 500, 'http.resp.took_ms': took } }));
    first = false;
    i += 1;
  }
  return out;
};

const cartLog = [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://[::]:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];

export const scenarios = [
  {
    folder: 's29b-frontend-cart-addr-port',
    incidentTime: INC,
    description: 'boutique homepage + product pages throwing 500s since ~14:40. cart svc?',
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml v0.10.6): the frontend reads CART_SERVICE_ADDR=cartservice:7070 and dials it with
      grpc.DialContext without blocking; its /_healthz readiness and liveness probes answer without calling any backend, so a wrong address
      never makes a frontend pod unready. homeHandler fetches currencies, products, then the cart (renderHTTPError "could not retrieve cart"),
      and the product and cart pages fetch the cart too.
      Incident: the storefront team moved the frontend's addresses into Helm values (revision 5, rolled out 14:38) and copied the currency
      port into the cart address (cartservice:7000). The cartservice Service exposes only 7070; on GKE's iptables kube-proxy a packet to a
      ClusterIP on an unlisted port matches no rule and is dropped, so the first RPC waits grpc-go's 20 s connect timeout and later RPCs fail
      fast in TRANSIENT_FAILURE with "transport: Error while dialing: dial tcp <clusterIP>:7000: i/o timeout". Both new frontend pods are
      Ready, the rollout completed, cartservice and redis-cart are healthy and silent (no one reaches them but checkoutservice, which has the
      right address). Decoy: cartservice was OOMKilled three days ago (restart count 1) and the engineer suspects "cart svc".
      A careful engineer diffing the frontend's env across ReplicaSets names the frontend's wrong config (bad-deploy-rollout also accepted).
      Log formats: the frontend's logrus JSON fields (http.req.id, http.req.path, http.resp.status, http.resp.took_ms, session, severity),
      .NET Microsoft.Hosting.Lifetime console lines for cartservice.`,
    workloads: {
      frontend: {
        rollout: { at: -24, revision: 5, oldContainers: { server: { env: goodEnv } } },
        containers: { server: { env: badEnv } },
      },
      cartservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 200),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 200.1) },
              }),
            },
          },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1 from 0', first: -24, last: -24 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -23.4, last: -23.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -23.4, last: -23.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -22.9, last: -22.9 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -23.5, last: -23.5 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -23.45, last: -23.45 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -23.4, last: -23.4 },
      { on: 'pod:frontend#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -23.0, last: -23.0 },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -22.9, last: -22.9 },
    ],
    logs: {
      'frontend#0/server': frontLog(0),
      'frontend#1/server': frontLog(0.6),
      'cartservice#0/server': cartLog,
      'cartservice#1/server': cartLog,
      'redis-cart#0/redis': [
        '1:C 08 Mar 2026 15:02:20.114 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
        '1:M 08 Mar 2026 15:02:20.116 * Running mode=standalone, port=6379.',
        '1:M 08 Mar 2026 15:02:20.117 * Server initialized',
        '1:M 08 Mar 2026 15:02:20.117 * Ready to accept connections tcp',
        '1:M 17 Mar 2026 14:12:02.003 * 100 changes in 300 seconds. Saving...',
        '1:M 17 Mar 2026 14:12:02.004 * Background saving started by pid 412',
        '412:C 17 Mar 2026 14:12:02.019 * DB saved on disk',
        '1:M 17 Mar 2026 14:12:02.105 * Background saving terminated with success',
      ],
    },
  },
];
