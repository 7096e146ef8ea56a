// Blind dev batch s127c: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as ts } from '../kit-systems/teastore.mjs';

export const system = ts;
const T = clock('2026-03-20T08:40:00Z');
const ucve = [
  'Exception in thread "main" java.lang.UnsupportedClassVersionError: tools/descartes/teastore/auth/startup/AuthStartup has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
  '\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)',
  '\tat java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1016)',
  '\tat org.apache.catalina.loader.WebappClassLoaderBase.findClassInternal(WebappClassLoaderBase.java:2478)',
  '\tat org.apache.catalina.loader.WebappClassLoaderBase.findClass(WebappClassLoaderBase.java:870)',
  '\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1376)',
  `${T.java(-1.2).replace(/^(\d+)-(\d+)-(\d+) /, '$3-Mar-$1 ')} SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file`,
  `${T.java(-1.2).replace(/^(\d+)-(\d+)-(\d+) /, '$3-Mar-$1 ')} SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Context [/tools.descartes.teastore.auth] startup failed due to previous errors`,
];
const s5 = {
  folder: 's127c-auth-release-jdk-mismatch',
  incidentTime: '2026-03-20T08:40:00Z',
  description: 'teastore login intermittently fails after this mornings deploy of auth (~08:25), webui says "Error 500"',
  expected: { component: 'auth', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'auth', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'louder-dependents', 'partial-name', 'time-expression'],
  grounding: `teastore-clusterip.yaml runs teastore-auth (Tomcat, image descartesresearch/teastore-auth, :latest in upstream). The
  release at 08:24 pins a CI build teastore-auth:1.4.3-ci.118 whose classes were compiled with JDK 21 (class file 65) while the image's
  Tomcat base still runs Java 11 (class file 55): the webapp listener fails with UnsupportedClassVersionError, the registry
  heartbeat is never started, Tomcat exits, and the new pod crash-loops. With 2 replicas and maxUnavailable 25% one old pod keeps
  serving, so logins fail only intermittently (webui round-robins over what the registry lists, including the stale new
  instance). Deviations: upstream has one replica and no tags; replicas 2, the tag and the JDK mismatch are the scenario's.`,
  workloads: {
    'teastore-auth': {
      replicas: 2,
      rollout: { at: -16, oldReplicas: 1, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.2' } } },
      containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3-ci.118' } },
      pods: [{ containers: { 'teastore-auth': cs.crashLoop({ restarts: 5, exitCode: 1, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.1), backoff: '2m40s', container: 'teastore-auth' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-15.5), lastTransitionTime: T.iso(-16), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
    },
  },
  events: [
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -16 },
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 1 from 2', first: -16 },
    { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Container image "descartesresearch/teastore-auth:1.4.3-ci.118" already present on machine', first: -14, last: -1.6, count: 5, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-auth in pod %POD%_teastore(%PODUID%)', first: -13, last: -0.5, count: 31, fieldPath: 'spec.containers{teastore-auth}' },
  ],
  logs: {
    'teastore-auth#0/teastore-auth/previous': [
      `${T.java(-1.5).replace(/^(\d+)-(\d+)-(\d+) /, '$3-Mar-$1 ')} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.100`,
      `${T.java(-1.5).replace(/^(\d+)-(\d+)-(\d+) /, '$3-Mar-$1 ')} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.24+8`,
      ...ucve,
    ],
    'teastore-webui#0/teastore-webui': [
      `${T.java(-9).replace(/^(\d+)-(\d+)-(\d+) /, '$3-Mar-$1 ')} SEVERE [http-nio-8080-exec-7] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
      '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
      '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:139)',
      '\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:64)',
    ],
  },
};

export const scenarios = [s5];
