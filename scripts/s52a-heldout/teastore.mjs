// Batch s52a (held-out, split: test): one blind TeaStore scenario for the kit (scripts/s2-scenario-kit.mjs), on the
// kit system definition; expected answer fixed in the spec before the snapshot was generated.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I1 = '2026-12-03T10:41:00Z';
const T1 = clock(I1);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: 03-Dec-2026 10:14:02.123 SEVERE [thread] class.method message
const tc = (min, level, thread, src, msg) => {
  const j = T1.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${src} ${msg}`;
};
const NEW_IMG = 'harbor.tea.lab/teastore/teastore-image:1.4.3-jre17';
const ROLL = -27;

const imageLog = [
  tc(ROLL + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.97'),
  tc(ROLL + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.13+11'),
  tc(ROLL + 0.9, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]'),
  tc(ROLL + 1.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war] has finished in [14,212] ms'),
  tc(ROLL + 1.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14388] milliseconds'),
];
const webuiLog = [];
for (let i = 0, m = -40; m < -0.2; m += 0.9, i++) {
  if (m < ROLL + 1.3) continue;
  const thread = `http-nio-8080-exec-${(i % 9) + 1}`;
  imageLog.push(
    tc(m - 0.005, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.image.rest.ImageProviderStartup] in context with path [/tools.descartes.teastore.image] threw exception [org.glassfish.jersey.server.ContainerException: java.lang.NoClassDefFoundError: javax/xml/bind/DatatypeConverter] with root cause'),
    '\tjava.lang.ClassNotFoundException: javax.xml.bind.DatatypeConverter',
    '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1332)',
    '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1144)',
    '\t\tat tools.descartes.teastore.image.ImageDB.getImageKey(ImageDB.java:118)',
    '\t\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:101)',
    '\t\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:62)',
  );
  webuiLog.push(
    tc(m, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${i % 2 ? 'CategoryServlet' : 'IndexServlet'}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
    '\t\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
    '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:88)',
    `\t\tat tools.descartes.teastore.webui.servlet.${i % 2 ? 'CategoryServlet' : 'IndexServlet'}.handleGETRequest(${i % 2 ? 'CategoryServlet' : 'IndexServlet'}.java:71)`,
  );
}

export const scenarios = [
  {
    folder: 's52a-image-provider-jre17-rollout',
    split: 'test',
    description: 'teastore webshop pages erroring since ~10:15, category pages give 500',
    incidentTime: I1,
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Upstream examples/kubernetes/teastore-clusterip.yaml: teastore-image is a Tomcat service on 8080 with no probes, found
      by webui through the registry (REGISTRY_HOST teastore-registry); webui's index and category servlets fetch product
      preview images from it and fail the whole page when that call fails. Fault: at ~10:14 the platform team rolls out
      their mirrored rebuild of teastore-image on a Tomcat 9 / JRE 17 base (harbor.tea.lab/teastore/teastore-image:
      1.4.3-jre17); the JAXB classes left the JDK in Java 11, so every image request throws
      "java.lang.NoClassDefFoundError: javax/xml/bind/DatatypeConverter" (the classic Java 8 -> 11+ migration failure).
      Tomcat starts, there is no probe, the pod is Ready; webui logs "javax.ws.rs.InternalServerErrorException: HTTP 500
      Internal Server Error" for every page (louder). Deviation: image pinned to a private mirror tag. Decoy: the
      recommender was OOMKilled three days ago and restarted cleanly.
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: ROLL, revision: 7, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } } },
        containers: { 'teastore-image': { image: NEW_IMG } },
      },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 70),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 10), finishedAt: T1.iso(-60 * 70 - 0.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', first: ROLL, message: 'Scaled up replica set teastore-image-%NEW% to 1' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', first: ROLL + 1.4, message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1' },
      { on: 'pod:teastore-image#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-image}', first: ROLL + 0.1, message: `Pulling image "${NEW_IMG}"` },
      { on: 'pod:teastore-image#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-image}', first: ROLL + 0.4, message: `Successfully pulled image "${NEW_IMG}" in 17.412s (17.412s including waiting). Image size: 198734112 bytes.` },
      { on: 'pod:teastore-image#0', reason: 'Started', fieldPath: 'spec.containers{teastore-image}', first: ROLL + 0.45, message: 'Started container teastore-image' },
    ],
    logs: {
      'teastore-image#0/teastore-image': imageLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [22104] milliseconds'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-60 * 70 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18320] milliseconds'),
        tc(-60 * 70 + 1.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
    },
  },
];
