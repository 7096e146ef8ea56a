// Istio Bookinfo blind dev scenario of batch s41b (kit spec; built by scripts/s41b-build.mjs): a DestinationRule for reviews
// with `tls.mode: SIMPLE` makes productpage's sidecar originate plain TLS to the reviews sidecars; every call fails the handshake.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// The workloads bookinfo.yaml deploys (no details-v2, no ratings-v2-mysql / mysqldb): details-v1 and ratings-v1 own their Services.
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const keep = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => keep.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const wz = (T, min) => {
  const i = T.iso(min);
  return `${i.slice(8, 10)}/${MON[Number(i.slice(5, 7)) - 1]}/${i.slice(0, 4)} ${i.slice(11, 19)}`;
};
const rid = (n) => {
  const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${x.slice(0, 4)}-9${x.slice(1, 4)}-a${x.slice(4, 7)}-${x}${x.slice(0, 4)}`;
};
const TLSERR = 'TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end';

const s1 = (() => {
  const incidentTime = '2026-05-12T10:52:00Z';
  const T = clock(incidentTime);
  const F = -20.7; // DestinationRule reviews applied (10:31:18)
  const reviewsPods = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'];
  const pp = [];
  const proxy = [];
  let n = 7100;
  for (let m = -42, i = 0; m < -0.1; m += 0.29 + (i % 4) * 0.03, i++) {
    const pid = i % 5;
    const ok = m < F;
    const up = `%IPOF:${reviewsPods[i % 3]}%`;
    const port = 38000 + ((i * 131) % 20000);
    pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${pid} HTTP/1.1" 200 178`);
    proxy.push(`[${T.isoMs(m)}] "GET /details/${pid} HTTP/1.1" 200 - via_upstream - "-" 0 178 3 2 "-" "python-requests/2.31.0" "${rid(n)}" "details:9080" "%IPOF:details-v1#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:details%:9080 %PODIP%:${port + 1} - default`);
    if (ok) {
      pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${pid} HTTP/1.1" 200 ${[358, 436, 439][i % 3]}`);
      proxy.push(`[${T.isoMs(m + 0.0005)}] "GET /reviews/${pid} HTTP/1.1" 200 - via_upstream - "-" 0 ${[358, 436, 439][i % 3]} ${[14, 31, 29][i % 3]} ${[13, 30, 28][i % 3]} "-" "python-requests/2.31.0" "${rid(n)}" "reviews:9080" "${up}:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %PODIP%:${port + 2} %SVCIP:reviews%:9080 %PODIP%:${port + 3} - default`);
    } else {
      for (const k of [0, 1]) {
        pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${pid} HTTP/1.1" 503 199`);
        proxy.push(`[${T.isoMs(m + 0.0004 + k * 0.0002)}] "GET /reviews/${pid} HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{remote_connection_failure|${TLSERR.replaceAll(' ', '_')}} - "${TLSERR}" 0 199 ${6 + (i % 3)} - "-" "python-requests/2.31.0" "${rid(n + 100000 + k)}" "reviews:9080" "%IPOF:${reviewsPods[(i + k + 1) % 3]}%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local - %SVCIP:reviews%:9080 %PODIP%:${port + 3 + k} - default`);
      }
    }
    pp.push(`INFO:werkzeug:::ffff:127.0.0.6 - - [${wz(T, m + 0.001)}] "GET /productpage HTTP/1.1" 200 -`);
    proxy.push(`[${T.isoMs(m - 0.0003)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 ${ok ? 5293 : 4419} ${ok ? 48 : 27} ${ok ? 47 : 26} "203.0.113.${(i * 7) % 250}" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "${rid(n + 1)}" "bookinfo.example.com" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + (i % 900)} %PODIP%:9080 192.168.${[8, 40, 72][i % 3]}.${31 + (i % 3) * 17}:${52000 + i} outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`);
    n += 3;
  }
  // productpage's sidecar also logs the inbound request after the outbound ones (Envoy logs at stream end); keep file order by time.
  proxy.sort((a, b) => a.slice(1, 25).localeCompare(b.slice(1, 25)));
  // reviews sidecars: inbound lines until the change, nothing after.
  const inbound = (w) => {
    const out = [];
    for (let m = -42, i = 0; m < F; m += 0.87 + (i % 3) * 0.05, i++)
      out.push(`[${T.isoMs(m)}] "GET /reviews/${i % 5} HTTP/1.1" 200 - via_upstream - "-" 0 ${w === 'v1' ? 358 : 436} ${w === 'v1' ? 9 : 27} ${w === 'v1' ? 8 : 26} "-" "python-requests/2.31.0" "${rid(5000 + i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${45000 + i} %PODIP%:9080 %IPOF:productpage-v1#0%:${39000 + i * 3} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);
    return out;
  };
  const ratingsNew = [
    `Server listening on: http://0.0.0.0:9080`,
  ];
  return bookinfoScenario({
    folder: 's41b-reviews-destinationrule-tls',
    incidentTime,
    description: 'bookinfo product page says "reviews are currently unavailable" on every book since ~10:30',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'productpage', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, images 1.20.1, sidecars of Istio 1.23, mesh-wide
      PERMISSIVE mTLS, access logging to stdout as in the demo profile). productpage calls http://reviews:9080/reviews/<id> twice
      with a 3 s timeout and shows "Sorry, product reviews are currently unavailable for this book." when neither answers 200
      (productpage.py getProductReviews); it logs urllib3's DEBUG lines. Fault: at 10:31 the community team applies a
      DestinationRule for reviews.bookinfo.svc.cluster.local adding outlier detection, copied from a TLS-origination example with
      trafficPolicy.tls.mode SIMPLE, which replaces Istio mutual TLS: productpage's sidecar now opens plain TLS (no Istio ALPN) to the
      reviews pods, the reviews sidecars pass it through to Liberty's plain-HTTP port, and BoringSSL rejects the HTTP answer as
      WRONG_VERSION_NUMBER, the documented symptom of a DestinationRule TLS mode that conflicts with mesh mTLS (Istio "Traffic
      Management Problems" and many issues). Envoy logs 503 UF,URX with upstream_reset_before_response_started{remote_connection_failure|TLS_error...},
      productpage logs the 503s and still answers 200 pages without reviews; the ingress gateway (istio-system) is not in the snapshot; the reviews and ratings pods are Running, Ready and
      silent after 10:31 (no request reaches them). DestinationRules are not in the snapshot. Decoy: a rollout restart of ratings-v1
      48 minutes before. The expected answer is the productpage-to-reviews TLS failing on reviews' mesh traffic policy;
      network-fault on productpage also accepted (the failing connections are its outbound ones).`,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' } },
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        rollout: { at: -48, revision: 2, oldPatch: { podAnnotations: full.workloads.find((w) => w.name === 'ratings-v1').podAnnotations } },
        patch: { podAnnotations: { ...full.workloads.find((w) => w.name === 'ratings-v1').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-48) } },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -48 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -47.3 },
      { on: 'pod:ratings-v1#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -47.45 },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'productpage-v1#0/istio-proxy': proxy,
      'reviews-v1#0/istio-proxy': inbound('v1'),
      'reviews-v2#0/istio-proxy': inbound('v2'),
      'reviews-v3#0/istio-proxy': inbound('v3'),
      'ratings-v1#0/ratings': ratingsNew,
    },
  });
})();

export const scenarios = [s1];
