// Blind held-out batch s116a: one TeaStore scenario (split test) on the kit system scripts/kit-systems/teastore.mjs.
// Built by scripts/s116a-build.mjs; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const IT = '2026-05-12T14:41:00Z';
const T = clock(IT);
const cat = (m) => `${T.java(m).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][+mo - 1]}-${y}`)}`;
const elErr = (m, id) => [
  `[EL Severe]: ${T.java(m)}--ServerSession(${id})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
  'Error Code: -1',
];
const webErr = (m, n, servlet) => [
  `${cat(m)} SEVERE [http-nio-8080-exec-${n}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [] threw exception`,
  '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:72)',
];

export const scenarios = [
  {
    folder: 's116a-teastore-db-unreachable',
    description: 'teastore shows "Oops something went wrong" on every category page since ~14:20, right after the infra kustomize cleanup. db pod looks fine??',
    incidentTime: IT,
    expected: { component: 'teastore-db', cause: 'no-endpoints' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): the teastore-db Service
      selects run: teastore-db on port 3306; persistence reaches it through DB_HOST=teastore-db / DB_PORT=3306; no probes.
      Fault: a kustomize "cleanup" at about 14:20 re-applied the teastore-db Service with its selector renamed to
      run: teastore-mysql (a label no pod carries), so the Endpoints object is empty while the MariaDB pod stays Running and
      Ready. kube-proxy rejects connections to a ClusterIP without endpoints, so the persistence service's EclipseLink pool
      logs "Connection refused" and auth/webui relay HTTP 500s — the callers are loud, the database is silent.
      Shape follows the common "Service selector does not match pod labels" failure (Kubernetes debug-service docs).
      Decoy: the recommender restarted once two days ago (old exit 143 during a node reboot).
      Deviation from upstream: the Service selector (edited), nothing else.`,
    workloads: {
      'teastore-db': { serviceSelector: { run: 'teastore-mysql' }, endpointsChanged: -21 },
      'teastore-recommender': { pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.5) } }) } }] },
    },
    logs: {
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
        "Version: '10.4.32-MariaDB-1:10.4.32+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${cat(-30)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.registryclient.Registry.heartbeat Heartbeat sent to registry`,
        ...elErr(-20.6, 1781902341), ...elErr(-14.2, 1781902341), ...elErr(-6.9, 1781902341), ...elErr(-1.1, 1781902341),
      ],
      'teastore-auth#0/teastore-auth': [
        `${cat(-19.8)} WARNING [http-nio-8080-exec-7] tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities Persistence returned 500 for /tools.descartes.teastore.persistence/rest/users/name/user12`,
        `${cat(-3.4)} WARNING [http-nio-8080-exec-2] tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities Persistence returned 500 for /tools.descartes.teastore.persistence/rest/users/name/user7`,
      ],
      'teastore-webui#0/teastore-webui': [...webErr(-20.4, 4, 'CategoryServlet'), ...webErr(-11, 9, 'IndexServlet'), ...webErr(-2.2, 1, 'CategoryServlet')],
      'teastore-registry#0/teastore-registry': [`${cat(-1)} INFO [http-nio-8080-exec-5] tools.descartes.teastore.registry.rest.RegistryREST.register Registered teastore-persistence:8080`],
    },
  },
];
