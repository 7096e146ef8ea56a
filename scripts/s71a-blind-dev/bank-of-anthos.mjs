// Blind dev batch s71a — Bank of Anthos: one scenario (ledger-db left with ALLOW_CONNECTIONS false after maintenance).
// Spec for scripts/s2-scenario-kit.mjs through scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog/plog).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-19T11:24:00Z';
const T = clock(INC);
const FATAL = 'FATAL: database "postgresdb" is not currently accepting connections';
const pg = (min, pid, lvl, msg) => `${T.java(min).slice(0, 23)} UTC [${pid}] ${lvl}:  ${msg}`;

const ledgerDb = [
  pg(-60 * 24 * 8, 1, 'LOG', 'starting PostgreSQL 16.3 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(-60 * 24 * 8, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 8, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-46, 58, 'LOG', 'checkpoint starting: time'),
  pg(-45.2, 58, 'LOG', 'checkpoint complete: wrote 2213 buffers (13.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=47.902 s, sync=0.011 s, total=47.934 s; sync files=31, longest=0.004 s, average=0.001 s; distance=18231 kB, estimate=19012 kB; lsn=0/9A4C1E8, redo lsn=0/98F2A40'),
];
for (let i = 0; i < 18; i++) ledgerDb.push(pg(-33 + i * 1.8, 41210 + i * 37, 'FATAL', 'database "postgresdb" is not currently accepting connections'));

const javaFail = (svc, method) => {
  const out = [jlog(T, -60 * 24 * 8, 'INFO', 'logStarted', `Started ${svc[0].toUpperCase()}${svc.slice(1)}Application in 41.3 seconds (process running for 44.9)`)];
  for (let i = 0; i < 14; i++) {
    const min = -31 + i * 2.1;
    out.push(jlog(T, min, 'WARN', 'createPoolEntry', `HikariPool-1 - Pool is empty, failed to create/setup connection (31c9a0d2-7e41-4f0a-a${i}b1-2d3f4e5a6b7c) org.postgresql.util.PSQLException: ${FATAL}`));
    out.push(jlog(T, min + 0.5, 'ERROR', method, `Could not get JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=${Math.max(0, 3 - i)}, active=${Math.max(0, 3 - i)}, idle=0, waiting=${2 + (i % 3)})`));
  }
  return out;
};

const frontend = [plog(T, -60 * 24 * 8, 'INFO', 'create_app', 'Starting frontend service.')];
for (let i = 0; i < 16; i++) {
  const min = -29 + i * 1.7;
  frontend.push(plog(T, min, 'INFO', 'login', `Login successful for user testuser`));
  frontend.push(plog(T, min + 0.07, 'ERROR', 'home', `Error retrieving account balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)`));
  if (i % 4 === 1) frontend.push(plog(T, min + 0.3, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
}

const ledgerwriter = [jlog(T, -60 * 24 * 8, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 38.7 seconds (process running for 42.0)')];
for (let i = 0; i < 5; i++) {
  const min = -26 + i * 6.4;
  ledgerwriter.push(jlog(T, min, 'INFO', 'addTransaction', 'Received transaction submission'));
  ledgerwriter.push(jlog(T, min + 0.07, 'ERROR', 'getAvailableBalance', "Failed to retrieve account balance: I/O error on GET request for \"http://balancereader:8080/balances/1011226111\": Read timed out"));
}

export const scenarios = [
  withDefaults({
    folder: 's71a-ledger-db-allow-connections-false',
    incidentTime: INC,
    description: 'BoA: home page hangs / balance missing and payments time out since roughly 10:55, login still fine. ledger team pls look',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'partial-name', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 (ledger-db StatefulSet on the postgres
      image with POSTGRES_DB postgresdb from ledger-db-config, no probes on the database; balancereader,
      transactionhistory and ledgerwriter Spring Boot services with the default HikariCP pool on SPRING_DATASOURCE_URL;
      frontend Flask with a 4 s backend timeout). The fault follows the PostgreSQL maintenance step
      "ALTER DATABASE ... WITH ALLOW_CONNECTIONS false" (documented in the ALTER DATABASE reference, used to fence a
      database before REINDEX / dump-restore) left in place when the ledger team's maintenance job failed 38 minutes
      before the incident: the server keeps running and accepting TCP, but every new session ends with FATAL "database
      \\"postgresdb\\" is not currently accepting connections". Existing pooled sessions kept working until Hikari
      retired them, so the callers degraded over minutes: balancereader's and transactionhistory's pools empty out and
      requests wait the 30 s connectionTimeout, so the frontend's balance calls time out and ledgerwriter's balance check
      fails; login (userservice on accounts-db) still works. ledger-db's pod stays Running and Ready with no restart;
      its own log holds only the FATAL lines. Decoy: a plain restart rollout of the frontend three hours earlier
      (identical pod templates). Deviations: the Postgres minor version and the services' exact log texts are modelled,
      the maintenance job is not in the snapshot (it ran from a laptop through port-forward).`,
    workloads: {
      frontend: { rollout: { at: -180 } },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -180 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -179 },
    ],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'balancereader#0/balancereader': javaFail('balanceReader', 'getBalance'),
      'transactionhistory#0/transactionhistory': javaFail('transactionHistory', 'getTransactions'),
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
      'frontend#0/front': frontend,
    },
  }),
];
