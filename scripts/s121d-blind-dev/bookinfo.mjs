// Batch s121d (blind dev, no-fault incidents): Bookinfo spec — "have to sign in again after reopening the browser" is
// Flask's non-permanent session cookie; a ratings restart with reviews errors inside the window is the decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-05-16T11:00:00Z');
const rv = [];
for (let k = 0; k < 28; k++) rv.push(`[${'5/16/26'}, ${T.java(-40 + k * 0.1).slice(11, 19)}:${String(k * 7 % 1000).padStart(3, '0')} UTC] 0000003${k % 4} SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings got status of 503`);
rv.push(`[5/16/26, ${T.java(-20).slice(11, 19)}:101 UTC] 00000031 SystemOut                                                    O Retrieved ratings for product 0`);

export const scenarios = [
  bookinfoScenario({
    folder: 's121d-login-not-remembered',
    incidentTime: '2026-05-16T11:00:00Z',
    description: 'bookinfo users complain they must sign in again every time they reopen the browser (productpage). also ratings was flapping 40 min ago - related?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'pods-ready'],
    grounding: `
      No fault. productpage (samples/bookinfo/src/productpage/productpage.py) stores the signed-in user in Flask's
      session; it never sets session.permanent, so the cookie is a browser-session cookie that browsers drop when they
      close: expected behaviour of the sample since it was written.
      Decoy inside the window: the ratings-v1 container exited once 41 minutes before the report (Node.js exit 1,
      restarted, Ready since); reviews-v2 and reviews-v3 logged "unable to contact http://ratings:9080/ratings got status
      of 503" for about three minutes (the sidecar answering 503 while no endpoint was ready), then "Retrieved ratings"
      again. Deviation from upstream: none in the manifests; the ratings exit is invented as a decoy.`,
    workloads: {
      'ratings-v1': { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-39.5), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-40.2) } }) }, readyTransition: T.iso(-39.3) }] },
    },
    events: [
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -39.6, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -39.5, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'reviews-v2#0/reviews': rv,
      'reviews-v3#0/reviews': rv.filter((_, i) => i % 2 === 0),
      'ratings-v1#0/ratings/previous': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0'],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0'],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [16/May/2026 ${T.java(-30).slice(11, 19)}] "POST /login HTTP/1.1" 302 -`,
        `INFO:werkzeug:127.0.0.6 - - [16/May/2026 ${T.java(-29.9).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [16/May/2026 ${T.java(-12).slice(11, 19)}] "GET /logout HTTP/1.1" 302 -`,
      ],
    },
  }),
];
