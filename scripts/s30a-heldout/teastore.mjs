// Batch s30a held-out scenario (split: test) for TeaStore, written blind with the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2027-02-15T12:34:00Z');
const NEW_IMG = 'harbor.tea.internal/teastore/teastore-persistence:2027.02.15-3f2c91a';
const p2 = (n) => String(n).padStart(2, '0');
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, lvl, thread, where, msg) => { const s = T.java(min); const mon = ['Jan', 'Feb', 'Mar'][Number(s.slice(5, 7)) - 1]; return `${s.slice(8, 10)}-${mon}-${s.slice(0, 4)} ${s.slice(11, 23)} ${lvl} [${thread}] ${where} ${msg}`; };
const el = (min, sess, thread, lines) => [`[EL Warning]: ${T.java(min)}--${sess}--Thread(Thread[${thread},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException`, ...lines];
const boot = (m, war) => [
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.18'),
  tc(m, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
];

const SELECT = 'SELECT ID, CATEGORY_ID, DESCRIPTION, ECOSCORE, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?';
const persistence = [
  ...boot(-20.4, 'tools.descartes.teastore.persistence'),
  `[EL Info]: ${T.java(-20.1)}--ServerSession(1418385211)--Thread(Thread[main,5,main])--EclipseLink, version: Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3`,
  `[EL Info]: connection: ${T.java(-20.08)}--ServerSession(1418385211)--Thread(Thread[main,5,main])--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`,
  ...el(-20.07, 'ServerSession(1418385211)', 'main', [
    "Internal Exception: java.sql.SQLSyntaxErrorException: Table 'persistenceproduct' already exists",
    'Error Code: 1050',
    'Call: CREATE TABLE PERSISTENCEPRODUCT (ID BIGINT AUTO_INCREMENT NOT NULL, DESCRIPTION VARCHAR(255), ECOSCORE INTEGER, LISTPRICEINCENTS BIGINT, NAME VARCHAR(255), CATEGORY_ID BIGINT, PRIMARY KEY (ID))',
    'Query: DataModifyQuery(sql="CREATE TABLE PERSISTENCEPRODUCT (ID BIGINT AUTO_INCREMENT NOT NULL, DESCRIPTION VARCHAR(255), ECOSCORE INTEGER, LISTPRICEINCENTS BIGINT, NAME VARCHAR(255), CATEGORY_ID BIGINT, PRIMARY KEY (ID))")',
  ]),
  tc(-19.9, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [29,644] ms'),
  tc(-19.88, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(-19.87, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [30112] milliseconds'),
];
for (let m = -19.5, k = 1; m < -0.3; m += 0.9, k++) {
  const t = `http-nio-8080-exec-${(k % 10) + 1}`;
  persistence.push(...el(m, `ServerSession(1418385211)`, t, [
    `Internal Exception: java.sql.SQLSyntaxErrorException: Unknown column 'ECOSCORE' in 'field list'`,
    'Error Code: 1054',
    `Call: ${SELECT}`,
    '\tbind => [3 parameters bound]',
    `Query: ReadAllQuery(referenceClass=PersistenceProduct sql="${SELECT}")`,
  ]));
  persistence.push(tc(m + 0.001, 'SEVERE', t, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.persistence.rest.application] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException'));
}

const webui = [...boot(-60 * 24 * 6, 'tools.descartes.teastore.webui'), tc(-60 * 24 * 6 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21877] milliseconds')];
for (let m = -19.3, k = 1; m < -0.3; m += 1.1, k++) {
  const t = `http-nio-8080-exec-${(k % 25) + 1}`;
  const servlet = k % 3 === 0 ? 'ProductServlet' : 'CategoryServlet';
  webui.push(tc(m, 'SEVERE', t, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`));
  webui.push('jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error');
  webui.push('\tat tools.descartes.teastore.registryclient.util.RESTClient.getEntities(RESTClient.java:215)');
  webui.push('\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:176)');
  webui.push('\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$2(LoadBalancedCRUDOperations.java:186)');
  webui.push(`\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:68)`);
}

const auth = [...boot(-60 * 24 * 6, 'tools.descartes.teastore.auth'), tc(-60 * 24 * 6 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14320] milliseconds')];

export const scenarios = [
  {
    folder: 's30a-product-pages-after-persistence-release',
    split: 'test',
    description: 'tea store category and product pages show an error page since around 12:15, login still works',
    incidentTime: '2027-02-15T12:34:00Z',
    expected: { component: 'persistence', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml (no probes, no resources; persistence reads
      DB_HOST teastore-db / DB_PORT 3306), as in the kit system definition; the team builds its own persistence image into Harbor.
      persistence.xml of the service sets eclipselink.ddl-generation "create-tables", which creates missing tables but never alters
      existing ones. Fault: a release at 12:13 adds a field (ECOSCORE) to PersistenceProduct; the new pod starts, is Ready (no probe)
      and logs the usual "Table ... already exists" warning, then every product query fails with EclipseLink-4002
      "Unknown column 'ECOSCORE' in 'field list'" (MySQL error 1054) and the REST endpoint answers 500. The webui logs
      InternalServerErrorException on every category and product page; login (users table untouched) keeps working.
      Decoy: teastore-image restarted two days ago (exit 137), Ready since.`,
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { image: NEW_IMG } },
        rollout: { at: -21, revision: 6, oldContainers: { 'teastore-persistence': { image: 'harbor.tea.internal/teastore/teastore-persistence:2027.01.28-8d04e6b' } } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 46), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 46 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -21 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -20.9, source: 'default-scheduler' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -20.9, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 7.412s (7.412s including waiting). Image size: 241733120 bytes.`, first: -20.8, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', first: -20.7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -20.7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -20.5 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
    },
  },
];
