// Blind held-out batch s96a: one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s96a-build.mjs; the system is scripts/kit-systems/bookinfo.mjs with its bookinfoScenario selectors.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const incidentTime = '2026-05-19T16:32:00Z';
const T = clock(incidentTime);
const NODE = 'ip-192-168-77-9.us-east-2.compute.internal';
const IMG = 'docker.io/istio/examples-bookinfo-reviews-v2:1.20.1';
const MIRROR = 'https://registry-mirror.platform.corp.internal/v2/istio/examples-bookinfo-reviews-v2/manifests/1.20.1?ns=docker.io';
const x509 = `tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time ${T.iso(-1)} is after 2026-05-19T12:00:00Z`;
const pullErr = `failed to pull and unpack image "${IMG}": failed to resolve reference "${IMG}": failed to do request: Head "${MIRROR}": ${x509}`;
const envoy = (min, code, path, up, ms) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 295 : 0} ${ms} ${ms - 1} "-" "Apache-CXF/3.1.18" "8c0e2f4a-91d3-4b6e-a5f7-2d9c1b3e7a40" "ratings:9080" "${up}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:41822 %SVCIP:ratings%:9080 %PODIP%:51100 - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's96a-reviews-mirror-cert-expired',
    incidentTime,
    description: 'community team: black stars (reviews v2) disappeared from the product page this afternoon, only red or none now',
    expected: { component: 'reviews', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): reviews-v1, -v2 and -v3 are one replica
      each behind the reviews Service (selector app: reviews); v2 renders black stars. Pods are sidecar-injected (Istio 1.23).
      Fault: the EKS nodes sit in private subnets and containerd pulls docker.io only through a corporate pull-through mirror
      (hosts.toml); the mirror's TLS certificate expired at 12:00 UTC. When the reviews-v2 pod was recreated on a node that
      had the proxyv2 image cached but not reviews-v2, containerd's HEAD for the manifest fails with x509 "certificate has
      expired or is not yet valid" and the kubelet reports ErrImagePull then ImagePullBackOff; istio-proxy starts from the
      cached image. v1 and v3 keep serving, so the page loads and only the black stars are gone. Follows public reports of
      expired registry-mirror certificates (containerd "failed to do request ... x509: certificate has expired").
      Deviations from upstream: the mirror, its expiry and the pod's recreation are the scenario's.`,
    workloads: {
      'reviews-v2': {
        unavailableSince: -26,
        pods: [{
          node: NODE,
          created: T.iso(-26),
          containers: {
            reviews: cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`),
            'istio-proxy': cs.running(T.iso(-25.8)),
          },
        }],
      },
    },
    events: [
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bookinfo/%POD% to ${NODE}`, first: -26, last: -26 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -25.9, last: -25.9, count: 2, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:reviews-v2#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: -25.7, last: -3.2, count: 9, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${IMG}": ${pullErr}`, first: -25.6, last: -3.1, count: 9, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -25.6, last: -3.1, count: 9, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: -25.5, last: -0.7, count: 104, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -25.5, last: -0.7, count: 104, fieldPath: 'spec.containers{reviews}' },
    ],
    logs: {
      'reviews-v2#0/istio-proxy': [
        `${T.isoMs(-25.8)}\tinfo\tFIPS mode disabled`,
        `${T.isoMs(-25.7)}\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1`,
        `${T.isoMs(-25.6)}\tinfo\tEnvoy proxy is ready`,
      ],
      'reviews-v3#0/istio-proxy': [
        envoy(-14, 200, '/ratings/0', '%IPOF:ratings-v1#0%', 6),
        envoy(-2, 200, '/ratings/0', '%IPOF:ratings-v1#0%', 5),
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 375`,
      ],
    },
  }),
];
