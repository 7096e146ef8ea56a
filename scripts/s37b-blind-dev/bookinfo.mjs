// Batch s37b blind dev scenario for Istio Bookinfo (the workloads bookinfo.yaml deploys, sidecar-injected), written
// without knowledge of the engine: productpage's HPA cannot scale out past a namespace pod-count ResourceQuota.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// bookinfo.yaml only: details-v1 and ratings-v1 own the details and ratings Services.
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1'
        ? { ...w, service: { name: 'details', ...HTTP } }
        : w.name === 'ratings-v1'
          ? { ...w, service: { name: 'ratings', ...HTTP } }
          : w,
    ),
};
const SEL = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const withSelectors = (wl) => {
  const out = { ...wl };
  for (const [n, app] of Object.entries(SEL)) out[n] = { serviceSelector: { app }, ...(wl[n] ?? {}) };
  return out;
};

// Istio's default TEXT access-log format (proxyv2 1.23).
const acc = (T, min, { method = 'GET', path, code, flags = '-', details = 'via_upstream', sent, dur, up, authority, upstream, cluster, local, downLocal, remote, route = 'default', ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', xff = '-', rid, conn = '-' }) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} ${conn} "-" 0 ${sent} ${dur} ${up} "${xff}" "${ua}" "${rid}" "${authority}" "${upstream}" ${cluster} ${local} ${downLocal} ${remote} ${route === '-' ? '- -' : `outbound_.9080_._.productpage.bookinfo.svc.cluster.local ${route}`}`;
const rid = (i) => `${(0x3f2a9c10 + i * 7919).toString(16)}-9b1e-4c7a-a${String(100 + (i % 900)).padStart(3, '0')}-5e0d${String(12000000 + i * 313).padStart(8, '0')}`;
const gun = (T, min, pid, lvl, msg) => {
  const d = T.isoMs(min);
  return `[${d.slice(0, 10)} ${d.slice(11, 19)} +0000] [${pid}] [${lvl}] ${msg}`;
};

const T1 = clock('2026-05-12T09:41:00Z');
function productpageLogs(T, k) {
  const out = [];
  // gunicorn (gevent workers, -w 8 in the image's CMD), default 30 s worker timeout; workers starved at the CPU limit.
  const kills = k === 0 ? [-22.4, -19.8, -16.1, -12.7, -9.3, -6.6, -3.9, -1.7] : [-21.1, -17.5, -13.2, -10.4, -7.1, -4.4, -2.2];
  let pid = k === 0 ? 41 : 38;
  kills.forEach((m, i) => {
    const victim = 8 + ((i * 3 + k) % 8);
    out.push(gun(T, m, 1, 'CRITICAL', `WORKER TIMEOUT (pid:${i < 2 ? victim : pid - 2})`));
    out.push(gun(T, m + 0.01, 1, 'ERROR', `Worker (pid:${i < 2 ? victim : pid - 2}) was sent SIGKILL! Perhaps out of memory?`));
    out.push(gun(T, m + 0.03, pid, 'INFO', `Booting worker with pid: ${pid}`));
    pid += 1;
  });
  return out;
}
function productpageProxy(T, k) {
  const out = [];
  const me = '%PODIP%';
  const ing = ['192.168.77.9', '192.168.45.130'][k];
  let i = k * 500;
  for (let m = -34; m < -0.2; m += 0.9) {
    i++;
    const slow = m > -25;
    const dur = slow ? 2400 + ((i * 977) % 9000) : 38 + ((i * 31) % 40);
    const xff = `198.51.100.${(i * 13) % 250},${ing}`;
    if (slow && i % 5 === 0)
      out.push(acc(T, m, { path: '/productpage', code: 503, flags: 'UC', details: 'upstream_reset_before_response_started{connection_termination}', sent: 95, dur: 30010 + (i % 9), up: '-', xff, rid: rid(i), authority: 'bookinfo.example.com', upstream: `${me}:9080`, cluster: 'inbound|9080||', local: `127.0.0.6:${40000 + (i % 20000)}`, downLocal: `${me}:9080`, remote: `${ing}:0` }));
    else
      out.push(acc(T, m, { path: '/productpage', code: 200, sent: 5289 + (i % 3) * 2, dur, up: dur - 1, xff, rid: rid(i), authority: 'bookinfo.example.com', upstream: `${me}:9080`, cluster: 'inbound|9080||', local: `127.0.0.6:${40000 + (i % 20000)}`, downLocal: `${me}:9080`, remote: `${ing}:0` }));
    // productpage's own calls to details and reviews stay fast.
    if (i % 3 === 0)
      out.push(acc(T, m + 0.002, { path: '/details/0', code: 200, sent: 178, dur: 4, up: 3, rid: rid(i), authority: 'details:9080', upstream: '%IPOF:details-v1#0%:9080', cluster: 'outbound|9080||details.bookinfo.svc.cluster.local', local: `${me}:${50000 + (i % 9000)}`, downLocal: '%SVCIP:details%:9080', remote: `${me}:${50000 + (i % 9000)}`, route: '-', ua: 'python-requests/2.31.0' }));
  }
  return out;
}
const reviewsProxy = (T, v) => {
  const out = [];
  for (let m = -30, i = 0; m < -0.5; m += 2.5, i++)
    out.push(`[${T.isoMs(m)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${v === 'v1' ? 358 : 437} ${19 + (i % 7)} ${18 + (i % 7)} "-" "python-requests/2.31.0" "${rid((v === "v1" ? 1900 : 900) + i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + i * 17} %PODIP%:9080 %IPOF:productpage-v1#${i % 2}%:${52000 + i * 31} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
  return out;
};
const webrick = (T) => {
  const out = [];
  for (let m = -30, i = 0; m < -0.5; m += 3, i++) {
    const d = T.isoMs(m);
    out.push(`127.0.0.6 - - [12/May/2026:${d.slice(11, 19)} UTC] "GET /details/0 HTTP/1.1" 200 178`, '- -> /details/0');
  }
  return out;
};

export const scenarios = [
  {
    folder: 's37b-productpage-hpa-pod-quota',
    incidentTime: '2026-05-12T09:41:00Z',
    description: 'bookinfo product page crawling / timing out since ~9:15, newsletter traffic going there right now',
    expected: { component: 'productpage', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'productpage', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (details-v1, ratings-v1, reviews-v1/v2/v3, productpage-v1,
      Services on port 9080 selecting by app), sidecar-injected with proxyv2 1.23 (istio-proxy requests 100m/128Mi). Deviations:
      productpage-v1 carries requests cpu 250m/memory 256Mi and limits 500m/512Mi and an autoscaling/v2 HPA (min 2, max 8, 60 % CPU),
      details/ratings/reviews run 2 replicas each, and the platform team's namespace ResourceQuota bookinfo-quota caps pods at 12.
      Fault: a Kubernetes ResourceQuota with a pods count (a common multi-tenant guard rail); the reviews scale-up two days earlier used
      the last headroom, so when the 09:00 newsletter traffic pushes productpage's CPU to its limit the HPA raises the Deployment to 4,
      then 6, but every create is rejected by quota admission: ReplicaSet FailedCreate "exceeded quota: bookinfo-quota, requested:
      pods=1, used: pods=12, limited: pods=12" (the apiserver's quota admission text), Deployment ReplicaFailure, and after the
      10-minute progress deadline ProgressDeadlineExceeded. The two productpage pods stay Ready but CPU-starved: gunicorn (gevent
      workers, 30 s default timeout) logs "WORKER TIMEOUT" / "was sent SIGKILL! Perhaps out of memory?" and the sidecar logs slow 200s
      and 503 UC resets; details and reviews answer fast. Decoy: a healthy details-v1 rollout two hours before.`,
    resourceQuotas: [{ name: 'bookinfo-quota', hard: { pods: '12', persistentvolumeclaims: '10', 'requests.storage': '50Gi', 'count/services': '20' }, used: { pods: '12', persistentvolumeclaims: '0', 'requests.storage': '0', 'count/services': '4' } }],
    hpas: [
      {
        name: 'productpage-v1',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'productpage-v1' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }] },
        status: {
          lastScaleTime: T1.iso(-18),
          currentReplicas: 2,
          desiredReplicas: 6,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 158, averageValue: '553m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(-24), reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 6' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 6), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T1.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    ...withSelectorsSpec(T1),
    logs: {
      'productpage-v1#0/productpage': productpageLogs(T1, 0),
      'productpage-v1#1/productpage': productpageLogs(T1, 1),
      'productpage-v1#0/istio-proxy': productpageProxy(T1, 0),
      'productpage-v1#1/istio-proxy': productpageProxy(T1, 1),
      'reviews-v2#0/istio-proxy': reviewsProxy(T1, 'v2'),
      'reviews-v1#1/istio-proxy': reviewsProxy(T1, 'v1'),
      'details-v1#0/details': webrick(T1),
    },
  },
];

function withSelectorsSpec(T) {
  const two = [{}, {}];
  return {
    workloads: withSelectors({
      'details-v1': { replicas: 2, rollout: { at: -124, revision: 5, oldReplicas: 0 } },
      'ratings-v1': { replicas: 2 },
      'reviews-v1': { replicas: 2, since: -60 * 48 },
      'reviews-v2': { replicas: 2, since: -60 * 48 },
      'reviews-v3': { replicas: 2, since: -60 * 48 },
      'productpage-v1': {
        replicas: 6,
        pods: two,
        rsReplicas: 6,
        endpointsChanged: -60 * 24 * 2,
        containers: { productpage: { resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } } } },
      },
    }),
    events: [
      { on: 'hpa:productpage-v1', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -24, source: 'horizontal-pod-autoscaler' },
      { on: 'hpa:productpage-v1', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -18, source: 'horizontal-pod-autoscaler' },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% from 2 to 4', first: -24 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% from 4 to 6', first: -18 },
      { on: 'rs:productpage-v1', reason: 'FailedCreate', type: 'Warning', count: 23, first: -24, last: -0.6, message: 'Error creating: pods "productpage-v1-%RS%" is forbidden: exceeded quota: bookinfo-quota, requested: pods=1, used: pods=12, limited: pods=12' },
    ],
  };
}

