// Batch s39b blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): the MariaDB teastore-db, given a 512Mi
// memory limit by last week's "no more BestEffort" overlay, is OOMKilled under checkout traffic and crash-loops; persistence and webui fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-11T14:36:00Z';
  const T = clock(incidentTime);
  const ts = (min) => T.java(min).replace(/\.(\d{3})$/, '.$1'); // yyyy-MM-dd HH:mm:ss.SSS
  const el = (min, thread, uow, cause) => [
    `[EL Warning]: ${ts(min)}--UnitOfWork(${uow})--Thread(Thread[#${thread},http-nio-8080-exec-${thread - 30},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`,
    `Internal Exception: ${cause}`,
    'Error Code: 0',
  ];
  const linkFailure =
    'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet successfully received from the server was 2,117 milliseconds ago. The last packet sent successfully to the server was 2,117 milliseconds ago.';
  const refused =
    'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.';
  const maria = (min, msg) => `${T.go(min).replaceAll('/', '-')} 0 [Note] ${msg}`;
  const ep = (min, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '')}+00:00 [Note] [Entrypoint]: ${msg}`;
  scenarios.push({
    folder: 's39b-teastore-db-oomkilled-512mi',
    incidentTime,
    description: 'teastore down-ish since ~14:20: category pages empty or error 500, login fails. persistence logs full of db errors',
    expected: { component: 'teastore-db', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: teastore-db (descartesresearch/teastore-db,
      FROM mariadb:10.4 with max_connections = 2048, no volume), persistence reaches it at DB_HOST=teastore-db:3306 through
      EclipseLink and MySQL Connector/J (persistence.xml: com.mysql.jdbc.Driver, eclipselink.logging.level INFO). Deviation: after
      an eviction incident the team's overlay gave every TeaStore container requests and limits six days ago; teastore-db got
      requests 256Mi / limits 512Mi. A checkout-heavy load test from ~14:15 opens hundreds of connections (per-connection buffers
      on top of the 128M InnoDB buffer pool and performance_schema), the cgroup hits 512Mi and the kernel OOM-kills mysqld: the
      kubelet reports OOMKilled / exit 137, five restarts, CrashLoopBackOff, no ready endpoint. Each restart runs the entrypoint
      on an empty datadir again (no volume). persistence logs EclipseLink-4002 "Communications link failure", webui and auth
      log Jersey 500s from persistence, so the dependents are louder than the database. Decoys: a healthy teastore-image
      rollout 70 minutes earlier and a recommender restart two days old.`,
    workloads: {
      'teastore-db': {
        since: -60 * 24 * 6,
        containers: { 'teastore-db': { resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } } } },
        pods: [
          {
            node: 'tea-worker-2',
            containers: {
              'teastore-db': cs.crashLoop({ restarts: 5, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.1), finishedAt: T.iso(-1.9), container: 'teastore-db', backoff: '1m20s' }),
            },
          },
        ],
      },
      'teastore-image': { rollout: { at: -70, revision: 5 } },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 50 - 0.3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:teastore-db#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-db}', message: 'Pulling image "descartesresearch/teastore-db"', first: -17.2, last: -3.2, count: 6 },
      { on: 'pod:teastore-db#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-db}', message: 'Successfully pulled image "descartesresearch/teastore-db" in 812ms (812ms including waiting). Image size: 128436572 bytes.', first: -17.1, last: -3.1, count: 6 },
      { on: 'pod:teastore-db#0', reason: 'Created', fieldPath: 'spec.containers{teastore-db}', message: 'Created container teastore-db', first: -17.1, last: -3.1, count: 6 },
      { on: 'pod:teastore-db#0', reason: 'Started', fieldPath: 'spec.containers{teastore-db}', message: 'Started container teastore-db', first: -17.1, last: -3.1, count: 6 },
      { on: 'pod:teastore-db#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-db}', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', first: -12.5, last: -0.4, count: 14 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -69, last: -69 },
    ],
    logs: {
      'teastore-db#0/teastore-db/previous': [
        ep(-3.1, 'Entrypoint script for MariaDB Server 1:10.4.34+maria~ubu2004 started.'),
        ep(-3.1, "Switching to dedicated user 'mysql'"),
        ep(-3.09, 'Initializing database files'),
        ep(-3.0, 'Database files initialized'),
        ep(-3.0, 'Starting temporary server'),
        ep(-2.96, 'Temporary server started.'),
        ep(-2.95, '/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/setup_0.sql'),
        ep(-2.93, 'Stopping temporary server'),
        ep(-2.91, 'Temporary server stopped'),
        ep(-2.91, 'MariaDB init process done. Ready for start up.'),
        maria(-2.9, 'mysqld (mysqld 10.4.34-MariaDB-1:10.4.34+maria~ubu2004) starting as process 1 ...'),
        maria(-2.9, 'InnoDB: Using Linux native AIO'),
        maria(-2.9, 'InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M'),
        maria(-2.9, 'InnoDB: Completed initialization of buffer pool'),
        maria(-2.89, 'InnoDB: 128 out of 128 rollback segments are active.'),
        maria(-2.89, 'InnoDB: 10.4.34 started; log sequence number 61183; transaction id 21'),
        maria(-2.89, "Server socket created on IP: '::'."),
        maria(-2.88, 'mysqld: ready for connections.'),
        "Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        `${T.go(-2.2).replaceAll('/', '-')} 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...el(-17.3, 44, 1184022731, linkFailure),
        ...el(-16.9, 47, 209331578, refused),
        ...el(-11.4, 41, 1739904215, refused),
        ...el(-6.8, 52, 88127346, linkFailure),
        ...el(-2.2, 45, 1502287710, linkFailure),
        ...el(-1.1, 49, 630918224, refused),
      ],
      'teastore-webui#0/teastore-webui': [
        `11-Dec-2026 ${T.java(-16.8).slice(11)} SEVERE [http-nio-8080-exec-23] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [] threw exception`,
        '\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
        '\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:44)',
        `11-Dec-2026 ${T.java(-9.7).slice(11)} SEVERE [http-nio-8080-exec-8] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [LoginActionServlet] in context with path [] threw exception`,
        '\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        `11-Dec-2026 ${T.java(-1.0).slice(11)} SEVERE [http-nio-8080-exec-31] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [] threw exception`,
        '\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      ],
      'teastore-image#0/teastore-image': [
        `11-Dec-2026 ${T.java(-69.5).slice(11)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [14211] milliseconds`,
      ],
    },
  });
}
