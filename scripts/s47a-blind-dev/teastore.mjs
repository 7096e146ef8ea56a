// Batch s47a (blind dev): one TeaStore incident on the kit system definition (teastore-clusterip.yaml at 5ab1188).
// A liveness probe on the webui's status page (which fans out to every service) times out at 1 s under evening load.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

// Tomcat (catalina) console format: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] logger.method message
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (T, min, lvl, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD HH:mm:ss.SSS
  const [d, t] = j.split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${lvl} [${thread}] ${src} ${msg}`;
};
const boot = (T, min, app) => [
  cat(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  cat(T, min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(T, min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  cat(T, min + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [15,482] ms`),
  cat(T, min + 0.32, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(T, min + 0.33, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 16104 ms'),
];
const LIVE = {
  httpGet: { path: '/tools.descartes.teastore.webui/status', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 45,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

const s1 = (() => {
  const incidentTime = '2026-02-26T19:58:00Z';
  const T = clock(incidentTime);
  const NODE = 'tea-worker-2';
  const prev = [
    ...boot(T, -6.1, 'tools.descartes.teastore.webui'),
    cat(T, -5.5, 'WARNING', 'http-nio-8080-exec-7', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [Thread-3] but has failed to stop it. This is very likely to create a memory leak.'),
    cat(T, -3.1, 'INFO', 'Thread-11', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
    cat(T, -3.1, 'INFO', 'Thread-11', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
    cat(T, -3.09, 'WARNING', 'Thread-11', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [RibbonApacheHttpClientConnectionCleanerThread] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.lang.Thread.sleep(Native Method)\n com.netflix.http4.ConnectionPoolCleaner$1.run(ConnectionPoolCleaner.java:70)'),
    cat(T, -3.08, 'INFO', 'Thread-11', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
    cat(T, -3.07, 'INFO', 'Thread-11', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
  ];
  const cur = [...boot(T, -2.6, 'tools.descartes.teastore.webui')];
  const persistLog = [
    ...boot(T, -60 * 24 * 6 + 0.3, 'tools.descartes.teastore.persistence'),
    cat(T, -60 * 24 * 6 + 0.6, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registering teastore-persistence:8080 at registry'),
  ];
  return {
    folder: 's47a-webui-liveness-status-page',
    incidentTime,
    description: 'tea shop keeps going down for a minute every few min since ~19:30, customers get connection errors',
    expected: { component: 'webui', cause: 'probe-failure' },
    difficulty: 'hard',
    traits: ['time-expression', 'decoy'],
    grounding: `
      TeaStore's WebUI has a "TeaStore Service Status" page (/tools.descartes.teastore.webui/status, status.jsp and its
      servlet) that asks the registry for every service's instances and calls persistence, image and recommender to report
      whether database/image generation and recommender training have finished: one request fans out to five services.
      Upstream sets no probes; this team added a liveness probe on that page with timeoutSeconds 1 six days ago (the usual
      anti-pattern of a liveness probe that depends on downstreams). Under the evening peak the page takes 1-3 s, three
      probe timeouts in a row kill the webui (kubelet "Liveness probe failed: Get ...: context deadline exceeded
      (Client.Timeout exceeded while awaiting headers)", "Container teastore-webui failed liveness probe, will be
      restarted"), Tomcat shuts down on SIGTERM (exit 143) and each cold restart (about 16 s of WAR deployment, then a
      cold JVM) makes the next timeouts likelier; the shop is down for each restart (one replica, NodePort). The backends
      are healthy: persistence, auth, image, recommender and teastore-db log normally and answer in time. Decoy: a
      rollout restart of teastore-image 50 minutes earlier (pull Always, :latest), healthy. Deviations from upstream: the
      liveness probe on the webui (none upstream).
    `,
    workloads: {
      'teastore-webui': {
        since: -60 * 24 * 6,
        containers: { 'teastore-webui': { livenessProbe: LIVE } },
        pods: [{
          node: NODE,
          created: T.iso(-60 * 24 * 6),
          containers: {
            'teastore-webui': cs.restartedRunning({ restarts: 11, startedAt: T.iso(-2.6), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-6.1), finishedAt: T.iso(-3.05) } }),
          },
          readyTransition: T.iso(-2.6),
        }],
        endpointsChanged: -2.6,
      },
      'teastore-image': {
        rollout: { at: -50, revision: 6 },
        deployAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-50) },
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', message: `Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/status": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -29.5, last: -3.2, count: 34 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -27.9, last: -3.1, count: 11 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -27.8, last: -2.7, count: 12 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 812ms (812ms including waiting). Image size: 298314762 bytes.', first: -27.7, last: -2.65, count: 11 },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -27.7, last: -2.62, count: 12 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -27.7, last: -2.6, count: 12 },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -14.2, last: -8.8, count: 3 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -50 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -49.3 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.306s (1.306s including waiting). Image size: 301772014 bytes.', first: -49.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui/previous': prev,
      'teastore-webui#0/teastore-webui': cur,
      'teastore-persistence#0/teastore-persistence': persistLog,
      'teastore-image#0/teastore-image': [
        ...boot(T, -49.6, 'tools.descartes.teastore.image'),
        cat(T, -49.2, 'INFO', 'main', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished. 1024 images in cache.'),
      ],
    },
  };
})();

export const scenarios = [s1];
