// Batch s31b (blind dev): one Bookinfo incident on the kit system definition, reduced to what bookinfo.yaml deploys.
// ratings-v1 redeployed without its Istio sidecar while an ISTIO_MUTUAL DestinationRule stays: callers' mTLS is reset.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// bookinfo.yaml: details and ratings Services belong to the v1 Deployments; every Service selects by `app` only.
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w,
    ),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };

const T = clock('2026-06-03T09:47:00Z');
const ROLL = -41; // 09:06, the ratings team's chart migration
const ratingsBase = base.workloads.find((w) => w.name === 'ratings-v1');
const ratingsOnly = ratingsBase.containers.filter((c) => c.name === 'ratings');

const OLD_RATINGS_IP = '192.168.77.163'; // the sidecar-injected ratings pod the rollout replaced (no longer in the snapshot)
const TLS = 'TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end';
function proxyOut(v) {
  const out = [];
  let i = 0;
  for (let m = -55; m < -0.05; m += v === 'v2' ? 0.55 : 0.6, i++) {
    const rid = `${(0x5c1e0 + i * 977 + (v === 'v2' ? 13 : 71)).toString(16)}d2-8e4b-9a1f-b6c3-${(0x4a2b9c1d7e3f + i).toString(16)}`;
    const book = i % 3;
    if (m < ROLL + 0.7) {
      out.push(`[${T.isoMs(m)}] "GET /ratings/${book} HTTP/1.1" 200 - via_upstream - "-" 0 48 ${3 + (i % 4)} ${2 + (i % 4)} "-" "Apache-CXF/3.5.5" "${rid}" "ratings:9080" "${OLD_RATINGS_IP}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${41000 + i * 17} %SVCIP:ratings%:9080 %PODIP%:${52000 + i * 11} - default`);
    } else {
      out.push(`[${T.isoMs(m)}] "GET /ratings/${book} HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{remote_connection_failure|${TLS.replaceAll(' ', '_')}} - "${TLS}" 0 190 ${1 + (i % 3)} - "-" "Apache-CXF/3.5.5" "${rid}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:${52000 + i * 11} - default`);
    }
    out.push(`[${T.isoMs(m - 0.01)}] "GET /reviews/${book} HTTP/1.1" 200 - via_upstream - "-" 0 ${m < ROLL + 0.7 ? 358 : 395} ${m < ROLL + 0.7 ? 9 : 6} ${m < ROLL + 0.7 ? 8 : 5} "-" "python-requests/2.31.0" "${rid}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${46000 + i * 3} %PODIP%:9080 %IPOF:productpage-v1#0%:${38000 + i * 7} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
  }
  return out;
}
function reviewsApp(v) {
  const out = [];
  let i = 0;
  for (let m = ROLL + 0.7; m < -0.05; m += v === 'v2' ? 0.55 : 0.6, i++) out.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
  return out;
}
function productpage() {
  const out = [];
  let i = 0;
  for (let m = -55; m < -0.05; m += 0.4, i++) {
    const d = new Date(Date.parse('2026-06-03T09:47:00Z') + m * 60000);
    const ts = `${String(d.getUTCDate()).padStart(2, '0')}/Jun/2026 ${d.toISOString().slice(11, 19)}`;
    const book = i % 3;
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${book} HTTP/1.1" 200 178`);
    const size = i % 3 === 0 ? 295 : m < ROLL + 0.7 ? 358 : 395; // one in three requests lands on reviews-v1 (no ratings call)
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${book} HTTP/1.1" 200 ${size}`);
    out.push(`INFO:werkzeug:::ffff:127.0.0.6 - - [${ts}] "GET /productpage HTTP/1.1" 200 -`);
  }
  return out;
}

