// Blind dev batch s75c — TeaStore: one scenario (tea-worker-3's host firewall drops flannel VXLAN, cutting its pods off).
// System from scripts/kit-systems/teastore.mjs; built by scripts/s75c-build.mjs (which adds the webui restartedAt annotation).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-09-09T11:30:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min) => { const d = T.isoMs(min); return `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11, 23)}`; };
const cat = (min, lvl, thread, where, msg) => `${tc(min)} ${lvl} [${thread}] ${where} ${msg}`;
const slf = (thread, lvl, logger, msg) => `[${thread}] ${lvl} ${logger} - ${msg}`;
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';
const noServer = (thread, svc) => slf(thread, 'WARN', LB, `No Server registered for Service: ${svc}`);
const maria = (min, id, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '')} ${id} [Warning] ${msg}`;
const tomcatBoot = (min, app) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  cat(min + 0.09, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [5,103] ms`),
  cat(min + 0.09, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.09, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [5412] milliseconds'),
];

export const scenarios = [
  {
    folder: 's75c-worker3-vxlan-firewall',
    incidentTime: '2026-09-09T11:30:00Z',
    description: 'teastore: category pages + login erroring since ~11:00, restarted the webui already, didnt help. all pods green in k9s',
    expected: { component: 'persistence', cause: 'network-fault', node: 'tea-worker-3' },
    alsoAcceptable: [{ component: 'recommender', cause: 'network-fault', node: 'tea-worker-3' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 as the kit system has
      them (no probes, no resources); three kubeadm workers with flannel (vxlan backend, 10.244.0.0/16, SOURCES.md).
      Fault (flannel's documented requirement "UDP 8472 must be open between hosts for the vxlan backend", and the public
      reports of pods on one node unreachable after a host firewall — ufw/firewalld/nftables — was enabled on it): at 10:55 a
      configuration-management run on tea-worker-3 loaded a host nftables ruleset without the VXLAN port, so every
      pod-to-pod packet between tea-worker-3 and the other nodes is dropped while same-node traffic, the kubelet's API
      traffic and the node's Ready status are untouched. On tea-worker-3 run teastore-persistence and teastore-recommender:
      their registry heartbeats (every 2.5 s, RegistryClient.HEARTBEAT_INTERVAL_MS) no longer reach teastore-registry on
      tea-worker-2, the registry drops them, and the webui, auth and image log ServiceLoadBalancer's "No Server registered
      for Service: persistence" (and recommender) — the first calls before the drop ended in the load balancer's
      NullPointerException "ServiceLoadBalancerResult was null!" after connect timeouts. persistence's in-flight queries to
      teastore-db (tea-worker-1) stalled: EclipseLink CommunicationsException in persistence and MariaDB's "Aborted
      connection … (Got timeout writing communication packets)" for the 10.244.3.x host. Every pod is Running and Ready; no
      Kubernetes event names the problem. Expected: network-fault on tea-worker-3, on persistence (the service everybody
      loses); recommender, cut off the same way, is also accepted.
      Decoy: the on-call's \`kubectl rollout restart deployment/teastore-webui\` at 11:08 (revision 3; the old and new
      ReplicaSet templates are identical apart from the restartedAt annotation the build script adds).
      Deviations: the ruleset itself is outside the snapshot (host level); stack line numbers are illustrative.`,
    workloads: {
      'teastore-webui': {
        rollout: { at: -22, revision: 3 },
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -22, last: -22 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -21.4, last: -21.4 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -22, last: -22 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -21.9, last: -21.9 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.084s (1.084s including waiting). Image size: 283145231 bytes.', first: -21.9, last: -21.9 },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -21.8, last: -21.8 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -21.8, last: -21.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...tomcatBoot(-21.7, 'tools.descartes.teastore.webui'),
        noServer('http-nio-8080-exec-1', 'persistence'),
        noServer('http-nio-8080-exec-1', 'recommender'),
        noServer('http-nio-8080-exec-3', 'persistence'),
        noServer('http-nio-8080-exec-4', 'persistence'),
        noServer('http-nio-8080-exec-4', 'persistence'),
        noServer('http-nio-8080-exec-6', 'persistence'),
        noServer('http-nio-8080-exec-6', 'recommender'),
        noServer('http-nio-8080-exec-2', 'persistence'),
        noServer('http-nio-8080-exec-5', 'persistence'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-34.2, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.NullPointerException: ServiceLoadBalancerResult was null!] with root cause'),
        '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
        `\t\tat ${LB}.loadBalanceRESTOperation(ServiceLoadBalancer.java:213)`,
        `\t\tat ${LB}.loadBalanceRESTOperation(ServiceLoadBalancer.java:189)`,
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperty(LoadBalancedCRUDOperations.java:181)',
        '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:151)',
        '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
        noServer('http-nio-8080-exec-2', 'persistence'),
        noServer('http-nio-8080-exec-7', 'persistence'),
        noServer('http-nio-8080-exec-1', 'persistence'),
        noServer('http-nio-8080-exec-4', 'persistence'),
      ],
      'teastore-image#0/teastore-image': [
        noServer('pool-4-thread-1', 'persistence'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        `[EL Warning]: ${T.java(-34.1)}--UnitOfWork(1275338013)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
        '',
        'The last packet successfully received from the server was 61,227 milliseconds ago.  The last packet sent successfully to the server was 61,219 milliseconds ago.',
        'Error Code: 0',
        'Call: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID',
        'Query: ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID")',
        `[EL Warning]: ${T.java(-33.9)}--UnitOfWork(903825417)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
        '',
        'The last packet successfully received from the server was 60,884 milliseconds ago.  The last packet sent successfully to the server was 60,871 milliseconds ago.',
        'Error Code: 0',
        'Call: SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) ORDER BY ID LIMIT ?, ?',
        '\tbind => [3 parameters bound]',
        'Query: ReadAllQuery(referenceClass=PersistenceProduct sql="SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) ORDER BY ID LIMIT ?, ?")',
      ],
      'teastore-db#0/teastore-db': [
        maria(-34.6, 4127, "Aborted connection 4127 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout writing communication packets)"),
        maria(-34.4, 4131, "Aborted connection 4131 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout writing communication packets)"),
      ],
    },
  },
];
