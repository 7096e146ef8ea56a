// Blind dev batch s65b, TeaStore: the kit system (scripts/kit-systems/teastore.mjs) and one scenario, persistence
// re-deployed with a misspelled HOST_NAME that it registers in the registry, so every caller resolves a name that does not exist.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-07-14T13:20:00Z';
const T = clock(INC);
const ROLL = -52;
const BAD = 'teastore-persistance.teastore.svc.cluster.local';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 10 console (catalina.sh run) line
const cat = (min, lvl, thread, src, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${src} ${msg}`;
};
// slf4j-simple (RegistryClient sets org.slf4j.simpleLogger.logFile=System.out): no timestamp
const simple = (thread, lvl, logger, msg) => `[${thread}] ${lvl} ${logger} - ${msg}`;

const tomcatBoot = (min, app, ms) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.17+8'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${app}.war]`),
  cat(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${app}.war] has finished in [${ms.toLocaleString('en-US')}] ms`),
  cat(min + ms / 60000 + 0.001, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + ms / 60000 + 0.002, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms + 412}] milliseconds`),
];

// e.printStackTrace() of ServiceLoadBalancer's onErrorReturn, once per call to persistence
const trace = (caller) => [
  `jakarta.ws.rs.ProcessingException: java.net.UnknownHostException: ${BAD}`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:275)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:675)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.call(JerseyInvocation.java:697)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$runInScope$3(JerseyInvocation.java:691)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:274)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:205)',
  '\tat org.glassfish.jersey.process.internal.RequestScope.runInScope(RequestScope.java:390)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.runInScope(JerseyInvocation.java:691)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:674)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:422)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.get(JerseyInvocation.java:318)',
  ...caller,
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:54)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.lambda$loadBalanceRESTOperation$1(ServiceLoadBalancer.java:224)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$3$1.call(LoadBalancerCommand.java:185)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$3$1.call(LoadBalancerCommand.java:180)',
  '\tat rx.Observable.unsafeSubscribe(Observable.java:10327)',
  '\tat rx.internal.operators.OnSubscribeConcatMap$ConcatMapSubscriber.drain(OnSubscribeConcatMap.java:286)',
  '\tat rx.internal.operators.OnSubscribeConcatMap$ConcatMapSubscriber.onNext(OnSubscribeConcatMap.java:144)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$1.call(LoadBalancerCommand.java:185)',
  '\tat rx.Observable.unsafeSubscribe(Observable.java:10327)',
  '\tat rx.observables.BlockingObservable.blockForSingle(BlockingObservable.java:443)',
  '\tat rx.observables.BlockingObservable.first(BlockingObservable.java:166)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:228)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:201)',
  `Caused by: java.net.UnknownHostException: ${BAD}`,
  '\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:220)',
  '\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:403)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
  '\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:177)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:474)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:569)',
  '\tat java.base/sun.net.www.http.HttpClient.<init>(HttpClient.java:242)',
  '\tat java.base/sun.net.www.http.HttpClient.New(HttpClient.java:341)',
  '\tat java.base/sun.net.www.http.HttpClient.New(HttpClient.java:362)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getNewHttpClient(HttpURLConnection.java:1253)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1187)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.plainConnect(HttpURLConnection.java:1081)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:1015)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1592)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1520)',
  '\tat java.base/java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:527)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector._apply(HttpUrlConnector.java:367)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:273)',
  '\t... 71 more',
];
const CATEGORIES = [
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:230)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$3(LoadBalancedCRUDOperations.java:128)',
];
const PRODUCTS = [
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:284)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$4(LoadBalancedCRUDOperations.java:153)',
];
const USER = [
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntityWithProperty(NonBalancedCRUDOperations.java:330)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntityWithProperty$6(LoadBalancedCRUDOperations.java:200)',
];