export const scenarios = [
  {
    folder: 's31b-ratings-no-sidecar-istio-mutual',
    incidentTime: '2026-06-03T09:47:00Z',
    description: 'bookinfo productpage: every book shows "Ratings service is currently unavailable", no stars',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'callers-only', 'rollout-regression', 'decoy'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (images 1.20.1, every Service selecting by app, port 9080)
      with sidecar injection (Istio 1.23) and samples/bookinfo/networking/destination-rule-all-mtls.yaml applied, whose
      ratings DestinationRule sets trafficPolicy.tls.mode ISTIO_MUTUAL. At 09:06 the ratings team redeployed ratings-v1 from
      a new Helm chart whose pod template carries sidecar.istio.io/inject: "false" (a default copied from a batch-job chart):
      the new pod has no istio-init/istio-proxy, is Running and Ready (1/1, no probes), the rollout completes and the old
      sidecar pod is gone. Because the DestinationRule forces ISTIO_MUTUAL (auto-mTLS would have sent plaintext), the
      reviews-v2/v3 sidecars open TLS to a plaintext Node.js server and every call fails: Envoy's default access log shows
      503 UF,URX with upstream transport failure "TLS_error:...WRONG_VERSION_NUMBER" (the well-known Istio symptom of mTLS
      to a pod without sidecar), and reviews (LibertyRestEndpoint) prints "Error: unable to contact
      http://ratings:9080/ratings got status of 503"; productpage renders the fallback "Ratings service is currently
      unavailable" with status 200 (urllib3 DEBUG lines and werkzeug's access log as productpage.py writes them).
      ratings itself only prints its startup line ("Server listening on: 9080"): the TLS ClientHello bytes are dropped by
      Node's HTTP parser without a log. DestinationRules are not in the snapshot's kinds; the evidence is the pod template
      (annotation, no sidecar), the new ReplicaSet and the callers' TLS errors. reviews-v1 never calls ratings.
      Decoy: a reviews-v1 container restarted two days ago.
    `,
    workloads: {
      ...Object.fromEntries(Object.entries(SELECT).map(([wl, app]) => [wl, { serviceSelector: { app } }])),
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        patch: {
          initContainers: undefined,
          containers: ratingsOnly,
          volumes: undefined,
          podAnnotations: { 'sidecar.istio.io/inject': 'false' },
        },
        rollout: {
          at: ROLL,
          revision: 5,
          oldPatch: { initContainers: ratingsBase.initContainers, containers: ratingsBase.containers, volumes: ratingsBase.volumes, podAnnotations: ratingsBase.podAnnotations },
        },
        endpointsChanged: ROLL + 0.6,
      },
      'reviews-v1': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 88),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 88.4) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% from 0 to 1', first: ROLL },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% from 1 to 0', first: ROLL + 0.6 },
      { on: 'rs:ratings-v1', reason: 'SuccessfulCreate', message: 'Created pod: ratings-v1-%RS%', first: ROLL, source: 'replicaset-controller' },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.01, source: 'default-scheduler' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: ROLL + 0.05, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container: ratings', first: ROLL + 0.06, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: ROLL + 0.08, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: 9080'],
      'reviews-v2#0/istio-proxy': proxyOut('v2'),
      'reviews-v3#0/istio-proxy': proxyOut('v3'),
      'reviews-v2#0/reviews': reviewsApp('v2'),
      'reviews-v3#0/reviews': reviewsApp('v3'),
      'productpage-v1#0/productpage': productpage(),
    },
    post: {
      // Pods carry their template's annotations (the kit writes them on the ReplicaSet templates only).
      'pods.json': (list, ctx) => {
        const rss = ctx.read('replicasets.json').items;
        for (const p of list.items) {
          const rs = rss.find((r) => r.metadata.name === p.metadata.ownerReferences[0].name);
          const a = rs?.spec.template.metadata.annotations;
          if (a) p.metadata.annotations = a;
        }
      },
      'events.json': (list, ctx) => {
        const pod = ctx.read('pods.json').items.find((p) => p.metadata.name.startsWith('ratings-v1-'));
        for (const e of list.items) if (e.reason === 'SuccessfulCreate') e.message = `Created pod: ${pod.metadata.name}`;
      },
    },
  },
];
