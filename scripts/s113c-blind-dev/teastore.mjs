// Blind dev batch s113c: TeaStore scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A persistence release built on MariaDB Connector/J 3, which no longer accepts the jdbc:mysql: URL it is given.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-06-23T13:05:00Z';
const T = clock(I);
const at = -36;
const tc = (min, level, thread, cls, msg) => { const d = new Date(Date.parse(T.isoMs(min))); const m = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}-${m}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${cls} ${msg}`; };

export const scenarios = [
  {
    folder: 's113c-persistence-connectorj3-url',
    description: 'teastore shop-core: login + product pages 500 since lunch (~12:30), webui full of errors. db is up',
    incidentTime: I,
    expected: { component: 'persistence', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'persistence', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: teastore-persistence (Tomcat, EclipseLink) builds its JDBC URL jdbc:mysql://DB_HOST:DB_PORT/teadb
      from DB_HOST/DB_PORT; webui, auth, image and recommender reach it through the registry; upstream sets no probes,
      so a persistence pod whose servlets fail stays Ready.
      Fault: the new persistence image (tag 1.4.3, rebuilt with a dependency bump) ships MariaDB Connector/J 3.x, which
      no longer answers to the jdbc:mysql: scheme unless permitMysqlScheme is set (MariaDB Connector/J 3.0 release notes,
      CONJ-858 family of reports: "No suitable driver found for jdbc:mysql://..."). EclipseLink fails its login on first
      use and every persistence REST call answers 500; webui and auth log the 500s loudly. teastore-db is healthy.
      Decoy: the registry logs routine heartbeat lines; an old registry restart from a week ago.
      Deviations from upstream: image tags pinned (upstream uses :latest); the 1.4.3 image.
    `,
    workloads: {
      'teastore-persistence': {
        rollout: { at, revision: 6, oldContainers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence:1.4.2' } } },
        containers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence:1.4.3' } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: at, last: at },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: at + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: 'Pulling image "descartesresearch/teastore-persistence:1.4.3"', first: at + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: 'Successfully pulled image "descartesresearch/teastore-persistence:1.4.3" in 6.412s (6.412s including waiting). Image size: 231844093 bytes.', first: at + 0.6 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', fieldPath: 'spec.containers{teastore-persistence}', message: 'Created container teastore-persistence', first: at + 0.6 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: at + 0.6 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: at + 1, last: at + 1 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        tc(at + 0.7, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21874] milliseconds'),
        tc(at + 2.1, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: java.sql.SQLException: No suitable driver found for jdbc:mysql://teastore-db:3306/teadb\nError Code: 0] with root cause'),
        '\tjava.sql.SQLException: No suitable driver found for jdbc:mysql://teastore-db:3306/teadb',
        '\t\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:708)',
        '\t\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:190)',
        '\t\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:100)',
        tc(-4.2, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: java.sql.SQLException: No suitable driver found for jdbc:mysql://teastore-db:3306/teadb\nError Code: 0] with root cause'),
        '\tjava.sql.SQLException: No suitable driver found for jdbc:mysql://teastore-db:3306/teadb',
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-30.5, 'SEVERE', 'http-nio-8080-exec-12', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at endpoint: persistence, with status: 500, with message: Internal Server Error',
        '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:38)',
        tc(-4.2, 'SEVERE', 'http-nio-8080-exec-3', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at endpoint: persistence, with status: 500, with message: Internal Server Error',
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-12.9, 'SEVERE', 'http-nio-8080-exec-5', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at endpoint: persistence, with status: 500, with message: Internal Server Error]'),
      ],
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.18-MariaDB-1:10.4.18+maria~focal'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-1.5, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat for persistence at teastore-persistence:8080'),
      ],
    },
  },
];
