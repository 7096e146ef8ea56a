// Batch s25b blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs, manifests at d0af047):
// a platform ResourceQuota already over-committed blocks the replacement of a deleted ledgerwriter pod; transfers fail.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-06-16T11:58:00Z';
const T = clock(INC);
const refused = (obj) => `HTTPConnectionPool(host='ledgerwriter', port=8080): Max retries exceeded with url: /transactions (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x${obj}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

function frontendLog() {
  const out = [];
  const ok = [[-52.3, 'payment'], [-47.9, 'deposit'], [-41.2, 'payment'], [-36.6, 'payment'], [-30.4, 'deposit'], [-25.8, 'payment'], [-21.1, 'payment']];
  const bad = [[-18.2, 'payment', '7f3b1c6e2d90'], [-15.7, 'deposit', '7f3b1c4a8f10'], [-13.9, 'payment', '7f3b1c5d2e50'], [-11.0, 'payment', '7f3b1c6f0a10'], [-8.4, 'deposit', '7f3b1c3b7d90'], [-6.1, 'payment', '7f3b1c4e9c50'], [-3.5, 'payment', '7f3b1c7a1b10'], [-1.3, 'payment', '7f3b1c5c6e90']];
  for (const [m, kind] of ok) {
    out.push(jlog(T, m, 'INFO', kind, kind === 'payment' ? 'Payment initiated successfully.' : 'Deposit submitted successfully.'));
  }
  for (const [m, kind, obj] of bad) {
    out.push(jlog(T, m, 'ERROR', kind, `Error submitting ${kind}: ${refused(obj)}`));
  }
  for (const m of [-44, -33, -22, -12.5, -5.2]) out.push(jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  return out.sort();
}

const brLog = [jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'startWithCallback', 'Starting background thread.')];

export const scenarios = [
  withDefaults({
    folder: 's25b-ledgerwriter-quota-after-delete',
    incidentTime: INC,
    description: 'bank of anthos: payments and deposits failing for everyone since ~11:40, balances still show fine',
    expected: { component: 'ledgerwriter', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Upstream kubernetes-manifests give ledgerwriter one replica with limits cpu 500m / memory 512Mi; the frontend posts
      transfers and deposits to TRANSACTIONS_API_ADDR=ledgerwriter:8080 (service-api-config) and logs
      app.logger.error('Error submitting payment: %s', str(err)) / 'Error submitting deposit: %s' (src/frontend/frontend.py).
      Two days ago the platform team's GitOps rolled a standard compute-quota (limits.memory 4Gi) into every namespace.
      Admission does not touch running pods, so the namespace sat at 4.5Gi of limits without anyone noticing. At 11:39 a
      developer deleted the ledgerwriter pod (kubectl delete pod, to pick up a rotated config; the kubelet's Killing event is
      all that remains of it), and the ReplicaSet cannot create its replacement: FailedCreate "exceeded quota: compute-quota,
      requested: limits.memory=512Mi, used: limits.memory=4Gi, limited: limits.memory=4Gi", retried with back-off. The
      Deployment has no pod, Available=False and ReplicaFailure=True; the Service has no endpoints, so kube-proxy rejects
      the frontend's connections (urllib3 NewConnectionError, Errno 111). Balances and history (balancereader,
      transactionhistory) keep working. GKE's own gke-resource-quotas object is present and far from its limits (a decoy, as
      is the quota's being two days old). Expected: ledgerwriter, quota-exceeded.
    `,
    resourceQuotas: [
      { name: 'compute-quota', hard: { 'limits.cpu': '8', 'limits.memory': '4Gi', 'requests.cpu': '4', 'requests.memory': '6Gi' }, used: { 'limits.cpu': '2750m', 'limits.memory': '4Gi', 'requests.cpu': '960m', 'requests.memory': '1920Mi' } },
      { name: 'gke-resource-quotas', hard: { 'count/ingresses.extensions': '100', 'count/ingresses.networking.k8s.io': '100', 'count/jobs.batch': '5k', pods: '1500', services: '500' }, used: { 'count/ingresses.extensions': '0', 'count/ingresses.networking.k8s.io': '0', 'count/jobs.batch': '0', pods: '8', services: '9' } },
    ],
    workloads: {
      ledgerwriter: {
        pods: [],
        rsReplicas: 1,
        endpointsChanged: -19.2,
        deployStatus: {
          observedGeneration: 5, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME:ledgerwriter%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-19.2), lastTransitionTime: T.iso(-19.2), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-19.2), lastTransitionTime: T.iso(-19.2), reason: 'FailedCreate', message: 'pods "%RSNAME:ledgerwriter%-w8m2c" is forbidden: exceeded quota: compute-quota, requested: limits.memory=512Mi, used: limits.memory=4Gi, limited: limits.memory=4Gi' },
          ],
        },
      },
    },
    events: [
      { on: 'rs:ledgerwriter', reason: 'FailedCreate', type: 'Warning', message: 'Error creating: pods "ledgerwriter-%RS%" is forbidden: exceeded quota: compute-quota, requested: limits.memory=512Mi, used: limits.memory=4Gi, limited: limits.memory=4Gi', first: -19.2, last: -0.6, count: 13 },
    ],
    logs: {
      'frontend#0/front': frontendLog(),
      'balancereader#0/balancereader': brLog,
    },
  }),
];

/** The kubelet's events for the ledgerwriter pod deleted at 11:39 (the pod is gone; written by scripts/s25b-build.mjs). */
export const deletedPodEvents = {
  's25b-ledgerwriter-quota-after-delete': [
    { workload: 'ledgerwriter', suffix: 'k4t9n', container: 'ledgerwriter', node: 'gke-boa-prod-pool-1-3f9a2c41-7kqm', reason: 'Killing', message: 'Stopping container ledgerwriter', min: -19.3, incidentTime: INC },
  ],
};
/** ResourceQuotas created later than the namespace: [name, minutes before the incident, manager]. */
export const quotaCreated = {
  's25b-ledgerwriter-quota-after-delete': [['compute-quota', -60 * 24 * 2 - 37, 'argocd-controller', INC]],
};
