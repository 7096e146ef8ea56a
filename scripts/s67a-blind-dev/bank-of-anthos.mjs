// s67a blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs): balancereader restarted onto
// an edited environment-config whose LOCAL_ROUTING_NUM is another bank's; built by scripts/s67a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-04-16T19:05:00Z';
const T = clock(INC);
const RESTART = -41;
const springBoot = (min, app, svc) => [
  jlog(T, min, 'INFO', 'logStarting', `Starting ${app}Application v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by ? in /app)`),
  jlog(T, min, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, min + 0.2, 'INFO', 'enabled', 'Enable metrics export: true'),
  ...(svc === 'BalanceReader' || svc === 'TransactionHistory' ? [jlog(T, min + 0.5, 'INFO', 'startWithCallback', 'Starting background thread.')] : []),
  jlog(T, min + 0.6, 'INFO', 'logStarted', `Started ${app}Application in 36.914 seconds (process running for 39.552)`),
  jlog(T, min + 0.6, 'STARTUP', 'main', `Started ${svc} service. Log level is: INFO`),
];
const payFail = (min) => [
  jlog(T, min, 'ERROR', 'addTransaction', 'Transaction submission failed: Insufficient balance'),
  jlog(T, min, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'),
];
const ok = (min) => jlog(T, min, 'INFO', 'addTransaction', 'Submitted transaction successfully');

// Traffic after the restart: payments (local -> local) fail on the balance check; deposits (external -> local) pass.
const pays = [-39.2, -36.5, -33.1, -30.8, -27.4, -24.9, -21.3, -18.6, -15.2, -12.7, -9.9, -7.3, -4.6, -2.2, -0.7];
const deps = [-38.1, -31.9, -25.7, -19.8, -13.4, -8.2, -3.1];
const before = [-58.4, -55.1, -52.6, -49.8, -47.3, -44.9, -42.6];

export const scenarios = [
  withDefaults({
    folder: 's67a-balancereader-routing-num-edit',
    description: 'BoA prod: since roughly 40 min ago every account shows a balance of $0.00 and payments bounce with "insufficient balance". deposits still go through. ledger team?',
    incidentTime: INC,
    expected: { component: 'balancereader', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Fault: ConfigMap environment-config (envFrom of every Bank of Anthos backend) had LOCAL_ROUTING_NUM changed from 883745000
      to 883745001 at about 15:55 by a kubectl edit meant for a second "bank" instance in another context (the managedFields
      time of the ConfigMap). envFrom values are resolved when a container starts, so nothing changed until balancereader's
      container was restarted at 18:24 by its liveness probe (three /healthy timeouts, exit 143): the new container reads the
      wrong routing number. It does not reject it: BalanceCache loads balances with TransactionRepository.findBalance(account,
      localRoutingNum), whose sums match no row, and a null balance is turned into 0L, so GET /balances/<acct> answers 200 with 0
      and the pod stays Ready and quiet (LOG_LEVEL info logs nothing per request). ledgerwriter, started days ago with the right
      number, checks the sender's balance for local payments (getAvailableBalance via BALANCES_API_ADDR) and rejects every one:
      "Transaction submission failed: Insufficient balance" / "Failed to retrieve account balance: bad request" (400, body
      "insufficient balance"), which the frontend logs as "Error submitting payment: insufficient balance". Deposits come from an
      external routing number, skip the balance check and succeed - as the description says.
      Manifests: kubernetes-manifests/ at d0af047 (kit system), config.yaml's environment-config; code read:
      BalanceCache.java, BalanceReaderController.java, LedgerWriterController.java, ExceptionMessages.java, frontend.py; log
      format from log4j2.xml and logging.conf.
      Decoys: the liveness-probe restart of balancereader itself (it only made the container read the edited ConfigMap), the
      loud ledgerwriter and frontend.
      Deviations: the liveness timeouts are written as events only (their cause, a long GC pause under the 500m CPU limit, is not
      in the snapshot); ConfigMap values are not part of the snapshot (names and keys only).
    `,
    workloads: {
      balancereader: {
        pods: [{
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(RESTART + 0.05),
              last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(RESTART) },
            }),
          },
          readyTransition: T.iso(RESTART + 1.1),
        }],
      },
    },
    events: [
      { on: 'pod:balancereader#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: RESTART - 0.35, last: RESTART - 0.05, count: 3, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', first: RESTART - 0.04, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${image('balancereader')}" already present on machine`, first: RESTART + 0.04, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: RESTART + 0.04, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: RESTART + 0.05, fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'balancereader#0/balancereader/previous': [
        ...springBoot(-60 * 24 * 9 + 0.3, 'BalanceReader', 'BalanceReader'),
        jlog(T, RESTART - 0.01, 'INFO', 'destroy', 'BalanceReader service shutting down'),
      ],
      'balancereader#0/balancereader': springBoot(RESTART + 0.06, 'BalanceReader', 'BalanceReader'),
      'ledgerwriter#0/ledgerwriter': [
        ...springBoot(-60 * 24 * 9 + 0.3, 'LedgerWriter', 'LedgerWriter'),
        ...before.map(ok),
        ...[...pays.flatMap((m) => payFail(m).map((l) => [m, l])), ...deps.map((m) => [m, ok(m)])].sort((a, b) => a[0] - b[0]).map((x) => x[1]),
      ],
      'transactionhistory#0/transactionhistory': springBoot(-60 * 24 * 9 + 0.4, 'TransactionHistory', 'TransactionHistory'),
      'frontend#0/front': [
        jlog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', 'Starting frontend service.'),
        jlog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', '✅ Tracing enabled.'),
        ...before.map((m) => jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.')),
        ...[
          ...pays.map((m) => [m, jlog(T, m + 0.001, 'ERROR', 'payment', 'Error submitting payment: insufficient balance')]),
          ...deps.map((m) => [m, jlog(T, m + 0.001, 'INFO', 'deposit', 'Deposit submitted successfully.')]),
          ...[-37.0, -22.0, -6.0].map((m) => [m, jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')]),
        ].sort((a, b) => a[0] - b[0]).map((x) => x[1]),
      ],
    },
  }),
];
