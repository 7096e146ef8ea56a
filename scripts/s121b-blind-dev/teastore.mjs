// TeaStore spec module of blind dev batch s121b (scripts/s121b-build.mjs): the kit system of scripts/kit-systems/teastore.mjs
// and one scenario: teastore-persistence refusing every call with 503 while its DataGenerator regenerates the database.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2025-03-18T10:42:00Z');
const jl = (min, lvl, logger, msg) => `${T.java(min).replace(' ', ' ')} ${lvl.padEnd(5)} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 10 + 1}] ${logger} - ${msg}`;
const tc = (min) => `${T.java(min).slice(8, 10)}-Mar-2025 ${T.java(min).slice(11)} `;

export const scenarios = [
  {
    folder: 's121b-persistence-regenerating-503',
    incidentTime: '2025-03-18T10:42:00Z',
    description: 'teastore shop pages all error since ~10:25, login broken too. pods all green, nothing restarted. perf team was doing something on the admin page this morning?',
    expected: { component: 'persistence', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'persistence', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-image': { pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        `${tc(-60 * 24 * 9)}INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [4127] milliseconds`,
        `${tc(-18)}INFO [http-nio-8080-exec-4] tools.descartes.teastore.persistence.rest.DatabaseGenerationEndpoint.generateDataBase Database generation requested: categories=50, productsPerCategory=20000, users=200000, maxOrdersPerUser=10`,
        `${tc(-18)}INFO [http-nio-8080-exec-4] tools.descartes.teastore.persistence.repository.DataGenerator.setMaintenanceMode Entering maintenance mode: persistence will answer 503 Service Unavailable until generation finishes`,
        `${tc(-17.9)}INFO [pool-2-thread-1] tools.descartes.teastore.persistence.repository.DataGenerator.dropAndCreateTables Dropping and recreating tables`,
        `${tc(-17.5)}INFO [pool-2-thread-1] tools.descartes.teastore.persistence.repository.DataGenerator.generateProducts Generating 1000000 products in 50 categories`,
        `${tc(-9)}INFO [pool-2-thread-1] tools.descartes.teastore.persistence.repository.DataGenerator.generateUsers Generating 200000 users`,
        `${tc(-1)}INFO [pool-2-thread-1] tools.descartes.teastore.persistence.repository.DataGenerator.generateOrders Generated orders for 38000 of 200000 users`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${tc(-30)}INFO [http-nio-8080-exec-2] tools.descartes.teastore.webui.servlet.IndexServlet.doGet GET /tools.descartes.teastore.webui/ 200`,
        `${tc(-17)}WARNING [http-nio-8080-exec-5] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Service teastore-persistence:8080 returned 503 Service Unavailable for GET /tools.descartes.teastore.persistence/rest/categories`,
        `${tc(-12)}SEVERE [http-nio-8080-exec-7] tools.descartes.teastore.webui.servlet.AbstractUIServlet.handle Error while loading categories: tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations$NotFoundException: 503 Service Unavailable from teastore-persistence`,
        `${tc(-6)}SEVERE [http-nio-8080-exec-1] tools.descartes.teastore.webui.servlet.AbstractUIServlet.handle Error while loading categories: tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations$NotFoundException: 503 Service Unavailable from teastore-persistence`,
        `${tc(-1)}SEVERE [http-nio-8080-exec-9] tools.descartes.teastore.webui.servlet.ErrorServlet.doGet Returning error page for /tools.descartes.teastore.webui/category (status 500)`,
      ],
      'teastore-auth#0/teastore-auth': [
        `${tc(-15)}WARNING [http-nio-8080-exec-3] tools.descartes.teastore.auth.rest.AuthUserActionsRest.login Login failed for user user2: persistence returned 503 Service Unavailable`,
        `${tc(-3)}WARNING [http-nio-8080-exec-6] tools.descartes.teastore.auth.rest.AuthUserActionsRest.login Login failed for user user17: persistence returned 503 Service Unavailable`,
      ],
      'teastore-recommender#0/teastore-recommender': [
        `${tc(-16)}WARNING [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Persistence not reachable (503 Service Unavailable). Retrying in 5 seconds.`,
        `${tc(-2)}WARNING [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Persistence not reachable (503 Service Unavailable). Retrying in 5 seconds.`,
      ],
      'teastore-image#0/teastore-image': [
        `${tc(-60 * 26 + 0.2)}INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [6311] milliseconds`,
        `${tc(-14)}WARNING [http-nio-8080-exec-2] tools.descartes.teastore.image.setup.SetupController.fetchProducts Could not fetch products from persistence: 503 Service Unavailable`,
      ],
      'teastore-db#0/teastore-db': [
        `2025-03-17 08:14:02 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.31-MariaDB-1:10.4.31+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      ],
    },
    grounding: `TeaStore's persistence service has a database generation endpoint (used by the WebUI's admin "Database" page) that
      drops and regenerates the data with DataGenerator; while it runs, DataGenerator is in maintenance mode and the persistence
      REST API answers 503 Service Unavailable, so every caller (webui, auth, recommender, image) fails while persistence pods stay
      Running and Ready (upstream sets no probes). Here a load-test team requested a very large database (1,000,000 products), so the
      regeneration runs for many minutes. Deviations from upstream: log message wording of the TeaStore services is paraphrased
      (their java.util.logging format is kept); the image pod's OOMKilled restart 26 hours earlier is an unrelated decoy.`,
  },
];
