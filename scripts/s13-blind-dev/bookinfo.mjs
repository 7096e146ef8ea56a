// s13 blind dev scenarios for Istio Bookinfo: compact specs for the scenario kit (scripts/s2-scenario-kit.mjs)
// on the kit system definition scripts/kit-systems/bookinfo.mjs; built by scripts/s13-build-blind-dev.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const hx = (s, n = 32) => createHash('sha256').update(s).digest('hex').slice(0, n);
/** An x-request-id as Envoy generates it (a v4 UUID). */
const rid = (s) => {
  const x = hx(s);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const SVC = (name) => `${name}.bookinfo.svc.cluster.local`;
const UA_PY = 'python-requests/2.32.3';
const UA_JAVA = 'Apache-CXF/3.5.5';
const UA_BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

/**
 * Istio's default TEXT access log line (meshConfig.accessLogFile=/dev/stdout).
 * o: { T, min, method, path, code, flags, details, rx, tx, dur, ust, ua, id, authority, upstream, cluster, ula, dla, dra, sni, route }
 */
const envoy = (o) =>
  `[${o.T.isoMs(o.min)}] "${o.method ?? 'GET'} ${o.path} HTTP/1.1" ${o.code} ${o.flags ?? '-'} ${o.details ?? 'via_upstream'} - "${o.tfr ?? '-'}" ${o.rx ?? 0} ${o.tx} ${o.dur} ${o.ust ?? (o.code === 0 || o.flags === 'UF' || o.flags === 'UH' ? '-' : Math.max(0, o.dur - 1))} "-" "${o.ua}" "${o.id}" "${o.authority}" "${o.upstream ?? '-'}" ${o.cluster} ${o.ula ?? '-'} ${o.dla} ${o.dra} ${o.sni ?? '-'} ${o.route ?? 'default'}`;

/** Outbound call from the pod whose log this is (%PODIP%) to a bookinfo Service. */
const out = (
  T,
  min,
  svc,
  path,
  code,
  upstreamPod,
  { tx = 200, dur = 5, ua = UA_PY, id, flags, details, port = 9080 } = {},
) =>
  envoy({
    T,
    min,
    path,
    code,
    tx,
    dur,
    ua,
    flags,
    details,
    id: id ?? rid(`${svc}${path}${min}`),
    authority: `${svc}:${port}`,
    upstream: upstreamPod ? `%IPOF:${upstreamPod}%:${port}` : '-',
    cluster: `outbound|${port}||${SVC(svc)}`,
    ula: upstreamPod ? `%PODIP%:${40000 + (Math.round(Math.abs(min * 97)) % 20000)}` : '-',
    dla: `%SVCIP:${svc}%:${port}`,
    dra: `%PODIP%:${30000 + (Math.round(Math.abs(min * 131)) % 20000)}`,
  });
/** Inbound request as the callee's sidecar logs it. */
const inb = (T, min, svc, path, code, fromPod, { tx = 200, dur = 5, ua = UA_PY, id, port = 9080 } = {}) =>
  envoy({
    T,
    min,
    path,
    code,
    tx,
    dur,
    ua,
    id: id ?? rid(`${svc}${path}${min}`),
    authority: `${svc}:${port}`,
    upstream: `%PODIP%:${port}`,
    cluster: `inbound|${port}||`,
    ula: '127.0.0.6:' + (33000 + (Math.round(Math.abs(min * 71)) % 20000)),
    dla: `%PODIP%:${port}`,
    dra: `%IPOF:${fromPod}%:${30000 + (Math.round(Math.abs(min * 131)) % 20000)}`,
    sni: `outbound_.${port}_._.${SVC(svc)}`,
  });

/** Envoy startup as istio-proxy prints it (pilot-agent, then Envoy), at `min`. */
const proxyStart = (T, min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min)}\tinfo\tVersion 1.23.2-6f0f9e6e1a4b2c6e4f5b8f0d5d1b4f1a0c7e2b3d-Clean`,
  `${T.isoMs(min + 0.01)}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
  `${T.isoMs(min + 0.02)}\tinfo\tads\tADS: new connection for node:%POD%.bookinfo-1`,
  `${T.isoMs(min + 0.03)}\tinfo\tcache\tgenerated new workload certificate\tlatency=91.3ms ttl=23h59m59.1s`,
  `${T.isoMs(min + 0.04)}\tinfo\tads\tSDS: PUSH request for node:%POD%.bookinfo resources:1 size:4.0kB resource:default`,
  `${T.isoMs(min + 0.05)}\tinfo\tReadiness succeeded in 812.4ms`,
  `${T.isoMs(min + 0.05)}\tinfo\tEnvoy proxy is ready`,
];
const gunicornStart = (T, min) => {
  const t = (d) => T.java(min + d).replace(/\.(\d{3})$/, '') + ' +0000';
  return [
    `[${t(0)}] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${t(0)}] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${t(0)}] [1] [INFO] Using worker: gevent`,
    ...[8, 9, 10, 11, 12, 13, 14, 15].map((p) => `[${t(0.01)}] [${p}] [INFO] Booting worker with pid: ${p}`),
  ];
};
const webrickStart = (T, min) => {
  const t = `[${T.java(min).replace(/\.(\d{3})$/, '')}]`;
  return [
    `${t} INFO  WEBrick 1.8.1`,
    `${t} INFO  ruby 3.3.5 (2024-09-03) [x86_64-linux]`,
    `${t} INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
  ];
};
/** WEBrick's default access log (CLF) and referer log, as details.rb prints them to stderr. */
const webrick = (T, min, path, code, bytes) => {
  const d = T.java(min);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    Number(d.slice(5, 7)) - 1
  ];
  return [
    `127.0.0.6 - - [${d.slice(8, 10)}/${mon}/${d.slice(0, 4)}:${d.slice(11, 19)} UTC] "GET ${path} HTTP/1.1" ${code} ${bytes}`,
    `- -> ${path}`,
  ];
};
const libertyStart = (podName) => [
  'Launching defaultServer (WebSphere Application Server 24.0.0.9/wlp-1.0.93.cl240920240826-1649) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ibm/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${podName}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.118 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.406 seconds.',
];
const nodeRatingsStart = ['Server listening on: http://0.0.0.0:9080'];

// ---------------------------------------------------------------------------------------------------------------
// 1. Google Books refuses details-v2's lookups (403 unknownLocation); details-v1 keeps answering, so half the
//    product pages lose their details box.
// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-11-18T13:52:00Z';
  const T = clock(incidentTime);
  const BOOK_OK = 2187;
  const BOOK_403 = 409;
  const pp = [],
    d1 = [],
    d2app = [...webrickStart(T, -60 * 24 * 9)],
    d2proxy = [...proxyStart(T, -60 * 24 * 9)],
    rv = [];
  // every ~40 s a page view; product page -> details (alternating v1/v2 by Envoy's round robin) and reviews
  let i = 0;
  for (let m = -46; m < -0.3; m += 0.67, i++) {
    const toV2 = i % 2 === 1;
    const id = rid(`s1/${i}`);
    const broken = toV2 && m > -23 && i % 7 !== 3; // after ~13:29 nearly every Google call is refused
    if (toV2) {
      d2proxy.push(
        envoy({
          T,
          min: m + 0.001,
          path: '/books/v1/volumes?q=isbn:0486424618',
          code: broken ? 403 : 200,
          tx: broken ? BOOK_403 : BOOK_OK,
          dur: broken ? 96 : 212,
          ua: 'Ruby',
          id,
          authority: 'www.googleapis.com',
          upstream: '142.250.72.10:443',
          cluster: 'outbound|80||www.googleapis.com',
          ula: '%PODIP%:' + (41000 + i),
          dla: '142.250.72.10:80',
          dra: '%PODIP%:' + (52000 + i),
          route: '-',
        }),
        inb(T, m + 0.002, 'details', '/details/0', broken ? 400 : 200, 'productpage-v1#0', {
          tx: broken ? 58 : 178,
          dur: broken ? 101 : 219,
          id,
        }),
      );
      d2app.push(...webrick(T, m + 0.002, '/details/0', broken ? 400 : 200, broken ? 58 : 178));
      pp.push(
        out(T, m + 0.002, 'details', '/details/0', broken ? 400 : 200, 'details-v2#0', {
          tx: broken ? 58 : 178,
          dur: broken ? 103 : 221,
          id,
        }),
      );
    } else {
      d1.push(inb(T, m + 0.001, 'details', '/details/0', 200, 'productpage-v1#0', { tx: 178, dur: 2, id }));
      pp.push(out(T, m + 0.001, 'details', '/details/0', 200, 'details-v1#0', { tx: 178, dur: 3, id }));
    }
    const rpod = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][i % 3];
    pp.push(
      out(T, m + 0.004, 'reviews', '/reviews/0', 200, rpod, {
        tx: i % 3 === 0 ? 358 : 437,
        dur: i % 3 === 0 ? 9 : 24,
        id,
      }),
    );
    if (i % 3 === 1)
      rv.push(inb(T, m + 0.004, 'reviews', '/reviews/0', 200, 'productpage-v1#0', { tx: 437, dur: 23, id }));
  }
  return bookinfoScenario({
    folder: 's13-book-details-missing-half-the-time',
    description:
      'product page: "Sorry, product details are currently unavailable for this book" for roughly half of page loads since ~13:30. reviews look fine. catalog on-call pls',
    incidentTime,
    expected: { component: 'google-books', cause: 'external-dependency' },
    difficulty: 'hard',
    traits: [
      'external-dependency-failure',
      'pods-ready',
      'callers-only',
      'decoy',
      'time-expression',
      'team-name',
    ],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube bookinfo.yaml plus bookinfo-details-v2.yaml, both details
      versions behind the app=details Service (kit system scripts/kit-systems/bookinfo.mjs, sidecar-injected). details.rb
      with ENABLE_EXTERNAL_BOOK_SERVICE=true (details-v2 image) calls https://www.googleapis.com/books/v1/volumes?q=isbn:0486424618
      and, with DO_NOT_ENCRYPT=true, sends it as plain HTTP to port 80 for the mesh to originate TLS (Istio's egress TLS
      origination task: a ServiceEntry and DestinationRule for www.googleapis.com, Istio objects the snapshot does not hold).
      It then reads json['items'][0] without checking the status, so a Google error body makes the handler's rescue return
      400 {"error": ...}; productpage.py turns any non-200 into "Sorry, product details are currently unavailable for this book."
      Fault: the Google Books API answers 403 PERMISSION_DENIED "Cannot determine user location for geographically restricted
      operation." (reason unknownLocation) to the cluster's egress address — a long-standing public report for Books API calls
      from cloud/NAT addresses (Stack Overflow "Google Books API cannot determine user location"). The evidence is the details-v2
      sidecar's outbound 403s to www.googleapis.com and the 400s details-v2 returns; details-v1 (static data) keeps answering
      200, so only about half of the page loads break. No pod is unready or restarting. Decoy: a reviews-v2 OOMKill four days
      ago. Deviation: both details versions deployed at once (upstream applies one or the other); WEBrick and Envoy lines
      written in their default formats.
    `,
    workloads: {
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 4 - 0.2),
                },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'productpage-v1#0/productpage': gunicornStart(T, -60 * 24 * 9),
      'productpage-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...pp],
      'details-v1#0/details': [...webrickStart(T, -60 * 24 * 9)],
      'details-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...d1],
      'details-v2#0/details': d2app,
      'details-v2#0/istio-proxy': d2proxy,
      'reviews-v2#0/istio-proxy': [...proxyStart(T, -60 * 24 * 4), ...rv],
      'reviews-v2#0/reviews': libertyStart('%POD%'),
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
// 2. reviews v2/v3 redeployed with RATINGS_HOSTNAME=ratings-v2-mysql (a Deployment name, not a Service).
// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-19T10:41:00Z';
  const T = clock(incidentTime);
  const baseEnv = [{ name: 'LOG_DIR', value: '/tmp/logs' }];
  const newEnv = [...baseEnv, { name: 'RATINGS_HOSTNAME', value: 'ratings-v2-mysql' }];
  const rollout = (at) => ({
    containers: { reviews: { env: newEnv } },
    rollout: { at, revision: 3, oldContainers: { reviews: { env: baseEnv } } },
  });
  const pp = [],
    rv = { 'reviews-v1#0': [], 'reviews-v2#0': [], 'reviews-v3#0': [] },
    rvApp = { 'reviews-v2#0': [], 'reviews-v3#0': [] };
  const ratings = { 'ratings-v1#0': [], 'ratings-v2-mysql#0': [] };
  let i = 0;
  for (let m = -55; m < -0.3; m += 0.75, i++) {
    const id = rid(`s2/${i}`);
    const rpod = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][i % 3];
    const after = (rpod === 'reviews-v2#0' && m > -35.5) || (rpod === 'reviews-v3#0' && m > -34.5);
    pp.push(out(T, m, 'details', '/details/0', 200, 'details-v1#0', { tx: 178, dur: 3, id }));
    pp.push(
      out(T, m + 0.003, 'reviews', '/reviews/0', 200, rpod, {
        tx: rpod === 'reviews-v1#0' ? 358 : after ? 497 : 437,
        dur: rpod === 'reviews-v1#0' ? 8 : after ? 14 : 26,
        id,
      }),
    );
    rv[rpod].push(
      inb(T, m + 0.003, 'reviews', '/reviews/0', 200, 'productpage-v1#0', {
        tx: rpod === 'reviews-v1#0' ? 358 : after ? 497 : 437,
        dur: rpod === 'reviews-v1#0' ? 7 : after ? 13 : 25,
        id,
      }),
    );
    if (rpod !== 'reviews-v1#0') {
      if (after) {
        rvApp[rpod].push(
          '[err] Error: unable to contact http://ratings-v2-mysql:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.UnknownHostException: UnknownHostException invoking http://ratings-v2-mysql:9080/ratings/0: ratings-v2-mysql',
        );
      } else {
        const rpodR = i % 2 ? 'ratings-v1#0' : 'ratings-v2-mysql#0';
        rv[rpod].push(
          out(T, m + 0.004, 'ratings', '/ratings/0', 200, rpodR, {
            tx: 48,
            dur: rpodR === 'ratings-v1#0' ? 2 : 6,
            ua: UA_JAVA,
            id,
          }),
        );
        ratings[rpodR].push(
          inb(T, m + 0.004, 'ratings', '/ratings/0', 200, rpod, {
            tx: 48,
            dur: rpodR === 'ratings-v1#0' ? 1 : 5,
            ua: UA_JAVA,
            id,
          }),
        );
      }
    }
  }
  const startEvents = (wl, at) => [
    {
      on: `pod:${wl}#0`,
      reason: 'Scheduled',
      message: `Successfully assigned bookinfo/%POD% to %NODE%`,
      source: 'default-scheduler',
      first: at + 0.5,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Pulled',
      message: `Container image "docker.io/istio/proxyv2:1.23.2" already present on machine`,
      fieldPath: 'spec.initContainers{istio-init}',
      first: at + 0.52,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Pulled',
      message: `Container image "docker.io/istio/examples-bookinfo-${wl}:1.20.1" already present on machine`,
      fieldPath: 'spec.containers{reviews}',
      first: at + 0.55,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Started',
      message: 'Started container reviews',
      fieldPath: 'spec.containers{reviews}',
      first: at + 0.56,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Started',
      message: 'Started container istio-proxy',
      fieldPath: 'spec.containers{istio-proxy}',
      first: at + 0.57,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Unhealthy',
      type: 'Warning',
      message:
        'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused',
      fieldPath: 'spec.containers{istio-proxy}',
      first: at + 0.58,
    },
    {
      on: `deploy:${wl}`,
      reason: 'ScalingReplicaSet',
      message: `Scaled up replica set ${wl}-%NEW% to 1`,
      first: at,
    },
    {
      on: `deploy:${wl}`,
      reason: 'ScalingReplicaSet',
      message: `Scaled down replica set ${wl}-%OLD% to 0 from 1`,
      first: at + 0.9,
    },
  ];
  return bookinfoScenario({
    folder: 's13-stars-gone-after-reviews-env-change',
    description:
      'book page shows "Ratings service is currently unavailable" instead of stars since about 10:05 — is ratings down?? @community',
    incidentTime,
    expected: { component: 'reviews', cause: 'config-error' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo (bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml, bookinfo-mysql.yaml) as the kit
      system has them; the ratings Service selects app=ratings, so ratings-v1 and ratings-v2-mysql both sit behind it.
      LibertyRestEndpoint.java builds ratings_service as http://<RATINGS_HOSTNAME or "ratings"><SERVICES_DOMAIN>:<RATINGS_SERVICE_PORT>/ratings,
      and on a ProcessingException prints "Error: unable to contact <url> got exception <e>" to System.err (Liberty's console
      prefixes it [err]) and answers 200 with {"rating": {"error": "Ratings service is currently unavailable"}}, which the
      product page shows instead of stars. Fault: both reviews-v2 and reviews-v3 were redeployed ~36 min before the report
      with RATINGS_HOSTNAME=ratings-v2-mysql — someone pinning reviews to the MySQL-backed ratings by the Deployment name,
      which no Service or DNS record carries (the Istio way is a VirtualService subset). Every ratings lookup fails with
      UnknownHostException before any request leaves the pod, so the reviews and ratings pods all stay Ready, the ratings
      sidecars simply stop seeing traffic, and the name in the error is one of ratings' own aliases (a decoy, as is the
      reporter's guess). reviews-v1 never calls ratings. Deviation from upstream: the RATINGS_HOSTNAME env (upstream leaves it
      unset); revision 3 of the two Deployments; the CXF "UnknownHostException invoking <url>" wording is the JAX-RS client's.
    `,
    workloads: {
      'reviews-v2': rollout(-36),
      'reviews-v3': rollout(-35),
      'ratings-v1': {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2),
                last: {
                  exitCode: 255,
                  reason: 'Unknown',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 2 - 1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [...startEvents('reviews-v2', -36), ...startEvents('reviews-v3', -35)],
    logs: {
      'productpage-v1#0/productpage': gunicornStart(T, -60 * 24 * 9),
      'productpage-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...pp],
      'reviews-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...rv['reviews-v1#0']],
      'reviews-v2#0/istio-proxy': [
        ...proxyStart(T, -35.45),
        ...rv['reviews-v2#0'].filter((l) => l.slice(1, 20) >= T.iso(-35.5).slice(0, 19)),
      ],
      'reviews-v3#0/istio-proxy': [
        ...proxyStart(T, -34.45),
        ...rv['reviews-v3#0'].filter((l) => l.slice(1, 20) >= T.iso(-34.5).slice(0, 19)),
      ],
      'reviews-v2#0/reviews': [...libertyStart('%POD%'), ...rvApp['reviews-v2#0']],
      'reviews-v3#0/reviews': [...libertyStart('%POD%'), ...rvApp['reviews-v3#0']],
      'ratings-v1#0/ratings': nodeRatingsStart,
      'ratings-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 2), ...ratings['ratings-v1#0']],
      'ratings-v2-mysql#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...ratings['ratings-v2-mysql#0']],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
// 3. No fault: a cluster-autoscaler scale-down moved three pods 47 minutes ago; a burst of 503s, then nothing.
// ---------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2026-11-20T09:58:00Z';
  const T = clock(incidentTime);
  const MOVED = -47.2; // pods recreated by their ReplicaSets after cluster-autoscaler drained ip-192-168-90-18
  const pp = [];
  let i = 0;
  for (let m = -58; m < -0.4; m += 0.8, i++) {
    const id = rid(`s3/${i}`);
    const rpod = ['reviews-v1#0', 'reviews-v2#0', 'reviews-v3#0'][i % 3];
    const dpod = i % 2 ? 'details-v2#0' : 'details-v1#0';
    if (m > MOVED - 0.6 && m < MOVED + 0.5 && (rpod === 'reviews-v3#0' || dpod === 'details-v1#0')) {
      // the old endpoints were still in EDS for a few seconds after their pods were deleted
      if (dpod === 'details-v1#0')
        pp.push(
          out(T, m, 'details', '/details/0', 503, null, {
            tx: 91,
            dur: 1,
            flags: 'UF',
            details: 'upstream_reset_before_response_started{connection_failure}',
            id,
          }),
        );
      else pp.push(out(T, m, 'details', '/details/0', 200, dpod, { tx: 178, dur: 230, id }));
      pp.push(
        out(T, m + 0.002, 'reviews', '/reviews/0', 503, null, {
          tx: 91,
          dur: 1,
          flags: 'UF',
          details: 'upstream_reset_before_response_started{connection_failure}',
          id,
        }),
      );
      pp.push(
        out(T, m + 0.06, 'reviews', '/reviews/0', 503, null, {
          tx: 19,
          dur: 0,
          flags: 'UH',
          details: 'no_healthy_upstream',
          id,
        }),
      );
      continue;
    }
    pp.push(
      out(T, m, 'details', '/details/0', 200, dpod, { tx: 178, dur: dpod === 'details-v1#0' ? 3 : 224, id }),
    );
    pp.push(
      out(T, m + 0.003, 'reviews', '/reviews/0', 200, rpod, {
        tx: rpod === 'reviews-v1#0' ? 358 : 437,
        dur: rpod === 'reviews-v1#0' ? 8 : 27,
        id,
      }),
    );
  }
  const moved = (node) => ({ pods: [{ node, created: T.iso(MOVED), readyTransition: T.iso(MOVED + 0.6) }] });
  const ev = (wl, container, image) => [
    {
      on: `pod:${wl}#0`,
      reason: 'Scheduled',
      message: 'Successfully assigned bookinfo/%POD% to %NODE%',
      source: 'default-scheduler',
      first: MOVED,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Pulling',
      message: `Pulling image "${image}"`,
      fieldPath: `spec.containers{${container}}`,
      first: MOVED + 0.05,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Pulled',
      message: `Successfully pulled image "${image}" in 6.412s (6.412s including waiting). Image size: 234880123 bytes.`,
      fieldPath: `spec.containers{${container}}`,
      first: MOVED + 0.17,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Started',
      message: `Started container ${container}`,
      fieldPath: `spec.containers{${container}}`,
      first: MOVED + 0.18,
    },
    {
      on: `pod:${wl}#0`,
      reason: 'Unhealthy',
      type: 'Warning',
      message:
        'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused',
      fieldPath: 'spec.containers{istio-proxy}',
      first: MOVED + 0.19,
      last: MOVED + 0.35,
      count: 2,
    },
  ];
  return bookinfoScenario({
    folder: 's13-productpage-503-burst-after-scale-down',
    description:
      'grafana shows a burst of 503s on bookinfo productpage around 9:10, is something still broken? no customer tickets yet',
    incidentTime,
    noFault: true,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo as the kit system has them (sidecar-injected, details v1+v2, reviews v1-v3,
      ratings v1 + v2-mysql, mysqldb). Nothing is wrong at the incident time: 47 minutes earlier the cluster-autoscaler
      scaled down a fourth node of the node group (no longer in the Node list) and evicted details-v1, reviews-v3 and
      ratings-v1, which their ReplicaSets recreated on the remaining nodes (Scheduled/Pulling/Pulled/Started events, the
      usual istio-proxy "connection refused" readiness failures while Envoy starts). For about a minute productpage's sidecar
      logged 503 UF (connection_failure to the deleted pods' addresses still in EDS) and 503 UH (no_healthy_upstream) to
      reviews and details — the burst the engineer saw in Grafana — and since then every call is 200. This is the documented
      behaviour of pod eviction without a PodDisruptionBudget and before EDS catches up (Istio "503 errors during pod
      rollouts/scale-down" FAQ). Every pod is Ready with no restarts except the decoy: reviews-v2's OOMKill three days ago.
    `,
    workloads: {
      'details-v1': moved('ip-192-168-45-130.us-east-2.compute.internal'),
      'reviews-v3': moved('ip-192-168-11-74.us-east-2.compute.internal'),
      'ratings-v1': moved('ip-192-168-77-9.us-east-2.compute.internal'),
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3 - 0.2),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      ...ev('details-v1', 'details', 'docker.io/istio/examples-bookinfo-details-v1:1.20.1'),
      ...ev('reviews-v3', 'reviews', 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.1'),
      ...ev('ratings-v1', 'ratings', 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1'),
    ],
    logs: {
      'productpage-v1#0/productpage': gunicornStart(T, -60 * 24 * 9),
      'productpage-v1#0/istio-proxy': [...proxyStart(T, -60 * 24 * 9), ...pp],
      'reviews-v3#0/reviews': libertyStart('%POD%'),
      'reviews-v3#0/istio-proxy': proxyStart(T, MOVED + 0.25),
      'details-v1#0/details': webrickStart(T, MOVED + 0.2),
      'details-v1#0/istio-proxy': proxyStart(T, MOVED + 0.25),
      'ratings-v1#0/ratings': nodeRatingsStart,
    },
  });
})();

export const scenarios = [s1, s2, s3];
