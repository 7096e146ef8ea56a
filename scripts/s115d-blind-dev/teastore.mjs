// Blind dev batch s115d (no-fault incidents): TeaStore spec module for scripts/s115d-build.mjs.
// One no-fault scenario: a planned teastore-db restart in a maintenance window; persistence errored a minute and recovered.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-05-15T02:40:00Z');
const cat = (min, level, cls, msg) => { const d = T.java(min).replace(/-/g, '-'); const [day, time] = d.split(' '); const [y, m, dd] = day.split('-'); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]; return `${dd}-${mon}-${y} ${time} ${level} [http-nio-8080-exec-4] ${cls} ${msg}`; };

export const scenarios = [
  {
    folder: 's115d-db-maintenance-window-restart',
    incidentTime: '2026-05-15T02:40:00Z',
    description: 'got paged 02:03 for teastore 500s, alert auto-resolved at 02:06. is persistence/db still broken?? (tea store)',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-db': {
        pods: [{ containers: { 'teastore-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-37.5), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-37.8) } }) }, readyTransition: T.iso(-36.9) }],
      },
    },
    events: [
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Container image "descartesresearch/teastore-db" already present on machine', first: -37.6 },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: -37.6 },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -37.5 },
    ],
    logs: {
      'teastore-db#0/teastore-db': [
        `2026-05-15  2:02:31 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
        `2026-05-15  2:02:32 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=3115984`,
        `2026-05-15  2:02:33 0 [Note] InnoDB: 10.4.12 started; log sequence number 3116000; transaction id 2047`,
        `2026-05-15  2:02:33 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      ],
      'teastore-db#0/teastore-db/previous': [
        `2026-05-15  2:02:10 0 [Note] mysqld (initiated by: root[root] @ localhost []): Normal shutdown`,
        `2026-05-15  2:02:10 0 [Note] InnoDB: FTS optimize thread exiting.`,
        `2026-05-15  2:02:11 0 [Note] InnoDB: Shutdown completed; log sequence number 3115984; transaction id 2046`,
        `2026-05-15  2:02:11 0 [Note] mysqld: Shutdown complete`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-37.7, 'WARNING', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence', 'Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002]: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure'),
        cat(-37.6, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        cat(-37.2, 'INFO', 'org.eclipse.persistence.session', 'Reconnected to database after communication failure; query retried successfully'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-37.6, 'WARNING', 'tools.descartes.teastore.registryclient.rest.HttpWrapper', 'GET http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories returned 500'),
        cat(-20, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered teastore-webui at teastore-registry'),
      ],
    },
    grounding: `No fault. A planned restart of teastore-db in the 02:00 maintenance window (mysqld "Normal shutdown" initiated
      by root, container exit 0 Completed, started again in-place at 02:02:31 and ready two seconds later). Persistence
      (EclipseLink over MariaDB Connector/J) and webui logged a minute of communication failures and 500s at 02:02-02:03,
      then retried successfully; the 02:03 alert cleared by itself. At 02:40 all pods are Ready. Decoy in the window: the
      teastore-db container restart itself. Deviation from upstream: none to the manifest; the MariaDB version string is
      the one of the teastore-db image's base as far as known.`,
  },
];
