// Batch s30a held-out scenario (split: test) for Online Boutique, written blind with the scenario kit
// (scripts/s2-scenario-kit.mjs) on the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs).
import { createHash } from 'node:crypto';
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2027-02-12T18:09:00Z');
const hex = (n, k) => createHash('sha256').update(`s30a-ob/${n}/${k}`).digest('hex');
const uuid = (n) => { const x = hex(n, 17); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`; };
const fl = (min, severity, message, extra) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path, ...(extra.status ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}), message, session: extra.session, severity, timestamp: T.isoMs(min) });
const REFUSED = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused"';
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/9SIQT8TOJO', '/'];

const frontend = (seed) => {
  const out = [];
  let n = seed * 1000;
  for (let m = -20; m < -0.2; m += 0.47) {
    n++;
    const path = PATHS[n % PATHS.length];
    const id = uuid(n), session = uuid(n % 37);
    out.push(fl(m, 'debug', 'request started', { id, path, session }));
    if (m < -7.2) {
      out.push(fl(m + 0.004, 'debug', 'request complete', { id, path, session, status: 200, bytes: 7800 + (n % 900), took: 18 + (n % 40) }));
    } else {
      const what = path === '/' ? 'could not retrieve products' : path === '/cart' ? 'could not retrieve cart' : 'could not retrieve product';
      const err = path === '/cart' ? `failed to get product #"OLJCESPC7Z": ${REFUSED}` : REFUSED;
      out.push(fl(m + 0.002, 'error', 'request error', { id, path, session, error: `${what}: ${err}` }));
      out.push(fl(m + 0.003, 'debug', 'request complete', { id, path, session, status: 500, bytes: 3540, took: 1 + (n % 3) }));
    }
  }
  return out;
};

const rec = [];
for (let m = -20; m < -0.2; m += 1.6) {
  const ts = Math.floor(Date.parse(T.isoMs(m)) / 1000);
  if (m < -7.2) rec.push(JSON.stringify({ timestamp: ts, severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\', \'LS4PSXUNUM\']' }));
  else rec.push(
    JSON.stringify({ timestamp: ts, severity: 'ERROR', name: 'grpc._server', message: 'Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"\n\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused", grpc_status:14}"\n>' }),
  );
}

export const scenarios = [
  {
    folder: 's30a-catalog-after-hours-scaledown',
    split: 'test',
    description: 'shop is down - every page returns 500 since about 18:00',
    incidentTime: '2027-02-12T18:09:00Z',
    expected: { component: 'productcatalogservice', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: microservices-demo release/kubernetes-manifests.yaml v0.10.6 (productcatalogservice on gRPC 3550, the frontend and
      recommendationservice dial productcatalogservice:3550), as in the session-2 system definition (2 catalogue replicas).
      Fault: a cost-saving change copied kube-downscaler's annotation downscaler/uptime "Mon-Fri 07:30-19:00 Europe/Berlin" from the
      staging overlay onto the production productcatalogservice Deployment; at 19:00 Berlin (18:00 UTC) kube-downscaler set
      replicas to 0 and recorded downscaler/original-replicas "2" (kube-downscaler README). The Deployment is healthy at 0
      replicas, the Service keeps its ClusterIP with an empty Endpoints object, so kube-proxy rejects connections: the Go
      frontend logs "could not retrieve products: rpc error: code = Unavailable ... connect: connection refused" for every page and
      recommendationservice's gRPC server logs UNAVAILABLE "Failed to connect to remote host: Connection refused".
      Decoy: a currencyservice rollout three hours earlier, healthy.`,
    workloads: {
      productcatalogservice: {
        replicas: 0,
        pods: [],
        rsReplicas: 0,
        endpointsChanged: -7.3,
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 07:30-19:00 Europe/Berlin', 'downscaler/original-replicas': '2' },
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
          ],
        },
      },
      currencyservice: { rollout: { at: -185, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.5' } } } },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%NEW% to 0 from 2', first: -7.4 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -185 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -184.5 },
    ],
    logs: {
      'frontend#0/server': frontend(1),
      'frontend#1/server': frontend(2),
      'recommendationservice#0/server': rec,
    },
  },
];
