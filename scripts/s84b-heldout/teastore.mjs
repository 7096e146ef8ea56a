// Blind held-out batch s84b: the TeaStore scenario of this batch (spec for scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/teastore.mjs as it is; the scenario lists only what differs from upstream.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-04-21T14:18:00Z');
const cat = (min, level, thread, logger, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${logger} ${msg}`;
};
const lbFail = (min, thread, svc) => [
  cat(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${svc}] in context with path [] threw exception`),
  'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for Load Balancer.',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:213)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:121)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:86)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
];

export const scenarios = [
  {
    folder: 's84b-shop-service-unavailable',
    incidentTime: '2026-04-21T14:18:00Z',
    description: 'teastore web shows "service unavailable" on every category page since around 2pm, registry pod looks fine',
    expected: { component: 'persistence', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'persistence', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): every Tomcat service
      finds teastore-persistence through teastore-registry (REGISTRY_HOST) and only persistence talks to teastore-db; the
      Deployments run one replica and set no probes. Fault shape: a mistaken \`kubectl scale --replicas=0\` (the
      operator meant a staging namespace) leaves the teastore-persistence Deployment at 0 replicas, its Service
      without endpoints and the registry without a persistence instance once the heartbeat lapses; webui, auth,
      image and recommender log LoadBalancerTimeoutException while their pods stay Ready. Deviations from upstream:
      none besides the scale-down (the kit writes no nodePort for the webui NodePort Service).`,
    workloads: {
      'teastore-persistence': {
        replicas: 0,
        since: -60 * 24 * 12,
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "teastore-persistence-%RSNAME%" has successfully progressed.' },
          ],
        },
        endpointsChanged: -19,
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%NEW% from 1 to 0', first: -19.2 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-47, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.Registry.register', 'Registered teastore-webui at registry'),
        ...lbFail(-18.4, 'http-nio-8080-exec-12', 'CategoryServlet'),
        ...lbFail(-12.1, 'http-nio-8080-exec-4', 'CategoryServlet'),
        ...lbFail(-6.7, 'http-nio-8080-exec-9', 'ProductServlet'),
        ...lbFail(-1.3, 'http-nio-8080-exec-15', 'CategoryServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        ...lbFail(-15.9, 'http-nio-8080-exec-2', 'Jersey REST Service').map((l) => l.replace('webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:86)', 'auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:161)')),
        ...lbFail(-4.2, 'http-nio-8080-exec-6', 'Jersey REST Service').map((l) => l.replace('webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:86)', 'auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:161)')),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-600, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
        cat(-16.5, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Could not retrieve orders and items from persistence: Timeout waiting for Load Balancer.'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-60 * 24 * 12, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [3412] milliseconds'),
      ],
      'teastore-db#0/teastore-db': [
        `${T.iso(-60 * 24 * 12).replace('T', ' ').replace('Z', '')} 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
        `${T.iso(-19.1).replace('T', ' ').replace('Z', '')} 431 [Warning] Aborted connection 431 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-webui#0%' (Got an error reading communication packets)`.replace('%IPOF:teastore-webui#0%', '10.244.2.17'),
      ],
    },
  },
];
