// Batch s49b blind dev scenario for TeaStore (split: dev), written without reading the engine, rules or other scenarios.
// The kit system definition scripts/kit-systems/teastore.mjs; one incident: teastore-auth starved at a new CPU limit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

// Tomcat's default console format (java.util.logging OneLineFormatter): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tomcat = (T, min, level, thread, where, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.SSS
  const [d, t] = j.split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${level} [${thread}] ${where} ${msg}`;
};

const I1 = '2026-04-16T19:52:00Z';
const T1 = clock(I1);
const authLimits = { requests: { cpu: '100m', memory: '384Mi' }, limits: { cpu: '250m', memory: '768Mi' } };
const SERVLETS = ['IndexServlet', 'CategoryServlet', 'ProductServlet', 'CartServlet', 'LoginActionServlet'];
const webuiLog = () => {
  const out = [
    tomcat(T1, -60 * 24 * 9 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8412] milliseconds'),
  ];
  for (let i = 0; i < 14; i++) {
    const m = -27 + i * 1.9;
    const servlet = SERVLETS[i % SERVLETS.length];
    out.push(
      tomcat(T1, m, 'SEVERE', `http-nio-8080-exec-${12 + (i * 7) % 38}`, 'org.apache.catalina.core.StandardWrapperValve.invoke',
        `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
      'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
      '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:128)',
      `\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:124)`,
      'Caused by: java.net.SocketTimeoutException: Read timed out',
      '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
      '\t... 38 more',
    );
  }
  return out;
};

export const scenarios = [
  {
    folder: 's49b-auth-cpu-limit-bcrypt',
    description: 'teastore really slow, pages timing out, login hangs since ~19:25',
    incidentTime: I1,
    expected: { component: 'auth', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      TeaStore teastore-clusterip.yaml sets no resources; here a "right-sizing" change rolled out two days earlier gave
      teastore-auth requests cpu 100m and a limit of 250m plus an HPA (70% of request, max 2). teastore-auth checks every
      login with BCrypt (cost 10+, ~100 ms of a full core per check) and the webui asks auth isLoggedIn/cart on every page,
      so at the evening peak both auth pods sit at the 250m limit (HPA 246% of request, ScalingLimited TooManyReplicas) and
      are CFS-throttled; their Tomcat logs stay quiet and the pods stay Ready (no probes upstream). The webui logs Jersey
      "java.net.SocketTimeoutException: Read timed out" from LoadBalancedStoreOperations on every servlet from ~19:25.
      Decoys: a healthy teastore-recommender rollout three hours earlier and a teastore-image container restarted the day
      before (exit 143 after a manual restart). CPU throttling is documented Kubernetes behaviour (CFS quota at limits.cpu).`,
    workloads: {
      'teastore-auth': {
        replicas: 2,
        containers: { 'teastore-auth': { resources: authLimits } },
        rollout: { at: -60 * 48, revision: 4, oldContainers: { 'teastore-auth': { resources: {} } } },
        pods: [{}, { created: T1.iso(-24) }],
      },
      'teastore-recommender': {
        rollout: { at: -185, revision: 6, oldContainers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOne' }] } } },
        containers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'PreprocessedSlopeOne' }] } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 21), last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 21 - 0.2) } }) } }],
      },
    },
    hpas: [
      {
        name: 'teastore-auth',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'teastore-auth' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T1.iso(-24.5),
          currentReplicas: 2,
          desiredReplicas: 2,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '246m', averageUtilization: 246 } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(-60 * 48), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 48), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'True', lastTransitionTime: T1.iso(-24), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:teastore-auth', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -24.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 2 from 1', first: -24.5 },
      { on: 'pod:teastore-auth#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -24.4 },
      { on: 'pod:teastore-auth#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.214s (1.214s including waiting). Image size: 281734112 bytes.', first: -24.3 },
      { on: 'pod:teastore-auth#1', reason: 'Started', message: 'Started container teastore-auth', first: -24.2 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -183 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog(),
      'teastore-auth#0/teastore-auth': [
        tomcat(T1, -60 * 48 + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14873] milliseconds'),
      ],
      'teastore-auth#1/teastore-auth': [
        tomcat(T1, -24.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
        tomcat(T1, -22.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [78211] milliseconds'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tomcat(T1, -183.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9120] milliseconds'),
        `${T1.java(-182.5)} [pool-2-thread-1] INFO  tools.descartes.teastore.recommender.algorithm.RecommenderSelector - Recommender algorithm PreprocessedSlopeOne selected`,
        `${T1.java(-181.9)} [pool-2-thread-1] INFO  tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Finished training, ready for recommendation.`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        tomcat(T1, -60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21877] milliseconds'),
      ],
    },
  },
];
