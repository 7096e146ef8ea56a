// s16 blind dev scenarios for TeaStore (split dev), expanded by scripts/s16-build-blind-dev-c.mjs with the kit.
// Written blind: expected answers fixed here before any snapshot was generated; the engine was never run on them.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmt = (T) => {
  const d = (m) => new Date(T.isoMs(m));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return {
    // Tomcat 10 OneLineFormatter: 04-Jun-2026 10:02:11.345 SEVERE [thread] class.method msg
    tc: (m, level, thread, src, msg) => { const x = d(m); return `${p(x.getUTCDate())}-${MON[x.getUTCMonth()]}-${x.getUTCFullYear()} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}.${p(x.getUTCMilliseconds(), 3)} ${level} [${thread}] ${src} ${msg}`; },
    // MariaDB 10.4 error log: 2026-06-16 14:31:07 412 [ERROR] msg
    maria: (m, tid, level, msg) => `${T.java(m).replace(/\.\d+$/, '')} ${tid} [${level}] ${msg}`,
    // EclipseLink default logger
    el: (m) => T.java(m),
  };
};
const tomcatStart = (F, m, ms) => [
  F.tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  F.tc(m + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  F.tc(m + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  F.tc(m + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

// ---------------------------------------------------------------------------------------------------------------
// 3. auth: BCrypt logins at the CPU limit during a campaign; HPA already at its maximum; pods stay Ready.
// ---------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2026-06-04T10:05:00Z';
  const T = clock(incidentTime);
  const F = fmt(T);
  const F0 = -25; // 09:40 newsletter goes out
  const authIdx = base.workloads.findIndex((w) => w.name === 'teastore-auth');
  const recIdx = base.workloads.findIndex((w) => w.name === 'teastore-recommender');
  const authC = base.workloads[authIdx].containers[0];
  const recC = base.workloads[recIdx].containers[0];
  const webui = [...tomcatStart(F, -60 * 24 * 9 + 0.3, 21450)];
  let k = 0;
  for (let m = F0 + 1.5; m < -0.1; m += 0.35) {
    k++;
    const t = `http-nio-8080-exec-${(k * 7) % 200 + 1}`;
    webui.push(F.tc(m, 'SEVERE', t, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'));
    webui.push('\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout at endpoint: useractions, with target service: tools.descartes.teastore.auth',
      '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:254)',
      '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:143)',
      '\t\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:63)',
      '\tCaused by: jakarta.ws.rs.ProcessingException: java.util.concurrent.TimeoutException',
      '\t\tat org.glassfish.jersey.grizzly.connector.GrizzlyConnector.apply(GrizzlyConnector.java:270)',
      '\t\t... 38 more');
    if (k % 4 === 0) webui.push(F.tc(m + 0.1, 'SEVERE', t, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      '\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout at endpoint: cart, with target service: tools.descartes.teastore.auth');
  }
  const authOld = [...tomcatStart(F, -60 * 24 * 9 + 0.3, 19877)];
  const authNew1 = [...tomcatStart(F, -23.4, 61204)];
  const authNew2 = [...tomcatStart(F, -20.4, 58771)];
  const persistence = [...tomcatStart(F, -60 * 24 * 9 + 0.3, 24110)];
  const recOld = [...tomcatStart(F, -110 + 0.5, 23012), `[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Training recommender with 18220 orders and 71934 order items.`];
  return {
    folder: 's16-auth-cpu-throttled-logins',
    incidentTime,
    description: 'teastore login super slow or error page since about 9:40, people cant log in',
    expected: { component: 'auth', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: teastore-auth (descartesresearch/teastore-auth, Tomcat 10 on 8080, no probes) checks passwords with BCrypt
      (auth/.../security: BCrypt.checkpw, CPU-bound, ~100 ms of a core per login at cost 10 and more at the limit); webui calls it
      through the registry client's ServiceLoadBalancer, whose RESTClient has a 6000 ms read timeout (DEFAULT_READ_TIMEOUT) and
      which throws LoadBalancerTimeoutException("Timout at endpoint: ..., with target service: ...", upstream spelling).
      Deviation from upstream (stated): the Shop Core team gave auth requests 250m / limits 500m CPU, 1Gi memory and an
      autoscaling/v2 HPA (min 1, max 3, 70 % CPU). Fault: a newsletter at 09:40 sent a login wave; every auth pod is pinned at its
      500m limit (HPA currentMetrics 196 % of request), the HPA scaled 1->2->3 within four minutes and is ScalingLimited
      (TooManyReplicas); the two new pods needed ~60 s to start under throttling. CFS throttling makes logins take seconds, webui
      hits the 6 s read timeout and shows the error page. auth pods stay Running and Ready (no probes; Tomcat keeps accepting) and
      log nothing special. A careful engineer names auth's CPU limit (resource exhaustion), not webui (the loud one) nor the
      database. The webui servlet is assumed to let LoadBalancerTimeoutException propagate to Tomcat (stack trace wording partly
      assumed). Decoy: a routine recommender rollout (1.4.2 -> 1.4.3) 110 minutes earlier, healthy since.`,
    workloads: {
      'teastore-auth': {
        replicas: 3,
        containers: { 'teastore-auth': { resources: { requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '500m', memory: '1Gi' } } } },
        pods: [{}, { created: T.iso(-23.9) }, { created: T.iso(-20.9) }],
      },
      'teastore-recommender': {
        rollout: { at: -110, revision: 6, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } },
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3', imagePullPolicy: 'IfNotPresent' } },
      },
    },
    hpas: [{
      name: 'teastore-auth',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'teastore-auth' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-20.9), currentReplicas: 3, desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '491m', averageUtilization: 196 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-20.9), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:teastore-auth', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -23.9, last: -23.9 },
      { on: 'hpa:teastore-auth', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -20.9, last: -20.9 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 2 from 1', first: -23.9, last: -23.9 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 3 from 2', first: -20.9, last: -20.9 },
      ...[1, 2].flatMap((i) => {
        const at = i === 1 ? -23.8 : -20.8;
        return [
          { on: `pod:teastore-auth#${i}`, reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: at, last: at },
          { on: `pod:teastore-auth#${i}`, reason: 'Pulling', fieldPath: 'spec.containers{teastore-auth}', message: 'Pulling image "descartesresearch/teastore-auth"', first: at + 0.05, last: at + 0.05 },
          { on: `pod:teastore-auth#${i}`, reason: 'Pulled', fieldPath: 'spec.containers{teastore-auth}', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.108s (1.108s including waiting). Image size: 262451839 bytes.', first: at + 0.1, last: at + 0.1 },
          { on: `pod:teastore-auth#${i}`, reason: 'Created', fieldPath: 'spec.containers{teastore-auth}', message: 'Created container teastore-auth', first: at + 0.15, last: at + 0.15 },
          { on: `pod:teastore-auth#${i}`, reason: 'Started', fieldPath: 'spec.containers{teastore-auth}', message: 'Started container teastore-auth', first: at + 0.2, last: at + 0.2 },
        ];
      }),
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': authOld,
      'teastore-auth#1/teastore-auth': authNew1,
      'teastore-auth#2/teastore-auth': authNew2,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-recommender#0/teastore-recommender': recOld,
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
// 4. teastore-db: the MariaDB volume is full (a general_log left on); reads work, every order insert fails.
// ---------------------------------------------------------------------------------------------------------------
const s4 = (() => {
  const incidentTime = '2026-06-16T14:52:00Z';
  const T = clock(incidentTime);
  const F = fmt(T);
  const F0 = -21; // 14:31
  const db = [
    F.maria(-60 * 24 * 9 + 0.4, 0, 'Note', 'InnoDB: 10.4.12 started; log sequence number 60841212; transaction id 23001'),
    F.maria(-60 * 24 * 9 + 0.4, 0, 'Note', 'Server socket created on IP: \'::\'.'),
    F.maria(-60 * 24 * 9 + 0.4, 0, 'Note', 'mysqld: ready for connections.'),
    "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  ];
  let k = 0;
  for (let m = F0; m < -0.2; m += 0.7) {
    k++;
    const tid = 40 + (k % 9);
    db.push(F.maria(m, tid, 'ERROR', `InnoDB: preallocating 65536 bytes for file ./teadb/${k % 2 ? 'persistenceorderitem' : 'persistenceorder'}.ibd failed with error 28`));
    db.push(F.maria(m, tid, 'ERROR', `mysqld: The table '${k % 2 ? 'persistenceorderitem' : 'persistenceorder'}' is full`));
    if (k % 6 === 1) db.push(F.maria(m + 0.01, 0, 'Warning', `mysqld: Disk is full writing '/var/lib/mysql/teastore-db.log' (Errcode: 28 "No space left on device"). Waiting for someone to free space... (Expect up to 60 secs delay for server to continue after freeing disk space)`),
      F.maria(m + 0.01, 0, 'Warning', 'mysqld: Retry in 60 secs. Message reprinted in 600 secs'));
  }
  const persistence = [...tomcatStart(F, -60 * 24 * 9 + 0.5, 24980)];
  k = 0;
  for (let m = F0 + 0.05; m < -0.2; m += 0.7) {
    k++;
    const t = `http-nio-8080-exec-${(k * 11) % 200 + 1}`;
    const table = k % 2 ? 'PERSISTENCEORDERITEM' : 'PERSISTENCEORDER';
    persistence.push(`[EL Warning]: ${F.el(m)}--UnitOfWork(${1893374000 + k * 7919})--Thread(Thread[${t},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
      `Internal Exception: java.sql.SQLException: The table '${table.toLowerCase()}' is full`,
      'Error Code: 1114',
      k % 2 ? 'Call: INSERT INTO PERSISTENCEORDERITEM (ID, QUANTITY, UNITPRICEINCENTS, ORDER_ID, PRODUCT_ID) VALUES (?, ?, ?, ?, ?)' : 'Call: INSERT INTO PERSISTENCEORDER (ID, ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, ORDERTIME, TOTALPRICEINCENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      `\tbind => [${k % 2 ? 5 : 10} parameters bound]`,
      `Query: InsertObjectQuery(tools.descartes.teastore.persistence.domain.${k % 2 ? 'PersistenceOrderItem' : 'PersistenceOrder'}@${(0x1a2b3c + k * 977).toString(16)})`);
  }
  const auth = [...tomcatStart(F, -60 * 24 * 9 + 0.5, 20112)];
  for (let m = F0 + 0.1; m < -0.2; m += 1.4) auth.push(F.tc(m, 'SEVERE', `http-nio-8080-exec-${Math.round(-m) % 40 + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause'),
    '\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:52)',
    '\t\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.sendEntityForCreation(NonBalancedCRUDOperations.java:71)',
    '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.placeOrder(AuthUserActionsRest.java:104)');
  return {
    folder: 's16-db-volume-full-orders',
    incidentTime,
    description: 'teastore checkout fails since ~14:30 - "order could not be placed". browsing + login fine',
    expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: teastore-db (descartesresearch/teastore-db, MariaDB 10.4.12, port 3306, no probes); teastore-persistence
      (EclipseLink over Connector/J, DB_HOST teastore-db, DB_PORT 3306) writes PersistenceOrder / PersistenceOrderItem rows when
      auth's AuthUserActionsRest.placeOrder posts them. Deviation from upstream (stated): the database runs on a 5Gi Longhorn
      claim teastore-db-data mounted at /var/lib/mysql (upstream keeps it in the container). Fault: a general_log switched on a
      week ago for debugging (SET GLOBAL general_log=ON, file teastore-db.log in the datadir) filled the volume at 14:31. MariaDB
      does not crash on ENOSPC: InnoDB fails to extend the order tablespaces ("preallocating ... failed with error 28", "The table
      '...' is full", error 1114 to the client) and the general-log writer waits ("Disk is full writing ... Waiting for someone to
      free space"). Reads keep working, so browsing and login work; persistence logs EclipseLink-4002 / Error Code 1114 for every
      insert and auth logs the 500s it gets back, louder than the database. The pod stays Running and Ready; no Kubernetes event
      reports a full filesystem on a CSI volume. A careful engineer names the database's full disk (resource exhaustion).
      Servlet name and stack frames of the auth trace are partly assumed. Decoy: teastore-image was OOMKilled three days ago
      (restartCount 1) and is fine since.`,
    workloads: {
      'teastore-db': {
        patch: { volumes: [{ name: 'teadb-data', persistentVolumeClaim: { claimName: 'teastore-db-data' } }] },
        containers: { 'teastore-db': { volumeMounts: [{ name: 'teadb-data', mountPath: '/var/lib/mysql' }] } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 44), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 44.1) } }) } }],
      },
    },
    pvcs: [{ name: 'teastore-db-data', size: '5Gi', storageClass: 'longhorn', volume: 'pvc-3e1d7a52-90c4-4b1f-8f6e-2d5c0b9a7e14', provisioner: 'driver.longhorn.io' }],
    logs: {
      'teastore-db#0/teastore-db': db,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-webui#0/teastore-webui': [...tomcatStart(F, -60 * 24 * 9 + 0.6, 22310)],
    },
  };
})();

export const scenarios = [s3, s4];
