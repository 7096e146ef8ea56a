// s15 blind dev scenario for Istio Bookinfo: a spec for the kit (scripts/s2-scenario-kit.mjs) on the kit system definition
// scripts/kit-systems/bookinfo.mjs (through bookinfoScenario for the shared Services); built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
const hex = (n, w) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(4).slice(0, w);
const reqId = (n) => `${hex(n, 8)}-${hex(n + 1, 4)}-9${hex(n + 2, 3)}-8${hex(n + 3, 3)}-${hex(n + 4, 12)}`;

const T = clock('2026-09-30T10:24:00Z');
const ROLL = -33;
const IMG_NEW = 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.2';
// which reviews version served request n (round robin over the three Deployments' pods)
const VERS = ['reviews-v1', 'reviews-v2', 'reviews-v3'];

const productpageApp = () => {
  const L = ['INFO:root:start at port 9080'];
  let n = 0;
  for (const m of range(-50, -0.2, 0.35)) {
    n++;
    const v = VERS[n % 3];
    const bad = v === 'reviews-v3' && m > ROLL + 0.8;
    L.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    L.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
    L.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    L.push(
      `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" ${bad ? '500 0' : `200 ${v === 'reviews-v1' ? 358 : 379}`}`,
    );
    L.push(
      `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(m).replace(/\.\d+$/, '')}] "GET /productpage HTTP/1.1" 200 -`,
    );
  }
  return L;
};
const productpageProxy = () => {
  const L = [];
  let n = 0;
  for (const m of range(-50, -0.2, 0.35)) {
    n++;
    const v = VERS[n % 3];
    const bad = v === 'reviews-v3' && m > ROLL + 0.8;
    L.push(
      `[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 3 2 "-" "python-requests/2.31.0" "${reqId(n)}" "details:9080" "%IPOF:details-v2#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local %PODIP%:${41000 + n} %SVCIP:details%:9080 %PODIP%:${52000 + n} - default`,
    );
    L.push(
      `[${T.isoMs(m + 0.01)}] "GET /reviews/0 HTTP/1.1" ${bad ? 500 : 200} - via_upstream - "-" 0 ${bad ? 0 : 379} ${bad ? 19 : 31} ${bad ? 18 : 30} "-" "python-requests/2.31.0" "${reqId(n)}" "reviews:9080" "%IPOF:${v}#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local %PODIP%:${43000 + n} %SVCIP:reviews%:9080 %PODIP%:${52000 + n} - default`,
    );
  }
  return L;
};
const libertyStart = (m) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240311-1901) on Eclipse OpenJ9 VM, version 17.0.10+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.114 seconds.',
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonp-1.1, servlet-4.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${(6 + (m % 3)).toFixed(3)} seconds.`,
];
const reviewsV3 = () => {
  const L = libertyStart(2);
  // Liberty's console lines carry no timestamp: one exception per request the new pod served since it started
  for (let k = range(ROLL + 1, -0.2, 1.05).length; k > 0; k--) {
    L.push(
      `[ERROR   ] SRVE0777E: Exception thrown by application class 'application.rest.LibertyRestEndpoint.getJsonResponse:142'`,
    );
    L.push(
      `java.lang.NullPointerException: Cannot invoke "String.isEmpty()" because "reviewer_avatar" is null`,
    );
    L.push(`\tat application.rest.LibertyRestEndpoint.getJsonResponse(LibertyRestEndpoint.java:142)`);
    L.push(`\tat application.rest.LibertyRestEndpoint.bookReviewsById(LibertyRestEndpoint.java:233)`);
    L.push(`\tat jdk.internal.reflect.GeneratedMethodAccessor612.invoke(Unknown Source)`);
    L.push(`\tat org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)`);
  }
  return L;
};
const reviewsV3Proxy = () => {
  const L = [];
  let n = 0;
  for (const m of range(ROLL + 1, -0.2, 1.05)) {
    n++;
    L.push(
      `[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 4 3 "-" "Apache-CXF/3.5.7" "${reqId(n + 500)}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${45000 + n} %SVCIP:ratings%:9080 %PODIP%:${46000 + n} - default`,
    );
    L.push(
      `[${T.isoMs(m + 0.01)}] "GET /reviews/0 HTTP/1.1" 500 - via_upstream - "-" 0 0 17 16 "-" "python-requests/2.31.0" "${reqId(n + 500)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${47000 + n} %PODIP%:9080 %IPOF:productpage-v1#0%:${52000 + n} outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`,
    );
  }
  return L;
};
const ratingsApp = () => {
  const L = ['Server listening on: http://0.0.0.0:9080'];
  // ratings-v1 (Node.js) prints one line per request, no timestamp
  return [...L, ...range(-50, -0.2, 0.7).map(() => 'GET /ratings/0')];
};

