// The s11 blind dev scenarios for TeaStore (written without reading the engine or the other scenarios);
// expanded by scripts/s11-build-blind-dev.mjs with the kit and scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: "12-May-2026 09:41:12.345 SEVERE [thread] logger message".
const jul = (T, min, level, thread, logger, msg) => {
  const [d, t] = T.java(min).split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${level} [${thread}] ${logger} ${msg}`;
};
// MariaDB 10.4 error log: "2026-05-12  9:31:02 0 [Note] ..." (hour not zero-padded).
const maria = (T, min, thread, level, msg) => {
  const [d, t] = T.java(min).split(' ');
  const [h, m, s] = t.split('.')[0].split(':');
  return `${d} ${String(Number(h)).padStart(2, ' ')}:${m}:${s} ${thread} [${level}] ${msg}`;
};
// slf4j-simple to System.out (RegistryClient sets logFile=System.out): no timestamp by default.
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const catalinaStart = (T, min, ctx) => [
  jul(
    T,
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version name:   Apache Tomcat/10.0.27',
  ),
  jul(
    T,
    min + 0.01,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.init',
    'Initializing ProtocolHandler ["http-nio-8080"]',
  ),
  jul(
    T,
    min + 0.05,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`,
  ),
  jul(
    T,
    min + 0.3,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [17,212] ms`,
  ),
  jul(
    T,
    min + 0.31,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.start',
    'Starting ProtocolHandler ["http-nio-8080"]',
  ),
  jul(
    T,
    min + 0.31,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [17498] milliseconds',
  ),
];
const readTimeout = (target, path) => [
  `jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out`,
  `\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)`,
  `\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)`,
  `\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:662)`,
  `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$${path}(LoadBalancedCRUDOperations.java:62)`,
  `\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:79)`,
  `Caused by: java.net.SocketTimeoutException: Read timed out`,
  `\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)`,
  `\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)`,
  `\tat java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:789)`,
  `\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1615)`,
  `\tat org.glassfish.jersey.client.internal.HttpUrlConnector._apply(HttpUrlConnector.java:423)`,
  `\t... 38 more`,
  `com.netflix.client.ClientException: Number of retries on next server exceeded max 1 retries, while making a call for: ${target}`,
  `\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:344)`,
];
const limits = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });

const db1 = (() => {
  const T = clock('2026-05-12T09:52:00Z');
  return {
    folder: 's11-db-innodb-semaphore-hang',
    description:
      'teastore pages hang for ~6s and then show the error page, login and category pages both. started around 9:40',
    incidentTime: '2026-05-12T09:52:00Z',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 — teastore-db is descartesresearch/teastore-db (mariadb:10.4.12 with
      setup.sql), no probes, so its pod stays Running and Ready whatever mysqld does; persistence reaches it through
      DB_HOST=teastore-db / DB_PORT=3306 with Connector/J 5.1.44 (no socketTimeout in the jdbc URL EMFManager builds), and every
      other service reaches persistence through the registry client (Jersey, RESTClient read timeout 6000 ms, Ribbon
      LoadBalancerCommand with one retry).
      Fault: MariaDB hung on an InnoDB latch — the "A long semaphore wait" warnings of the InnoDB error monitor on the adaptive
      hash index latch (btr0sea.cc), the shape of MariaDB MDEV reports on AHI contention; the server keeps accepting connections
      but no query returns, and the 600-second watchdog ("We intentionally crash the server because it appears to be hung") has
      not fired yet. Persistence logs nothing (EclipseLink logging OFF, queries just block); webui and auth print the read
      timeouts of their calls to persistence.
      Deviations: none from the manifest; pod ages, node names and IPs are invented.`,
    workloads: {
      'teastore-webui': { replicas: 2 },
    },
    logs: {
      'teastore-db#0/teastore-db': [
        maria(
          T,
          -60 * 24 * 9,
          0,
          'Note',
          'mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...',
        ),
        maria(T, -60 * 24 * 9 + 0.1, 0, 'Note', 'InnoDB: Using Linux native AIO'),
        maria(
          T,
          -60 * 24 * 9 + 0.1,
          0,
          'Note',
          'InnoDB: Initializing buffer pool, total size = 256M, instances = 1, chunk size = 128M',
        ),
        maria(
          T,
          -60 * 24 * 9 + 0.2,
          0,
          'Note',
          'InnoDB: 10.4.12 started; log sequence number 1208843; transaction id 9611',
        ),
        maria(
          T,
          -60 * 24 * 9 + 0.2,
          0,
          'Note',
          "mysqld: ready for connections.\nVersion: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        ),
        maria(
          T,
          -60 * 24 * 2,
          412,
          'Warning',
          "Aborted connection 412 to db: 'teadb' user: 'teauser' host: '10.244.2.37' (Got an error reading communication packets)",
        ),
        maria(T, -8.2, 0, 'Warning', 'InnoDB: A long semaphore wait:'),
        '--Thread 140089127458560 has waited at btr0sea.cc line 1196 for 241.00 seconds the semaphore:',
        'S-lock on RW-latch at 0x55f1c2a8d0a0 created in file btr0sea.cc line 243',
        'a writer (thread id 140089135851264) has reserved it in mode  exclusive',
        'number of readers 0, waiters flag 1, lock_word: 0',
        'Last time write locked in file btr0sea.cc line 1301',
        maria(T, -8.2, 0, 'Warning', 'InnoDB: A long semaphore wait:'),
        '--Thread 140089119065856 has waited at btr0sea.cc line 1196 for 238.00 seconds the semaphore:',
        'S-lock on RW-latch at 0x55f1c2a8d0a0 created in file btr0sea.cc line 243',
        'a writer (thread id 140089135851264) has reserved it in mode  exclusive',
        'number of readers 0, waiters flag 1, lock_word: 0',
        'InnoDB: ###### Starts InnoDB Monitor for 30 secs to print diagnostic info:',
        'InnoDB: Pending reads 0, writes 0',
        'InnoDB: ###### Diagnostic info printed to the standard error stream',
        maria(T, -5.6, 0, 'Warning', 'InnoDB: A long semaphore wait:'),
        '--Thread 140089127458560 has waited at btr0sea.cc line 1196 for 397.00 seconds the semaphore:',
        'S-lock on RW-latch at 0x55f1c2a8d0a0 created in file btr0sea.cc line 243',
        'a writer (thread id 140089135851264) has reserved it in mode  exclusive',
        'number of readers 0, waiters flag 1, lock_word: 0',
        maria(T, -5.6, 0, 'Note', 'InnoDB: A semaphore wait: (long semaphore waits for 14 threads)'),
        maria(T, -2.9, 0, 'Warning', 'InnoDB: A long semaphore wait:'),
        '--Thread 140089127458560 has waited at btr0sea.cc line 1196 for 559.00 seconds the semaphore:',
        'S-lock on RW-latch at 0x55f1c2a8d0a0 created in file btr0sea.cc line 243',
        'a writer (thread id 140089135851264) has reserved it in mode  exclusive',
        'number of readers 0, waiters flag 1, lock_word: 0',
        maria(T, -2.9, 0, 'Note', 'InnoDB: A semaphore wait: (long semaphore waits for 37 threads)'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.5, 'tools.descartes.teastore.persistence'),
        slf(
          'main',
          'INFO',
          'tools.descartes.teastore.persistence.repository.EMFManager',
          '"inMemoryDB" set to false. Using MariaDB/MySQL.',
        ),
        slf(
          'main',
          'INFO',
          'tools.descartes.teastore.persistence.repository.EMFManager',
          'Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".',
        ),
        slf(
          'Thread-4',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered persistence@teastore-persistence:8080',
        ),
      ],
      'teastore-webui#0/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.6, 'tools.descartes.teastore.webui'),
        ...readTimeout('teastore-persistence:8080', 'getEntities$4'),
        ...readTimeout('teastore-persistence:8080', 'getEntities$4'),
        ...readTimeout('teastore-persistence:8080', 'getEntity$0'),
        ...readTimeout('teastore-persistence:8080', 'getEntities$4'),
      ],
      'teastore-webui#1/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.7, 'tools.descartes.teastore.webui'),
        ...readTimeout('teastore-persistence:8080', 'getEntities$4'),
        ...readTimeout('teastore-persistence:8080', 'getEntity$0'),
      ],
      'teastore-auth#0/teastore-auth': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.6, 'tools.descartes.teastore.auth'),
        ...readTimeout('teastore-persistence:8080', 'getEntityWithProperty$5'),
        ...readTimeout('teastore-persistence:8080', 'getEntityWithProperty$5'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.8, 'tools.descartes.teastore.recommender'),
      ],
    },
  };
})();

