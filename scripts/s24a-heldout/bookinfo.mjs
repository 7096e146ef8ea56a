// Blind held-out scenario (batch s24a, split: test) for Istio Bookinfo: the tutorial's 7 s delay fault on the ratings route,
// applied for a resilience test and left matching every user, so productpage gives up on reviews; built by scripts/s24a-build.mjs.
import { createHash } from 'node:crypto';
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-04-22T16:05:00Z';
const T = clock(INCIDENT);
const FAULT = -17; // 15:48
const rid = (s) => {
  const x = createHash('sha256').update(s).digest('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const port = (s) => 32768 + (parseInt(createHash('sha256').update(s).digest('hex').slice(0, 4), 16) % 28000);
// Envoy's default TEXT access log format (meshConfig.accessLogFile: /dev/stdout).
const envoy = ({ min, path, code, flags, details, term = '-', sent, dur, ust, ua, authority, upstream, cluster, local, down, route, tag }) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} ${term} "-" 0 ${sent} ${dur} ${ust} "-" "${ua}" "${rid(tag)}" "${authority}" "${upstream}" ${cluster} ${local} ${down} ${route}`;

// reviews-v2 / v3 sidecars: outbound calls to ratings (the fault is injected here, on the client side).
const reviewsOut = (wl, seed) => {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.2; m += m < FAULT ? 1.9 : 0.55, i++) {
    const up = i % 2 ? '%IPOF:ratings-v1#0%' : '%IPOF:ratings-v2-mysql#0%';
    const faulty = m >= FAULT;
    out.push(envoy({
      min: m, path: `/ratings/${i % 4}`, code: 200, flags: faulty ? 'DI' : '-', details: 'via_upstream', sent: 48,
      dur: faulty ? 7001 + (i * 37) % 9 : 2 + (i % 4), ust: 1 + (i % 3), ua: 'Apache-CXF/3.1.18', authority: 'ratings:9080',
      upstream: `${up}:9080`, cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local',
      local: `%PODIP%:${port(`${seed}l${i}`)}`, down: `%SVCIP:ratings%:9080 %PODIP%:${port(`${seed}d${i}`)} -`, route: faulty ? '-' : 'default', tag: `${seed}${i}`,
    }));
  }
  return out;
};
const ratingsIn = (seed) => {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.2; m += m < FAULT ? 3.8 : 1.1, i++)
    out.push(envoy({
      min: m, path: `/ratings/${i % 4}`, code: 200, flags: '-', details: 'via_upstream', sent: 48, dur: 1 + (i % 2), ust: 1,
      ua: 'Apache-CXF/3.1.18', authority: 'ratings:9080', upstream: '%PODIP%:9080', cluster: 'inbound|9080||',
      local: `127.0.0.6:${port(`${seed}l${i}`)}`, down: `%PODIP%:9080 ${i % 2 ? '%IPOF:reviews-v2#0%' : '%IPOF:reviews-v3#0%'}:${port(`${seed}d${i}`)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local`, route: 'default', tag: `${seed}${i}`,
    }));
  return out;
};
const productpageOut = () => {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.2; m += m < FAULT ? 1.2 : 0.45, i++) {
    const v = ['reviews-v1', 'reviews-v2', 'reviews-v3'][i % 3];
    const slow = m >= FAULT && v !== 'reviews-v1';
    out.push(envoy({
      min: m, path: `/reviews/${i % 4}`, code: slow ? 0 : 200, flags: slow ? 'DC' : '-', details: slow ? 'downstream_remote_disconnect' : 'via_upstream',
      sent: slow ? 0 : v === 'reviews-v1' ? 295 : 358, dur: slow ? 3001 + (i % 5) : v === 'reviews-v1' ? 9 + (i % 6) : 14 + (i % 9), ust: slow ? '-' : 8 + (i % 5),
      ua: 'python-requests/2.32.3', authority: 'reviews:9080', upstream: `%IPOF:${v}#0%:9080`, cluster: 'outbound|9080||reviews.bookinfo.svc.cluster.local',
      local: `%PODIP%:${port(`pl${i}`)}`, down: `%SVCIP:reviews%:9080 %PODIP%:${port(`pd${i}`)} -`, route: 'default', tag: `pp${i}`,
    }));
  }
  return out;
};
const productpageApp = () => {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.2; m += m < FAULT ? 1.2 : 0.9, i++) {
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${i % 4} HTTP/1.1" 200 178`);
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    if (m < FAULT || i % 3 === 0) out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${i % 4} HTTP/1.1" 200 ${i % 3 === 0 ? 295 : 358}`);
    else out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (2): reviews:9080`);
    out.push(`INFO:werkzeug:127.0.0.6 - - [${T.java(m + 0.01).slice(0, 19).replace(/(\d+)-(\d+)-(\d+) /, (_, y, mo, d) => `${d}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]}/${y} `)}] "GET /productpage HTTP/1.1" 200 -`);
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's24a-ratings-delay-fault-left-on',
    incidentTime: INCIDENT,
    description: "productpage shows 'Sorry, product reviews are currently unavailable' on about half the loads since ~15:50",
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-latency', 'pods-ready', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo (samples/bookinfo/platform/kube/bookinfo.yaml, -ratings-v2-mysql, -mysql, Istio 1.23 sidecars, access logging
      on through meshConfig.accessLogFile) and Istio's own fault-injection task: samples/bookinfo/networking/virtual-service-ratings-test-delay.yaml
      injects a fixed 7 s delay (percentage 100) on the ratings route. The task explains the resulting bug: reviews v2/v3 wait up to
      10 s for ratings, but productpage gives reviews 3 s plus one retry, so the page shows "Sorry, product reviews are currently
      unavailable for this book." A platform engineer applied the VirtualService at 15:48 for a resilience test with the
      end-user: jason match removed, and forgot it. The VirtualService itself is not in the snapshot (not a kind the API lists
      here); the evidence is in the sidecars' access logs: reviews-v2's and reviews-v3's outbound calls to ratings carry the DI
      (delay injected) response flag and ~7000 ms durations, while ratings' inbound side answers in 1-2 ms; productpage's sidecar
      shows 0 DC downstream_remote_disconnect after 3 s for reviews-v2/v3, and reviews-v1 (no ratings call) still answers, so
      roughly half the page loads lose their reviews. Every pod stays Running and Ready and no application logs an error. The
      careful answer is an injected network delay on the path to ratings (network-fault on ratings; on reviews, whose sidecar
      injects it and whose calls are the slow ones, also accepted). A healthy productpage rollout two hours earlier is a decoy.
    `,
    workloads: {
      'productpage-v1': { rollout: { at: -130 } },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% from 0 to 1', first: -130 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% from 1 to 0', first: -129 },
    ],
    logs: {
      'reviews-v2#0/istio-proxy': reviewsOut('reviews-v2', 'r2'),
      'reviews-v3#0/istio-proxy': reviewsOut('reviews-v3', 'r3'),
      'ratings-v1#0/istio-proxy': ratingsIn('rt1'),
      'ratings-v2-mysql#0/istio-proxy': ratingsIn('rt2'),
      'productpage-v1#0/istio-proxy': productpageOut(),
      'productpage-v1#0/productpage': productpageApp(),
      'reviews-v2#0/reviews': [
        `[${T.java(-60 * 24 * 5).slice(0, 19)}:000 UTC] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0002I: The kernel started after 1.342 seconds`,
        `[${T.java(-60 * 24 * 5 + 0.1).slice(0, 19)}:000 UTC] 0000002a com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.118 seconds.`,
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
  }),
];
