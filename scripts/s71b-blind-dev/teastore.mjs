// Blind dev batch s71b: one TeaStore scenario (image provider's Tomcat out of file descriptors: accepts nothing, callers time out),
// on the kit system scripts/kit-systems/teastore.mjs, built by scripts/s71b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const incidentTime = '2026-05-19T10:24:00Z';
const T = clock(incidentTime);
const EMFILE = -26;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, logger, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${logger} ${msg}`;
};
const image = [
  cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8412] milliseconds'),
];
for (let m = -70; m < EMFILE; m += 1.7) image.push(cat(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.image.ImageProvider.getProductImages', 'Returned 12 product images (size: 300x300)'));
image.push(cat(EMFILE - 1.2, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.image.storage.DriveStorage.loadData', 'Error reading image file /tmp/teastore/img/5421.png'),
  'java.nio.file.FileSystemException: /tmp/teastore/img/5421.png: Too many open files',
  '\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)',
  '\tat java.base/sun.nio.fs.UnixFileSystemProvider.newByteChannel(UnixFileSystemProvider.java:218)',
  '\tat java.base/java.nio.file.Files.newByteChannel(Files.java:380)',
  '\tat java.base/java.nio.file.Files.readAllBytes(Files.java:3288)',
  '\tat tools.descartes.teastore.image.storage.DriveStorage.loadData(DriveStorage.java:71)');
for (let m = EMFILE; m < -0.2; m += 0.8) {
  image.push(cat(m, 'SEVERE', 'http-nio-8080-Acceptor', 'org.apache.tomcat.util.net.Acceptor.run', 'Socket accept failed'),
    '\tjava.io.IOException: Too many open files',
    '\t\tat java.base/sun.nio.ch.Net.accept(Native Method)',
    '\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:433)',
    '\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:399)',
    '\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:521)',
    '\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:79)',
    '\t\tat org.apache.tomcat.util.net.Acceptor.run(Acceptor.java:129)',
    '\t\tat java.base/java.lang.Thread.run(Thread.java:840)');
}
const webui = [cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9120] milliseconds')];
for (let m = -70; m < EMFILE; m += 2.3) webui.push(cat(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'category 2 page 1 rendered'));
for (let m = EMFILE + 0.2, k = 0; m < -0.2; m += 0.85, k++) {
  const servlet = ['CategoryServlet', 'ProductServlet', 'IndexServlet'][k % 3];
  webui.push(cat(m, 'SEVERE', `http-nio-8080-exec-${1 + (k % 10)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for image.',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:82)',
    `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:${[74, 69, 58][k % 3]})`,
    '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:212)',
    'Caused by: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
    `Caused by: java.net.SocketTimeoutException: Read timed out`);
  if (k % 4 === 1) webui.push(cat(m + 0.3, 'INFO', `http-nio-8080-exec-${1 + ((k + 3) % 10)}`, 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'login successful for user43'));
}
const auth = [cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [7034] milliseconds')];
for (let m = -60; m < -0.2; m += 3.1) auth.push(cat(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'user43 logged in'));
const persistence = [cat(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [15321] milliseconds')];
for (let m = -60; m < -0.2; m += 4.4) persistence.push(cat(m, 'INFO', `http-nio-8080-exec-${1 + (Math.round(-m) % 10)}`, 'tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory', 'returned 24 products for category 2'));
const recommender = [
  cat(-60 * 24 * 2 - 3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11876] milliseconds'),
  cat(-60 * 24 * 2 - 2, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender took 41203 ms'),
];

export const scenarios = [
  {
    folder: 's71b-image-provider-emfile',
    incidentTime,
    description: 'teastore: category + product pages spin ~10s then error since 10ish. login still works. webui pods all running',
    expected: { component: 'image', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'image', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-webui renders every category, product and home
      page with preview images fetched over REST from teastore-image (found through teastore-registry); no container has probes or
      resources, so a hung image provider still shows Running/Ready.
      Fault: the image provider leaked file handles while reading its on-disk image cache until it hit the container's open-file limit;
      Tomcat's NIO Acceptor then logs "Socket accept failed ... java.io.IOException: Too many open files" in a loop and accepts no new
      connection. The kernel still completes TCP handshakes into the listen backlog, so callers connect and then hit a read timeout
      (webui: LoadBalancerTimeoutException / SocketTimeoutException "Read timed out"). Public reports: Tomcat users list and Bugzilla
      threads on "Socket accept failed: Too many open files" (EMFILE in the NIO acceptor), a classic fd-leak shape.
      The image pod has no restart; webui is the loud component. Login (auth + persistence) still works. Decoys: teastore-recommender
      restarted two days ago (OOMKilled) and logs only its old training run. Deviations from upstream: log lines abridged; the image
      provider's cache path /tmp/teastore/img is illustrative.
    `,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 3.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 2 - 3.4) } }) } }],
      },
    },
    logs: {
      'teastore-image#0/teastore-image': image,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-recommender#0/teastore-recommender': recommender,
    },
  },
];
