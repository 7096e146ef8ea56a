// Held-out batch s118a (split test): one Bookinfo scenario on the kit system definition, reduced to bookinfo.yaml's workloads.
// Spec for scripts/s2-scenario-kit.mjs; built by scripts/s118a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const MIRROR = '318745902611.dkr.ecr.us-east-2.amazonaws.com/mirror/istio/';
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => ({
      ...w,
      ...(w.name === 'details-v1' ? { service: { name: 'details', ...HTTP } } : {}),
      ...(w.name === 'ratings-v1' ? { service: { name: 'ratings', ...HTTP } } : {}),
      containers: w.containers.map((c) => (c.name === 'istio-proxy' ? c : { ...c, image: c.image.replace('docker.io/istio/', MIRROR) })),
    })),
};

const IT = '2026-05-16T16:07:00Z';
const T = clock(IT);
const RIMG = system.workloads.find((w) => w.name === 'ratings-v1').containers[0].image;
const TAG = RIMG.split(':').pop();
const pullErr = `Failed to pull image "${RIMG}": failed to pull and unpack image "${RIMG}": failed to resolve reference "${RIMG}": unexpected status from HEAD request to https://318745902611.dkr.ecr.us-east-2.amazonaws.com/v2/mirror/istio/examples-bookinfo-ratings-v1/manifests/${TAG}: 403 Forbidden`;
const envoy = (min, path, code, flags, detail, ua) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${detail} - "-" 0 19 0 - "-" "${ua}" "7d1e4c2a-93b8-4f61-a0d5-2c8e6b1f9a34" "ratings:9080" "-" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:51824 - default`;

export const scenarios = [bookinfoScenario({
  folder: 's118a-ratings-ecr-token-expired',
  incidentTime: IT,
  description: 'book reviews page shows "Ratings service is currently unavailable" — stars gone since lunch',
  expected: { component: 'ratings', cause: 'image-pull' },
  difficulty: 'medium',
  traits: ['louder-dependents', 'time-expression'],
  workloads: {
    'ratings-v1': { pods: [{ created: T.iso(-48), containers: { ratings: cs.waiting('ImagePullBackOff', `Back-off pulling image "${RIMG}"`), 'istio-proxy': cs.running(T.iso(-47.5)) } }], unavailableSince: -48 },
  },
  events: [
    { on: 'pod:ratings-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -48 },
    { on: 'pod:ratings-v1#0', reason: 'Pulling', fieldPath: 'spec.containers{ratings}', message: `Pulling image "${RIMG}"`, first: -47.6, last: -2.8, count: 14 },
    { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: pullErr, first: -47.5, last: -2.7, count: 14 },
    { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Error: ErrImagePull', first: -47.5, last: -2.7, count: 14 },
    { on: 'pod:ratings-v1#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: `Back-off pulling image "${RIMG}"`, first: -47, last: -0.3, count: 201 },
    { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Error: ImagePullBackOff', first: -47, last: -0.3, count: 201 },
  ],
  logs: {
    'reviews-v2#0/reviews': [
      'Error: unable to contact http://ratings:9080/ratings got status of 503',
      'Error: unable to contact http://ratings:9080/ratings got status of 503',
    ],
    'reviews-v2#0/istio-proxy': [envoy(-1.2, '/ratings/0', 503, 'UH', 'no_healthy_upstream', 'Apache-CXF/3.1.18')],
    'reviews-v3#0/reviews': ['Error: unable to contact http://ratings:9080/ratings got status of 503'],
    'reviews-v3#0/istio-proxy': [envoy(-0.6, '/ratings/0', 503, 'UH', 'no_healthy_upstream', 'Apache-CXF/3.1.18')],
    'productpage-v1#0/productpage': [
      `INFO:werkzeug:127.0.0.6 - - [16/May/2026 16:06:20] "GET /productpage HTTP/1.1" 200 -`,
    ],
  },
  grounding: `Istio Bookinfo bookinfo.yaml: ratings-v1 (one replica) behind the ratings Service; reviews v2/v3 call
  http://ratings:9080/ratings and render "Ratings service is currently unavailable" when it fails. The images are pulled from a
  private ECR pull-through mirror with an imagePullSecret refreshed by a job; ECR tokens expire after 12 hours, so once the refresh
  stopped, the ratings pod recreated on a new node (cluster-autoscaler scale-in) could not pull: 403 Forbidden, ImagePullBackOff,
  no ratings endpoint, envoy 503 UH in the reviews sidecars. Deviations from upstream: the ECR mirror (images under
  mirror/istio/), the pull secret (not expressible in the kit's pod spec) and the scale-in are invented.`,
})];
