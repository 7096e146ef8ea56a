// Blind held-out batch s100b: one Bookinfo scenario (split test), built by scripts/s100b-build.mjs with the scenario
// kit; the system is scripts/kit-systems/bookinfo.mjs (Istio samples/bookinfo), spec passed through bookinfoScenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;

const IT = '2026-06-02T11:05:00Z';
const T = clock(IT);
const CHANGE = -27;
const liberty = (min, msg) => `[${T.java(min).replace(' ', 'T').slice(0, 23)}Z] ${msg}`;
const envoy = (min, id) => `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "Java/11.0.24" "${id}" "ratings:9080" "-" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:0 - default`;
const pp = (min, line) => `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.go(min).replace(/(\d+)\/(\d+)\/(\d+) /, (_, y, m, d) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}/${y} `).replace(' ', ':')}] ${line}`;

const reviewsLog = (offset) => {
  const out = [liberty(-60 * 24 * 9 + 0.6, 'CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 14.902 seconds.')];
  for (let i = 0; i < 10; i++) {
    const m = -45 + i * 4.3 + offset;
    if (m > CHANGE) out.push(liberty(m, 'Error: unable to contact http://ratings:9080/ratings got status of 503'));
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's100b-stars-missing',
    incidentTime: IT,
    description: 'book page lost its star ratings ~10:40, says ratings currently unavailable. ratings pods all green, reviews team says their svc is fine',
    expected: { component: 'ratings', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      'ratings-v2-mysql': { serviceSelector: { app: 'ratings', version: 'v2' }, endpointsChanged: CHANGE },
    },
    events: [],
    logs: {
      'reviews-v2#0/reviews': reviewsLog(0),
      'reviews-v3#0/reviews': reviewsLog(1.7),
      'reviews-v3#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 9 + 0.3).replace(/Z$/, '000Z')}\tinfo\tEnvoy proxy is ready`,
        envoy(-20.6, 'b1e0a2c4-7f3d-9d12-8a41-5e2c0f7b3d96'),
        envoy(-12.0, '4c8d1f20-31ab-9e57-b0c6-9a1e2d3f4b58'),
        envoy(-3.4, 'e97a2b31-0c4d-9f18-a2b6-7d3e1c5f8a04'),
      ],
      'productpage-v1#0/productpage': [
        pp(-30, '"GET /productpage HTTP/1.1" 200 -'),
        pp(-18, '"GET /productpage HTTP/1.1" 200 -'),
        pp(-5, '"GET /productpage HTTP/1.1" 200 -'),
      ],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'mysqldb-v1#0/mysqldb': [
        `${T.isoMs(-60 * 24 * 9 + 0.4).replace(/Z$/, '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.32'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
    },
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube): the ratings Service selects app: ratings only, and reviews v2/v3 call
      http://ratings:9080/ratings and print "Error: unable to contact ... got status of 503" when it fails (upstream
      LibertyRestEndpoint.java), so the page shows "Ratings service is currently unavailable". Deviation: about 27 minutes
      before the incident the ratings Service was re-applied with selector { app: ratings, version: v2 } (a canary overlay
      meant for a plain v2 subset), which matches neither ratings pod (version v1 and v2-mysql): the Endpoints object is
      empty, both ratings pods stay Running and Ready, and the callers' sidecars answer 503 UH no_healthy_upstream. The
      fault follows the common selector/label mismatch documented in the Kubernetes "Debug Services" guide. Envoy access
      log lines use Istio's default text format; application lines are synthetic.
    `,
  }),
];
