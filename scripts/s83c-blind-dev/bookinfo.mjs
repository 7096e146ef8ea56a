// Blind dev batch s83c: Bookinfo spec (system from scripts/kit-systems/bookinfo.mjs, bookinfoScenario).
// One scenario: a cost-saving proxyMemoryLimit annotation makes productpage's istio-proxy OOMKilled over and over.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-04-11T08:40:00Z';
const T = clock(IT);
const base = system.workloads.find((w) => w.name === 'productpage-v1');
const proxy = base.containers.find((c) => c.name === 'istio-proxy');
const small = { ...proxy, resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '2', memory: '128Mi' } } };
const ANN = { 'sidecar.istio.io/proxyMemory': '64Mi', 'sidecar.istio.io/proxyMemoryLimit': '128Mi' };
const ev = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')}\t${lvl}\t${msg}`;
export const scenarios = [
  bookinfoScenario({
    folder: 's83c-productpage-proxy-memory-limit',
    description: 'bookinfo product page down for everyone, "no healthy upstream", since 8ish. nothing deployed today',
    incidentTime: IT,
    expected: { component: 'productpage', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'productpage', cause: 'crash-loop' }, { component: 'productpage', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Bookinfo (istio samples, Istio 1.23 injection): productpage-v1 is the only endpoint of Service productpage; the
      injected istio-proxy normally gets limits 2 CPU / 1Gi. Last evening (about 20 h before) a cost-saving change added
      the documented annotations sidecar.istio.io/proxyMemory: 64Mi and proxyMemoryLimit: 128Mi to the template, so the
      new ReplicaSet's istio-proxy has limits.memory 128Mi (the only template difference). Envoy's heap grows with the
      mesh's pushed configuration and morning traffic (istio/istio issues on istio-proxy OOMKilled with low limits), and
      since ~08:00 the sidecar is OOMKilled (137) and in back-off; the pod is not Ready, the Endpoints hold it as not
      ready, the gateway answers "no healthy upstream". The app container itself stays up. Decoy: the rollout is old and
      was healthy for hours ("nothing deployed today"). Deviations: the annotations are this cluster's own change.`,
    workloads: {
      'productpage-v1': {
        patch: { podAnnotations: { ...base.podAnnotations, ...ANN } },
        rollout: { at: -60 * 20, oldContainers: { 'istio-proxy': proxy } },
        containers: { 'istio-proxy': small },
        unavailableSince: -38,
        pods: [{ ready: false, readyTransition: T.iso(-3), containers: {
          'istio-proxy': cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6.5), finishedAt: T.iso(-3), backoff: '5m0s', container: 'istio-proxy' }),
        } }],
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -60 * 20 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -60 * 20 + 0.6 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.containers{istio-proxy}', first: -38, last: -6.5, count: 7 },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', first: -37, last: -2.8, count: 12 },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container istio-proxy in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', first: -30, last: -0.3, count: 44 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
      ],
      'productpage-v1#0/istio-proxy/previous': [
        ev(-6.5, 'info', 'FLAG: --concurrency="0"'),
        ev(-6.49, 'info', 'Version 1.23.2-7e2b2e6d1a8c0a4bd4ee5e1de1ef2a6d9a5b1d2c-Clean'),
        ev(-6.45, 'info', 'Proxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local'),
        ev(-6.4, 'info', 'xdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012'),
        ev(-6.3, 'info', 'ads\tADS: new connection for node:%POD%.bookinfo-1'),
        ev(-6.2, 'info', 'Readiness succeeded in 1.81s'),
        ev(-6.19, 'info', 'Envoy proxy is ready'),
      ],
      'reviews-v3#0/reviews': [`[${'4/11/26 8:37:02:118 UTC'}] 00000021 SystemOut     O Ratings service: http://ratings:9080/ratings/0`],
    },
  }),
];
export function postProcess({ readFileSync, writeFileSync }) {
  const d = new URL('../../test/scenarios/bookinfo/s83c-productpage-proxy-memory-limit/cluster/', import.meta.url);
  const rs = JSON.parse(readFileSync(new URL('replicasets.json', d)));
  for (const r of rs.items) {
    const isNew = r.spec.replicas > 0;
    const w = system.workloads.find((x) => r.metadata.name.startsWith(`${x.name}-`) && r.metadata.ownerReferences[0].name === x.name);
    const ann = w.name === 'productpage-v1' && isNew ? { ...w.podAnnotations, ...ANN } : w.podAnnotations;
    r.spec.template.metadata.annotations = ann;
  }
  writeFileSync(new URL('replicasets.json', d), JSON.stringify(rs, null, 2) + '\n');
  const pods = JSON.parse(readFileSync(new URL('pods.json', d)));
  for (const p of pods.items) {
    const w = system.workloads.find((x) => p.metadata.ownerReferences[0].name.startsWith(`${x.name}-`) && p.metadata.labels.app === system.labels(x.name).app && p.metadata.labels.version === system.labels(x.name).version);
    if (w) p.metadata.annotations = w.name === 'productpage-v1' ? { ...w.podAnnotations, ...ANN } : w.podAnnotations;
  }
  writeFileSync(new URL('pods.json', d), JSON.stringify(pods, null, 2) + '\n');
}
