// Batch s128b (held-out, written blind): Bank of Anthos.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const I = '2026-07-09T11:20:00Z';
const T = clock(I);
const gun = (min, pid, msg) => `[${T.java(min).slice(0, 19)} +0000] [${pid}] [INFO] ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's128b-balance-page-slow-report',
    description: 'a customer says the balance page was slow around 11:00, can you check bank-of-anthos? no alerts fired as far as I can see',
    incidentTime: I,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault. Manifest facts: frontend calls balancereader (BALANCES_API_ADDR balancereader:8080) and
      transactionhistory; balancereader (Spring, -Xmx512m) keeps an in-memory cache of balances built by polling
      ledger-db (POLL_MS=100). The snapshot shows what a careful engineer finds: every pod Ready, no restart in the
      window, ledger-db and accounts-db healthy; a routine rollout of contacts (same image tag, a LOG_LEVEL change
      from debug back to info) completed at ~10:31 and is healthy; a balancereader pod restarted once five days ago
      (exit 143 during a node upgrade).
      Logs carry ordinary traffic only. A single slow page for one customer at 11:00 is not a cluster fault.
      Deviation from upstream: the contacts env change is ours.`,
    workloads: {
      contacts: {
        rollout: { at: -49, oldContainers: { contacts: { env: [{ name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'debug' }] } }, oldReplicas: 0 },
      },
      balancereader: {
        pods: [{ containers: { balancereader: { state: { running: { startedAt: T.iso(-60 * 24 * 5) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -49 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -48.3 },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${image('contacts')}" already present on machine`, fieldPath: 'spec.containers{contacts}', first: -48.9 },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', fieldPath: 'spec.containers{contacts}', first: -48.8 },
    ],
    logs: {
      'contacts#0/contacts': [
        gun(-48.8, 7, 'Starting gunicorn 22.0.0'),
        gun(-48.8, 7, 'Listening at: http://0.0.0.0:8080 (7)'),
        jlog(T, -48.7, 'INFO', 'create_app', 'Starting contacts service.'),
        jlog(T, -31.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T, -20.4, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T, -2.5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 5 + 0.5, 'INFO', 'main', 'Started BalanceReaderApplication in 21.4 seconds (JVM running for 23.1)'),
        jlog(T, -33.1, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -20.3, 'INFO', 'getBalance', 'Retrieved balance for account 1033623433'),
        jlog(T, -20.1, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -8.6, 'INFO', 'getBalance', 'Retrieved balance for account 1055757655'),
      ],
      'frontend#0/front': [
        jlog(T, -33.2, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -20.4, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -20.2, 'INFO', 'payment', 'Payment initiated successfully.'),
        jlog(T, -8.7, 'INFO', 'home', 'Displaying home.'),
      ],
    },
  }),
];
