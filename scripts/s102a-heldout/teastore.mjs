// Blind held-out batch s102a: one TeaStore scenario (split: test), on the kit's TeaStore system with images from the
// team's Harbor mirror. Built by scripts/s102a-build.mjs (which also writes the pods' imagePullSecrets); grounding inside.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const MIRROR = 'harbor.tea.internal/teastore';
export const system = {
  ...base,
  workloads: base.workloads.map((w) => ({
    ...w,
    containers: w.containers.map((c) => ({ ...c, image: `${MIRROR}/${c.image.split('/')[1]}:latest`, imagePullPolicy: 'Always' })),
  })),
};
export const pullSecret = 'harbor-robot-teastore';

const T = clock('2026-03-26T10:44:00Z');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const jul = (min, level, thread, logger, msg) => {
  const d = new Date(T.isoMs(min));
  return `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${logger} ${msg}`;
};
const IMG = `${MIRROR}/teastore-auth:latest`;
const ERR = `failed to pull and unpack image "${IMG}": failed to resolve reference "${IMG}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.tea.internal/service/token?scope=repository%3Ateastore%2Fteastore-auth%3Apull&service=harbor-registry: 401 Unauthorized`;

export const scenarios = [
  {
    folder: 's102a-auth-mirror-401',
    incidentTime: '2026-03-26T10:44:00Z',
    description: 'teastore: nobody can log in since about 10:20, browsing the tea catalogue still works. did anything change on the auth side?',
    expected: { component: 'auth', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['time-expression', 'bad-credentials'],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (no tag, so :latest and
      imagePullPolicy Always; one replica each). Deviation: the team pulls every image through its Harbor proxy project
      harbor.tea.internal/teastore with a robot account Secret in imagePullSecrets. Fault (Harbor robot accounts expire; a
      known cause of 401 on pull): the robot account expired overnight; running pods were unaffected until the auth pod was
      deleted at ~10:20 (an engineer bouncing it) and its replacement has to pull again: ErrImagePull / ImagePullBackOff with
      containerd's "failed to fetch oauth token ... 401 Unauthorized". With no auth instance registered the WebUI's login
      fails; browsing (persistence, image) still works.
    `,
    workloads: {
      'teastore-auth': {
        pods: [{
          created: T.iso(-24), readyTransition: T.iso(-24),
          containers: { 'teastore-auth': cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) },
        }],
        unavailableSince: -24,
      },
    },
    events: [
      { on: 'rs:teastore-auth', reason: 'SuccessfulCreate', message: 'Created pod: teastore-auth-%RS%', source: 'replicaset-controller', first: -24 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -24 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, fieldPath: 'spec.containers{teastore-auth}', first: -23.9, last: -3.1, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', message: `Failed to pull image "${IMG}": ${ERR}`, type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -23.9, last: -3.1, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -23.9, last: -3.1, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, fieldPath: 'spec.containers{teastore-auth}', first: -23.8, last: -0.6, count: 96 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', first: -23.8, last: -0.6, count: 96 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        jul(-60 * 24 * 9 + 1.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [48211] milliseconds'),
        jul(-31.2, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login successful'),
        jul(-18.4, 'SEVERE', 'http-nio-8080-exec-6', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\ntools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for Store.\n\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:254)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:232)\n\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:68)'),
        jul(-7.9, 'SEVERE', 'http-nio-8080-exec-1', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\ntools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for Store.\n\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:254)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:232)\n\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:68)'),
      ],
      'teastore-registry#0/teastore-registry': [
        jul(-60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6120] milliseconds'),
        jul(-23.6, 'INFO', 'Thread-4', 'tools.descartes.teastore.registry.rest.Registry.unregister', 'Removed teastore-auth:8080 from service AUTH (heartbeat timed out)'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        jul(-60 * 24 * 9 + 1.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [39877] milliseconds'),
      ],
    },
  },
];
