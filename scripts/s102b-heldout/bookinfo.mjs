// Blind held-out batch s102b: one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as in scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, sidecar-injected); specs go through bookinfoScenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-02-17T09:58:00Z';
const T = clock(INC);
const webrick = (min, msg) => `[${T.java(min).replace(' ', 'T').slice(0, 19)}.${T.java(min).slice(20, 23)}000 #1]  INFO -- : ${msg}`;
const access = (min, method, path, code, upstream, extra = '') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 358 : 0} 4 3 "-" "python-requests/2.31.0" "${extra || '6a1f0c2e-8d4b-9e7a-b3c5-1d2f0e9a7c64'}" "${upstream}:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:41822 %PODIP%:9080 192.168.45.18:50310 outbound_.9080_._.${upstream}.bookinfo.svc.cluster.local default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's102b-productpage-gone',
    incidentTime: INC,
    description: 'bookinfo site down, gateway gives 503 "no healthy upstream" for /productpage since around 9:30',
    expected: { component: 'productpage', cause: 'quota-exceeded' },
    alsoAcceptable: [
      { component: 'productpage', cause: 'no-endpoints' },
    ],
    difficulty: 'hard',
    traits: ['time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, Istio 1.23 injection): productpage-v1
      is the only Deployment behind the productpage Service; every injected pod carries the istio-proxy sidecar and
      the istio-init container with limits cpu 2 / memory 1Gi (the injector's defaults in this cluster).
      Fault shape: the platform team applied a LimitRange to the namespace with max cpu 1 per Container. Running pods
      are unaffected, but when the productpage pod was deleted (node group rotation) the ReplicaSet controller could
      not create its replacement: LimitRanger admission refuses it ("maximum cpu usage per Container is 1, but limit
      is 2"), reported as FailedCreate on the ReplicaSet. The Service has no endpoints and the gateway answers 503.
      details, reviews and ratings pods (created before the LimitRange) keep running and log nothing abnormal.
      Deviations from upstream: the LimitRange (not part of the snapshot's kinds) is this team's addition; the
      snapshot keeps only its effect, the FailedCreate events.
    `,
    workloads: {
      'productpage-v1': { pods: [], rsReplicas: 1, unavailableSince: -28, endpointsChanged: -28 },
    },
    events: [
      { on: 'rs:productpage-v1', type: 'Warning', reason: 'FailedCreate', message: 'Error creating: pods "productpage-v1-%RS%" is forbidden: maximum cpu usage per Container is 1, but limit is 2', first: -28, last: -0.8, count: 19, source: 'replicaset-controller' },
    ],
    logs: {
      'details-v1#0/details': [
        webrick(-60 * 24 * 9 + 0.6, 'WEBrick 1.6.1'),
        webrick(-60 * 24 * 9 + 0.6, 'ruby 2.7.8 (2023-03-30) [x86_64-linux]'),
        webrick(-60 * 24 * 9 + 0.6, 'WEBrick::HTTPServer#start: pid=1 port=9080'),
      ],
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
      ],
    },
  }),
];
void access;
