// Blind dev batch s101b, TeaStore: one dependency-down scenario (persistence's Tomcat can no longer start threads at the
// pod's PID limit; its pod stays Running and Ready while auth, image, recommender and webui are the loud ones).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-16T11:05:00Z');
const cat = (min, lvl, thread, cls, msg) => `${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 16).replace(/ /g, '-')} ${T.java(min).slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
const jul = (min, lvl, msg) => `${T.java(min).slice(0, 19).replace(' ', 'T')} ${lvl} ${msg}`;
export const scenarios = [{
  folder: 's101b-persistence-native-threads',
  incidentTime: '2026-05-16T11:05:00Z',
  description: 'teastore webui super slow / 500s on category pages + login since 10:45. webui pods restarted already, didnt help',
  expected: { component: 'persistence', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'persistence', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    TeaStore teastore-clusterip.yaml: persistence is a Tomcat (descartesresearch/teastore-persistence) that every other
    service calls over REST (via the registry's list); no probes and no limits upstream. Fault follows the JVM's
    "java.lang.OutOfMemoryError: unable to create native thread" when a container reaches the kubelet's podPidsLimit
    (deviation: kubelet podPidsLimit 1024 on these kubeadm nodes): Tomcat's executor cannot add threads, the acceptor
    keeps the port open, so callers connect and then read-time-out; nothing restarts and the pod stays Ready.
    Decoy: the webui Deployment was restarted (kubectl rollout restart, identical template) at 10:52 by the on-call.`,
  workloads: {
    'teastore-webui': { rollout: { at: -13, revision: 4 } },
  },
  events: [
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -13, last: -13 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -12, last: -12 },
    { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -12.9, last: -12.9 },
    { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.204s (1.204s including waiting). Image size: 281552640 bytes.', first: -12.8, last: -12.8 },
    { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -12.8, last: -12.8 },
    { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -12.7, last: -12.7 },
  ],
  logs: {
    'teastore-persistence#0/teastore-persistence': [
      cat(-60 * 24, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
      cat(-21, 'SEVERE', 'http-nio-8080-Acceptor', 'org.apache.tomcat.util.net.NioEndpoint$Acceptor.run', 'Failed to accept socket'),
      'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '\tat java.base/java.lang.Thread.start0(Native Method)',
      '\tat java.base/java.lang.Thread.start(Thread.java:798)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:937)',
      '\tat org.apache.tomcat.util.threads.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1361)',
      '\tat org.apache.tomcat.util.net.AbstractEndpoint.processSocket(AbstractEndpoint.java:1180)',
      '[86742.305s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.',
      cat(-9, 'SEVERE', 'http-nio-8080-exec-1021', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached] with root cause'),
    ],
    'teastore-webui#0/teastore-webui': [
      cat(-12.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [15120] milliseconds'),
      ...[-10, -7, -4, -1].flatMap((m) => [
        cat(m, 'SEVERE', `http-nio-8080-exec-${Math.abs(m)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:42)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:130)',
      ]),
    ],
    'teastore-auth#0/teastore-auth': [
      ...[-15, -8, -2].flatMap((m) => [
        cat(m, 'WARNING', `http-nio-8080-exec-${Math.abs(m) + 3}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Timeout calling persistence at teastore-persistence:8080: java.net.SocketTimeoutException: Read timed out'),
      ]),
    ],
    'teastore-recommender#0/teastore-recommender': [
      cat(-16, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retraining failed: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
    ],
  },
}];
