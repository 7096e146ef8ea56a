// s17 blind dev scenarios for Istio Bookinfo (part a): a productpage release that breaks the details call without an error
// of its own, and a slow Google Books API that only makes the product page slow. Built by scripts/s17-build-a.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

// Deterministic pseudo-random numbers so regenerated snapshots are byte-identical.
const rng = (seed) => {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);
};
const reqId = (r) => {
  const hex = () => Math.floor(r() * 16).toString(16);
  const s = (n) => Array.from({ length: n }, hex).join('');
  return `${s(8)}-${s(4)}-4${s(3)}-a${s(3)}-${s(12)}`;
};
const sortTs = (a) => a.map((l, i) => [l, i]).sort((x, y) => (x[0].slice(1, 25) < y[0].slice(1, 25) ? -1 : x[0].slice(1, 25) > y[0].slice(1, 25) ? 1 : x[1] - y[1])).map((x) => x[0]);
// Istio's default TEXT access log format (meshConfig.accessLogFile=/dev/stdout).
const envoy = (T, min, { method = 'GET', path, code, flags = '-', details = 'via_upstream', rx = 0, tx, dur, ust, ua, id, authority, upstream, cluster, local, dlocal, remote, sni = '-', route = 'default' }) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" ${rx} ${tx} ${dur} ${ust ?? '-'} "-" "${ua}" "${id}" "${authority}" "${upstream}" ${cluster} ${local} ${dlocal} ${remote} ${sni} ${route}`;
const webrickStart = (T, min) => [
  `[${T.java(min).slice(0, 19)}] INFO  WEBrick 1.8.1`,
  `[${T.java(min).slice(0, 19)}] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]`,
  `[${T.java(min).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (T, min) => {
  const d = new Date(Date.parse(T.iso(0)) + Math.round(min * 60000));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const gunicornStart = (T, min, pid = 1) => {
  const ts = `${T.java(min).slice(0, 19)} +0000`;
  return [
    `[${ts}] [${pid}] [INFO] Starting gunicorn 22.0.0`,
    `[${ts}] [${pid}] [INFO] Listening at: http://[::]:9080 (${pid})`,
    `[${ts}] [${pid}] [INFO] Using worker: gevent`,
    ...[8, 9, 10, 11, 12, 13, 14, 15].map((w) => `[${ts}] [${w}] [INFO] Booting worker with pid: ${w}`),
  ];
};
const libertyTs = (T, min) => {
  const d = new Date(Date.parse(T.iso(0)) + Math.round(min * 60000));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}:${p(d.getUTCMilliseconds(), 3)} UTC`;
};
const libertyStart = (T, min) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240527-1638) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  `[${libertyTs(T, min)}] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server defaultServer has been launched.`,
  `[${libertyTs(T, min + 0.1)}] 00000030 com.ibm.ws.tcpchannel.internal.TCPPort                       A CWWKO0219I: TCP Channel defaultHttpEndpoint has been started and is now listening for requests on host *  (IPv6) port 9080.`,
  `[${libertyTs(T, min + 0.12)}] 0000002d com.ibm.ws.app.manager.AppMessageHelper                     A CWWKZ0001I: Application reviews-app started in 3.114 seconds.`,
  `[${libertyTs(T, min + 0.13)}] 0000002b com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.204 seconds.`,
];
const ratingsStart = (T, min) => [`Server listening on: http://0.0.0.0:9080`];

