// Blind held-out batch s88b: one TeaStore scenario (split test) as a spec of the scenario kit.
// System from scripts/kit-systems/teastore.mjs; built by scripts/s88b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-05-19T10:41:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, cls, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const restartedAt = T.iso(-37).replace('Z', '+00:00');

export const scenarios = [
  {
    folder: 's88b-login-complaint-earlier-today',
    description: 'support ticket: a few customers couldnt log in to the tea shop around 10:05, is something broken? seems ok when I try',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (teastore-auth, one replica, no probes; the
      webui calls auth through the registry's client-side load balancer).
      No fault: at 10:04 the platform team ran kubectl rollout restart on teastore-auth (the new ReplicaSet's template
      differs from the old one only by the kubectl.kubernetes.io/restartedAt annotation). Upstream sets no readiness
      probe, so for the seconds while the new Tomcat deployed its webapp the webui's login calls failed (connection refused,
      then 404 before the context started) and a handful of logins errored; the old instance deregistered from the
      registry and the new one registered. Everything has served normally for more than half an hour: every pod is
      Running and Ready, the webui logs successful logins since 10:06.
      Deviations from upstream: none besides the restart annotation.`,
    workloads: {
      'teastore-auth': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } },
        rollout: { at: -37, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -37 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -36.5 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -36.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-auth}', message: 'Pulling image "descartesresearch/teastore-auth"', first: -36.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-auth}', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.204s (1.204s including waiting). Image size: 312478214 bytes.', first: -36.8 },
      { on: 'pod:teastore-auth#0', reason: 'Created', fieldPath: 'spec.containers{teastore-auth}', message: 'Created container teastore-auth', first: -36.8 },
      { on: 'pod:teastore-auth#0', reason: 'Started', fieldPath: 'spec.containers{teastore-auth}', message: 'Started container teastore-auth', first: -36.7 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': [
        tc(-36.6, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
        tc(-36.4, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war]'),
        tc(-35.9, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [30,112] ms'),
        tc(-35.9, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(-35.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 30418 ms'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login successful for user user27'),
        tc(-36.4, 'WARNING', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-auth at %IPOF:teastore-auth#0%:8080 not available: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        tc(-36.3, 'SEVERE', 'http-nio-8080-exec-7', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [] threw exception [tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for service teastore-auth] with root cause'),
        tc(-36.1, 'WARNING', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap', 'Received HTTP 404 from teastore-auth; the service is still starting'),
        tc(-35.2, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login successful for user user112'),
        tc(-12, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login successful for user user8'),
        tc(-1.3, 'INFO', 'http-nio-8080-exec-9', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login successful for user user54'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-36.6, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registry.rest.RegistryREST.unregister', 'Unregistered teastore-auth at %IPOF:teastore-auth#old0%:8080'),
        tc(-35.9, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-auth at %IPOF:teastore-auth#0%:8080'),
      ],
    },
  },
];