// Post-processing (scripts/s37b-build.mjs): the Deployment and ReplicaSet report the quota failure as the controllers write it.
export const post = {
  's37b-productpage-hpa-pod-quota': ({ dir, readJson, writeJson }) => {
    const T = T1;
    const dFile = `${dir}/deployments.json`;
    const rFile = `${dir}/replicasets.json`;
    const ds = readJson(dFile);
    const rs = readJson(rFile);
    const r = rs.items.find((x) => x.metadata.name.startsWith('productpage-v1-'));
    const podName = `${r.metadata.name}-x7kq2`;
    const msg = `pods "${podName}" is forbidden: exceeded quota: bookinfo-quota, requested: pods=1, used: pods=12, limited: pods=12`;
    r.status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-24), reason: 'FailedCreate', message: msg }];
    const d = ds.items.find((x) => x.metadata.name === 'productpage-v1');
    d.metadata.generation = 9;
    d.status = {
      observedGeneration: 9, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 4,
      conditions: [
        { type: 'Available', status: 'False', lastUpdateTime: T.iso(-24), lastTransitionTime: T.iso(-24), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
        { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-24), lastTransitionTime: T.iso(-24), reason: 'FailedCreate', message: msg },
        { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${r.metadata.name}" has timed out progressing.` },
      ],
    };
    writeJson(dFile, ds);
    writeJson(rFile, rs);
  },
};
void cs;
