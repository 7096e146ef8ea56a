// s67a blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): the image provider rolled out with a
// HOST_NAME it registers under that nobody can resolve; built by scripts/s67a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-04-14T10:40:00Z';
const T = clock(INC);
const BAD = 'teastore-image.teastore-stg.svc.cluster.local';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 10 console (OneLineFormatter): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, where, msg) => {
  const j = T.java(min); // yyyy-MM-dd HH:mm:ss.SSS
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${where} ${msg}`;
};
const sl = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`; // slf4j-simple
const boot = (min, war, extra = []) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Oct 3 2022 14:23:01 UTC'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16.1+1'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [812] milliseconds'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  ...extra,
  tc(min + 0.16, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [8,904] ms`),
  tc(min + 0.16, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.16, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9811] milliseconds'),
];
const pre = (svc) => sl('main', 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', `Pre-initializing client-side load balancer for target: tools.descartes.teastore.${svc}`);
const trace = (exec) => [
  `jakarta.ws.rs.ProcessingException: java.net.UnknownHostException: ${BAD}`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:662)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.call(JerseyInvocation.java:697)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:661)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:439)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.post(JerseyInvocation.java:345)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getWebImages$1(LoadBalancedImageOperations.java:143)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:65)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.lambda$loadBalanceRESTOperation$3(ServiceLoadBalancer.java:222)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$3$1.call(LoadBalancerCommand.java:185)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$3$1.call(LoadBalancerCommand.java:180)',
  '\tat rx.internal.operators.OnSubscribeConcatMap$ConcatMapSubscriber.drain(OnSubscribeConcatMap.java:286)',
  '\t... 41 more',
  `Caused by: java.net.UnknownHostException: ${BAD}`,
  '\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:229)',
  '\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
  '\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:177)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:474)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:569)',
  '\tat java.base/sun.net.www.http.HttpClient.<init>(HttpClient.java:242)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getNewHttpClient(HttpURLConnection.java:1204)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:1015)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector._apply(HttpUrlConnector.java:390)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:268)',
  '\t... 54 more',
  void exec,
].filter((x) => x !== undefined);

const webuiLog = () => {
  const out = [...boot(-60 * 24 * 9, 'tools.descartes.teastore.webui', [pre('persistence'), pre('auth'), pre('image'), pre('recommender')])];
  // Healthy before the rollout: nothing per request. After ~10:14 the image server list holds only the unresolvable host.
  for (let m = -25.8; m < 0; m += 1.9) out.push(...trace(m));
  return out;
};

export const scenarios = [
  {
    folder: 's67a-image-hostname-stg-fqdn',
    description: 'teastore: every shop page (home, category, product) comes back as the 500 "Internal Exception" error page since about 10:15. images team says their pod is up, auth + persistence fine',
    incidentTime: INC,
    expected: { component: 'image', cause: 'config-error' },
    alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Fault: the image provider (teastore-image) was rolled out at 10:13 with HOST_NAME=${BAD} (the value of a staging overlay;
      no teastore-stg namespace exists in this cluster) instead of teastore-image. The dockerbase start.sh writes HOST_NAME into
      context.xml's hostName, and RegistryClient registers the instance in the registry as <hostName>:<servicePort>; nothing
      checks that the name resolves, so the pod starts, registers and stays Ready (upstream has no probes). The registry logs
      "Registered tools.descartes.teastore.image@${BAD}:8080", then the old pod's shutdown unregisters teastore-image:8080.
      The webui's Ribbon load balancer for Service.IMAGE now holds only the unresolvable server: every page asks the image
      provider for the store icon / preview images (LoadBalancedImageOperations), the Jersey client throws ProcessingException
      caused by java.net.UnknownHostException, ServiceLoadBalancer prints the stack trace (onErrorReturn -> printStackTrace)
      and throws "ServiceLoadBalancerResult was null!", and AbstractUIServlet.serveExceptionResponse renders the 500 error page.
      The image provider itself logs nothing after its startup because no request reaches it. TeaStore's Dockerfile says
      HOST_NAME "is the IP address or hostname of the host running the docker container" - the address other services use.
      Manifests: examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system), Tomcat 10.0.27 console format and
      slf4j-simple lines to stdout. Decoy: teastore-recommender was restarted (rollout restart, identical pod templates) three
      days earlier; the webui is the loud component.
      Deviations: the prod overlay sets HOST_NAME explicitly on the image Deployment, as upstream does; the stack frames below
      Jersey are abridged.
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: -27, revision: 5, oldContainers: { 'teastore-image': { env: [
          { name: 'HOST_NAME', value: 'teastore-image' },
          { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        ] } } },
        containers: { 'teastore-image': { env: [
          { name: 'HOST_NAME', value: BAD },
          { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        ] } },
      },
      'teastore-recommender': { rollout: { at: -60 * 24 * 3, revision: 3 } },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1 from 0', first: -27 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -26.5 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -26.5, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.184s (1.184s including waiting). Image size: 311873451 bytes.', first: -26.45, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: -26.45, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -26.44, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -26.3 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog(),
      'teastore-image#0/teastore-image': boot(-26.4, 'tools.descartes.teastore.image', [pre('persistence')]),
      'teastore-registry#0/teastore-registry': [
        ...boot(-60 * 24 * 9, 'tools.descartes.teastore.registry'),
        sl('main', 'INFO', 'tools.descartes.teastore.registry.rest.RegistryStartup', 'Registry online'),
        sl('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.persistence@teastore-persistence:8080'),
        sl('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.auth@teastore-auth:8080'),
        sl('http-nio-8080-exec-5', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.image@teastore-image:8080'),
        sl('http-nio-8080-exec-7', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.webui@teastore-webui:8080'),
        sl('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered tools.descartes.teastore.recommender@teastore-recommender:8080'),
        sl('http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.recommender@teastore-recommender:8080'),
        sl('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered tools.descartes.teastore.image@${BAD}:8080`),
        sl('http-nio-8080-exec-1', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered tools.descartes.teastore.image@teastore-image:8080'),
      ],
      'teastore-persistence#0/teastore-persistence': boot(-60 * 24 * 9, 'tools.descartes.teastore.persistence'),
      'teastore-auth#0/teastore-auth': boot(-60 * 24 * 9, 'tools.descartes.teastore.auth', [pre('persistence')]),
      'teastore-recommender#0/teastore-recommender': boot(-60 * 24 * 3 + 0.5, 'tools.descartes.teastore.recommender', [pre('persistence')]),
    },
  },
];
