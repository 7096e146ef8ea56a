// Blind held-out batch s78a: one TeaStore scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs), on the
// kit system scripts/kit-systems/teastore.mjs; built by scripts/s78a-build.mjs (which adds the imagePullSecrets).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const incidentTime = '2026-01-27T09:12:00Z';
const T = clock(incidentTime);
const DEL = -24; // the auth pod was deleted by hand (08:48)
export const REGISTRY = 'harbor.tea.internal';
export const PULL_SECRET = 'harbor-robot-teastore';
const img = (n) => `${REGISTRY}/teastore/teastore-${n}:latest`;
const AUTH_IMG = img('auth');
const TOKEN_URL = `https://${REGISTRY}/service/token?scope=repository%3Ateastore%2Fteastore-auth%3Apull&service=harbor-registry`;
const PULL_ERR = `Failed to pull image "${AUTH_IMG}": failed to pull and unpack image "${AUTH_IMG}": failed to resolve reference "${AUTH_IMG}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to ${TOKEN_URL}: 401 Unauthorized`;

const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';
const AUTH = 'tools.descartes.teastore.auth';
// webui: slf4j-simple on stderr (no timestamps) plus Tomcat's own lines.
const catalina = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};
const start = -60 * 24 * 9;
const webui = [
  catalina(start + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  catalina(start + 0.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  catalina(start + 0.35, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  `[localhost-startStop-1] INFO ${LB} - Pre-initializing client-side load balancer for target: ${AUTH}`,
  `[localhost-startStop-1] INFO ${LB} - Pre-initializing client-side load balancer for target: tools.descartes.teastore.image`,
  `[localhost-startStop-1] INFO ${LB} - Pre-initializing client-side load balancer for target: tools.descartes.teastore.persistence`,
  `[localhost-startStop-1] INFO ${LB} - Pre-initializing client-side load balancer for target: tools.descartes.teastore.recommender`,
  catalina(start + 0.6, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  catalina(start + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 21874 ms'),
];
for (let i = 0; i < 140; i++)
  webui.push(`[http-nio-8080-exec-${(i % 10) + 1}] WARN ${LB} - No Server registered for Service: ${AUTH}`);

const registry = [
  `[localhost-startStop-1] INFO tools.descartes.teastore.registry.rest.RegistryStartup - Registry online`,
  `[http-nio-8080-exec-2] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.persistence@teastore-persistence:8080`,
  `[http-nio-8080-exec-4] INFO tools.descartes.teastore.registry.rest.Registry - Registered ${AUTH}@teastore-auth:8080`,
  `[http-nio-8080-exec-5] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.image@teastore-image:8080`,
  `[http-nio-8080-exec-7] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.recommender@teastore-recommender:8080`,
  `[http-nio-8080-exec-8] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.webui@teastore-webui:8080`,
  `[http-nio-8080-exec-3] INFO tools.descartes.teastore.registry.rest.Registry - Unregistered tools.descartes.teastore.recommender@teastore-recommender:8080`,
  `[http-nio-8080-exec-6] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.recommender@teastore-recommender:8080`,
  `[http-nio-8080-exec-1] INFO tools.descartes.teastore.registry.rest.Registry - Unregistered ${AUTH}@teastore-auth:8080`,
];

const ev = (reason, message, first, last, count, type = 'Normal', extra = {}) =>
  ({ on: 'pod:teastore-auth#0', reason, message, first, last, count, type, ...extra });
const FP = { fieldPath: 'spec.containers{teastore-auth}' };

export const scenarios = [
  {
    folder: 's78a-shop-error-page-after-auth-bounce',
    description: 'teastore: every page of the shop shows the error page since ~8:50, even just browsing categories. shop-core restarted the auth pod around 8:45 bc logins were slow',
    incidentTime,
    expected: { component: 'auth', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): every TeaStore image is
      pinned to no tag (so :latest, imagePullPolicy Always: the kubelet resolves the image against the registry at every container
      start); one replica per service; services find each other through teastore-registry (the webui's ServiceLoadBalancer logs
      "No Server registered for Service: ..." when the registry lists no instance), and every webui page first asks auth whether the
      session is logged in (LoadBalancedStoreOperations.isLoggedIn), so without auth every page fails, not only login.
      Fault: the images are mirrored to the company Harbor and pulled with the imagePullSecret ${PULL_SECRET} (a Harbor robot account);
      the robot account's token expired. Running pods are unaffected, but when shop-core deleted the teastore-auth pod at 08:48 its
      replacement could not pull: containerd's token request gets 401 Unauthorized (ErrImagePull, then ImagePullBackOff), the registry
      logged the old instance's unregistration and no new instance registers. Public sources: goharbor/harbor issues #17811 and #15110
      (robot-account credentials that stop working: pulls get 401 and pods end in ImagePullBackOff); the message is containerd's
      token-fetch failure as the kubelet reports it.
      Decoy: teastore-recommender restarted two days ago (exit 143) and has run since.
      Deviations from upstream: images served from ${REGISTRY}/teastore/ instead of Docker Hub descartesresearch/, with the
      imagePullSecret added to every pod template (post-processed by the build script); webui's log is slf4j-simple's format, which has
      no timestamps.
    `,
    workloads: {
      'teastore-db': { containers: { 'teastore-db': { image: img('db') } } },
      'teastore-registry': { containers: { 'teastore-registry': { image: img('registry') } } },
      'teastore-persistence': { containers: { 'teastore-persistence': { image: img('persistence') } } },
      'teastore-image': { containers: { 'teastore-image': { image: img('image') } } },
      'teastore-webui': { containers: { 'teastore-webui': { image: img('webui') } } },
      'teastore-recommender': {
        containers: { 'teastore-recommender': { image: img('recommender') } },
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 + 0.2),
              last: { exitCode: 143, reason: 'Error', startedAt: T.iso(start + 0.3), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
      'teastore-auth': {
        containers: { 'teastore-auth': { image: AUTH_IMG } },
        unavailableSince: DEL,
        endpointsChanged: DEL,
        pods: [{
          created: T.iso(DEL + 0.02),
          phase: 'Pending',
          node: 'tea-worker-3',
          containers: { 'teastore-auth': cs.waiting('ImagePullBackOff', `Back-off pulling image "${AUTH_IMG}"`) },
        }],
      },
    },
    events: [
      { on: 'rs:teastore-auth', reason: 'SuccessfulCreate', message: 'Created pod: %AUTHPOD%', first: DEL + 0.02, source: 'replicaset-controller' },
      ev('Scheduled', 'Successfully assigned teastore/%POD% to %NODE%', DEL + 0.03, DEL + 0.03, 1, 'Normal', { source: 'default-scheduler' }),
      ev('Pulling', `Pulling image "${AUTH_IMG}"`, DEL + 0.05, -1.9, 9, 'Normal', FP),
      ev('Failed', PULL_ERR, DEL + 0.06, -1.9, 9, 'Warning', FP),
      ev('Failed', 'Error: ErrImagePull', DEL + 0.06, -1.9, 9, 'Warning', FP),
      ev('BackOff', `Back-off pulling image "${AUTH_IMG}"`, DEL + 0.1, -0.2, 101, 'Normal', FP),
      ev('Failed', 'Error: ImagePullBackOff', DEL + 0.1, -0.2, 101, 'Warning', FP),
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-registry#0/teastore-registry': registry,
    },
  },
];
