// Batch s73a (blind dev): one TeaStore scenario on the kit system definition scripts/kit-systems/teastore.mjs.
// RECOMMENDER_RETRAIN_LOOP_TIME given in seconds where the recommender reads milliseconds: retraining every 60 ms.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const INC = '2026-03-12T15:30:00Z';
const T = clock(INC);
const cat = (min, level, thread, logger, msg) => { const p = T.java(min).split(' '); const [Y, M, D] = p[0].split('-'); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(M) - 1]; return `${D}-${mon}-${Y} ${p[1]} ${level} [${thread}] ${logger} ${msg}`; };
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const TS = 'tools.descartes.teastore';
const RECO_ENV = [
  { name: 'HOST_NAME', value: 'teastore-recommender' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'RECOMMENDER_RETRAIN_LOOP_TIME', value: '60' },
];
const OLD_ENV = RECO_ENV.slice(0, 2);

const recoLog = [
  cat(-34.15, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(-34.1, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  slf('localhost-startStop-1', 'INFO', `${TS}.registryclient.RegistryClient`, 'Waiting for registry to be available'),
  slf('localhost-startStop-1', 'INFO', `${TS}.recommender.servlet.RecommenderStartup`, 'Periodic retraining every 60 milliseconds'),
  cat(-33.75, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [21,904] ms'),
  cat(-33.7, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 22417 ms'),
  slf('pool-2-thread-1', 'INFO', `${TS}.registryclient.RegistryClient`, 'Service teastore-persistence is available; running callback for teastore-recommender'),
  ...Array.from({ length: 14 }, (_, i) => slf('Thread-7', 'INFO', `${TS}.registryclient.RegistryClient`, 'Service teastore-persistence is available; running callback for teastore-recommender')),
  slf('Thread-7', 'ERROR', `${TS}.recommender.servlet.TrainingSynchronizer`, 'Database retrieving failed.'),
  `${TS}.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for teastore-persistence`,
  `\tat ${TS}.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)`,
  `\tat ${TS}.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:189)`,
  `\tat ${TS}.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain(TrainingSynchronizer.java:182)`,
  `\tat ${TS}.recommender.servlet.RetrainDaemon$1.callback(RetrainDaemon.java:68)`,
  ...Array.from({ length: 10 }, () => slf('Thread-7', 'INFO', `${TS}.registryclient.RegistryClient`, 'Service teastore-persistence is available; running callback for teastore-recommender')),
];

const persLog = [
  cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 31877 ms'),
  cat(-24, 'WARNING', 'http-nio-8080-exec-187', 'org.apache.tomcat.util.threads.ThreadPoolExecutor.execute', 'Thread pool [http-nio-8080] reached maximum size [200]; new requests will be queued'),
  cat(-21.4, 'SEVERE', 'http-nio-8080-exec-12', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'org.glassfish.jersey.server.internal.process.MappableException: org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
  '\tat org.glassfish.jersey.server.internal.MappableExceptionWrapperInterceptor.aroundWriteTo(MappableExceptionWrapperInterceptor.java:92)',
  '\tat org.glassfish.jersey.message.internal.WriterInterceptorExecutor.proceed(WriterInterceptorExecutor.java:162)',
  'Caused by: java.io.IOException: Broken pipe',
  '\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
  cat(-9.7, 'WARNING', 'http-nio-8080-exec-55', 'org.apache.tomcat.util.threads.ThreadPoolExecutor.execute', 'Thread pool [http-nio-8080] reached maximum size [200]; new requests will be queued'),
  cat(-2.2, 'SEVERE', 'http-nio-8080-exec-140', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'org.glassfish.jersey.server.internal.process.MappableException: org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
];

const webLog = [];
for (let m = -27.5; m < -0.3; m += 1.6) {
  webLog.push(cat(m, 'SEVERE', `http-nio-8080-exec-${(Math.round(-m * 7) % 50) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception [Timeout waiting for teastore-persistence] with root cause'));
  if (Math.round(m * 10) % 3 === 0) webLog.push(
    `${TS}.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for teastore-persistence`,
    `\tat ${TS}.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)`,
    `\tat ${TS}.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:189)`,
    `\tat ${TS}.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:71)`,
    `\tat ${TS}.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:222)`,
  );
}

export const scenarios = [
  {
    folder: 's73a-recommender-retrain-every-60ms',
    incidentTime: INC,
    description: 'teastore web ui timing out / 500 on category pages since about 15:00, login still works. persistence looks pegged?',
    expected: { component: 'recommender', cause: 'config-error' },
    alsoAcceptable: [{ component: 'recommender', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      TeaStore's docker base start.sh writes RECOMMENDER_RETRAIN_LOOP_TIME into context.xml as recommenderLoopTime, and
      RecommenderStartup starts a RetrainDaemon when it is > 0 ("Periodic retraining every N milliseconds"); the daemon
      sleeps looptime ms then calls TrainingSynchronizer.retrieveDataAndRetrain(), which fetches every orderitem and every
      order from persistence (start=-1, max=-1). Fault: the personalisation team meant "retrain every minute" and set
      RECOMMENDER_RETRAIN_LOOP_TIME=60 (seconds) where milliseconds are read; nothing rejects it, the recommender is Ready,
      and its full-table pulls every 60 ms saturate the persistence Tomcat (200 threads, queued requests, broken pipes)
      while the webui, whose category pages need persistence, is the loud one with LoadBalancerTimeoutException 500s.
      Deviations from upstream: the env var is added to the recommender Deployment (rolled out 35 minutes before the
      incident, revision 4; old and new ReplicaSets differ only by that env var); Tomcat and slf4j-simple line formats as
      the TeaStore images print them, slightly abridged. Decoy: teastore-image was OOMKilled three days ago (restartCount 1,
      no limits upstream, so a node-level OOM kill).
    `,
    workloads: {
      'teastore-recommender': {
        containers: { 'teastore-recommender': { env: RECO_ENV } },
        rollout: { at: -35, oldContainers: { 'teastore-recommender': { env: OLD_ENV } } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -33.9, last: -33.9 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -34.45, last: -34.45 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.118s (1.118s including waiting). Image size: 233151907 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -34.3, last: -34.3 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -34.25, last: -34.25 },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': recoLog,
      'teastore-persistence#0/teastore-persistence': persLog,
      'teastore-webui#0/teastore-webui': webLog,
      'teastore-auth#0/teastore-auth': [cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 19212 ms')],
      'teastore-db#0/teastore-db': [
        `${T.iso(-60 * 24 * 6).replace('T', ' ').replace('Z', '')} 0 [Note] mysqld: ready for connections.`,
        "Version: '10.4.13-MariaDB-1:10.4.13+maria~focal'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      ],
    },
  },
];
