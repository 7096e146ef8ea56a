// Blind dev batch s97a: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
// teastore-webui release that puts whole products in the sessionBlob cookie; large carts exceed Tomcat's 8 KB header limit.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-13T09:25:00Z');
// Tomcat 8.5 JULI console format, as the teastore images print it
const jul = (min, level, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${cls}] ${msg}`;
};
const web = [
  jul(-51.9, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log Server version:        Apache Tomcat/8.5.100'),
  jul(-51.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  jul(-50.6, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [4,611] ms'),
  jul(-50.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in 5123 ms'),
];
web.push(jul(-41.3, 'INFO', 'http-nio-8080-exec-4', 'org.apache.coyote.http11.Http11Processor.service Error parsing HTTP request header\n Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.\n\tjava.lang.IllegalArgumentException: Request header is too large\n\t\tat org.apache.coyote.http11.Http11InputBuffer.fill(Http11InputBuffer.java:778)\n\t\tat org.apache.coyote.http11.Http11InputBuffer.parseHeader(Http11InputBuffer.java:946)\n\t\tat org.apache.coyote.http11.Http11InputBuffer.parseHeaders(Http11InputBuffer.java:593)\n\t\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:284)\n\t\tat org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:65)\n\t\tat org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:893)\n\t\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1789)\n\t\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)\n\t\tat java.base/java.lang.Thread.run(Thread.java:829)'));
const auth = [
  jul(-60 * 30 + 0.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in 6210 ms'),
];
const reg = [jul(-60 * 30, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in 2981 ms')];
for (let m = -20; m < 0; m += 5) reg.push(jul(m, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registry.rest.HeartbeatInfo.run Heartbeat check: 7 services alive'));

export const scenarios = [
  {
    folder: 's97a-webui-session-cookie-over-header-limit',
    incidentTime: '2026-05-13T09:25:00Z',
    description: 'teastore: some users get a blank 400 Bad Request when they open the cart or check out, browsing works and new users seem fine. started this morning',
    expected: { component: 'webui', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    workloads: {
      'teastore-webui': {
        rollout: { at: -53, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.1' } } },
        containers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.2-cartpreview' } },
      },
      // decoy: teastore-auth restarted at night (same template, kubectl rollout restart)
      'teastore-auth': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 30 - 1) } },
        rollout: { at: -60 * 30, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -53 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -50.4 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui:1.4.2-cartpreview"', fieldPath: 'spec.containers{teastore-webui}', first: -52.9 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui:1.4.2-cartpreview" in 9.871s (9.871s including waiting). Image size: 301554721 bytes.', fieldPath: 'spec.containers{teastore-webui}', first: -52.7 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -52.6 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': web,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-registry#0/teastore-registry': reg,
    },
    grounding: `
      Upstream teastore-clusterip.yaml at 5ab1188: teastore-webui (JSP servlets on Tomcat 8.5) keeps the user's SessionBlob (uid, token,
      order, cart items) in the "sessionBlob" cookie, and teastore-auth signs it; no probes are set on any container. Tomcat's default
      maxHttpHeaderSize is 8 KB and a request whose headers exceed it is refused with 400 before any servlet runs, logged once by
      Http11Processor as "Error parsing HTTP request header ... java.lang.IllegalArgumentException: Request header is too large"
      (further occurrences at DEBUG) - the documented Tomcat behaviour (tomcat.apache.org http connector docs, maxHttpHeaderSize).
      Fault: a webui release (1.4.2-cartpreview, invented tag; upstream pins none) that stores whole product records with each cart
      item in the blob, so users with several items send a cookie over 8 KB; browsing without a cart works. The pod stays Ready and
      nothing restarts; the two webui ReplicaSets differ only in the image. Decoy: teastore-auth was restarted with kubectl rollout
      restart 30 hours earlier (the templates differ only in the restartedAt annotation). Deviation: image tags pinned.
    `,
  },
];
