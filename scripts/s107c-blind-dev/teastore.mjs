// Blind dev batch s107c: one TeaStore scenario (network-fault) on the kit system scripts/kit-systems/teastore.mjs.
// The conntrack table of one worker is full: new connections from and to its pods are dropped; nothing restarts.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const IT = '2026-05-23T20:12:00Z';
const T = clock(IT);
const W2 = 'tea-worker-2';
const tc = (min, lvl, cls, msg) => `${T.java(min).slice(0, 10).split('-').reverse().join('-').replace(/^(\d\d)-(\d\d)-(\d{4})$/, (_, d, m, y) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][+m - 1]}-${y}`)} ${T.java(min).slice(11)} ${lvl} [http-nio-8080-exec-${3 + (Math.round(min * 7) & 7)}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's107c-node-conntrack-full',
    incidentTime: IT,
    description: 'teastore: random errors + very slow pages since 19:50ish, some requests fine. db looks healthy, nothing restarted',
    expected: { component: 'persistence', cause: 'network-fault', node: W2 },
    alsoAcceptable: [{ component: 'persistence', cause: 'network-fault' }, { component: 'webui', cause: 'network-fault', node: W2 }],
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      Conntrack table exhaustion on one node: once nf_conntrack_count reaches nf_conntrack_max (kube-proxy sets 32768
      per core, so 131072 on these 4-core workers) the kernel logs "nf_conntrack: table full, dropping packet" and drops
      the first packet of new flows, so new TCP connects from and to that node's pods time out (SYN retries), while
      established keep-alive connections keep working (public kube-proxy / conntrack post-mortems; kubernetes/kubernetes
      conntrack-max issues). Here tea-worker-2 (teastore-persistence and teastore-webui on it) filled up at ~19:50 from
      a burst of short-lived connections; the Node stays Ready (the kubelet reports no condition for it), no pod restarts.
      persistence logs connect timeouts towards teastore-db and its callers log timeouts towards persistence; auth,
      image and recommender on the other workers are fine between themselves. The kernel log is not part of the
      snapshot. Deviation from upstream: pods pinned to the workers as listed; no probes as upstream.`,
    workloads: {
      'teastore-persistence': { pods: [{ node: W2 }] },
      'teastore-webui': { pods: [{ node: W2 }] },
      'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-image': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-recommender': { pods: [{ node: 'tea-worker-1' }] },
    },
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 9, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [18211] milliseconds'),
        tc(-21.5, 'SEVERE', 'org.eclipse.persistence.session', '\nException [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.\nError Code: 0'),
        'Caused by: java.net.SocketTimeoutException: Connect timed out',
        '\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)',
        '\tat java.base/java.net.Socket.connect(Socket.java:751)',
        '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:153)',
        tc(-9, 'SEVERE', 'org.eclipse.persistence.session', '\nException [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure'),
        'Caused by: java.net.SocketTimeoutException: Connect timed out',
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-20, 'WARNING', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrEmpty', 'jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Connect timed out (teastore-auth:8080)'),
        tc(-11, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
        tc(-3, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Timeout when fetching from service teastore-image; retrying'),
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-15, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registry heartbeat: teastore-auth registered'),
      ],
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] mariadbd: ready for connections.`,
        `${T.java(-18).slice(0, 19)} 4812 [Warning] Aborted connection 4812 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`,
      ],
    },
  },
];
