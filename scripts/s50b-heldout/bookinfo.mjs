// Batch s50b held-out scenario (split: test) for Istio Bookinfo, written blind: the kit's Bookinfo system reduced to the
// workloads bookinfo.yaml deploys (details-v1 and ratings-v1 own their Services), expanded by scripts/s50b-build.mjs.
import { system as base } from '../kit-systems/bookinfo.mjs';
import { clock } from '../s2-scenario-kit.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const keep = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
const OWN = { 'details-v1': 'details', 'ratings-v1': 'ratings' };
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => keep.includes(w.name))
    .map((w) => (OWN[w.name] ? { ...w, service: { name: OWN[w.name], ...HTTP } } : w)),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const withSelectors = (spec) => {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [wl, app] of Object.entries(SELECT)) workloads[wl] = { serviceSelector: { app }, ...(workloads[wl] ?? {}) };
  return { ...spec, workloads };
};

// --- ratings-v1 redeployed without its sidecar while the namespace's DestinationRules demand ISTIO_MUTUAL ---
const I1 = '2026-05-12T13:58:00Z';
const T1 = clock(I1);
const ratingsBase = base.workloads.find((w) => w.name === 'ratings-v1');
const ratingsApp = ratingsBase.containers.find((c) => c.name === 'ratings');
const ROLL = -24;
const ratingsIp = '%IPOF:ratings-v1#0%';
const tlsErr = 'TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end';
const envoy503 = (min, id, ua, peer, port) =>
  `[${T1.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure|${tlsErr.replaceAll(' ', '_')}} - "${tlsErr}" 0 190 ${1 + (port % 3)} - "-" "${ua}" "${id}" "ratings:9080" "${ratingsIp}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 ${peer}:${port} - default`;
const envoyOk = (min, id, port) =>
  `[${T1.isoMs(min)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "Apache-CXF/3.5.5" "${id}" "ratings:9080" "192.168.41.87:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:${port} %SVCIP:ratings%:9080 %PODIP%:${port} - default`;
const rid = (n) => `${(0x3f2a9b10 + n * 7919).toString(16)}-9c1e-4b7a-a2d4-${(0x51e0c7a3b2d4 + n * 104729).toString(16).padStart(12, '0')}`;
const libertyStart = [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v2:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.183 seconds.',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.774 seconds.',
];
const reviewsErrors = (n) =>
  Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 503');

export const scenarios = [
  withSelectors({
    folder: 's50b-ratings-sidecarless-mtls',
    description: 'stars disappeared from the bookinfo product page, since about 13:35',
    incidentTime: I1,
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['tls-misconfig', 'pods-ready', 'callers-only', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml, images 1.20.1) in a sidecar-injected namespace
      (Istio 1.23) with samples/bookinfo/networking/destination-rule-all-mtls.yaml applied: every subset of details, ratings,
      reviews and productpage has trafficPolicy tls.mode ISTIO_MUTUAL, so client sidecars originate Istio mTLS to ratings even
      when the server pod has no proxy (the DR overrides auto-mTLS). ratings-v1 is redeployed 24 minutes before the incident
      with the pod annotation sidecar.istio.io/inject: "false" (copied from a CI manifest), so the new pod has no istio-init and
      no istio-proxy; the Node.js server is Ready and answers plaintext HTTP only. The reviews-v2/v3 sidecars' TLS handshakes
      fail with BoringSSL WRONG_VERSION_NUMBER, Envoy returns 503 with response flag UF (Istio default TEXT access log format,
      accessLogFile /dev/stdout), and reviews' LibertyRestEndpoint prints "Error: unable to contact http://ratings:9080/ratings
      got status of 503" and renders reviews without stars (productpage shows "Ratings service is currently unavailable" but
      still gets 200 from reviews). ratings itself logs nothing past startup (Node's http server answers the ClientHello with a
      400 and closes). Decoy: reviews-v1 (which never calls ratings) OOMKilled once three days ago. Deviations from upstream:
      the DestinationRules (not in the snapshot, no CRDs), and the inject annotation on the ratings-v1 template.
    `,
    workloads: {
      'ratings-v1': {
        patch: {
          initContainers: undefined,
          containers: [ratingsApp],
          volumes: undefined,
          podAnnotations: { 'sidecar.istio.io/inject': 'false' },
        },
        rollout: {
          at: ROLL,
          revision: 2,
          oldPatch: {
            initContainers: ratingsBase.initContainers,
            containers: ratingsBase.containers,
            volumes: ratingsBase.volumes,
            podAnnotations: ratingsBase.podAnnotations,
          },
        },
        endpointsChanged: ROLL + 0.6,
      },
      'reviews-v1': {
        pods: [
          {
            containers: {
              reviews: {
                state: { running: { startedAt: T1.iso(-60 * 24 * 3 - 127) } },
                lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 127.2), containerID: '%CID%' } },
                ready: true,
                started: true,
                restartCount: 1,
              },
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: ROLL + 0.7, source: 'deployment-controller' },
      { on: 'rs:ratings-v1', reason: 'SuccessfulCreate', message: 'Created pod: ratings-v1-%RS%', first: ROLL },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL, source: 'default-scheduler' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: ROLL + 0.1, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container ratings', first: ROLL + 0.1, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: ROLL + 0.15, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [...libertyStart, ...reviewsErrors(14)],
      'reviews-v3#0/reviews': [...libertyStart.map((l) => l.replace('reviews-v2', 'reviews-v3')), ...reviewsErrors(12)],
      'reviews-v1#0/reviews': libertyStart.map((l) => l.replace('reviews-v2', 'reviews-v1')),
      'reviews-v2#0/istio-proxy': [
        ...[-40, -33, -27].map((m, i) => envoyOk(m, rid(i), 40112 + i * 31)),
        ...[-22.6, -19.1, -15.4, -11.8, -8.2, -4.9, -1.7].map((m, i) => envoy503(m, rid(10 + i), 'Apache-CXF/3.5.5', '%PODIP%', 41230 + i * 17)),
      ],
      'reviews-v3#0/istio-proxy': [
        ...[-38, -30].map((m, i) => envoyOk(m, rid(30 + i), 36204 + i * 29)),
        ...[-21.3, -17.7, -13.0, -9.6, -6.1, -2.4].map((m, i) => envoy503(m, rid(40 + i), 'Apache-CXF/3.5.5', '%PODIP%', 38810 + i * 23)),
      ],
      'productpage-v1#0/productpage': [
        'INFO:root:start at port 9080',
        ...[-21.3, -15.4, -9.6, -4.9, -1.7].flatMap((m) => [
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
          'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
          'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
          `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m < -15 ? 358 : 379}`,
        ]),
      ],
      'details-v1#0/details': [
        '[2026-05-03 08:14:22] INFO  WEBrick 1.8.1',
        '[2026-05-03 08:14:22] INFO  ruby 3.3.1 (2024-04-23) [x86_64-linux]',
        '[2026-05-03 08:14:22] INFO  WEBrick::HTTPServer#start: pid=1 port=9080',
      ],
    },
  }),
];
