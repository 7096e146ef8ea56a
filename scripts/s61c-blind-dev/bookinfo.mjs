// Blind dev batch s61c, Istio Bookinfo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// reviews-v3 is re-released with sidecar injection turned off; its plaintext calls hit ratings' STRICT-mTLS sidecars and are reset.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-03-03T09:47:00Z';
const T = clock(INC);
const base = system.workloads.find((w) => w.name === 'reviews-v3');
const app = base.containers.find((c) => c.name === 'reviews');
/** The pod annotations of each reviews-v3 revision (build script copies them onto the ReplicaSet templates). */
export const reviewsV3Annotations = { old: base.podAnnotations, new: { 'sidecar.istio.io/inject': 'false' } };

const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';
const rid = (n) => {
  const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const y = ((n * 40503 + 977) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${y.slice(0, 4)}-9${y.slice(5, 8)}-a${x.slice(1, 4)}-${y}${x.slice(0, 4)}`;
};
// Istio's default TEXT access log format.
const inbound200 = (min, self, peer, port, n) =>
  `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 ${2 + (n % 3)} ${1 + (n % 2)} "-" "${UA}" "${rid(n)}" "ratings:9080" "${self}:9080" inbound|9080|| 127.0.0.6:${33000 + ((n * 131) % 20000)} ${self}:9080 ${peer}:${port} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;
const noFilterChain = (min, self, peer, port) =>
  `[${T.isoMs(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${self}:9080 ${peer}:${port} - -`;

// productpage round-robins reviews v1/v2/v3; v2 and v3 call ratings (Service over ratings-v1 and ratings-v2-mysql).
const ratingsProxy = (which) => {
  const out = [];
  let n = which === 'v1' ? 1 : 2;
  for (let m = -75; m < -0.1; m += 0.23, n += 2) {
    const caller = n % 4 < 2 ? 'v2' : 'v3';
    if (caller === 'v2' || m < -51.4) {
      out.push(inbound200(m, '%PODIP%', caller === 'v2' ? '%IPOF:reviews-v2#0%' : '192.168.72.143', 41000 + ((n * 53) % 9000), n));
    } else {
      out.push(noFilterChain(m, '%PODIP%', '%IPOF:reviews-v3#0%', 36000 + ((n * 71) % 20000)));
    }
  }
  return out;
};
const ratingsApp = (which) => {
  const out = [];
  let n = which === 'v1' ? 1 : 2;
  for (let m = -75; m < -0.1; m += 0.23, n += 2) if (n % 4 < 2 || m < -51.4) out.push('GET /ratings/0');
  return out.slice(-120);
};

export const scenarios = [
  bookinfoScenario({
    folder: 's61c-reviews-v3-sidecar-off-strict-mtls',
    incidentTime: INC,
    description: "product page: stars missing on roughly 1 in 3 reloads ('Ratings service is currently unavailable'), started this morning. all pods green",
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'tls-misconfig', 'time-expression'],
    grounding: `
      The namespace is sidecar-injected (Istio 1.23) and, in this install, a namespace-wide PeerAuthentication "default" sets mTLS
      mode STRICT (not in the snapshot: no Istio CRDs are captured). At 08:55 the community team re-released reviews-v3 (revision 5)
      with the pod annotation sidecar.istio.io/inject: "false" (a setting from a staging experiment on the JVM's start time that
      reached the prod manifest); image and env are unchanged. In the kit's convention the ReplicaSet templates are the injected pod
      specs, so the new template lacks istio-init, istio-proxy and the mesh volumes and carries the inject annotation; the old one is
      the injected spec. productpage's sidecar sees no istio tlsMode on the new endpoint and sends it plaintext, so reviews-v3 keeps
      answering; but reviews-v3's own JAX-RS client now calls http://ratings:9080/ratings/0 in plaintext, and the ratings pods'
      inbound listeners only have TLS filter chains: Envoy closes the connection ("- - -" 0 NR filter_chain_not_found in both
      ratings sidecars' access logs, from reviews-v3's pod IP), and LibertyRestEndpoint.getRatings prints "Error: unable to contact
      http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset" on
      stderr and renders "Ratings service is currently unavailable". reviews-v1 has no ratings and reviews-v2 (with its sidecar)
      still gets black stars, hence one reload in three. All pods stay Ready; no Event is a Warning. The fault is TLS between
      reviews and ratings (network-fault, tls-misconfig), introduced by reviews' release (alsoAcceptable: bad-deploy-rollout).
      Deviations from upstream: the STRICT PeerAuthentication (Istio's documented mTLS migration end state), the reviews-v3 release.
    `,
    workloads: {
      'reviews-v3': {
        patch: { initContainers: undefined, containers: [app], volumes: base.volumes.filter((v) => ['wlp-output', 'tmp'].includes(v.name)), podAnnotations: reviewsV3Annotations.new },
        rollout: {
          at: -52,
          revision: 5,
          oldReplicas: 0,
          oldPatch: { initContainers: base.initContainers, containers: base.containers, volumes: base.volumes, podAnnotations: base.podAnnotations },
        },
        endpointsChanged: -51.4,
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1 from 0', first: -52 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -51.4 },
      { on: 'rs:reviews-v3', reason: 'SuccessfulCreate', message: 'Created pod: reviews-v3-%RS%', first: -52 },
      { on: 'pod:reviews-v3#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -51.5 },
      { on: 'pod:reviews-v3#0', fieldPath: 'spec.containers{reviews}', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', first: -51.49 },
      { on: 'pod:reviews-v3#0', fieldPath: 'spec.containers{reviews}', reason: 'Created', message: 'Created container reviews', first: -51.49 },
      { on: 'pod:reviews-v3#0', fieldPath: 'spec.containers{reviews}', reason: 'Started', message: 'Started container reviews', first: -51.48 },
    ],
    logs: {
      'reviews-v3#0/reviews': [
        'Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on Eclipse OpenJ9 VM, version 17.0.6+10 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ibm/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
        '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
        '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.118 seconds.',
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.342 seconds.',
        ...Array.from({ length: 60 }, () => '[err] Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset'),
      ],
      'ratings-v1#0/istio-proxy': ratingsProxy('v1'),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy('v2'),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsApp('v1')],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsApp('v2')],
      'reviews-v2#0/reviews': [
        'Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on Eclipse OpenJ9 VM, version 17.0.6+10 (en_US)',
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.562 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 10.117 seconds.',
      ],
    },
  }),
];
