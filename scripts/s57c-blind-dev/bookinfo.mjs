// Blind dev batch s57c: Istio Bookinfo spec for the scenario kit (scripts/s2-scenario-kit.mjs), one scenario.
// An in-house ratings-v1 build is Ready but leaves every GET /ratings hanging; reviews v2/v3 and productpage are the loud ones.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as biSystem, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = biSystem;

const T2 = clock('2026-06-03T14:58:00Z');
const ROLL = -33; // 14:25, the community team's deploy window
const NEW_IMAGE = '471112603418.dkr.ecr.us-east-2.amazonaws.com/community/examples-bookinfo-ratings-v1:1.20.1-c41e9a7';
const OLD_IMAGE = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';

const jit = (m) => (Math.abs(Math.sin(m * 3571)) * 0.8) / 60;
const envoyTs = (T, m) => T.isoMs(m);
const rid = (i) => {
  const x = createHash('sha1').update(`s57c-bookinfo-req-${i}`).digest('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-9${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const P = ROLL + 0.5; // the kit creates the new pod half a minute into the rollout

// ratings.js after the change: handleRequest logs the method and url, the dispatcher throws, the catch logs the error and
// never ends the response (the upstream handler has the same try/catch).
const STACK = [
  "TypeError: Cannot read properties of undefined (reading 'ratings')",
  '    at getLocalReviews (/opt/microservices/ratings.js:171:43)',
  '    at HttpDispatcher.<anonymous> (/opt/microservices/ratings.js:143:35)',
  '    at HttpDispatcher.doDispatch (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:118:38)',
  '    at HttpDispatcher.dispatch (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:101:12)',
  '    at Server.handleRequest (/opt/microservices/ratings.js:186:16)',
  '    at Server.emit (node:events:519:28)',
  '    at parserOnIncoming (node:_http_server:1141:12)',
  '    at HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)',
];

// Calls that land on ratings-v1 (the Service selects app=ratings: v1 and v2-mysql share it), by caller and minute.
const V1_CALLS = [];
for (let m = ROLL + 1.2, i = 0; m < -0.3; m += 1.35, i++) V1_CALLS.push({ m: m + jit(m), from: i % 2 === 0 ? 'v2' : 'v3', i });

function ratingsAppLog() {
  const out = ['Server listening on: http://0.0.0.0:9080'];
  for (const c of V1_CALLS) out.push('GET /ratings/0', ...STACK);
  return out;
}
function ratingsProxyLog(T) {
  const out = [
    `${T.isoMs(P + 0.31).replace('Z', '811Z')}\tinfo\tFLAG: --concurrency="0"`,
    `${T.isoMs(P + 0.311).replace('Z', '102Z')}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
    `${T.isoMs(P + 0.315).replace('Z', '447Z')}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=112.408231ms ttl=23h59m59.887631174s`,
    `${T.isoMs(P + 0.33).replace('Z', '305Z')}\tinfo\tReadiness succeeded in 1.384593012s`,
    `${T.isoMs(P + 0.33).replace('Z', '711Z')}\tinfo\tEnvoy proxy is ready`,
  ];
  for (const c of V1_CALLS) {
    const dur = c.from === 'v2' ? 10002 : 2503;
    const peer = c.from === 'v2' ? '%IPOF:reviews-v2#0%' : '%IPOF:reviews-v3#0%';
    out.push(`[${envoyTs(T, c.m)}] "GET /ratings/0 HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0 ${dur} - "-" "Apache-CXF/3.5.5" "${rid(c.i)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + c.i * 13} %PODIP%:9080 ${peer}:${38000 + c.i * 7} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
  }
  return out;
}
const liberty = (T, start) => [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240903-1414) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.114 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.871 seconds.',
];
function reviewsLog(T, version) {
  const out = liberty(T);
  for (const c of V1_CALLS.filter((x) => x.from === version))
    out.push('[err] Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out');
  return out;
}
function productpageLog() {
  // logging.basicConfig(level=DEBUG): urllib3's connection lines; a read timeout raises and is swallowed (no line), then the retry
  const out = [];
  const ok = (bytes) => [
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
    'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
    'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
    `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${bytes}`,
  ];
  for (let i = 0; i < 6; i++) out.push(...ok([295, 379, 375][i % 3]));
  V1_CALLS.forEach((c, i) => {
    if (c.from === 'v2') {
      out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080', 'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
      out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
      out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
      out.push(i % 4 === 0 ? 'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295' : '');
    } else {
      out.push(...ok(439).slice(0, 3), 'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 439');
    }
    out.push(...ok([295, 375][i % 2]));
  });
  return out.filter(Boolean);
}

export const scenarios = [
  bookinfoScenario({
    folder: 's57c-ratings-v1-inhouse-build-hangs-requests',
    description: "bookinfo product page flaky since the 14:25 deploy window - about 1 in 3 loads says 'Sorry, product reviews are currently unavailable for this book' and the stars keep disappearing",
    incidentTime: '2026-06-03T14:58:00Z',
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Fault: at 14:25 the community team rolled ratings-v1 from docker.io/istio/examples-bookinfo-ratings-v1:1.20.1 to their own
      build of samples/bookinfo/src/ratings (${NEW_IMAGE}), which adds a per-product reviewer override
      map to getLocalReviews() and reads overrides[productId].ratings without a guard. In upstream ratings.js, handleRequest()
      wraps dispatcher.dispatch() in try { console.log(method + ' ' + url) … } catch (err) { console.log(err) } and never ends the
      response in the catch, so every GET /ratings/0 that reaches v1 logs the TypeError and then hangs (Node prints the stack
      without timestamps). Bookinfo has no probes: the pod is Running and Ready, no restart.
      Manifest facts (istio/istio samples/bookinfo/platform/kube, 1.20.1): the ratings Service selects app=ratings, so v1 and
      ratings-v2-mysql share it (about half the calls reach v1); reviews v2/v3 call http://ratings:9080/ratings with a 10s
      (black stars, v2) or 2.5s (red stars, v3) client timeout and, on javax.ws.rs.ProcessingException, print
      "Error: unable to contact http://ratings:9080/ratings got exception …" to System.err (Liberty prefixes [err])
      (reviews-application LibertyRestEndpoint.java). productpage calls reviews with a 3s timeout and two tries, swallowing the
      exception: when v2 waits 10s, the page shows "Sorry, product reviews are currently unavailable for this book."; v3 answers
      in time with "Ratings service is currently unavailable". The inbound sidecar of the ratings pod logs each hung call as
      response code 0, flag DC (downstream_remote_disconnect) after 10002/2503 ms (mesh access logging to /dev/stdout, as the
      Istio demo profile sets it).
      Decoys: mysqldb-v1 (behind ratings-v2-mysql, which works) was OOMKilled four days ago and restarted; the loud components are
      reviews and productpage.
      Deviations from upstream: the in-house image and its bug; Open Liberty and Node versions of the image as printed.
      Expected ratings / bad-deploy-rollout: a rollout 33 minutes before introduced a Ready version that fails its requests.
    `,
    workloads: {
      'ratings-v1': {
        containers: { ratings: { image: NEW_IMAGE } },
        rollout: { at: ROLL, oldContainers: { ratings: { image: OLD_IMAGE } } },
      },
      'mysqldb-v1': {
        pods: [{ readyTransition: T2.iso(-60 * 24 * 4 + 0.5), containers: { mysqldb: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 4 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-60 * 24 * 9 + 0.3), finishedAt: T2.iso(-60 * 24 * 4) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: ROLL + 0.002 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: P + 0.005 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.initContainers{istio-init}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: P + 0.02 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.initContainers{istio-init}', message: 'Started container istio-init', first: P + 0.04 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', fieldPath: 'spec.containers{ratings}', message: `Pulling image "${NEW_IMAGE}"`, first: P + 0.05 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: `Successfully pulled image "${NEW_IMAGE}" in 11.912s (11.912s including waiting). Image size: 62873401 bytes.`, first: P + 0.25 },
      { on: 'pod:ratings-v1#0', reason: 'Created', fieldPath: 'spec.containers{ratings}', message: 'Created container ratings', first: P + 0.29 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{ratings}', message: 'Started container ratings', first: P + 0.3 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{istio-proxy}', message: 'Started container istio-proxy', first: P + 0.3 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: P + 0.55 },
    ],
    logs: {
      'ratings-v1#0/ratings': ratingsAppLog(),
      'ratings-v1#0/istio-proxy': ratingsProxyLog(T2),
      'reviews-v2#0/reviews': reviewsLog(T2, 'v2'),
      'reviews-v3#0/reviews': reviewsLog(T2, 'v3'),
      'productpage-v1#0/productpage': productpageLog(),
    },
  }),
];
