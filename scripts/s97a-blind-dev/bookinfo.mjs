// Blind dev batch s97a: Istio Bookinfo scenario (system from scripts/kit-systems/bookinfo.mjs, bookinfoScenario selectors).
// ratings-v1 container left frozen by a forensic checkpoint that never finished; its pod stays Ready, reviews time out.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-05-16T20:50:00Z');
const lib = (min, msg) => msg; // System.out lines reach the console unprefixed
const rev = (v) => {
  const out = [];
  for (let m = -33; m < -0.5; m += 1.3) {
    if (Math.round(m * 10) % 2 === 0) out.push(lib(m, 'Error: unable to contact ratings:9080 got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out'));
  }
  return out;
};
const pp = [];
for (let m = -33; m < -0.5; m += 1.3) {
  pp.push(`INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3 $4')}] "GET /productpage HTTP/1.1" 200 -`);
}
const ratingsV2 = [`Server listening on: http://0.0.0.0:9080`, `GET /ratings/0`, `GET /ratings/0`, `GET /ratings/0`];

export const scenarios = [
  bookinfoScenario({
    folder: 's97a-ratings-v1-frozen-by-checkpoint',
    incidentTime: '2026-05-16T20:50:00Z',
    description: 'bookinfo product page: star ratings keep showing "Ratings service is currently unavailable" for maybe half the page loads, and the page is slow (secs). reviews pods look fine?',
    expected: { component: 'ratings', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only'],
    workloads: {},
    logs: {
      'reviews-v2#0/reviews': rev('v2'),
      'reviews-v3#0/reviews': rev('v3'),
      'productpage-v1#0/productpage': pp,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0'],
      'ratings-v2-mysql#0/ratings': ratingsV2,
      'ratings-v1#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 3)}\tinfo\tads\tADS: new connection for node:1`,
        `${T.isoMs(-34.2)}\twarning\tenvoy main external/envoy/source/server/server.cc:851\tthere is no configured limit to the number of allowed active downstream connections. Configure a limit in \`envoy.resource_monitors.downstream_connections\` resource monitor.\tthread=8`,
      ],
    },
    grounding: `
      Upstream istio/istio samples/bookinfo: ratings is served by ratings-v1 and (here) ratings-v2-mysql behind one Service selecting
      app=ratings; reviews-v2/v3 call http://ratings:9080/ratings/<id> with a JAX-RS read timeout (10 s for black stars, 2.5 s for red)
      and print "Error: unable to contact ratings..." on failure, and productpage renders "Ratings service is currently unavailable".
      No readiness probe is set on the ratings container; the pod's readiness is only the istio-proxy's /healthz/ready, so it stays
      Ready. Fault follows the Kubernetes forensic container checkpointing feature (kubelet /checkpoint API, KEP-2008; CRIU freezes
      the container's cgroup while dumping): a checkpoint of ratings-v1 started by the security team at about 20:16 never completed,
      leaving the Node.js process frozen, so connections from the sidecar to it are accepted by Envoy and never answered - about half of
      the ratings calls time out. The kubelet writes no Event for a checkpoint. Deviations: two ratings versions serve together as the
      kit's system has them; the Envoy warning line is routine noise.
    `,
  }),
];