const image2 = (() => {
  const T = clock('2026-05-19T14:27:00Z');
  const oomLines = (min, thread) => [
    jul(
      T,
      min,
      'SEVERE',
      thread,
      'org.apache.catalina.core.StandardWrapperValve.invoke',
      'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.image] threw exception [java.lang.OutOfMemoryError: Java heap space] with root cause',
    ),
    '\tjava.lang.OutOfMemoryError: Java heap space',
    '\t\tat java.desktop/java.awt.image.DataBufferInt.<init>(DataBufferInt.java:75)',
    '\t\tat java.desktop/java.awt.image.Raster.createPackedRaster(Raster.java:467)',
    '\t\tat java.desktop/java.awt.image.BufferedImage.<init>(BufferedImage.java:362)',
    '\t\tat tools.descartes.teastore.image.StoreImage.getBufferedImage(StoreImage.java:131)',
    '\t\tat tools.descartes.teastore.image.ImageProvider.scaleAndRegisterImg(ImageProvider.java:144)',
    '\t\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:104)',
  ];
  return {
    folder: 's11-image-provider-heap-exhausted',
    description:
      'product images missing / pages super slow on the shop since about 14:05, sometimes the whole category page errors',
    incidentTime: '2026-05-19T14:27:00Z',
    expected: { component: 'image', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 — teastore-image (descartesresearch/teastore-image) has no probes; the
      dockerbase image sizes the Tomcat heap from the container memory limit (dockermemoryconfigurator,
      TOMCAT_HEAP_MEM_PERCENTAGE=50). webui asks the image provider for every product and preview image of a page
      (LoadBalancedImageOperations through the registry client, read timeout 6000 ms).
      Fault: Java heap exhaustion without an OOM kill — the image provider scales and caches BufferedImages in its heap; with a
      512Mi limit (so about 256 MiB of heap) a catalogue import of larger product images (the ops team bumped the generated
      catalogue) keeps the cache and in-flight scaling above the heap, so request threads die with
      "java.lang.OutOfMemoryError: Java heap space" and the JVM spends its time in GC, while the container stays under its
      cgroup limit, Running and Ready. Callers (webui) see read timeouts and 500s from teastore-image:8080.
      Decoy: teastore-recommender had an OOMKilled restart three days ago (its own 1Gi limit, unrelated).
      Deviations from upstream: memory/cpu requests and limits on teastore-image (512Mi) and teastore-recommender (1Gi), as
      the cluster's LimitRange policy requires; the GC warning line is the JVM's unified logging (-Xlog:gc) that the team enabled.`,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { resources: limits('250m', '512Mi', '1', '512Mi') } },
      },
      'teastore-recommender': {
        containers: { 'teastore-recommender': { resources: limits('250m', '1Gi', '1', '1Gi') } },
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 3 - 0.2),
                },
              }),
            },
          },
        ],
      },
      'teastore-webui': { replicas: 2 },
    },
    logs: {
      'teastore-image#0/teastore-image': [
        ...catalinaStart(T, -60 * 24 * 9, 'tools.descartes.teastore.image'),
        slf(
          'Thread-5',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered image@teastore-image:8080',
        ),
        `[${T.isoMs(-21).replace('Z', '+0000')}][info][gc] GC(81422) Pause Young (Normal) (G1 Evacuation Pause) 201M->188M(256M) 21.417ms`,
        `[${T.isoMs(-17).replace('Z', '+0000')}][info][gc] GC(81901) Pause Full (G1 Compaction Pause) 255M->249M(256M) 1187.902ms`,
        ...oomLines(-16.4, 'http-nio-8080-exec-14'),
        `[${T.isoMs(-14).replace('Z', '+0000')}][info][gc] GC(82377) Pause Full (G1 Compaction Pause) 255M->252M(256M) 1402.118ms`,
        ...oomLines(-12.8, 'http-nio-8080-exec-31'),
        ...oomLines(-9.1, 'http-nio-8080-exec-7'),
        `[${T.isoMs(-6).replace('Z', '+0000')}][info][gc] GC(83040) Pause Full (G1 Compaction Pause) 255M->253M(256M) 1530.664ms`,
        ...oomLines(-4.2, 'http-nio-8080-exec-22'),
        ...oomLines(-1.5, 'http-nio-8080-exec-40'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.6, 'tools.descartes.teastore.webui'),
        ...readTimeout('teastore-image:8080', 'getProductImages$0').map((l) =>
          l.replace('LoadBalancedCRUDOperations', 'LoadBalancedImageOperations'),
        ),
        ...readTimeout('teastore-image:8080', 'getProductImages$0').map((l) =>
          l.replace('LoadBalancedCRUDOperations', 'LoadBalancedImageOperations'),
        ),
      ],
      'teastore-webui#1/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 9 + 0.7, 'tools.descartes.teastore.webui'),
        ...readTimeout('teastore-image:8080', 'getPreviewImages$1').map((l) =>
          l.replace('LoadBalancedCRUDOperations', 'LoadBalancedImageOperations'),
        ),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...catalinaStart(T, -60 * 24 * 3, 'tools.descartes.teastore.recommender'),
      ],
    },
  };
})();

const webui3 = (() => {
  const T = clock('2026-06-02T08:14:00Z');
  const envFrom = [{ configMapRef: { name: 'teastore-webui-env' } }];
  const refused = [
    'jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused',
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
    '\tat org.glassfish.jersey.client.JerseyInvocation$2.call(JerseyInvocation.java:676)',
    '\tat tools.descartes.teastore.registryclient.RegistryClient.registerOnce(RegistryClient.java:239)',
    '\tat tools.descartes.teastore.registryclient.RegistryClientHeartbeatDaemon.run(RegistryClientHeartbeatDaemon.java:37)',
    'Caused by: java.net.ConnectException: Connection refused',
    '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
    '\tat java.base/java.net.Socket.connect(Socket.java:609)',
    '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:507)',
    '\t... 12 more',
  ];
  return {
    folder: 's11-webui-registry-port-configmap',
    description:
      'storefront errors on roughly every second page load since this morning ("something went wrong" page), shop-frontend can you look',
    incidentTime: '2026-06-02T08:14:00Z',
    expected: { component: 'webui', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 — teastore-webui with HOST_NAME and REGISTRY_HOST=teastore-registry; the
      dockerbase start.sh writes registryURL = http://REGISTRY_HOST:REGISTRY_PORT/tools.descartes.teastore.registry/rest/services/
      into context.xml (REGISTRY_PORT defaults to 8080); the registry Service exposes only 8080, so another port on its ClusterIP
      is rejected by kube-proxy (connection refused).
      Fault: a wrong setting that bites only on a pod restart — the team moved webui's tunables into a ConfigMap
      (teastore-webui-env, envFrom) and an edit yesterday set REGISTRY_PORT=80 "to match the ingress". Running pods keep their
      environment; this morning's drain of tea-worker-2 for kernel patching recreated one of the two webui pods, which now cannot
      register or look up any service (StartupCallbackTask waits for the registry forever, the load balancer stays empty:
      "No Server registered for Service: persistence"), so the pod is Running and Ready (no probes) and every request it gets
      fails, about half of all page loads. The other webui pod is fine.
      Decoy: the node drain itself (tea-worker-2 still cordoned, other pods rescheduled and healthy).
      Deviations from upstream: webui runs 2 replicas and takes REGISTRY_PORT, PROXY_NAME, PROXY_PORT and
      TOMCAT_HEAP_MEM_PERCENTAGE from the ConfigMap teastore-webui-env.`,
    nodes: {
      'tea-worker-2': {
        unschedulable: true,
        taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-52) }],
      },
    },
    configMaps: [
      {
        name: 'teastore-webui-env',
        keys: ['REGISTRY_PORT', 'PROXY_NAME', 'PROXY_PORT', 'TOMCAT_HEAP_MEM_PERCENTAGE'],
      },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    workloads: {
      'teastore-webui': {
        replicas: 2,
        containers: { 'teastore-webui': { envFrom } },
        pods: [{ node: 'tea-worker-1' }, { node: 'tea-worker-3', created: T.iso(-50.5) }],
      },
      'teastore-auth': { pods: [{ node: 'tea-worker-3', created: T.iso(-50.4) }] },
    },
    events: [
      {
        on: 'node:tea-worker-2',
        reason: 'NodeNotSchedulable',
        message: 'Node tea-worker-2 status is now: NodeNotSchedulable',
        first: -52,
        last: -52,
      },
      {
        on: 'pod:teastore-webui#1',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to tea-worker-3',
        source: 'default-scheduler',
        first: -50.5,
        last: -50.5,
      },
      {
        on: 'pod:teastore-webui#1',
        reason: 'Pulled',
        message:
          'Successfully pulled image "descartesresearch/teastore-webui:latest" in 1.204s (1.204s including waiting). Image size: 312845129 bytes.',
        fieldPath: 'spec.containers{teastore-webui}',
        first: -50.3,
        last: -50.3,
      },
      {
        on: 'pod:teastore-webui#1',
        reason: 'Started',
        message: 'Started container teastore-webui',
        fieldPath: 'spec.containers{teastore-webui}',
        first: -50.2,
        last: -50.2,
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to tea-worker-3',
        source: 'default-scheduler',
        first: -50.4,
        last: -50.4,
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Started',
        message: 'Started container teastore-auth',
        fieldPath: 'spec.containers{teastore-auth}',
        first: -50.1,
        last: -50.1,
      },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 6, 'tools.descartes.teastore.webui'),
        slf(
          'Thread-6',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered webui@teastore-webui:8080',
        ),
      ],
      'teastore-webui#1/teastore-webui': [
        ...catalinaStart(T, -50.1, 'tools.descartes.teastore.webui'),
        ...refused,
        slf(
          'pool-3-thread-1',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registry not online. WEBUI is waiting for it to come online',
        ),
        ...refused,
        slf(
          'http-nio-8080-exec-1',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'Load Balancer was not initialized for service: tools.descartes.teastore.persistence. Is Registry up?',
        ),
        slf(
          'http-nio-8080-exec-1',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.persistence',
        ),
        slf(
          'http-nio-8080-exec-4',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.persistence',
        ),
        slf(
          'http-nio-8080-exec-4',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.auth',
        ),
        ...refused,
        slf(
          'http-nio-8080-exec-9',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.persistence',
        ),
      ],
      'teastore-auth#0/teastore-auth': [
        ...catalinaStart(T, -50, 'tools.descartes.teastore.auth'),
        slf(
          'Thread-5',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered auth@teastore-auth:8080',
        ),
      ],
      'teastore-registry#0/teastore-registry': [
        ...catalinaStart(T, -60 * 24 * 20, 'tools.descartes.teastore.registry'),
        slf(
          'http-nio-8080-exec-3',
          'INFO',
          'tools.descartes.teastore.registry.rest.Registry',
          'Registered tools.descartes.teastore.auth@teastore-auth:8080',
        ),
      ],
    },
  };
})();

