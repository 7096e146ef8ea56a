// Blind dev batch s83a, Bank of Anthos: one scenario (ledger-db stuck in a long crash recovery; the ledger services are loud).
// System from scripts/kit-systems/bank-of-anthos.mjs (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests v0.6.10).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const T = clock('2026-05-16T07:31:00Z');
const pg = (min, lvl, msg) => `${T.java(min)} UTC [${lvl === 'FATAL' ? 2291 : 1}] ${lvl}:  ${msg}`;
const STARTING = 'org.postgresql.util.PSQLException: FATAL: the database system is starting up';

export const scenarios = [
  withDefaults({
    folder: 's83a-ledger-db-long-crash-recovery',
    incidentTime: '2026-05-16T07:31:00Z',
    description: 'bank app: balances not loading and transfers erroring since 7:15ish, logins still ok',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      balancereader, transactionhistory and ledgerwriter (Spring Boot, log4j2 JSON layout) read SPRING_DATASOURCE_URL
      from ledger-db-config and reach ledger-db (postgres StatefulSet). The fault follows the PostgreSQL behaviour after
      an unclean stop: on restart the server replays WAL ("database system was not properly shut down; automatic
      recovery in progress") and refuses every connection with SQLSTATE 57P03 "the database system is starting up"
      until redo ends; with a large WAL backlog on a throttled disk that takes many minutes. Here ledger-db-0's
      container was killed at 07:14 (exit 137, not OOM) and is still in redo; the pod is Running (no probes upstream).
      balancereader and transactionhistory restart on their liveness probe because their ledger reader thread dies,
      and frontend shows errors. Deviation from upstream: none. Decoy: accounts-db logs a routine checkpoint; frontend's
      login path still works.`,
    workloads: {
      'ledger-db': {
        pods: [{ containers: { postgres: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-16.5), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-16.8) } }) } }],
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-3), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9), finishedAt: T.iso(-3.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', type: 'Warning', fieldPath: 'spec.containers{balancereader}', first: -12, last: -3.4, count: 6 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', fieldPath: 'spec.containers{balancereader}', first: -9.3, last: -3.3, count: 2 },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{balancereader}', first: -2.5, last: -0.3, count: 14 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-16.4, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
        pg(-16.4, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-16.3, 'LOG', 'database system was interrupted; last known up at 2026-05-16 07:09:41 UTC'),
        pg(-16.2, 'LOG', 'database system was not properly shut down; automatic recovery in progress'),
        pg(-16.2, 'LOG', 'redo starts at 3/A1C29E08'),
        pg(-14.1, 'FATAL', 'the database system is starting up'),
        pg(-6.1, 'LOG', 'redo in progress, elapsed time: 600.14 s, current LSN: 3/F40B7A18'),
        pg(-2.2, 'FATAL', 'the database system is starting up'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -2.9, 'INFO', 'main', 'Started BalanceReaderApplication in 22.81 seconds (process running for 24.6)'),
        jlog(T, -2.5, 'ERROR', 'pollTransactions', `Ledger reader stopped: ${STARTING}`),
        jlog(T, -1.1, 'ERROR', 'isReady', 'Ledger cache not yet loaded'),
      ],
      'balancereader#0/balancereader/previous': [
        jlog(T, -8.7, 'INFO', 'main', 'Started BalanceReaderApplication in 23.40 seconds (process running for 25.1)'),
        jlog(T, -8.5, 'ERROR', 'pollTransactions', `Ledger reader stopped: ${STARTING}`),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -40, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -11, 'ERROR', 'addTransaction', `Could not get a connection: ${STARTING}`),
        jlog(T, -4, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 : [ready]'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -13, 'ERROR', 'pollTransactions', `Ledger reader stopped: ${STARTING}`),
      ],
      'frontend#0/front': [
        `{"timestamp": "${T.java(-5).slice(0, 19)}", "message": "home | Error retrieving balance: 503 Server Error: Service Unavailable for url: http://balancereader:8080/balances/1011226111", "severity": "ERROR"}`,
        `{"timestamp": "${T.java(-4).slice(0, 19)}", "message": "payment | Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions", "severity": "ERROR"}`,
        `{"timestamp": "${T.java(-1).slice(0, 19)}", "message": "login | Login Successful", "severity": "INFO"}`,
      ],
      'accounts-db#0/accounts-db': [
        `${T.java(-20)} UTC [27] LOG:  checkpoint complete: wrote 14 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.319 s, sync=0.004 s, total=1.331 s; sync files=11, longest=0.002 s, average=0.001 s; distance=71 kB, estimate=182 kB; lsn=0/1A2B3C48, redo lsn=0/1A2B3C10`,
      ],
    },
  }),
];
