// Batch s45a (blind dev): one Bookinfo incident for the scenario kit, written without reading the engine or rules.
// reviews-v3 rolled out with sidecar injection disabled: its plaintext calls to ratings are reset under STRICT mTLS.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-07-21T10:26:00Z');
const base = system.workloads.find((w) => w.name === 'reviews-v3');
const app = base.containers[0];
const noMesh = {
  initContainers: undefined,
  containers: [app],
  volumes: base.volumes.filter((v) => v.name === 'wlp-output' || v.name === 'tmp'),
  podAnnotations: { 'sidecar.istio.io/inject': 'false' },
};
const withMesh = { initContainers: base.initContainers, containers: base.containers, volumes: base.volumes, podAnnotations: base.podAnnotations };

// Open Liberty console as the reviews image prints it; System.out lines go out bare.
const liberty = (min, pod) => [
  `Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240902-1901) on Eclipse OpenJ9 VM, version 17.0.12+7 (en_US)`,
  `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
  `[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml`,
  `[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.`,
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-application-1.0 started in 2.861 seconds.`,
  `[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-1.0, jsonb-1.0, jsonp-1.1, servlet-4.0].`,
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.912 seconds.`,
];
const v3 = [...liberty(-21, '%POD%')];
for (let i = 0; i < 34; i++)
  v3.push('Error: unable to contact http://ratings:9080/ratings got exception javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset');

export const scenarios = [
  bookinfoScenario({
    folder: 's45a-reviews-v3-no-sidecar',
    incidentTime: '2026-07-21T10:26:00Z',
    description: "bookinfo: some product page loads say 'Ratings service is currently unavailable' instead of stars, since ~10:05. ratings broken?",
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['tls-misconfig', 'rollout-regression', 'pods-ready', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (reviews-v1/v2/v3 behind one reviews Service,
      reviews-v2/v3 call http://ratings:9080/ratings) with Istio 1.23 sidecar injection and a mesh-wide STRICT
      PeerAuthentication (not in the snapshot: the kit has no Istio CRDs). Fault: a reviews-v3 rollout at 10:04 adds the pod
      annotation sidecar.istio.io/inject: "false" (an engineer wanted a sidecar-free pod to take a clean heap dump and merged
      it to prod). The new pod has no istio-init and no istio-proxy, so reviews-v3 calls ratings in plaintext; the ratings
      pods' sidecars accept only mTLS on 9080 and reset the connection. reviews' LibertyRestEndpoint prints "Error: unable to
      contact http://ratings:9080/ratings got exception ... Connection reset" and the page served by v3 (one in three, the
      red-star version) shows "Ratings service is currently unavailable". Every pod is Running and Ready; ratings, reviews-v2
      (with sidecar) and productpage log nothing unusual (Istio access logging is off). The kit puts the injected sidecar in
      the pod template, so the old ReplicaSet's template carries it and the new one does not. Decoy: ratings-v1 restarted once
      two days ago (exit 1), which the description's guess points at.`,
    workloads: {
      'reviews-v3': {
        patch: noMesh,
        rollout: { at: -22, oldPatch: withMesh },
      },
      'ratings-v1': {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -22 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -21.2 },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', first: -21.45, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container: reviews', first: -21.45, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -21.4, fieldPath: 'spec.containers{reviews}' },
    ],
    logs: {
      'reviews-v3#0/reviews': v3,
      'reviews-v2#0/reviews': liberty(-60 * 24 * 9, '%POD%'),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/productpage': ['INFO:root:start at port 9080'],
    },
  }),
];