function webuiLogs() {
  const out = [...tomcatBoot(-60 * 24 * 9 + 0.2, 'webui', 14210)];
  for (let m = ROLL + 1.6; m < -0.2; m += 0.45) {
    out.push(...trace(CATEGORIES));
    if (Math.round(m * 20) % 3 === 0) out.push(...trace(PRODUCTS));
  }
  return out;
}
function authLogs() {
  const out = [...tomcatBoot(-60 * 24 * 9 + 0.25, 'auth', 11872)];
  for (let m = ROLL + 2.3; m < -0.5; m += 3.1) out.push(...trace(USER));
  return out;
}
function registryLogs() {
  const t = (n) => `http-nio-8080-exec-${n}`;
  const R = 'tools.descartes.teastore.registry.rest.Registry';
  return [
    ...tomcatBoot(-60 * 24 * 9, 'registry', 5320),
    simple('main', 'INFO', 'tools.descartes.teastore.registry.rest.RegistryStartup', 'Registry online'),
    simple(t(1), 'INFO', R, 'Registered tools.descartes.teastore.persistence@teastore-persistence:8080'),
    simple(t(2), 'INFO', R, 'Registered tools.descartes.teastore.auth@teastore-auth:8080'),
    simple(t(4), 'INFO', R, 'Registered tools.descartes.teastore.image@teastore-image:8080'),
    simple(t(3), 'INFO', R, 'Registered tools.descartes.teastore.recommender@teastore-recommender:8080'),
    simple(t(5), 'INFO', R, 'Registered tools.descartes.teastore.webui@teastore-webui:8080'),
    // the recommender's restart 4 days ago
    simple(t(7), 'INFO', R, 'Unregistered tools.descartes.teastore.recommender@teastore-recommender:8080'),
    simple(t(9), 'INFO', R, 'Registered tools.descartes.teastore.recommender@teastore-recommender:8080'),
    // the persistence rollout
    simple(t(6), 'INFO', R, `Registered tools.descartes.teastore.persistence@${BAD}:8080`),
    simple(t(8), 'INFO', R, 'Unregistered tools.descartes.teastore.persistence@teastore-persistence:8080'),
  ];
}
function persistenceLogs() {
  const s = ROLL + 0.82;
  return [
    ...tomcatBoot(s, 'persistence', 12904).slice(0, 4),
    `[EL Info]: ${T.java(s + 0.15)}--ServerSession(1288235781)--EclipseLink, version: Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3`,
    `[EL Info]: connection: ${T.java(s + 0.16)}--ServerSession(1288235781)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`,
    ...tomcatBoot(s, 'persistence', 12904).slice(4),
  ];
}

const ENV = (host) => [
  { name: 'HOST_NAME', value: host },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: 'teastore-db' },
  { name: 'DB_PORT', value: '3306' },
];

export const scenarios = [
  {
    folder: 's65b-persistence-hostname-typo-registered',
    description: 'teastore: every page is the error page since ~12:30, login broken too. db is up (checked), webui pods look fine??',
    incidentTime: INC,
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'callers-only', 'typo', 'decoy', 'time-expression'],
    grounding: `
      Manifest and code facts (TeaStore teastore-clusterip.yaml and sources at 5ab1188): every Tomcat service gets HOST_NAME,
      which dockerbase/start.sh writes into context.xml as the hostName the service registers with in teastore-registry
      (RegistryClient, Registry "Registered <service>@<host>:<port>"); callers never use the Kubernetes Service of
      persistence, they call whatever host the registry lists (ServiceLoadBalancer over Ribbon). Nothing checks that the
      name resolves, so a wrong HOST_NAME starts cleanly and is Ready (no probes upstream).
      Fault: the shop-core team changed persistence's HOST_NAME to a fully-qualified name to prepare a second namespace, and
      misspelled it (teastore-persistance.teastore.svc.cluster.local); the RollingUpdate at 12:28 brought up the new pod,
      which registered the misspelled host, and the old pod unregistered teastore-persistence:8080 when it stopped. The new
      persistence pod is Running, Ready, quiet and healthy (EclipseLink login successful); webui and auth now resolve the
      registered name for every call to persistence, get java.net.UnknownHostException wrapped in Jersey's
      ProcessingException (not retried: DefaultLoadBalancerRetryHandler retries only connect/timeout errors), print the
      stack trace from ServiceLoadBalancer's onErrorReturn, and serve the 500 error page. The ReplicaSets of revision 3 and
      4 differ only in HOST_NAME. Public shape: a service registering an address its clients cannot resolve (Eureka /
      Consul "registered with the wrong hostname" reports; TeaStore's own docs on setting HOST_NAME).
      Decoy: teastore-recommender restarted 4 days ago after an OOM kill and re-registered; teastore-db is untouched.
      Deviations: none in the manifests; the rename and the typo are invented.`,
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { env: ENV(BAD) } },
        rollout: { at: ROLL, revision: 4, oldContainers: { 'teastore-persistence': { env: ENV('teastore-persistence') } } },
      },
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 4 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: ROLL + 1.05, last: ROLL + 1.05 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: 'Pulling image "descartesresearch/teastore-persistence"', first: ROLL + 0.52, last: ROLL + 0.52 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 13.912s (13.912s including waiting). Image size: 290813247 bytes.', first: ROLL + 0.76, last: ROLL + 0.76 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', fieldPath: 'spec.containers{teastore-persistence}', message: 'Created container teastore-persistence', first: ROLL + 0.78, last: ROLL + 0.78 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: ROLL + 0.8, last: ROLL + 0.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLogs(),
      'teastore-auth#0/teastore-auth': authLogs(),
      'teastore-registry#0/teastore-registry': registryLogs(),
      'teastore-persistence#0/teastore-persistence': persistenceLogs(),
    },
  },
];