const rec4 = (() => {
  const T = clock('2026-06-09T11:38:00Z');
  const nsme = (min, thread) => [
    jul(
      T,
      min,
      'SEVERE',
      thread,
      'org.apache.catalina.core.StandardWrapperValve.invoke',
      "Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.recommender] threw exception [org.glassfish.jersey.server.ContainerException: java.lang.NoSuchMethodError: 'com.fasterxml.jackson.databind.ObjectMapper com.fasterxml.jackson.databind.ObjectMapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude$Include)'] with root cause",
    ),
    "\tjava.lang.NoSuchMethodError: 'com.fasterxml.jackson.databind.ObjectMapper com.fasterxml.jackson.databind.ObjectMapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude$Include)'",
    '\t\tat tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend(RecommendEndpoint.java:71)',
    '\t\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    '\t\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
    '\t\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:266)',
  ];
  return {
    folder: 's11-recommender-rollout-nosuchmethod',
    description:
      'Product detail pages + cart on teastore show the error page since ~11:05. home and category pages ok',
    incidentTime: '2026-06-09T11:38:00Z',
    expected: { component: 'recommender', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 — teastore-recommender (Tomcat, Jersey) with no probes; webui calls
      recommender's /rest/recommend for the product page and the cart (LoadBalancedRecommenderOperations); a 500 from it makes
      ServiceLoadBalancer throw NotFoundException (entity null) and webui serves its error page.
      Fault: a rollout whose new pods are Ready but broken — the team's own build of the recommender (tag 1.4.3-rc2 from their
      registry) was packaged against a newer jackson-databind than the Tomcat classpath provides, the classic
      NoSuchMethodError-at-runtime of a dependency bump; the container starts, registers and is Ready, and every recommend call
      throws. The old ReplicaSet (1.4.2) is scaled to 0.
      Decoy: teastore-image was also rolled out at 10:40 (new ReplicaSet Ready, serving normally).
      Deviations from upstream: images pinned to the team's registry mirror with tags instead of :latest.`,
    workloads: {
      'teastore-recommender': {
        containers: {
          'teastore-recommender': { image: 'registry.teastore.example/teastore/recommender:1.4.3-rc2' },
        },
        rollout: {
          at: -34,
          oldContainers: {
            'teastore-recommender': { image: 'registry.teastore.example/teastore/recommender:1.4.2' },
          },
        },
      },
      'teastore-image': {
        containers: { 'teastore-image': { image: 'registry.teastore.example/teastore/image:1.4.2-p1' } },
        rollout: {
          at: -58,
          oldContainers: { 'teastore-image': { image: 'registry.teastore.example/teastore/image:1.4.2' } },
        },
      },
      'teastore-webui': { replicas: 2 },
    },
    events: [
      {
        on: 'deploy:teastore-image',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set teastore-image-%NEW% to 1',
        first: -58,
        last: -58,
      },
      {
        on: 'deploy:teastore-image',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1',
        first: -57.4,
        last: -57.4,
      },
      {
        on: 'deploy:teastore-recommender',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set teastore-recommender-%NEW% to 1',
        first: -34,
        last: -34,
      },
      {
        on: 'deploy:teastore-recommender',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1',
        first: -33.5,
        last: -33.5,
      },
      {
        on: 'pod:teastore-recommender#0',
        reason: 'Pulled',
        message:
          'Successfully pulled image "registry.teastore.example/teastore/recommender:1.4.3-rc2" in 3.817s (3.817s including waiting). Image size: 298113024 bytes.',
        fieldPath: 'spec.containers{teastore-recommender}',
        first: -33.8,
        last: -33.8,
      },
      {
        on: 'pod:teastore-recommender#0',
        reason: 'Started',
        message: 'Started container teastore-recommender',
        fieldPath: 'spec.containers{teastore-recommender}',
        first: -33.7,
        last: -33.7,
      },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        ...catalinaStart(T, -33.6, 'tools.descartes.teastore.recommender'),
        slf(
          'Thread-5',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered recommender@teastore-recommender:8080',
        ),
        ...nsme(-31.2, 'http-nio-8080-exec-2'),
        ...nsme(-22.5, 'http-nio-8080-exec-9'),
        ...nsme(-12.9, 'http-nio-8080-exec-4'),
        ...nsme(-3.3, 'http-nio-8080-exec-11'),
        ...nsme(-0.8, 'http-nio-8080-exec-6'),
      ],
      'teastore-image#0/teastore-image': [
        ...catalinaStart(T, -57.5, 'tools.descartes.teastore.image'),
        slf(
          'Thread-5',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered image@teastore-image:8080',
        ),
      ],
      'teastore-webui#0/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 5, 'tools.descartes.teastore.webui'),
      ],
    },
  };
})();

