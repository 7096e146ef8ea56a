// Blind dev batch s127b: TeaStore scenario (auth release with a Jackson core/databind mismatch).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-02-19T10:21:00Z');
const tc = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n, w = 2) => String(n).padStart(w, '0'); const M = ['Jan', 'Feb', 'Mar'][d.getUTCMonth()]; return `${p(d.getUTCDate())}-${M}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };
const nsme = `java.lang.NoSuchMethodError: 'com.fasterxml.jackson.core.util.JacksonFeatureSet com.fasterxml.jackson.core.JsonParser.getReadCapabilities()'`;
const auth = [
  `${tc(-15.6)} INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [812] milliseconds`,
  `${tc(-15.2)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [9,340] ms`,
  `${tc(-15.1)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(-15.0)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [10,377] milliseconds`,
];
const webui = [];
for (let m = -60; m < -15; m += 5) webui.push(`${tc(m)} INFO [http-nio-8080-exec-4] tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest login ok for user user${Math.abs(Math.round(m)) % 90 + 1}`);
for (let m = -14.5; m < -0.3; m += 1.1) {
  auth.push(`${tc(m)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(m)) % 10 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [org.glassfish.jersey.server.ContainerException: ${nsme}] with root cause
	${nsme}
		at com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4779)
		at com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:3738)
		at org.glassfish.jersey.jackson.internal.jackson.jaxrs.base.ProviderBase.readFrom(ProviderBase.java:838)
		at tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:181)
		at java.base/java.lang.Thread.run(Thread.java:829)`);
  webui.push(`${tc(m + 0.01)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(m * 3)) % 10 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception
	javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error
		at org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)
		at tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:37)
		at tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:138)
		at tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:72)`);
  webui.push(`${tc(m + 0.05)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest category 2 page 1 served`);
}
const reg = [`${tc(-15.0)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.registry.rest.RegistryREST.register Registered auth service at teastore-auth:8080 (heartbeat)`];

export const scenarios = [{
  folder: 's127b-auth-release-jackson-mismatch',
  incidentTime: T.iso(0),
  description: 'nobody can log in to the tea shop since ~10:05, webui shows error page on login. browsing categories still works. webui wasnt touched',
  expected: { component: 'auth', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
  grounding: `
    TeaStore teastore-clusterip.yaml (kit system); this operator pins image tags (deviation: upstream uses :latest).
    At 10:05 teastore-auth was rolled from 1.4.1 to 1.4.3, a build whose WAR bundles jackson-databind 2.12 with an
    older jackson-core; Tomcat starts, the service registers with the registry and the pod is Ready, but every JSON
    request body hits java.lang.NoSuchMethodError JsonParser.getReadCapabilities() (the well-known databind/core version
    mismatch reported on FasterXML/jackson-databind issues). webui's LoginActionServlet gets HTTP 500 from auth and logs
    the louder InternalServerErrorException; category pages (persistence) still work. The old ReplicaSet keeps 1.4.1.
    Deviations: tag pinning and the exact jar versions are invented.`,
  workloads: {
    'teastore-auth': { rollout: { at: -16.5, revision: 4, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.1' } } }, containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } } },
  },
  events: [
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -16.5, last: -16.5 },
    { on: 'pod:teastore-auth#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-auth:1.4.3"', first: -15.9, last: -15.9, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth:1.4.3" in 4.812s (4.812s including waiting). Image size: 212483811 bytes.', first: -15.8, last: -15.8, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -15.7, last: -15.7, fieldPath: 'spec.containers{teastore-auth}' },
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -14.9, last: -14.9 },
  ],
  logs: {
    'teastore-auth#0/teastore-auth': auth,
    'teastore-webui#0/teastore-webui': webui,
    'teastore-registry#0/teastore-registry': reg,
  },
}];
