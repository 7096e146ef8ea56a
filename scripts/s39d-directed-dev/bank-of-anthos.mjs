// Batch s39d (directed dev): one Bank of Anthos no-fault scenario, built by scripts/s39d-build.mjs with
// scripts/kit-systems/bank-of-anthos.mjs. Written for the loopback-address capability: balancereader's datasource is
// 127.0.0.1:5432, served by its cloud-sql-proxy sidecar; one startup race after a node upgrade, healthy since.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-06-03T14:40:00Z';
const T = clock(INC);
const INSTANCE = 'boa-prod:us-central1:boa-ledger';
const PROXY_IMG = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1';
const OLD_NODE = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const NEW_NODE = 'gke-boa-prod-pool-1-3f9a2c41-m4jv';
const N0 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';

const proxy = {
  name: 'cloud-sql-proxy',
  image: PROXY_IMG,
  args: ['--structured-logs', '--private-ip', '--port=5432', INSTANCE],
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
  securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
};
const URL = { name: 'SPRING_DATASOURCE_URL', value: 'jdbc:postgresql://127.0.0.1:5432/postgresdb' };
// The ledger services of this cluster read the ledger through the Cloud SQL Auth Proxy (upstream extras/cloudsql pattern):
// the app container keeps its spec, gets SPRING_DATASOURCE_URL on 127.0.0.1 (overriding ledger-db-config) and a proxy sidecar.
const withProxy = (name) => {
  const base = system.workloads.find((w) => w.name === name);
  const app = base.containers[0];
  return { containers: [{ ...app, env: [...app.env.slice(0, -2), URL, ...app.env.slice(-2)] }, proxy] };
};

// times in minutes before the incident
const EVICT = -25.6; // drain of the old node evicts balancereader's pod there
const POD = EVICT + 0.03;
const APP_START = POD + 0.2;
const HIKARI_FAIL = APP_START + 0.31; // ~18.6 s of JVM/Spring start
const PROXY_START = HIKARI_FAIL + 0.015;
const PROXY_LISTEN = PROXY_START + 0.012;
const HIKARI_OK = HIKARI_FAIL + 0.05; // 3 s later
const READY = APP_START + 1.02; // readinessProbe initialDelaySeconds 60

const s = (min) => T.isoMs(min);
const plx = (min, sev, msg) => `{"severity":"${sev}","timestamp":"${s(min)}","message":"${msg}"}`;

