// Blind held-out batch s126b: TeaStore.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (T, min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n, w = 2) => String(n).padStart(w, '0'); return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; };
const maria = (T, min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${String(d.getUTCHours()).padStart(2, ' ')}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`; };

const T1 = clock('2026-03-11T09:58:00Z');
const dbLim = { requests: { cpu: '250m', memory: '384Mi' }, limits: { cpu: '1', memory: '512Mi' } };
const dbStart = (T, min) => [
  `${maria(T, min)} 0 [Note] mysqld (mysqld 10.3.39-MariaDB-1:10.3.39+maria~ubu2004) starting as process 1 ...`,
  `${maria(T, min)} 0 [Note] InnoDB: Using Linux native AIO`,
  `${maria(T, min)} 0 [Note] InnoDB: Initializing buffer pool, total size = 256M, instances = 1, chunk size = 128M`,
  `${maria(T, min + 0.02)} 0 [Note] InnoDB: Completed initialization of buffer pool`,
  `${maria(T, min + 0.05)} 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=48213377`,
  `${maria(T, min + 0.1)} 0 [Note] InnoDB: 10.3.39 started; log sequence number 48219911; transaction id 90211`,
  `${maria(T, min + 0.1)} 0 [Note] Plugin 'FEEDBACK' is disabled.`,
  `${maria(T, min + 0.12)} 0 [Note] Server socket created on IP: '::'.`,
  `${maria(T, min + 0.13)} 0 [Note] mysqld: ready for connections.`,
  `Version: '10.3.39-MariaDB-1:10.3.39+maria~ubu2004'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
];

export const scenarios = [
  {
    folder: 's126b-tea-db-memlimit',
    incidentTime: '2026-03-11T09:58:00Z',
    description: 'teastore shop pages intermittently 500 / "category empty" since ~09:35, webui pods look fine. shop-core pls check',
    expected: { component: 'teastore-db', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Upstream teastore-clusterip.yaml sets no resources on teastore-db; the operator here added a 512Mi memory limit
      (deviation) while the MariaDB 10.3 image keeps a 256M InnoDB buffer pool plus per-connection buffers, so under
      the persistence service's JPA connection pool the mysqld process crosses the cgroup limit and is OOM-killed
      (lastState OOMKilled, exit 137), as in the many "MariaDB OOMKilled in Kubernetes" reports when
      innodb_buffer_pool_size is not sized to the limit. The container restarts and is Ready again between kills, so
      the callers (persistence JDBC errors, webui 500s) are louder than the database. Decoy: a healthy rollout of
      teastore-recommender 2 hours earlier (tags 1.4.1 to 1.4.2 pinned here; upstream uses :latest, a deviation). Log formats: MariaDB 10.3 error log, Tomcat 8.5 JULI.`,
    workloads: {
      'teastore-db': {
        containers: { 'teastore-db': { resources: dbLim } },
        pods: [{
          node: 'tea-worker-2',
          containers: { 'teastore-db': cs.restartedRunning({ restarts: 4, startedAt: T1.iso(-3.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-9.5), finishedAt: T1.iso(-3.4) } }) },
        }],
      },
      'teastore-recommender': { rollout: { at: -125, revision: 6, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.1' } } }, containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } },
    },
    events: [
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Container image "docker.io/descartesresearch/teastore-db:latest" already present on machine', first: -22, last: -3.3, count: 4, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: -22, last: -3.3, count: 4, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -22, last: -3.2, count: 4, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', first: -15, last: -3.4, count: 3, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -124, last: -124 },
    ],
    logs: {
      'teastore-db#0/teastore-db/previous': [
        ...dbStart(T1, -9.5),
        `${maria(T1, -7.1)} 214 [Warning] Aborted connection 214 to db: 'teadb' user: 'teauser' host: '10.244.3.27' (Got an error reading communication packets)`,
      ],
      'teastore-db#0/teastore-db': [
        ...dbStart(T1, -3.2),
        `${maria(T1, -1.4)} 31 [Warning] Aborted connection 31 to db: 'teadb' user: 'teauser' host: '10.244.3.27' (Got timeout reading communication packets)`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${tc(T1, -30)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-persistence:8080 with registry`,
        `${tc(T1, -9.8)} INFO [http-nio-8080-exec-7] tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAll GET /tools.descartes.teastore.persistence/rest/categories 200`,
        `${tc(T1, -3.4)} WARNING [http-nio-8080-exec-12] org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_teastore.connection Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
        `Internal Exception: java.sql.SQLNonTransientConnectionException: (conn=118) Connection reset`,
        `${tc(T1, -3.3)} SEVERE [http-nio-8080-exec-12] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception`,
        `javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
        `Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)`,
        `Error Code: -1`,
        `\tat org.eclipse.persistence.internal.jpa.QueryImpl.getDetailedException(QueryImpl.java:391)`,
        `\tat org.eclipse.persistence.internal.jpa.QueryImpl.executeReadQuery(QueryImpl.java:264)`,
        `\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:54)`,
        `\tat tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAll(CategoryEndpoint.java:61)`,
        `Caused by: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)`,
        `\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:73)`,
        `\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1372)`,
        `\t... 42 more`,
        `${tc(T1, -2.6)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAll GET /tools.descartes.teastore.persistence/rest/categories 200`,
        `${tc(T1, -0.8)} WARNING [http-nio-8080-exec-9] org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_teastore.connection Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002]: org.eclipse.persistence.exceptions.DatabaseException`,
        `Internal Exception: java.sql.SQLNonTransientConnectionException: (conn=41) unexpected end of stream, read 0 bytes from 4 (socket was closed by server)`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${tc(T1, -12)} INFO [http-nio-8080-exec-4] tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest category=2 page=1 200`,
        `${tc(T1, -3.3)} SEVERE [http-nio-8080-exec-8] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
        `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
        `\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)`,
        `\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:52)`,
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:118)`,
        `\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:66)`,
        `${tc(T1, -2.5)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest 200`,
        `${tc(T1, -0.8)} SEVERE [http-nio-8080-exec-5] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
        `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntity(LoadBalancedCRUDOperations.java:150)`,
      ],
      'teastore-recommender#0/teastore-recommender': [
        `${tc(T1, -124)} INFO [localhost-startStop-1] tools.descartes.teastore.recommender.servlet.RecommenderStartup.contextInitialized Recommender started, training on 4012 orders`,
        `${tc(T1, -123)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train Training finished in 4211 ms`,
      ],
    },
  },
];
