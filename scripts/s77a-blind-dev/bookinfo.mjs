// Blind dev batch s77a: one Istio Bookinfo scenario (the kit system scripts/kit-systems/bookinfo.mjs, sidecar-injected).
// ratings is refused by an AuthorizationPolicy whose principal names namespace `default`; reviews v2/v3 are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INCIDENT = '2026-04-08T15:42:00Z';
const T = clock(INCIDENT);
const FAULT = -27; // 15:15, the policy is applied

// Open Liberty console (consoleFormat dev): messages with their [AUDIT   ] prefix and no timestamp, System.out printed as is.
const liberty = (min, text) => text; // dev console format: no timestamp on console lines
const libertyBoot = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.84.cl240120240115-1552) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.112 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.873 seconds.',
];

// Istio's default TEXT access log (meshConfig.accessLogFile=/dev/stdout, the demo profile).
const port = (n, base) => 32768 + ((base + n * 7919) % 28000);
const rid = (n) => `${(0x3f1a2c00 + n * 7919).toString(16)}-9c4e-4b1d-a0f2-${(0x51c0d2e4a000 + n * 104729).toString(16).slice(0, 12)}`;
const inboundDenied = (min, n, pid, from) =>
  `[${T.isoMs(min)}] "GET /ratings/${pid} HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - "-" "Apache-CXF/4.0.3" "${rid(n)}" "ratings:9080" "-" inbound|9080|| - %PODIP%:9080 ${from}:${port(n, 11)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local -`;
const inboundOk = (min, n, pid, from) =>
  `[${T.isoMs(min)}] "GET /ratings/${pid} HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "Apache-CXF/4.0.3" "${rid(n)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${port(n, 23)} %PODIP%:9080 ${from}:${port(n, 11)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`;
const outboundDenied = (min, n, pid, to) =>
  `[${T.isoMs(min)}] "GET /ratings/${pid} HTTP/1.1" 403 - via_upstream - "-" 0 19 3 2 "-" "Apache-CXF/4.0.3" "${rid(n)}" "ratings:9080" "${to}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port(n, 5)} %SVCIP:ratings%:9080 %PODIP%:${port(n, 11)} - default`;

const ratingsProxy = (from2, from3) => {
  const out = [
    `${T.isoMs(-60 * 24 * 9)}\tinfo\tFLAG: --concurrency="2"`,
    `${T.isoMs(-60 * 24 * 9 + 0.01)}\tinfo\tVersion 1.23.2-0b5e2bd4f1a8b0e1c6c5b0fd7ac9ec34ba1bbd4e-Clean`,
    `${T.isoMs(-60 * 24 * 9 + 0.2)}\tinfo\tEnvoy proxy is ready`,
  ];
  let n = 0;
  for (let m = -40; m < FAULT; m += 2.3) out.push(inboundOk(m, n++, n % 2, n % 3 ? from2 : from3));
  for (let m = FAULT + 0.2; m < -0.2; m += 1.1) out.push(inboundDenied(m, 500 + n++, n % 2, n % 2 ? from2 : from3));
  return out;
};

const reviewsApp = (v) => {
  const out = [...libertyBoot(-60 * 24 * 9).map((l, i) => liberty(-60 * 24 * 9 + i * 0.01, l))];
  for (let m = FAULT + 0.25; m < -0.2; m += v === 'v2' ? 2.2 : 1.9)
    out.push('Error: unable to contact http://ratings:9080/ratings got status of 403');
  return out;
};
const reviewsProxy = (v, to) => {
  const out = [`${T.isoMs(-60 * 24 * 9 + 0.2)}\tinfo\tEnvoy proxy is ready`];
  let n = v === 'v2' ? 0 : 3000;
  for (let m = FAULT + 0.25; m < -0.2; m += v === 'v2' ? 2.2 : 1.9) out.push(outboundDenied(m, 500 + n++, n % 2, to));
  return out;
};

const productpage = () => {
  const out = [
    `INFO:root:start at port 9080`,
    `[${T.java(-60 * 24 * 7).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 21.2.0`,
  ];
  for (let m = -20; m < -0.2; m += 1.5) {
    out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    out.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
    out.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m % 3 < 1 ? 358 : 437}`);
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's77a-ratings-authz-policy-wrong-namespace',
    incidentTime: INCIDENT,
    description:
      'community team here - star ratings vanished from the book page, every review says "Ratings service is currently unavailable" since about quarter past 3. review text itself still loads, ratings pods look healthy',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'reviews', cause: 'network-fault' },
      { component: 'ratings', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Fault: the Istio "Authorization for HTTP traffic" task (istio.io/latest/docs/tasks/security/authorization/authz-http/)
      applies a ratings-viewer AuthorizationPolicy (selector app: ratings, action ALLOW, from principals
      cluster.local/ns/default/sa/bookinfo-reviews). Here it was copied into namespace bookinfo with metadata.namespace
      changed but the principal left at ns/default, so no caller matches: every request to ratings is denied by the ratings
      sidecar's RBAC filter with 403 "RBAC: access denied" (19 bytes) and rbac_access_denied_matched_policy[none] in its
      access log, while both ratings Deployments (v1 and v2-mysql behind the ratings Service) stay Running and Ready and
      their Node.js containers log nothing new. reviews v2/v3 (Open Liberty, LibertyRestEndpoint.getRatings) print
      "Error: unable to contact http://ratings:9080/ratings got status of 403" and return reviews without stars, so
      productpage still gets 200 from reviews (it is not loud); reviews-v1 never calls ratings.
      The AuthorizationPolicy itself is a CRD and is not part of the snapshot; the evidence is the 403s with
      rbac_access_denied in the sidecar logs of the callee. Deviations from upstream: meshConfig.accessLogFile=/dev/stdout
      (Istio demo profile) so the sidecars print access logs. Decoy: reviews-v3's container was OOMKilled three days ago
      (restartCount 1), long before the incident; a careful engineer names the refused path at ratings.
    `,
    workloads: {
      'reviews-v3': {
        pods: [{
          containers: {
            reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'ratings-v1#0/istio-proxy': ratingsProxy('%IPOF:reviews-v2#0%', '%IPOF:reviews-v3#0%'),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy('%IPOF:reviews-v3#0%', '%IPOF:reviews-v2#0%'),
      'reviews-v2#0/reviews': reviewsApp('v2'),
      'reviews-v2#0/istio-proxy': reviewsProxy('v2', '%IPOF:ratings-v1#0%'),
      'reviews-v3#0/reviews': reviewsApp('v3'),
      'reviews-v3#0/istio-proxy': reviewsProxy('v3', '%IPOF:ratings-v2-mysql#0%'),
      'productpage-v1#0/productpage': productpage(),
    },
  }),
];
