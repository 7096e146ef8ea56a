// Batch s32a held-out scenario for Bank of Anthos (split: test), written blind; built by scripts/s32a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, jlog/plog).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const FOLDER = 's32a-ledger-db-node-lost';
const T = clock('2026-08-21T03:18:00Z');
const DEAD = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const A = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const C = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const DOWN = -23.6; // node controller marks the Node NotReady (Unknown)
const EVICT = -18.6; // NoExecute unreachable taint + tolerationSeconds 300

const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-24.4), lastTransitionTime: T.iso(DOWN), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

const pgRefused = 'Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';
const javaBootFail = (t0, app) => [
  jlog(T, t0, 'INFO', 'logStarting', `Starting ${app} v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by nonroot in /app)`),
  jlog(T, t0 + 0.01, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, t0 + 0.2, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, t0 + 0.3, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, t0 + 0.32, 'ERROR', 'createPoolEntry', `HikariPool-1 - Exception during pool initialization.`),
  'org.postgresql.util.PSQLException: ' + pgRefused,
  '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)',
  '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
  '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)',
  '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)',
  'Caused by: java.net.ConnectException: Connection refused',
  '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
  jlog(T, t0 + 0.33, 'WARN', 'refresh', `Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name '${app === 'BalanceReaderApplication' ? 'balanceReaderController' : 'transactionHistoryController'}': Unsatisfied dependency expressed through constructor parameter 1; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`),
  jlog(T, t0 + 0.34, 'INFO', 'stopInternal', 'Stopping service [Tomcat]'),
  jlog(T, t0 + 0.35, 'ERROR', 'report', 'Application run failed'),
];
const ledgerwriterLog = () => {
  const out = [jlog(T, -60 * 24 * 12, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 41.873 seconds (JVM running for 44.912)')];
  for (let m = -50; m < DOWN - 0.2; m += 3.1) out.push(jlog(T, m, 'INFO', 'addTransaction', `Submitted transaction successfully`));
  for (let m = DOWN + 0.1; m < -0.3; m += 1.4) {
    out.push(jlog(T, m, 'WARN', 'logExceptionSafe', 'SQL Error: 0, SQLState: 08001'));
    out.push(jlog(T, m, 'ERROR', 'logExceptionSafe', pgRefused));
    out.push(jlog(T, m + 0.01, 'ERROR', 'addTransaction', 'Failed to submit transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'));
  }
  return out;
};
const frontendLog = () => {
  const out = [];
  const refused = (host, path) => `HTTPConnectionPool(host='${host}', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c${Math.abs(Math.round(path.length * 977)).toString(16)}d0>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
  for (let m = -45; m < DOWN; m += 2.7) out.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
  let k = 0;
  for (let m = DOWN + 0.3; m < -0.2; m += 0.9, k++) {
    const acct = ['1011226111', '1033623433', '1055757655'][k % 3];
    out.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    out.push(plog(T, m, 'ERROR', 'home', `Couldn't retrieve account balance: ${refused('balancereader', `/balances/${acct}`)}`));
    out.push(plog(T, m + 0.01, 'ERROR', 'home', `Couldn't retrieve transaction history: ${refused('transactionhistory', `/transactions/${acct}`)}`));
    if (k % 4 === 1) out.push(plog(T, m + 0.2, 'ERROR', 'deposit', `Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions`));
  }
  return out;
};

const terminating = { ready: false, node: DEAD, created: T.iso(-60 * 24 * 12), readyTransition: T.iso(DOWN) };

export const scenarios = [
  withDefaults({
    folder: FOLDER,
    split: 'test',
    incidentTime: '2026-08-21T03:18:00Z',
    description: 'boa prod: balances and transaction history empty, deposits failing since ~02:55. login still works',
    expected: { component: 'ledger-db', cause: 'node-not-ready', node: DEAD },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      GoogleCloudPlatform/bank-of-anthos kubernetes-manifests: ledger-db is a one-replica StatefulSet (postgres, emptyDir data,
      no probes); ledgerwriter, balancereader and transactionhistory read SPRING_DATASOURCE_URL from ledger-db-config
      (jdbc:postgresql://ledger-db:5432/postgresdb); balancereader and transactionhistory build their ledger cache at startup
      and have liveness /healthy (initialDelay 120s); frontend calls them through service-api-config.
      Fault: at 02:54 the GKE node ${DEAD} stops posting status (kubelet hung after a kernel soft lockup; the VM is still
      RUNNING so nothing repairs it yet). The node controller sets every condition Unknown "Kubelet stopped posting node
      status.", taints it unreachable and flips its pods' Ready to False; five minutes later (tolerationSeconds 300) the
      taint-eviction-controller marks them for deletion, but they stay Terminating because the kubelet never confirms.
      Deployment pods are replaced on the other nodes (userservice fine); the StatefulSet pod ledger-db-0 is not recreated
      while the old one still exists (at-most-one semantics), so ledger-db has no endpoints. The replacement balancereader
      and the restarted transactionhistory fail at startup (HikariPool "Connection to ledger-db:5432 refused", Spring
      "Application run failed") and crash-loop; ledgerwriter logs JDBCConnectionException on every transaction; the frontend
      logs Connection refused to balancereader and transactionhistory and 500s from ledgerwriter. accounts-db is on a healthy
      node, so login works.`,
    nodes: {
      [DEAD]: {
        heartbeat: -24.4,
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(DOWN) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(DOWN + 0.01) },
        ],
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
      },
    },
    workloads: {
      'ledger-db': { pods: [{ ...terminating }], endpointsChanged: DOWN, unavailableSince: DOWN },
      userservice: {
        rsReplicas: 1,
        pods: [{ ...terminating }, { node: A, created: T.iso(EVICT + 0.05) }],
        endpointsChanged: EVICT + 0.3,
        deployStatus: { observedGeneration: 5, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, conditions: [
          { type: 'Available', status: 'True', lastUpdateTime: T.iso(EVICT + 0.4), lastTransitionTime: T.iso(EVICT + 0.4), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
        ] },
      },
      balancereader: {
        rsReplicas: 1,
        unavailableSince: DOWN,
        pods: [
          { ...terminating },
          {
            node: C,
            created: T.iso(EVICT + 0.05),
            containers: { balancereader: cs.crashLoop({ restarts: 4, exitCode: 1, startedAt: T.iso(-2.9), finishedAt: T.iso(-2.4), backoff: '1m20s', container: 'balancereader' }) },
          },
        ],
        deployStatus: { observedGeneration: 5, replicas: 1, updatedReplicas: 1, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1, conditions: [
          { type: 'Available', status: 'False', lastUpdateTime: T.iso(DOWN), lastTransitionTime: T.iso(DOWN), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
        ] },
      },
      transactionhistory: {
        unavailableSince: -19.8,
        pods: [
          {
            node: C,
            created: T.iso(-60 * 24 * 12),
            containers: { transactionhistory: cs.crashLoop({ restarts: 3, exitCode: 1, startedAt: T.iso(-4.1), finishedAt: T.iso(-3.6), backoff: '40s', container: 'transactionhistory' }) },
          },
        ],
      },
      ledgerwriter: { pods: [{ node: A, created: T.iso(-60 * 24 * 12) }] },
      'accounts-db': { pods: [{ node: A }] },
      frontend: { pods: [{ node: C, created: T.iso(-60 * 24 * 12) }] },
      contacts: { pods: [{ node: C }] },
      loadgenerator: {
        pods: [{ node: A, containers: { loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: `node:${DEAD}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${DEAD} status is now: NodeNotReady`, first: DOWN },
      { on: 'pod:ledger-db#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: DOWN },
      { on: 'pod:userservice#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: DOWN },
      { on: 'pod:balancereader#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: DOWN },
      { on: 'pod:ledger-db#0', reason: 'TaintManagerEviction', source: 'taint-eviction-controller', message: 'Marking for deletion Pod bank-of-anthos/%POD%', first: EVICT },
      { on: 'pod:userservice#0', reason: 'TaintManagerEviction', source: 'taint-eviction-controller', message: 'Marking for deletion Pod bank-of-anthos/%POD%', first: EVICT },
      { on: 'pod:balancereader#0', reason: 'TaintManagerEviction', source: 'taint-eviction-controller', message: 'Marking for deletion Pod bank-of-anthos/%POD%', first: EVICT },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: userservice-%RS%', first: EVICT + 0.05 },
      { on: 'rs:balancereader', reason: 'SuccessfulCreate', message: 'Created pod: balancereader-%RS%', first: EVICT + 0.05 },
      { on: 'pod:userservice#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: EVICT + 0.05 },
      { on: 'pod:balancereader#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: EVICT + 0.05 },
      { on: 'pod:balancereader#1', reason: 'Pulling', fieldPath: 'spec.containers{balancereader}', message: `Pulling image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b"`, first: EVICT + 0.1 },
      { on: 'pod:balancereader#1', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{balancereader}', message: 'Back-off restarting failed container balancereader in pod %POD%(%PODUID%)', first: -13.5, last: -0.7, count: 14 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: -20.2, last: -19.9, count: 3 },
      { on: 'pod:transactionhistory#0', reason: 'Killing', fieldPath: 'spec.containers{transactionhistory}', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -19.9 },
      { on: 'pod:transactionhistory#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', message: 'Back-off restarting failed container transactionhistory in pod %POD%(%PODUID%)', first: -15.8, last: -0.9, count: 11 },
    ],
    logs: {
      'balancereader#1/balancereader': javaBootFail(-2.9, 'BalanceReaderApplication'),
      'balancereader#1/balancereader/previous': javaBootFail(-5.2, 'BalanceReaderApplication'),
      'transactionhistory#0/transactionhistory/previous': javaBootFail(-4.1, 'TransactionHistoryApplication'),
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog(),
      'frontend#0/front': frontendLog(),
      'userservice#1/userservice': [
        plog(T, EVICT + 0.3, 'INFO', 'create_app', 'Starting userservice.'),
        plog(T, -9.2, 'INFO', 'login', 'Getting the jwt token.'),
        plog(T, -9.2, 'INFO', 'login', 'Login Successful.'),
        plog(T, -3.4, 'INFO', 'login', 'Getting the jwt token.'),
        plog(T, -3.4, 'INFO', 'login', 'Login Successful.'),
      ],
    },
  }),
];

/** Pods of the lost Node: Ready flipped by the node lifecycle controller, marked for deletion by the taint eviction, gone from Endpoints. */
export const post = {
  [FOLDER]: ({ pods, endpoints }) => {
    for (const p of pods.items) {
      if (p.spec.nodeName !== DEAD) continue;
      p.metadata.deletionTimestamp = T.iso(EVICT);
      p.metadata.deletionGracePeriodSeconds = p.spec.terminationGracePeriodSeconds;
      for (const c of p.status.conditions ?? []) {
        if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = T.iso(DOWN); delete c.reason; delete c.message; }
        if (c.type === 'ContainersReady') { c.status = 'True'; delete c.reason; delete c.message; c.lastTransitionTime = p.metadata.creationTimestamp; }
      }
    }
    const gone = new Set(pods.items.filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name));
    for (const ep of endpoints.items) {
      for (const s of ep.subsets ?? []) {
        if (s.notReadyAddresses) s.notReadyAddresses = s.notReadyAddresses.filter((a) => !gone.has(a.targetRef.name));
        if (s.notReadyAddresses && !s.notReadyAddresses.length) delete s.notReadyAddresses;
      }
      ep.subsets = (ep.subsets ?? []).filter((s) => s.addresses || s.notReadyAddresses);
      if (!ep.subsets.length) delete ep.subsets;
    }
  },
};
