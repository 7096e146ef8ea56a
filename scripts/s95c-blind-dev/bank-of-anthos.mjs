// Blind dev batch s95c: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// ledgerwriter given an env override BALANCES_API_ADDR=balancereader:8081 that shadows service-api-config (config-error).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const incidentTime = '2026-05-13T10:58:00Z';
const T = clock(incidentTime);
const lwEnv = base.workloads.find((w) => w.name === 'ledgerwriter').containers[0].env;
const lw = [
  jlog(T, -17.6, 'INFO', 'logStartupInfo', 'Started LedgerWriterApplication in 41.873 seconds (JVM running for 44.02)'),
];
const fe = [];
for (let m = -14; m < -0.5; m += 1.7) {
  const acct = ['1011226111', '1033623433', '1055757655'][Math.abs(Math.round(m)) % 3];
  lw.push(jlog(T, m, 'ERROR', 'addTransaction', `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8081/balances/${acct}": Connect to balancereader:8081 [balancereader/%SVCIP:balancereader%] failed: Connection refused (Connection refused); nested exception is org.apache.http.conn.HttpHostConnectException: Connect to balancereader:8081 [balancereader/%SVCIP:balancereader%] failed: Connection refused (Connection refused)`));
  lw.push(jlog(T, m + 0.01, 'ERROR', 'addTransaction', 'Error submitting transaction: 500 INTERNAL_SERVER_ERROR "failed to retrieve account balance"'));
  fe.push(`{"timestamp": "${T.java(m + 0.02).slice(0, 19)}", "message": "payment | Error submitting payment: 500 Server Error: for url: http://ledgerwriter:8080/transactions", "severity": "ERROR"}`);
  fe.push(`{"timestamp": "${T.java(m + 0.4).slice(0, 19)}", "message": "home | Displaying home.", "severity": "INFO"}`);
}
const br = [
  jlog(T, -60 * 24 * 2, 'INFO', 'logStartupInfo', 'Started BalanceReaderApplication in 52.114 seconds (JVM running for 55.3)'),
  jlog(T, -60 * 24 * 2 + 0.2, 'INFO', 'initCache', 'Initializing balance cache'),
  jlog(T, -6.1, 'WARN', 'pollTransactions', 'Poll took 1204ms, above expected interval'),
];

export const scenarios = [
  withDefaults({
    folder: 's95c-ledgerwriter-balances-addr-override',
    description: 'transfers and deposits erroring out since about 10:40 (ledger team?). balances and history still load fine',
    incidentTime,
    expected: { component: 'ledgerwriter', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      ledgerwriter: {
        rollout: { at: -19, revision: 5, oldContainers: { ledgerwriter: { env: lwEnv } } },
        containers: { ledgerwriter: { env: [...lwEnv, { name: 'BALANCES_API_ADDR', value: 'balancereader:8081' }] } },
      },
      balancereader: { since: -60 * 24 * 2 },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: -19 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: -17.4 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -18.4, last: -17.8, count: 8 },
    ],
    logs: { 'ledgerwriter#0/ledgerwriter': lw, 'frontend#0/front': fe, 'balancereader#0/balancereader': br },
    grounding: `
      bank-of-anthos kubernetes-manifests at d0af047: ledgerwriter takes BALANCES_API_ADDR from the service-api-config ConfigMap
      (balancereader:8080) and calls GET http://<addr>/balances/<account> before accepting a transfer or deposit
      (LedgerWriterController.getAvailableBalance); the address is only used per request, so the service starts and /ready answers.
      An explicit env entry overrides the same key from envFrom (Kubernetes "Define environment variables" docs), so an operator's
      kubectl set env BALANCES_API_ADDR=balancereader:8081 on ledgerwriter alone (the Service listens on 8080 only) refuses every
      balance check: ledgerwriter logs the RestTemplate ResourceAccessException, the frontend logs its 500 on /payment and /deposit,
      while the frontend's own balance and history calls (same ConfigMap, untouched) work. Deviation from upstream: the env entry,
      revision 5 vs 4, the two templates differ only by it. Decoys: the startup readiness failures of the new JVM (normal, 60s delay),
      a slow-poll warning in balancereader.`,
  }),
];
