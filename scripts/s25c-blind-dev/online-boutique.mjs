// Blind dev scenario of batch s25c for Online Boutique (session-2 system of scripts/s2-scenarios/online-boutique.mjs):
// a Helm-chart migration rewrites the productcatalogservice Service with targetPort 8080 while the pods listen on 3550.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const T = clock('2026-05-21T14:51:00Z');
const SESS = ['9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', '4d7a1e93-6c2b-48f0-9e35-b1f8a2c07d54', 'e03c5b8f-2a7d-4e16-b9c4-7f1d3a6e2b80', '71c9e2a4-5f3b-4d08-a6e1-9b2c4d8f0e37'];
const REQ = (i) => `${(0x3f2a9c10 + i * 7919).toString(16)}-8e4b-4c1d-9a7f-${(0x2b6e1d4c9a30 + i * 104729).toString(16).slice(0, 12)}`;
const refused = 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused\\"';
const fe = (min, i, path, what) =>
  `{"error":"${what}: ${refused}","http.req.id":"${REQ(i)}","http.req.method":"GET","http.req.path":"${path}","message":"request error","session":"${SESS[i % 4]}","severity":"error","timestamp":"${T.isoMs(min)}"}`;
const feOk = (min, i, path, status, ms) => [
  `{"http.req.id":"${REQ(i)}","http.req.method":"GET","http.req.path":"${path}","message":"request started","session":"${SESS[i % 4]}","severity":"debug","timestamp":"${T.isoMs(min)}"}`,
  `{"http.req.id":"${REQ(i)}","http.req.method":"GET","http.req.path":"${path}","http.resp.bytes":${status === 200 ? 10418 : 1531},"http.resp.status":${status},"http.resp.took_ms":${ms},"message":"request complete","session":"${SESS[i % 4]}","severity":"debug","timestamp":"${T.isoMs(min + 0.0005)}"}`,
];
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO'];
const frontLog = (offset) => {
  const out = [];
  // before 14:35 all fine; then every page that lists or shows products fails.
  for (const [m, p] of [[-22.1, '/'], [-21.4, `/product/${PRODUCTS[0]}`], [-19.8, '/cart'], [-18.2, '/']]) out.push(...feOk(m + offset, out.length, p, 200, 38));
  const fails = [
    [-15.9, '/', 'could not retrieve products'],
    [-15.4, `/product/${PRODUCTS[2]}`, 'could not retrieve product'],
    [-14.7, '/', 'could not retrieve products'],
    [-13.1, '/cart', 'could not retrieve products'],
    [-11.8, `/product/${PRODUCTS[5]}`, 'could not retrieve product'],
    [-10.2, '/', 'could not retrieve products'],
    [-8.6, '/', 'could not retrieve products'],
    [-6.9, `/product/${PRODUCTS[7]}`, 'could not retrieve product'],
    [-5.5, '/', 'could not retrieve products'],
    [-3.3, '/cart', 'could not retrieve products'],
    [-1.7, '/', 'could not retrieve products'],
    [-0.6, `/product/${PRODUCTS[1]}`, 'could not retrieve product'],
  ];
  fails.forEach(([m, p, w], i) => {
    out.push(`{"http.req.id":"${REQ(100 + i)}","http.req.method":"GET","http.req.path":"${p}","message":"request started","session":"${SESS[i % 4]}","severity":"debug","timestamp":"${T.isoMs(m + offset)}"}`);
    out.push(fe(m + offset + 0.0002, 100 + i, p, w));
  });
  return out;
};
const recErr = (min) => [
  `{"timestamp": ${(Date.parse(T.isoMs(min)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=[]"}`,
  `{"timestamp": ${(Date.parse(T.isoMs(min)) / 1000 + 0.004).toFixed(6)}, "severity": "ERROR", "name": "grpc._server", "message": "Exception calling application: <_InactiveRpcError of RPC that terminated with:\\n\\tstatus = StatusCode.UNAVAILABLE\\n\\tdetails = \\"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused\\"\\n\\tdebug_error_string = \\"UNKNOWN:Error received from peer  {grpc_message:\\"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused\\", grpc_status:14, created_time:\\"${T.isoMs(min).replace('Z', '000+00:00')}\\"}\\"\\n>"}`,
];

export const scenarios = [
  {
    folder: 's25c-productcatalog-svc-targetport',
    incidentTime: '2026-05-21T14:51:00Z',
    description: 'frontend down?? homepage + product pages 500 for everyone since 14:35',
    expected: { component: 'productcatalogservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'wrong-target-port', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 release manifest: productcatalogservice listens on 3550 (PORT=3550, gRPC probes on 3550) and its
      Service maps 3550 -> 3550; frontend, checkoutservice and recommendationservice dial productcatalogservice:3550. At 14:35
      the catalog team's Services are moved to a shared Helm chart whose service template defaults targetPort to 8080
      (as emailservice's Service legitimately does upstream, 5000 -> 8080), so the productcatalogservice Service now maps
      3550 -> 8080: Endpoints still list both Ready pods, but on port 8080 where nothing listens. The pods stay Running and
      Ready (kubelet gRPC probes hit 3550 directly) and log nothing; every caller gets connection refused from the ClusterIP.
      frontend logs its real logrus JSON "request error" with "could not retrieve products: rpc error: code = Unavailable
      desc = connection error: desc = \\"transport: Error while dialing: dial tcp <ip>:3550: connect: connection refused\\"",
      recommendationservice the Python grpc "_InactiveRpcError ... failed to connect to all addresses ... Connection
      refused". The only trace in the snapshot is the Service's targetPort against the container port, and the Endpoints'
      last-change time. Decoys: a healthy cartservice rollout two hours before, an old adservice OOM kill.
    `,
    workloads: {
      productcatalogservice: {
        servicePorts: [{ name: 'grpc', port: 3550, targetPort: 8080 }],
        endpointsChanged: -16.2,
      },
      cartservice: { rollout: { at: -128, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/cartservice:v0.10.5' } } } },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:cartservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -128, message: 'Scaled up replica set cartservice-%NEW% from 0 to 1' },
      { on: 'deploy:cartservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -127.4, message: 'Scaled down replica set cartservice-%OLD% from 2 to 1' },
      { on: 'deploy:cartservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -127.3, message: 'Scaled up replica set cartservice-%NEW% from 1 to 2' },
      { on: 'deploy:cartservice', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -126.8, message: 'Scaled down replica set cartservice-%OLD% from 1 to 0' },
    ],
    logs: {
      'frontend#0/server': frontLog(0),
      'frontend#1/server': frontLog(0.21),
      'recommendationservice#0/server': [...recErr(-15.9), ...recErr(-15.4), ...recErr(-11.8), ...recErr(-6.9), ...recErr(-0.6)],
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9)}"}`,
      ],
      'productcatalogservice#1/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9)}"}`,
      ],
      'cartservice#0/server': [
        'info: cartservice.cartstore.RedisCartStore[0]',
        '      Connecting to Redis: redis-cart:6379',
        'info: Microsoft.Hosting.Lifetime[14]',
        '      Now listening on: http://[::]:7070',
      ],
    },
  },
];
