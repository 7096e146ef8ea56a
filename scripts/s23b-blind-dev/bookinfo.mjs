// Blind dev scenario s23b for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs): productpage's istio-proxy sidecar,
// capped at 128Mi by a proxyMemoryLimit annotation two days earlier, OOMKilled over and over once the mesh's config grew.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as bi, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = bi;

const IT = '2026-06-02T15:47:00Z';
const T = clock(IT);
const pp = bi.workloads.find((w) => w.name === 'productpage-v1');
const proxyBase = pp.containers.find((c) => c.name === 'istio-proxy');
const SLIM = {
  ...pp.podAnnotations,
  'sidecar.istio.io/proxyCPU': '50m',
  'sidecar.istio.io/proxyMemory': '64Mi',
  'sidecar.istio.io/proxyMemoryLimit': '128Mi',
};
const slimRes = { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '2', memory: '128Mi' } };
const isoUs = (min) => T.isoMs(min).replace('Z', '000Z');
const ia = (min, lvl, scope, msg) => `${isoUs(min)}\t${lvl}\t${scope ? `${scope}\t` : ''}${msg}`;

const proxyBoot = (t0) => [
  ia(t0, 'info', '', 'FLAG: --concurrency="2"'),
  ia(t0, 'info', '', 'Version 1.23.2-8a8d4e5bd7ba8fd1e42c0d6a6e7d0d0d8c6f3c21-Clean'),
  ia(t0 + 0.001, 'info', '', 'Proxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local'),
  ia(t0 + 0.002, 'info', 'xdsproxy', 'Initializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"'),
  ia(t0 + 0.003, 'info', 'sds', 'Starting SDS grpc server'),
  ia(t0 + 0.003, 'info', '', 'Pilot SAN: [istiod.istio-system.svc]'),
  ia(t0 + 0.004, 'info', '', 'Starting proxy agent'),
  ia(t0 + 0.004, 'info', '', 'Envoy command: [-c etc/istio/proxy/envoy-rev.json --drain-time-s 45 --drain-strategy immediate --local-address-ip-version v4 --file-flush-interval-msec 1000 --disable-hot-restart --allow-unknown-static-fields -l warning --component-log-level misc:error --concurrency 2]'),
  ia(t0 + 0.006, 'info', 'cache', 'generated new workload certificate\tresourceName=default latency=118.31ms ttl=23h59m59.6s'),
  ia(t0 + 0.007, 'info', 'ads', 'ADS: new connection for node:1'),
  ia(t0 + 0.008, 'info', 'xdsproxy', 'connected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1'),
  ia(t0 + 0.05, 'warn', '', 'Envoy proxy is NOT ready: config received from XDS server, but not yet applied: cds updates: 1 successful, 0 rejected; lds updates: 0 successful, 0 rejected'),
];

const prev = [
  ...proxyBoot(-4.1),
  ia(-3.95, 'info', '', 'Readiness succeeded in 9.412s'),
  ia(-3.95, 'info', '', 'Envoy proxy is ready'),
  ia(-2.1, 'info', 'xdsproxy', 'received delta response for type.googleapis.com/envoy.config.cluster.v3.Cluster\tnonce=31f7b0c2-9a41-4ad3-8d86-0e2b1c9f7a55 resources=3127 removes=0'),
];
const cur = [...proxyBoot(-0.7)];

const ppLog = [];
let k = 0;
for (let m = -22; m < -0.1; m += 0.45) {
  const down = (m > -1.2 && m < -0.6) || (m > -4.6 && m < -4.0) || (m > -8.1 && m < -7.5) || (m > -11.9 && m < -11.3);
  ppLog.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  if (!down) ppLog.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  ppLog.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  if (!down) ppLog.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${k % 3 ? 375 : 295}`);
  k++;
}
export const scenarios = [
  bookinfoScenario({
    folder: 's23b-productpage-sidecar-oom-128mi',
    split: 'dev',
    description: 'bookinfo productpage flapping 503 no healthy upstream from the gateway since ~15:25',
    incidentTime: IT,
    expected: { component: 'productpage', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml with automatic sidecar injection (Istio 1.23): one productpage-v1
      replica behind the productpage Service, the injected istio-proxy with 100m/128Mi requests and a 1Gi limit. Two days earlier
      the storefront team added the documented injection annotations sidecar.istio.io/proxyCPU 50m, proxyMemory 64Mi and
      proxyMemoryLimit 128Mi to productpage to cut its footprint (a new ReplicaSet, healthy for two days). Without a Sidecar resource
      every Envoy receives the cluster-wide CDS/EDS; at 15:20 another team enrolled a large namespace in the mesh, and a sidecar's
      config grew to over 3,000 clusters (the delta XDS response in the pilot-agent log) - a known cause of sidecar memory growth
      in Istio's own performance docs. The other Bookinfo proxies, at 1Gi, absorb it; productpage's proxy is OOMKilled (exit 137)
      within about two minutes of each start: restartCount 9, back-off, readiness on :15021 failing, so the only productpage
      endpoint flaps NotReady and the ingress gateway answers 503 "no healthy upstream". Meanwhile the app container keeps running;
      its urllib3 debug lines show outbound calls to details and reviews starting but never completing while the proxy is down
      (iptables still redirects them to the dead Envoy). The pilot-agent log format (RFC3339 microseconds, tab-separated level and
      scope) is Istio's. Decoy: a healthy reviews-v3 rollout an hour earlier.`,
    workloads: {
      'productpage-v1': {
        patch: { podAnnotations: SLIM },
        containers: { 'istio-proxy': { resources: slimRes } },
        rollout: { at: -60 * 24 * 2 - 95, revision: 3, oldPatch: { podAnnotations: pp.podAnnotations }, oldContainers: { 'istio-proxy': { resources: proxyBase.resources } } },
        endpointsChanged: -1.2,
        pods: [
          {
            created: T.iso(-60 * 24 * 2 - 94.5),
            ready: false,
            readyTransition: T.iso(-1.2),
            containers: {
              productpage: cs.running(T.iso(-60 * 24 * 2 - 94.2)),
              'istio-proxy': cs.restartedRunning({
                restarts: 9,
                startedAt: T.iso(-0.7),
                ready: false,
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.1), finishedAt: T.iso(-1.2) },
              }),
            },
          },
        ],
      },
      'reviews-v3': {
        rollout: { at: -64, revision: 4, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v3:1.19.1' } } },
      },
    },
    events: [
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -26.5, last: -0.6, count: 31, type: 'Warning', fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container istio-proxy in pod %POD%_bookinfo(%PODUID%)', first: -19.2, last: -1.1, count: 14, type: 'Warning', fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -26.9, last: -0.7, count: 9, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -26.9, last: -0.7, count: 9, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -26.9, last: -0.7, count: 9, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -64 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -62.8 },
    ],
    logs: {
      'productpage-v1#0/productpage': ppLog,
      'productpage-v1#0/istio-proxy': cur,
      'productpage-v1#0/istio-proxy/previous': prev,
    },
  }),
];
