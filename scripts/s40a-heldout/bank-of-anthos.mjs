// Bank of Anthos held-out scenario of batch s40a (split: test), written blind: the kit system of scripts/kit-systems/bank-of-anthos.mjs,
// one incident as data; built by scripts/s40a-build.mjs, which also applies the `post` fix-ups below.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const N0 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const BAD = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';

const T1 = clock('2026-05-19T10:58:00Z');
const DOWN = -20; // kubelet stops posting status
const EVICT = -15; // 300 s unreachable toleration runs out

const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T1.iso(DOWN - 0.2), lastTransitionTime: T1.iso(DOWN + 0.7), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

const springBoot = (T, min, svc) => [
  jlog(T, min, 'INFO', 'logStarting', `Starting ${svc[0].toUpperCase()}${svc.slice(1)}Application v0.6.10 using Java 17.0.12 with PID 1`),
  jlog(T, min + 0.05, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, min + 0.2, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
];

const pgRefused = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';

const ledgerwriterLog = [
  jlog(T1, -75, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T1, -48, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T1, -31, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T1, -22.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T1, -19.1, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08006'),
  jlog(T1, -19.1, 'ERROR', 'logExceptions', 'An I/O error occurred while sending to the backend.'),
  jlog(T1, -19.1, 'ERROR', 'addTransaction', 'Exception while processing transaction: org.springframework.orm.jpa.JpaSystemException: could not execute statement; nested exception is org.hibernate.exception.JDBCConnectionException: could not execute statement'),
  jlog(T1, -17.6, 'WARN', 'isConnectionDead', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@3c5a1f7e (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
  jlog(T1, -17.5, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'),
  jlog(T1, -17.5, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30001ms.'),
  jlog(T1, -17.5, 'ERROR', 'logExceptions', pgRefused),
  jlog(T1, -17.5, 'ERROR', 'addTransaction', 'Exception while processing transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
  ...[-13.2, -9.8, -7.1, -4.4, -2.2, -0.9].flatMap((m) => [
    jlog(T1, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'),
    jlog(T1, m, 'ERROR', 'logExceptions', pgRefused),
    jlog(T1, m, 'ERROR', 'addTransaction', 'Exception while processing transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
  ]),
];

const readerLog = (svc, start) => [
  ...springBoot(T1, start, svc),
  jlog(T1, start + 0.6, 'ERROR', 'throwPoolInitializationException', `HikariPool-1 - Exception during pool initialization.`),
  jlog(T1, start + 0.6, 'WARN', 'initiateService', 'HHH000342: Could not obtain connection to query metadata : ' + pgRefused),
  jlog(T1, start + 0.9, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T1, start + 0.95, 'INFO', 'startWithCallback', 'Initializing ledger reader'),
  jlog(T1, start + 1.0, 'ERROR', 'pollTransactions', `Could not poll ledger: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`),
  jlog(T1, start + 1.0, 'WARN', 'run', 'Ledger reader thread exiting'),
  jlog(T1, start + 2.1, 'ERROR', 'liveness', 'Ledger reader not healthy'),
  jlog(T1, start + 2.2, 'ERROR', 'liveness', 'Ledger reader not healthy'),
  jlog(T1, start + 2.3, 'ERROR', 'liveness', 'Ledger reader not healthy'),
];

const frontendLog = [
  jlog(T1, -40, 'INFO', 'home', 'Displaying home.'),
  jlog(T1, -30.3, 'INFO', 'payment', 'Payment initiated successfully.'),
  jlog(T1, -24.0, 'INFO', 'home', 'Displaying home.'),
  jlog(T1, -18.9, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -16.2, 'INFO', 'home', 'Displaying home.'),
  jlog(T1, -14.0, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -12.5, 'ERROR', 'home', 'Couldn\'t retrieve transaction history: 503 Server Error: Service Unavailable for url: http://transactionhistory:8080/transactions/1011226111'),
  jlog(T1, -9.7, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -7.0, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -5.5, 'INFO', 'home', 'Displaying home.'),
  jlog(T1, -4.3, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -2.1, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
  jlog(T1, -0.8, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
];

export const scenarios = [
  withDefaults({
    folder: 's40a-ledger-db-stuck-on-unreachable-node',
    incidentTime: '2026-05-19T10:58:00Z',
    description: 'bank app: payments + deposits failing since ~10:40, balances still load',
    expected: { component: 'ledger-db', cause: 'node-not-ready', node: BAD },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      Bank of Anthos v0.6.10 kubernetes-manifests on GKE (kit system): ledger-db is a one-replica StatefulSet (postgres, 5432) that
      ledgerwriter, balancereader and transactionhistory reach through ledger-db-config's SPRING_DATASOURCE_URL; the JVM readers keep a
      background ledger poller whose death makes /healthy answer 500 "Ledger reader not healthy" (upstream controllers).
      Fault: node gke-...-h2xd stops posting status (a hung kubelet/containerd, as GKE nodes do under a kernel soft lockup): the node
      lifecycle controller sets every condition Unknown "Kubelet stopped posting node status.", adds the unreachable taints and flips its
      pods' Ready to False; after the 300 s default toleration the taint-eviction controller marks them for deletion. The userservice and
      balancereader pods there are replaced on other nodes, but ledger-db-0 stays Terminating: a StatefulSet does not create a new
      ledger-db-0 while the old one cannot be confirmed gone (the documented at-most-one semantics), so ledger-db has no endpoint and
      PgJDBC reports "Connection to ledger-db:5432 refused" (kube-proxy rejects a Service without endpoints); its logs cannot be fetched.
      ledgerwriter fails every transaction, balancereader and transactionhistory lose their poller and restart on liveness failures
      (louder), while cached balances still load. The root cause is the unreachable node under ledger-db; ledger-db down is also accepted.
      Decoy: a contacts rollout two hours earlier, healthy.
    `,
    nodes: {
      [BAD]: {
        heartbeat: DOWN - 0.2,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T1.iso(DOWN + 0.7) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T1.iso(DOWN + 0.7) },
        ],
      },
    },
    workloads: {
      frontend: { pods: [{ node: N0 }] },
      userservice: {
        rsReplicas: 1,
        pods: [
          { node: N2, created: T1.iso(EVICT + 0.1) },
          { node: BAD },
        ],
      },
      contacts: {
        rollout: { at: -125, oldReplicas: 0, revision: 5 },
        containers: { contacts: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.11' } },
        pods: [{ node: N2 }],
      },
      ledgerwriter: { pods: [{ node: N0 }] },
      balancereader: {
        rsReplicas: 1,
        pods: [
          {
            node: N0, created: T1.iso(EVICT + 0.1),
            containers: { balancereader: cs.restartedRunning({ restarts: 2, startedAt: T1.iso(-3.6), ready: true, last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-9.1), finishedAt: T1.iso(-3.7) } }) },
          },
          { node: BAD },
        ],
      },
      transactionhistory: {
        pods: [{
          node: N2,
          containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-6.2), ready: true, last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-6.3) } }) },
        }],
      },
      'accounts-db': { pods: [{ name: 'accounts-db-0', node: N0 }] },
      'ledger-db': { pods: [{ name: 'ledger-db-0', node: BAD }] },
      loadgenerator: { pods: [{ node: N2 }] },
    },
    events: [
      { on: `node:${BAD}`, reason: 'NodeNotReady', message: `Node ${BAD} status is now: NodeNotReady`, source: 'node-controller', first: DOWN + 0.7 },
      ...['userservice#1', 'balancereader#1', 'ledger-db#0'].flatMap((p) => [
        { on: `pod:${p}`, reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: DOWN + 0.7 },
        { on: `pod:${p}`, reason: 'TaintManagerEviction', message: 'Marking for deletion Pod bank-of-anthos/%POD%', source: 'taint-eviction-controller', first: EVICT },
      ]),
      ...['userservice#0', 'balancereader#0'].flatMap((p) => [
        { on: `pod:${p}`, reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: EVICT + 0.1 },
        { on: `pod:${p}`, reason: 'Started', message: `Started container ${p.split('#')[0]}`, fieldPath: `spec.containers{${p.split('#')[0]}}`, first: EVICT + 0.4 },
      ]),
      { on: 'pod:balancereader#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', type: 'Warning', fieldPath: 'spec.containers{balancereader}', first: -10.0, last: -1.1, count: 6 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', fieldPath: 'spec.containers{balancereader}', first: -9.9, last: -3.8, count: 2 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', first: -6.5, last: -0.6, count: 4 },
      { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Container transactionhistory failed liveness probe, will be restarted', fieldPath: 'spec.containers{transactionhistory}', first: -6.4 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', source: 'deployment-controller', first: -125 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', source: 'deployment-controller', first: -124 },
    ],
    logs: {
      'frontend#0/front': frontendLog,
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog,
      'balancereader#0/balancereader': readerLog('balancereader', -3.6),
      'balancereader#0/balancereader/previous': readerLog('balancereader', -9.1),
      'transactionhistory#0/transactionhistory': readerLog('transactionhistory', -6.2),
      'transactionhistory#0/transactionhistory/previous': [
        jlog(T1, -40, 'INFO', 'getTransactions', 'Served cached transactions'),
        jlog(T1, -19.0, 'ERROR', 'pollTransactions', 'Could not poll ledger: org.springframework.dao.DataAccessResourceFailureException: could not extract ResultSet; nested exception is org.hibernate.exception.JDBCConnectionException: could not extract ResultSet'),
        jlog(T1, -19.0, 'WARN', 'run', 'Ledger reader thread exiting'),
        jlog(T1, -18.9, 'ERROR', 'liveness', 'Ledger reader not healthy'),
        jlog(T1, -12.5, 'ERROR', 'getTransactions', 'Error fetching transactions: ' + pgRefused),
        jlog(T1, -6.5, 'ERROR', 'liveness', 'Ledger reader not healthy'),
      ],
      'userservice#0/userservice': [
        jlog(T1, EVICT + 0.4, 'INFO', '<module>', 'Starting userservice.'),
        jlog(T1, -8.2, 'INFO', 'login', 'Login Successful.'),
        jlog(T1, -2.7, 'INFO', 'login', 'Login Successful.'),
      ],
      'contacts#0/contacts': [
        jlog(T1, -124.5, 'INFO', '<module>', 'Starting contacts service.'),
        jlog(T1, -11.3, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];

export const post = {
  's40a-ledger-db-stuck-on-unreachable-node': ({ dir, readJson, writeJson }) => {
    const podsFile = join(dir, 'pods.json');
    const pods = readJson(podsFile);
    const gone = new Set();
    for (const p of pods.items) {
      if (p.spec.nodeName !== BAD) continue;
      gone.add(p.metadata.name);
      p.metadata.deletionTimestamp = T1.iso(EVICT + (p.spec.terminationGracePeriodSeconds ?? 30) / 60);
      p.metadata.deletionGracePeriodSeconds = p.spec.terminationGracePeriodSeconds ?? 30;
      for (const c of p.status.conditions ?? []) {
        if (c.type === 'Ready') { c.status = 'False'; c.lastTransitionTime = T1.iso(DOWN + 0.7); delete c.reason; delete c.message; }
      }
    }
    writeJson(podsFile, pods);
    // Terminating pods leave the Endpoints; ledger-db is left with none.
    const epFile = join(dir, 'endpoints.json');
    const eps = readJson(epFile);
    for (const ep of eps.items) {
      for (const s of ep.subsets ?? []) {
        s.addresses = (s.addresses ?? []).filter((a) => !gone.has(a.targetRef.name));
        s.notReadyAddresses = (s.notReadyAddresses ?? []).filter((a) => !gone.has(a.targetRef.name));
        if (!s.addresses.length) delete s.addresses;
        if (!s.notReadyAddresses.length) delete s.notReadyAddresses;
      }
      ep.subsets = (ep.subsets ?? []).filter((s) => s.addresses || s.notReadyAddresses);
      if (!ep.subsets.length) delete ep.subsets;
      if (['ledger-db', 'userservice', 'balancereader'].includes(ep.metadata.name))
        ep.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = T1.iso(ep.metadata.name === 'ledger-db' ? DOWN + 0.7 : EVICT + 0.7);
    }
    writeJson(epFile, eps);
    // Controllers count only active pods.
    const dFile = join(dir, 'deployments.json');
    const ds = readJson(dFile);
    for (const d of ds.items)
      if (['userservice', 'balancereader'].includes(d.metadata.name))
        Object.assign(d.status, { replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 });
    writeJson(dFile, ds);
    const rsFile = join(dir, 'replicasets.json');
    const rss = readJson(rsFile);
    for (const r of rss.items)
      if (['userservice', 'balancereader'].includes(r.metadata.ownerReferences[0].name) && r.spec.replicas > 0)
        Object.assign(r.status, { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1 });
    writeJson(rsFile, rss);
    const stsFile = join(dir, 'statefulsets.json');
    const sts = readJson(stsFile);
    for (const s of sts.items)
      if (s.metadata.name === 'ledger-db') Object.assign(s.status, { readyReplicas: 0, availableReplicas: 0 });
    writeJson(stsFile, sts);
  },
};
import { join } from 'node:path';
