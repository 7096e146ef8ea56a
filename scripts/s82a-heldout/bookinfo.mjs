// Blind held-out batch s82a: one Bookinfo scenario (split test), written as a spec for scripts/s2-scenario-kit.mjs
// on the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream selectors); built by scripts/s82a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const I1 = '2026-07-02T09:52:00Z';
const T = clock(I1);
const pp = base.workloads.find((w) => w.name === 'productpage-v1');
const proxy = pp.containers.find((c) => c.name === 'istio-proxy');
const lowProxy = { ...proxy.resources, limits: { ...proxy.resources.limits, memory: '256Mi' } };
const agent = (min, scope, msg) => `${T.isoMs(min).replace('Z', '')}${String(Math.round((min * 997) % 1000)).replace('-', '').padStart(3, '0')}Z\t${scope}\t${msg}`;
const startup = (m) => [
  agent(m, 'info', 'FLAG: --concurrency="2"'),
  agent(m, 'info', 'FLAG: --domain="bookinfo.svc.cluster.local"'),
  agent(m, 'info', 'FLAG: --proxyComponentLogLevel="misc:error"'),
  agent(m, 'info', 'FLAG: --proxyLogLevel="warning"'),
  agent(m + 0.002, 'info', 'Version 1.23.2-7ea8b4a0ae5b5fda7e2a6ca7e1e6c4e8d10b2b8a-Clean'),
  agent(m + 0.003, 'info', 'Maximum file descriptors (ulimit -n): 1048576'),
  agent(m + 0.004, 'info', 'Proxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local'),
  agent(m + 0.01, 'info', 'cache\tgenerated new workload certificate\tlatency=118.620121ms ttl=23h59m59.88130591s'),
  agent(m + 0.012, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1'),
  agent(m + 0.02, 'info', 'ads\tADS: new connection for node:1'),
  agent(m + 0.05, 'info', 'ads\tSDS: PUSH request for node:%POD%.bookinfo resources:1 size:4.0kB resource:default'),
  agent(m + 0.2, 'info', 'Readiness succeeded in 1.341264583s'),
  agent(m + 0.2, 'info', 'Envoy proxy is ready'),
];

export const scenarios = [
  bookinfoScenario({
    folder: 's82a-product-page-flapping',
    incidentTime: I1,
    description: 'bookinfo product page gives 503s on and off since about 9:30. reviews + ratings look fine from our side',
    expected: { component: 'productpage', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'productpage', cause: 'resource-exhaustion' },
      { component: 'productpage', cause: 'crash-loop' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression'],
    grounding: `
      Manifest facts (istio samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 injection): productpage-v1 is one
      replica; the injected istio-proxy container takes its memory limit from the pod annotation
      sidecar.istio.io/proxyMemoryLimit when set (default limit 1Gi). Inbound traffic to productpage passes its sidecar,
      so when the sidecar dies the pod goes unready and the Service has no endpoint until Envoy is back.
      Fault: the storefront team had set proxyMemoryLimit 256Mi on productpage; this morning the mesh's configuration
      grew (another tenant's services were added to the mesh without a Sidecar resource), and Envoy's memory, which
      grows with the clusters and endpoints it is pushed (Istio's performance and scalability notes; istio/istio issues on
      istio-proxy OOMKilled in large meshes), now exceeds 256Mi a few minutes after every start: the kernel OOM-kills
      istio-proxy (exit 137, OOMKilled), pilot-agent restarts and reconnects to istiod, and the probe on 15021 fails
      meanwhile. The app container itself never restarts; every other sidecar keeps the 1Gi default.
      Deviations from upstream: the proxyMemoryLimit annotation and the 256Mi limit are the team's own; the pilot-agent
      lines follow the 1.23 startup output, ids and latencies illustrative.`,
    workloads: {
      'productpage-v1': {
        patch: { podAnnotations: { ...pp.podAnnotations, 'sidecar.istio.io/proxyMemoryLimit': '256Mi' } },
        containers: { 'istio-proxy': { resources: lowProxy } },
        pods: [
          {
            containers: {
              'istio-proxy': cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6.3), finishedAt: T.iso(-1.9) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:productpage-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{istio-proxy}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -22.4, last: -1.8, count: 6 },
      { on: 'pod:productpage-v1#0', reason: 'Created', fieldPath: 'spec.containers{istio-proxy}', message: 'Created container istio-proxy', first: -22.4, last: -1.8, count: 6 },
      { on: 'pod:productpage-v1#0', reason: 'Started', fieldPath: 'spec.containers{istio-proxy}', message: 'Started container istio-proxy', first: -22.4, last: -1.7, count: 6 },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -22.5, last: -1.9, count: 11 },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Back-off restarting failed container istio-proxy in pod %POD%_bookinfo(%PODUID%)', first: -14.8, last: -2.0, count: 5 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -60 * 24 * 9 },
    ],
    logs: {
      'productpage-v1#0/istio-proxy/previous': [
        ...startup(-6.3),
        agent(-5.1, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=2'),
      ],
      'productpage-v1#0/istio-proxy': startup(-1.6),
      'details-v1#0/istio-proxy': [
        agent(-31.5, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=14'),
        agent(-1.5, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=15'),
      ],
      'reviews-v3#0/istio-proxy': [
        agent(-29.8, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=11'),
      ],
    },
  }),
];
