// Blind dev batch s71a — TeaStore: one scenario (stale kube-proxy rules on one node send webui's persistence calls to a gone pod IP).
// Spec for scripts/s2-scenario-kit.mjs through the kit system scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-26T08:14:00Z';
const T = clock(INC);
const cat = (min) => {
  const x = new Date(Date.parse(T.isoMs(min)));
  const mon = x.toUTCString().split(' ')[2];
  return `${String(x.getUTCDate()).padStart(2, '0')}-${mon}-${x.getUTCFullYear()} ${T.java(min).slice(11)}`;
};
const OLD_IP = '10.244.3.87';

const webui = [
  `${cat(-60 * 24 * 6)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9412] milliseconds`,
  `${cat(-60 * 24 * 6 + 0.2)} INFO [pool-2-thread-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-webui:8080 with the registry at teastore-registry:8080`,
];
for (let i = 0; i < 12; i++) {
  const min = -34 + i * 2.6;
  webui.push(
    `${cat(min)} WARNING [http-nio-8080-exec-${(i % 9) + 1}] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Exception while calling teastore-persistence:8080: jakarta.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host`,
    `${cat(min + 0.02)} SEVERE [http-nio-8080-exec-${(i % 9) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${['CategoryServlet', 'ProductServlet', 'IndexServlet'][i % 3]}] in context with path [/tools.descartes.teastore.webui] threw exception`,
    `tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout waiting for Persistence at teastore-persistence:8080`,
    `\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:271)`,
    `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:112)`,
    `\tat tools.descartes.teastore.webui.servlet.${['CategoryServlet', 'ProductServlet', 'IndexServlet'][i % 3]}.handleGETRequest(${['CategoryServlet', 'ProductServlet', 'IndexServlet'][i % 3]}.java:61)`,
    `\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:227)`,
    `Caused by: jakarta.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host`,
    `\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)`,
    `\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)`,
    `Caused by: java.net.NoRouteToHostException: No route to host`,
    `\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)`,
    `\t... 38 more`,
  );
  if (i % 3 === 0)
    webui.push(`${cat(min + 0.3)} INFO [http-nio-8080-exec-${(i % 9) + 2}] tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest login ok for user user${12 + i}`);
}

const persistence = [
  `${cat(-40.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.0.27`,
  `${cat(-40.5)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]`,
  `${cat(-40.1)} INFO [main] org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.info EclipseLink, version: Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3`,
  `${cat(-40)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [31874] milliseconds`,
  `${cat(-39.9)} INFO [pool-2-thread-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-persistence:8080 with the registry at teastore-registry:8080`,
];

export const scenarios = [
  {
    folder: 's71a-webui-node-stale-kube-proxy-rules-persistence',
    incidentTime: INC,
    description: 'teastore shop: category + product pages 500 since about 07:40, login still works. shop-core says persistence was only restarted and looks healthy??',
    expected: { component: 'persistence', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'webui', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (every service
      registers HOST_NAME = its Service name, so webui reaches persistence through the teastore-persistence ClusterIP;
      flannel pod CIDRs per node as in SOURCES.md). The fault follows the public kube-proxy reports of a node whose
      kube-proxy stopped syncing (its watch on the API server broken after a control-plane certificate/endpoint change,
      kube-proxy keeps running and keeps the last iptables rules): on tea-worker-2 the KUBE-SVC chain for
      teastore-persistence still DNATs to ${OLD_IP}, the pod IP before shop-core's plain restart of persistence 41
      minutes ago. Every node except tea-worker-2 follows the new Endpoints. webui runs on tea-worker-2, so its category,
      product and index pages (which read persistence) fail with NoRouteToHostException (the old address on
      tea-worker-3's cni0 answers ARP with nothing, ICMP host unreachable), while login works because auth runs on
      tea-worker-1 and reaches persistence's new pod. persistence is Running and Ready and logs nothing wrong; Endpoints
      are correct; the recent persistence rollout (identical templates, a restart) is the decoy. The path webui ->
      persistence is at fault (network-fault); the kube-proxy pod is in kube-system, outside the snapshot. Deviations:
      the TeaStore registry client's log texts are modelled on its ServiceLoadBalancer (including its "Timout"
      spelling); pods are placed on nodes by hand.`,
    workloads: {
      'teastore-persistence': { rollout: { at: -41 }, pods: [{ node: 'tea-worker-1' }], endpointsChanged: -40.3 },
      'teastore-webui': { pods: [{ node: 'tea-worker-2' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-db': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-image': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-recommender': { pods: [{ node: 'tea-worker-1' }] },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -41 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -40.2 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -40.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -40.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.102s (1.102s including waiting). Image size: 241773810 bytes.', first: -40.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', fieldPath: 'spec.containers{teastore-persistence}', message: 'Created container teastore-persistence', first: -40.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: -40.7 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-auth#0/teastore-auth': [
        `${cat(-60 * 24 * 6)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [8133] milliseconds`,
        `${cat(-60 * 24 * 6 + 0.2)} INFO [pool-2-thread-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-auth:8080 with the registry at teastore-registry:8080`,
      ],
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 6).slice(0, 19)} 0 [Note] mysqld (mysqld 10.4.34-MariaDB-1:10.4.34+maria~ubu2004) starting as process 1 ...`,
        `${T.java(-60 * 24 * 6 + 0.3).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
        `${T.java(-41).slice(0, 19)} 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '${OLD_IP}' (Got an error reading communication packets)`,
      ],
    },
  },
];
