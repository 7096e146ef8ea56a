// Blind dev batch s109a, Istio Bookinfo: one scenario (reviews-v3 re-injected by a canary istiod revision whose CA is
// self-signed instead of the plugged-in cacerts; mTLS to and from reviews-v3 fails certificate verification).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-05-06T09:47:00Z';
const T = clock(I);
const MON=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const wz=(min)=>{const [d,t]=T.go(min).split(' ');const [y,m,dd]=d.split('/');return `${dd}/${MON[Number(m)-1]}/${y} ${t}`;};
const base = system.workloads.find((w) => w.name === 'reviews-v3');
const oldProxy = base.containers.find((c) => c.name === 'istio-proxy');
const newProxy = {
  ...oldProxy,
  image: 'docker.io/istio/proxyv2:1.24.1',
  env: oldProxy.env.map((e) => (e.name === 'CA_ADDR' ? { ...e, value: 'istiod-1-24-1.istio-system.svc:15012' } : e)),
};
const newAnn = { ...base.podAnnotations, 'istio.io/rev': '1-24-1', 'sidecar.istio.io/status': base.podAnnotations['sidecar.istio.io/status'].replace('"revision":"default"', '"revision":"1-24-1"') };
const TLSV = 'TLS_error:_268435581:SSL_routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED';
const acc = (min, method, path, code, flags, up, dur, detail, cluster) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${detail} - "-" 0 ${code === 200 ? 358 : 190} ${dur} ${code === 200 ? dur - 2 : '-'} "-" "python-requests/2.31.0" "7c1e9a42-3b5d-9f0e-a6c8-${String(Math.round(-min * 1000)).padStart(12, '0')}" "reviews:9080" "${up}" ${cluster} - %SVCIP:reviews%:9080 %PODIP%:48212 - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's109a-reviews-canary-rev-ca-mismatch',
    incidentTime: I,
    description: 'bookinfo product page shows "Sorry, product reviews are currently unavailable" for maybe a third of reloads since the mesh upgrade window this morning. details still works',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      'reviews-v3': {
        patch: { podAnnotations: newAnn },
        containers: { 'istio-proxy': newProxy },
        rollout: { at: -52, oldContainers: { 'istio-proxy': oldProxy }, oldPatch: { podAnnotations: base.podAnnotations } },
      },
      'ratings-v1': {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -52 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -51 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${wz(-3)}] "GET /productpage HTTP/1.1" 200 -`,
        `ERROR:root:Error fetching product reviews: 503 Server Error: Service Unavailable for url: http://reviews:9080/reviews/0`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${wz(-2.2)}] "GET /productpage HTTP/1.1" 200 -`,
        `ERROR:root:Error fetching product reviews: 503 Server Error: Service Unavailable for url: http://reviews:9080/reviews/0`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${wz(-1.1)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
      'productpage-v1#0/istio-proxy': [
        acc(-3.01, 'GET', '/reviews/0', 503, 'UF,URX', '%IPOF:reviews-v3#0%:9080', 12, `upstream_reset_before_response_started{connection_failure,${TLSV}}`, 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        acc(-2.6, 'GET', '/reviews/0', 200, '-', '%IPOF:reviews-v2#0%:9080', 41, 'via_upstream', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        acc(-2.21, 'GET', '/reviews/0', 503, 'UF,URX', '%IPOF:reviews-v3#0%:9080', 10, `upstream_reset_before_response_started{connection_failure,${TLSV}}`, 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
        acc(-1.11, 'GET', '/reviews/0', 200, '-', '%IPOF:reviews-v1#0%:9080', 18, 'via_upstream', 'outbound|9080||reviews.bookinfo.svc.cluster.local'),
      ],
      'reviews-v3#0/istio-proxy': [
        `${T.isoMs(-51.6)}\tinfo\tFLAG: --domain="bookinfo.svc.cluster.local"`,
        `${T.isoMs(-51.5)}\tinfo\tCA Endpoint istiod-1-24-1.istio-system.svc:15012, provider Citadel`,
        `${T.isoMs(-51.4)}\tinfo\tcache\tgenerated new workload certificate\tlatency=92.4ms ttl=23h59m59.1s`,
        `${T.isoMs(-51.4)}\tinfo\tcache\tRoot cert has changed, start rotating root cert`,
        `${T.isoMs(-51.2)}\tinfo\tReadiness succeeded in 1.21s`,
        `${T.isoMs(-40)}\twarning\tenvoy connection external/envoy/source/common/tls/ssl_socket.cc:246\tremote address:%IPOF:ratings-v1#0%:9080,TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end\tthread=21`,
        `${T.isoMs(-3.01)}\twarning\tenvoy connection external/envoy/source/common/tls/ssl_socket.cc:246\tremote address:%IPOF:productpage-v1#0%:52108,TLS_error:|268436502:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN:TLS_error_end\tthread=23`,
      ],
      'reviews-v3#0/reviews': [
        `[${T.java(-51.3).slice(0, 19).replace(' ', 'T')}] 00000001 com.ibm.ws.kernel.feature.internal.FeatureManager A CWWKF0011I: The defaultServer server is ready to run a smarter planet.`,
      ],
      'reviews-v2#0/reviews': [`[${T.java(-60 * 24 * 5).slice(0, 19).replace(' ', 'T')}] 00000001 com.ibm.ws.kernel.feature.internal.FeatureManager A CWWKF0011I: The defaultServer server is ready to run a smarter planet.`],
    },
    grounding: `Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (+ -details-v2, -ratings-v2-mysql, -mysql) sidecar-injected with Istio 1.23 (kit system scripts/kit-systems/bookinfo.mjs); the reviews Service selects app=reviews, so v1, v2 and v3 share it.
      Fault: during a canary (revision-based) Istio upgrade, reviews-v3 was relabelled istio.io/rev=1-24-1 and restarted; the canary istiod was installed without the plugged-in cacerts Secret, so it signs with its own self-signed root (Istio docs "Plug in CA certificates" and canary upgrade guide warn that each revision must use the same root). Its workload certificate does not chain to the root the default-revision sidecars trust: productpage's sidecar fails CERTIFICATE_VERIFY_FAILED (UF,URX, 503) on every request routed to reviews-v3, about a third, while reviews-v3 stays Ready. The only template difference between the old and new reviews-v3 ReplicaSets is the istio-proxy image/CA_ADDR and the revision annotations.
      Deviations: Envoy access-log fields abbreviated; the canary revision name is invented. Decoy: ratings-v1 OOMKilled four days ago.`,
  }),
];
