// Blind held-out batch s56a: one Istio Bookinfo scenario (split test) as a spec for scripts/s2-scenario-kit.mjs,
// on the kit system definition scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream selectors).
import { clock } from '../s2-scenario-kit.mjs';
import { bookinfoScenario, system as full } from '../kit-systems/bookinfo.mjs';

// Reduced to what bookinfo.yaml deploys (no details-v2, ratings-v2-mysql, mysqldb-v1): details-v1 and ratings-v1 own the
// details and ratings Services, which select by app only as upstream.
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const INC = '2026-07-08T16:44:00Z';
const T = clock(INC);
const ROLL = -27;

const v3 = full.workloads.find((w) => w.name === 'reviews-v3');
const reviewsContainer = v3.containers.find((c) => c.name === 'reviews');
const appVolumes = v3.volumes.filter((v) => ['wlp-output', 'tmp'].includes(v.name));
// The rollout adds sidecar.istio.io/inject: "false"; the webhook then injects nothing (no istio-init, no istio-proxy,
// none of the mesh volumes and annotations).
const noMesh = {
  initContainers: undefined,
  containers: [reviewsContainer],
  volumes: appVolumes,
  podAnnotations: { 'sidecar.istio.io/inject': 'false' },
};

// Istio's default TEXT access-log format of the sidecars (meshConfig.accessLogFile=/dev/stdout); a plaintext TCP connection
// refused by a STRICT inbound listener is logged with response flag NR and details filter_chain_not_found.
const nr = (min, ip, src) => `[${T.isoMs(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${ip}:9080 ${src}:${40000 + Math.round(-min * 97) % 20000} - -`;

export const scenarios = [
  bookinfoScenario({
    folder: 's56a-stars-gone-some-refreshes',
    description: "bookinfo product page: star ratings disappear on roughly every third refresh ('Ratings service is currently unavailable') since about 16:15. ratings pods look totally healthy?",
    incidentTime: INC,
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['tls-misconfig', 'pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `
      Manifest facts (samples/bookinfo/platform/kube/bookinfo.yaml, sidecar-injected with Istio 1.23 as in SOURCES.md): the
      reviews Service selects app=reviews, so v1, v2 and v3 share the traffic; v2 and v3 call http://ratings:9080/ratings/<id>
      (LibertyRestEndpoint.getRatings), and on a ProcessingException print "Error: unable to contact http://ratings:9080/ratings
      got exception …" to System.err (Open Liberty's dev console format prefixes it "[err] ") and answer the review with
      "rating": {"error": "Ratings service is currently unavailable"}; productpage renders that text. reviews-v1 never calls
      ratings.
      Fault (Istio "Mutual TLS Migration" task: with a STRICT PeerAuthentication, a workload without a sidecar cannot reach
      sidecar-injected workloads; the server-side Envoy closes the plaintext connection, and its access log shows
      "NR filter_chain_not_found", as in many istio/istio issues): the mesh runs a mesh-wide STRICT PeerAuthentication (in
      istio-system, not in this snapshot). A rollout of reviews-v3 at 16:17 added the pod annotation
      sidecar.istio.io/inject: "false" (copied from a load-test overlay), so the new reviews-v3 pod has no istio-proxy: its
      plaintext calls to ratings are reset by ratings' sidecar ("java.net.SocketException: Connection reset"). Calls into it
      still work (auto mTLS sends plaintext to an endpoint without the istio tlsMode label), the pod is Ready and logs only
      the ratings errors, ratings is healthy and only its proxy logs the refused connections. The fault is TLS between
      reviews-v3 and ratings (network-fault on reviews); the rollout that removed the sidecar is an accepted reading.
      Deviations from upstream: only the bookinfo.yaml workloads are deployed (details-v1, ratings-v1, reviews-v1..v3,
      productpage-v1); the inject annotation and the rollout are the fault; access logging on
      (meshConfig.accessLogFile) as in SOURCES.md; request ids and ports are invented.`,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' } },
      'ratings-v1': { serviceSelector: { app: 'ratings' } },
      'reviews-v3': {
        patch: noMesh,
        rollout: { at: ROLL, oldPatch: { initContainers: v3.initContainers, containers: v3.containers, volumes: v3.volumes, podAnnotations: v3.podAnnotations } },
        pods: [{ created: T.iso(ROLL + 0.02) }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% from 0 to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% from 1 to 0', first: ROLL + 0.4, source: 'deployment-controller' },
      { on: 'pod:reviews-v3#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.04 },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container reviews', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.04 },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: ROLL + 0.05 },
    ],
    logs: {
      'reviews-v3#0/reviews': (() => {
        const out = [
          'Launching defaultServer (Open Liberty 24.0.0.12/wlp-1.0.96.cl241220241119-0657) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)',
          '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
          '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
          '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
          '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
          '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.114 seconds.',
          '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, json-1.0, jsonp-1.0, servlet-3.1].',
          '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.861 seconds.',
        ];
        for (let m = ROLL + 1.2, k = 0; m < -0.2; m += 0.23, k++)
          out.push('[err] Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset');
        return out;
      })(),
      'reviews-v2#0/istio-proxy': (() => {
        const out = [];
        for (let m = -40; m < -0.2; m += 0.7) {
          const port = 51000 + (Math.round(-m * 13) % 900);
          out.push(`[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 2 "-" "Apache-CXF/3.1.18" "9a1d44e0-7c3b-9e52-b8f1-${String(Math.round(-m * 1000)).padStart(12, '0')}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:ratings%:9080 %PODIP%:${port - 1} - default`);
        }
        return out;
      })(),
      'ratings-v1#0/istio-proxy': (() => {
        const out = [];
        for (let m = -40; m < -0.2; m += 0.7)
          out.push(`[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 1 1 "-" "Apache-CXF/3.1.18" "9a1d44e0-7c3b-9e52-b8f1-${String(Math.round(-m * 1000)).padStart(12, '0')}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + Math.round(-m * 7) % 900} %PODIP%:9080 %IPOF:reviews-v2#0%:${51000 + Math.round(-m * 13) % 900} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
        for (let m = ROLL + 1.2; m < -0.2; m += 0.23) out.push(nr(m, '%PODIP%', '%IPOF:reviews-v3#0%'));
        return out.sort();
      })(),
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
      ],
    },
  }),
];
