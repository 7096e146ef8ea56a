// Blind dev batch s53a, Bank of Anthos: one scenario on the kit system definition (bank-of-anthos kubernetes-manifests at d0af047).
// A ledger-db StatefulSet update adds envFrom a ConfigMap that was never created; ledger-db-0 is re-created and cannot start.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INCIDENT = '2026-05-12T14:26:00Z';
const T = clock(INCIDENT);
const UPDATE = -16.1; // 14:09:54 UTC, the ledger team's change window
const ledgerDb = base.workloads.find((w) => w.name === 'ledger-db').containers[0];
const HIKARI = 'logExceptions | HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=0)';
const pylog = (min, sev, fn, msg) => `{"timestamp": "${T.java(min).slice(0, 19)}", "message": "${fn} | ${msg}", "severity": "${sev}"}`;
const timeout = (host) => `HTTPConnectionPool(host='${host}', port=8080): Read timed out. (read timeout=4)`;

const readerLog = (name, first) => {
  const out = [
    jlog(T, -60 * 24 * 9 + 1.1, 'INFO', 'startWithCallback', 'Starting background thread.'),
    jlog(T, UPDATE + 0.05, 'WARN', 'isConnectionDead', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5b2a7c1e (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
  ];
  for (let m = UPDATE + 0.05 + first; m < -0.1; m += 0.5) {
    out.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'));
    out.push(`{"timestamp": "${T.java(m).slice(0, 19)}", "message": "${HIKARI}", "severity": "ERROR"}`);
    out.push(jlog(T, m, 'WARN', 'run', 'Could not reach ledger database'));
    if (Math.round(m * 2) % 3 === 0) {
      out.push(jlog(T, m + 0.01, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'));
      out.push(`{"timestamp": "${T.java(m + 0.01).slice(0, 19)}", "message": "${HIKARI}", "severity": "ERROR"}`);
      out.push(jlog(T, m + 0.01, 'ERROR', name === 'balancereader' ? 'getBalance' : 'getTransactions', 'Cache error'));
    }
  }
  return out;
};

const writerLog = () => {
  const out = [];
  for (const m of [-58.2, -51.7, -44.9, -38.3, -31.0, -25.6, -19.8]) out.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  for (const m of [-13.2, -9.6, -6.1, -2.7]) {
    out.push(jlog(T, m + 0.5, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'));
    out.push(`{"timestamp": "${T.java(m + 0.5).slice(0, 19)}", "message": "${HIKARI}", "severity": "ERROR"}`);
    out.push(jlog(T, m + 0.5, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
  }
  return out;
};

const frontLog = () => {
  const rows = [];
  const add = (m, ...a) => rows.push([m, pylog(m, ...a)]);
  for (const m of [-58.2, -51.7, -44.9, -38.3, -31.0, -25.6, -19.8]) add(m, 'INFO', m > -40 ? 'payment' : 'deposit', m > -40 ? 'Payment initiated successfully.' : 'Deposit submitted successfully.');
  for (const m of [-47.5, -33.8, -21.4, -11.9, -4.4]) add(m, 'INFO', '_login_helper', 'Successfully logged in.');
  for (const m of [-13.2, -9.6, -2.7]) add(m + 0.07, 'ERROR', 'payment', `Error submitting payment: ${timeout('ledgerwriter')}`);
  add(-6.1 + 0.07, 'ERROR', 'deposit', `Error submitting deposit: ${timeout('ledgerwriter')}`);
  for (const m of [-14.6, -11.8, -8.3, -4.3, -1.9]) {
    add(m, 'ERROR', 'make_call', `Error getting balance: ${timeout('balancereader')}`);
    add(m + 0.001, 'ERROR', 'make_call', `Error getting transaction_list: ${timeout('transactionhistory')}`);
  }
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
};

export const scenarios = [
  withDefaults({
    folder: 's53a-ledger-db-envfrom-missing-configmap',
    incidentTime: INCIDENT,
    description: 'bank: payments and deposits failing ("Payment failed") and some users see an empty balance + history since the 14:10 change window. ledger team says ledgerwriter/balancereader pods are all green',
    expected: { component: 'ledger-db', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'rollout-regression', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      'ledger-db': {
        containers: { postgres: { envFrom: [...ledgerDb.envFrom, { configMapRef: { name: 'ledger-db-tuning' } }] } },
        pods: [{
          name: 'ledger-db-0', phase: 'Pending', created: T.iso(UPDATE + 0.25), readyTransition: T.iso(UPDATE + 0.25),
          containers: { postgres: cs.waiting('CreateContainerConfigError', 'configmap "ledger-db-tuning" not found') },
        }],
        endpointsChanged: UPDATE,
      },
      userservice: {
        pods: [{ containers: { userservice: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 52), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 52.3) } }) } }],
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: UPDATE, last: UPDATE },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: UPDATE + 0.25, last: UPDATE + 0.25 },
      { on: 'pod:ledger-db#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/ledger-db-0 to %NODE%', first: UPDATE + 0.26, last: UPDATE + 0.26 },
      { on: 'pod:ledger-db#0', reason: 'Pulled', message: `Container image "${image('ledger-db')}" already present on machine`, first: UPDATE + 0.3, last: -0.2, count: 73, fieldPath: 'spec.containers{postgres}' },
      { on: 'pod:ledger-db#0', type: 'Warning', reason: 'Failed', message: 'Error: configmap "ledger-db-tuning" not found', first: UPDATE + 0.3, last: -0.2, count: 73, fieldPath: 'spec.containers{postgres}' },
    ],
    logs: {
      'balancereader#0/balancereader': readerLog('balancereader', 0.5),
      'transactionhistory#0/transactionhistory': readerLog('transactionhistory', 0.52),
      'ledgerwriter#0/ledgerwriter': writerLog(),
      'frontend#0/front': frontLog(),
    },
    post(dir, { editJson, readJson }) {
      const pods = readJson(dir, 'pods.json').items;
      const pod = pods.find((p) => p.metadata.name === 'ledger-db-0');
      const sts = readJson(dir, 'statefulsets.json').items.find((s) => s.metadata.name === 'ledger-db');
      const newRev = sts.status.updateRevision;
      const oldRev = 'ledger-db-7b9c6d5f84';
      editJson(dir, 'statefulsets.json', (l) => {
        const s = l.items.find((x) => x.metadata.name === 'ledger-db');
        s.metadata.generation = 4;
        s.status = { observedGeneration: 4, replicas: 1, readyReplicas: 0, currentReplicas: 0, updatedReplicas: 1, availableReplicas: 0, currentRevision: oldRev, updateRevision: newRev, collisionCount: 0 };
      });
      editJson(dir, 'endpoints.json', (l) => {
        const e = l.items.find((x) => x.metadata.name === 'ledger-db');
        e.subsets = [{ notReadyAddresses: [{ ip: pod.status.podIP, hostname: undefined, nodeName: pod.spec.nodeName, targetRef: { kind: 'Pod', namespace: 'bank-of-anthos', name: 'ledger-db-0', uid: pod.metadata.uid } }], ports: [{ name: 'tcp', port: 5432, protocol: 'TCP' }] }];
      });
      editJson(dir, 'events.json', (l) => {
        const node = pod.spec.nodeName;
        l.items.unshift({
          metadata: { name: 'ledger-db-0.18aeb5d2c47f9e10', namespace: 'bank-of-anthos', uid: '2f8a6c31-d94e-5b07-a3f1-6e0c9d7b4a28', resourceVersion: '9149991', creationTimestamp: T.iso(UPDATE) },
          involvedObject: { kind: 'Pod', namespace: 'bank-of-anthos', name: 'ledger-db-0', uid: 'a91d4e07-6c2b-5f38-b0e4-7d3a1c9f2e56', apiVersion: 'v1', resourceVersion: '9010422', fieldPath: 'spec.containers{postgres}' },
          reason: 'Killing', message: 'Stopping container postgres', source: { component: 'kubelet', host: node },
          firstTimestamp: T.iso(UPDATE), lastTimestamp: T.iso(UPDATE), count: 1, type: 'Normal', eventTime: null, reportingComponent: 'kubelet', reportingInstance: node,
        });
      });
    },
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ledger-db.yaml at d0af047: a StatefulSet (container postgres,
      envFrom environment-config, ledger-db-config, demo-data-config), default RollingUpdate strategy, which deletes ledger-db-0 before
      creating it again at the new revision. Fault: the ledger team's 14:10 change adds envFrom configMapRef ledger-db-tuning (Postgres
      tuning) whose ConfigMap was left out of the same change; the kubelet cannot build the container environment:
      CreateContainerConfigError 'configmap "ledger-db-tuning" not found', pod Pending with an IP, no ready endpoint, StatefulSet stuck
      between revisions (currentRevision old, updateRevision new).
      Dependents (src/ledger/*, Spring Boot 3, HikariCP, log4j2 pattern "%M | %msg"): LedgerReader polls the ledger and logs "Could not
      reach ledger database" after each 30 s Hikari timeout (Hibernate's SqlExceptionHelper logs "SQL Error: 0, SQLState: 08001" and
      the pool timeout), the balance and history caches answer "Cache error" on a miss, ledgerwriter's save cannot open a JPA
      transaction ("Failed to retrieve account balance", 500). Their readiness (/ready) and liveness (/healthy, thread alive) still
      pass, so every caller stays Ready. The frontend (api_call.py, frontend.py, BACKEND_TIMEOUT 4) logs read timeouts for balance,
      transaction_list and ledgerwriter, and users see "Payment failed" and an empty balance; cached accounts still show stale data.
      Decoy: userservice OOMKilled three days ago.
      Deviations: the ledger-db-tuning reference and the old controller revision name are invented; pgjdbc/Hikari object ids are
      invented.
    `,
  }),
];

