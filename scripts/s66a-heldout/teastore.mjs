// Held-out batch s66a (blind): one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/teastore.mjs (teastore-clusterip.yaml at 5ab1188); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-05-12T07:40:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter timestamp: 12-May-2026 07:31:02.114
const tc = (min) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)}`;
};
const REBOOT = -278; // 03:02 UTC, unattended-upgrades kernel reboot of tea-worker-3
const IMG = 'descartesresearch/teastore-persistence';
const MIRROR = 'https://harbor.tea.internal/v2/dockerhub-proxy/descartesresearch/teastore-persistence/manifests/latest?ns=docker.io';
const pullErr = (min) =>
  `Failed to pull image "${IMG}": failed to pull and unpack image "docker.io/${IMG}:latest": failed to resolve reference "docker.io/${IMG}:latest": failed to do request: Head "${MIRROR}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time ${T.iso(min)} is after 2026-05-11T23:59:59Z`;

const boot = (min, war) => [
  `${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.0.27`,
  `${tc(min + 0.01)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.02)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`,
  `${tc(min + 0.2)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [10,874] ms`,
  `${tc(min + 0.21)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.22)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [11,402] milliseconds`,
];
const noServer = (thread) => `[${thread}] WARN tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - No Server registered for Service: tools.descartes.teastore.persistence`;
const npe = (min, thread, servlet) => [
  noServer(thread),
  `${tc(min)} SEVERE [${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`,
  '\tjava.lang.NullPointerException',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:62)`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:209)',
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:683)',
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:777)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\t\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  '\t\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:360)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
];
const webui = [...boot(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.webui')];
const auth = [...boot(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.auth')];
for (let m = -59; m < -0.5; m += 2.3) {
  const k = Math.round(m * 10);
  const th = `http-nio-8080-exec-${(Math.abs(k) % 10) + 1}`;
  webui.push(...npe(m, th, k % 3 === 0 ? 'CategoryServlet' : k % 3 === 1 ? 'ProductServlet' : 'IndexServlet'));
  if (k % 4 === 0) auth.push(noServer(`http-nio-8080-exec-${(Math.abs(k) % 7) + 1}`));
}

export const scenarios = [
  {
    folder: 's66a-shop-broken-since-3am-persistence-pull',
    incidentTime: '2026-05-12T07:40:00Z',
    description: 'teastore shop broken since early this morning (~3am?) - category and product pages error out, login does not work either. nothing was deployed overnight. webui pod looks fine',
    expected: { component: 'persistence', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): every image is unpinned (descartesresearch/teastore-*, so :latest with imagePullPolicy Always);
      webui and auth reach persistence only through the registry's instance list (service tools.descartes.teastore.persistence).
      Kubelet fact: with imagePullPolicy Always the kubelet pulls (resolves the tag) before every container start, including restarts in place of an existing pod.
      Fault (containerd hosts.toml registry mirror; public reports of x509 "certificate has expired or is not yet valid" on pull through an expired mirror/proxy
      certificate): the on-prem cluster pulls docker.io through a Harbor proxy cache whose TLS certificate expired at midnight; direct egress to Docker Hub is
      blocked, so the fallback host fails too and containerd reports the first host's error. At 03:02 tea-worker-3 rebooted for a kernel update and came back Ready
      at 03:04; the teastore-persistence pod on it (lastState terminated, reason Unknown, exit code 255, as after a reboot) cannot restart its container:
      ErrImagePull / ImagePullBackOff ever since. The registry dropped the persistence instance after its heartbeats stopped, so webui logs
      "No Server registered for Service: tools.descartes.teastore.persistence" and NullPointerExceptions, auth logs the same warning on logins.
      Decoy: the node reboot itself (tea-worker-3 Ready again, new boot id); the node is not the cause.
      Deviations from upstream: the registry mirror, and tea-worker-3 carrying only this namespace's persistence pod. Log layouts follow the dockerbase image (Tomcat 10.0.27 console) and RegistryClient (slf4j-simple to stdout).
    `,
    nodes: {
      'tea-worker-3': {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(REBOOT + 2), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads: {
      'teastore-recommender': { pods: [{ node: 'tea-worker-2' }] },
      'teastore-persistence': {
        unavailableSince: REBOOT,
        endpointsChanged: REBOOT,
        pods: [{
          node: 'tea-worker-3',
          readyTransition: T.iso(REBOOT),
          containers: {
            'teastore-persistence': {
              state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${IMG}"` } },
              lastState: { terminated: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(REBOOT), containerID: '%CID%' } },
              ready: false, started: false, restartCount: 0,
            },
          },
        }],
      },
    },
    events: [
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: REBOOT + 1.4, last: -2.2, count: 56, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Failed', type: 'Warning', message: pullErr(-2.1), first: REBOOT + 1.5, last: -2.1, count: 56, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: REBOOT + 1.5, last: -2.1, count: 56, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: REBOOT + 1.6, last: -0.2, count: 1187, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: REBOOT + 1.6, last: -0.2, count: 1187, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence/previous': [
        ...boot(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.persistence'),
      ],
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
    },
  },
];

/** After the reboot the kubelet re-created the pod sandbox; the waiting container still reports the exited container's id. */
export function post(dir, read, write) {
  const pods = read('pods.json');
  for (const p of pods.items) {
    if (!p.metadata.name.startsWith('teastore-persistence-')) continue;
    p.status.conditions.find((c) => c.type === 'PodReadyToStartContainers').lastTransitionTime = T.iso(REBOOT + 1.4);
    for (const c of p.status.containerStatuses) c.containerID = c.lastState.terminated.containerID;
  }
  write('pods.json', pods);
}
