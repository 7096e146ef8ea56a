// Blind dev batch s121a: one Online Boutique scenario (a productcatalogservice rebuild serving one gRPC stream per
// connection), on the Online Boutique system of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEW = 'us-central1-docker.pkg.dev/boutique-prod/apps/productcatalogservice:v0.10.6-perf.2';
const I = '2025-03-18T14:20:00Z';
const T = clock(I);
const fe = (min, level, msg, extra = '') => `{${extra}"message":"${msg}","severity":"${level}","timestamp":"${T.isoMs(min).replace('Z', '000Z')}"}`;
const sess = ['b2f1c0de-4e1a-4a8e-9d2e-1f6a0c9e7b31', '7d3e9a10-2c55-4f0b-8e41-c0a9f2d6b884', 'e41c88f2-9b7a-4d2e-a6f3-5c0b1d9e2a47'];
const frontendLog = [];
for (let k = 0; k < 14; k++) {
  const m = -60 + k * 2;
  frontendLog.push(fe(m, 'debug', 'request started', `"http.req.id":"${k}a7c2e1-3f0b-4d6e-9a1c-2b8e0f7d6c5${k % 10}","http.req.method":"GET","http.req.path":"/","session":"${sess[k % 3]}",`));
  frontendLog.push(fe(m + 0.01, 'debug', 'request complete', `"http.req.id":"${k}a7c2e1-3f0b-4d6e-9a1c-2b8e0f7d6c5${k % 10}","http.req.method":"GET","http.req.path":"/","http.resp.bytes":10723,"http.resp.status":200,"http.resp.took_ms":${38 + (k % 5) * 7},"session":"${sess[k % 3]}",`));
}
for (let k = 0; k < 14; k++) {
  const m = -30 + k * 2;
  const path = ['/', '/product/OLJCESPC7Z', '/cart/checkout', '/product/66VCHSJNUP'][k % 4];
  const id = `"http.req.id":"f${k}91d0c2-8e4b-4c7a-b2d1-6a3f9e0c4b1${k % 10}","http.req.method":"${path === '/cart/checkout' ? 'POST' : 'GET'}","http.req.path":"${path}","session":"${sess[k % 3]}",`;
  frontendLog.push(fe(m, 'debug', 'request started', id));
  const err = path === '/'
    ? 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded'
    : path === '/cart/checkout'
      ? 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to get product #\\"OLJCESPC7Z\\"'
      : 'could not retrieve product: rpc error: code = DeadlineExceeded desc = context deadline exceeded';
  if (k % 5 === 4) frontendLog.push(fe(m + 0.02, 'debug', 'request complete', id.replace('"session"', `"http.resp.bytes":9311,"http.resp.status":200,"http.resp.took_ms":${2900 + k * 40},"session"`)));
  else frontendLog.push(fe(m + 0.05, 'error', 'request error', `"error":"${err}",${id}`));
}
frontendLog.sort((a, b) => a.match(/"timestamp":"([^"]+)"/)[1].localeCompare(b.match(/"timestamp":"([^"]+)"/)[1]));

export const scenarios = [
  {
    folder: 's121a-catalog-rebuild-one-stream',
    incidentTime: I,
    description: 'boutique homepage hangs or 500s since ~2pm, checkout too. frontend pods all green, cart still loads',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Fault: 35 minutes before the incident productcatalogservice (both replicas) was rolled to an in-house rebuild
      (${NEW}) whose only change in the pod template is the image; the rebuild adds grpc.MaxConcurrentStreams(1) to the
      server options (a "protect the catalog" tuning). grpc-go enforces SETTINGS_MAX_CONCURRENT_STREAMS on the client: a
      ClientConn multiplexes every RPC over one HTTP/2 connection, so RPCs beyond the limit wait for a free stream
      (grpc-go issues on MaxConcurrentStreams blocking clients) and the frontend's, checkout's and recommendation's
      calls run into their deadlines. Pods stay Ready: the kubelet's gRPC health probe opens its own connection.
      The catalog itself logs nothing unusual; the frontend is the loud one (request error ... DeadlineExceeded),
      checkout fails with "failed to get product" as checkoutservice's prepOrderItems prints it.
      Deviations from upstream (release/kubernetes-manifests.yaml v0.10.6): the productcatalogservice image is the
      invented rebuild; decoy: redis-cart was OOMKilled three days ago (old restart, cart works).
    `,
    workloads: {
      productcatalogservice: {
        rollout: { at: -35, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } } },
        containers: { server: { image: NEW } },
      },
      'redis-cart': {
        pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -35 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -34.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -34.5 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -34 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.113s (2.113s including waiting). Image size: 12310021 bytes.`, first: -34.9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -34.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -34.3, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-34.8)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-34.8)}"}`,
      ],
      'productcatalogservice#1/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-34.3)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-34.3)}"}`,
      ],
      'frontend#0/server': frontendLog,
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"${sess[0]}\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-46)}"}`,
        `{"message":"payment went through (transaction_id: 3f1c2a9e-6b0d-4e8a-9c51-7a2d0e4b8f16)","severity":"info","timestamp":"${T.isoMs(-45.9)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-45.9)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"${sess[2]}\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-26)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"${sess[1]}\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-18)}"}`,
      ],
      'recommendationservice#0/server': [
        `{"timestamp": ${(Date.parse(T.iso(-40)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', 'OLJCESPC7Z']"}`,
        `{"timestamp": ${(Date.parse(T.iso(-12)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['0PUK6V6EV0', 'LS4PSXUNUM', '6E92ZMYYFZ', '66VCHSJNUP', 'OLJCESPC7Z']"}`,
      ],
      'cartservice#0/server': [
        `info: cartservice.services.CartService[0]`,
        `      GetCartAsync called with userId=${sess[1]}`,
        `info: cartservice.services.CartService[0]`,
        `      GetCartAsync called with userId=${sess[2]}`,
      ],
      'redis-cart#0/redis': [
        `1:M ${'18 Mar 2025 13:02:11.204'} * 100 changes in 300 seconds. Saving...`,
        `1:M ${'18 Mar 2025 13:02:11.205'} * Background saving started by pid 211`,
        `211:C ${'18 Mar 2025 13:02:11.213'} * DB saved on disk`,
        `1:M ${'18 Mar 2025 13:02:11.306'} * Background saving terminated with success`,
      ],
    },
  },
];
