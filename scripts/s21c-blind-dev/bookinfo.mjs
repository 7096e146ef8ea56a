// s21c blind dev scenario for Bookinfo (split: dev): after a cluster-autoscaler scale-down the rescheduled ratings-v1 pod cannot
// pull its image (Docker Hub anonymous pull rate limit behind the shared NAT), so every product page loses its stars; written blind.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

// The plain bookinfo.yaml deployment (details-v1 and ratings-v1 behind the details and ratings Services, no MySQL, no
// details-v2), on the two nodes left after the autoscaler removed ip-192-168-45-130.
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const pick = (n) => base.workloads.find((w) => w.name === n);
export const system = {
  ...base,
  nodes: base.nodes.filter((n) => n.name !== 'ip-192-168-45-130.us-east-2.compute.internal'),
  workloads: [
    { ...pick('details-v1'), service: { name: 'details', ...HTTP } },
    { ...pick('ratings-v1'), service: { name: 'ratings', ...HTTP } },
    pick('reviews-v1'), pick('reviews-v2'), pick('reviews-v3'), pick('productpage-v1'),
  ],
};

const T = clock('2026-05-20T09:36:00Z');
const CA = -16; // 09:20 scale-down of ip-192-168-45-130
const N1 = 'ip-192-168-11-74.us-east-2.compute.internal';
const N3 = 'ip-192-168-77-9.us-east-2.compute.internal';
const GONE = 'ip-192-168-45-130.us-east-2.compute.internal';
const IMG = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const DIGEST = 'sha256:7e3c5f1a9b2d48c6e0f7a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3';
const PULL429 = `Failed to pull image "${IMG}": failed to pull and unpack image "${IMG}": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/istio/examples-bookinfo-ratings-v1/manifests/${DIGEST}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit`;

const liberty = (start) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240902-1902) on Eclipse OpenJ9 VM, version 11.0.24+8 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.311 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jsonp-1.0, servlet-3.1].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${start} seconds.`,
];
const reviewsApp = (n) => [...liberty('5.874'), ...Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 503')];
const envoy = (min, i, src) => `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "Apache-CXF/3.1.18" "${['5f0c','a91d','3be2','c47a'][i % 4]}${String(1000 + i)}-7e1b-9d4c-b2a0-${String(918273645100 + i)}" "ratings:9080" "-" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 ${src}:${40000 + i * 17} - default`;
const envoyLog = (src, off) => {
  const out = [`${T.isoMs(-60 * 24 * 11)}\tinfo\tFIPS is not enabled`, `${T.isoMs(-60 * 24 * 11)}\tinfo\tEnvoy proxy is ready`];
  for (let m = CA + 1.2 + off, i = 0; m < -0.1; m += 0.42, i++) out.push(envoy(m, i, src));
  return out;
};

export const scenarios = [
  {
    folder: 's21c-ratings-dockerhub-ratelimit',
    incidentTime: '2026-05-20T09:36:00Z',
    description: 'bookinfo product page keeps showing "Ratings service is currently unavailable" instead of the stars since ~9:20',
    expected: { component: 'ratings', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (details-v1, ratings-v1, reviews-v1/v2/v3, productpage-v1,
      images docker.io/istio/examples-bookinfo-*:1.20.1, imagePullPolicy IfNotPresent, one replica each), sidecar-injected (proxyv2
      1.23.2). reviews v2/v3 call http://ratings:9080/ratings and print "Error: unable to contact ... got status of" on a non-200
      (LibertyRestEndpoint); productpage shows "Ratings service is currently unavailable" when reviews returns no rating. Fault: the
      Docker Hub pull rate limit (429 toomanyrequests, the containerd error text as kubelet reports it), which EKS clusters pulling
      anonymously through one NAT gateway share with CI runners. At 09:20 the cluster-autoscaler scaled down ip-192-168-45-130
      (ScaleDown events; the Node is gone from the list), evicting details-v1 and ratings-v1. details-v1 pulled on its new node just
      before the limit, ratings-v1's pull got 429 and the pod sits in ImagePullBackOff (istio-proxy running, not Ready), so the ratings
      Service has no ready endpoint and the reviews sidecars answer 503 UH no_healthy_upstream. Deviations: none from bookinfo.yaml
      (this operator runs the plain deployment, no details-v2 or MySQL). Decoys: the autoscaler scale-down and the freshly
      recreated details-v1 pod, which is healthy.`,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' }, pods: [{ node: N1, created: T.iso(CA + 0.3) }], endpointsChanged: CA + 0.6 },
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        unavailableSince: CA + 0.3,
        endpointsChanged: CA + 0.35,
        pods: [{
          node: N3, created: T.iso(CA + 0.3), readyTransition: T.iso(CA + 0.35),
          containers: {
            ratings: cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`),
            'istio-proxy': cs.running(T.iso(CA + 0.4)),
          },
        }],
      },
      'reviews-v3': { serviceSelector: { app: 'reviews' } },
      'productpage-v1': { serviceSelector: { app: 'productpage' } },
    },
    events: [
      { on: `node:${GONE}`, reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: CA, last: CA, source: 'cluster-autoscaler' },
      { on: `node:${GONE}`, reason: 'NodeNotSchedulable', message: `Node ${GONE} status is now: NodeNotSchedulable`, first: CA, last: CA, source: 'kubelet' },
      { on: `node:${GONE}`, reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: CA + 2.6, last: CA + 2.6, source: 'node-controller' },
      { on: 'pod:details-v1#0', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${N1}`, first: CA + 0.3, last: CA + 0.3, source: 'default-scheduler' },
      { on: 'pod:details-v1#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-details-v1:1.20.1"', first: CA + 0.32, last: CA + 0.32, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-details-v1:1.20.1" in 6.204s (6.204s including waiting). Image size: 72834991 bytes.', first: CA + 0.43, last: CA + 0.43, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', first: CA + 0.44, last: CA + 0.44, fieldPath: 'spec.containers{details}' },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${N3}`, first: CA + 0.3, last: CA + 0.3, source: 'default-scheduler' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: CA + 0.31, last: CA + 0.4, count: 2, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: CA + 0.33, last: -1.2, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: PULL429, first: CA + 0.36, last: -1.2, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: CA + 0.36, last: -1.2, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: CA + 0.4, last: -0.3, count: 61, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: CA + 0.4, last: -0.3, count: 61, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsApp(34),
      'reviews-v3#0/reviews': reviewsApp(31),
      'reviews-v2#0/istio-proxy': envoyLog('%PODIP%', 0),
      'reviews-v3#0/istio-proxy': envoyLog('%PODIP%', 0.2),
    },
  },
];