const nofault5 = (() => {
  const T = clock('2026-06-16T02:31:00Z');
  return {
    folder: 's11-nofault-night-drain-restarts',
    description:
      'got paged 02:12 for teastore-persistence restarting and recommender errors. is the shop actually broken? ui looks ok to me',
    incidentTime: '2026-06-16T02:31:00Z',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 — no probes, one replica each; the recommender trains from persistence at
      start and waits while persistence is unreachable (TrainingSynchronizer "Persistence not reachable. Waiting for {}ms.").
      Situation: the nightly maintenance window drained tea-worker-1 for a kernel update at 02:08 and uncordoned it at 02:19;
      persistence and recommender were recreated on other nodes. For about a minute persistence was not registered, so the
      recommender logged that it waited and webui served a few error pages; then both recovered. Nothing is broken now:
      every pod Running and Ready, no restarts looping, the alert was the drain. No-fault by construction.
      Deviations from upstream: none (pod placement and ages invented).`,
    workloads: {
      'teastore-persistence': { pods: [{ node: 'tea-worker-2', created: T.iso(-22.6) }] },
      'teastore-recommender': { pods: [{ node: 'tea-worker-3', created: T.iso(-22.5) }] },
    },
    events: [
      {
        on: 'node:tea-worker-1',
        reason: 'NodeNotSchedulable',
        message: 'Node tea-worker-1 status is now: NodeNotSchedulable',
        first: -23,
        last: -23,
      },
      {
        on: 'node:tea-worker-1',
        reason: 'Rebooted',
        message: 'Node tea-worker-1 has been rebooted, boot id: 3b1f0e5c-9d7a-4c2e-8f61-2a4d7b90c1e3',
        type: 'Warning',
        first: -15.5,
        last: -15.5,
      },
      {
        on: 'node:tea-worker-1',
        reason: 'NodeReady',
        message: 'Node tea-worker-1 status is now: NodeReady',
        first: -14.9,
        last: -14.9,
      },
      {
        on: 'node:tea-worker-1',
        reason: 'NodeSchedulable',
        message: 'Node tea-worker-1 status is now: NodeSchedulable',
        first: -12,
        last: -12,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to tea-worker-2',
        source: 'default-scheduler',
        first: -22.6,
        last: -22.6,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Started',
        message: 'Started container teastore-persistence',
        fieldPath: 'spec.containers{teastore-persistence}',
        first: -22.3,
        last: -22.3,
      },
      {
        on: 'pod:teastore-recommender#0',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to tea-worker-3',
        source: 'default-scheduler',
        first: -22.5,
        last: -22.5,
      },
      {
        on: 'pod:teastore-recommender#0',
        reason: 'Started',
        message: 'Started container teastore-recommender',
        fieldPath: 'spec.containers{teastore-recommender}',
        first: -22.2,
        last: -22.2,
      },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...catalinaStart(T, -22.2, 'tools.descartes.teastore.persistence'),
        slf(
          'main',
          'INFO',
          'tools.descartes.teastore.persistence.repository.EMFManager',
          '"inMemoryDB" set to false. Using MariaDB/MySQL.',
        ),
        slf(
          'main',
          'INFO',
          'tools.descartes.teastore.persistence.repository.EMFManager',
          'Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".',
        ),
        slf(
          'Thread-4',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered persistence@teastore-persistence:8080',
        ),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...catalinaStart(T, -22.1, 'tools.descartes.teastore.recommender'),
        slf(
          'pool-2-thread-1',
          'INFO',
          'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer',
          'Persistence not reachable. Waiting for 1000ms.',
        ),
        slf(
          'Thread-5',
          'INFO',
          'tools.descartes.teastore.registryclient.RegistryClient',
          'Registered recommender@teastore-recommender:8080',
        ),
      ],
      'teastore-webui#0/teastore-webui': [
        ...catalinaStart(T, -60 * 24 * 7, 'tools.descartes.teastore.webui'),
        slf(
          'http-nio-8080-exec-12',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.persistence',
        ),
        slf(
          'http-nio-8080-exec-15',
          'WARN',
          'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer',
          'No Server registered for Service: tools.descartes.teastore.persistence',
        ),
      ],
    },
  };
})();

export const scenarios = [db1, image2, webui3, rec4, nofault5];
