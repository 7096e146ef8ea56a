// Blind dev batch s79a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s79a-build.mjs — a webui release with dnsPolicy: Default that can no longer resolve any Service name.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-03-26T16:05:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, cls, msg) => {
  const d = T.isoMs(min);
  return `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11, 23)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const tomcatStart = (min, app) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.34'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Name:               Linux'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.13+11'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
];
const SVC = ['persistence', 'auth', 'image', 'recommender'].map((s) => `tools.descartes.teastore.${s}`);
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';
const unknownHost = [
  'jakarta.ws.rs.ProcessingException: java.net.UnknownHostException: teastore-registry',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:275)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:675)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:205)',
  '\tat org.glassfish.jersey.process.internal.RequestScope.runInScope(RequestScope.java:265)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:674)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:422)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.put(JerseyInvocation.java:311)',
  '\tat tools.descartes.teastore.registryclient.RegistryClient.registerOnce(RegistryClient.java:226)',
  '\tat tools.descartes.teastore.registryclient.RegistryClientHeartbeatDaemon.run(RegistryClientHeartbeatDaemon.java:49)',
  '\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)',
  '\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)',
  '\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)',
  '\tat java.base/java.lang.Thread.run(Thread.java:840)',
  'Caused by: java.net.UnknownHostException: teastore-registry',
  '\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:572)',
  '\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)',
  '\tat java.base/java.net.Socket.connect(Socket.java:633)',
  '\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:178)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:534)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:639)',
  '\tat java.base/sun.net.www.http.HttpClient.<init>(HttpClient.java:282)',
  '\tat java.base/sun.net.www.http.HttpClient.New(HttpClient.java:387)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:1028)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector._apply(HttpUrlConnector.java:393)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:273)',
  '\t... 15 more',
];
const webuiLog = [
  ...tomcatStart(-30.6, 'tools.descartes.teastore.webui'),
  ...SVC.map((s) => `[main] INFO ${LB} - Pre-initializing client-side load balancer for target: ${s}`),
  tc(-30.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [21,807] ms'),
  tc(-30.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(-30.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [22108] milliseconds'),
];
// registerOnce prints its stack trace every heartbeat (2.5 s); requests find no load balancer for any service.
for (let k = 0; k < 14; k++) {
  webuiLog.push(...unknownHost);
  const ex = `http-nio-8080-exec-${(k % 10) + 1}`;
  const svc = SVC[k % 2 === 0 ? 0 : k % 4];
  webuiLog.push(`[${ex}] WARN ${LB} - Load Balancer was not initialized for service: ${svc}. Is Registry up?`);
  webuiLog.push(`[${ex}] WARN ${LB} - No Server registered for Service: ${svc}`);
}

const dbLog = [
  '2026-03-17 16:05:41 0 [Note] mariadbd: ready for connections.',
  "Version: '11.4.4-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  "2026-03-19 10:12:44 214 [Warning] Aborted connection 214 to db: 'teadb' user: 'teauser' host: '10.244.2.17' (Got an error reading communication packets)",
  "2026-03-19 10:12:44 215 [Warning] Aborted connection 215 to db: 'teadb' user: 'teauser' host: '10.244.2.17' (Got an error reading communication packets)",
  "2026-03-22 03:00:12 1187 [Warning] Aborted connection 1187 to db: 'teadb' user: 'teauser' host: '10.244.3.22' (Got timeout reading communication packets)",
];

export const scenarios = [
  {
    folder: 's79a-webui-dnspolicy-default',
    incidentTime: '2026-03-26T16:05:00Z',
    description: 'TeaStore down for everyone since about 15:35 - every page just errors. is the db ok? registry pods look green',
    expected: { component: 'webui', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'webui', cause: 'bad-deploy-rollout' },
      { component: 'webui', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Follows TeaStore's registry client (utilities/tools.descartes.teastore.registryclient: RegistryClient.registerOnce
      PUTs to http://teastore-registry:8080/... every 2.5 s and prints the ProcessingException's stack trace;
      ServiceLoadBalancer logs "Load Balancer was not initialized for service: ... Is Registry up?" and "No Server
      registered for Service" when getServersForService returns null) and teastore-clusterip.yaml (REGISTRY_HOST
      teastore-registry, every service registered under its Service name). The Kubernetes DNS documentation warns that
      dnsPolicy "Default" is not the default: the pod inherits the node's resolv.conf. The webui team rolled out revision 4
      at 15:33 with dnsPolicy: Default, copied from a snippet meant to speed up external lookups; the pod resolves
      through the kubeadm nodes' LAN resolver, which knows no cluster names, so teastore-registry and every service host
      are UnknownHostException. Tomcat starts, the pod is Ready (no probes upstream) and every page fails; the registry,
      persistence, auth, image and recommender are healthy and silent. The old and new ReplicaSet templates differ only in
      dnsPolicy (ClusterFirst -> Default). A path fault between components (DNS) carried by a release, so the rollout and a
      configuration error on webui are also accepted. Decoys: the description suspects the database, which shows
      week-old "Aborted connection" warnings. Deviations from upstream: Tomcat/JDK versions, the MariaDB version of the
      teastore-db image and line numbers in the stack traces are assumed; the kit writes ClusterFirst, and
      scripts/s79a-build.mjs sets dnsPolicy Default on the Deployment, the new ReplicaSet and its pod.
    `,
    workloads: {
      'teastore-webui': {
        rollout: { at: -32 },
        pods: [{ node: 'tea-worker-2' }],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -32 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -30.9 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', first: -31.5, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -31.45, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 812ms (812ms including waiting). Image size: 254117392 bytes.', first: -31.4, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -31.35, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -31.3, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-db#0/teastore-db': dbLog,
      'teastore-registry#0/teastore-registry': [
        ...tomcatStart(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.registry'),
        tc(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9114] milliseconds'),
      ],
    },
  },
];
