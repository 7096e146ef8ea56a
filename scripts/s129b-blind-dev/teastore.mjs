// Blind dev batch s129b: TeaStore scenario.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-05-12T09:40:00Z');
const tc = (min, level, thread, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}-${y} `)} ${level} [${thread}] ${cls} ${msg}`;
const webuiErr = (min, k) => [
  tc(min, 'SEVERE', `http-nio-8080-exec-${k}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.IndexServlet] in context with path [] threw exception',
  ),
  'tools.descartes.teastore.registryclient.util.NotFoundException',
  '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:38)',
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:168)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$2(LoadBalancedCRUDOperations.java:139)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:262)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:139)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:101)',
  '\tat tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest(IndexServlet.java:56)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:209)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
];
const ts1 = {
  folder: 's129b-webui-release-persistence-api-v2',
  description: 'teastore web UI error page on every click since about 9:25. persistance was restarted an hour ago, could that be it?',
  incidentTime: '2026-05-12T09:40:00Z',
  expected: { component: 'webui', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'decoy', 'typo', 'partial-name', 'time-expression'],
  grounding: `
    TeaStore's WebUI reaches persistence through the registry client (LoadBalancedCRUDOperations over Ribbon) at
    /tools.descartes.teastore.persistence/rest/<entity>; a 404 is wrapped as registryclient.util.NotFoundException and the servlet
    renders the error page. Upstream manifest has no probes, so webui pods stay Ready. Fault: a webui image rebuilt from a branch that
    targets a not-yet-released persistence API (/rest/v2/categories) was rolled out (the manifest pulls :latest; the release pinned a
    new tag); the unchanged persistence answers 404 for every v2 path. Decoy: teastore-persistence was restarted (rollout restart,
    same image) an hour earlier and is healthy. Deviations:
    the webui tag 1.4.3-apiv2 and the v2 path are invented; registry and persistence logs follow upstream's Tomcat/JUL format.`,
  workloads: {
    'teastore-webui': {
      rollout: { at: -16, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui' } } },
      containers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.3-apiv2' } },
    },
    'teastore-persistence': {
      rollout: { at: -62, revision: 3, oldPatch: { podAnnotations: undefined } },
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-62) } },
    },
  },
  events: [
    { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -62 },
    { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -61.4 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -16 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -15.3 },
    { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui:1.4.3-apiv2" in 6.803s (6.803s including waiting). Image size: 243118920 bytes.', first: -15.8, fieldPath: 'spec.containers{teastore-webui}' },
    { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -15.7, fieldPath: 'spec.containers{teastore-webui}' },
  ],
  logs: {
    'teastore-webui#0/teastore-webui': [
      tc(-15.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14212] milliseconds'),
      tc(-15.2, 'INFO', 'Thread-3', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered service at registry: teastore-webui:8080'),
      ...[1, 2, 3, 4, 5, 6].flatMap((k) => webuiErr(-13 + k * 1.9, k)),
    ],
    'teastore-persistence#0/teastore-persistence': [
      tc(-61, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21876] milliseconds'),
      tc(-60.8, 'INFO', 'Thread-4', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered service at registry: teastore-persistence:8080'),
      tc(-60.5, 'INFO', 'Thread-5', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run', 'Database already populated, skipping data generation.'),
    ],
    'teastore-registry#0/teastore-registry': [
      tc(-60.8, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered service: teastore-persistence at teastore-persistence:8080'),
      tc(-15.2, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered service: teastore-webui at teastore-webui:8080'),
      tc(-15.1, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registry.rest.RegistryREST.unregister', 'Unregistered service: teastore-webui at teastore-webui:8080'),
    ],
  },
};

export const scenarios = [ts1];
