// Batch s35a (blind dev): one Online Boutique incident as a kit spec — productcatalogservice left re-parsing its catalog on every
// request after a SIGUSR1 sent during a profiling session; one replica burns its CPU limit and half of the frontend crawls.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-04-14T14:38:00Z';
const T = clock(INC);

// frontend's logrus JSON (JSONFormatter with level→severity, msg→message; keys sorted) as src/frontend/middleware.go logs it.
const fl = (min, sev, msg, f) => {
  const o = { ...f, message: msg, severity: sev, timestamp: T.isoMs(min) };
  return JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])));
};
const pcl = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });

const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const PATHS = (i) => (i % 4 === 0 ? '/' : i % 4 === 1 ? `/product/${PRODUCTS[i % PRODUCTS.length]}` : i % 4 === 2 ? '/cart' : `/product/${PRODUCTS[(i * 7) % PRODUCTS.length]}`);
const hex = (i, salt) => {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  let s = '';
  for (let k = 0; k < 32; k++) { x = (x * 1103515245 + 12345) >>> 0; s += '0123456789abcdef'[(x >>> 16) & 15]; }
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20, 32)}`;
};
// One frontend's request log from `from` to the incident; slow after `slowFrom` (the pinned gRPC connection goes to the reloading pod).
function frontendLog(salt, from, slowFrom) {
  const out = [];
  let i = 0;
  for (let m = from; m < -0.05; m += 0.09 + ((i * 37) % 11) / 100, i++) {
    const id = hex(i, salt), session = hex(i % 23, salt + 7), path = PATHS(i);
    const slow = slowFrom !== null && m >= slowFrom;
    const took = slow ? 1800 + ((i * 389) % 4300) : 4 + ((i * 13) % 48);
    out.push(fl(m, 'debug', 'request started', { 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, session }));
    if (slow && i % 17 === 5 && path !== '/cart') {
      out.push(fl(m + took / 60000, 'error', 'request error', { error: `could not retrieve product${path === '/' ? 's' : ''}: rpc error: code = Canceled desc = context canceled`, 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, session }));
      continue;
    }
    if (path.startsWith('/product/')) out.push(fl(m + 0.0001, 'debug', 'serving product page', { currency: 'USD', 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, id: path.slice(9), session }));
    out.push(fl(m + took / 60000, 'debug', 'request complete', { 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 7200 + ((i * 97) % 3100), 'http.resp.status': 200, 'http.resp.took_ms': took, session }));
  }
  return out;
}

const pcStart = (min) => [
  pcl(min, 'Tracing disabled.'),
  pcl(min + 0.001, 'Profiling disabled.'),
  pcl(min + 0.002, 'loading catalog from local products.json file...'),
  pcl(min + 0.003, 'successfully parsed product catalog json'),
  pcl(min + 0.004, 'starting grpc server at :3550'),
];
const reloading = [];
for (let m = -23.9, i = 0; m < -0.02; m += 0.05 + ((i * 7) % 5) / 100, i++) {
  reloading.push(pcl(m, 'loading catalog from local products.json file...'), pcl(m + 0.004 + ((i * 3) % 7) / 1000, 'successfully parsed product catalog json'));
}

const restart2d = { restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2) } };

export const scenarios = [
  {
    folder: 's35a-productcatalog-usr1-reload-cpu',
    description: 'shop is crawling, product pages and home take 3-6s for a lot of users since ~14:15',
    incidentTime: INC,
    expected: { component: 'productcatalogservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6): productcatalogservice has 2 replicas here, limits cpu 200m /
      memory 128Mi, gRPC readiness and liveness probes on :3550 with timeoutSeconds 1; the frontend reaches it through
      PRODUCT_CATALOG_SERVICE_ADDR=productcatalogservice:3550 with one long-lived gRPC ClientConn, so each frontend pod's HTTP/2
      connection is pinned by kube-proxy to one productcatalogservice pod.
      Fault: productcatalogservice's server.go handles SIGUSR1 by logging "Received signal: user defined signal 1" and "Enable catalog
      reloading" and from then on parseCatalog reloads products.json on every ListProducts/GetProduct/SearchProducts call (the
      "performance bug" the demo ships for Cloud Profiler walkthroughs; catalog_loader.go logs "loading catalog from local products.json
      file..." and "successfully parsed product catalog json" each time). An engineer sent it with kubectl exec during a profiling session
      at 14:14 to one pod and forgot it. That pod parses JSON continuously at its 200m limit (CFS throttled); it stays Ready, with a few
      readiness probe timeouts (kubelet's gRPC prober text "timeout: health rpc did not complete within 1s"). The frontend pinned to it
      logs request complete with took_ms of seconds and, when browsers give up, "could not retrieve products: rpc error: code = Canceled
      desc = context canceled"; the other frontend, pinned to the healthy replica, stays fast.
      The careful answer is CPU exhaustion on productcatalogservice (the reload is the reason it is exhausted); nothing is crashed.
      Decoys: adservice rolled out 2 h earlier (image v0.10.5 to v0.10.6, healthy) and an old cartservice restart two days ago.`,
    workloads: {
      adservice: { rollout: { at: -130, oldReplicas: 0, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.5' } } } },
      cartservice: { pods: [{ containers: { server: cs.restartedRunning(restart2d) } }, {}] },
    },
    events: [
      { on: 'pod:productcatalogservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -21, last: -1.5, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -17, last: -4, count: 2, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'productcatalogservice#0/server': [
        ...pcStart(-60 * 24 * 9 + 0.3),
        pcl(-24.05, 'Received signal: user defined signal 1'),
        pcl(-24.05, 'Enable catalog reloading'),
        ...reloading,
      ],
      'productcatalogservice#1/server': pcStart(-60 * 24 * 9 + 0.4),
      'frontend#0/server': frontendLog(11, -32, -24),
      'frontend#1/server': frontendLog(29, -32, null),
      'adservice#0/server': [
        `${T.java(-129.4).replace(' ', 'T')}Z [main] INFO  hipstershop.AdService - AdService starting.`,
        `${T.java(-129.3).replace(' ', 'T')}Z [main] INFO  hipstershop.AdService - Ad Service started, listening on 9555`,
        `${T.java(-2.2).replace(' ', 'T')}Z [grpc-default-executor-41] INFO  hipstershop.AdService - received ad request (context_words=[clothing])`,
        `${T.java(-0.8).replace(' ', 'T')}Z [grpc-default-executor-41] INFO  hipstershop.AdService - received ad request (context_words=[])`,
      ],
    },
  },
];
