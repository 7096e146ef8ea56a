// Batch s117c (blind dev): one Online Boutique scenario on the session-2 system definition.
// recommendationservice's PRODUCT_CATALOG_SERVICE_ADDR edited to a cluster domain missing ".local".
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };
const INC = '2026-04-21T14:31:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const rec = system.workloads.find((w) => w.name === 'recommendationservice');
const badEnv = rec.containers[0].env.map((e) => e.name === 'PRODUCT_CATALOG_SERVICE_ADDR' ? { ...e, value: 'productcatalogservice.boutique.svc.cluster:3550' } : e);
const BAD = 'productcatalogservice.boutique.svc.cluster:3550';
const pyErr = (m) => `{"timestamp": ${(Date.parse(T.isoMs(m)) / 1000).toFixed(6)}, "severity": "ERROR", "name": "recommendationservice-server", "message": "Exception calling application: <_InactiveRpcError of RPC that terminated with:\\n\\tstatus = StatusCode.UNAVAILABLE\\n\\tdetails = \\"DNS resolution failed for ${BAD}: C-ares status is not ARES_SUCCESS qtype=A name=productcatalogservice.boutique.svc.cluster is_balancer=0: Domain name not found\\"\\n\\tdebug_error_string = \\"UNKNOWN:DNS resolution failed for ${BAD}: C-ares status is not ARES_SUCCESS qtype=A name=productcatalogservice.boutique.svc.cluster is_balancer=0: Domain name not found {grpc_status:14}\\"\\n>"}`;
const front = (m, path, err) => JSON.stringify({ 'http.req.id': `5e${Math.round(m * 100 + 9000)}a1-77c2-4d0e-9b1f-0c3e${Math.round(m * 10 + 5000)}aa`, 'http.req.method': 'GET', 'http.req.path': path, error: err, message: 'request error', session: '7d1e0f52-8a34-4b6c-a2f9-1c0b3e5d7a48', severity: 'error', timestamp: T.isoMs(m) });
const ferr = 'failed to get product recommendations: rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "DNS resolution failed for productcatalogservice.boutique.svc.cluster:3550: C-ares status is not ARES_SUCCESS qtype=A name=productcatalogservice.boutique.svc.cluster is_balancer=0: Domain name not found"';
const frontLogs = [];
for (let m = -20; m < -0.2; m += 1.7) frontLogs.push(front(m, m % 2 < 1 ? '/product/OLJCESPC7Z' : '/cart', ferr));
frontLogs.unshift(JSON.stringify({ 'http.req.id': 'a0c4e1b2-3f5d-4e6a-8b7c-9d0e1f2a3b4c', 'http.req.method': 'GET', 'http.req.path': '/', 'http.resp.bytes': 10802, 'http.resp.status': 200, 'http.resp.took_ms': 38, message: 'request complete', session: '7d1e0f52-8a34-4b6c-a2f9-1c0b3e5d7a48', severity: 'debug', timestamp: T.isoMs(-22) }));
const recLogs = [
  `{"timestamp": ${(Date.parse(T.isoMs(-21.6)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "initializing recommendationservice"}`,
  `{"timestamp": ${(Date.parse(T.isoMs(-21.6)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "Profiler disabled."}`,
  `{"timestamp": ${(Date.parse(T.isoMs(-21.5)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "Tracing disabled."}`,
  `{"timestamp": ${(Date.parse(T.isoMs(-21.5)) / 1000).toFixed(6)}, "severity": "INFO", "name": "recommendationservice-server", "message": "listening on port: 8080"}`,
];
for (let m = -20; m < -0.2; m += 1.7) recLogs.push(pyErr(m));
export const scenarios = [{
  folder: 's117c-recommendation-catalog-addr-no-local',
  incidentTime: INC,
  description: 'product detail pages + cart throwing 500 since ~14:10, homepage still fine. nothing deployed by storefront team today',
  expected: { component: 'recommendationservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'recommendationservice', cause: 'network-fault' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
  workloads: {
    recommendationservice: { rollout: { at: -22, revision: 5, oldContainers: { server: { env: rec.containers[0].env } } }, containers: { server: { env: badEnv } } },
    adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3) } }) } }] },
  },
  events: [
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -22 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -21.3 },
  ],
  logs: { 'frontend#0/server': frontLogs, 'frontend#1/server': frontLogs.slice(0, 6), 'recommendationservice#0/server': recLogs },
  grounding: `Upstream release/kubernetes-manifests.yaml (34ffea9) sets recommendationservice's PRODUCT_CATALOG_SERVICE_ADDR to
  "productcatalogservice:3550"; recommendation_server.py reads it at start and dials lazily, so a bad host only fails per request.
  Fault: an in-place \`kubectl set env\` to a fully-qualified name missing ".local" (productcatalogservice.boutique.svc.cluster),
  which neither the search domains nor CoreDNS resolve; gRPC Python (c-ares) reports "DNS resolution failed ... Domain name not found".
  The pod stays Ready (its gRPC health check does not touch the catalog). The frontend's productHandler and viewCartHandler return 500
  "failed to get product recommendations" (louder), the home page does not call recommendations. Decoy: an adservice OOMKill 3 days old.
  Deviations from upstream: the env value, revision 5 of the Deployment.`,
}];
