// Batch s21a (blind dev, split: dev): one Bookinfo incident for the scenario kit, written without seeing the engine,
// the rule packs or the system's other scenarios; system definition from scripts/kit-systems/bookinfo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const N1 = 'ip-192-168-11-74.us-east-2.compute.internal';
const N2 = 'ip-192-168-45-130.us-east-2.compute.internal';
const N3 = 'ip-192-168-77-9.us-east-2.compute.internal';
const IMG = 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1';

// s21a-productpage-dockerhub-ratelimit
const pull = (() => {
  const T = clock('2026-02-11T11:24:00Z');
  const moved = -17.6; // cluster-autoscaler scale-down removed the node productpage ran on
  const rate =
    `Failed to pull image "${IMG}": failed to pull and unpack image "${IMG}": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/istio/examples-bookinfo-productpage-v1/manifests/sha256:6e1b9c8f0a4d27e35b1f8c94d0a7e26c3b5d9f14e8a2c7b06d3f51e9a4c8b270: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`;
  return {
    folder: 's21a-productpage-dockerhub-ratelimit',
    description: 'bookinfo site down - "no healthy upstream" on /productpage from the gateway',
    incidentTime: '2026-02-11T11:24:00Z',
    expected: { component: 'productpage', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['decoy'],
    grounding: `
      Manifest facts (samples/bookinfo/platform/kube/bookinfo.yaml): productpage-v1 is one replica of
      docker.io/istio/examples-bookinfo-productpage-v1:1.20.1 (imagePullPolicy IfNotPresent, no imagePullSecrets), the only
      backend of the productpage Service the Istio ingress gateway routes /productpage to. Failure mode: Docker Hub's
      anonymous pull rate limit (100 pulls per 6 h per source IP; the EKS nodes leave through one NAT gateway, shared with a
      CI runner fleet). The cluster autoscaler scaled down the node productpage ran on; the recreated pod landed on
      ${N3}, which had never run productpage, and every pull is answered 429 toomanyrequests, so the pod sits in
      ImagePullBackOff (containerd's "failed to pull and unpack image ... 429 Too Many Requests" text, then ErrImagePull and
      Back-off events) while its istio-proxy sidecar is up. With no Ready endpoint the gateway's Envoy answers 503 "no
      healthy upstream". details, reviews and ratings are healthy but get no traffic. Decoy: reviews-v2 was OOM-killed two
      days earlier (restartCount 1). Public reports: Docker Hub 429 "toomanyrequests" pull failures on EKS/GKE nodes behind
      NAT after a node replacement.`,
    workloads: {
      'productpage-v1': {
        pods: [
          {
            node: N3,
            created: T.iso(moved),
            readyTransition: T.iso(moved + 0.1),
            containers: {
              productpage: cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`),
              'istio-proxy': cs.running(T.iso(moved + 0.15), { ready: true }),
            },
          },
        ],
        endpointsChanged: moved,
      },
      'reviews-v2': {
        pods: [
          {
            node: N2,
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 41),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 2 - 41.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:productpage-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${N3}`, first: moved, last: moved },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: moved + 0.05, last: moved + 0.05, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: moved + 0.15, last: moved + 0.15, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: moved + 0.1, last: -2.9, count: 8, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: rate, first: moved + 0.12, last: -2.8, count: 8, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: moved + 0.12, last: -2.8, count: 8, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: moved + 0.2, last: -0.3, count: 71, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: moved + 0.2, last: -0.3, count: 71, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: moved + 0.2, last: moved + 0.4, count: 2, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(moved + 0.15)}\tinfo\tFIPS mode is disabled`,
        `${T.isoMs(moved + 0.15)}\tinfo\tVersion 1.23.2-b8ee7d1f0a86a1bcb2d0a6a3ea2a8ba07ab1e8b7-Clean`,
        `${T.isoMs(moved + 0.2)}\tinfo\tcache\tgenerated new workload certificate\tlatency=84.117313ms ttl=23h59m59.915882687s`,
        `${T.isoMs(moved + 0.25)}\tinfo\tReadiness succeeded in 1.302774516s`,
        `${T.isoMs(moved + 0.25)}\tinfo\tEnvoy proxy is ready`,
      ],
    },
  };
})();

export const scenarios = [bookinfoScenario(pull)];
