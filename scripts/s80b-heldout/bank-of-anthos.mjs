// Blind held-out batch s80b: one Bank of Anthos scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition, withDefaults (StatefulSet pod names, ConfigMaps) and the JSON log helper from scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-07-21T07:42:00Z';
const T = clock(INC);
const RESTART = -342; // 02:00 UTC: the nightly `kubectl rollout restart deployment/frontend` CronJob

export const scenarios = [
  withDefaults({
    folder: 's80b-frontend-nightly-restart',
    description: 'got paged overnight, bank frontend pod "restarted" around 2am?? site looks ok this morning but want to know if something crashed. accounts team',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047 (kit system
      scripts/kit-systems/bank-of-anthos.mjs). No fault. The only change overnight is a plain \`kubectl rollout restart
      deployment/frontend\` run at 02:00 UTC by a maintenance CronJob (outside the namespace's workloads): the Deployment
      moved to a new revision whose pod template is identical to the previous one (the kit does not write the
      kubectl.kubernetes.io/restartedAt template annotation, so the two ReplicaSet templates are byte-identical), the new
      pod became Ready within a minute and the old ReplicaSet is scaled to 0. The pager alert the description mentions is
      the pod-replaced notification of that restart. Events of the night have expired (1 h TTL). Every other pod has run
      for nine days without a restart.
      Decoys: balancereader logged one "Could not reach ledger database" warning three days ago (LedgerReader.java logs it
      when a poll fails and keeps polling), and the frontend logs one "Error submitting payment" for a user who typed an
      amount beyond the balance (ledgerwriter answers 400 "insufficient balance" and logs its misleading "Failed to retrieve account balance: bad request", as upstream does for any rejected transaction).
      Normal traffic from loadgenerator in the logs: logins, deposits, payments, transactions submitted.
    `,
    workloads: {
      frontend: { rollout: { at: RESTART, revision: 5, oldReplicas: 0 }, endpointsChanged: RESTART + 0.6 },
    },
    logs: {
      'frontend#0/front': [
        plog(T, RESTART + 0.6, 'INFO', 'create_app', 'Starting frontend service.'),
        plog(T, RESTART + 0.6, 'INFO', 'create_app', '✅ Tracing enabled.'),
        plog(T, -12.4, 'INFO', '_login_helper', 'Successfully logged in.'),
        plog(T, -12.1, 'INFO', 'deposit', 'Deposit submitted successfully.'),
        plog(T, -9.7, 'ERROR', 'payment', 'Error submitting payment: insufficient balance'),
        plog(T, -6.3, 'INFO', '_login_helper', 'Successfully logged in.'),
        plog(T, -6.0, 'INFO', 'payment', 'Payment initiated successfully.'),
        plog(T, -2.2, 'INFO', 'logout', 'Logging out.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -12.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -9.7, 'ERROR', 'addTransaction', 'Transaction submission failed: Insufficient balance'),
        jlog(T, -9.7, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'),
        jlog(T, -6.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'startWithCallback', 'Starting background thread.'),
        jlog(T, -60 * 24 * 3 - 47, 'WARN', 'run', 'Could not reach ledger database'),
      ],
      'userservice#0/userservice': [
        plog(T, -60 * 24 * 9 + 0.4, 'INFO', 'create_app', 'Starting userservice.'),
        plog(T, -12.4, 'INFO', 'login', 'Login Successful.'),
        plog(T, -6.3, 'INFO', 'login', 'Login Successful.'),
      ],
    },
  }),
];
