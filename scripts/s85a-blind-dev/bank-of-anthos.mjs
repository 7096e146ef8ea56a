// Blind dev batch s85a: Bank of Anthos scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// environment-config's LOCAL_ROUTING_NUM edited to another region's value: pods restart fine, balances read $0.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };
const I = '2025-07-08T09:40:00Z';
const T = clock(I);
const since = -35;
export const scenarios = [withDefaults({
  folder: 's85a-routing-number-config-edit',
  incidentTime: I,
  description: 'bank demo: all accounts show $0.00 balance + transfers fail "insufficient balance" since the config push ~35m ago. login works',
  expected: { component: 'balancereader', cause: 'config-error' },
  alsoAcceptable: [{ component: 'ledgerwriter', cause: 'config-error' }, { component: 'transactionhistory', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression'],
  workloads: {
    balancereader: { since },
    ledgerwriter: { since: since + 0.5 },
    transactionhistory: { since: since + 0.8 },
    frontend: { since: since + 1 },
  },
  logs: {
    'balancereader#0/balancereader': [
      jlog(T, since + 0.6, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 21.4 seconds (JVM running for 23.9)'),
      jlog(T, since + 0.7, 'INFO', 'pollTransactions', 'Initialized ledger reader with 2483 transactions'),
      ...Array.from({ length: 10 }, (_, i) => jlog(T, since + 3 + i * 3, 'INFO', 'getBalance', 'Balance cache hit.')),
    ],
    'ledgerwriter#0/ledgerwriter': Array.from({ length: 8 }, (_, i) => jlog(T, since + 4 + i * 3.7, 'ERROR', 'addTransaction', 'Error submitting transaction: Insufficient balance')),
    'transactionhistory#0/transactionhistory': [
      jlog(T, since + 1.1, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 19.8 seconds (JVM running for 22.0)'),
      ...Array.from({ length: 6 }, (_, i) => jlog(T, since + 5 + i * 4, 'INFO', 'getTransactions', 'Transaction history cache hit.')),
    ],
    'frontend#0/front': Array.from({ length: 8 }, (_, i) => jlog(T, since + 4 + i * 3.7, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error: BAD REQUEST for url: http://ledgerwriter:8080/transactions')),
  },
  grounding: `
    Follows Bank of Anthos v0.6.10: LOCAL_ROUTING_NUM comes from the environment-config ConfigMap (envFrom) into
    frontend, ledgerwriter, balancereader and transactionhistory; balancereader credits or debits a row only when
    its routing number equals LOCAL_ROUTING_NUM, and ledgerwriter checks the sender's balance through balancereader.
    The deviation: the ConfigMap was overwritten with the second region's overlay value ~35 min before the
    incident and the four Deployments' pods were recreated; nothing rejects the value at start, all pods are
    Ready, every balance reads 0 and transfers fail "Insufficient balance". No rollout (the pod templates are
    unchanged); logins still work.`,
})];