const base = system.workloads.find((w) => w.name === 'reviews-v3').containers[0];
const spec = bookinfoScenario({
  folder: 's15-reviews-v3-release-500s',
  description:
    'bookinfo productpage: "Sorry, product reviews are currently unavailable for this book." on roughly 1 of 3 refreshes. community team, since about 09:50?',
  incidentTime: '2026-09-30T10:24:00Z',
  expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
  grounding: `
    Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): reviews-v1, -v2 and -v3 are three Deployments
    behind one Service reviews (selector app: reviews, port 9080), so the mesh balances productpage's GET /reviews/<id>
    across them; the reviews container has no probe (only istio-proxy's /healthz/ready), and productpage renders "Sorry,
    product reviews are currently unavailable for this book." when reviews answers non-200 (productpage.py). The fault is a
    bad release confined to one Deployment, the canary-less shape of many public post-mortems: the community team rolled
    reviews-v3 from 1.20.1 to an internal build 1.20.2 at 09:51; the new pod is Ready and its Liberty server starts cleanly,
    but every /reviews/<id> throws a NullPointerException in getJsonResponse (SRVE0777E) and answers 500 after ratings
    answered 200. Hence the one-in-three symptom; reviews-v1/v2, details and ratings are healthy. The failure shows in
    productpage's urllib3 debug lines and both Envoy access logs (outbound 500 to the reviews-v3 pod IP, inbound 500).
    Decoy: details-v1 restarted three days ago (exit 1) and ratings carries on normally. Deviations: the 1.20.2 tag and its bug
    are invented (upstream publishes 1.20.1 etc.); Liberty/OpenJ9 versions illustrative; Envoy access-log fields per Istio's
    default TEXT format, abridged.`,
  workloads: {
    'reviews-v3': {
      rollout: { at: ROLL, revision: 2, oldContainers: { reviews: { image: base.image } } },
      containers: { reviews: { image: IMG_NEW } },
    },
    'details-v1': {
      pods: [
        {
          containers: {
            details: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.4),
              last: {
                exitCode: 1,
                reason: 'Error',
                startedAt: T.iso(-60 * 24 * 9),
                finishedAt: T.iso(-60 * 24 * 3 + 0.3),
              },
            }),
          },
        },
      ],
    },
  },
  events: [
    {
      on: 'deploy:reviews-v3',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set reviews-v3-%NEW% to 1',
      first: ROLL,
    },
    {
      on: 'deploy:reviews-v3',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1',
      first: ROLL + 0.9,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: 'Successfully assigned bookinfo/%POD% to %NODE%',
      first: ROLL + 0.5,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Pulled',
      fieldPath: 'spec.initContainers{istio-init}',
      message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine',
      first: ROLL + 0.52,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Pulling',
      fieldPath: 'spec.containers{reviews}',
      message: `Pulling image "${IMG_NEW}"`,
      first: ROLL + 0.54,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{reviews}',
      message: `Successfully pulled image "${IMG_NEW}" in 11.92s (11.92s including waiting). Image size: 478112035 bytes.`,
      first: ROLL + 0.74,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Created',
      fieldPath: 'spec.containers{reviews}',
      message: 'Created container reviews',
      first: ROLL + 0.75,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Started',
      fieldPath: 'spec.containers{reviews}',
      message: 'Started container reviews',
      first: ROLL + 0.75,
    },
    {
      on: 'pod:reviews-v3#0',
      reason: 'Unhealthy',
      type: 'Warning',
      fieldPath: 'spec.containers{istio-proxy}',
      message:
        'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused',
      first: ROLL + 0.76,
      count: 1,
    },
  ],
  logs: {
    'productpage-v1#0/productpage': productpageApp(),
    'productpage-v1#0/istio-proxy': productpageProxy(),
    'reviews-v3#0/reviews': reviewsV3(),
    'reviews-v3#0/istio-proxy': reviewsV3Proxy(),
    'reviews-v1#0/reviews': libertyStart(0),
    'reviews-v2#0/reviews': libertyStart(1),
    'ratings-v1#0/ratings': ratingsApp(),
  },
});

export const scenarios = [spec];
