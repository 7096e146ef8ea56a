// Blind dev batch s113c: Bank of Anthos scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A pgjdbc readOnly=true parameter edited into the shared ledger-db-config SPRING_DATASOURCE_URL, read by ledgerwriter.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I1 = '2026-05-19T15:42:00Z';
const T1 = clock(I1);
const restartAt = -31;

export const scenarios = [
  withDefaults({
    folder: 's113c-ledger-jdbc-readonly-url',
    description: 'payments broken since the config cleanup ~15:10, transfers fail with "error submitting payment". balances + history still load fine',
    incidentTime: I1,
    expected: { component: 'ledgerwriter', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy', 'louder-dependents'],
    grounding: `
      Manifest facts: ledgerwriter, balancereader and transactionhistory all take SPRING_DATASOURCE_URL from the shared
      ConfigMap ledger-db-config (kubernetes-manifests/config.yaml: jdbc:postgresql://ledger-db:5432/postgresdb); only
      ledgerwriter writes (INSERT INTO transactions through Spring Data JPA), the other two only read.
      Fault: a "config cleanup" edited ledger-db-config in place, appending ?readOnly=true to the JDBC URL (copied from a
      reporting replica's URL). pgjdbc's readOnly connection property with its default readOnlyMode=transaction makes every
      non-autocommit transaction BEGIN READ ONLY, so PostgreSQL answers "ERROR: cannot execute INSERT in a read-only
      transaction" (SQLSTATE 25006; pgjdbc docs, readOnly/readOnlyMode). Only ledgerwriter was restarted (rollout restart,
      identical pod template) after the edit and picked up the value; balancereader and transactionhistory keep their
      old pools and only read anyway. ledgerwriter stays Ready (its /ready does not touch the database).
      Decoys: transactionhistory restarted once three days ago (OOMKilled, cache warm-up), contacts rolled out v0.6.10
      config-identical two hours ago with a new LOG_LEVEL; the frontend is the loudest component.
      Deviations from upstream: the readOnly=true parameter; the LOG_LEVEL change on contacts.
    `,
    workloads: {
      ledgerwriter: {
        rollout: { at: restartAt, revision: 5 },
        deployAnnotations: {},
      },
      contacts: {
        rollout: { at: -124, revision: 4, oldContainers: { contacts: { env: [
          { name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'info' },
        ] } } },
        containers: { contacts: { env: [
          { name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'debug' },
        ] } },
      },
      transactionhistory: {
        pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: restartAt, last: restartAt },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: restartAt + 1.2, last: restartAt + 1.2 },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: restartAt + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', fieldPath: 'spec.containers{ledgerwriter}', message: `Container image "${image('ledgerwriter')}" already present on machine`, first: restartAt + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Created', fieldPath: 'spec.containers{ledgerwriter}', message: 'Created container ledgerwriter', first: restartAt + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', fieldPath: 'spec.containers{ledgerwriter}', message: 'Started container ledgerwriter', first: restartAt + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ledgerwriter}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: restartAt + 0.6, last: restartAt + 0.9, count: 3 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -124, last: -124 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -123, last: -123 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        `Picked up JAVA_TOOL_OPTIONS: -XX:+UseG1GC -XX:MaxRAMPercentage=75`,
        jlog(T1, restartAt + 0.6, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by root in /)'),
        jlog(T1, restartAt + 0.7, 'INFO', 'start', 'HikariPool-1 - Starting...'),
        jlog(T1, restartAt + 0.7, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5a1c0542'),
        jlog(T1, restartAt + 0.7, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
        jlog(T1, restartAt + 0.9, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 14.212 seconds (process running for 15.3)'),
        jlog(T1, -29.6, 'WARN', 'logExceptionStack', 'SQL Error: 0, SQLState: 25006'),
        jlog(T1, -29.6, 'ERROR', 'logExceptionStack', 'ERROR: cannot execute INSERT in a read-only transaction'),
        jlog(T1, -29.6, 'ERROR', 'addTransaction', 'Failed to add transaction: could not execute statement [ERROR: cannot execute INSERT in a read-only transaction] [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]; SQL [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]'),
        jlog(T1, -17.2, 'INFO', 'addTransaction', 'Received transaction: Transaction id=0, from=1011226111 (883745000), to=1033623433 (883745000), amount=2500'),
        jlog(T1, -17.2, 'WARN', 'logExceptionStack', 'SQL Error: 0, SQLState: 25006'),
        jlog(T1, -17.2, 'ERROR', 'logExceptionStack', 'ERROR: cannot execute INSERT in a read-only transaction'),
        jlog(T1, -17.2, 'ERROR', 'addTransaction', 'Failed to add transaction: could not execute statement [ERROR: cannot execute INSERT in a read-only transaction] [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]; SQL [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]'),
        jlog(T1, -3.4, 'INFO', 'addTransaction', 'Received transaction: Transaction id=0, from=1011226111 (883745000), to=1055757655 (883745000), amount=1200'),
        jlog(T1, -3.4, 'WARN', 'logExceptionStack', 'SQL Error: 0, SQLState: 25006'),
        jlog(T1, -3.4, 'ERROR', 'logExceptionStack', 'ERROR: cannot execute INSERT in a read-only transaction'),
        jlog(T1, -3.4, 'ERROR', 'addTransaction', 'Failed to add transaction: could not execute statement [ERROR: cannot execute INSERT in a read-only transaction] [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]; SQL [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]'),
      ],
      'frontend#0/front': [
        plog(T1, -29.6, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T1, -29.5, 'INFO', 'home', 'Displaying home.'),
        plog(T1, -17.2, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T1, -17.1, 'INFO', 'home', 'Displaying home.'),
        plog(T1, -9.0, 'INFO', 'home', 'Displaying home.'),
        plog(T1, -3.4, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T1, -3.3, 'INFO', 'home', 'Displaying home.'),
      ],
      'balancereader#0/balancereader': [
        jlog(T1, -40, 'INFO', 'pollTransactions', 'Polling for new transactions'),
        jlog(T1, -3.3, 'INFO', 'getBalance', 'Balance request for 1011226111'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T1, -3.3, 'INFO', 'getTransactions', 'Transaction history request for 1011226111'),
      ],
      'ledger-db#0/postgres': [
        `${T1.java(-29.6)} UTC [1187] ERROR:  cannot execute INSERT in a read-only transaction`,
        `${T1.java(-29.6)} UTC [1187] STATEMENT:  insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6) RETURNING *`,
        `${T1.java(-17.2)} UTC [1187] ERROR:  cannot execute INSERT in a read-only transaction`,
        `${T1.java(-17.2)} UTC [1187] STATEMENT:  insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6) RETURNING *`,
        `${T1.java(-3.4)} UTC [1187] ERROR:  cannot execute INSERT in a read-only transaction`,
        `${T1.java(-3.4)} UTC [1187] STATEMENT:  insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6) RETURNING *`,
      ],
      'contacts#0/contacts': [
        plog(T1, -123.5, 'INFO', 'create_app', 'Starting contacts service.'),
        plog(T1, -9.0, 'DEBUG', 'get_contacts', 'Getting contacts for user testuser'),
      ],
    },
  }),
];
