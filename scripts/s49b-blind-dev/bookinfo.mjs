// Batch s49b blind dev scenario for Istio Bookinfo (split: dev), written without reading the engine, rules or other scenarios.
// The kit system definition scripts/kit-systems/bookinfo.mjs reduced to bookinfo.yaml; one incident: ratings rolled out without its sidecar under ISTIO_MUTUAL.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = (name) => ({ name, ports: [{ name: 'http', port: 9080, targetPort: 9080 }] });
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// bookinfo.yaml only: details-v1 and ratings-v1 own the details and ratings Services.
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: HTTP('details') } : w.name === 'ratings-v1' ? { ...w, service: HTTP('ratings') } : w)),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };

const I = '2026-08-12T10:34:00Z';
const T = clock(I);
const ratingsV1 = full.workloads.find((w) => w.name === 'ratings-v1');
const TLS = 'TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end';
const rid = (i) => `${(0x5c1e7a20 + i * 7919).toString(16)}-8d3f-9b2a-a41c-${(0x2f9e4b1c7d03 + i * 104729).toString(16).padStart(12, '0')}`;
// Istio's default TEXT access-log format (meshConfig.accessLogFile: /dev/stdout).
const envoy = (min, i, path, code, flags, details, tfr, sent, dur, authority, upstream, cluster, dst) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "${tfr}" 0 ${sent} ${dur} ${code >= 500 ? '-' : Math.max(dur - 1, 1)} "-" "Apache-CXF/3.1.18" "${rid(i)}" "${authority}" "${upstream}" ${cluster} ${code >= 500 ? '-' : '%PODIP%:41822'} ${dst} %PODIP%:${40000 + (i * 37) % 20000} - default`;
const reviewsProxy = (n) => {
  const out = [];
  for (let i = 0; i < 12; i++) {
    const m = -26 + i * 2.1;
    if (m < -22.6)
      out.push(envoy(m, i + n * 100, `/ratings/${i % 3}`, 200, '-', 'via_upstream', '-', 48, 4, 'ratings:9080', '192.168.40.63:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%SVCIP:ratings%:9080'));
    else
      out.push(envoy(m, i + n * 100, `/ratings/${i % 3}`, 503, 'UF,URX', `upstream_reset_before_response_started{remote_connection_failure|${TLS.replaceAll(' ', '_')}}`, TLS, 190, 3, 'ratings:9080', '%IPOF:ratings-v1#0%:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%SVCIP:ratings%:9080'));
  }
  return out;
};
const reviewsApp = () => {
  const out = ['[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.314 seconds.'];
  for (let i = 0; i < 9; i++) out.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
  return out;
};

export const scenarios = [
  {
    folder: 's49b-ratings-sidecar-dropped-mtls',
    description: 'bookinfo product page says "Ratings service is currently unavailable" for most page loads',
    incidentTime: I,
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'rollout-regression', 'callers-only', 'louder-dependents'],
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 sidecar injection) with the sample's
      networking/destination-rule-all-mtls.yaml applied, which pins trafficPolicy.tls.mode ISTIO_MUTUAL for ratings (an explicit
      DestinationRule overrides auto-mTLS). A ratings-v1 rollout 23 minutes before the report adds the pod annotation
      sidecar.istio.io/inject: "false" (a developer removing the proxy from the latency path): the new pod has no istio-init or
      istio-proxy, is Ready and serves plain HTTP. The reviews-v2/v3 sidecars still originate mTLS to it and fail the handshake:
      Istio access logs show 503 UF,URX with upstream transport failure "TLS_error:|268435703:SSL routines:OPENSSL_internal:
      WRONG_VERSION_NUMBER", and reviews (Open Liberty) prints "Error: unable to contact http://ratings:9080/ratings got status of
      503"; productpage keeps answering 200 with the "Ratings service is currently unavailable" text (reviews-v1 never calls
      ratings, so a third of page loads look fine). The ratings Node.js server logs nothing (it answers the stray ClientHello with
      a 400 and closes). The Kubernetes snapshot holds no Istio objects; the fault is visible as the rollout without the sidecar
      plus the TLS failures in the callers. The mesh TLS between the components is what fails: network-fault (tls), the
      rollout that caused it also accepted.`,
    workloads: {
      ...Object.fromEntries(Object.entries(SELECT).map(([wl, app]) => [wl, { serviceSelector: { app } }])),
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        patch: {
          initContainers: undefined,
          containers: [ratingsV1.containers[0]],
          volumes: undefined,
          podAnnotations: { 'sidecar.istio.io/inject': 'false', 'kubectl.kubernetes.io/restartedAt': T.iso(-23.2) },
        },
        rollout: { at: -23.2, revision: 3, oldPatch: { initContainers: ratingsV1.initContainers, containers: ratingsV1.containers, volumes: ratingsV1.volumes, podAnnotations: ratingsV1.podAnnotations } },
        endpointsChanged: -22.6,
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -23.2 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -22.6 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -23.2 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -23.1 },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container: ratings', first: -23.1 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -23.0 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: 9080'],
      'reviews-v2#0/reviews': reviewsApp(),
      'reviews-v3#0/reviews': reviewsApp(),
      'reviews-v2#0/istio-proxy': reviewsProxy(2),
      'reviews-v3#0/istio-proxy': reviewsProxy(3),
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 379`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295`,
      ],
    },
  },
];
