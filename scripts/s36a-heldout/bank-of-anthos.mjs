// Blind held-out scenario of batch s36a for Bank of Anthos (kubernetes-manifests at d0af047 on GKE), split: test.
// Kit spec with the kit system definition (withDefaults, ConfigMaps, log helpers); built by scripts/s36a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const B = '2026-06-03T15:26:00Z';
const TB = clock(B);
const N = { a: 'gke-boa-prod-pool-1-3f9a2c41-7kqm', b: 'gke-boa-prod-pool-1-3f9a2c41-h2xd', c: 'gke-boa-prod-pool-1-3f9a2c41-w5tn' };
const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: TB.iso(-9.7), lastTransitionTime: TB.iso(-9), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
const refused = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';
const readTimeout = 'org.springframework.dao.DataAccessResourceFailureException: PreparedStatementCallback; SQL [SELECT * FROM TRANSACTIONS WHERE TRANSACTION_ID > ? ORDER BY TRANSACTION_ID ASC]; An I/O error occurred while sending to the backend.; nested exception is org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.';
const gunicorn = (T, min) => [
  `[${T.java(min).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
  `[${T.java(min).slice(0, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
  `[${T.java(min).slice(0, 19)} +0000] [1] [INFO] Using worker: gthread`,
  `[${T.java(min + 0.01).slice(0, 19)} +0000] [7] [INFO] Booting worker with pid: 7`,
];

export const scenarios = [
  withDefaults({
    folder: 's36a-ledger-db-node-unreachable',
    description: 'bank app: balances + transaction history blank and transfers failing since ~15:17',
    incidentTime: B,
    expected: { component: 'ledger-db', cause: 'node-not-ready', node: N.b },
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: ledger-db is a one-replica StatefulSet (postgres, emptyDir data); balancereader, transactionhistory and ledgerwriter
      reach it through SPRING_DATASOURCE_URL jdbc:postgresql://ledger-db:5432/postgresdb (ledger-db-config); the frontend calls
      balancereader and transactionhistory over HTTP (service-api-config). GKE e2-standard-4 nodes, default 300 s
      not-ready/unreachable tolerations.
      Fault: node gke-...-h2xd stops posting status at 15:16 (kubelet/containerd hang, as in GKE node "NodeStatusUnknown" reports);
      the node controller marks it NotReady at 15:17, flips Ready on its pods (ledger-db-0, balancereader, userservice) and taints it
      unreachable; five minutes later the taint eviction controller marks the pods for deletion. The Deployments' replacements start
      elsewhere (userservice is Ready again; the new balancereader cannot load its cache and stays unready), but the StatefulSet
      does not create ledger-db-0 anew while the old pod is still Terminating on an unreachable kubelet, so ledger-db has no endpoint.
      Callers: transactionhistory and ledgerwriter log PgJDBC I/O errors then "Connection to ledger-db:5432 refused", the frontend
      logs connection refused to balancereader. No log can be read from the node. Decoy: contacts OOMKilled four days ago.
      Expected: the node (ledger-db on it), node-not-ready.`,
    nodes: {
      [N.b]: {
        heartbeat: -9.7,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: TB.iso(-9) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: TB.iso(-9) },
        ],
      },
    },
    workloads: {
      'ledger-db': { pods: [{ node: N.b, created: TB.iso(-60 * 24 * 11) }], endpointsChanged: -9 },
      userservice: {
        pods: [
          { node: N.b, created: TB.iso(-60 * 24 * 11) },
          { node: N.a, created: TB.iso(-3.9) },
        ],
        deployStatus: { observedGeneration: 5, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, conditions: [
          { type: 'Available', status: 'True', lastUpdateTime: TB.iso(-3.4), lastTransitionTime: TB.iso(-3.4), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: TB.iso(-60 * 24 * 11), lastTransitionTime: TB.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
        ] },
        endpointsChanged: -3.4,
      },
      balancereader: {
        pods: [
          { node: N.b, created: TB.iso(-60 * 24 * 11) },
          { node: N.c, created: TB.iso(-3.9), containers: { balancereader: cs.running(TB.iso(-3.8), { ready: false }) }, readyTransition: TB.iso(-3.9) },
        ],
        deployStatus: { observedGeneration: 5, replicas: 1, updatedReplicas: 1, unavailableReplicas: 1, conditions: [
          { type: 'Available', status: 'False', lastUpdateTime: TB.iso(-9), lastTransitionTime: TB.iso(-9), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: TB.iso(-60 * 24 * 11), lastTransitionTime: TB.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
        ] },
        endpointsChanged: -4,
      },
      contacts: {
        pods: [{ containers: { contacts: cs.restartedRunning({ restarts: 1, startedAt: TB.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: TB.iso(-60 * 24 * 11), finishedAt: TB.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    events: [
      { on: `node:${N.b}`, reason: 'NodeNotReady', message: `Node ${N.b} status is now: NodeNotReady`, source: 'node-controller', first: -9 },
      ...['ledger-db#0', 'userservice#0', 'balancereader#0'].map((p) => ({ on: `pod:${p}`, reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', source: 'node-controller', first: -8.9 })),
      ...['ledger-db#0', 'userservice#0', 'balancereader#0'].map((p) => ({ on: `pod:${p}`, reason: 'TaintManagerEviction', message: 'Marking for deletion Pod bank-of-anthos/%POD%', source: 'taint-eviction-controller', first: -4 })),
      { on: 'pod:userservice#1', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N.a}`, source: 'default-scheduler', first: -3.9 },
      { on: 'pod:balancereader#1', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N.c}`, source: 'default-scheduler', first: -3.9 },
      { on: 'pod:balancereader#1', reason: 'Started', message: 'Started container balancereader', first: -3.8 },
      { on: 'pod:balancereader#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -2.8, last: -0.1, count: 33 },
    ],
    logs: {
      'transactionhistory#0/transactionhistory': [
        jlog(TB, -12.4, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1011226111'),
        jlog(TB, -9.6, 'ERROR', 'run', `Error polling ledger: ${readTimeout}`),
        jlog(TB, -9.1, 'WARN', 'checkFailFast', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5b8d2f1c (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
        ...[-8.8, -7.0, -5.1, -3.3, -1.5, -0.2].map((m) => jlog(TB, m, 'ERROR', 'run', `Error polling ledger: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is ${refused}`)),
        jlog(TB, -2.1, 'ERROR', 'getTransactions', 'Cache error: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(TB, -13.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        ...[-8.2, -6.4, -4.0, -1.7].map((m) => jlog(TB, m, 'ERROR', 'addTransaction', `Failed to submit transaction: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is ${refused}`)),
      ],
      'balancereader#1/balancereader': [
        jlog(TB, -3.7, 'INFO', 'logStarting', 'Starting BalanceReaderApplication using Java 17.0.13 with PID 1 (/app/classes started by ? in /app)'),
        jlog(TB, -3.5, 'INFO', 'start', 'HikariPool-1 - Starting...'),
        jlog(TB, -3.4, 'ERROR', 'getConnection', `HikariPool-1 - Exception during pool initialization. ${refused}`),
        jlog(TB, -3.3, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 24.913 seconds (JVM running for 27.402)'),
        ...[-3.2, -2.4, -1.5, -0.6].map((m) => jlog(TB, m, 'ERROR', 'run', `Error polling ledger: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is ${refused}`)),
      ],
      'frontend#0/front': [
        jlog(TB, -11.8, 'INFO', 'home', 'Displaying home.'),
        ...[-8.5, -6.2, -3.6, -1.0].map((m) => jlog(TB, m, 'ERROR', 'home', "Couldn't retrieve balance for user: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2e4d90>: Failed to establish a new connection: [Errno 111] Connection refused'))")),
        ...[-8.4, -3.5].map((m) => jlog(TB, m, 'ERROR', 'home', "Couldn't retrieve transaction history: 500 Server Error: Internal Server Error for url: http://transactionhistory:8080/transactions/1011226111")),
      ],
      'userservice#1/userservice': [
        ...gunicorn(TB, -3.8),
        jlog(TB, -3.5, 'INFO', 'create_app', 'Starting userservice.'),
        jlog(TB, -1.9, 'INFO', 'login', 'Login Successful.'),
      ],
      'contacts#0/contacts': [jlog(TB, -5.3, 'INFO', 'get_contacts', 'Successfully retrieved contacts.')],
    },
  }),
];

// The node lifecycle controller flips Ready on the unreachable node's pods; the taint eviction marked them for deletion
// (Terminating for ever, the kubelet never confirms); the Endpoints controller drops terminating pods.
export const post = {
  's36a-ledger-db-node-unreachable': ({ readList, writeList }) => {
    const pods = readList('pods.json');
    const gone = new Set();
    for (const p of pods.items) {
      if (p.spec.nodeName !== N.b) continue;
      gone.add(p.metadata.name);
      p.metadata.deletionTimestamp = TB.iso(-4 + 5 / 60);
      p.metadata.deletionGracePeriodSeconds = p.spec.terminationGracePeriodSeconds;
      for (const c of p.status.conditions ?? []) {
        if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = TB.iso(-8.9); delete c.reason; delete c.message; }
        if (c.type === 'DisruptionTarget') continue;
      }
      p.status.conditions.push({ type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: TB.iso(-4), reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' });
    }
    writeList('pods.json', pods);
    const eps = readList('endpoints.json');
    for (const e of eps.items) {
      for (const s of e.subsets ?? []) {
        for (const k of ['addresses', 'notReadyAddresses']) {
          if (!s[k]) continue;
          s[k] = s[k].filter((a) => !gone.has(a.targetRef.name));
          if (!s[k].length) delete s[k];
        }
      }
      if (e.subsets) e.subsets = e.subsets.filter((s) => s.addresses || s.notReadyAddresses);
      if (e.subsets && !e.subsets.length) delete e.subsets;
    }
    writeList('endpoints.json', eps);
    const sts = readList('statefulsets.json');
    for (const s of sts.items) if (s.metadata.name === 'ledger-db') { delete s.status.readyReplicas; delete s.status.availableReplicas; }
    writeList('statefulsets.json', sts);
    // ReplicaSets count only pods that are not terminating.
    const rss = readList('replicasets.json');
    const isReady = (p) => p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    for (const r of rss.items) {
      const own = pods.items.filter((p) => p.metadata.ownerReferences?.[0]?.uid === r.metadata.uid && !p.metadata.deletionTimestamp);
      if (!pods.items.some((p) => p.metadata.ownerReferences?.[0]?.uid === r.metadata.uid && p.metadata.deletionTimestamp)) continue;
      r.spec.replicas = own.length;
      r.status.replicas = own.length;
      r.status.fullyLabeledReplicas = own.length;
      const n = own.filter(isReady).length;
      if (n) { r.status.readyReplicas = n; r.status.availableReplicas = n; } else { delete r.status.readyReplicas; delete r.status.availableReplicas; }
    }
    writeList('replicasets.json', rss);
  },
};
