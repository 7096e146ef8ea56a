// Blind held-out batch s108a: one TeaStore scenario (split: test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/kit-systems/teastore.mjs has it; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-05-12T10:58:00Z';
const T = clock(I);
const tc = (min, level, logger, msg) => `${T.java(min).replace(/-(\d\d)-/, (_, m) => `-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-`).replace(/^(\d{4})-(\w{3})-(\d\d)/, '$3-$2-$1')} ${level} [main] ${logger} ${msg}`;
const start = (min) => [
  'Picked up JAVA_TOOL_OPTIONS: -Xmx768m',
  tc(min, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.43'),
  tc(min + 0.01, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -Xmx768m'),
  tc(min + 0.05, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  tc(min + 0.4, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [21,412] ms'),
  tc(min + 0.41, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 21587 ms'),
];
const term = (s, f) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(s), finishedAt: T.iso(f) });
const callerErr = (min, host) => [
  `${T.java(min)} WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Exception while calling persistence at ${host}: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
];

export const scenarios = [
  {
    folder: 's108a-persistence-limit-under-heap',
    incidentTime: I,
    description: 'teastore pages erroring on and off since ~10:40, sometimes loads fine after a refresh. plat team did some resource tuning this morning',
    expected: { component: 'persistence', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }, { component: 'persistence', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      'teastore-persistence': {
        rollout: { at: -34, revision: 4, oldReplicas: 0, oldContainers: { 'teastore-persistence': { resources: {}, env: system.workloads.find((w) => w.name === 'teastore-persistence').containers[0].env } } },
        containers: {
          'teastore-persistence': {
            env: [...system.workloads.find((w) => w.name === 'teastore-persistence').containers[0].env, { name: 'JAVA_TOOL_OPTIONS', value: '-Xmx768m' }],
            resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { memory: '512Mi' } },
          },
        },
        pods: [{ containers: { 'teastore-persistence': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-2.5), last: term(-8.2, -3.1), ready: true }) } }],
      },
      'teastore-image': { pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -34 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -33.4 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -33.9, last: -3, count: 5, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 612ms (612ms including waiting). Image size: 254113492 bytes.', first: -3, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -33.8, last: -2.5, count: 5, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-persistence in pod %POD%_teastore(%PODUID%)', first: -14, last: -3, count: 3, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [...start(-2.4), `${T.java(-1.2)} INFO  tools.descartes.teastore.persistence.repository.DataGenerator - Database already populated, skipping generation.`],
      'teastore-persistence#0/teastore-persistence/previous': [...start(-8.1), `${T.java(-7.5)} INFO  tools.descartes.teastore.persistence.repository.DataGenerator - Database already populated, skipping generation.`],
      'teastore-webui#0/teastore-webui': [
        ...callerErr(-16.2, 'teastore-persistence:8080'),
        `${T.java(-16.1)} SEVERE [http-nio-8080-exec-7] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
        'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:138)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handle(CategoryServlet.java:63)',
        ...callerErr(-3.0, 'teastore-persistence:8080'),
        ...callerErr(-2.8, 'teastore-persistence:8080'),
      ],
      'teastore-auth#0/teastore-auth': [...callerErr(-8.4, 'teastore-persistence:8080'), ...callerErr(-3.05, 'teastore-persistence:8080')],
      'teastore-recommender#0/teastore-recommender': [
        `${T.java(-31)} INFO  tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Training recommender with 12000 orders.`,
        ...callerErr(-8.3, 'teastore-persistence:8080'),
        `${T.java(-8.3)} ERROR tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Database retrieving failed; will retry.`,
      ],
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19).replace('T', ' ')} 0 [Note] mysqld: ready for connections.`,
        `${T.java(-8.2).slice(0, 19).replace('T', ' ')} 412 [Warning] Aborted connection 412 to db: 'teastore' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
      ],
    },
    grounding: `
      TeaStore teastore-clusterip.yaml sets no resources and no JVM options on teastore-persistence (kit system). Deviation:
      revision 4 of teastore-persistence adds requests/limits memory 512Mi and JAVA_TOOL_OPTIONS=-Xmx768m (a heap larger than
      the container limit); the JVM prints "Picked up JAVA_TOOL_OPTIONS" and the cgroup OOM killer ends the container (exit 137,
      OOMKilled) under load before the heap itself ever fills (no java.lang.OutOfMemoryError). Pattern of the many public
      reports of -Xmx set above a Kubernetes memory limit. Callers (webui, auth, recommender) log Connection refused while the
      container restarts; teastore-image's 143 five days ago is a decoy.`,
  },
];
