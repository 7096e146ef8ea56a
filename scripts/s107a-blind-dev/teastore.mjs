// Blind dev batch s107a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// tea-worker-3 rebooted and flannel picked the NAT interface: VXLAN to/from its pods (persistence, recommender) is dropped.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-15T09:40:00Z');
const tc = (min, lvl, thread, src, msg) => `${T.java(min).slice(8, 10)}-May-2026 ${T.java(min).slice(11)} ${lvl.padEnd(7)} [${thread}] ${src} ${msg}`;
const tomcatStart = (min) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.21, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11845] milliseconds'),
];
const reg = (min, svc) => tc(min, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.registerOnce',
  `Registration of ${svc} at teastore-registry:8080 failed: jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Connect timed out`);

const persistence = [...tomcatStart(-29)];
persistence.push(tc(-28.7, 'SEVERE', 'main', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.ejb',
  'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.14.v20231208-d18b2cd5ad): org.eclipse.persistence.exceptions.DatabaseException'),
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Socket fail to connect to address=(host=teastore-db)(port=3306)(type=primary). connect timed out',
  'Error Code: -1');
for (let m = -28; m < -0.5; m += 1.5) persistence.push(reg(m, 'teastore-persistence'));
const recommender = [...tomcatStart(-29.2)];
for (let m = -28.3; m < -0.5; m += 2) recommender.push(reg(m, 'teastore-recommender'));
recommender.push(tc(-27.9, 'WARNING', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying in 5 seconds.'));

const webui = [...tomcatStart(-60 * 24 * 6)];
for (let m = -45; m < -31; m += 2) webui.push(tc(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', `Category ${2 + (Math.round(-m) % 5)} page 1 rendered`));
for (let m = -27; m < -0.5; m += 1.2)
  webui.push(
    tc(m, 'SEVERE', `http-nio-8080-exec-${1 + (Math.round(-m * 2) % 10)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke',
      'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
    'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout waiting for Load Balancer for Service teastore-persistence',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:289)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:161)',
    '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:68)',
  );
const auth = [...tomcatStart(-60 * 24 * 6)];
for (let m = -26; m < -0.5; m += 3.1)
  auth.push(tc(m, 'WARNING', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation',
    'No instances of teastore-persistence available in the registry; giving up after 15 retries'));
const db = [
  `2026-05-08  6:12:03 0 [Note] mariadbd: ready for connections.`,
  `Version: '10.11.8-MariaDB-ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
  `2026-05-15  9:10:41 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '10.244.3.17' (Got an error reading communication packets)`,
];

const rebootLast = (started, finished) => ({ exitCode: 255, reason: 'Unknown', startedAt: started, finishedAt: finished });
const w3pod = (name, t) => ({ node: 'tea-worker-3', containers: { [name]: cs.restartedRunning({ restarts: 1, startedAt: T.iso(t), last: rebootLast(T.iso(-60 * 24 * 6), T.iso(-31.5)) }) } });

export const scenarios = [
  {
    folder: 's107a-worker3-flannel-wrong-iface',
    incidentTime: '2026-05-15T09:40:00Z',
    description: 'teastore categories + login throwing 500s since ~9:12. db is up and answering from the db box',
    expected: { component: 'persistence', cause: 'network-fault', node: 'tea-worker-3' },
    alsoAcceptable: [{ component: 'persistence', cause: 'dependency-down' }, { component: 'recommender', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts: teastore-persistence registers with teastore-registry and reaches teastore-db (DB_HOST); every
      other service finds persistence through the registry's load balancer. Nodes are kubeadm workers on
      192.168.50.0/24 with flannel VXLAN (SOURCES.md). Fault follows flannel's documented multi-interface pitfall
      (flannel docs "Troubleshooting"/Vagrant: without --iface flanneld picks the interface of the default route, the
      10.0.2.15 NAT NIC): tea-worker-3 was rebooted at 09:08 for a kernel patch, came back with its default route on the
      NAT NIC, and flanneld re-registered public-ip 10.0.2.15 (node annotation flannel.alpha.coreos.com/public-ip), so
      VXLAN from other nodes to 10.244.3.0/24 and back is dropped. The pods on worker-3 (persistence, recommender)
      restarted after the reboot (exit 255 Unknown), are Running and Ready (no probes upstream) but cannot reach the
      registry or the database; webui and auth are the loud ones ("no instance of teastore-persistence"). Expected:
      network-fault on persistence, node tea-worker-3. Deviations: flannel annotations added by the build script;
      kube-flannel pods live in their own namespace outside the snapshot. Decoy-ish: a stale Aborted connection warning
      on teastore-db from the reboot.`,
    nodes: { 'tea-worker-3': { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-30.6), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } } },
    workloads: {
      'teastore-persistence': { pods: [w3pod('teastore-persistence', -29.3)] },
      'teastore-recommender': { pods: [w3pod('teastore-recommender', -29.5)] },
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'Rebooted', type: 'Warning', message: 'Node tea-worker-3 has been rebooted, boot id: 0b6f2c71-9e4d-4a8b-b3f5-7d21c08e9a46', first: -31, last: -31 },
      { on: 'node:tea-worker-3', reason: 'Starting', message: 'Starting kubelet.', first: -31.1, last: -31.1 },
      { on: 'node:tea-worker-3', reason: 'NodeReady', message: 'Node tea-worker-3 status is now: NodeReady', first: -30.6, last: -30.6 },
      { on: 'pod:teastore-persistence#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -30.4, last: -30.4 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -29.3, last: -29.3 },
      { on: 'pod:teastore-recommender#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -30.4, last: -30.4 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -29.5, last: -29.5 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-recommender#0/teastore-recommender': recommender,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-db#0/teastore-db': db,
    },
  },
];
