// Blind dev batch s117b: one TeaStore scenario (teauser given MAX_QUERIES_PER_HOUR by a resource-limit template).
// Spec for scripts/s2-scenario-kit.mjs build(); system from scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };
const incidentTime = '2026-05-26T11:18:00Z';
const T = clock(incidentTime);
const tc = (m, lvl, thr, msg) => `${T.java(m).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y}`)} ${lvl} [${thr}] ${msg}`;
const LIMIT = "User 'teauser' has exceeded the 'max_questions' resource (current value: 5000)";
export const scenarios = [
  {
    folder: 's117b-teastore-db-max-questions-per-hour',
    description: 'teastore webui errors on category pages + login, started around 11:00, comes and goes at the top of the hour?',
    incidentTime,
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [
      { component: 'teastore-db', cause: 'config-error' },
      { component: 'teastore-db', cause: 'resource-exhaustion' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression'],
    grounding: `
      Manifest facts: teastore-persistence is the only client of teastore-db (DB_HOST teastore-db, DB_PORT 3306; MariaDB with
      the application user teauser); auth, image, recommender and webui reach the data only through persistence's REST API.
      Fault (MariaDB/MySQL per-account resource limits, GRANT ... WITH MAX_QUERIES_PER_HOUR, error 1226 ER_USER_LIMIT_REACHED
      "User '...' has exceeded the 'max_questions' resource"): a DBA applied the limit template meant for reporting users to
      teauser (5000 queries an hour). Minutes into every hour the counter is spent and every statement persistence sends is
      refused until the hour resets; teastore-db stays Running and Ready with no restart or event, its log silent. Persistence
      answers 500 from EclipseLink, and webui (the loud one) shows errors on category, product and login pages. No deviation
      from the upstream manifest.
    `,
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [18233] milliseconds'),
        tc(-11.4, 'WARNING', 'http-nio-8080-exec-12', `org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.ejb Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3): org.eclipse.persistence.exceptions.DatabaseException`),
        `Internal Exception: java.sql.SQLSyntaxErrorException: ${LIMIT}`,
        'Error Code: 1226',
        'Call: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY',
        tc(-0.7, 'WARNING', 'http-nio-8080-exec-3', `org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.ejb Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3): org.eclipse.persistence.exceptions.DatabaseException`),
        `Internal Exception: java.sql.SQLSyntaxErrorException: ${LIMIT}`,
        'Error Code: 1226',
        'Call: SELECT ID, EMAIL, PASSWORD, REALNAME, USERNAME FROM PERSISTENCEUSER WHERE (USERNAME = ?)',
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-11.3, 'SEVERE', 'http-nio-8080-exec-41', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'tools.descartes.teastore.registryclient.rest.NotFoundException',
        '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:28)',
        'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        tc(-0.6, 'SEVERE', 'http-nio-8080-exec-17', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-0.6, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Received HTTP 500 from persistence for users/name/user2'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-1.0, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.Registry.heartbeat Heartbeat received from teastore-persistence:8080'),
      ],
    },
  },
];
