// Blind dev batch s119c: TeaStore scenario (spec for scripts/s2-scenario-kit.mjs).
// teastore-db (MariaDB) crash-loops on "Can't init tc log" after an unclean stop; persistence and webui are louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2025-06-09T13:30:00Z');
const m = (min, lvl, msg) => `${T.java(min).slice(0, 19).replace('T', ' ')} 0 [${lvl}] ${msg}`;
const dbLog = (min) => [
  m(min, 'Note', 'mysqld (mysqld 10.1.41-MariaDB-0+deb9u1) starting as process 1 ...'),
  m(min, 'Note', 'InnoDB: Using mutexes to ref count buffer pool pages'),
  m(min, 'Note', 'InnoDB: Highest supported file format is Barracuda.'),
  m(min, 'Note', 'InnoDB: 128 rollback segment(s) are active.'),
  m(min, 'Note', 'InnoDB: Waiting for purge to start'),
  m(min, 'Note', 'Recovering after a crash using tc.log'),
  m(min, 'ERROR', "Can't init tc log"),
  m(min, 'ERROR', 'Aborting'),
];
const tomcat = (min, lvl, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][mo - 1]}-${y}`)} ${lvl} [http-nio-8080-exec-4] ${msg}`;

export const scenarios = [
  {
    folder: 's119c-db-tc-log-crashloop',
    incidentTime: '2025-06-09T13:30:00Z',
    description: 'teastore shop pages error out since about 13:05, login and product lists give 500. persistence keeps throwing exceptions',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'partial-name', 'time-expression'],
    workloads: {
      'teastore-db': { pods: [{ containers: { 'teastore-db': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-4.2), finishedAt: T.iso(-4.1), container: 'teastore-db' }) }, readyTransition: T.iso(-25) }] },
    },
    events: [
      { on: 'pod:teastore-db#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', type: 'Warning', first: -24, last: -1, count: 104, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Container image "descartesresearch/teastore-db" already present on machine', first: -25, last: -4.2, count: 9, fieldPath: 'spec.containers{teastore-db}' },
    ],
    logs: {
      'teastore-db#0/teastore-db': dbLog(-4.15),
      'teastore-db#0/teastore-db/previous': dbLog(-4.15),
      'teastore-persistence#0/teastore-persistence': [
        tomcat(-20, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
        tomcat(-1.5, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
      ],
      'teastore-webui#0/teastore-webui': [
        tomcat(-1.4, 'WARNING', 'tools.descartes.teastore.registryclient.rest.HttpWrapper Received status 500 from http://10.244.2.31:8080/tools.descartes.teastore.persistence/rest/categories'),
      ],
    },
    grounding: `
      Upstream teastore-clusterip.yaml: teastore-db (MariaDB 10.1 image) is the only database, reached by teastore-persistence
      at DB_HOST teastore-db:3306; auth, webui and recommender reach data only through persistence. Fault follows the
      MariaDB "Can't init tc log" start failure after an unclean stop (the tc.log left behind must be removed, MDEV
      reports and Stack Overflow answers); the db pod crash-loops with exit 1 and its endpoint is not ready.
      Deviations: the pod's restarts are shown without the original kill; persistence/webui lines are abbreviated.`,
  },
];
