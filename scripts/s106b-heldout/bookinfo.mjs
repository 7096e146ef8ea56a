// Blind held-out batch s106b: one Istio Bookinfo scenario (split test) for the scenario kit
// (scripts/s2-scenario-kit.mjs), system from scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const MIRROR = 'harbor.books-corp.example/mirror/istio/examples-bookinfo-productpage-v1:1.20.1';
// The team serves productpage from its Harbor pull-through mirror (changed weeks before; both pods of the history ran it).
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name === 'productpage-v1'
      ? { ...w, containers: w.containers.map((c) => (c.name === 'productpage' ? { ...c, image: MIRROR } : c)) }
      : w,
  ),
};

const INCIDENT = '2026-05-12T09:34:00Z';
const T = clock(INCIDENT);
const NODE = 'ip-192-168-45-130.us-east-2.compute.internal';
const pullErr = `Failed to pull image "${MIRROR}": rpc error: code = Unknown desc = failed to pull and unpack image "${MIRROR}": failed to resolve reference "${MIRROR}": failed to do request: Head "https://harbor.books-corp.example/v2/mirror/istio/examples-bookinfo-productpage-v1/manifests/1.20.1": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-05-12T09:19:52Z is after 2026-05-12T00:00:00Z`;

export const scenarios = [
  bookinfoScenario({
    folder: 's106b-productpage-registry-cert-expired',
    description: 'bookinfo site down, gateway says "no healthy upstream" — started around 9:20. nobody deployed anything today',
    incidentTime: INCIDENT,
    expected: { component: 'productpage', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'productpage', cause: 'external-dependency' }],
    difficulty: 'easy',
    traits: ['time-expression'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml: productpage-v1 is a single replica behind the Service productpage,
      the only entry point of the app (sidecar-injected, Istio 1.23). Fault follows the containerd/kubelet pull error when a private
      registry's TLS certificate has expired ("tls: failed to verify certificate: x509: certificate has expired or is not yet valid",
      Harbor and containerd issue reports): the productpage pod was replaced at 09:19 when its node was consolidated, the new node
      has no cached copy, and every pull of the mirrored image fails; istio-init and istio-proxy (docker.io) start, productpage stays
      ImagePullBackOff and the Service has no ready endpoint. Deviation from upstream: the productpage image is served from the
      team's Harbor mirror (harbor.books-corp.example/mirror/istio/...) instead of docker.io, in both ReplicaSets of its history.
    `,
    workloads: {
      'productpage-v1': {
        pods: [{
          node: NODE, created: T.iso(-14.2), readyTransition: T.iso(-14.1),
          containers: {
            productpage: cs.waiting('ImagePullBackOff', `Back-off pulling image "${MIRROR}"`),
            'istio-proxy': cs.running(T.iso(-13.9)),
          },
        }],
        endpointsChanged: -14.2, unavailableSince: -14.2,
      },
    },
    events: [
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bookinfo/%POD% to ${NODE}`, first: -14.2, last: -14.2 },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/proxyv2:1.23.2"', first: -14.15, last: -14.15, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/proxyv2:1.23.2" in 3.412s (3.412s including waiting). Image size: 96544287 bytes.', first: -14.09, last: -14.09, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-init', first: -14.08, last: -14.08, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-init', first: -14.07, last: -14.07, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: `Pulling image "${MIRROR}"`, count: 7, first: -14.0, last: -1.9, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: pullErr, count: 7, first: -13.99, last: -1.89, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', count: 7, first: -13.99, last: -1.89, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -13.95, last: -13.95, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -13.94, last: -13.94, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -13.9, last: -13.9, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: `Back-off pulling image "${MIRROR}"`, count: 52, first: -13.8, last: -0.3, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', count: 52, first: -13.8, last: -0.3, fieldPath: 'spec.containers{productpage}' },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(-13.9).replace('Z', '000Z')}\tinfo\tFLAG: --concurrency="0"`,
        `${T.isoMs(-13.89).replace('Z', '000Z')}\tinfo\tVersion 1.23.2-e4b2f3b4a1cd3ff6ae4b0f07a9ae1b6b80e3e4b0-Clean`,
        `${T.isoMs(-13.85).replace('Z', '000Z')}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=102.41ms ttl=23h59m59.0000001s`,
        `${T.isoMs(-13.8).replace('Z', '000Z')}\tinfo\tReadiness succeeded in 1.118s`,
        `${T.isoMs(-13.8).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jsonp-1.1, servlet-4.0].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.512 seconds.',
      ],
    },
  }),
];
