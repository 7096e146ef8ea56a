// Batch s29b (blind dev): one Bank of Anthos incident on the kit system definition (kubernetes-manifests/ at d0af047).
// A namespace ResourceQuota tightened below usage two days ago bites when ledgerwriter's pod is deleted: its replacement is forbidden.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-03-19T11:40:00Z';
const T = clock(INC);
const QUOTA_MSG = 'exceeded quota: bank-of-anthos-quota, requested: limits.memory=512Mi, used: limits.memory=4Gi, limited: limits.memory=4Gi';
const refused = (path, addr) =>
  `HTTPConnectionPool(host='ledgerwriter', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at ${addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

const frontLog = (() => {
  const out = [];
  const addrs = ['0x7f3b2c1e4d90', '0x7f3b2c0a7f10', '0x7f3b2bf91c50', '0x7f3b2c1f2e20'];
  for (let m = -45; m < -0.3; m += 1.1) {
    const k = Math.round((m + 45) / 1.1);
    out.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (m < -19) {
      if (k % 3 === 0) out.push(plog(T, m + 0.2, 'INFO', 'payment', 'Payment initiated successfully.'));
      if (k % 5 === 0) out.push(plog(T, m + 0.3, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    } else {
      if (k % 3 !== 2) out.push(plog(T, m + 0.2, 'ERROR', 'payment', `Error submitting payment: ${refused('/transactions', addrs[k % 4])}`));
      if (k % 4 === 0) out.push(plog(T, m + 0.3, 'ERROR', 'deposit', `Error submitting deposit: ${refused('/transactions', addrs[(k + 1) % 4])}`));
    }
  }
  return out;
})();

const balanceLog = [
  jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'main', 'Started BalanceReaderApplication in 41.227 seconds (JVM running for 44.91)'),
  jlog(T, -60 * 24 * 9 + 1.3, 'INFO', 'pollTransactions', 'Starting transaction poll loop.'),
  ...Array.from({ length: 8 }, (_, i) => jlog(T, -40 + i * 2.5, 'INFO', 'getBalance', 'Balance retrieved from cache.')),
];

export const scenarios = [
  withDefaults({
    folder: 's29b-ledgerwriter-quota-after-pod-delete',
    incidentTime: INC,
    description: 'bank: payments + deposits failing for ~20 min, balances still load. team ledger pls look',
    expected: { component: 'ledgerwriter', cause: 'quota-exceeded' },
    difficulty: 'hard',
    traits: ['time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): ledgerwriter is a single-replica Deployment with limits memory 512Mi (and
      ephemeral-storage 512Mi); the frontend posts payments and deposits to TRANSACTIONS_API_ADDR=ledgerwriter:8080 with requests and logs
      "Error submitting payment: …" / "Error submitting deposit: …"; balances come from balancereader, which is untouched.
      Incident: two days ago the platform team applied a ResourceQuota bank-of-anthos-quota with limits.memory 4Gi to the namespace while the
      pods already held 4608Mi of limits (the API server accepts a quota below current usage and only refuses new pods). Nothing broke
      until, 27 minutes before the report, a developer edited ledger-db-config and 19 minutes before deleted the ledgerwriter pod so it
      would pick the change up. Without that pod the namespace holds exactly 4Gi of limits, so the ReplicaSet's replacement is refused:
      FailedCreate "pods … is forbidden: exceeded quota: bank-of-anthos-quota, requested: limits.memory=512Mi, used: limits.memory=4Gi,
      limited: limits.memory=4Gi" (kube-controller-manager's wording), repeated with back-off, and the Deployment and ReplicaSet carry the
      ReplicaFailure condition. The ledgerwriter Service has no endpoints, kube-proxy rejects connections to its ClusterIP, and the frontend's
      urllib3 reports "[Errno 111] Connection refused". Decoy: the ledger-db-config edit just before (a config change the engineer may
      blame, but no pod that reads it fails); loadgenerator's 1Gi limit is what eats the quota. Logs follow the upstream JSON layouts
      (frontend logging.conf "%(funcName)s | %(message)s", ledger log4j2 "%M | %msg").`,
    resourceQuotas: [
      {
        name: 'bank-of-anthos-quota',
        hard: { 'limits.memory': '4Gi', 'requests.cpu': '4', pods: '20' },
        used: { 'limits.memory': '4Gi', 'requests.cpu': '960m', pods: '8' },
      },
    ],
    workloads: {
      ledgerwriter: {
        pods: [],
        rsReplicas: 1,
        unavailableSince: -19,
        endpointsChanged: -19,
        deployStatus: {
          observedGeneration: 5,
          replicas: 0,
          updatedReplicas: 0,
          readyReplicas: 0,
          availableReplicas: 0,
          unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "ledgerwriter-%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-19), lastTransitionTime: T.iso(-19), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-19), lastTransitionTime: T.iso(-19), reason: 'FailedCreate', message: `pods "ledgerwriter-%RSNAME%-q7x2m" is forbidden: ${QUOTA_MSG}` },
          ],
        },
      },
    },
    events: [
      { on: 'rs:ledgerwriter', reason: 'FailedCreate', type: 'Warning', count: 16, first: -19, last: -1.2, message: `Error creating: pods "ledgerwriter-%RS%" is forbidden: ${QUOTA_MSG}` },
    ],
    logs: {
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': balanceLog,
    },
    post: {
      'replicasets.json': (list, TT) => {
        const rs = list.items.find((r) => r.metadata.name.startsWith('ledgerwriter-'));
        rs.status = {
          replicas: 0,
          fullyLabeledReplicas: 0,
          observedGeneration: 1,
          conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: TT.iso(-19), reason: 'FailedCreate', message: `pods "${rs.metadata.name}-q7x2m" is forbidden: ${QUOTA_MSG}` }],
        };
      },
      'deployments.json': (list) => {
        const d = list.items.find((x) => x.metadata.name === 'ledgerwriter');
        for (const c of d.status.conditions) c.message = c.message.replaceAll('ledgerwriter-%RSNAME%', RSNAME.value);
      },
      'resourcequotas.json': (list, TT) => {
        const q = list.items[0];
        q.metadata.creationTimestamp = TT.iso(-60 * 24 * 2 - 95);
        q.metadata.managedFields = [
          { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: TT.iso(-60 * 24 * 2 - 95), fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:hard': { 'f:limits.memory': {}, 'f:pods': {}, 'f:requests.cpu': {} } } } },
        ];
      },
      'configmaps.json': (list, TT) => {
        const cm = list.items.find((c) => c.metadata.name === 'ledger-db-config');
        cm.metadata.resourceVersion = '9148812';
        cm.metadata.managedFields = [
          { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: cm.metadata.creationTimestamp, fieldsType: 'FieldsV1', fieldsV1: { 'f:data': Object.fromEntries(Object.keys(cm.data).map((k) => [`f:${k}`, {}])) } },
          { manager: 'kubectl-edit', operation: 'Update', apiVersion: 'v1', time: TT.iso(-27), fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:SPRING_DATASOURCE_URL': {} } } },
        ];
      },
    },
  }),
];

// The ReplicaSet's name is only known after the kit has built it: replicasets.json is fixed first (files in insertion order).
const RSNAME = { value: '' };
const origRs = scenarios[0].post['replicasets.json'];
scenarios[0].post['replicasets.json'] = (list, TT) => {
  origRs(list, TT);
  RSNAME.value = list.items.find((r) => r.metadata.name.startsWith('ledgerwriter-')).metadata.name;
};
