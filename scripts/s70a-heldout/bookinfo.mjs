// Blind held-out batch s70a: one Bookinfo scenario (split test) on the kit system scripts/kit-systems/bookinfo.mjs, reduced
// to the workloads bookinfo.yaml deploys (details-v1 and ratings-v1 own their Services); built by scripts/s70a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1'
        ? { ...w, service: { name: 'details', ...HTTP } }
        : w.name === 'ratings-v1'
          ? { ...w, service: { name: 'ratings', ...HTTP } }
          : w,
    ),
};

const INCIDENT = '2026-06-15T09:18:00Z';
const T = clock(INCIDENT);
const SEL = {
  'details-v1': 'details',
  'ratings-v1': 'ratings',
  'reviews-v3': 'reviews',
  'productpage-v1': 'productpage',
};

// Istio 1.23 pilot-agent / Envoy console lines: "<RFC3339 µs>\t<level>\t<scope>\t<msg>"
const us = (min, k = 0) => T.isoMs(min).replace(/Z$/, `${String(100 + ((k * 37) % 900)).padStart(3, '0')}Z`);
const proxy = (pod, started) => {
  const l = [
    `${us(started, 1)}\tinfo\tFLAG: --concurrency="2"`,
    `${us(started, 2)}\tinfo\tFLAG: --domain="bookinfo.svc.cluster.local"`,
    `${us(started, 3)}\tinfo\tVersion 1.23.2-6a3d5d2ea1f30c6d3d9a7c9c43f2a9a0c0b8c7f1-Clean`,
    `${us(started + 0.005, 4)}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=${pod}.bookinfo domain=bookinfo.svc.cluster.local`,
    `${us(started + 0.01, 5)}\tinfo\txdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"`,
    `${us(started + 0.012, 6)}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=108.39721ms ttl=23h59m59.061927836s`,
    `${us(started + 0.013, 7)}\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1`,
    `${us(started + 0.02, 8)}\tinfo\tReadiness succeeded in 1.318830311s`,
    `${us(started + 0.02, 9)}\tinfo\tEnvoy proxy is ready`,
  ];
  // istiod closes every xDS stream after its max connection age (~30 min); the proxy reconnects: benign
  let id = 2;
  for (let m = -60 * 3; m < -0.5; m += 31.3) {
    l.push(
      `${us(m, id)}\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152\tDeltaAggregatedResources gRPC config stream to xds-grpc closed: 0, \tthread=15`,
    );
    l.push(
      `${us(m + 0.0005, id)}\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=${id}`,
    );
    id++;
  }
  return l;
};
const liberty = (ver, started) => [
  'Launching defaultServer (Open Liberty 24.0.0.12/wlp-1.0.96.cl241220241119-0657) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-' + ver + ':9080/',
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in ${(2.4 + (started % 1)).toFixed(3)} seconds.`,
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jndi-1.0, jsonb-3.0, jsonp-2.1, mpConfig-3.1, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${(6.9 + (started % 1)).toFixed(3)} seconds.`,
];
// traffic: productpage hits reviews round-robin over v1/v2/v3; only v2/v3 call ratings
const ratings = ['Server listening on: http://0.0.0.0:9080'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const webrick = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const details = [
  `[${T.java(-60 * 24 * 4).slice(0, 19)}] INFO  WEBrick 1.8.1`,
  `[${T.java(-60 * 24 * 4).slice(0, 19)}] INFO  ruby 3.3.5 (2024-09-03) [x86_64-linux]`,
  `[${T.java(-60 * 24 * 4).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
for (let m = -40, k = 0; m < -0.1; m += 0.21, k++) {
  details.push(`127.0.0.6 - - [${webrick(m)}] "GET /details/0 HTTP/1.1" 200 178`);
  details.push('- -> /details/0');
  if (k % 3 !== 0) ratings.push('GET /ratings/0');
}

export const scenarios = [
  {
    folder: 's70a-stars-come-and-go',
    incidentTime: INCIDENT,
    description:
      'bookinfo product page: the star ratings keep changing when I refresh?? sometimes no stars at all, sometimes black ones, sometimes red. is ratings broken? noticed it this morning',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy'],
    workloads: Object.fromEntries(Object.entries(SEL).map(([wl, app]) => [wl, { serviceSelector: { app } }])),
    events: [],
    logs: {
      'productpage-v1#0/productpage': [
        `[${T.java(-60 * 24 * 4 + 0.2).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 23.0.0`,
        `[${T.java(-60 * 24 * 4 + 0.2).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
        `[${T.java(-60 * 24 * 4 + 0.2).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
        ...[8, 9, 10, 11, 12, 13, 14, 15].map(
          (pid) =>
            `[${T.java(-60 * 24 * 4 + 0.21).slice(0, 19)} +0000] [${pid}] [INFO] Booting worker with pid: ${pid}`,
        ),
      ],
      'productpage-v1#0/istio-proxy': proxy('productpage-v1', -60 * 24 * 4 + 0.15),
      'reviews-v1#0/reviews': liberty('v1', -60 * 24 * 4 + 0.3),
      'reviews-v1#0/istio-proxy': proxy('reviews-v1', -60 * 24 * 4 + 0.25),
      'reviews-v2#0/reviews': liberty('v2', -60 * 24 * 4 + 0.35),
      'reviews-v3#0/reviews': liberty('v3', -60 * 24 * 4 + 0.4),
      'ratings-v1#0/ratings': ratings,
      'ratings-v1#0/istio-proxy': proxy('ratings-v1', -60 * 24 * 4 + 0.1),
      'details-v1#0/details': details,
    },
    grounding: `
      System: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (Bookinfo 1.20.1, sidecars injected by Istio 1.23) through
      the kit system scripts/kit-systems/bookinfo.mjs, reduced to the workloads bookinfo.yaml deploys: details-v1, ratings-v1,
      reviews-v1/v2/v3 and productpage-v1, each HTTP Service selecting by app only. No VirtualService or DestinationRule is
      applied, so the reviews Service balances productpage's calls across all three versions.
      No fault: this is the documented Bookinfo behaviour (Istio "Bookinfo Application" page: refresh and the stars change).
      The reviews images differ only by build args (samples/bookinfo/src/reviews/Dockerfile: ENABLE_RATINGS=false for v1,
      STAR_COLOR black for v2 and red for v3): v1 never calls ratings and renders no stars, v2 black, v3 red. Every pod is
      Running and Ready with no restarts; ratings logs the GET /ratings/0 calls of v2 and v3 only.
      Benign noise: the sidecars' periodic "DeltaAggregatedResources gRPC config stream to xds-grpc closed: 0" warnings and
      reconnects (istiod's max connection age), which look like errors but are expected.
      Deviations from upstream: log lines are shortened; request volume is invented.
    `,
  },
];
