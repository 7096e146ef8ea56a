// Batch s44a held-out scenario for TeaStore (split: test), written blind: the kit system definition
// (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188) and one incident.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-06-02T09:52:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${src} ${msg}`;
};

const PERSISTENCE_ENV = [
  { name: 'HOST_NAME', value: 'teastore-persistence' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: 'teastore-db' },
  { name: 'DB_PORT', value: '3306' },
];
// The platform team's "add probes and requests" change: a liveness probe copied from their Spring Boot template.
const LIVENESS = { httpGet: { path: '/actuator/health', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 45, timeoutSeconds: 2, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const RES = { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } };

function persistenceRun(startMin, killMin) {
  return [
    tc(startMin, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.24'),
    tc(startMin + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(startMin + 0.03, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(startMin + 0.04, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
    `[EL Info]: ${T.java(startMin + 0.21)}--ServerSession(1740035246)--EclipseLink, version: Eclipse Persistence Services - 2.7.12.v20230209-e5c4bd5f2c`,
    `[EL Info]: connection: ${T.java(startMin + 0.25)}--ServerSession(1740035246)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`,
    tc(startMin + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [16,482] ms'),
    tc(startMin + 0.32, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
    tc(startMin + 0.33, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [17106] milliseconds'),
    ...(killMin === undefined
      ? []
      : [
          tc(killMin, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
          tc(killMin + 0.001, 'INFO', 'Thread-1', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
          tc(killMin + 0.01, 'WARNING', 'Thread-1', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.persistence] appears to have started a thread named [Timer-0] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base@11.0.23/java.lang.Object.wait(Native Method)\n java.base@11.0.23/java.util.TimerThread.mainLoop(Timer.java:553)\n java.base@11.0.23/java.util.TimerThread.run(Timer.java:506)'),
          tc(killMin + 0.02, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
          tc(killMin + 0.021, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
        ]),
  ];
}

const SERVLETS = ['CategoryServlet', 'ProductServlet', 'IndexServlet', 'CartServlet'];
function webuiLog() {
  const out = [tc(-60 * 24 * 12, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21384] milliseconds')];
  // persistence is down between its liveness kills and restarts (back-off) and up for ~75 s each run.
  const downWindows = [[-34.2, -34.0], [-32.6, -32.3], [-31.0, -30.4], [-29.3, -28.0], [-26.6, -23.9], [-22.5, -17.5], [-16.2, -11.2], [-9.9, -4.9], [-3.6, 0]];
  let k = 0;
  for (const [a, b] of downWindows) {
    for (let m = a + 0.05; m < b; m += 0.45) {
      k++;
      const s = SERVLETS[k % SERVLETS.length];
      out.push(tc(m, 'SEVERE', `http-nio-8080-exec-${(k % 25) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${s}] in context with path [/tools.descartes.teastore.webui] threw exception`));
      out.push('\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!');
      out.push('\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:299)');
      out.push('\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:143)');
      out.push(`\t\tat tools.descartes.teastore.webui.servlet.${s}.handleGETRequest(${s}.java:${60 + (k % 30)})`);
      out.push('\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)');
      out.push('\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)');
    }
  }
  return out;
}

export const scenarios = [
  {
    folder: 's44a-persistence-liveness-404',
    split: 'test',
    description: 'TeaStore shop pages intermittently showing the error page, started about half an hour ago',
    incidentTime: INC,
    expected: { component: 'persistence', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      TeaStore teastore-clusterip.yaml (5ab1188): no probes and no resources on any container; persistence (Tomcat,
      EclipseLink against teastore-db) serves /tools.descartes.teastore.persistence/rest/* on 8080 and every other service
      reaches it through the registry client's ServiceLoadBalancer. The fault follows the most common probe mistake in
      Kubernetes post-mortems: a platform change 36 minutes before the incident added requests and a liveness probe copied
      from a Spring Boot template (/actuator/health), a path Tomcat answers with 404. The pod has no readiness probe, so the
      rollout completes, then the kubelet logs "Liveness probe failed: HTTP probe failed with statuscode: 404" three times
      and "failed liveness probe, will be restarted"; each run serves for ~75 s, exits 143 on SIGTERM (Tomcat's orderly
      shutdown in the previous log) and the back-off grows into CrashLoopBackOff. The webui logs
      NullPointerException "ServiceLoadBalancerResult was null!" (ServiceLoadBalancer's text when the REST call fails) while
      persistence is down, which is louder. An image rollout restart of teastore-image three hours earlier (healthy) is
      the decoy. Deviation from upstream: the probe and requests are the invented platform change.`,
    workloads: {
      'teastore-persistence': {
        rollout: { at: -36, revision: 2, oldContainers: { 'teastore-persistence': { livenessProbe: undefined, resources: undefined } } },
        containers: { 'teastore-persistence': { livenessProbe: LIVENESS, resources: RES } },
        pods: [{
          node: 'tea-worker-2',
          created: T.iso(-35.8),
          containers: { 'teastore-persistence': cs.crashLoop({ restarts: 8, exitCode: 143, startedAt: T.iso(-5.0), finishedAt: T.iso(-3.65), backoff: '5m0s', container: 'teastore-persistence' }) },
          readyTransition: T.iso(-3.65),
        }],
        endpointsChanged: -3.65,
      },
      'teastore-image': {
        rollout: { at: -182, revision: 5, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-182) } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -36, last: -36 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -35.5, last: -35.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -35.8, last: -35.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', fieldPath: 'spec.containers{teastore-persistence}', first: -35.8, last: -5.0, count: 9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 812ms (812ms including waiting). Image size: 281634020 bytes.', fieldPath: 'spec.containers{teastore-persistence}', first: -35.7, last: -5.0, count: 9 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -35.7, last: -5.0, count: 9 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -35.7, last: -5.0, count: 9 },
      { on: 'pod:teastore-persistence#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 404', fieldPath: 'spec.containers{teastore-persistence}', first: -34.7, last: -3.7, count: 27 },
      { on: 'pod:teastore-persistence#0', reason: 'Killing', message: 'Container teastore-persistence failed liveness probe, will be restarted', fieldPath: 'spec.containers{teastore-persistence}', first: -34.4, last: -3.7, count: 9 },
      { on: 'pod:teastore-persistence#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-persistence in pod %POD%_teastore(%PODUID%)', fieldPath: 'spec.containers{teastore-persistence}', first: -31.0, last: -0.4, count: 58 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -182, last: -182 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -181.2, last: -181.2 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence/previous': persistenceRun(-5.0, -3.66),
      'teastore-webui#0/teastore-webui': webuiLog(),
      'teastore-auth#0/teastore-auth': [
        tc(-60 * 24 * 12, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [15822] milliseconds'),
        tc(-25.3, 'SEVERE', 'http-nio-8080-exec-3', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.NullPointerException: ServiceLoadBalancerResult was null!] with root cause'),
        '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:299)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperty(LoadBalancedCRUDOperations.java:201)',
        '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:135)',
      ],
      'teastore-image#0/teastore-image': [
        tc(-181.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [24106] milliseconds'),
      ],
    },
  },
];
