// Blind dev batch s123d (no-fault incidents): one TeaStore scenario on the kit system definition.
// A CPU alert on the image provider after a planned restart: it regenerates its product images at start, then settles.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-05-14T08:55:00Z');
const tc = (min, level, src, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, '$3-$2-$1').replace(/-05-/, '-May-')} ${level} [main] ${src} ${msg}`;
const img = [tc(-29.6, 'INFO', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [812] milliseconds'),
  tc(-29.4, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]'),
  tc(-29.1, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry with HOST_NAME teastore-image:8080'),
  tc(-28.9, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.generateImages', 'Generating product images for 1000 products (image size preset) ...'),
  tc(-16.2, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.generateImages', 'Image generation finished, 1000 product images created.'),
  tc(-16.1, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.setupFinished', 'Image provider setup finished; cache warm.')];
const web = [];
for (let m = -55; m < -1; m += 1.1) {
  if (m > -29 && m < -16.5) web.push(`${tc(m, 'WARNING', 'tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages', 'java.net.SocketTimeoutException: Read timed out (service teastore-image, retrying once)')}`);
  else web.push(tc(m, 'INFO', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/category?category=2&page=1 200'));
}

export const scenarios = [
  {
    folder: 's123d-image-cpu-alert-after-restart',
    incidentTime: '2026-05-14T08:55:00Z',
    description: 'alert "teastore-image CPU > 90%" fired 08:27, resolved 08:40 on its own. store works now. anything to do or just noise?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      'teastore-image': { rollout: { at: -30, revision: 5, oldReplicas: 0 } },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -30 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -29.4 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', fieldPath: 'spec.containers{teastore-image}', first: -29.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.204s (1.204s including waiting). Image size: 243518722 bytes.', fieldPath: 'spec.containers{teastore-image}', first: -29.8 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -29.7 },
    ],
    logs: { 'teastore-image#0/teastore-image': img, 'teastore-webui#0/teastore-webui': web },
    grounding: `
      No fault. TeaStore's image provider (DescartesResearch/TeaStore services/tools.descartes.teastore.image, SetupController)
      generates the product images and fills its cache when it starts, which keeps its CPU high for minutes; a planned
      \`kubectl rollout restart\` of teastore-image 30 minutes ago (same image, no spec change: the old and new ReplicaSet
      templates are identical; the kit does not write the restartedAt annotation) explains the CPU alert, which cleared when
      generation finished. Decoy, loud and inside the hour: the webui logged a Read timed out warning toward teastore-image on
      every category page for ~12 minutes and the image pod is 30 minutes old. Nothing is wrong now.
      Deviations: image provider and webui log lines are written in Tomcat's JUL shape, wording approximated.
    `,
  },
];
