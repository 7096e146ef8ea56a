// Batch s49a (blind dev): one Istio Bookinfo incident for the scenario kit, on the kit's Bookinfo system reduced to the
// workloads bookinfo.yaml deploys (details-v1 and ratings-v1 own their Services); built by scripts/s49a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w,
    ),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const withSelectors = (spec) => {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [wl, app] of Object.entries(SELECT)) workloads[wl] = { serviceSelector: { app }, ...(workloads[wl] ?? {}) };
  return { ...spec, workloads };
};

// ---------------------------------------------------------------------------------------------------------------
// reviews-v2: a rollout adds a CPU limit and a liveness probe whose initial delay is shorter than Liberty's start
// under that limit; the kubelet kills every new container before the app is up (Istio rewrites the probe to 15020).
const T1 = clock('2026-05-12T13:47:00Z');
const reviewsBase = full.workloads.find((w) => w.name === 'reviews-v2').containers;
const reviewsC = reviewsBase[0];
const proxyC = reviewsBase[1];
const probes = {
  livenessProbe: { httpGet: { path: '/health', port: 9080, scheme: 'HTTP' }, initialDelaySeconds: 15, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
  readinessProbe: { httpGet: { path: '/health', port: 9080, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
};
const newReviews = { ...probes, resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '500m', memory: '1Gi' } } };
// What the sidecar injector writes into the pod (not the Deployment): probes redirected to the agent on 15020.
const injected = [
  {
    ...reviewsC,
    ...newReviews,
    livenessProbe: { ...probes.livenessProbe, httpGet: { path: '/app-health/reviews/livez', port: 15020, scheme: 'HTTP' } },
    readinessProbe: { ...probes.readinessProbe, httpGet: { path: '/app-health/reviews/readyz', port: 15020, scheme: 'HTTP' } },
  },
  {
    ...proxyC,
    env: [
      ...proxyC.env,
      {
        name: 'ISTIO_KUBE_APP_PROBERS',
        value: '{"/app-health/reviews/livez":{"httpGet":{"path":"/health","port":9080,"scheme":"HTTP"},"timeoutSeconds":1},"/app-health/reviews/readyz":{"httpGet":{"path":"/health","port":9080,"scheme":"HTTP"},"timeoutSeconds":1}}',
      },
    ],
  },
];
const liberty = (startS, stopped) => [
  'Launching defaultServer (WebSphere Application Server 24.0.0.1/wlp-1.0.84.cl240120240115-1503) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ibm/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[WARNING ] CWWKS3103W: There are no users defined for the BasicRegistry configuration of ID com.ibm.ws.security.registry.basic.config[basic].',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  ...(stopped
    ? [
        '[AUDIT   ] CWWKE0085I: The server defaultServer is stopping because the JVM is exiting.',
        '[AUDIT   ] CWWKE1100I: Waiting for up to 30 seconds for the server to quiesce.',
        '[AUDIT   ] CWWKE1101I: Server quiesce complete.',
        `[AUDIT   ] CWWKE0036I: The server defaultServer stopped after ${startS} seconds.`,
      ]
    : []),
];
const stars = (min, n) =>
  Array.from({ length: n }, (_, i) => `[${T1.isoMs(min + i * 0.9)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${i % 2 ? 358 : 295} ${14 + i} ${13 + i} "-" "python-requests/2.31.0" "${['3f1a', '9c2e', '71bd', 'e4a0'][i % 4]}b8c2-52d1-9a7e-b1c4-0d8e2f6a${String(1000 + i)}" "reviews:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:48213 %PODIP%:9080 %IPOF:productpage-v1#0%:39544 outbound_.9080_._.reviews.bookinfo.svc.cluster.local default`);

export const scenarios = [
  withSelectors({
    folder: 's49a-reviews-v2-liveness-before-liberty-start',
    incidentTime: '2026-05-12T13:47:00Z',
    description: 'reviews-v2 rollout not finishing, new pod keeps restarting',
    expected: { component: 'reviews', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'decoy'],
    grounding: `
      Bookinfo bookinfo.yaml reviews-v2 (docker.io/istio/examples-bookinfo-reviews-v2:1.20.1, WebSphere/Open Liberty on OpenJ9,
      port 9080, no probes and no resources upstream). Deviation: revision 4 of reviews-v2 adds a CPU limit of 500m and
      liveness/readiness probes on the app's /health endpoint (LibertyRestEndpoint health()), liveness initialDelaySeconds 15,
      period 10, failureThreshold 3. Under 500m Liberty needs ~50 s to start the reviews app, so the kubelet kills each new
      container after ~35-45 s ("Container reviews failed liveness probe, will be restarted"); Liberty stops gracefully on
      SIGTERM (CWWKE0085I, exit 143) and never reaches CWWKZ0001I. As on any sidecar-injected pod, the injector rewrote the
      probes to the agent on :15020 (/app-health/reviews/livez, ISTIO_KUBE_APP_PROBERS), which answers 500 while the app port
      refuses connections, hence "HTTP probe failed with statuscode: 500". The classic too-short initialDelaySeconds on a JVM
      app server (Kubernetes docs "Configure Liveness, Readiness and Startup Probes": use a startupProbe for slow starters).
      maxUnavailable 25% of 1 rounds to 0, so the old reviews-v2 pod keeps serving and users see no change; the Deployment
      passes its 600 s progress deadline. Decoy: productpage-v1 restarted once two days ago (gunicorn worker boot error).
      Expected reviews/probe-failure; a careful engineer would also accept bad-deploy-rollout on reviews (the regression came
      with revision 4).`,
    workloads: {
      'reviews-v2': {
        rollout: { at: -26, revision: 4, oldReplicas: 1, oldContainers: { reviews: { livenessProbe: undefined, readinessProbe: undefined, resources: undefined } } },
        containers: { reviews: newReviews },
        pods: [
          {
            specOverride: { containers: injected },
            containers: {
              reviews: cs.crashLoop({ restarts: 7, exitCode: 143, reason: 'Error', startedAt: T1.iso(-3.7), finishedAt: T1.iso(-2.9), backoff: '5m0s', container: 'reviews' }),
              'istio-proxy': cs.running(T1.iso(-25.4)),
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-15.8), lastTransitionTime: T1.iso(-15.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'productpage-v1': {
        pods: [
          {
            containers: {
              productpage: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 46), last: { exitCode: 3, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 46 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -26 },
      { on: 'rs:reviews-v2', reason: 'SuccessfulCreate', message: 'Created pod: reviews-v2-%RS%', first: -26 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -26 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', fieldPath: 'spec.containers{reviews}', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" already present on machine', first: -25.5, last: -3.7, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'Created', fieldPath: 'spec.containers{reviews}', message: 'Created container reviews', first: -25.5, last: -3.7, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'Started', fieldPath: 'spec.containers{reviews}', message: 'Started container reviews', first: -25.5, last: -3.7, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{reviews}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', first: -25.3, last: -3.0, count: 61 },
      { on: 'pod:reviews-v2#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{reviews}', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: -25.1, last: -3.1, count: 24 },
      { on: 'pod:reviews-v2#0', reason: 'Killing', fieldPath: 'spec.containers{reviews}', message: 'Container reviews failed liveness probe, will be restarted', first: -24.9, last: -3.1, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{reviews}', message: 'Back-off restarting failed container reviews in pod %POD%_bookinfo(%PODUID%)', first: -23.8, last: -0.4, count: 44 },
    ],
    logs: {
      'reviews-v2#0/reviews': liberty(0, false),
      'reviews-v2#0/reviews/previous': liberty('36.214', true),
      'reviews-v2#old0/reviews': [
        '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 6.412 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.871 seconds.',
      ],
      'reviews-v2#old0/istio-proxy': stars(-6, 6),
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295`,
        `INFO:werkzeug:127.0.0.6 - - [12/May/2026 ${T1.hm(-2)}:14] "GET /productpage HTTP/1.1" 200 -`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
        `INFO:werkzeug:127.0.0.6 - - [12/May/2026 ${T1.hm(-1)}:52] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
