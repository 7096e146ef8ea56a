// s19 blind dev scenarios, part a: two TeaStore incidents (written blind: no rule pack, engine code or other scenario
// read, engine never run) on the kit system definition scripts/kit-systems/teastore.mjs; built by scripts/s19-build-a.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic helpers and the log formats of the TeaStore images (Tomcat 10.0.27 JULI console, slf4j-simple to
// stdout with milliseconds since JVM start, raw printStackTrace to stderr, MariaDB 10.4 error log).
function rngOf(seed) {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n, w = 2) => String(n).padStart(w, '0');
const at = (incidentTime, min) => new Date(Date.parse(incidentTime) + Math.round(min * 60000));
/** Tomcat JULI OneLineFormatter timestamp: 03-Dec-2026 09:12:44.918 */
const juli = (it, min) => { const d = at(it, min); return `${p2(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${p2(d.getUTCMilliseconds(), 3)}`; };
/** MariaDB 10.4 error log timestamp: 2026-12-03  7:21:05 (hour space-padded) */
const maria = (it, min) => { const d = at(it, min); return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${String(d.getUTCHours()).padStart(2, ' ')}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; };
/** slf4j-simple line: milliseconds since the JVM started, thread, level, logger. */
const slf = (startMin, min, thread, level, logger, msg) => `${Math.round((min - startMin) * 60000) + Math.floor(Math.abs(Math.sin(min * 7919)) * 997)} [${thread}] ${level} ${logger} - ${msg}`;
const SERVICES = ['webui', 'auth', 'image', 'recommender', 'persistence'];
/** The registry's lines for the first registrations after it came online (each service's heartbeat registers its Service name). */
const initialRegistrations = (regStart) => SERVICES.map((s, i) => slf(regStart, regStart + 0.6 + i * 0.07, `http-nio-8080-exec-${i + 1}`, 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered tools.descartes.teastore.${s}@teastore-${s}:8080`));
/** A service restarted after the registry: its old pod unregisters the shared Service-name location, the new pod's heartbeat registers it again. */
const reRegistration = (regStart, min, s) => [
  slf(regStart, min, 'http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Unregistered tools.descartes.teastore.${s}@teastore-${s}:8080`),
  slf(regStart, min + 0.03, 'http-nio-8080-exec-14', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered tools.descartes.teastore.${s}@teastore-${s}:8080`),
];

function tomcatStartup(it, startMin, war, { heapKb, extra = [] } = {}) {
  const L = [];
  L.push('cgroup memory max file /sys/fs/cgroup/memory/memory.limit_in_bytes exists: false');
  L.push('cgroup memory max file /sys/fs/cgroup/memory.max exists: true');
  L.push(heapKb ? `Setting heap space to ${heapKb} KiB` : 'Unable to set heap space, cgroupkb: 0 totalkb: 16393356');
  let m = startMin + 0.02;
  const j = (level, cls, msg) => { L.push(`${juli(it, m)} ${level} [main] ${cls} ${msg}`); m += 0.0004; };
  const V = 'org.apache.catalina.startup.VersionLoggerListener.log';
  j('INFO', V, 'Server version name:   Apache Tomcat/10.0.27');
  j('INFO', V, 'Server built:          Oct 3 2022 14:18:41 UTC');
  j('INFO', V, 'Server version number: 10.0.27.0');
  j('INFO', V, 'OS Name:               Linux');
  j('INFO', V, 'OS Version:            5.15.0-119-generic');
  j('INFO', V, 'Architecture:          amd64');
  j('INFO', V, 'Java Home:             /opt/java/openjdk');
  j('INFO', V, 'JVM Version:           11.0.17+8');
  j('INFO', V, 'JVM Vendor:            Eclipse Adoptium');
  j('INFO', V, 'CATALINA_BASE:         /usr/local/tomcat');
  j('INFO', V, 'CATALINA_HOME:         /usr/local/tomcat');
  if (heapKb) j('INFO', V, `Command line argument: -Xmx${heapKb}k`);
  j('INFO', V, 'Command line argument: -javaagent:/kieker/agent/agent.jar');
  j('INFO', V, 'Command line argument: -Dkieker.monitoring.configuration=/kieker/config/kieker.monitoring.properties');
  j('INFO', 'org.apache.catalina.core.AprLifecycleListener.lifecycleEvent', 'Loaded Apache Tomcat Native library [1.2.35] using APR version [1.7.0].');
  j('INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]');
  j('INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["ajp-nio-8009"]');
  j('INFO', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [914] milliseconds');
  j('INFO', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]');
  j('INFO', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]');
  j('INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`);
  m += 0.1;
  j('INFO', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.');
  for (const x of extra) L.push(x(m));
  m += 0.05;
  j('INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [9,412] ms`);
  j('INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]');
  j('INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["ajp-nio-8009"]');
  j('INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [10384] milliseconds');
  return L;
}

const mariadbStartup = (it, min) => {
  const d = at(it, min);
  const ymd = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}+00:00`;
  const m = maria(it, min);
  return [
    `${ymd} [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
    `${ymd} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
    `${ymd} [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
    `${m} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
    `${m} 0 [Note] InnoDB: Using Linux native AIO`,
    `${m} 0 [Note] InnoDB: Mutexes and rw_locks use GCC atomic builtins`,
    `${m} 0 [Note] InnoDB: Uses event mutexes`,
    `${m} 0 [Note] InnoDB: Compressed tables use zlib 1.2.11`,
    `${m} 0 [Note] InnoDB: Number of pools: 1`,
    `${m} 0 [Note] InnoDB: Using SSE2 crc32 instructions`,
    `${m} 0 [Note] InnoDB: Initializing buffer pool, total size = 256M, instances = 1, chunk size = 128M`,
    `${m} 0 [Note] InnoDB: Completed initialization of buffer pool`,
    `${m} 0 [Note] InnoDB: If the mysqld execution user is authorized, page cleaner thread priority can be changed. See the man page of setpriority().`,
    `${m} 0 [Note] InnoDB: 128 out of 128 rollback segments are active.`,
    `${m} 0 [Note] InnoDB: Creating shared tablespace for temporary tables`,
    `${m} 0 [Note] InnoDB: Setting file './ibtmp1' size to 12 MB. Physically writing the file full; Please wait ...`,
    `${m} 0 [Note] InnoDB: File './ibtmp1' size is now 12 MB.`,
    `${m} 0 [Note] InnoDB: Waiting for purge to start`,
    `${m} 0 [Note] InnoDB: 10.4.12 started; log sequence number 731842116; transaction id 1088412`,
    `${m} 0 [Note] InnoDB: Loading buffer pool(s) from /var/lib/mysql/ib_buffer_pool`,
    `${m} 0 [Note] Plugin 'FEEDBACK' is disabled.`,
    `${m} 0 [Note] Server socket created on IP: '::'.`,
    `${m} 0 [Note] Reading of all Master_info entries succeeded`,
    `${m} 0 [Note] Added new Master_info '' to hash table`,
    `${m} 0 [Note] mysqld: ready for connections.`,
    "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
    `${maria(it, min + 0.03)} 0 [Note] InnoDB: Buffer pool(s) load completed at ${String(d.getUTCFullYear()).slice(2)}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${String(d.getUTCHours()).padStart(2, ' ')}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds() + 2 > 59 ? 59 : d.getUTCSeconds() + 2)}`,
  ];
};

const EL = 'Eclipse Persistence Services - 3.0.1.v202104070723';
const CONNJ = [
  'at com.mysql.jdbc.SQLError.createSQLException(SQLError.java:965)',
  'at com.mysql.jdbc.MysqlIO.checkErrorPacket(MysqlIO.java:3976)',
  'at com.mysql.jdbc.MysqlIO.checkErrorPacket(MysqlIO.java:3912)',
  'at com.mysql.jdbc.MysqlIO.sendCommand(MysqlIO.java:2530)',
  'at com.mysql.jdbc.MysqlIO.sqlQueryDirect(MysqlIO.java:2683)',
  'at com.mysql.jdbc.ConnectionImpl.execSQL(ConnectionImpl.java:2486)',
  'at com.mysql.jdbc.PreparedStatement.executeInternal(PreparedStatement.java:1858)',
  'at com.mysql.jdbc.PreparedStatement.executeUpdateInternal(PreparedStatement.java:2079)',
  'at com.mysql.jdbc.PreparedStatement.executeUpdateInternal(PreparedStatement.java:2013)',
  'at com.mysql.jdbc.PreparedStatement.executeLargeUpdate(PreparedStatement.java:5104)',
  'at com.mysql.jdbc.PreparedStatement.executeUpdate(PreparedStatement.java:1998)',
  'at org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeDirectNoSelect(DatabaseAccessor.java:905)',
  'at org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeNoSelect(DatabaseAccessor.java:967)',
  'at org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.basicExecuteCall(DatabaseAccessor.java:637)',
  'at org.eclipse.persistence.internal.databaseaccess.ParameterizedSQLBatchWritingMechanism.executeBatchedStatements(ParameterizedSQLBatchWritingMechanism.java:149)',
];

// ---------------------------------------------------------------------------------------------------------------
// 4. teastore-db left with read_only=ON after an aborted storage-migration runbook at 07:20: reads work, every order
//    INSERT fails in persistence, and because auth ignores a 500 from POST /orders the shop still says "confirmed".
function dbLeftReadOnly() {
  const incidentTime = '2026-12-03T09:40:00Z';
  const it = incidentTime;
  const T = clock(incidentTime);
  const roAt = -139.3; // 07:20:42
  const r = rngOf('s19-ro');
  const persStart = -(60 * 24 * 12 + 47);
  const dbStart = -(60 * 24 * 20 + 213);
  const persistence = tomcatStartup(it, persStart, 'tools.descartes.teastore.persistence', {
    extra: [
      (m) => slf(persStart, m, 'main', 'INFO', 'tools.descartes.teastore.persistence.repository.EMFManager', 'Using MySQL/MariaDB database.'),
      (m) => slf(persStart, m + 0.0001, 'main', 'INFO', 'tools.descartes.teastore.persistence.repository.EMFManager', 'Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".'),
    ],
  });
  const servlet = (min, thread, call, query) => {
    const msg = [
      `${juli(it, min)} SEVERE [${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [persistencerest] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.RollbackException: `,
      `Exception [EclipseLink-4002] (${EL}): org.eclipse.persistence.exceptions.DatabaseException`,
      'Internal Exception: java.sql.SQLException: The MariaDB server is running with the --read-only option so it cannot execute this statement',
      'Error Code: 1290',
      `Call: ${call}`,
      `\tbind => [${call.startsWith('INSERT INTO PERSISTENCEORDER ') ? 10 : call.startsWith('UPDATE') ? 2 : 5} parameters bound]`,
      `Query: ${query}] with root cause`,
      '\tjava.sql.SQLException: The MariaDB server is running with the --read-only option so it cannot execute this statement',
      ...CONNJ.map((x) => `\t\t${x}`),
      '\t\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeCall(DatabaseAccessor.java:603)',
      '\t\tat org.eclipse.persistence.internal.sessions.AbstractSession.basicExecuteCall(AbstractSession.java:2011)',
      '\t\tat org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.commitToDatabaseWithChangeSet(UnitOfWorkImpl.java:1575)',
      '\t\tat org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork.commitRootUnitOfWork(RepeatableWriteUnitOfWork.java:279)',
      '\t\tat org.eclipse.persistence.internal.jpa.transaction.EntityTransactionImpl.commit(EntityTransactionImpl.java:134)',
      `\t\tat tools.descartes.teastore.persistence.domain.${call.includes('ORDERITEM') ? 'OrderItemRepository' : 'OrderRepository'}.createEntity(${call.includes('ORDERITEM') ? 'OrderItemRepository' : 'OrderRepository'}.java:${call.includes('ORDERITEM') ? 92 : 101})`,
      '\t\tat tools.descartes.teastore.persistence.rest.OrderEndpoint.createEntity(OrderEndpoint.java:68)',
      '\t\tat tools.descartes.teastore.registryclient.util.AbstractCRUDEndpoint.create(AbstractCRUDEndpoint.java:58)',
      '\t\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
      '\t\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
      '\t\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)',
      '\t\tat org.glassfish.jersey.servlet.WebComponent.service(WebComponent.java:394)',
      '\t\tat org.glassfish.jersey.servlet.ServletContainer.service(ServletContainer.java:386)',
      '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:223)',
      '\t\tat tools.descartes.teastore.registryclient.rest.TrackingFilter.doFilter(TrackingFilter.java:98)',
      '\t\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
      '\t\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
      '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
    ];
    return msg;
  };
  const INSERT_ORDER = 'INSERT INTO PERSISTENCEORDER (ID, ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYLOCALDATE, CREDITCARDNUMBER, ORDERTIME, TOTALPRICEINCENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const UPDATE_SEQ = 'UPDATE SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?';
  let n = 0;
  for (let t = roAt + 0.6 + r() * 2; t < -0.2; t += 1.6 + r() * 4.2) {
    const thread = `http-nio-8080-exec-${between(r, 1, 40)}`;
    const objId = Math.floor(r() * 0xffffffff).toString(16);
    if (n % 9 === 4) persistence.push(...servlet(t, thread, UPDATE_SEQ, `DataModifyQuery(name="SEQ_GEN" sql="${UPDATE_SEQ}")`));
    else persistence.push(...servlet(t, thread, INSERT_ORDER, `InsertObjectQuery(tools.descartes.teastore.persistence.domain.PersistenceOrder@${objId})`));
    n++;
  }
  const db = [
    ...mariadbStartup(it, dbStart),
    `${maria(it, -60 * 24 * 6 - 302)} 1207 [Warning] Aborted connection 1207 to db: 'teadb' user: 'teauser' host: '10.244.3.41' (Got an error reading communication packets)`,
    `${maria(it, roAt + 3.9)} 1841 [Warning] Aborted connection 1841 to db: 'unconnected' user: 'root' host: 'localhost' (Got an error reading communication packets)`,
  ];
  // decoy: a webui rollout at 08:47 that only added resource requests and limits
  const webRoll = -53.2;
  const webStart = webRoll + 0.5 + 0.3;
  const webui = tomcatStartup(it, webStart, 'tools.descartes.teastore.webui', { heapKb: 524288 });
  const regStart = -(60 * 24 * 20 + 209);
  const registry = [
    ...tomcatStartup(it, regStart, 'tools.descartes.teastore.registry', {
      extra: [(m) => slf(regStart, m, 'main', 'INFO', 'tools.descartes.teastore.registry.rest.RegistryStartup', 'Registry online')],
    }),
    ...initialRegistrations(regStart),
    ...reRegistration(regStart, persStart + 0.19, 'persistence'),
    ...reRegistration(regStart, webRoll + 1.02, 'webui'),
  ];
  void T;
  const webImage = 'descartesresearch/teastore-webui';
  return {
    folder: 's19-db-left-read-only-orders-vanish',
    incidentTime,
    description: 'customers say orders show "confirmed" but never appear in their order history, since about 7:30 this morning',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (no probes, no resources); teastore-db is mariadb:10.4.12 with
      setup.sql (teauser has ALL PRIVILEGES on teadb.*, no SUPER, so read_only applies to it); persistence uses EclipseLink 3.0.1
      with Connector/J 5.1.44 (persistence.xml, pom.xml), @GeneratedValue ids from the SEQUENCE table. Failure: the platform team's
      storage-migration runbook began at 07:20 with SET GLOBAL read_only = ON from a root session (kubectl exec into teastore-db);
      the migration was called off and read_only was never turned back off. MariaDB stays up and answers every read, and it logs
      nothing for refused writes (only the root session's "Aborted connection … user: 'root' host: 'localhost'" when the exec
      session dropped); error 1290 "The MariaDB server is running with the --read-only option so it cannot execute this
      statement" is returned to persistence, whose OrderRepository.createEntity commit throws RollbackException wrapping
      EclipseLink-4002; Jersey has no mapper, so Tomcat logs "Servlet.service() for servlet [persistencerest] … threw exception …
      with root cause" and answers 500. auth's AuthUserActionsRest.placeOrder treats that 500 as id -1
      (NonBalancedCRUDOperations.sendEntityForCreation only throws on 404/408), posts the order items against order -1 (silently
      skipped by OrderItemRepository), clears the cart and returns 200, and the webui redirects with "order confirmed"
      (CartActionServlet.confirmOrder). So nothing but persistence's Tomcat log shows the failure; browsing, login and carts work.
      Decoy: a webui rollout at 08:47 (resource requests/limits added, deviation) whose registry re-registration is visible in
      the registry log. Log formats: Tomcat 10.0.27 JULI console lines, slf4j-simple (milliseconds since start), MariaDB 10.4
      error log, the dockermemoryconfigurator's start-up lines (utilities/tools.descartes.teastore.dockermemoryconfigurator).
    `,
    workloads: {
      'teastore-db': { since: dbStart },
      'teastore-registry': { since: regStart },
      'teastore-persistence': { since: persStart },
      'teastore-webui': {
        containers: { 'teastore-webui': { resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } } } },
        rollout: { at: webRoll, revision: 5, oldContainers: { 'teastore-webui': { resources: undefined } } },
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% from 0 to 1', first: webRoll + 0.49 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% from 1 to 0', first: webRoll + 1.01 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: webRoll + 0.5, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${webImage}"`, first: webRoll + 0.52, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: `Successfully pulled image "${webImage}" in 1.112s (1.112s including waiting). Image size: 412386011 bytes.`, first: webRoll + 0.55, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container: teastore-webui', first: webRoll + 0.77, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: webRoll + 0.79, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-db#0/teastore-db': db,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-registry#0/teastore-registry': registry,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. teastore-persistence out of Java heap (-Xmx524288k from its 1Gi limit) after eleven days of benchmark orders:
//    GC thrash, OutOfMemoryError on request threads, heartbeats late enough that the registry drops it for seconds.
function persistenceHeapExhausted() {
  const incidentTime = '2026-11-21T16:05:00Z';
  const it = incidentTime;
  const T = clock(incidentTime);
  const r = rngOf('s19-heap');
  const persStart = -(60 * 24 * 11 + 95);
  const onset = -33.4; // 15:31:36
  const persistence = tomcatStartup(it, persStart, 'tools.descartes.teastore.persistence', {
    heapKb: 524288,
    extra: [
      (m) => slf(persStart, m, 'main', 'INFO', 'tools.descartes.teastore.persistence.repository.EMFManager', 'Using MySQL/MariaDB database.'),
      (m) => slf(persStart, m + 0.0001, 'main', 'INFO', 'tools.descartes.teastore.persistence.repository.EMFManager', 'Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".'),
    ],
  });
  const OOME_STACKS = [
    [
      'at java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
      'at java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      'at java.base/java.util.ArrayList.add(ArrayList.java:486)',
      'at org.eclipse.persistence.queries.ReadAllQuery.registerResultInUnitOfWork(ReadAllQuery.java:968)',
      'at org.eclipse.persistence.queries.ObjectLevelReadQuery.executeInUnitOfWork(ObjectLevelReadQuery.java:1216)',
      'at org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.internalExecuteQuery(UnitOfWorkImpl.java:2980)',
      'at org.eclipse.persistence.internal.jpa.QueryImpl.getResultList(QueryImpl.java:475)',
      'at tools.descartes.teastore.persistence.domain.OrderRepository.getAllEntitiesWithUser(OrderRepository.java:113)',
      'at tools.descartes.teastore.persistence.rest.OrderEndpoint.listAllForUser(OrderEndpoint.java:105)',
    ],
    [
      'at java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
      'at java.base/java.io.ByteArrayOutputStream.grow(ByteArrayOutputStream.java:120)',
      'at java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:95)',
      'at java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:156)',
      'at org.glassfish.jersey.message.internal.CommittingOutputStream.write(CommittingOutputStream.java:229)',
      'at com.fasterxml.jackson.core.json.UTF8JsonGenerator._flushBuffer(UTF8JsonGenerator.java:2171)',
      'at com.fasterxml.jackson.core.json.UTF8JsonGenerator._writeStringSegment2(UTF8JsonGenerator.java:1477)',
      'at com.fasterxml.jackson.databind.ser.std.CollectionSerializer.serializeContents(CollectionSerializer.java:145)',
      'at org.glassfish.jersey.jackson.internal.jackson.jaxrs.base.ProviderBase.writeTo(ProviderBase.java:625)',
    ],
    [
      'at org.eclipse.persistence.internal.identitymaps.CacheKey.<init>(CacheKey.java:114)',
      'at org.eclipse.persistence.internal.identitymaps.FullIdentityMap.createCacheKey(FullIdentityMap.java:187)',
      'at org.eclipse.persistence.internal.identitymaps.AbstractIdentityMap.acquireLock(AbstractIdentityMap.java:86)',
      'at org.eclipse.persistence.internal.descriptors.ObjectBuilder.buildWorkingCopyCloneNormally(ObjectBuilder.java:1077)',
      'at org.eclipse.persistence.internal.descriptors.ObjectBuilder.buildObjectInUnitOfWork(ObjectBuilder.java:942)',
      'at org.eclipse.persistence.internal.descriptors.ObjectBuilder.buildObjectsInto(ObjectBuilder.java:1286)',
      'at org.eclipse.persistence.queries.ReadAllQuery.executeObjectLevelReadQuery(ReadAllQuery.java:498)',
      'at tools.descartes.teastore.persistence.domain.OrderItemRepository.getAllEntitiesWithOrder(OrderItemRepository.java:133)',
    ],
  ];
  const oomes = [];
  for (let t = onset + r() * 0.02; t < -0.3; t += 0.35 + r() * 1.6) {
    const thread = `http-nio-8080-exec-${between(r, 1, 200)}`;
    const st = pick(r, OOME_STACKS);
    oomes.push([t, [
      `${juli(it, t)} SEVERE [${thread}] org.apache.coyote.AbstractProtocol$ConnectionHandler.process Failed to complete processing of a request`,
      '\tjava.lang.OutOfMemoryError: Java heap space',
      ...st.map((x) => `\t\t${x}`),
    ]]);
  }
  oomes.push([-21.7, ['Exception in thread "Catalina-utility-2" java.lang.OutOfMemoryError: Java heap space']]);
  oomes.push([-8.9, ['Exception in thread "Catalina-utility-1" java.lang.OutOfMemoryError: Java heap space']]);
  for (const [, lines] of oomes.sort((a, b) => a[0] - b[0])) persistence.push(...lines);

  const webStart = -(60 * 24 * 3 + 611);
  const authStart = -(60 * 24 * 11 + 93);
  // registry: persistence's heartbeats (every 2.5 s) arrive more than 10 s apart during full-GC stalls
  const regStart = -(60 * 24 * 18 + 40);
  const registry = [
    ...tomcatStartup(it, regStart, 'tools.descartes.teastore.registry', {
      extra: [(m) => slf(regStart, m, 'main', 'INFO', 'tools.descartes.teastore.registry.rest.RegistryStartup', 'Registry online')],
    }),
    ...initialRegistrations(regStart),
    ...reRegistration(regStart, persStart + 0.19, 'persistence'),
    ...reRegistration(regStart, authStart + 0.19, 'auth'),
    ...reRegistration(regStart, webStart + 0.19, 'webui'),
  ];
  const gaps = [];
  for (let t = onset + 4.1; t < -0.5; t += 2.2 + r() * 4.5) {
    const len = (11 + r() * 25) / 60;
    gaps.push([t, t + len]);
    registry.push(slf(regStart, t, 'pool-2-thread-1', 'WARN', 'tools.descartes.teastore.registry.rest.Registry', 'Removed tools.descartes.teastore.persistence@teastore-persistence:8080 since it failed the heartbeat!'));
    registry.push(slf(regStart, t + len, `http-nio-8080-exec-${between(r, 1, 40)}`, 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.persistence@teastore-persistence:8080'));
  }
  // callers: webui and auth print Ribbon's ClientException (read timeouts of 6 s, connections closed after an OOME) and
  // warn while the registry has no persistence instance
  const callerLines = (startMin, seed, servlets, war) => {
    const rc = rngOf(seed);
    const L = tomcatStartup(it, startMin, war);
    for (let t = onset + 0.5 + rc() * 0.5; t < -0.1; t += 0.12 + rc() * 0.5) {
      const inGap = gaps.some(([a, b]) => t >= a && t <= b + 0.04);
      const thread = `http-nio-8080-exec-${between(rc, 1, 200)}`;
      if (inGap) {
        L.push(slf(startMin, t, thread, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No Server registered for Service: tools.descartes.teastore.persistence'));
        continue;
      }
      const [cls, line, op, ep] = pick(rc, servlets);
      const closed = rc() < 0.3;
      L.push(
        'com.netflix.client.ClientException: Number of retries on next server exceeded max 2 retries, while making a call for: teastore-persistence:8080',
        '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:351)',
        '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:340)',
        '\tat rx.internal.operators.OperatorOnErrorResumeNextViaFunction$4.onError(OperatorOnErrorResumeNextViaFunction.java:140)',
        '\tat rx.internal.operators.OnSubscribeConcatMap$ConcatMapSubscriber.drain(OnSubscribeConcatMap.java:286)',
        '\tat rx.observables.BlockingObservable.blockForSingle(BlockingObservable.java:463)',
        '\tat rx.observables.BlockingObservable.first(BlockingObservable.java:166)',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:230)',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:201)',
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.${op}(LoadBalancedCRUDOperations.java:${ep})`,
        `\tat ${cls}(${cls.split('.').slice(-2, -1)[0]}.java:${line})`,
        '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
        '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
        '\tat java.base/java.lang.Thread.run(Thread.java:829)',
        closed
          ? 'Caused by: jakarta.ws.rs.ProcessingException: java.io.IOException: Remotely closed'
          : 'Caused by: jakarta.ws.rs.ProcessingException: java.util.concurrent.TimeoutException: Timeout exceeded',
        '\tat org.glassfish.jersey.grizzly.connector.GrizzlyConnector.apply(GrizzlyConnector.java:263)',
        '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
        '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:662)',
        '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:697)',
        '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:420)',
        `\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.${op === 'getEntityWithProperties' ? 'getEntityWithProperty' : op}(NonBalancedCRUDOperations.java:${op === 'getEntity' ? 141 : op === 'getEntities' ? 175 : 232})`,
        '\t... 58 more',
        closed ? 'Caused by: java.io.IOException: Remotely closed' : 'Caused by: java.util.concurrent.TimeoutException: Timeout exceeded',
        closed
          ? '\tat com.ning.http.client.providers.grizzly.AsyncHttpClientFilter.handleEvent(AsyncHttpClientFilter.java:178)'
          : '\tat com.ning.http.client.providers.grizzly.GrizzlyAsyncHttpProvider.timeout(GrizzlyAsyncHttpProvider.java:485)',
        closed
          ? '\tat org.glassfish.grizzly.filterchain.ExecutorResolver$7.execute(ExecutorResolver.java:124)'
          : '\tat com.ning.http.client.providers.grizzly.GrizzlyAsyncHttpProvider$3.onTimeout(GrizzlyAsyncHttpProvider.java:276)',
        closed
          ? '\tat org.glassfish.grizzly.nio.transport.TCPNIOTransport.fireIOEvent(TCPNIOTransport.java:851)'
          : '\tat org.glassfish.grizzly.utils.IdleTimeoutFilter$DefaultWorker.doWork(IdleTimeoutFilter.java:398)',
        '\t... 4 more',
      );
    }
    return L;
  };
  const webui = callerLines(webStart, 's19-heap-webui', [
    ['tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 67, 'getEntities', 236],
    ['tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 61, 'getEntity', 143],
    ['tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest', 53, 'getEntities', 200],
    ['tools.descartes.teastore.webui.servlet.ProfileServlet.handleGETRequest', 66, 'getEntities', 236],
    ['tools.descartes.teastore.webui.servlet.CartServlet.handleGETRequest', 70, 'getEntity', 143],
  ], 'tools.descartes.teastore.webui');
  const auth = callerLines(authStart, 's19-heap-auth', [
    ['tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 138, 'getEntityWithProperties', 171],
    ['tools.descartes.teastore.auth.rest.AuthCartRest.addProductToCart', 74, 'getEntity', 143],
  ], 'tools.descartes.teastore.auth');
  void T;
  return {
    folder: 's19-persistence-heap-exhausted-registry-flapping',
    incidentTime,
    description: 'teastore very slow and error pages on and off since ~15:30, category pages time out',
    expected: { component: 'persistence', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188. Deviation: teastore-persistence got requests 500m/1Gi and
      limits 1 CPU/1Gi; the base image's dockermemoryconfigurator turns TOMCAT_HEAP_MEM_PERCENTAGE=50 of the cgroup v2 limit into
      -Xmx524288k (utilities/tools.descartes.teastore.dockermemoryconfigurator Configurator.java, start-up lines "cgroup memory max
      file … exists", "Setting heap space to … KiB"). No probes upstream, so the pod stays Running and Ready. Failure: the
      benchmark load driver has placed orders for eleven days with a fixed pool of users; the profile page (GET
      orders/user/{id}) and order-item reads materialize thousands of entities per request through EclipseLink, whose shared
      cache keeps them, until the heap is full: full-GC stalls, then java.lang.OutOfMemoryError: Java heap space on request
      threads, which Tomcat logs as "org.apache.coyote.AbstractProtocol$ConnectionHandler.process Failed to complete processing
      of a request" (its OOM handler closes the connection) and, for pool threads, "Exception in thread … OutOfMemoryError". The
      RESTClient (utilities/…/registryclient/util/RESTClient.java: Grizzly connector, 600 ms connect, 6000 ms read) times out or
      sees the connection closed; Ribbon (DefaultLoadBalancerRetryHandler(0, 2, true)) gives up with "Number of retries on next
      server exceeded max 2 retries", printed by ServiceLoadBalancer's onErrorReturn in webui and auth. During GC stalls the
      2.5 s heartbeats miss the registry's 10 s window (HeartbeatInfo.isAlive), so the registry logs "Removed
      tools.descartes.teastore.persistence@teastore-persistence:8080 since it failed the heartbeat!" and re-registers it seconds
      later, while callers log "No Server registered for Service: tools.descartes.teastore.persistence" (a decoy pointing at the
      registry). Second decoy: recommender restarted four days ago after an OOMKill. Log formats: Tomcat 10.0.27 JULI console,
      slf4j-simple (milliseconds since start), raw printStackTrace output without timestamps.
    `,
    workloads: {
      'teastore-persistence': {
        since: persStart,
        containers: { 'teastore-persistence': { resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } } },
      },
      'teastore-registry': { since: regStart },
      'teastore-webui': { since: webStart },
      'teastore-auth': { since: authStart },
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 - 77), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 77.3) } }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-registry#0/teastore-registry': registry,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
    },
  };
}

export const scenarios = [dbLeftReadOnly(), persistenceHeapExhausted()];
