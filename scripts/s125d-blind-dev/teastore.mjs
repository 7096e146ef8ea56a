// Batch s125d (blind dev): TeaStore no-fault scenario. System: scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const tc = (T, min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};

export const scenarios = [];

// 5. No fault: an admin regenerated the TeaStore database (webui "Database" page) at 11:08; ~4 minutes of errors, then normal.
{
  const incidentTime = '2026-12-15T11:41:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 's125d-db-regenerate-maintenance-no-fault', incidentTime,
    description: 'teastore webui threw errors + empty categories around 11:10 and recommender pod restarted?? anything still wrong w/ persistence',
    noFault: true,
    difficulty: 'hard', traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `TeaStore's WebUI has a Database page that asks teastore-persistence to drop and regenerate the store (categories, products,
      users, orders); while the generator runs the persistence service answers requests with errors and the recommender is retrained on
      the new orders afterwards. A load-test admin regenerated the data at 11:08 (webui access log POST /tools.descartes.teastore.webui/dataBaseAction),
      so from 11:08 to ~11:12 webui logged failing category/product calls; since 11:12 everything is 200. Decoys: the webui error
      burst and the recommender container restarting once at 11:10 (exit 1 while its training call to persistence failed, Ready since).
      Nothing is broken now. Deviations: upstream sets no probes or resources (kept); the Tomcat/TeaStore log lines are paraphrased from
      the component's behaviour, not copied from upstream source.`,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-30.5), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-30.7) } }) } }],
      },
    },
    events: [
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -30.7, last: -30.7 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.283s (1.283s including waiting). Image size: 254197360 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -30.6, last: -30.6 },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -30.55, last: -30.55 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -30.5, last: -30.5 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        tc(T, -40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/ 200'),
        tc(T, -33.1, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.webui.servlet.DataBaseActionServlet.handlePOSTRequest', 'Regenerating database: categories=5 products=100 users=100 maxorders=5'),
        tc(T, -32.4, 'SEVERE', 'http-nio-8080-exec-2', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
        '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:184)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:62)',
        tc(T, -31.2, 'SEVERE', 'http-nio-8080-exec-5', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:184)',
        tc(T, -29.6, 'WARNING', 'http-nio-8080-exec-1', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'No recommender instance answered, showing no recommendations'),
        tc(T, -28.8, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.StatusServlet.handleGETRequest', 'Database generation finished'),
        tc(T, -20, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/category?category=2&page=1 200'),
        tc(T, -9, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/product?id=17 200'),
        tc(T, -2, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/ 200'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(T, -33, 'INFO', 'http-nio-8080-exec-9', 'tools.descartes.teastore.persistence.rest.DatabaseGenerationEndpoint.generateDataBase', 'Dropping and regenerating database (categories=5, products=100, users=100, maxOrders=5)'),
        tc(T, -32.5, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.persistence.rest.AbstractCRUDEndpoint.listAll', 'Database is being regenerated, rejecting request'),
        tc(T, -29, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateDatabaseContent', 'Database generation finished in 238412 ms'),
        tc(T, -28.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.rest.DatabaseGenerationEndpoint.generateDataBase', 'Triggering recommender retraining'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(T, -30.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14217] milliseconds'),
        tc(T, -28.85, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.recommender.rest.TrainEndpoint.train', 'Training recommender with 412 orders and 1387 order items'),
        tc(T, -28.6, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training finished in 214 ms'),
      ],
      'teastore-recommender#0/teastore-recommender/previous': [
        tc(T, -33, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.recommender.rest.TrainEndpoint.train', 'Retraining requested'),
        tc(T, -31, 'SEVERE', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.RetrainDaemon.run', 'Could not load orders from persistence: HTTP 500 Internal Server Error, giving up'),
        tc(T, -30.8, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
      ],
    },
  });
}
