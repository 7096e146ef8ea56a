// Held-out batch s88a (split: test): one TeaStore scenario on the kit system scripts/kit-systems/teastore.mjs.
// Built by scripts/s88a-build.mjs; grounding in the scenario's own text.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const incidentTime = '2026-05-19T08:04:00Z';
const T = clock(incidentTime);
const catalina = (min, level, logger, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [http-nio-8080-exec-${(Math.abs(Math.round(min * 7)) % 10) + 1}] ${logger} ${msg}`;
const refused = (min) => [
  catalina(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
  'Error Code: 0',
  '\tat org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl.deploy(EntityManagerSetupImpl.java:854)',
  '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:61)',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createSocket(AbstractConnectProtocol.java:246)',
  '\t... 62 more',
];

export const scenarios = [
  {
    folder: 's88a-teastore-db-left-at-zero',
    incidentTime,
    description: 'teastore shop throws 500 on every category page since the maint window ended (~07:30), registry + auth look fine',
    expected: { component: 'teastore-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Manifest: teastore-clusterip.yaml at 5ab1188 runs teastore-db as a Deployment of one replica behind the Service
      teastore-db:3306; teastore-persistence reads DB_HOST=teastore-db / DB_PORT=3306. Fault: a Deployment scaled to zero
      for a maintenance window (kubectl scale deploy/teastore-db --replicas=0) and never scaled back, a routine
      operational slip (Kubernetes docs "Scaling a Deployment"); the Service keeps its ClusterIP with no endpoints, so
      kube-proxy rejects connections (Connection refused) and persistence's JPA calls fail, webui shows 500.
      Deployment status of a zero-replica Deployment is Available=True (0 of 0). Decoy: teastore-recommender restarted
      once three days ago (exit 143 on a node reboot), healthy since. Deviations from upstream: none besides the scale.
    `,
    workloads: {
      'teastore-db': {
        replicas: 0,
        pods: [],
        endpointsChanged: -36,
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "teastore-db-%NEW%" has successfully progressed.' },
          ],
        },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.4) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%NEW% to 0 from 1', first: -36 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        catalina(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.heartbeat', 'Heartbeat to registry teastore-registry:8080 ok'),
        ...refused(-35.2), ...refused(-21.7), ...refused(-9.4), ...refused(-1.3),
      ],
      'teastore-webui#0/teastore-webui': [
        catalina(-35.1, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-persistence returned 500 for GET /tools.descartes.teastore.persistence/rest/categories'),
        catalina(-35.1, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.util.ResponseWrapper.wrap(ResponseWrapper.java:34)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:71)',
        catalina(-9.3, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.util.ResponseWrapper.wrap(ResponseWrapper.java:34)',
      ],
      'teastore-registry#0/teastore-registry': [
        catalina(-30, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat from teastore-persistence:8080'),
        catalina(-5, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat from teastore-auth:8080'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        catalina(-60 * 24 * 3 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11284] milliseconds'),
        catalina(-60 * 24 * 3 + 0.9, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
    },
  },
];
