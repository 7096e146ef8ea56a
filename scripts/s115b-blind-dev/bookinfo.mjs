// Blind dev batch s115b: one Bookinfo scenario (details' WEBrick at MaxClients behind idle keep-alive connections),
// built with the s2 kit by scripts/s115b-build.mjs; the system is scripts/kit-systems/bookinfo.mjs (bookinfoScenario).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export const system = base;

const T = clock('2026-05-16T20:10:00Z');
const pp = (min, lvl, msg) => `${lvl}:root:${msg}`;
const envoy = (min, path, code, flags, dur, up) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 178 : 24} ${dur} - "-" "python-requests/2.31.0" "3b1f0d92-7c5e-9a4d-8e21-6f0a4c3b2d19" "details:9080" "${up}" outbound|9080||details.bookinfo.svc.cluster.local - 10.100.20.5:9080 - - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's115b-details-webrick-maxclients',
    incidentTime: '2026-05-16T20:10:00Z',
    description: 'product page shows "Error fetching product details" for ~30 min, reviews/stars still load',
    expected: { component: 'details', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'details', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `Bookinfo's details service is a single Ruby WEBrick server (samples/bookinfo/src/details/details.rb);
      WEBrick serves at most :MaxClients (default 100) connections and leaves further accepted sockets unserved.
      productpage calls details with requests and a 3 s timeout and renders "Error fetching product details" on any
      failure (productpage.py getProductDetails). Fault: a soak test left running from a laptop over a port-forward holds
      100 idle keep-alive connections to details-v1, so both details pods' WEBrick servers (the Service selects app=details)
      stop answering in-mesh requests; pods stay Running and Ready (no probes upstream), Envoy reports upstream request
      timeouts (UT / 504) or resets, productpage is the loud one. Deviation from upstream: none in manifests; the leaked
      client is assumed.`,
    workloads: {},
    events: [],
    logs: {
      'productpage-v1#0/productpage': [
        pp(-35, 'INFO', 'start at port 9080'),
        pp(-28, 'ERROR', 'Error fetching product details: HTTPConnectionPool(host=\'details\', port=9080): Read timed out. (read timeout=3.0)'),
        pp(-14, 'ERROR', 'Error fetching product details: HTTPConnectionPool(host=\'details\', port=9080): Read timed out. (read timeout=3.0)'),
        pp(-2, 'ERROR', 'Error fetching product details: HTTPConnectionPool(host=\'details\', port=9080): Read timed out. (read timeout=3.0)'),
      ],
      'productpage-v1#0/istio-proxy': [
        envoy(-28, '/details/0', 0, 'DC', 3001, '192.168.45.61:9080'),
        envoy(-2, '/details/0', 0, 'DC', 3002, '192.168.77.33:9080'),
      ],
      'details-v1#0/details': [
        `[${T.java(-60 * 24 * 5).replace(' ', ' ').slice(0, 19)}] INFO  WEBrick 1.7.0`,
        `[${T.java(-60 * 24 * 5).slice(0, 19)}] INFO  ruby 3.1.6 (2024-05-29) [x86_64-linux]`,
        `[${T.java(-60 * 24 * 5).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
      'reviews-v3#0/reviews': [`[${T.java(-3).slice(0,19).replace(' ', 'T')}] [AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v3:9080/`],
    },
  }),
];
