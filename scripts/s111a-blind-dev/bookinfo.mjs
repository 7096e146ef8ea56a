// Blind dev batch s111a: Bookinfo spec (system from scripts/kit-systems/bookinfo.mjs, via bookinfoScenario).
// One scenario: reviews-v3 rolled with includeOutboundIPRanges of another cluster's service CIDR; calls to ratings bypass Envoy.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-05-12T15:58:00Z';
const T = clock(INC);
const v3 = system.workloads.find((w) => w.name === 'reviews-v3');
const init = v3.initContainers[0];
const iIdx = init.args.indexOf('-i');
const newInit = { ...init, args: init.args.map((a, k) => (k === iIdx + 1 ? '172.20.0.0/16' : a)) };
const envoyTs = (m) => T.isoMs(m);

export const scenarios = [
  bookinfoScenario({
    folder: 's111a-reviews-outbound-ranges-bypass-mesh',
    incidentTime: INC,
    description: 'bookinfo product page: "Ratings service is currently unavailable" on about a third of refreshes since 15:40ish. ratings dashboards look normal. community team only changed an annotation on revews',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }, { component: 'ratings', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'rollout-regression', 'typo', 'time-expression', 'team-name'],
    grounding: `
      Istio Bookinfo (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml), sidecar-injected, namespace under a
      PeerAuthentication mode STRICT (mesh-wide, not in the snapshot). reviews-v2/v3 call http://ratings:9080; reviews-v1 does not.
      Fault shape: the pod annotation traffic.sidecar.istio.io/includeOutboundIPRanges (Istio docs "Accessing external
      services"), which the injector turns into istio-init's "-i" argument, copied with the service CIDR of another EKS
      cluster (172.20.0.0/16) while this cluster's Services live in 10.100.0.0/16: outbound traffic from reviews-v3 to the
      ratings ClusterIP is no longer redirected to Envoy, leaves in plaintext, and ratings' inbound listener, which under
      STRICT only has mTLS filter chains, closes it (Envoy access log response flag NR, filter_chain_not_found).
      Deviation from upstream: reviews-v3 is rolled at 15:37 with istio-init "-i 172.20.0.0/16" instead of "-i *"
      (the annotation itself is in the pod template metadata, which the kit does not write into ReplicaSet templates).
      All pods stay Ready; reviews-v3 prints the ProcessingException; productpage shows the fallback text.`,
    workloads: {
      'reviews-v3': {
        rollout: { at: -21, revision: 3, oldPatch: { initContainers: [init] } },
        patch: { initContainers: [newInit], podAnnotations: { ...v3.podAnnotations, 'traffic.sidecar.istio.io/includeOutboundIPRanges': '172.20.0.0/16' } },
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -21, last: -21 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -20, last: -20 },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container istio-init', first: -20.8 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -20.6 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container istio-proxy', first: -20.6 },
    ],
    logs: {
      'reviews-v3#0/reviews': [
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.812 seconds.`,
        ...[-17.3, -14.1, -12.6, -9.9, -6.4, -3.8, -1.2].map(() => 'Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset'),
      ],
      'reviews-v3#0/istio-proxy': [
        `${envoyTs(-20.6)}\tinfo\tFLAG: --concurrency="2"`,
        `${envoyTs(-20.4)}\tinfo\tReadiness succeeded in 1.204388901s`,
        `${envoyTs(-20.4)}\tinfo\tEnvoy proxy is ready`,
        `[${envoyTs(-9.9)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 295 3012 3011 "-" "python-requests/2.31.0" "2b7e1c0a-5a1e-9d2e-8f43-6c0de1b7a441" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:42871 %PODIP%:9080 %IPOF:productpage-v1#0%:51234 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`,
      ],
      'ratings-v2-mysql#0/istio-proxy': [
        `[${envoyTs(-60)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "Apache-CXF/3.1.18" "a0c1f3b2-07d4-9a63-b1f2-55e8c9d04e17" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:39144 %PODIP%:9080 %IPOF:reviews-v2#0%:40126 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`,
        ...[-17.3, -12.6, -6.4, -1.2].map((m, i) => `[${envoyTs(m)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %PODIP%:9080 %IPOF:reviews-v3#0%:${47310 + i * 17} - -`),
        `[${envoyTs(-4)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "Apache-CXF/3.1.18" "5e2d7b61-c8a0-9f13-a4d7-0b39e2f6c815" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:39188 %PODIP%:9080 %IPOF:reviews-v2#0%:40522 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`,
      ],
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'GET /ratings/0',
        'GET /ratings/0',
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [12/May/2026 15:48:11] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [12/May/2026 15:54:36] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
