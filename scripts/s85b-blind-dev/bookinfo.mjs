// Blind dev batch s85b: one Bookinfo scenario (network-fault: 5 s DNS lookups from the conntrack insert race hitting
// productpage), built by scripts/s85b-build.mjs with scripts/kit-systems/bookinfo.mjs (bookinfoScenario).
import { clock } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const IT = '2026-05-15T19:30:00Z';
const T = clock(IT);
const py = (m) => T.java(m).replace('.', ',');
const pp = [];
for (let m = -40; m < -1; m += 0.9) {
  const bad = Math.round(m * 10) % 3 === 0;
  pp.push(`INFO:werkzeug:127.0.0.6 - - [${py(m).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`);
  if (bad) {
    pp.push(`ERROR:root:Error fetching product reviews: HTTPConnectionPool(host='reviews', port=9080): Read timed out. (read timeout=3.0)`);
  }
}
for (let m = -39.5; m < -1; m += 4) pp.push(`ERROR:root:Error fetching product details: HTTPConnectionPool(host='details', port=9080): Max retries exceeded with url: /details/0 (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f3c8a1e2d50>, 'Connection to details timed out. (connect timeout=3.0)'))`);
export const scenarios = [
  bookinfoScenario({
    folder: 's85b-productpage-dns-conntrack-5s',
    description: 'bookinfo productpage randomly shows "reviews unavailable"/"details unavailable" since ~18:50, maybe 1 in 3 loads. reviews/details pods look fine??',
    incidentTime: IT,
    expected: { component: 'productpage', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['network-latency', 'pods-ready', 'time-expression'],
    grounding: `
      Bookinfo (istio/istio samples/bookinfo, as in scripts/kit-systems/bookinfo.mjs): productpage (Python, requests) calls
      details and reviews by short name with timeout=3.0. Fault follows the public "racy conntrack and DNS lookup timeouts"
      reports (Weaveworks blog, XING engineering post-mortem "DNS lookups in Kubernetes take 5 seconds", kubernetes/kubernetes
      #56903): glibc sends the A and AAAA queries over the same UDP socket, the two packets race in the kernel's conntrack
      insert on the node after kube-proxy's DNAT, one is dropped, and the resolver waits its 5 s timeout. With ndots:5 the
      short names expand through the search list, so a share of productpage's lookups take 5 s and exceed its 3 s request
      timeout; reviews and details are healthy and log nothing unusual, no pod restarts. Nothing in the cluster objects
      changed (it began with a traffic increase on the node productpage runs on). Fix in the reports: dnsConfig option
      single-request-reopen or NodeLocal DNSCache. Deviation: productpage's logger prints through Python logging's default
      format here; only productpage logs are written.
    `,
    logs: {
      'productpage-v1#0/productpage': pp,
    },
  }),
];
