// Blind dev batch s117a: one Bank of Anthos scenario (transactionhistory given a HikariCP connection-timeout of 250 ms
// through env, so under normal load history lookups fail while ledger-db is healthy). Built by scripts/s117a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I = '2025-07-14T16:05:00Z';
const T = clock(I);
const base = system.workloads.find((w) => w.name === 'transactionhistory').containers[0];
const newEnv = [...base.env, { name: 'SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT', value: '250' }];
export const scenarios = [
  withDefaults({
    folder: 's117a-history-hikari-timeout',
    incidentTime: I,
    description: 'bank transaction history keeps failing to load for users ("Error retrieving transaction history") last 40 min or so, balances + transfers ok. ledger team pls look',
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
    expected: { component: 'transactionhistory', cause: 'config-error' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'bad-deploy-rollout' }],
    workloads: {
      transactionhistory: { containers: { transactionhistory: { env: newEnv } }, rollout: { at: -44, oldContainers: { transactionhistory: { env: base.env } } } },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -44 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled down replica set transactionhistory-%OLD% to 0 from 1', first: -42.8 },
    ],
    logs: {
      'transactionhistory#0/transactionhistory': [
        jlog(T, -43.5, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 21.388 seconds (process running for 23.104)'),
        ...[-38, -29, -21, -12, -6, -2].flatMap((m) => [
          jlog(T, m, 'ERROR', 'getTransactions', 'Cache error: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'),
          jlog(T, m + 0.001, 'WARN', 'logSQLException', 'HikariPool-1 - Connection is not available, request timed out after 250ms.'),
        ]),
      ],
      'frontend#0/front': [-38, -29, -21, -12, -6, -2].map((m) => `{"timestamp": "${T.java(m).slice(0, 19)}", "message": "home | Error retrieving transaction history: 500 Server Error: Internal Server Error for url: http://transactionhistory:8080/transactions/1011226111", "severity": "ERROR"}`),
    },
    grounding: `Bank of Anthos as upstream (kubernetes-manifests at d0af047); transactionhistory is Spring Boot with HikariCP against ledger-db (SPRING_DATASOURCE_URL from ledger-db-config), and the frontend logs "Error retrieving transaction history" when the call fails.
    Invented deviation: the ledger team's Deployment change adds SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT=250 (Spring relaxed binding of spring.datasource.hikari.connection-timeout; 250 ms is HikariCP's minimum, documented in its README), so any wait for a pooled connection longer than 250 ms fails with "Connection is not available, request timed out after 250ms." The old and new ReplicaSets differ only in that env entry; pods stay Ready, ledger-db is healthy.
    Expected transactionhistory config-error; bad-deploy-rollout on transactionhistory also accepted since the value came in with a rollout.`,
  }),
];
