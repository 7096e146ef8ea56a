import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const IT = '2026-05-06T09:52:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, lvl, cls, msg) => `${T.java(min).slice(8, 10)}-${MON[Number(T.java(min).slice(5, 7)) - 1]}-${T.java(min).slice(0, 4)} ${T.java(min).slice(11)} ${lvl} [http-nio-8080-exec-${(Math.abs(Math.round(min * 7)) % 9) + 1}] ${cls} ${msg}`;
const refused = (cls, min) => [
  cat(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${cls}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:252)',
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:193)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$5(LoadBalancedCRUDOperations.java:146)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:217)',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.net.Socket.connect(Socket.java:607)',
  '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:463)',
];
export const scenarios = [
  {
    folder: 's132a-persistence-svc-selector',
    incidentTime: IT,
    description: 'teastore webui shows 500 on every category page since 9:35ish, login broken too. persistance pods look fine??',
    expected: { component: 'persistence', cause: 'no-endpoints' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml: the teastore-persistence Service selects run: teastore-persistence
      and every Tomcat service reaches persistence through the registry, which hands out HOST_NAME (the Service name) and
      port 8080. Fault: a label clean-up applied at ~09:35 replaced the Service's selector with app.kubernetes.io/name:
      teastore-persistence, which no pod carries; the Endpoints object is left without addresses, kube-proxy rejects
      connections to the ClusterIP (connection refused), and webui, auth and recommender log Jersey ConnectException
      stack traces while the persistence pod stays Running and Ready with a quiet log. This follows the common
      "selector does not match pod labels" outage described in the Kubernetes debug-service docs.
      Deviation from upstream: the changed selector; log layout follows Tomcat's default JULI OneLineFormatter.`,
    workloads: {
      'teastore-persistence': { serviceSelector: { 'app.kubernetes.io/name': 'teastore-persistence' }, endpointsChanged: -17 },
    },
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 24 * 9 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18734] milliseconds'),
        cat(-60 * 24 * 9 + 1.2, 'INFO', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run', 'Database already populated. Skipping data generation.'),
        cat(-60 * 24 * 9 + 1.3, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered with registry as teastore-persistence:8080'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.refresh', 'Updated service list for PERSISTENCE: [teastore-persistence:8080]'),
        ...refused('CategoryServlet', -16.5),
        ...refused('LoginActionServlet', -11.2),
        ...refused('CategoryServlet', -3.4),
        ...refused('ProductServlet', -0.8),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-14.8, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-persistence:8080 not reachable, retrying: java.net.ConnectException: Connection refused (Connection refused)'),
        cat(-6.1, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-persistence:8080 not reachable, retrying: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-15.9, 'WARNING', 'tools.descartes.teastore.recommender.servlet.RetrainDaemon.run', 'Retraining failed, persistence not reachable: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
    },
  },
];
