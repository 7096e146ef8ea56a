// Blind held-out batch s92b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/teastore.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const HARBOR = 'harbor.tea.lab/teastore';
const T = clock('2026-05-19T10:52:00Z');
const NAMES = ['db', 'registry', 'persistence', 'auth', 'image', 'recommender', 'webui'];
const mirror = Object.fromEntries(NAMES.map((n) => [`teastore-${n}`, { containers: { [`teastore-${n}`]: { image: `${HARBOR}/teastore-${n}:1.4.3` } } }]));
const REC = `${HARBOR}/teastore-recommender:1.4.3`;
const tomcat = (min, lvl, cls, msg) => `${T.java(min).replace(' ', ' ').replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}-${y}`)} ${lvl} ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's92b-teastore-lab-pull',
    incidentTime: '2026-05-19T10:52:00Z',
    description: 'teastore: "recommended for you" box empty on every product page since ~10:30, rest of the shop works',
    expected: { component: 'recommender', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['time-expression', 'partial-name', 'decoy'],
    workloads: {
      ...mirror,
      'teastore-recommender': {
        ...mirror['teastore-recommender'],
        pods: [{
          node: 'tea-worker-3', created: T.iso(-23), phase: 'Pending',
          containers: { 'teastore-recommender': cs.waiting('ImagePullBackOff', `Back-off pulling image "${REC}"`) },
        }],
        unavailableSince: -23,
      },
      'teastore-image': { ...mirror['teastore-image'], pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 40.3) } }) } }] },
    },
    events: [
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -23 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: `Pulling image "${REC}"`, first: -23, last: -3, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${REC}": failed to pull and unpack image "${REC}": failed to resolve reference "${REC}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.tea.lab/service/token?scope=repository%3Ateastore%2Fteastore-recommender%3Apull&service=harbor-registry: 401 Unauthorized`, first: -23, last: -3, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -23, last: -3, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'BackOff', message: `Back-off pulling image "${REC}"`, first: -22.5, last: -1, count: 96, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -22.5, last: -1, count: 96, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -23 },
      { on: 'node:tea-worker-2', reason: 'Rebooted', type: 'Warning', message: 'Node tea-worker-2 has been rebooted, boot id: 6f1d2c9a-3b7e-4e15-9a0c-d84f2b6e7a11', first: -60 * 5 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        tomcat(-60 * 24 * 9 + 1, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [14213] milliseconds'),
        tomcat(-40, 'INFO', '[http-nio-8080-exec-3] org.apache.catalina.core.ApplicationContext.log', 'Category servlet: GET /tools.descartes.teastore.webui/category?category=2&page=1'),
        tomcat(-22, 'WARNING', '[http-nio-8080-exec-6] tools.descartes.teastore.registryclient.RegistryClient.getServersForService', 'No instances of service recommender registered at http://teastore-registry:8080/tools.descartes.teastore.registry/rest/services/recommender/'),
        tomcat(-21, 'WARNING', '[http-nio-8080-exec-1] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Load balancer for service recommender has no servers; returning empty recommendations'),
        tomcat(-9, 'WARNING', '[http-nio-8080-exec-4] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Load balancer for service recommender has no servers; returning empty recommendations'),
        tomcat(-2, 'WARNING', '[http-nio-8080-exec-9] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Load balancer for service recommender has no servers; returning empty recommendations'),
      ],
      'teastore-registry#0/teastore-registry': [
        tomcat(-60 * 24 * 9 + 1, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [3120] milliseconds'),
        tomcat(-24, 'INFO', '[Registry-Heartbeat] tools.descartes.teastore.registry.rest.Registry.unregister', 'Unregistered recommender instance teastore-recommender:8080 (no heartbeat for 10 s)'),
      ],
      'teastore-image#0/teastore-image': [
        tomcat(-60 * 24 * 2 - 39, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [9874] milliseconds'),
      ],
    },
    grounding: `
      Upstream examples/kubernetes/teastore-clusterip.yaml (one replica per service, no probes). Deviation: the lab mirrors the
      images into its own Harbor (harbor.tea.lab/teastore, tag 1.4.3, pull policy IfNotPresent) and the nodes pull with
      registry credentials of a Harbor robot account configured in containerd on each node (no imagePullSecret in the pod
      spec). Harbor robot accounts carry an expiry; once it passes, the token endpoint answers 401 and containerd reports
      "failed to authorize: failed to fetch oauth token ... 401 Unauthorized" (containerd/containerd and goharbor/harbor
      issues). The recommender pod was deleted by hand at about 10:29 and rescheduled to tea-worker-3, which never had the
      image, so it stays in ImagePullBackOff; the other services keep running from cached images. The webui shows empty
      recommendations. Decoys: tea-worker-2 rebooted for patching five hours earlier, an image-provider OOM two days old.
    `,
  },
];
