// Batch s99b (blind dev): teastore spec module for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-persistence's Tomcat told to shut down, JVM kept alive by a non-daemon thread: Running, Ready, serving nothing.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-11-21T10:26:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, cls, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.SSS
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const boot = (min, app) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  tc(min + 0.05, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + 0.3, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [14,212] ms`),
  tc(min + 0.31, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.32, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 14987 ms'),
];
const STOP = -19;
const persistence = [
  ...boot(-60 * 24 * 9 + 0.1, 'tools.descartes.teastore.persistence'),
  tc(STOP, 'INFO', 'main', 'org.apache.catalina.core.StandardServer.await', 'A valid shutdown command was received via the shutdown port. Stopping the Server instance.'),
  tc(STOP + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(STOP + 0.01, 'INFO', 'main', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(STOP + 0.02, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesJdbc', 'The web application [tools.descartes.teastore.persistence] registered the JDBC driver [org.mariadb.jdbc.Driver] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered.'),
  tc(STOP + 0.021, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.persistence] appears to have started a thread named [Thread-7] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.lang.Thread.sleep(Native Method)\n tools.descartes.teastore.registryclient.RegistryClientHeartbeatDaemon.run(RegistryClientHeartbeatDaemon.java:48)\n java.lang.Thread.run(Thread.java:748)'),
  tc(STOP + 0.03, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  tc(STOP + 0.031, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];
const caller = (app, from) => {
  const out = [...boot(-60 * 24 * 9 + 0.2, app)];
  for (let m = from; m < -0.3; m += 0.8)
    out.push(
      tc(m, 'SEVERE', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke',
        `Servlet.service() for servlet [${app.includes('webui') ? 'IndexServlet' : 'Jersey REST Service'}] in context with path [/${app}] threw exception\njavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)\n\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:284)\n\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:278)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:145)\nCaused by: java.net.ConnectException: Connection refused (Connection refused)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)`),
    );
  return out;
};

export const scenarios = [
  {
    folder: 's99b-persistence-tomcat-half-stopped',
    incidentTime: I,
    description: 'teastore webui gives error pages on every category and login since about 10:07. all pods green in argo, nothing restarted',
    expected: { component: 'persistence', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): no probes on any
      container; webui, auth, image and recommender reach teastore-persistence:8080 over Jersey HTTP clients
      (LoadBalancedCRUDOperations), persistence uses MariaDB Connector/J to teastore-db; Tomcat 8.5 images.
      Fault follows Tomcat's documented shutdown sequence and the common report "Tomcat does not exit after shutdown,
      web application started a thread but failed to stop it" (Tomcat users list, StackOverflow "tomcat process still
      running after shutdown"): an engineer ran catalina.sh stop inside teastore-persistence (kubectl exec) meaning to
      redeploy the WAR; Tomcat paused and destroyed its HTTP connector, but a non-daemon registry heartbeat thread kept
      the JVM (PID 1) alive, so the container never exited, restartCount stays 0 and, with no probes, the pod stays
      Running and Ready with Endpoints intact. Every connection to persistence:8080 is refused; the callers (webui,
      auth) log Connection refused stack traces and are the loud ones. Deviation from upstream: the thread name in the
      clearReferencesThreads warning and the caller class line numbers are illustrative. Decoy: the recommender was
      rolled out two hours earlier (1.4.2 -> 1.4.3, image tag only) and is healthy; the
      recommender's pinned tags are a deviation (upstream uses :latest).
    `,
    workloads: {
      'teastore-recommender': { rollout: { at: -125, revision: 2, oldReplicas: 0, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } }, containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } } ,
        },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -125 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -124 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-webui#0/teastore-webui': caller('tools.descartes.teastore.webui', -18.8),
      'teastore-auth#0/teastore-auth': caller('tools.descartes.teastore.auth', -18.5).filter((_, i) => i < 5 || i % 3 === 0),
      'teastore-recommender#0/teastore-recommender': boot(-124.5, 'tools.descartes.teastore.recommender'),
      'teastore-db#0/teastore-db': ['2026-11-12 10:26:14 0 [Note] mysqld: ready for connections.', "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"],
    },
  },
];
