// Blind held-out batch s80b: one TeaStore scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition reused from scripts/kit-systems/teastore.mjs; the pod anti-affinity is written by scripts/s80b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-05-19T15:47:00Z';
const T = clock(INC);
// Tomcat 10 console format (catalina.sh run) and slf4j-simple to stdout.
const p2 = (n) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, src, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  return `${p2(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${lvl} [${thread}] ${src} ${msg}`;
};
const webuiLog = (k) => [
  tc(-60 * 24 * 6 + 0.40, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(-60 * 24 * 6 + 0.40, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(-60 * 24 * 6 + 0.42, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(-60 * 24 * 6 + 0.43, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  tc(-60 * 24 * 6 + 0.55, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [7,412] ms'),
  tc(-60 * 24 * 6 + 0.56, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(-60 * 24 * 6 + 0.56, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${7800 + k * 311}] milliseconds`),
  ...(k === 1
    ? [tc(-60 * 24 * 2, 'WARNING', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception: jakarta.ws.rs.NotFoundException: HTTP 404 Not Found')]
    : []),
];

export const scenarios = [
  {
    folder: 's80b-webui-rollout-spread-rule',
    description: 'webui deploy for the tea shop has been "in progress" for like 40 min, pipeline still waiting on rollout status. shop itself is up',
    incidentTime: INC,
    expected: { component: 'webui', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs). Deviations from upstream: teastore-webui runs 3 replicas and its images are pinned
      (descartesresearch/teastore-webui:1.4.2 -> 1.4.3) instead of the untagged :latest; the release that bumps the tag also
      adds a requiredDuringSchedulingIgnoredDuringExecution podAntiAffinity on run=teastore-webui over
      kubernetes.io/hostname ("one webui per node"), written into the new ReplicaSet's template and the Deployment by the
      build script. The old ReplicaSet's template has neither.
      Fault: with 3 replicas on the 3 workers, the Deployment's RollingUpdate (maxSurge 25% -> 1, maxUnavailable 25% -> 0)
      creates one surge pod of the new ReplicaSet; the required anti-affinity term matches the three old pods (the
      incoming pod's own term is checked against existing pods whatever their template), so the scheduler reports
      "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules" and, since nothing may be preempted for it,
      the pod stays Pending; no old pod is removed because maxUnavailable is 0, so the rollout never progresses and the
      Deployment reports ProgressDeadlineExceeded after progressDeadlineSeconds (600 s). This is the documented interplay
      of required anti-affinity with surge rollouts (kubernetes.io "Assigning Pods to Nodes", inter-pod affinity;
      kubernetes/kubernetes issues on rolling updates blocked by hard anti-affinity on small clusters).
      The shop keeps serving from the three old pods. Decoy: a 404 stack trace in an old webui pod two days ago.
    `,
    workloads: {
      'teastore-webui': {
        replicas: 3,
        containers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.3' } },
        rollout: { at: -41, revision: 12, oldReplicas: 3, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.2' } } },
        pods: [
          { unscheduled: '0/3 nodes are available: 3 node(s) didn\'t match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-30.9), lastTransitionTime: T.iso(-30.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -41, source: 'deployment-controller' },
      { on: 'pod:teastore-webui#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', first: -41, last: -1.2, count: 9, message: '0/3 nodes are available: 3 node(s) didn\'t match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' },
    ],
    logs: {
      'teastore-webui#old0/teastore-webui': webuiLog(0),
      'teastore-webui#old1/teastore-webui': webuiLog(1),
      'teastore-webui#old2/teastore-webui': webuiLog(2),
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9214] milliseconds'),
      ],
    },
  },
];
