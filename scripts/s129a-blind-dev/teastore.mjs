// Blind dev batch s129a: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-04-14T10:58:00Z');
const at = -19;
const img = base.workloads.find((w) => w.name === 'teastore-image').containers[0];
const cat = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse('2026-04-14T10:58:00Z') + Math.round(min * 60000));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const refused = (min, n) => [
  cat(min, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [] threw exception'),
  'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:284)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:278)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:767)',
  '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThroughJsonResponse(RestUtil.java:58)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getProductPreviewImages$2(LoadBalancedImageOperations.java:92)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:284)',
  '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:83)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:219)',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:463)',
  '\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:1071)',
  '\t... 38 more',
];
const webuiLog = [
  cat(-60 * 24 * 2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8123] milliseconds'),
  cat(-40, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancers', 'Service image: 1 instance(s) [teastore-image:8080]'),
  cat(at + 1.1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancers', 'Service image: 1 instance(s) [teastore-image:80]'),
];
[-16.8, -14.2, -11.9, -9.0, -6.4, -3.7, -1.5].forEach((m, i) => webuiLog.push(...refused(m, (i % 8) + 1)));
const s3 = {
  folder: 's129a-image-service-port-80',
  description: 'teastore categories page throwing 500 for ~15min, home page + login fine. webui pod is up. registry looks ok??',
  incidentTime: '2026-04-14T10:58:00Z',
  expected: { component: 'image', cause: 'config-error' },
  alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'callers-only', 'louder-dependents', 'rollout-regression', 'time-expression'],
  grounding: `
    TeaStore services register themselves with the registry as HOST_NAME:SERVICE_PORT (the images' start.sh writes both
    env vars into Tomcat's context; SERVICE_PORT defaults to 8080) and the callers' ServiceLoadBalancer reaches them at
    whatever the registry hands out. teastore-clusterip.yaml sets only HOST_NAME and REGISTRY_HOST. ~10:39 teastore-image
    was redeployed with SERVICE_PORT=80 (copied from a proxy/ingress example), so it registered teastore-image:80 while
    its Service only exposes 8080: webui's CategoryServlet fetches product preview images through
    LoadBalancedImageOperations and gets "Connection refused", so category pages answer 500; home and login do not touch
    the image provider. The image pod itself is Running and Ready (upstream has no probes) and logs nothing wrong. The old
    ReplicaSet carries the upstream env. Deviations: the SERVICE_PORT value and the rollout; stack frames are abridged.`,
  workloads: {
    'teastore-image': {
      rollout: { at, oldContainers: { 'teastore-image': { env: img.env } } },
      containers: { 'teastore-image': { env: [...img.env, { name: 'SERVICE_PORT', value: '80' }] } },
    },
  },
  events: [
    { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: at },
    { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: at + 0.8 },
    { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: at + 0.5, source: 'default-scheduler' },
    { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: at + 0.52, fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.212s (1.212s including waiting). Image size: 312904123 bytes.', first: at + 0.54, fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: at + 0.56, fieldPath: 'spec.containers{teastore-image}' },
  ],
  logs: {
    'teastore-image#0/teastore-image': [
      cat(at + 0.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6412] milliseconds'),
      cat(at + 0.7, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider: creating 1000 product images (size: 150x150)'),
      cat(at + 0.9, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.image.setup.SetupController.finalizeSetup', 'Image provider finished setup, cache size 0'),
    ],
    'teastore-registry#0/teastore-registry': [
      cat(at + 0.75, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-image:80 for service image'),
      cat(at + 0.85, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registry.rest.RegistryREST.unregister', 'Removed teastore-image:8080 for service image (heartbeat timeout)'),
    ],
    'teastore-webui#0/teastore-webui': webuiLog,
    'teastore-persistence#0/teastore-persistence': [cat(-60 * 24 * 2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [15410] milliseconds'), cat(-5, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.persistence.rest.CategoryEndpoint', 'GET /categories 200')],
  },
};
export const scenarios = [s3];
