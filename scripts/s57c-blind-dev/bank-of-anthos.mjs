// Blind dev batch s57c: Bank of Anthos spec for the scenario kit (scripts/s2-scenario-kit.mjs), one scenario.
// service-api-config edited with a mistyped namespace in every *_API_ADDR; only the restarted ledgerwriter read it: transfers 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boaSystem, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = boaSystem;

const T4 = clock('2026-07-08T16:44:00Z');
const EDIT = -71; // 15:33 kubectl edit configmap service-api-config
const RESTART = -36; // 16:08 kubectl rollout restart deployment/ledgerwriter
const P = RESTART + 0.5; // the new pod
const READY = P + 1.3; // readiness initialDelaySeconds 60 + JVM start
const BAD = 'balancereader.bankofanthos.svc.cluster.local:8080';
const ISTIO = boaSystem.workloads.find((w) => w.name === 'ledgerwriter').podAnnotations;
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377'];
const jit = (m) => (Math.abs(Math.sin(m * 4231)) * 0.8) / 60;

function ledgerwriterLog(T) {
  const L = (m, sev, method, msg) => jlog(T, m, sev, method, msg);
  const out = [
    L(P + 0.4, 'INFO', 'logStarting', 'Starting LedgerWriterApplication using Java 17.0.11 with PID 1 (/app/classes started by 1000 in /)'),
    L(P + 0.4, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
    L(P + 0.6, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
    L(P + 0.65, 'INFO', 'start', 'Starting service [Tomcat]'),
    L(P + 0.8, 'INFO', 'start', 'HikariPool-1 - Starting...'),
    L(P + 0.82, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@6d4a65c6'),
    L(P + 0.82, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
    L(P + 1.05, 'INFO', 'start', "Tomcat started on port(s): 8080 (http) with context path ''"),
    L(P + 1.06, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 37.912 seconds (process running for 39.604)'),
  ];
  let i = 0;
  for (let m = READY + 0.6; m < -0.2; m += 1.15, i++) {
    const mm = m + jit(m);
    if (i % 4 === 3) out.push(L(mm, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    else out.push(L(mm, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
  }
  return out;
}

function frontendLog(T) {
  const F = (m, sev, fn, msg) => plog(T, m, sev, fn, msg);
  const out = [];
  // before the restart: transfers and deposits go through
  let i = 0;
  for (let m = -48; m < READY; m += 2.3, i++) {
    const mm = m + jit(m);
    if (i % 5 === 0) out.push(F(mm - 0.05, 'INFO', '_login_helper', 'Successfully logged in.'));
    out.push(F(mm, 'INFO', i % 3 === 2 ? 'deposit' : 'payment', i % 3 === 2 ? 'Deposit submitted successfully.' : 'Payment initiated successfully.'));
  }
  // after it: every transfer gets ledgerwriter's 500 body back; deposits (external routing number, no balance check) still pass
  i = 0;
  for (let m = READY + 0.6; m < -0.2; m += 1.15, i++) {
    const mm = m + jit(m) + 0.002;
    if (i % 6 === 1) out.push(F(mm - 0.08, 'INFO', '_login_helper', 'Successfully logged in.'));
    if (i % 4 === 3) out.push(F(mm, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    else out.push(F(mm, 'ERROR', 'payment', `Error submitting payment: I/O error on GET request for "http://${BAD}/balances/${ACCTS[i % 4]}": ${BAD.split(':')[0]}`));
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's57c-ledgerwriter-reads-mistyped-balances-addr',
    description: "Transfers failing for every user since ~16:10 ('Payment failed'), deposits + balance page look fine. ledger team pls check",
    incidentTime: '2026-07-08T16:44:00Z',
    expected: { component: 'ledgerwriter', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ledgerwriter', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Fault: at 15:33 the platform team edited ConfigMap service-api-config to fully qualified addresses ahead of a namespace
      move and mistyped the namespace in every value (${BAD} and the same for the other *_API_ADDR keys). envFrom is read only at
      container start, so nothing changed until the ledger team ran \`kubectl rollout restart deployment/ledgerwriter\` at 16:08
      for an unrelated reason; the new ledgerwriter pod starts, passes /ready (it checks nothing downstream) and is Ready. The
      edit time shows in the ConfigMap's managedFields (manager kubectl-edit); the values are not in the snapshot.
      From the code (GoogleCloudPlatform/bank-of-anthos, LedgerWriterController.java): balancesApiUri is
      "http://\${BALANCES_API_ADDR}/balances"; for a transaction from the local routing number addTransaction calls it through
      RestTemplate, a ResourceAccessException (here java.net.UnknownHostException) is logged only as "Failed to retrieve account
      balance" and its message returned with HTTP 500; deposits come from an external routing number and skip the balance check,
      so they still succeed. The frontend (frontend.py payment(), started days ago with the old values) logs "Error submitting
      payment: <ledgerwriter's body>", i.e. Spring 6's 'I/O error on GET request for "http://…": <host>' — the loudest and most
      telling line, on a component that is only the caller. balancereader itself is healthy and gets no calls from ledgerwriter.
      Log shapes: the JSON layouts of src/ledger/*/log4j2.xml and src/frontend/logging.conf (kit helpers), not valid JSON when a
      message holds quotes, as upstream prints them.
      Decoy: balancereader restarted three days ago after failing its liveness probe (exit 143); the recent rollout of
      ledgerwriter looks benign (same image, only the restartedAt annotation).
      Deviations from upstream: the ConfigMap values, the restart, request volumes.
      Expected ledgerwriter / config-error: the workload runs with a wrong address it does not reject at start; the restart that
      made it read the value is accepted as bad-deploy-rollout.
    `,
    workloads: {
      ledgerwriter: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T4.iso(RESTART - 0.01) } },
        rollout: { at: RESTART, oldPatch: { podAnnotations: ISTIO } },
        pods: [{ readyTransition: T4.iso(READY), containers: { ledgerwriter: cs.running(T4.iso(P + 0.3)) } }],
      },
      balancereader: {
        pods: [{ readyTransition: T4.iso(-60 * 24 * 3 + 1.3), containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T4.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 143, reason: 'Error', startedAt: T4.iso(-60 * 24 * 9 + 0.3), finishedAt: T4.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: RESTART + 0.002 },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: P + 0.005 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', fieldPath: 'spec.containers{ledgerwriter}', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/ledgerwriter:v0.6.10@sha256:eae37de0d9b28fec7534c1ea860868c87279b0a85b405f8fd66c3d7734e3e42f" already present on machine', first: P + 0.2 },
      { on: 'pod:ledgerwriter#0', reason: 'Created', fieldPath: 'spec.containers{ledgerwriter}', message: 'Created container ledgerwriter', first: P + 0.28 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', fieldPath: 'spec.containers{ledgerwriter}', message: 'Started container ledgerwriter', first: P + 0.3 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: READY + 0.02 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog(T4),
      'frontend#0/front': frontendLog(T4),
    },
  }),
];

/** For the build script: the kubectl-edit managedFields entry of service-api-config (time of the edit). */
export const configMapEdits = { 's57c-ledgerwriter-reads-mistyped-balances-addr': { name: 'service-api-config', time: T4.iso(EDIT) } };