// ---------------------------------------------------------------------------------------------------------------------
// 1. productpage release: new image Ready, logs no error, but asks details for /details/<slug> -> details answers 400.
// ---------------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2025-04-08T14:21:00Z';
  const T = clock(incidentTime);
  const r = rng(1701);
  const ROLL = -41; // productpage rollout
  const NEW = '418272790345.dkr.ecr.us-east-2.amazonaws.com/storefront/productpage:2025.04.08-3f9c1e2';
  const OLD = 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1';
  const pp = [...gunicornStart(T, ROLL + 0.7)];
  const ppProxy = [
    `${T.isoMs(ROLL + 0.6)}\tinfo\tFLAG: --concurrency="0"`,
    `${T.isoMs(ROLL + 0.6)}\tinfo\tVersion 1.23.2-d8a1a9e5b9c5f4bd1a0d6b8fe52d7d5f8d0e8a1c-Clean`,
    `${T.isoMs(ROLL + 0.62)}\tinfo\txdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"`,
    `${T.isoMs(ROLL + 0.66)}\tinfo\tcache\tgenerated new workload certificate\tlatency=118.40122ms ttl=23h59m59.42356841s`,
    `${T.isoMs(ROLL + 0.7)}\tinfo\tReadiness succeeded in 1.011785902s`,
    `${T.isoMs(ROLL + 0.7)}\tinfo\tEnvoy proxy is ready`,
  ];
  const detA = [...webrickStart(T, -60 * 24 * 6)];
  const detB = [...webrickStart(T, -60 * 24 * 6 + 1)];
  const detProxyA = [], detProxyB = [], revLog = { 'reviews-v1#0': [], 'reviews-v2#0': [], 'reviews-v3#0': [] };
  // ~ every 20 s one page view (ingress gateway -> productpage), from 30 min before the rollout to the incident.
  for (let m = ROLL - 14; m < -0.2; m += 0.33 + r() * 0.1) {
    const id = reqId(r);
    const after = m > ROLL + 1.2;
    const path = after ? '/details/the-comedy-of-errors' : '/details/0';
    const toV2 = r() < 0.5;
    const code = after ? 400 : 200;
    const tx = after ? 47 : toV2 ? 1121 : 178;
    const dur = 2 + Math.floor(r() * 4);
    if (after) {
      pp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
      pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET ${path} HTTP/1.1" ${code} ${tx}`);
      pp.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
      pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${[358, 437, 435][Math.floor(r() * 3)]}`);
      ppProxy.push(envoy(T, m, { path, code, tx, dur, ust: dur - 1, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: `%IPOF:${toV2 ? 'details-v2' : 'details-v1'}#0%:9080`, cluster: 'outbound|9080||details.bookinfo.svc.cluster.local', local: '%PODIP%:' + (40000 + Math.floor(r() * 20000)), dlocal: '%SVCIP:details%:9080', remote: '%PODIP%:' + (40000 + Math.floor(r() * 20000)) }));
      ppProxy.push(envoy(T, m + 0.0005, { path: '/reviews/0', code: 200, tx: 437, dur: 18 + Math.floor(r() * 30), ust: 17, ua: 'python-requests/2.32.3', id, authority: 'reviews:9080', upstream: `%IPOF:reviews-v${1 + Math.floor(r() * 3)}#0%:9080`, cluster: 'outbound|9080||reviews.bookinfo.svc.cluster.local', local: '%PODIP%:' + (40000 + Math.floor(r() * 20000)), dlocal: '%SVCIP:reviews%:9080', remote: '%PODIP%:' + (40000 + Math.floor(r() * 20000)) }));
      ppProxy.push(envoy(T, m - 0.0002, { path: '/productpage', code: 200, tx: 4294, dur: 31 + Math.floor(r() * 40), ust: 30, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36', id, authority: 'bookinfo.books.example', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: '127.0.0.6:' + (40000 + Math.floor(r() * 20000)), dlocal: '%PODIP%:9080', remote: '192.168.77.31:0', sni: 'outbound_.9080_._.productpage.bookinfo.svc.cluster.local' }));
    }
    const line = `::ffff:127.0.0.6 - - [${clf(T, m)}] "GET ${path} HTTP/1.1" ${code} ${tx}`;
    (toV2 ? detB : detA).push(line, `- -> ${path}`);
    const detP = envoy(T, m, { path, code, tx, dur, ust: dur - 1, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: '127.0.0.6:' + (40000 + Math.floor(r() * 20000)), dlocal: '%PODIP%:9080', remote: (after ? '%IPOF:productpage-v1#0%' : '192.168.44.87') + ':' + (40000 + Math.floor(r() * 20000)), sni: 'outbound_.9080_._.details.bookinfo.svc.cluster.local' });
    (toV2 ? detProxyB : detProxyA).push(detP);
  }
  // reviews and ratings keep answering normally
  for (const k of Object.keys(revLog)) revLog[k] = libertyStart(T, -60 * 24 * 6 + 0.5);
  const ratingsLog = ratingsStart(T);
  for (let m = -50; m < -0.3; m += 0.7 + r() * 0.4) ratingsLog.push(`GET /ratings/0`);
  return bookinfoScenario({
    folder: 's17-productpage-release-details-unavailable',
    incidentTime,
    description: "product page says 'Sorry, product details are currently unavailable for this book' for everyone since ~13:40, reviews and stars still there",
    expected: { component: 'productpage', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      productpage.py (istio/istio samples/bookinfo/src/productpage) fetches details with requests.get(details/<id>, timeout=3.0) and
      renders 'Sorry, product details are currently unavailable for this book.' for any non-200 answer, without logging an
      error: only urllib3's DEBUG line with the status. details.rb answers 400 {"error":"please provide numeric product id"}
      when the last path segment is not an Integer. The storefront team's fork of productpage (ECR image, rolled out 41 minutes
      before the incident, replacing upstream 1.20.1) passes a product slug (/details/the-comedy-of-errors) instead of the numeric
      id: the new pod is Running and Ready, gunicorn logs nothing wrong, reviews still render; details-v1 and details-v2 log 400s
      in their WEBrick access logs (louder than the cause, and the callee). Decoy: a ratings-v1 container restart three days
      ago (exit 1), long recovered. Deviation: productpage image from the team's registry; gunicorn/gevent start-up lines as the
      1.20 Dockerfile runs it; Envoy access logging on (meshConfig.accessLogFile=/dev/stdout).`,
    workloads: {
      'productpage-v1': {
        rollout: { at: ROLL, oldContainers: { productpage: { image: OLD } } },
        containers: { productpage: { image: NEW } },
      },
      'ratings-v1': {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: ROLL },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: ROLL + 1.1 },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:productpage-v1#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{productpage}', first: ROLL + 0.55 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.812s (4.812s including waiting). Image size: 71263412 bytes.`, fieldPath: 'spec.containers{productpage}', first: ROLL + 0.63 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', fieldPath: 'spec.containers{productpage}', first: ROLL + 0.64 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', fieldPath: 'spec.containers{productpage}', first: ROLL + 0.65 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: ROLL + 0.65 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: ROLL + 0.66 },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'productpage-v1#0/istio-proxy': ppProxy,
      'details-v1#0/details': detA,
      'details-v2#0/details': detB,
      'details-v1#0/istio-proxy': sortTs(detProxyA),
      'details-v2#0/istio-proxy': sortTs(detProxyB),
      'reviews-v1#0/reviews': revLog['reviews-v1#0'],
      'reviews-v2#0/reviews': revLog['reviews-v2#0'],
      'reviews-v3#0/reviews': revLog['reviews-v3#0'],
      'ratings-v1#0/ratings': ratingsLog,
      'ratings-v1#0/ratings/previous': [...ratingsStart(T), 'GET /ratings/0', 'GET /ratings/0', "node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\nError: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:218:20)\nEmitted 'error' event on Socket instance at:\n    at emitErrorNT (node:internal/streams/destroy:169:8)\n    at emitErrorCloseNT (node:internal/streams/destroy:128:3)\n    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}\n\nNode.js v20.15.1"],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------------
// 2. Google Books API slow: details-v2 waits 2-6 s on www.googleapis.com; the product page is slow, a few details timeouts.
// ---------------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2025-06-17T09:48:00Z';
  const T = clock(incidentTime);
  const r = rng(1702);
  const START = -34; // Google Books latency begins
  const pp = [...gunicornStart(T, -60 * 24 * 5)];
  const ppProxy = [];
  const detA = [...webrickStart(T, -60 * 24 * 5)];
  const detB = [...webrickStart(T, -60 * 24 * 5 + 1)];
  const detProxyA = [], detProxyB = [];
  const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
  const port = () => 40000 + Math.floor(r() * 20000);
  for (let m = -58; m < -0.2; m += 0.25 + r() * 0.12) {
    const id = reqId(r);
    const toV2 = r() < 0.5;
    const slow = toV2 && m > START;
    // Google latency in ms: ~180 ms normally, 1.8-6.5 s once degraded
    const gms = slow ? Math.floor(1800 + r() * r() * 4700) : 140 + Math.floor(r() * 90);
    const timedOut = slow && gms > 3000;
    const detMs = (toV2 ? gms + 6 : 2) + Math.floor(r() * 3);
    const revMs = 20 + Math.floor(r() * 35);
    const tx = toV2 ? 1121 : 178;
    if (timedOut) {
      pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
      pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
      pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${[358, 437, 435][Math.floor(r() * 3)]}`);
      ppProxy.push(envoy(T, m, { path: '/details/0', code: 0, flags: 'DC', details: 'downstream_remote_disconnect', tx: 0, dur: 3001, ust: undefined, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: '%IPOF:details-v2#0%:9080', cluster: 'outbound|9080||details.bookinfo.svc.cluster.local', local: `%PODIP%:${port()}`, dlocal: '%SVCIP:details%:9080', remote: `%PODIP%:${port()}` }));
    } else {
      pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 ${tx}`);
      pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${[358, 437, 435][Math.floor(r() * 3)]}`);
      if (slow || r() < 0.15) ppProxy.push(envoy(T, m, { path: '/details/0', code: 200, tx, dur: detMs, ust: detMs - 1, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: `%IPOF:${toV2 ? 'details-v2' : 'details-v1'}#0%:9080`, cluster: 'outbound|9080||details.bookinfo.svc.cluster.local', local: `%PODIP%:${port()}`, dlocal: '%SVCIP:details%:9080', remote: `%PODIP%:${port()}` }));
    }
    const pageMs = Math.min(detMs, 3001) + revMs + 14;
    if (slow || r() < 0.15) ppProxy.push(envoy(T, m - 0.0002, { path: '/productpage', code: 200, tx: timedOut ? 3921 : 5183, dur: pageMs, ust: pageMs - 1, ua: UA, id, authority: 'bookinfo.books.example', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: `127.0.0.6:${port()}`, dlocal: '%PODIP%:9080', remote: `192.168.11.${20 + Math.floor(r() * 40)}:0`, sni: 'outbound_.9080_._.productpage.bookinfo.svc.cluster.local' }));
    const line = `::ffff:127.0.0.6 - - [${clf(T, m + gms / 60000)}] "GET /details/0 HTTP/1.1" 200 ${tx}`;
    (toV2 ? detB : detA).push(line, '- -> /details/0');
    if (toV2) {
      // details-v2 -> www.googleapis.com over plain HTTP; the sidecar originates TLS (DO_NOT_ENCRYPT=true + DestinationRule).
      detProxyB.push(envoy(T, m + gms / 60000, { path: '/books/v1/volumes?q=isbn:0486424618', code: 200, tx: 2217, dur: gms, ust: gms - 2, ua: 'Ruby', id: reqId(r), authority: 'www.googleapis.com', upstream: `142.251.${[16, 32, 40][Math.floor(r() * 3)]}.${95 + Math.floor(r() * 10)}:443`, cluster: 'outbound|443||www.googleapis.com', local: `%PODIP%:${port()}`, dlocal: '142.250.190.74:80', remote: `%PODIP%:${port()}`, route: 'www.googleapis.com:80' }));
      if (timedOut) detProxyB.push(envoy(T, m + 0.05, { path: '/details/0', code: 200, flags: 'DC', details: 'via_upstream', tx: 0, dur: gms + 6, ust: gms + 5, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: `127.0.0.6:${port()}`, dlocal: '%PODIP%:9080', remote: `%IPOF:productpage-v1#0%:${port()}`, sni: 'outbound_.9080_._.details.bookinfo.svc.cluster.local' }));
    } else if (r() < 0.2) {
      detProxyA.push(envoy(T, m, { path: '/details/0', code: 200, tx, dur: 2, ust: 1, ua: 'python-requests/2.32.3', id, authority: 'details:9080', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: `127.0.0.6:${port()}`, dlocal: '%PODIP%:9080', remote: `%IPOF:productpage-v1#0%:${port()}`, sni: 'outbound_.9080_._.details.bookinfo.svc.cluster.local' }));
    }
  }
  const byTime = (a) => a; // app lines are appended in request order
  const revs = libertyStart(T, -60 * 24 * 5 + 0.4);
  const rev2 = libertyStart(T, -131);
  const ratingsLog = ratingsStart(T);
  for (let m = -58; m < -0.3; m += 0.5 + r() * 0.4) ratingsLog.push('GET /ratings/0');
  return bookinfoScenario({
    folder: 's17-productpage-slow-google-books-latency',
    incidentTime,
    description: 'bookinfo productpage slow for the last half hour, page takes 3-5s sometimes. no 5xx on the dashboard',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      details.rb fetches the book from https://www.googleapis.com/books/v1/volumes?q=isbn:<isbn> when
      ENABLE_EXTERNAL_BOOK_SERVICE=true (details-v2); with DO_NOT_ENCRYPT=true it speaks plain HTTP to port 80 and the
      sidecar originates TLS to 443 (Istio "Egress TLS Origination" task: ServiceEntry + DestinationRule), so every Google call
      appears in details-v2's istio-proxy access log with its duration. Net::HTTP's default read timeout is 60 s, so details
      never errors; productpage.py calls details with requests timeout=3.0 and silently renders 'product details are currently
      unavailable' when it times out (its Envoy logs 0 DC downstream_remote_disconnect). From 34 minutes before the incident
      the Google Books API answers in 1.8-6.5 s instead of ~180 ms (public reports of googleapis latency degradation); the
      Service details selects both details-v1 (static) and details-v2, so about half the page views are slow and a few lose
      the details box. No pod restarts, no warning events. Decoy: reviews-v2 was rolled out (healthy, Ready) two hours
      earlier. Deviations: Envoy access logging on; upstream's mixed details-v1/v2 routing kept (no VirtualService).`,
    workloads: {
      'reviews-v2': { rollout: { at: -132, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v2:1.19.1' } } } },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': byTime(pp),
      'productpage-v1#0/istio-proxy': sortTs(ppProxy),
      'details-v1#0/details': detA,
      'details-v2#0/details': detB,
      'details-v1#0/istio-proxy': sortTs(detProxyA),
      'details-v2#0/istio-proxy': sortTs(detProxyB),
      'reviews-v1#0/reviews': revs,
      'reviews-v2#0/reviews': rev2,
      'reviews-v3#0/reviews': revs,
      'ratings-v1#0/ratings': ratingsLog,
    },
  });
})();

export const scenarios = [s1, s2];
