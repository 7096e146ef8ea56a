// Blind held-out batch s110b: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (upstream kubernetes-manifests/ at d0af047); specs go through withDefaults.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

// accounts-db starts postgres with a preload library argument (the change of this incident; upstream passes no args).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => w.name !== 'accounts-db' ? w : {
    ...w,
    containers: w.containers.map((c) => ({ ...c, args: ['-c', 'shared_preload_libraries=pg_stat_statement', '-c', 'pg_stat_statements.track=all'] })),
  }),
};

const I = '2026-03-21T10:52:00Z';
const T = clock(I);
const pg = (min, level, msg) => `${T.java(min)} UTC [1] ${level}:  ${msg}`;
const refused = '(psycopg2.OperationalError) could not connect to server: Connection refused\\n\\tIs the server running on host \\"accounts-db\\" (%SVCIP:accounts-db%) and accepting\\n\\tTCP/IP connections on port 5432?';

export const scenarios = [
  withDefaults({
    folder: 's110b-cant-log-in-bank',
    incidentTime: I,
    description: 'nobody can log in to the bank demo since ~10:35, accounts team did a db tweak this morning',
    expected: { component: 'accounts-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'crash-loop' }, { component: 'accounts-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `Upstream accounts-db is a one-replica StatefulSet (postgres image, port 5432) read by userservice and contacts through
      accounts-db-config. Fault: a change meant to enable pg_stat_statements passed "-c shared_preload_libraries=pg_stat_statement" (the
      library name misspelt); a StatefulSet update deletes accounts-db-0 and recreates it, and postgres refuses to start:
      FATAL: could not access file "pg_stat_statement": No such file or directory (as PostgreSQL prints it for a missing preload
      library). The container exits 1 in a back-off loop, the Service has no endpoints, userservice and contacts log connection refused
      and the frontend fails logins. Deviations from upstream: the args on accounts-db; the snapshot holds no ControllerRevisions.`,
    events: [
      { on: 'sts:accounts-db', reason: 'SuccessfulDelete', message: 'delete Pod accounts-db-0 in StatefulSet accounts-db successful', first: -17.5, last: -17.5 },
      { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: 'create Pod accounts-db-0 in StatefulSet accounts-db successful', first: -17.2, last: -17.2 },
      { on: 'pod:accounts-db#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container accounts-db in pod accounts-db-0_bank-of-anthos(%PODUID%)', fieldPath: 'spec.containers{accounts-db}', first: -16, last: -0.7, count: 70 },
    ],
    workloads: {
      'accounts-db': { pods: [{ created: T.iso(-17.2), containers: { 'accounts-db': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.9), finishedAt: T.iso(-2.9), container: 'accounts-db' }) } }] },
    },
    logs: {
      'accounts-db#0/accounts-db/previous': [
        '',
        'PostgreSQL Database directory appears to contain a database; Skipping initialization',
        '',
        pg(-2.9, 'FATAL', 'could not access file "pg_stat_statement": No such file or directory'),
        pg(-2.9, 'LOG', 'database system is shut down'),
      ].join('\n'),
      'userservice#0/userservice': [
        plog(T, -25, 'INFO', 'login', 'Login request received.'),
        plog(T, -25, 'INFO', 'login', 'Login Successful.'),
        plog(T, -3, 'INFO', 'login', 'Login request received.'),
        plog(T, -3, 'ERROR', 'login', `Error logging in: ${refused}`),
      ].join('\n'),
      'contacts#0/contacts': [
        plog(T, -2, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${refused}`),
      ].join('\n'),
    },
  }),
];