const br0 = [
  jlog(T, APP_START + 0.08, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.10 with PID 1 (/app/classes started by ? in /app)'),
  jlog(T, APP_START + 0.085, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, APP_START + 0.2, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, HIKARI_FAIL - 0.0003, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, HIKARI_FAIL, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
  'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)',
  '\tat org.postgresql.Driver.makeConnection(Driver.java:443)',
  '\tat org.postgresql.Driver.connect(Driver.java:297)',
  '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
  '\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)',
  '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)',
  '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:100)',
  '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
  '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
  'Caused by: java.net.ConnectException: Connection refused',
  '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
  '\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)',
  '\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)',
  '\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)',
  '\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)',
  '\tat java.base/java.net.Socket.connect(Socket.java:633)',
  '\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)',
  '\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)',
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)',
  '\t... 58 common frames omitted',
  jlog(T, HIKARI_FAIL + 0.0004, 'WARN', 'getJdbcEnvironmentWithDefaults', 'HHH000342: Could not obtain connection to query metadata'),
  jlog(T, HIKARI_OK - 0.0002, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, HIKARI_OK, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b1f29fa'),
  jlog(T, HIKARI_OK + 0.0002, 'INFO', 'getConnection', 'HikariPool-1 - Start completed.'),
  jlog(T, HIKARI_OK + 0.03, 'INFO', 'initialize', 'Initialized JPA EntityManagerFactory for persistence unit \'default\''),
  jlog(T, HIKARI_OK + 0.07, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, HIKARI_OK + 0.075, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 22.41 seconds (process running for 23.9)'),
  jlog(T, HIKARI_OK + 0.09, 'INFO', 'pollTransactions', 'Starting to poll the ledger for new transactions'),
  jlog(T, HIKARI_OK + 0.17, 'INFO', 'pollTransactions', 'Initialized balance cache with 1148 transactions'),
];
const br1 = [
  jlog(T, -60 * 24 * 9 + 0.5, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 33.02 seconds (process running for 35.1)'),
  jlog(T, -60 * 24 * 9 + 0.52, 'INFO', 'pollTransactions', 'Starting to poll the ledger for new transactions'),
];
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377'];
for (let m = -44, i = 0; m < -0.3; m += 2.35, i++) {
  const target = m > READY && i % 2 === 0 ? br0 : br1;
  target.push(jlog(T, m, 'INFO', 'getBalance', `Retrieved balance for account ${ACCTS[i % ACCTS.length]} from cache`));
}

const proxy0 = [
  plx(PROXY_START + 0.001, 'INFO', 'Authorizing with Application Default Credentials'),
  plx(PROXY_LISTEN - 0.001, 'INFO', `[${INSTANCE}] Listening on 127.0.0.1:5432`),
  plx(PROXY_LISTEN, 'INFO', 'The proxy has started successfully and is ready for new connections!'),
];
const proxyOld = (min) => [
  plx(min, 'INFO', 'Authorizing with Application Default Credentials'),
  plx(min + 0.01, 'INFO', `[${INSTANCE}] Listening on 127.0.0.1:5432`),
  plx(min + 0.011, 'INFO', 'The proxy has started successfully and is ready for new connections!'),
];

// frontend: a couple of balance errors in the ~10 s after the eviction (kube-proxy still sends to the terminating pod), then 200s.
const fe = [];
const refused = (ip) =>
  `Error retrieving account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f9c3a61d2d0>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
for (let m = -44; m < -0.3; m += 1.9) fe.push([m, plog(T, m, 'INFO', 'home', 'Displaying home.')]);
fe.push([EVICT + 0.04, plog(T, EVICT + 0.04, 'ERROR', 'home', refused())]);
fe.push([EVICT + 0.041, plog(T, EVICT + 0.041, 'INFO', 'home', 'Displaying home.')]);
fe.push([EVICT + 0.15, plog(T, EVICT + 0.15, 'ERROR', 'home', refused())]);
fe.push([EVICT + 0.151, plog(T, EVICT + 0.151, 'INFO', 'home', 'Displaying home.')]);
for (const m of [-37.2, -18.4, -6.1]) fe.push([m, plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.')]);
fe.sort((a, b) => a[0] - b[0]);

const th = [
  jlog(T, -60 * 24 * 2 - 95 + 0.6, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 31.70 seconds (process running for 33.9)'),
  jlog(T, -31.4, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
  jlog(T, -12.2, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1033623433'),
  jlog(T, -2.7, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
];
const lw = [
  jlog(T, -37.2, 'INFO', 'addTransaction', 'Received transaction from account 1011226111 to account 1033623433'),
  jlog(T, -18.4, 'INFO', 'addTransaction', 'Received transaction from account 1011226111 to account 1055757655'),
  jlog(T, -6.1, 'INFO', 'addTransaction', 'Received transaction from account 1011226111 to account 1033623433'),
];

export const scenarios = [
  withDefaults({
    folder: 's39d-balancereader-cloudsql-proxy-nofault',
    description: 'balances slow / erroring earlier? anything wrong with balancereader now?',
    incidentTime: INC,
    difficulty: 'hard',
    traits: ['no-fault', 'decoy'],
    grounding: `
      Directed scenario (written for the loopback-address capability, not blind). Bank of Anthos v0.6.10 kubernetes-manifests
      with the ledger on Cloud SQL for PostgreSQL as upstream's extras/cloudsql variant does it: ledgerwriter, balancereader
      and transactionhistory each run a cloud-sql-proxy sidecar (gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1, args
      --structured-logs --private-ip --port=5432 ${INSTANCE}; no containerPort declared, as in Google's sidecar example) and
      read SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/postgresdb, which the proxy serves inside the pod. The
      in-cluster ledger-db StatefulSet still runs as the rollback target of the migration. balancereader runs 2 replicas.
      About 26 minutes before the question a routine GKE node pool upgrade (surge, one node at a time, 1.30.5-gke.1443001 to
      1.30.6-gke.1125000) drained ${OLD_NODE} and replaced it with ${NEW_NODE} (NodeNotSchedulable, RemovingNode,
      RegisteredNode, NodeReady events; the upgrade paused at the end of the maintenance window). The balancereader pod on
      the drained node was evicted: for ~10 s kube-proxy still sent some frontend requests to the terminating pod and the
      frontend logged two "Error retrieving account balance: ... [Errno 111] Connection refused"; the other replica served
      everything else. The replacement pod landed on the new node, whose image cache was empty: the kubelet pulled and
      started the app container first and the proxy's image only afterwards, so Spring Boot's first Hikari connection
      (~18 s into JVM start) raced the proxy and PgJDBC logged ONE "Connection to 127.0.0.1:5432 refused" (HikariPool-1
      initialization failure, HHH000342). Three seconds later the proxy was "Listening on 127.0.0.1:5432", the pool started
      and the app has logged normal INFO lines since; the pod became Ready after the 60 s readiness delay with zero
      restarts. Nothing is wrong now: the 127.0.0.1 URL is served by the sidecar in the same pod. Decoys: the upgrade
      events, the startup refused line, transactionhistory's liveness restart two days ago (exit 143). Expected: no fault.
    `,
    // the surge node is new and already upgraded; the two others still run the old kubelet
    post: {
      'nodes.json': (list) => {
        const n = list.items.find((x) => x.metadata.name === NEW_NODE);
        n.metadata.creationTimestamp = T.iso(EVICT - 3.1);
        n.status.nodeInfo.kubeletVersion = 'v1.30.6-gke.1125000';
        n.status.nodeInfo.kubeProxyVersion = 'v1.30.6-gke.1125000';
        for (const c of n.status.conditions) c.lastTransitionTime = T.iso(EVICT - 2.3);
      },
    },
    nodes: {
      [OLD_NODE]: { name: NEW_NODE, ip: '10.128.0.27', podCidr: '10.52.5', providerID: `gce://boa-prod/us-central1-a/${NEW_NODE}` },
    },
    workloads: {
      ledgerwriter: { patch: withProxy('ledgerwriter'), pods: [{ node: N0 }] },
      transactionhistory: {
        patch: withProxy('transactionhistory'),
        pods: [{
          node: N2,
          containers: {
            transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 95), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 95.1) } }),
          },
        }],
      },
      balancereader: {
        patch: withProxy('balancereader'),
        replicas: 2,
        pods: [
          {
            node: NEW_NODE,
            created: T.iso(POD),
            readyTransition: T.iso(READY),
            containers: { balancereader: cs.running(T.iso(APP_START)), 'cloud-sql-proxy': cs.running(T.iso(PROXY_START)) },
          },
          { node: N2 },
        ],
      },
      userservice: { pods: [{ node: N0 }] },
      'ledger-db': { pods: [{ name: 'ledger-db-0', node: N2 }] },
    },
    events: [
      { on: `node:${OLD_NODE}`, reason: 'NodeNotSchedulable', message: `Node ${OLD_NODE} status is now: NodeNotSchedulable`, first: EVICT - 0.4 },
      { on: `node:${OLD_NODE}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${OLD_NODE} event: Removing Node ${OLD_NODE} from Controller`, first: EVICT + 2.1 },
      { on: `node:${NEW_NODE}`, reason: 'Starting', message: 'Starting kubelet.', first: EVICT - 2.6 },
      { on: `node:${NEW_NODE}`, reason: 'NodeReady', message: `Node ${NEW_NODE} status is now: NodeReady`, first: EVICT - 2.3 },
      { on: `node:${NEW_NODE}`, source: 'node-controller', reason: 'RegisteredNode', message: `Node ${NEW_NODE} event: Registered Node ${NEW_NODE} in Controller`, first: EVICT - 2.4 },
      { on: 'pod:balancereader#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: POD },
      { on: 'pod:balancereader#0', reason: 'Pulling', message: 'Pulling image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b"', fieldPath: 'spec.containers{balancereader}', first: POD + 0.01 },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" in 10.874s (10.874s including waiting). Image size: 187463312 bytes.', fieldPath: 'spec.containers{balancereader}', first: APP_START - 0.01 },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', fieldPath: 'spec.containers{balancereader}', first: APP_START - 0.005 },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', fieldPath: 'spec.containers{balancereader}', first: APP_START },
      { on: 'pod:balancereader#0', reason: 'Pulling', message: `Pulling image "${PROXY_IMG}"`, fieldPath: 'spec.containers{cloud-sql-proxy}', first: APP_START + 0.001 },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Successfully pulled image "${PROXY_IMG}" in 19.337s (19.337s including waiting). Image size: 21530417 bytes.`, fieldPath: 'spec.containers{cloud-sql-proxy}', first: PROXY_START - 0.005 },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container cloud-sql-proxy', fieldPath: 'spec.containers{cloud-sql-proxy}', first: PROXY_START - 0.003 },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container cloud-sql-proxy', fieldPath: 'spec.containers{cloud-sql-proxy}', first: PROXY_START },
    ],
    logs: {
      'balancereader#0/balancereader': br0,
      'balancereader#0/cloud-sql-proxy': proxy0,
      'balancereader#1/balancereader': br1,
      'balancereader#1/cloud-sql-proxy': proxyOld(-60 * 24 * 9 + 0.05),
      'ledgerwriter#0/ledgerwriter': lw,
      'ledgerwriter#0/cloud-sql-proxy': proxyOld(-60 * 24 * 9 + 0.05),
      'transactionhistory#0/transactionhistory': th,
      'transactionhistory#0/cloud-sql-proxy': proxyOld(-60 * 24 * 9 + 0.05),
      'frontend#0/front': fe.map((e) => e[1]),
    },
  }),
];
