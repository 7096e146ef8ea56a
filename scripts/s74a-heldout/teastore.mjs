// Held-out batch s74a (split test), TeaStore: one blind scenario on scripts/kit-systems/teastore.mjs
// (examples/kubernetes/teastore-clusterip.yaml at 5ab1188); built by scripts/s74a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const PROBE_PATH = '/tools.descartes.teastore.recommender/rest/train/isready';
const liveness = { httpGet: { path: PROBE_PATH, port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const readiness = { httpGet: { path: PROBE_PATH, port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 20, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 };
// The operator's Deployment of the recommender carries probes (added months ago, see grounding); upstream has none.
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name === 'teastore-recommender' ? { ...w, containers: w.containers.map((c) => ({ ...c, livenessProbe: liveness, readinessProbe: readiness })) } : w,
  ),
};

const incidentTime = '2026-07-06T09:48:00Z';
const T = clock(incidentTime);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, cls, msg) => {
  const d = T.java(min);
  return `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const recBoot = (at, killedAt) => [
  tc(at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  tc(at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_151-8u151-b12-1~deb9u1-b12'),
  tc(at + 0.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(at + 0.05, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  tc(at + 0.11, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [3,412] ms'),
  tc(at + 0.12, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(at + 0.12, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 3687 ms'),
  `[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Persistence reachable, starting training.`,
  `[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Retrieving OrderItems and Orders from persistence ...`,
  `[pool-2-thread-1] INFO tools.descartes.teastore.recommender.algorithm.AbstractRecommender - Training recommender with 2418733 OrderItems from 611902 Orders.`,
  ...(killedAt !== undefined
    ? [
        tc(killedAt, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
        tc(killedAt + 0.001, 'INFO', 'Thread-4', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
        tc(killedAt + 0.004, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.recommender] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak.'),
      ]
    : []),
];

const webuiLog = () => {
  const out = [];
  for (let m = -58; m < -0.3; m += 1.1) {
    if (m < -61) continue;
    out.push(`[http-nio-8080-exec-${(Math.abs(Math.round(m)) % 10) + 1}] WARN tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - No recommender available, returning empty recommendation list: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's74a-recs-gone-monday',
    incidentTime,
    description: 'teastore: "you may also like" box is empty on every product page since the summer sale orders came in over the weekend (personalisation)... rest of the shop works',
    expected: { component: 'recommender', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'recommender', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['team-name', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-recommender is one Tomcat replica
      without resources; at start it fetches every order and order item from persistence and trains its recommender
      before it answers recommendations; the webui shows the "you may also like" box from it and leaves it empty when it
      gets nothing.
      Fault: the operator added probes to the recommender months ago, liveness (initialDelaySeconds 60, periodSeconds 10,
      timeoutSeconds 1, failureThreshold 3) on the same training-status resource as readiness, which answers 503 until
      the first training has finished. After the weekend sale the order history grew to ~2.4M order items and training
      now takes longer than the ~90 s the liveness probe allows, so the kubelet kills the container (exit 143) every time
      before it finishes, with growing back-off: the well-known anti-pattern of a liveness probe that checks readiness,
      as public write-ups on liveness probes (e.g. "Liveness probes are dangerous", srcco.de) and Kubernetes probe
      documentation describe. The personalisation team deleted the recommender pod at 08:46 to have it retrain on the
      weekend's orders (a plain pod deletion: same ReplicaSet); the replacement has never become Ready since.
      persistence and the database are healthy.
      Deviations from upstream: the probes on teastore-recommender (upstream sets none) and their path, which is how the
      operator reads the training status resource of the recommender's REST API; nothing else.
    `,
    workloads: {
      'teastore-recommender': {
        unavailableSince: -62,
        endpointsChanged: -2.5,
        pods: [
          {
            containers: {
              'teastore-recommender': cs.crashLoop({ restarts: 9, exitCode: 143, reason: 'Error', startedAt: T.iso(-4.6), finishedAt: T.iso(-3.0), backoff: '5m0s', container: 'teastore-recommender' }),
            },
            created: T.iso(-62),
            readyTransition: T.iso(-62),
          },
        ],
      },
    },
    events: [
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Unhealthy', message: `Readiness probe failed: HTTP probe failed with statuscode: 503`, first: -61, last: -3.1, count: 164, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Unhealthy', message: `Liveness probe failed: HTTP probe failed with statuscode: 503`, first: -59, last: -3.1, count: 27, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Container teastore-recommender failed liveness probe, will be restarted', first: -58.8, last: -3.05, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -58.7, last: -4.7, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 512ms (512ms including waiting). Image size: 389151220 bytes.', first: -58.6, last: -4.65, count: 9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container teastore-recommender in pod %POD%_teastore(%PODUID%)', first: -40, last: -0.4, count: 31, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender/previous': recBoot(-4.6, -3.0),
      'teastore-webui#0/teastore-webui': webuiLog(),
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 5123 ms'),
      ],
    },
  },
];
