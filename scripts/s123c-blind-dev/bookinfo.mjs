// Blind dev batch s123c: one Bookinfo scenario (system and selectors from scripts/kit-systems/bookinfo.mjs).
// productpage given REVIEWS_HOSTNAME=ratings in a release; reviews and ratings are healthy.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-05-15T11:30:00Z';
const T = clock(I);
const pp = system.workloads.find((w) => w.name === 'productpage-v1').containers[0];
const ppEnv = [...(pp.env ?? []), { name: 'REVIEWS_HOSTNAME', value: 'ratings' }];
const py = (min, lvl, msg) => `${T.java(min).replace('.', ',')} ${lvl} ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's123c-productpage-reviews-hostname-ratings',
    description: 'bookinfo product page says "Sorry, product reviews are currently unavailable for this book" for last ~25 min. details still shows',
    incidentTime: I,
    expected: { component: 'productpage', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productpage', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'rollout-regression', 'time-expression'],
    grounding: `
      Manifest: productpage.py (istio/istio samples/bookinfo) reads REVIEWS_HOSTNAME (default "reviews") and calls
      http://<host>:9080/reviews/<id>; upstream bookinfo.yaml sets no env on productpage-v1.
      Fault: a release added REVIEWS_HOSTNAME=ratings (meant for another service's values). ratings answers
      GET /reviews/0 with 404 ({"error":"unsupported URL"}), productpage logs it and renders the "reviews unavailable"
      banner; it stays Ready. reviews and ratings log nothing wrong. Deviation: only the env differs between the
      productpage ReplicaSets.`,
    workloads: {
      'productpage-v1': { rollout: { at: -27, oldReplicas: 0, oldContainers: { productpage: { env: pp.env } } }, containers: { productpage: { env: ppEnv } } },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -27 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -26.5 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        py(-20, 'INFO', 'start at port 9080'),
        `INFO:werkzeug:127.0.0.6 - - [${T.go(-19)}] "GET /productpage HTTP/1.1" 200 -`,
        py(-19, 'DEBUG', 'Starting new HTTP connection (1): ratings:9080'),
        py(-19, 'DEBUG', 'http://ratings:9080 "GET /reviews/0 HTTP/1.1" 404 35'),
        `INFO:werkzeug:127.0.0.6 - - [${T.go(-3)}] "GET /productpage HTTP/1.1" 200 -`,
        py(-3, 'DEBUG', 'http://ratings:9080 "GET /reviews/0 HTTP/1.1" 404 35'),
      ],
      'ratings-v1#0/ratings': [`GET /health`, `GET /ratings/0`],
    },
  }),
];
