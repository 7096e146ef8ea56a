// Batch s89a (blind dev): TeaStore scenario — cross-node VXLAN traffic to tea-worker-3 dropped by bad checksum offload.
// Spec module for scripts/s89a-build.mjs (scenario kit scripts/s2-scenario-kit.mjs, system scripts/kit-systems/teastore.mjs).
import { clock, cs, uid } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-07-21T09:05:00Z');
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(' ', ' ').slice(0, 23)} ${lvl} [http-nio-8080-exec-${(Math.abs(Math.round(min * 10)) % 10) + 1}] ${cls} - ${msg}`;
const jul = (min, lvl, src, msg) => {
  const d = new Date(Date.parse('2026-07-21T09:05:00Z') + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)} ${lvl} [http-nio-8080-exec-${(Math.abs(Math.round(min * 10)) % 9) + 1}] ${src} ${msg}`;
};
const readTimeout = (min, svc) => jul(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${svc}] in context with path [/tools.descartes.teastore.webui] threw exception\n\tjavax.ws.rs.ProcessingException: java.net.SocketTimeoutException: connect timed out\n\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)\n\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)\n\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:41)\n\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:204)`);

// Containers on the rebooted node come back in the same pods (exit 255 / Unknown is what the kubelet records after a reboot).
const rebooted = cs.restartedRunning({ restarts: 1, startedAt: T.iso(-74.2), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-76.5) } });

export const scenarios = [
  {
    folder: 's89a-flannel-vxlan-checksum-worker3',
    incidentTime: '2026-07-21T09:05:00Z',
    description: 'teastore crawling since the rack-c node was patched + rebooted this morning. category pages 60s+ or timeout, login sometimes ok. db looks fine',
    expected: { component: 'persistence', cause: 'network-fault', node: 'tea-worker-3' },
    alsoAcceptable: [
      { component: 'recommender', cause: 'network-fault', node: 'tea-worker-3' },
      { component: 'persistence', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'node-level', 'louder-dependents', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): no probes on any
      container; services register HOST_NAME (their Service name) with the registry and call each other through the
      ClusterIP Services; webui, auth, image and recommender all call persistence; the cluster runs flannel VXLAN.
      Public report: the flannel/kube-proxy "63 second delay" (kubernetes/kubernetes#88986, flannel-io/flannel#1279):
      after a kernel update, VXLAN packets for Service (NAT'd) traffic leave with a bad UDP checksum when tx checksum
      offload is on for flannel.1, so the peer drops them and TCP SYNs are retransmitted 1+2+4+8+16+32 s; the fix is
      \`ethtool -K flannel.1 tx-checksum-ip-generic off\`. Here tea-worker-3 was patched and rebooted at 07:50 (node
      Ready, new bootID); pods on it (persistence, recommender) stay Ready and answer local traffic, but every call that
      crosses from the other nodes through a ClusterIP to them connects after ~63 s or times out. Callers (webui, auth,
      image) are loud with connect timeouts; persistence itself logs only slow-but-successful queries. The database is fine.
      Deviations: the node reboot is invented; the kit writes no kube-system (kube-flannel) pods.`,
    nodes: {
      'tea-worker-3': {},
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'Rebooted', type: 'Warning', message: `Node tea-worker-3 has been rebooted, boot id: ${uid('teastore/s89a-flannel-vxlan-checksum-worker3/boot/tea-worker-3')}`, first: -75 },
      { on: 'node:tea-worker-3', reason: 'NodeNotReady', message: 'Node tea-worker-3 status is now: NodeNotReady', first: -76, source: 'node-controller' },
      { on: 'node:tea-worker-3', reason: 'NodeReady', message: 'Node tea-worker-3 status is now: NodeReady', first: -74.5 },
      { on: 'node:tea-worker-3', reason: 'Starting', message: 'Starting kubelet.', first: -75 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        jul(-120, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14210] milliseconds'),
        jul(-55, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.refreshApplicationCache', 'Updated list of available persistence instances: [teastore-persistence:8080]'),
        readTimeout(-48, 'CategoryServlet'),
        readTimeout(-31, 'CategoryServlet'),
        jul(-25, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service persistence not available, trying next instance (1/1): connect timed out'),
        readTimeout(-17, 'ProductServlet'),
        readTimeout(-9, 'CategoryServlet'),
        readTimeout(-3, 'CategoryServlet'),
      ].flatMap((l) => l.split('\n')),
      'teastore-auth#0/teastore-auth': [
        jul(-40, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service persistence not available, trying next instance (1/1): connect timed out'),
        jul(-22, 'INFO', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'login user6 ok (63211 ms)'),
        jul(-6, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service persistence not available, trying next instance (1/1): connect timed out'),
      ],
      'teastore-image#0/teastore-image': [
        jul(-70, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished. 2304 images cached.'),
        jul(-28, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service persistence not available, trying next instance (1/1): connect timed out'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        jul(-74, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
        jul(-73.5, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-persistence:8080 at teastore-registry'),
        jul(-30, 'INFO', 'org.eclipse.persistence.session', 'Query getProductsByCategory returned 100 rows in 12 ms'),
        jul(-12, 'INFO', 'org.eclipse.persistence.session', 'Query getProductsByCategory returned 100 rows in 9 ms'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        jul(-73, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [16002] milliseconds'),
        jul(-72, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
      'teastore-db#0/teastore-db': [
        `2026-07-14  3:11:07 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.13-MariaDB-1:10.4.13+maria~focal'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
        `2026-07-21  7:52:41 81 [Warning] Aborted connection 81 to db: 'teastore' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
      ],
    },
    workloads: {
      'teastore-persistence': { pods: [{ readyTransition: T.iso(-73.5), containers: { 'teastore-persistence': rebooted } }] },
      'teastore-recommender': { pods: [{ readyTransition: T.iso(-73.2), containers: { 'teastore-recommender': rebooted } }] },
    },
  },
];
