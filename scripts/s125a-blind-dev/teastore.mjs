// Batch s125a (blind dev): TeaStore scenario; system from scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
export const scenarios = [];

// 4. teastore-persistence runs out of file descriptors; callers and the DB connection errors are louder.
{
  const incidentTime = '2026-12-08T10:37:00Z';
  const T = clock(incidentTime);
  const cat = (min, lvl, thread, logger, msg) => {
    const d = new Date(Date.parse(T.isoMs(min)));
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [${thread}] ${logger} ${msg}`;
  };
  const emfile = (min) => [
    cat(min, 'SEVERE', 'http-nio-8080-Acceptor', 'org.apache.tomcat.util.net.Acceptor.run', 'Socket accept failed'),
    `\tjava.io.IOException: Too many open files`,
    `\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept0(Native Method)`,
    `\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:533)`,
    `\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:548)`,
    `\t\tat org.apache.tomcat.util.net.Acceptor.run(Acceptor.java:129)`,
    `\t\tat java.base/java.lang.Thread.run(Thread.java:840)`,
  ];
  const lbTimeout = (min, who, svc) => [
    cat(min, 'SEVERE', 'http-nio-8080-exec-' + (min & 7 + 2), `org.apache.catalina.core.StandardWrapperValve.invoke`, `Servlet.service() for servlet [${who}] in context with path [/tools.descartes.teastore.${who.toLowerCase()}] threw exception`),
    `\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at endpoint: ${svc}, with target null`,
    `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:162)`,
    `\tCaused by: javax.ws.rs.ProcessingException: java.net.SocketException: Connection reset`,
  ];
  scenarios.push({
    folder: 's125a-persistence-too-many-open-files', incidentTime,
    description: 'teastore: product pages + login erroring for ~20 min (since 10:15?), webui shows 500s. persistnce says it cant connect to the db but db looks fine??',
    expected: { component: 'persistence', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'decoy', 'typo', 'time-expression', 'partial-name'],
    grounding: `teastore-clusterip.yaml: teastore-persistence (Tomcat, DB_HOST=teastore-db, no probes, no resources); webui, auth and recommender
      call it through the registry client's load balancer. The fault follows Tomcat's well-known "Socket accept failed ... java.io.IOException:
      Too many open files" acceptor failure: the process hits its RLIMIT_NOFILE, so it can neither accept HTTP connections nor open new
      MySQL sockets (Connector/J "Communications link failure ... Too many open files"). The pod stays Running and Ready (no probes).
      Deviations: the descriptor leak (an unclosed per-request JAX-RS client to the registry in a local patch) is invented; teastore-db's
      "Aborted connection" warnings are the consequence, not the cause; no other decoy is added.`,
    workloads: {},
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18211] milliseconds'),
        ...emfile(-22),
        `[EL Severe]: 2026-12-08 10:16:02.481--ServerSession(1459207271)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3): org.eclipse.persistence.exceptions.DatabaseException`,
        `Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure`,
        ``,
        `The last packet successfully received from the server was 4 milliseconds ago. The last packet sent successfully to the server was 0 milliseconds ago.`,
        `Caused by: java.net.SocketException: Too many open files`,
        `\tat java.base/sun.nio.ch.Net.socket0(Native Method)`,
        ...emfile(-13),
        ...emfile(-4),
      ],
      'teastore-webui#0/teastore-webui': [
        ...lbTimeout(-20, 'CategoryServlet', 'teastore-persistence'),
        ...lbTimeout(-12, 'ProductServlet', 'teastore-persistence'),
        ...lbTimeout(-3, 'CategoryServlet', 'teastore-persistence'),
      ],
      'teastore-auth#0/teastore-auth': [
        ...lbTimeout(-15, 'AuthUserActionsRestServlet', 'teastore-persistence'),
        ...lbTimeout(-5, 'AuthUserActionsRestServlet', 'teastore-persistence'),
      ],
      'teastore-db#0/teastore-db': [
        `2026-12-08 10:16:02 412 [Warning] Aborted connection 412 to db: 'teastore' user: 'teacup' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
        `2026-12-08 10:24:40 433 [Warning] Aborted connection 433 to db: 'teastore' user: 'teacup' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
      ],
    },
  });
}
