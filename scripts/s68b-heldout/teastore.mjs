// Held-out batch s68b (blind, split test): one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs; built by scripts/s68b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const incidentTime = '2026-02-18T13:32:00Z';
const T = clock(incidentTime);
const C = 'teastore-recommender';
const ISREADY = '/tools.descartes.teastore.recommender/rest/train/isready';
const probe = (initialDelaySeconds, periodSeconds, failureThreshold) => ({
  httpGet: { path: ISREADY, port: 8080, scheme: 'HTTP' }, initialDelaySeconds, timeoutSeconds: 2, periodSeconds, successThreshold: 1, failureThreshold,
});
const hardened = {
  livenessProbe: probe(60, 10, 3),
  readinessProbe: probe(20, 5, 3),
  resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '1Gi' } },
};

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (m, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(m)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const WAR = '/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war';
const startup = (s) => [
  tc(s, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.19'),
  tc(s + 0.001, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.10+7'),
  tc(s + 0.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(s + 0.03, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(s + 0.04, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [${WAR}]`),
  '[main] INFO tools.descartes.teastore.recommender.servlet.RecommenderStartup - Recommender loop time not set. Disabling periodic retraining.',
  tc(s + 0.13, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [${WAR}] has finished in [5,212] ms`),
  tc(s + 0.14, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(s + 0.14, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [5488] milliseconds'),
];
const shutdown = (s) => [
  tc(s, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(s + 0.0005, 'INFO', 'Thread-1', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(s + 0.003, 'WARNING', 'Thread-1', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.recommender] appears to have started a thread named [pool-1-thread-1] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:'),
  ' java.base@17.0.10/java.util.ArrayList.removeAll(ArrayList.java:780)',
  ' tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.filterForMaxtimeStamp(TrainingSynchronizer.java:245)',
  ' tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.filterLists(TrainingSynchronizer.java:228)',
  ' tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain(TrainingSynchronizer.java:185)',
  tc(s + 0.004, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  tc(s + 0.005, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];

const webuiErr = (m, i) => [
  tc(m, 'SEVERE', `http-nio-8080-exec-${3 + (i % 9)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  'tools.descartes.teastore.registryclient.util.NotFoundException',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:294)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:58)',
  '\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:75)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:213)',
];

export const scenarios = [
  {
    folder: 's68b-recs-gone-after-db-regen',
    incidentTime,
    description: 'teastore product pages throwing errors since ~13:05 (right after QA regenerated the store db for the load test). home, categories, login still ok',
    expected: { component: 'recommender', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'recommender', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml (kit system scripts/kit-systems/teastore.mjs), plus
      the recommender source: TrainEndpoint GET train/isready answers 500 (serverError, entity false) whenever TrainingSynchronizer is not
      ready, i.e. during every (re)training; RecommenderStartup trains on all orders before it registers with the registry and
      unregisters on shutdown; a (re)train fetches every order and order item from persistence.
      Fault: a platform "hardening" release five days ago (revision 4, healthy since) gave the recommender a CPU limit of 500m and used
      train/isready for both readiness and liveness (liveness initialDelaySeconds 60, periodSeconds 10, failureThreshold 3). At ~13:05
      QA regenerated the store database with a much larger order history, which makes persistence ask the recommenders to retrain:
      isready returned 500, the kubelet killed the container after three liveness failures (Tomcat exits 143 on SIGTERM), and every restart
      now needs longer than the liveness window to train on the larger data set under the CPU limit, so it is killed again and again
      (Killing "failed liveness probe, will be restarted", then CrashLoopBackOff). Liveness probing a readiness-style endpoint that
      legitimately reports not-ready during slow work is the fault (Kubernetes docs "Configure Liveness, Readiness and Startup Probes":
      use a startupProbe or a cheap liveness check). With no recommender registered, the WebUI's product pages fail; home, category
      and login pages do not use it.
      Deviations: upstream sets no probes and no resources (both added by the release, the only difference between the two ReplicaSet
      templates); the regenerate request and persistence's logs are not in the snapshot; the WebUI's stack frames are modelled on the TeaStore sources, line numbers approximate. Decoy: the rollout itself is five days old.
    `,
    workloads: {
      [C]: {
        rollout: { at: -60 * 24 * 5, oldReplicas: 0, oldContainers: { [C]: { livenessProbe: undefined, readinessProbe: undefined, resources: {} } } },
        containers: { [C]: hardened },
        pods: [{
          created: T.iso(-60 * 24 * 5 + 0.5),
          readyTransition: T.iso(-26.3),
          containers: {
            [C]: cs.crashLoop({ restarts: 7, exitCode: 143, reason: 'Error', startedAt: T.iso(-6.6), finishedAt: T.iso(-5.0), container: C }),
          },
        }],
        unavailableSince: -26.3,
        endpointsChanged: -26.3,
      },
    },
    events: [
      { on: `pod:${C}#0`, type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', fieldPath: `spec.containers{${C}}`, count: 143, first: -26.4, last: -5.1 },
      { on: `pod:${C}#0`, type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', fieldPath: `spec.containers{${C}}`, count: 24, first: -26.1, last: -5.05 },
      { on: `pod:${C}#0`, reason: 'Killing', message: `Container ${C} failed liveness probe, will be restarted`, fieldPath: `spec.containers{${C}}`, count: 8, first: -25.8, last: -5.0 },
      { on: `pod:${C}#0`, reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: `spec.containers{${C}}`, count: 8, first: -25.7, last: -6.65 },
      { on: `pod:${C}#0`, reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 734ms (734ms including waiting). Image size: 271352843 bytes.', fieldPath: `spec.containers{${C}}`, first: -6.63 },
      { on: `pod:${C}#0`, reason: 'Created', message: `Created container ${C}`, fieldPath: `spec.containers{${C}}`, count: 8, first: -25.6, last: -6.62 },
      { on: `pod:${C}#0`, reason: 'Started', message: `Started container ${C}`, fieldPath: `spec.containers{${C}}`, count: 8, first: -25.6, last: -6.6 },
      { on: `pod:${C}#0`, type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${C} in pod %POD%_teastore(%PODUID%)`, fieldPath: `spec.containers{${C}}`, count: 31, first: -22.0, last: -0.4 },
    ],
    logs: {
      [`${C}#0/${C}/previous`]: [...startup(-6.6), ...shutdown(-5.0)],
      'teastore-webui#0/teastore-webui': [-24.8, -21.3, -17.9, -14.2, -11.6, -8.0, -4.4, -1.9].flatMap((m, i) => webuiErr(m, i)),
    },
  },
];
