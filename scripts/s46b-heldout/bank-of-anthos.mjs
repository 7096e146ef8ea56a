// Batch s46b held-out scenario for Bank of Anthos (split: test), written blind against the kit and the kit system
// definition; see each scenario's grounding. `post` fixes up what the kit cannot express (pods on a lost Node).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const LOST = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const T = clock('2026-04-21T09:38:00Z');
const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-11.4), lastTransitionTime: T.iso(-10.8), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
const hikari = (svc, min, method) => [
  jlog(T, min, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'),
  jlog(T, min, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
  ...(method ? [jlog(T, min, 'ERROR', method.m, method.msg)] : []),
];
const every = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100); return out; };

const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, body) => writeFileSync(f, JSON.stringify(body, null, 2) + '\n');

export const scenarios = [
  withDefaults({
    folder: 's46b-ledger-db-node-lost',
    description: 'bank app: transfers fail and balances/history wont load for most users',
    incidentTime: '2026-04-21T09:38:00Z',
    expected: { component: 'ledger-db', cause: 'node-not-ready', node: LOST },
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: ledger-db is a one-replica StatefulSet (postgres, port 5432, emptyDir data) that ledgerwriter, balancereader
      and transactionhistory reach through SPRING_DATASOURCE_URL jdbc:postgresql://ledger-db:5432/postgresdb (ledger-db-config);
      the Java services use Spring Data JPA with HikariCP; the frontend calls them over HTTP (service-api-config).
      Fault: the GKE node running ledger-db-0 hangs (node-problem-detector's kernel monitor reports hung containerd tasks, then the
      kubelet stops posting status). The node lifecycle controller sets the node's conditions to Unknown, taints it
      unreachable and marks its pods not Ready, so the ledger-db Endpoints keep only a not-ready address and the ClusterIP refuses
      connections. Five minutes later the taint-eviction controller marks the pods for deletion: the loadgenerator Deployment gets
      a replacement on another node, but the StatefulSet controller cannot create a new ledger-db-0 while the old pod object is
      stuck Terminating on the unreachable node (the documented StatefulSet behaviour on node failure; Kubernetes docs
      "Force Delete StatefulSet Pods"). No logs can be fetched from the lost node.
      Callers: balancereader, transactionhistory and ledgerwriter log Hibernate SQLState 08001 and HikariCP "Connection is not
      available, request timed out after 30000ms"; the frontend logs failed payments and balance lookups, louder than the DB.
      Decoys: a healthy frontend rollout at 07:10; the loadgenerator pod recreated by the same eviction.`,
    nodes: {
      [LOST]: {
        heartbeat: -11.4,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-10.8) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-10.8) },
        ],
      },
    },
    workloads: {
      frontend: { rollout: { at: -148, revision: 9 }, pods: [{ node: N1 }] },
      contacts: { pods: [{ node: N2 }] },
      transactionhistory: { pods: [{ node: N1 }] },
      'ledger-db': { pods: [{ node: LOST }] },
      loadgenerator: {
        rsReplicas: 1,
        pods: [
          { node: N2, created: T.iso(-5.7) },
          { node: LOST },
        ],
      },
    },
    events: [
      { on: `node:${LOST}`, reason: 'TaskHung', message: 'INFO: task containerd:2281 blocked for more than 120 seconds.', source: 'kernel-monitor', type: 'Warning', first: -14.2, last: -11.9, count: 3 },
      { on: `node:${LOST}`, reason: 'NodeNotReady', message: `Node ${LOST} status is now: NodeNotReady`, source: 'node-controller', first: -10.8 },
      { on: 'pod:ledger-db#0', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', type: 'Warning', first: -10.8 },
      { on: 'pod:loadgenerator#1', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', type: 'Warning', first: -10.8 },
      { on: 'pod:ledger-db#0', reason: 'TaintManagerEviction', message: 'Marking for deletion Pod bank-of-anthos/ledger-db-0', source: 'taint-eviction-controller', first: -5.8 },
      { on: 'pod:loadgenerator#1', reason: 'TaintManagerEviction', message: 'Marking for deletion Pod bank-of-anthos/%POD%', source: 'taint-eviction-controller', first: -5.8 },
      { on: 'pod:loadgenerator#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -5.7 },
      { on: 'pod:loadgenerator#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/loadgenerator:v0.6.10@sha256:dd7e27f1b1bcbb9c85070eb900a6060d098d06d62ef03f98182424919895df83" already present on machine', first: -5.6, fieldPath: 'spec.containers{loadgenerator}' },
      { on: 'pod:loadgenerator#0', reason: 'Started', message: 'Started container loadgenerator', first: -5.6, fieldPath: 'spec.containers{loadgenerator}' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -148 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -146.6 },
    ],
    logs: {
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9, 'INFO', 'startWithCallback', 'Initializing transaction cache'),
        jlog(T, -60 * 24 * 9, 'INFO', 'logStartupProfileInfo', 'Started BalanceReaderApplication in 41.382 seconds (JVM running for 44.905)'),
        jlog(T, -10.5, 'WARN', 'isConnectionAlive', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@6d1c2b7e (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
        ...every(-10, -0.2, 0.5).flatMap((m) => hikari('balancereader', m)),
        jlog(T, -0.3, 'ERROR', 'getBalance', 'Error retrieving balance for 1011226111: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9, 'INFO', 'logStartupProfileInfo', 'Started TransactionHistoryApplication in 39.127 seconds (JVM running for 42.611)'),
        jlog(T, -10.4, 'WARN', 'isConnectionAlive', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@1f3e9a40 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
        ...every(-9.9, -0.2, 0.5).flatMap((m) => hikari('transactionhistory', m)),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -60 * 24 * 9, 'INFO', 'logStartupProfileInfo', 'Started LedgerWriterApplication in 36.504 seconds (JVM running for 39.872)'),
        jlog(T, -25.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        ...[-9.2, -7.1, -4.6, -2.3, -0.8].flatMap((m) => hikari('ledgerwriter', m, { m: 'addTransaction', msg: 'Error submitting transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.' })),
      ],
      'frontend#0/front': [
        plog(T, -60, 'INFO', 'home', 'Displaying home.'),
        ...[-9.7, -8.0, -6.1, -3.9, -1.6].map((m) => plog(T, m, 'ERROR', 'home', 'Error retrieving account balance: 500 Server Error:  for url: http://balancereader:8080/balances/1011226111')),
        ...[-9.2, -7.1, -4.6, -2.3, -0.8].map((m) => plog(T, m, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions')),
      ],
    },
  }),
];

/** The node lifecycle controller's and taint-eviction controller's marks on the pods of the lost Node; the kit cannot write them. */
export const post = {
  's46b-ledger-db-node-lost': (dir) => {
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    const lostPods = pods.items.filter((p) => p.spec.nodeName === LOST);
    for (const p of lostPods) {
      for (const c of p.status.conditions ?? []) {
        if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = T.iso(-10.8); delete c.reason; delete c.message; }
      }
      p.metadata.deletionTimestamp = T.iso(-5.3);
      p.metadata.deletionGracePeriodSeconds = 30;
    }
    writeJson(podsFile, pods);
    const lostIps = new Set(lostPods.map((p) => p.status.podIP));
    const epFile = join(dir, 'endpoints.json');
    const eps = readJson(epFile);
    for (const ep of eps.items)
      for (const s of ep.subsets ?? []) {
        const moved = (s.addresses ?? []).filter((a) => lostIps.has(a.ip));
        if (!moved.length) continue;
        s.addresses = s.addresses.filter((a) => !lostIps.has(a.ip));
        if (!s.addresses.length) delete s.addresses;
        s.notReadyAddresses = [...(s.notReadyAddresses ?? []), ...moved];
        ep.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = T.iso(-10.8);
      }
    writeJson(epFile, eps);
    const stsFile = join(dir, 'statefulsets.json');
    const sts = readJson(stsFile);
    for (const s of sts.items) if (s.metadata.name === 'ledger-db') { s.status.readyReplicas = 0; s.status.availableReplicas = 0; }
    writeJson(stsFile, sts);
    const rsFile = join(dir, 'replicasets.json');
    const rss = readJson(rsFile);
    // The ReplicaSet controller counts only active (not terminating) pods.
    for (const r of rss.items) if (r.metadata.name.startsWith('loadgenerator-')) Object.assign(r.status, { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1 });
    writeJson(rsFile, rss);
    const depFile = join(dir, 'deployments.json');
    const deps = readJson(depFile);
    for (const d of deps.items) if (d.metadata.name === 'loadgenerator') Object.assign(d.status, { replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 });
    writeJson(depFile, deps);
  },
};
