// Held-out (split: test) Bookinfo scenarios of the s12 batch, as kit specs on the bookinfo system of scripts/kit-systems;
// written blind (no rule, engine or other scenario read), expected answers fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const rid = (i) =>
  `${(0x5e3a91c0 + i * 7919).toString(16)}-7c2d-9a4b-b1e6-${(0x3f0a2b9c4d1e + i * 104729).toString(16).slice(0, 12)}`;
// Istio's default TEXT access log format (meshConfig.accessLogFile: /dev/stdout).
const envoy = (
  T,
  min,
  {
    method = 'GET',
    path,
    code,
    flags = '-',
    details = 'via_upstream',
    rx = 0,
    tx,
    dur,
    ust = '-',
    ua,
    i,
    authority,
    upstream,
    cluster,
    ulocal = '-',
    dlocal,
    dremote,
    sni = '-',
    route = 'default',
    reason = '-',
  },
) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "${reason}" ${rx} ${tx} ${dur} ${ust} "-" "${ua}" "${rid(i)}" "${authority}" "${upstream}" ${cluster} ${ulocal} ${dlocal} ${dremote} ${sni} ${route}`;
const pilot = (T, min, lvl, scope, msg) =>
  `${T.isoMs(min).replace('Z', '000Z')}\t${lvl}\t${scope}${msg === undefined ? '' : `\t${msg}`}`;
const proxyBoot = (T, min) => [
  pilot(T, min, 'info', 'FLAG', 'Istio version: 1.23.2'),
  pilot(
    T,
    min + 0.01,
    'info',
    'Proxy role',
    'ips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local',
  ),
  pilot(T, min + 0.02, 'info', 'ads', 'All caches have been synced up in 612.553ms, marking server ready'),
  pilot(T, min + 0.03, 'info', 'Readiness succeeded in 1.104520716s'),
  pilot(T, min + 0.04, 'info', 'Envoy proxy is ready'),
];
const webrick = (T, min) => {
  const d = T.java(min).slice(0, 19);
  return [
    `[${d}] INFO  WEBrick 1.6.1`,
    `[${d}] INFO  ruby 2.7.8 (2023-03-30) [x86_64-linux]`,
    `[${d}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
  ];
};
const clf = (T, min) => {
  const d = new Date(Date.parse(T.iso(0)) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const liberty = (T, min) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240311-1300) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.972 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, json-1.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.114 seconds.',
];
const pp = (T, min, svc, path, code, len) =>
  `DEBUG:urllib3.connectionpool:http://${svc}:9080 "GET ${path} HTTP/1.1" ${code} ${len}`;
const ppHead = [
  'INFO:root:start at port 9080',
  '[2026-01-01 00:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0',
];

// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-10-07T09:52:00Z';
  const T = clock(incidentTime);
  const productpage = [
    ppHead[0],
    `[${T.java(-60 * 26).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${T.java(-60 * 26).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
    `[${T.java(-60 * 26).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
  ];
  const dv2 = [...webrick(T, -60 * 26)];
  const dv2proxy = proxyBoot(T, -60 * 26);
  let i = 0;
  for (let m = -44; m < -0.2; m += 1.7) {
    i++;
    const bad = m > -27 && i % 5 !== 0;
    productpage.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    productpage.push(pp(T, m, 'details', '/details/0', bad ? 400 : 200, bad ? 64 : 238));
    productpage.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    productpage.push(pp(T, m + 0.01, 'reviews', '/reviews/0', 200, i % 3 === 0 ? 358 : 442));
    dv2.push(
      `192.168.40.${61} - - [${clf(T, m)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 64 : 238}`,
      '- -> /details/0',
    );
    dv2proxy.push(
      envoy(T, m, {
        path: '/books/v1/volumes?q=isbn:0486424618',
        code: bad ? 429 : 200,
        rx: 0,
        tx: bad ? 566 : 2917,
        dur: bad ? 38 : 212,
        ust: bad ? 37 : 209,
        ua: 'Ruby',
        i,
        authority: 'www.googleapis.com',
        upstream: i % 2 ? '142.250.191.74:443' : '172.217.1.106:443',
        cluster: 'outbound|80||www.googleapis.com',
        ulocal: `%PODIP%:${40000 + i * 13}`,
        dlocal: i % 2 ? '142.250.191.74:80' : '172.217.1.106:80',
        dremote: `%PODIP%:${52000 + i * 7}`,
        route: 'allport',
      }),
    );
    dv2proxy.push(
      envoy(T, m + 0.002, {
        path: '/details/0',
        code: bad ? 400 : 200,
        tx: bad ? 64 : 238,
        dur: bad ? 44 : 219,
        ust: bad ? 43 : 217,
        ua: 'python-requests/2.31.0',
        i,
        authority: 'details:9080',
        upstream: '%PODIP%:9080',
        cluster: 'inbound|9080||',
        ulocal: '127.0.0.6:41217',
        dlocal: '%PODIP%:9080',
        dremote: '192.168.40.61:48122',
        sni: 'outbound_.9080_._.details.bookinfo.svc.cluster.local',
        route: 'default',
      }),
    );
  }
  productpage.push('INFO:root:details status 400 for product 0, x-request-id ' + rid(i));
  return bookinfoScenario({
    folder: 's12-details-external-books-429',
    description:
      'bookinfo: product page says "Sorry, product details are currently unavailable for this book" for most loads, started ~09:25. reviews part fine. catalog team on it?',
    incidentTime,
    expected: { component: 'google-books', cause: 'external-dependency' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'external-dependency-failure', 'team-name', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube bookinfo.yaml (1.20.1 images) and bookinfo-details-v2.yaml (details-v2,
      image examples-bookinfo-details-v2:1.16.0 built with ENABLE_EXTERNAL_BOOK_SERVICE=true, env DO_NOT_ENCRYPT=true so the app
      speaks HTTP on port 80 and the sidecar originates TLS to www.googleapis.com:443, as in Istio's egress TLS origination task).
      details.rb fetch_details_from_external_service GETs /books/v1/volumes?q=isbn:0486424618 unauthenticated; when Google answers
      429 (RESOURCE_EXHAUSTED, rateLimitExceeded: the anonymous per-IP quota, shared by everything behind the cluster's NAT egress)
      json['items'] is nil, the NoMethodError is rescued and WEBrick answers 400 {"error": ...}; nothing is logged but the access line.
      productpage.py getProductDetails turns any non-200 into "Sorry, product details are currently unavailable for this book."
      The only place the 429 shows is the details-v2 sidecar's outbound access log (cluster outbound|80||www.googleapis.com).
      Deviations: the whole Bookinfo sample (details-v2, ratings-v2-mysql, mysqldb) is deployed, VirtualServices (not in the
      snapshot) route details to v2 and reviews across v1-v3; istio-proxy logs are the default TEXT access log format.
    `,
    workloads: {},
    logs: {
      'productpage-v1#0/productpage': productpage,
      'details-v2#0/details': dv2,
      'details-v2#0/istio-proxy': dv2proxy,
      'details-v1#0/details': webrick(T, -60 * 26),
      'reviews-v2#0/reviews': liberty(T, -60 * 26),
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...Array.from({ length: 8 }, () => 'GET /ratings/0'),
      ],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-18T14:41:00Z';
  const T = clock(incidentTime);
  const AT = -22; // the namespace's policies applied by the platform-security pipeline
  const ratingsLog = ['Server listening on: http://0.0.0.0:9080'];
  const r3 = liberty(T, -60 * 30);
  const r2 = liberty(T, -60 * 30);
  const r3proxy = proxyBoot(T, -60 * 30);
  const r2proxy = proxyBoot(T, -60 * 30);
  const productpage = [ppHead[0]];
  let i = 100;
  for (let m = -48; m < -0.3; m += 1.3) {
    i++;
    const after = m > AT + 0.3;
    if (!after) ratingsLog.push('GET /ratings/0');
    const v = i % 3;
    productpage.push(
      'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
      pp(T, m, 'details', '/details/0', 200, 178),
    );
    productpage.push(
      'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
      pp(T, m + (after && v ? 0.05 : 0.01), 'reviews', '/reviews/0', 200, after && v ? 451 : 358),
    );
    if (v === 1) {
      if (after) {
        r3.push(
          'Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: SocketTimeoutException invoking http://ratings:9080/ratings/0: Read timed out',
        );
        r3proxy.push(
          envoy(T, m + 0.04, {
            path: '/ratings/0',
            code: 0,
            flags: 'DC',
            details: 'downstream_remote_disconnect',
            tx: 0,
            dur: 2502,
            ua: 'Apache-CXF/3.1.18',
            i,
            authority: 'ratings:9080',
            upstream: `%IPOF:ratings-v1#0%:9080`,
            cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local',
            dlocal: '%SVCIP:ratings%:9080',
            dremote: `%PODIP%:${36000 + i}`,
          }),
        );
      } else
        r3proxy.push(
          envoy(T, m, {
            path: '/ratings/0',
            code: 200,
            tx: 48,
            dur: 4,
            ust: 3,
            ua: 'Apache-CXF/3.1.18',
            i,
            authority: 'ratings:9080',
            upstream: `%IPOF:ratings-v1#0%:9080`,
            cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local',
            ulocal: `%PODIP%:${44000 + i}`,
            dlocal: '%SVCIP:ratings%:9080',
            dremote: `%PODIP%:${36000 + i}`,
          }),
        );
    }
    if (v === 2) {
      if (after) {
        r2.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
        r2proxy.push(
          envoy(T, m + 0.17, {
            path: '/ratings/0',
            code: 503,
            flags: 'UF',
            details: 'upstream_reset_before_response_started{connection_timeout}',
            tx: 91,
            dur: 10001,
            ua: 'Apache-CXF/3.1.18',
            i,
            authority: 'ratings:9080',
            upstream: i % 4 ? `%IPOF:ratings-v1#0%:9080` : `%IPOF:ratings-v2-mysql#0%:9080`,
            cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local',
            dlocal: '%SVCIP:ratings%:9080',
            dremote: `%PODIP%:${36000 + i}`,
            reason: 'delayed connect error: Connection timed out',
          }),
        );
      } else
        r2proxy.push(
          envoy(T, m, {
            path: '/ratings/0',
            code: 200,
            tx: 48,
            dur: 5,
            ust: 4,
            ua: 'Apache-CXF/3.1.18',
            i,
            authority: 'ratings:9080',
            upstream: `%IPOF:ratings-v1#0%:9080`,
            cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local',
            ulocal: `%PODIP%:${44000 + i}`,
            dlocal: '%SVCIP:ratings%:9080',
            dremote: `%PODIP%:${36000 + i}`,
          }),
        );
    }
  }
  const pol = (name, app, from, ports) => ({
    name,
    created: AT,
    spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress'], ingress: [{ from, ports }] },
  });
  return bookinfoScenario({
    folder: 's12-ratings-netpol-named-port',
    description:
      'productpage loads take 3-10s and the reviews block shows "Ratings service is currently unavailable" instead of stars. since about 14:20. nothing deployed by us today',
    incidentTime,
    expected: { component: 'ratings', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'network-policy', 'callers-only', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (Service ratings port 9080 named "http", selector app:
      ratings; the Deployments' containerPort 9080 is unnamed). A NetworkPolicy set (default-deny-ingress plus one allow-list per
      app) was applied to the namespace 22 minutes before the incident; ratings-allow-reviews lists ports [{port: http}]. A named
      port in a NetworkPolicy refers to a container port name of the selected pods, not to the Service's port name (Kubernetes
      NetworkPolicy docs; a common gotcha reported on kubernetes/kubernetes and Calico issues), so the rule matches no port and
      default-deny drops all traffic to ratings. ratings pods stay Ready (kubelet probes come from the node) and log no request
      after the change. reviews-v2 (black stars, 10 s client timeout) gets Envoy's 503 UF connection_timeout; reviews-v3 (red
      stars, 2.5 s timeout per LibertyRestEndpoint.getRatings) gives up first with SocketTimeoutException; both print "Error: unable
      to contact http://ratings:9080/ratings ..." and render "Ratings service is currently unavailable". reviews-v1 never calls ratings.
      Deviations: the whole sample is deployed (details-v2, ratings-v2-mysql, mysqldb); policies created by a CI pipeline outside
      the snapshot; VirtualServices (not in the snapshot) spread reviews over v1-v3.
    `,
    networkPolicies: [
      { name: 'default-deny-ingress', created: AT, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
      pol(
        'productpage-allow-gateway',
        'productpage',
        [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } },
            podSelector: { matchLabels: { istio: 'ingressgateway' } },
          },
        ],
        [{ protocol: 'TCP', port: 9080 }],
      ),
      pol(
        'details-allow-productpage',
        'details',
        [{ podSelector: { matchLabels: { app: 'productpage' } } }],
        [{ protocol: 'TCP', port: 9080 }],
      ),
      pol(
        'reviews-allow-productpage',
        'reviews',
        [{ podSelector: { matchLabels: { app: 'productpage' } } }],
        [{ protocol: 'TCP', port: 9080 }],
      ),
      pol(
        'ratings-allow-reviews',
        'ratings',
        [{ podSelector: { matchLabels: { app: 'reviews' } } }],
        [{ protocol: 'TCP', port: 'http' }],
      ),
      pol(
        'mysqldb-allow-ratings',
        'mysqldb',
        [{ podSelector: { matchLabels: { app: 'ratings', version: 'v2-mysql' } } }],
        [{ protocol: 'TCP', port: 3306 }],
      ),
    ],
    workloads: {},
    logs: {
      'productpage-v1#0/productpage': productpage,
      'reviews-v2#0/reviews': r2,
      'reviews-v2#0/istio-proxy': r2proxy,
      'reviews-v3#0/reviews': r3,
      'reviews-v3#0/istio-proxy': r3proxy,
      'reviews-v1#0/reviews': liberty(T, -60 * 30),
      'ratings-v1#0/ratings': ratingsLog,
      'ratings-v1#0/istio-proxy': proxyBoot(T, -60 * 30),
      'ratings-v2-mysql#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'GET /ratings/0',
        'GET /ratings/0',
      ],
    },
  });
})();

// ---------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2026-12-02T16:05:00Z';
  const T = clock(incidentTime);
  const productpage = [ppHead[0]];
  const r = { 1: liberty(T, -60 * 72), 2: liberty(T, -60 * 72), 3: liberty(T, -61) };
  for (let k = 0, m = -50; m < -0.2; m += 0.9, k++) {
    productpage.push(
      'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
      pp(T, m, 'details', '/details/0', 200, 238),
    );
    productpage.push(
      'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
      pp(T, m + 0.01, 'reviews', '/reviews/0', 200, [295, 358, 356][k % 3]),
    );
  }
  return bookinfoScenario({
    folder: 's12-stars-come-and-go',
    description:
      'Support ticket: customers say the book page sometimes shows star ratings, sometimes none, and sometimes the stars are red instead of black. Refreshing changes it. Is ratings flaky?? reveiws team pls check',
    incidentTime,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'typo', 'team-name'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml: Service reviews selects app: reviews, i.e. reviews-v1 (no
      ratings call, no stars), reviews-v2 (black stars) and reviews-v3 (red stars); without a VirtualService pinning a version
      (samples/bookinfo/networking/virtual-service-all-v1.yaml), Istio spreads requests over all three, so stars appearing,
      disappearing and changing colour on refresh is the sample's documented behaviour (Istio "Bookinfo Application" and "Request
      Routing" docs), not a fault. Everything answers 200. Decoys: reviews-v2 was OOMKilled three days ago (restartCount 1, since
      Running), and productpage-v1 was rolled out an hour ago (revision 4, healthy, old ReplicaSet scaled to 0).
      Deviations: the whole sample is deployed (details-v2, ratings-v2-mysql, mysqldb); an hour-old reviews-v3 restart after a node
      drain is normal churn.
    `,
    workloads: {
      'productpage-v1': {
        rollout: {
          at: -58,
          revision: 4,
          oldContainers: {
            productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.19.1' },
          },
        },
      },
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 72),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 72 - 0.1),
                },
              }),
            },
          },
        ],
      },
      'reviews-v3': { since: -61 },
    },
    events: [
      {
        on: 'deploy:productpage-v1',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set productpage-v1-%NEW% to 1',
        first: -58,
        last: -58,
      },
      {
        on: 'deploy:productpage-v1',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1',
        first: -57,
        last: -57,
      },
      {
        on: 'pod:reviews-v3#0',
        reason: 'Scheduled',
        message: 'Successfully assigned bookinfo/%POD% to %NODE%',
        source: 'default-scheduler',
        first: -61,
        last: -61,
      },
      {
        on: 'pod:reviews-v3#0',
        reason: 'Started',
        message: 'Started container reviews',
        fieldPath: 'spec.containers{reviews}',
        first: -60.5,
        last: -60.5,
      },
    ],
    logs: {
      'productpage-v1#0/productpage': productpage,
      'reviews-v1#0/reviews': r[1],
      'reviews-v2#0/reviews': r[2],
      'reviews-v3#0/reviews': r[3],
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...Array.from({ length: 30 }, () => 'GET /ratings/0'),
      ],
      'details-v2#0/details': webrick(T, -60 * 72),
    },
  });
})();

export const scenarios = [s1, s2, s3];
