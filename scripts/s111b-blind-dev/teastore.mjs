// Blind dev batch s111b: TeaStore scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// The auth webapp's Tomcat context was stopped by a failed Manager redeploy; pods stay Running/Ready, webui is loud.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';
const I = '2026-05-12T10:41:00Z';
const T = clock(I);
const J = (m, lvl, cls, msg) => `${T.java(m).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y}`)} ${lvl} [${cls}] ${msg}`;
export const scenarios = [
  {
    folder: 's111b-auth-context-undeployed',
    description: 'tea store login broken since ~10:25, "Login failed" for every user, browsing still works',
    incidentTime: I,
    expected: { component: 'auth', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'partial-name'],
    grounding: `TeaStore webui calls the auth service over REST (tools.descartes.teastore.auth context on Tomcat 8080, address
      from the registry); upstream sets no probes, so a pod whose webapp is gone stays Running and Ready. Fault shape:
      Tomcat "Undeploying context" after a hot redeploy whose context failed to start (Tomcat Manager / autoDeploy,
      see Apache Tomcat bug reports of a failed reload leaving the context stopped): the connector keeps answering, every
      /tools.descartes.teastore.auth/rest/* request gets 404, webui logs the failing login. Deviation: the redeploy was
      done by hand inside the container (no rollout, no restart); the registry still lists the auth instance.`,
    logs: {
      'teastore-auth#0/teastore-auth': [
        J(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [14211] milliseconds'),
        J(-17.2, 'INFO', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.startup.HostConfig.reload Reloading context [/tools.descartes.teastore.auth]'),
        J(-17.1, 'INFO', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.core.StandardContext.reload Reloading Context with name [/tools.descartes.teastore.auth] has started'),
        J(-17.0, 'SEVERE', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file'),
        J(-17.0, 'SEVERE', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.core.StandardContext.startInternal Context [/tools.descartes.teastore.auth] startup failed due to previous errors'),
        J(-16.9, 'INFO', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.core.StandardContext.reload Reloading Context with name [/tools.descartes.teastore.auth] is completed'),
        J(-16.5, 'INFO', 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', 'org.apache.catalina.startup.HostConfig.undeploy Undeploying context [/tools.descartes.teastore.auth]'),
      ],
      'teastore-webui#0/teastore-webui': [
        J(-30, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.RegistryClient Updated load balancer for service AUTH: 1 instances'),
        J(-15.8, 'WARNING', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Error calling auth at teastore-auth:8080: javax.ws.rs.NotFoundException: HTTP 404 Not Found'),
        J(-15.8, 'SEVERE', 'http-nio-8080-exec-7', 'tools.descartes.teastore.webui.servlet.LoginActionServlet handlePOSTRequest tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for auth at teastore-auth:8080'),
        J(-9.2, 'WARNING', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Error calling auth at teastore-auth:8080: javax.ws.rs.NotFoundException: HTTP 404 Not Found'),
        J(-9.2, 'SEVERE', 'http-nio-8080-exec-2', 'tools.descartes.teastore.webui.servlet.CartActionServlet handlePOSTRequest javax.ws.rs.NotFoundException: HTTP 404 Not Found'),
        J(-2.4, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Error calling auth at teastore-auth:8080: javax.ws.rs.NotFoundException: HTTP 404 Not Found'),
        J(-2.4, 'SEVERE', 'http-nio-8080-exec-9', 'tools.descartes.teastore.webui.servlet.LoginActionServlet handlePOSTRequest tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for auth at teastore-auth:8080'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        J(-40, 'INFO', 'http-nio-8080-exec-3', 'org.eclipse.persistence.session Communication with teastore-db:3306 ok, connection pool 4/10'),
      ],
    },
  },
];
