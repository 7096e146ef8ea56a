// Batch s26a held-out scenario for Bank of Anthos (split: test), written blind: the ledger-db PostgreSQL runs out of
// connection slots (max_connections 100) after HPAs added last week scale balancereader and transactionhistory out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-29T17:40:00Z';
const T = clock(INC);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const hpa = (name, cur, desired, util) => ({
  name,
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
    minReplicas: 1,
    maxReplicas: 8,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
  },
  status: {
    currentReplicas: cur,
    desiredReplicas: desired,
    lastScaleTime: T.iso(-9),
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${util}m` } } }],
    conditions: [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
    ],
  },
});

// A pod that started after ledger-db ran out of slots: its ledger reader never loads, liveness (/healthy) kills it.
const starved = (container, created, restarts, startedMin) => ({
  created: T.iso(created),
  readyTransition: T.iso(created + 0.2),
  containers: {
    [container]: cs.restartedRunning({
      restarts,
      ready: false,
      startedAt: T.iso(startedMin),
      last: { exitCode: 143, reason: 'Error', startedAt: T.iso(startedMin - 2.9), finishedAt: T.iso(startedMin - 0.05) },
    }),
  },
});

const readerFail = (min, svc) => [
  jlog(T, min, 'WARN', 'checkFailFast', 'HikariPool-1 - Exception during pool initialization.'),
  jlog(T, min + 0.01, 'ERROR', 'run', `Ledger reader stopped polling: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`),
  jlog(T, min + 0.02, 'ERROR', 'run', 'Caused by: org.postgresql.util.PSQLException: FATAL: sorry, too many clients already'),
  jlog(T, min + 0.5, 'WARN', svc === 'balancereader' ? 'liveness' : 'liveness', 'Ledger reader not healthy'),
];

export const scenarios = [
  withDefaults({
    folder: 's26a-ledger-db-too-many-clients',
    split: 'test',
    description: 'payments failing on and off and some users see no balance, since ~17:15',
    incidentTime: INC,
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: Bank of Anthos kubernetes-manifests at d0af047 (kit system scripts/kit-systems/bank-of-anthos.mjs): ledger-db is
      the postgres StatefulSet (image ledger-db, PostgreSQL defaults, so max_connections=100 with 3 superuser slots), and
      ledgerwriter, balancereader and transactionhistory are Spring Boot services on HikariCP, whose default pool is 10 connections
      per pod (spring.datasource.hikari.maximum-pool-size unset upstream), all to ledger-db via SPRING_DATASOURCE_URL.
      Deviation from upstream: the platform team added two HPAs last week (balancereader and transactionhistory, 1..8 replicas,
      60% CPU of the 100m request). Month-end traffic and the JVMs' start-up CPU scale them to 6 and 5 replicas:
      10 pods x 10 connections + ledgerwriter's 10 exceeds the 97 usable slots. PostgreSQL refuses every new backend with
      "FATAL:  sorry, too many clients already" (log_line_prefix '%m [%p] '); the pods started last cannot open their pool, their
      ledger reader never loads, so they stay unready and the liveness probe on /healthy restarts them (exit 143) - the loud
      part. ledgerwriter's pool rotates connections at Hikari's maxLifetime and cannot replace them, so some payments wait 30 s
      for a connection and fail ("Connection is not available, request timed out after 30000ms"); the frontend shows failed
      payments and missing balances. ledger-db itself stays Running and Ready. The careful answer is ledger-db's connection
      slots exhausted (resource-exhaustion); the HPAs are the trigger, the restarting readers a consequence.
      Decoy: a contacts pod restarted once 3 days ago (OOMKilled at 128Mi), healthy since.
    `,
    hpas: [hpa('balancereader', 6, 6, 71), hpa('transactionhistory', 5, 5, 66)],
    workloads: {
      balancereader: {
        pods: [
          {}, {}, {},
          starved('balancereader', -24, 4, -3.2),
          starved('balancereader', -21, 3, -5.5),
          starved('balancereader', -9, 1, -4.1),
        ],
      },
      transactionhistory: {
        pods: [
          {}, {},
          starved('transactionhistory', -23, 4, -2.4),
          starved('transactionhistory', -18, 3, -6.2),
          starved('transactionhistory', -9, 1, -3.6),
        ],
      },
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 40),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'hpa:balancereader', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -24.5, last: -24.5 },
      { on: 'hpa:balancereader', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -21.5, last: -21.5 },
      { on: 'hpa:balancereader', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -9.5, last: -9.5 },
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -23.5, last: -23.5 },
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -18.5, last: -18.5 },
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -9.5, last: -9.5 },
      { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 6 from 5', first: -9.5, last: -9.5 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 5 from 4', first: -9.5, last: -9.5 },
      { on: 'pod:balancereader#3', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{balancereader}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -22.8, last: -0.4, count: 212 },
      { on: 'pod:balancereader#3', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{balancereader}', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: -20.2, last: -3.3, count: 12 },
      { on: 'pod:balancereader#3', reason: 'Killing', fieldPath: 'spec.containers{balancereader}', message: 'Container balancereader failed liveness probe, will be restarted', first: -20.1, last: -3.25, count: 4 },
      { on: 'pod:balancereader#4', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{balancereader}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -19.8, last: -0.2, count: 187 },
      { on: 'pod:balancereader#4', reason: 'Killing', fieldPath: 'spec.containers{balancereader}', message: 'Container balancereader failed liveness probe, will be restarted', first: -17.3, last: -5.55, count: 3 },
      { on: 'pod:balancereader#5', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{balancereader}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -8.0, last: -0.3, count: 84 },
      { on: 'pod:balancereader#5', reason: 'Killing', fieldPath: 'spec.containers{balancereader}', message: 'Container balancereader failed liveness probe, will be restarted', first: -4.15, last: -4.15 },
      { on: 'pod:transactionhistory#2', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{transactionhistory}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -21.9, last: -0.1, count: 205 },
      { on: 'pod:transactionhistory#2', reason: 'Killing', fieldPath: 'spec.containers{transactionhistory}', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -19.0, last: -2.45, count: 4 },
      { on: 'pod:transactionhistory#3', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{transactionhistory}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -16.9, last: -0.6, count: 150 },
      { on: 'pod:transactionhistory#3', reason: 'Killing', fieldPath: 'spec.containers{transactionhistory}', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -14.2, last: -6.25, count: 3 },
      { on: 'pod:transactionhistory#4', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{transactionhistory}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -8.0, last: -0.5, count: 81 },
      { on: 'pod:transactionhistory#4', reason: 'Killing', fieldPath: 'spec.containers{transactionhistory}', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -3.65, last: -3.65 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-62, 88, 'LOG', 'checkpoint starting: time'),
        pg(-61.6, 88, 'LOG', 'checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=41.211 s, sync=0.008 s, total=41.239 s; sync files=38, longest=0.002 s, average=0.001 s; distance=3344 kB, estimate=3561 kB'),
        pg(-32, 88, 'LOG', 'checkpoint starting: time'),
        pg(-31.5, 88, 'LOG', 'checkpoint complete: wrote 655 buffers (4.0%); 0 WAL file(s) added, 0 removed, 1 recycled; write=65.418 s, sync=0.011 s, total=65.452 s; sync files=41, longest=0.003 s, average=0.001 s; distance=5210 kB, estimate=5210 kB'),
        pg(-25.8, 24411, 'FATAL', 'sorry, too many clients already'),
        pg(-24.9, 24417, 'FATAL', 'sorry, too many clients already'),
        pg(-23.3, 24436, 'FATAL', 'sorry, too many clients already'),
        pg(-22.9, 24441, 'FATAL', 'sorry, too many clients already'),
        pg(-21.2, 24460, 'FATAL', 'sorry, too many clients already'),
        pg(-19.9, 24478, 'FATAL', 'sorry, too many clients already'),
        pg(-18.1, 24502, 'FATAL', 'sorry, too many clients already'),
        pg(-17.2, 24519, 'FATAL', 'sorry, too many clients already'),
        pg(-16.4, 24530, 'FATAL', 'sorry, too many clients already'),
        pg(-14.0, 24561, 'FATAL', 'sorry, too many clients already'),
        pg(-12.7, 24580, 'FATAL', 'sorry, too many clients already'),
        pg(-11.5, 24597, 'FATAL', 'sorry, too many clients already'),
        pg(-8.8, 24633, 'FATAL', 'sorry, too many clients already'),
        pg(-8.7, 24634, 'FATAL', 'sorry, too many clients already'),
        pg(-7.1, 24658, 'FATAL', 'sorry, too many clients already'),
        pg(-6.0, 24671, 'FATAL', 'sorry, too many clients already'),
        pg(-5.4, 24690, 'FATAL', 'sorry, too many clients already'),
        pg(-3.9, 24712, 'FATAL', 'sorry, too many clients already'),
        pg(-3.1, 24725, 'FATAL', 'sorry, too many clients already'),
        pg(-2.2, 24740, 'LOG', 'checkpoint starting: time'),
        pg(-2.0, 24743, 'FATAL', 'sorry, too many clients already'),
        pg(-1.3, 24751, 'FATAL', 'sorry, too many clients already'),
        pg(-0.6, 24766, 'FATAL', 'sorry, too many clients already'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -30, 'INFO', 'getBalance', 'Balance cache hit rate: 0.998'),
        jlog(T, -10, 'INFO', 'getBalance', 'Balance cache hit rate: 0.997'),
      ],
      'balancereader#3/balancereader': [
        jlog(T, -3.1, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 21.904 seconds (JVM running for 24.37)'),
        ...readerFail(-3.0, 'balancereader'),
        jlog(T, -1.9, 'ERROR', 'getBalance', 'Ledger reader not ready, refusing /balances request'),
      ],
      'balancereader#3/balancereader/previous': [
        jlog(T, -6.0, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 22.311 seconds (JVM running for 24.80)'),
        ...readerFail(-5.9, 'balancereader'),
      ],
      'transactionhistory#2/transactionhistory': [
        jlog(T, -2.3, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 20.117 seconds (JVM running for 22.96)'),
        ...readerFail(-2.2, 'transactionhistory'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -40, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -20, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -16.1, 'WARN', 'logExceptionStackTrace', 'SQL Error: 0, SQLState: 08004'),
        jlog(T, -16.1, 'ERROR', 'logExceptionStackTrace', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -16.1, 'ERROR', 'addTransaction', 'Error submitting transaction: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
        jlog(T, -13, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -9.4, 'ERROR', 'logExceptionStackTrace', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -9.4, 'ERROR', 'addTransaction', 'Error submitting transaction: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
        jlog(T, -7, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -4.8, 'ERROR', 'logExceptionStackTrace', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -4.8, 'ERROR', 'addTransaction', 'Error submitting transaction: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
        jlog(T, -2.2, 'ERROR', 'logExceptionStackTrace', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
        jlog(T, -2.2, 'ERROR', 'addTransaction', 'Error submitting transaction: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
      ],
      'frontend#0/front': [
        jlog(T, -30, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -16.0, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -11.2, 'ERROR', 'home', 'Couldn\'t retrieve balance for user: HTTPConnectionPool(host=\'balancereader\', port=8080): Read timed out. (read timeout=4)'),
        jlog(T, -9.3, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -6.5, 'ERROR', 'home', 'Couldn\'t retrieve transaction history for user: 503 Server Error: Service Unavailable for url: http://transactionhistory:8080/transactions/0066121447'),
        jlog(T, -4.7, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -2.1, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -1.0, 'INFO', 'home', 'Displaying home.'),
      ],
      'contacts#0/contacts': [
        jlog(T, -20, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];
