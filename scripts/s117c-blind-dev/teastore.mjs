// Batch s117c (blind dev): one TeaStore scenario on the kit system definition.
// The webui's REGISTRY_HOST edited in place to a transposed name (teastore-regsitry): the webui cannot find any service.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };
const INC = '2026-04-23T16:05:00Z';
const T = clock(INC);
const webui = system.workloads.find((w) => w.name === 'teastore-webui');
const badEnv = webui.containers[0].env.map((e) => e.name === 'REGISTRY_HOST' ? { ...e, value: 'teastore-regsitry' } : e);
const logs = [
  `${T.java(-18)} INFO  [main] org.apache.catalina.startup.Catalina: Server startup in [9214] milliseconds`,
];
for (let m = -17; m < -0.4; m += 1.9) logs.push(`${T.java(m)} WARN  [Thread-3] tools.descartes.teastore.registryclient.RegistryClient: Registry not online. Retrying ... (javax.ws.rs.ProcessingException: java.net.UnknownHostException: teastore-regsitry)`,
  `${T.java(m + 0.2)} ERROR [http-nio-8080-exec-${1 + Math.round(-m) % 10}] tools.descartes.teastore.webui.servlet.AbstractUIServlet: tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for Store-Service: teastore-auth`);
const reg = [];
for (let m = -30; m < -0.4; m += 5) reg.push(`${T.java(m)} INFO  [http-nio-8080-exec-2] tools.descartes.teastore.registry.rest.RegistryREST: Heartbeat from teastore-persistence:8080`);
export const scenarios = [{
  folder: 's117c-webui-registry-host-transposed',
  incidentTime: INC,
  description: 'teastore shop pages all erroring after someone tweaked the webui env ~20 min ago?? backend services look green',
  expected: { component: 'webui', cause: 'config-error' },
  alsoAcceptable: [{ component: 'webui', cause: 'network-fault' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'typo', 'time-expression'],
  workloads: { 'teastore-webui': { rollout: { at: -18.5, revision: 4, oldContainers: { 'teastore-webui': { env: webui.containers[0].env } } }, containers: { 'teastore-webui': { env: badEnv } } } },
  events: [
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -18.5 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -17.8 },
  ],
  logs: { 'teastore-webui#0/teastore-webui': logs, 'teastore-registry#0/teastore-registry': reg },
  grounding: `teastore-clusterip.yaml (5ab1188) gives every Tomcat service REGISTRY_HOST=teastore-registry; the registry client looks
  up the other services through it and keeps retrying when it is unreachable, so Tomcat starts and (no probes upstream) the pod is Ready.
  Fault: \`kubectl set env deploy/teastore-webui REGISTRY_HOST=teastore-regsitry\` (letters transposed): the name does not resolve,
  the webui never learns any instance and each page fails with a load-balancer timeout. Other services keep heart-beating to the
  registry. Deviation from upstream: that env value in revision 4 (the old ReplicaSet keeps the upstream value).`,
}];
