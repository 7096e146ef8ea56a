// Held-out scenario of batch s28a for Istio Bookinfo (split: test), written blind: the kit system definition
// scripts/kit-systems/bookinfo.mjs and one incident, built by scripts/s28a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-12T11:48:00Z';
  const T = clock(incidentTime);
  const NEW = '418327094562.dkr.ecr.us-east-2.amazonaws.com/bookinfo/reviews-v3:1.20.1-ol24.0.0.12';
  const OLD = 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.1';
  const liberty = (version, failing) => [
    `Launching defaultServer (Open Liberty ${version}) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)`,
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
    '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/open-default-port.xml',
    '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
    ...(failing
      ? [
          '[ERROR   ] CWWKZ0002E: An exception occurred while starting the application reviews-app. The exception message was: com.ibm.ws.container.service.state.StateChangeException: java.lang.NoClassDefFoundError: javax.json.Json',
          '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jakartaee-10.0, jndi-1.0, jsonb-3.0, jsonp-2.1, restfulWS-3.1, servlet-6.0].',
          '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.118 seconds.',
        ]
      : [
          '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
          '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.904 seconds.',
          '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, jsonp-1.1, servlet-4.0].',
          '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.876 seconds.',
        ]),
  ];
  // productpage's sidecar access log (meshConfig.accessLogFile=/dev/stdout, the default TEXT format).
  const PP = '%IPOF:productpage-v1#0%';
  const acc = (min, path, code, bytes, upstreamIp, cluster, rid) =>
    `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${bytes} ${code === 200 ? 23 : 3} ${code === 200 ? 22 : 2} "-" "python-requests/2.32.3" "${rid}" "${cluster}:9080" "${upstreamIp}:9080" outbound|9080||${cluster}.bookinfo.svc.cluster.local ${PP}:4${Math.round(-min * 100) % 9000 + 1000} %SVCIP:${cluster}%:9080 ${PP}:3${Math.round(-min * 37) % 9000 + 1000} - default`;
  const rid = (i) => `${(0x7c1e0000 + i * 40503).toString(16)}-3f2b-9a41-b6e0-${(0x5d2c9e000000 + i * 7919).toString(16)}`;
  const ppLines = [];
  const seq = [
    [-44, 'reviews-v1#0', 200, 358], [-41, 'reviews-v2#0', 200, 379], [-38, 'reviews-v3#0', 200, 379],
    [-35.5, 'reviews-v3#0', 404, 169], [-33, 'reviews-v1#0', 200, 358], [-29.4, 'reviews-v3#0', 404, 169], [-26, 'reviews-v2#0', 200, 379],
    [-21.2, 'reviews-v3#0', 404, 169], [-17, 'reviews-v1#0', 200, 358], [-12.8, 'reviews-v3#0', 404, 169], [-8.1, 'reviews-v2#0', 200, 379],
    [-4.6, 'reviews-v3#0', 404, 169], [-1.2, 'reviews-v3#0', 404, 169],
  ];
  const appLines = [];
  seq.forEach(([min, pod, code, bytes], i) => {
    ppLines.push(acc(min, '/details/0', 200, 178, '%IPOF:details-v1#0%', 'details', rid(i)));
    ppLines.push(acc(min + 0.001, '/reviews/0', code, bytes, `%IPOF:${pod}%`, 'reviews', rid(i)));
    appLines.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    appLines.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
    appLines.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    appLines.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" ${code} ${bytes}`);
  });
  scenarios.push(
    bookinfoScenario({
      folder: 's28a-reviews-v3-liberty-rebase',
      incidentTime,
      description: 'bookinfo: about 1 in 3 product page loads says "Sorry, product reviews are currently unavailable for this book." since ~11:15',
      expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
      difficulty: 'medium',
      traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
      grounding: `Istio samples/bookinfo/platform/kube/bookinfo.yaml: the reviews Service selects app: reviews, so v1, v2 and v3 share the
        traffic round-robin (no VirtualService here); the reviews pods have no readiness or liveness probe, so a pod whose Liberty server
        is up but whose application failed to start stays Ready. productpage.py getProductReviews returns "Sorry, product reviews are
        currently unavailable for this book." for any non-200 answer; it logs at DEBUG (urllib3 connection lines). Incident pattern
        from container base-image migrations: the team rebuilt reviews-v3 in its ECR on a newer Open Liberty (jakartaee-10 features)
        and rolled it out at 11:11; the javax.json classes the reviews WAR uses are no longer provided, so Liberty logs CWWKZ0002E
        (NoClassDefFoundError: javax.json.Json) for reviews-app while the server itself reports ready, and every request routed to
        v3 gets Liberty's 404 (Context Root Not Found). The productpage sidecar's access log shows 404 from the v3 pod IP only.
        Decoy: details-v1 restarted once two days ago (exit 1) and has run since. Deviation from upstream: the reviews-v3 image.`,
      workloads: {
        'reviews-v3': {
          rollout: { at: -37, oldContainers: { reviews: { image: OLD } } },
          containers: { reviews: { image: NEW } },
        },
        'details-v1': {
          pods: [{
            containers: {
              details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }),
            },
          }],
        },
      },
      events: [
        { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -37, last: -37 },
        { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -36.2, last: -36.2 },
        { on: 'pod:reviews-v3#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{reviews}', first: -36.9, last: -36.9 },
        { on: 'pod:reviews-v3#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 14.207s (14.207s including waiting). Image size: 338415202 bytes.`, fieldPath: 'spec.containers{reviews}', first: -36.6, last: -36.6 },
        { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container reviews', fieldPath: 'spec.containers{reviews}', first: -36.6, last: -36.6 },
        { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: -36.6, last: -36.6 },
      ],
      logs: {
        'reviews-v3#0/reviews': liberty('24.0.0.12', true),
        'reviews-v1#0/reviews': liberty('23.0.0.3', false),
        'productpage-v1#0/productpage': ['INFO:root:start at port 9080', ...appLines],
        'productpage-v1#0/istio-proxy': ppLines,
      },
    }),
  );
}
