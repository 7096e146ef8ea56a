// Blind held-out batch s96a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s96a-build.mjs; the system is scripts/kit-systems/teastore.mjs as it is.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const incidentTime = '2026-05-14T09:47:00Z';
const T = clock(incidentTime);
const jul = (min, level, thread, where, msg) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = d.toUTCString().split(' ')[2]; const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${level} [${thread}] ${where} ${msg}`; };
const uptime = (min) => (((min + 60 * 26) * 60).toFixed(3));
const oome = [
  'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
  '\tat java.base/java.lang.Thread.start0(Native Method)',
  '\tat java.base/java.lang.Thread.start(Thread.java:802)',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
  '\tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1353)',
  '\tat org.apache.tomcat.util.threads.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)',
];

export const scenarios = [
  {
    folder: 's96a-recommender-native-threads',
    incidentTime,
    description: 'webui product pages intermittently 500 / very slow this morning, "recommendations" box empty. auth + cart still work',
    expected: { component: 'recommender', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-recommender
      is one Tomcat pod without probes or resources; the webui calls it (through the registry's load balancer) for the
      recommendations on every product and cart page. The kubeadm workers run the kubelet with podPidsLimit 4096.
      Fault: the team's build of the recommender starts a fresh executor per request that is never shut down, so its thread
      count grows for a day until the pod's PID cgroup is full; the JVM then prints "Failed to start thread ...
      pthread_create failed (EAGAIN)" and java.lang.OutOfMemoryError: unable to create native thread (the JDK 11+ text) and
      the Tomcat acceptor can no longer hand requests to workers. The process stays up and, with no probes, the pod stays
      Ready; webui is the loud caller with read timeouts and 500s. The shape follows public reports of containers reaching
      pids.max (kubernetes podPidsLimit) with Java thread leaks. Deviations from upstream: the leaking build and the
      kubelet's podPidsLimit are the scenario's.`,
    workloads: {
      'teastore-recommender': { since: -60 * 26 },
    },
    events: [],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        jul(-60 * 26 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18452] milliseconds'),
        jul(-60 * 25, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieved 1200 orders, training.'),
        jul(-38, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend', 'Recommending for 1 items.'),
        `[${uptime(-31)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
        jul(-31, 'SEVERE', 'http-nio-8080-Poller', 'org.apache.tomcat.util.net.NioEndpoint$Poller.run', ''),
        ...oome,
        `[${uptime(-22)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
        jul(-22, 'SEVERE', 'http-nio-8080-exec-112', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.recommender] threw exception'),
        ...oome,
        `[${uptime(-4)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
        `[${uptime(-1.5)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
      ],
      'teastore-webui#0/teastore-webui': [
        jul(-40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.RegistryClient.updateLoadBalancer', 'Updated load balancer for recommender with 1 instances.'),
        jul(-29, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Timeout calling recommender at teastore-recommender:8080; retrying.'),
        jul(-21.9, 'SEVERE', 'http-nio-8080-exec-14', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:61)',
        '\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:71)',
        'Caused by: java.net.SocketTimeoutException: Read timed out',
        '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
        jul(-12, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'User login successful.'),
        jul(-6.1, 'SEVERE', 'http-nio-8080-exec-22', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CartServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:61)',
        jul(-1.8, 'WARNING', 'http-nio-8080-exec-31', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Timeout calling recommender at teastore-recommender:8080; retrying.'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        jul(-30, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.persistence.rest.ProductEndpoint.listAll', 'Served 12 products for category 2.'),
        jul(-2, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.persistence.rest.ProductEndpoint.listAll', 'Served 12 products for category 5.'),
      ],
    },
  },
];
