// Batch s92a held-out scenario for TeaStore (split: test), written blind with the session-2 kit.
// System: scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-15T19:08:00Z');
const cat = (min, level, thread, cls, msg) => {
  const x = new Date(Date.parse('2026-05-15T19:08:00Z') + Math.round(min * 60000));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(x.getUTCDate())}-${mon}-${x.getUTCFullYear()} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}.${p(x.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const refused = (min, thread, caller) => [
  cat(min, 'SEVERE', thread, `org.apache.catalina.core.StandardWrapperValve.invoke`, `Servlet.service() for servlet [${caller}] in context with path [] threw exception`),
  'jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
  '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:54)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:122)',
  'Caused by: java.net.ConnectException: Connection refused',
  '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
  '\tat java.base/java.net.Socket.connect(Socket.java:633)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:178)',
];

export const scenarios = [
  {
    folder: 's92a-persistence-selector-track-label',
    incidentTime: '2026-05-15T19:08:00Z',
    description: 'teastore shop shows 500 on category pages + login since about 18:50, all pods green in the dashboard. shop-core pls look',
    expected: { component: 'persistence', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      A Service selector that selects no pod: the teastore-persistence Service was re-applied from the canary
      tooling's template with an extra selector label (track: stable) that the Deployment's pods do not carry, so its
      Endpoints have no addresses although both persistence pods are Running and Ready. TeaStore services register
      HOST_NAME (the Service name) with the registry, so webui, auth and recommender keep resolving
      teastore-persistence:8080 and get "Connection refused" from the Service address (kube-proxy rejects a Service
      with no endpoints). Manifest facts as upstream (Tomcat images, HOST_NAME/REGISTRY_HOST/DB_HOST env, port 8080,
      no probes, Services selecting run: <name>). Deviation: the extra selector label and the second persistence
      replica are invented; no rollout happened.`,
    workloads: {
      'teastore-persistence': { replicas: 2, serviceSelector: { run: 'teastore-persistence', track: 'stable' }, endpointsChanged: -18 },
    },
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 30, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18422] milliseconds'),
        cat(-30, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-persistence:8080 with registry'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-25, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-webui:8080 with registry'),
        ...refused(-17.6, 'http-nio-8080-exec-7', 'CategoryServlet'),
        ...refused(-12.3, 'http-nio-8080-exec-2', 'LoginActionServlet'),
        ...refused(-6.8, 'http-nio-8080-exec-9', 'CategoryServlet'),
        ...refused(-1.4, 'http-nio-8080-exec-4', 'ProductServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        ...refused(-12.3, 'http-nio-8080-exec-3', 'AuthUserActionsRest'),
        ...refused(-4.9, 'http-nio-8080-exec-6', 'AuthUserActionsRest'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-17, 'WARNING', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying...'),
        cat(-7, 'WARNING', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying...'),
      ],
    },
  },
];
