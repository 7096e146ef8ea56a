// s21b blind dev scenario for Bank of Anthos (split: dev): ledger-db out of connection slots ("too many clients") after an
// HPA scaled transactionhistory to its maximum. Kit system scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const T = clock('2026-06-16T14:52:00Z');
const [A, B, C] = ['gke-boa-prod-pool-1-3f9a2c41-7kqm', 'gke-boa-prod-pool-1-3f9a2c41-h2xd', 'gke-boa-prod-pool-1-3f9a2c41-w5tn'];
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const TOO_MANY = 'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already';
const HIKARI_TO = 'HikariPool-1 - Connection is not available, request timed out after 30000ms.';
const th = (created, node) => ({ created: T.iso(created), node, readyTransition: T.iso(created + 1.4) });
const acct = ['1033623433', '1055757655', '1077441377', '1099324699'];

const thPods = [
  th(-60 * 24 * 6, A), th(-60 * 24 * 6, B),
  th(-48, C), th(-48, A),
  th(-44, B), th(-44, C), th(-44, A),
  th(-40, B), th(-40, C),
  {
    created: T.iso(-40), node: A, readyTransition: T.iso(-40),
    containers: {
      transactionhistory: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-4.6), finishedAt: T.iso(-3.9), container: 'transactionhistory' }),
    },
  },
];

export const scenarios = [
  withDefaults({
    folder: 's21b-ledger-db-too-many-clients',
    incidentTime: '2026-06-16T14:52:00Z',
    description: 'payments/deposits failing for a lot of users since around 14:30, frontend says "Payment failed"',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      PostgreSQL's max_connections (100, the postgres image default; 3 reserved for superusers) is a classic limit hit by
      connection pools multiplied by replicas. Bank of Anthos' ledger services are Spring Boot with HikariCP (default
      maximumPoolSize 10, minimumIdle = max, so every pod holds 10 connections); ledger-db is the one postgres StatefulSet
      all three share (ledger-db-config SPRING_DATASOURCE_URL). Deviation from upstream: the team added an HPA to
      transactionhistory (min 2, max 10, CPU 60%); a burst of statement traffic plus the JVM's cache warm-up CPU scaled it
      2 -> 4 -> 7 -> 10 within eight minutes, i.e. 100 pooled connections from transactionhistory alone. ledger-db stays
      Running and Ready and logs "FATAL:  sorry, too many clients already" (postgres '%m [%p] ' prefix); the tenth
      transactionhistory pod cannot initialise its pool and crash-loops (the loud decoy), and as Hikari retires
      ledgerwriter's connections at maxLifetime (30 min) it cannot open new ones, so transfers and deposits time out
      ("Connection is not available, request timed out after 30000ms") and the frontend shows "Payment failed". Log shapes
      as the kit's log4j2/logging.conf JSON helpers; images, env, probes and limits as upstream d0af047.`,
    workloads: {
      transactionhistory: { replicas: 10, pods: thPods },
    },
    hpas: [{
      name: 'transactionhistory',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'transactionhistory' },
        minReplicas: 2, maxReplicas: 10,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
      },
      status: {
        lastScaleTime: T.iso(-40), currentReplicas: 10, desiredReplicas: 10,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 74, averageValue: '74m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-40), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-40), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -48 },
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 7; reason: cpu resource utilization (percentage of request) above target', first: -44 },
      { on: 'hpa:transactionhistory', reason: 'SuccessfulRescale', message: 'New size: 10; reason: cpu resource utilization (percentage of request) above target', first: -40 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 4 from 2', first: -48 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 7 from 4', first: -44 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 10 from 7', first: -40 },
      { on: 'pod:transactionhistory#9', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', first: -38.5, last: -4.2, count: 23 },
      { on: 'pod:transactionhistory#9', reason: 'BackOff', message: 'Back-off restarting failed container transactionhistory in pod %POD%_bank-of-anthos(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{transactionhistory}', first: -33, last: -0.8, count: 27 },
      { on: 'pod:transactionhistory#9', reason: 'Started', message: 'Started container transactionhistory', fieldPath: 'spec.containers{transactionhistory}', first: -39.6, last: -4.6, count: 7 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 6 + 0.2, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-39.4, 4187, 'FATAL', 'sorry, too many clients already'),
        pg(-39.4, 4188, 'FATAL', 'sorry, too many clients already'),
        pg(-33.1, 4302, 'FATAL', 'sorry, too many clients already'),
        pg(-27.8, 4419, 'FATAL', 'sorry, too many clients already'),
        pg(-21.0, 4576, 'FATAL', 'sorry, too many clients already'),
        pg(-19.6, 4590, 'FATAL', 'sorry, too many clients already'),
        pg(-17.2, 4633, 'FATAL', 'sorry, too many clients already'),
        pg(-14.9, 4671, 'FATAL', 'sorry, too many clients already'),
        pg(-12.3, 4712, 'FATAL', 'sorry, too many clients already'),
        pg(-9.8, 4760, 'FATAL', 'sorry, too many clients already'),
        pg(-7.5, 4801, 'FATAL', 'sorry, too many clients already'),
        pg(-4.3, 4855, 'FATAL', 'sorry, too many clients already'),
        pg(-4.3, 4856, 'FATAL', 'sorry, too many clients already'),
        pg(-2.2, 4890, 'FATAL', 'sorry, too many clients already'),
        pg(-0.9, 4913, 'FATAL', 'sorry, too many clients already'),
      ],
      'transactionhistory#9/transactionhistory/previous': [
        jlog(T, -4.55, 'INFO', 'logStarting', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by 1000 in /app)'),
        jlog(T, -4.4, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
        jlog(T, -4.35, 'ERROR', 'throwPoolInitializationException', 'HikariPool-1 - Exception during pool initialization.'),
        TOO_MANY,
        '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
        '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)',
        '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)',
        '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
        jlog(T, -4.0, 'ERROR', 'reportFailure', 'Application run failed'),
        `org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory': ${TOO_MANY}`,
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -26.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -22.9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -19.8, 'WARN', 'run', 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5c7f1a3e (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'),
        jlog(T, -17.5, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
        jlog(T, -14.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -11.0, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
        jlog(T, -8.2, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
        jlog(T, -5.6, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
        jlog(T, -2.7, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
        jlog(T, -0.6, 'ERROR', 'addTransaction', `Failed to submit transaction: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: ${HIKARI_TO}`),
      ],
      'frontend#0/front': [
        jlog(T, -22.9, 'INFO', 'payment', 'Payment initiated successfully.'),
        jlog(T, -17.0, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
        jlog(T, -14.1, 'INFO', 'deposit', 'Deposit submitted successfully.'),
        jlog(T, -10.5, 'ERROR', 'deposit', `Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
        jlog(T, -7.7, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
        jlog(T, -5.1, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
        jlog(T, -2.2, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
        jlog(T, -0.1, 'ERROR', 'deposit', `Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -30.2, 'INFO', 'getTransactions', `Retrieved transactions for account ${acct[0]}`),
        jlog(T, -12.8, 'INFO', 'getTransactions', `Retrieved transactions for account ${acct[2]}`),
      ],
    },
  }),
];
