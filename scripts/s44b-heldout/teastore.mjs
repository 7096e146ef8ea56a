// Batch s44b held-out scenario for TeaStore (split: test), written blind: one incident as a kit spec.
// System: scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-09-15T09:58:00Z';
const T = clock(INC);
const N = base.nodes.map((n) => n.name);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, lvl, where, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${where}] ${msg}`;
};
const app = (min, thread, lvl, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const READY = '/tools.descartes.teastore.recommender/rest/ready/isready';
const probe = (initialDelaySeconds) => ({ httpGet: { path: READY, port: 8080, scheme: 'HTTP' }, initialDelaySeconds, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });

const boot = (s) => [
  cat(s, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.24'),
  cat(s + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(s + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  app(s + 0.12, 'main', 'INFO', 'tools.descartes.teastore.recommender.startup.RecommenderStartup', 'Recommender starting, registering with registry at teastore-registry:8080'),
  cat(s + 0.13, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [7412] milliseconds'),
  app(s + 0.15, 'pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Persistence reachable. Retrieving all orders and order items for training.'),
];
const prev = [
  ...boot(-2.9),
  app(-2.4, 'pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Retrieved 1874312 order items of 412955 orders from persistence.'),
  app(-2.35, 'pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.algorithm.impl.cf.SlopeOneRecommender', 'Training SlopeOne on 412955 orders ...'),
  cat(-1.72, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]'),
  cat(-1.72, 'INFO', 'Thread-4', 'org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]'),
  app(-1.71, 'Thread-4', 'INFO', 'tools.descartes.teastore.recommender.startup.RecommenderStartup', 'Shutdown: unregistering from registry'),
  cat(-1.7, 'WARNING', 'Thread-4', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads The web application [tools.descartes.teastore.recommender] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak.'),
];
const cur = [
  ...boot(-0.6),
  app(-0.1, 'pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Retrieved 1874312 order items of 412955 orders from persistence.'),
  app(-0.05, 'pool-2-thread-1', 'INFO', 'tools.descartes.teastore.recommender.algorithm.impl.cf.SlopeOneRecommender', 'Training SlopeOne on 412955 orders ...'),
];
const webui = [];
for (let m = -37.5; m < -0.3; m += 1.3) {
  const i = Math.round((m + 40) * 10);
  if (i % 2 === 0) webui.push(app(m, `http-nio-8080-exec-${(i % 10) + 1}`, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No instance of recommender available: jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused'));
  else webui.push(app(m, `http-nio-8080-exec-${(i % 10) + 1}`, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Request to recommender failed: jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'));
}
const persistence = [-37, -27, -18, -9, -2.4].map((m) => app(m, 'http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.persistence.rest.OrderItemEndpoint', 'Listing all order items (start=-1, max=-1)'));

const FOLDER = 's44b-recommender-liveness-kills-training';

export const scenarios = [
  {
    folder: FOLDER,
    description: 'teastore product pages slow and the recommendations box is empty since ~9:20',
    incidentTime: INC,
    expected: { component: 'recommender', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'recommender', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): every TeaStore service is a Tomcat on :8080 with no probes and no
      resources upstream; the recommender trains its model on all orders and order items fetched from persistence at start and
      answers GET /tools.descartes.teastore.recommender/rest/ready/isready only once trained (503 before); the webui calls the
      recommender through the registry's client-side load balancer. Deviation: this operator added liveness and readiness
      probes on the isready path to teastore-recommender six days ago (initialDelaySeconds 30 / 20, timeoutSeconds 1,
      periodSeconds 10, failureThreshold 3), a common hardening step copied from the readiness probes TeaStore users add.
      Incident (liveness probe shorter than a cold start, the classic probe-induced restart loop): an overnight load test grew
      the order table to ~413k orders. At 09:20 a liveness check timed out during the hourly retrain and the kubelet restarted
      the container; each cold start now needs ~100 s to fetch and train, longer than the ~60 s the liveness probe allows, so
      the kubelet kills it (SIGTERM, exit 143) every time: Unhealthy "HTTP probe failed with statuscode: 503", Killing "failed
      liveness probe, will be restarted", then BackOff. The webui logs connection refused / read timeouts to the recommender on
      every product page and renders it without recommendations; persistence serves the full-order fetches slowly.
      Decoy: a healthy rollout restart of teastore-auth 55 minutes earlier.
      A careful engineer names the recommender's liveness probe killing it (the restart loop it causes is also accepted).
    `,
    workloads: {
      'teastore-recommender': {
        since: -60 * 24 * 6,
        containers: { 'teastore-recommender': { livenessProbe: probe(30), readinessProbe: probe(20) } },
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 9, ready: false, startedAt: T.iso(-0.6),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-2.9), finishedAt: T.iso(-1.7) },
              }),
            },
            readyTransition: T.iso(-38.2),
          },
        ],
        unavailableSince: -38.2,
        endpointsChanged: -1.7,
      },
      'teastore-auth': { patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-55) } }, rollout: { at: -55, revision: 3 } },
    },
    events: [
      { on: 'pod:teastore-recommender#0', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.recommender/rest/ready/isready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', fieldPath: 'spec.containers{teastore-recommender}', first: -38.9, last: -38.6, count: 3 },
      { on: 'pod:teastore-recommender#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{teastore-recommender}', first: -36.5, last: -1.75, count: 27 },
      { on: 'pod:teastore-recommender#0', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{teastore-recommender}', first: -38.2, last: -0.2, count: 61 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Container teastore-recommender failed liveness probe, will be restarted', fieldPath: 'spec.containers{teastore-recommender}', first: -38.6, last: -1.75, count: 9 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -38.4, last: -0.65, count: 10 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 712ms (712ms including waiting). Image size: 234877141 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -38.4, last: -0.62, count: 10 },
      { on: 'pod:teastore-recommender#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-recommender in pod %POD%_teastore(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{teastore-recommender}', first: -30.1, last: -1.6, count: 14 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -55 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -54.4 },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': cur,
      'teastore-recommender#0/teastore-recommender/previous': prev,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-persistence#0/teastore-persistence': persistence,
    },
  },
];
