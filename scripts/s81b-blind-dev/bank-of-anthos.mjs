// Blind dev batch s81b, Bank of Anthos: a ledgerwriter release with its own ObjectMapper rejects the frontend's "uuid" field.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s81b-build.mjs); system from scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INCIDENT = '2026-08-18T13:37:00Z';
const T = clock(INCIDENT);
const ROLL = -27;
const NEW_IMAGE = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/ledgerwriter:v0.6.11-rc.2@sha256:4be81f0c7d2a93e6b1f5c8d07a4e29b3c6d1f8e05a7b92c4d3e6f1a08b5c7d29';
const lw = base.workloads.find((w) => w.name === 'ledgerwriter').containers[0];
const newEnv = lw.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11-rc.2' } : e));

const JACKSON = (col) =>
  `logException | Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unrecognized field "uuid" (class anthos.samples.bankofanthos.ledgerwriter.Transaction), not marked as ignorable; nested exception is com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field "uuid" (class anthos.samples.bankofanthos.ledgerwriter.Transaction), not marked as ignorable (6 known properties: "fromRoutingNum", "amount", "toRoutingNum", "toAccountNum", "fromAccountNum", "timestamp"])\\n at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: ${col}] (through reference chain: anthos.samples.bankofanthos.ledgerwriter.Transaction["uuid"])]`;

const boot = (s) => [
  jlog(T, s, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.11-rc.2 using Java 17.0.12 with PID 1 (/app/classpath started by ? in /)'),
  jlog(T, s + 0.01, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, s + 0.15, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, s + 0.2, 'INFO', 'getDataSource', 'HikariPool-1 - Starting...'),
  jlog(T, s + 0.22, 'INFO', 'checkFailFast', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@3c7f66c4'),
  jlog(T, s + 0.22, 'INFO', 'getDataSource', 'HikariPool-1 - Start completed.'),
  jlog(T, s + 0.3, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, s + 0.31, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 21.733 seconds (process running for 23.402)'),
];
const lwLogs = [[...boot(ROLL + 0.2)], [...boot(ROLL + 0.75)]];
const feLogs = [];
for (let m = ROLL + 1.6; m < -0.2; m += 0.8) {
  const dep = Math.floor(-m * 10) % 3 === 0;
  lwLogs[Math.floor(-m * 10) % 2].push(jlog(T, m, 'WARN', 'logException', JACKSON(dep ? 118 : 131).slice('logException | '.length)));
  if (dep) {
    feLogs.push(plog(T, m - 0.002, 'INFO', 'deposit', 'Submitting deposit.'));
    feLogs.push(plog(T, m + 0.001, 'ERROR', 'deposit', 'Error submitting deposit: 400 Client Error:  for url: http://ledgerwriter:8080/transactions'));
  } else {
    feLogs.push(plog(T, m - 0.002, 'INFO', 'payment', 'Submitting payment.'));
    feLogs.push(plog(T, m + 0.001, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error:  for url: http://ledgerwriter:8080/transactions'));
  }
  feLogs.push(plog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
}
const brLog = [];
for (let m = -30; m < -0.3; m += 2.5) brLog.push(jlog(T, m, 'INFO', 'processTransaction', 'Processed transactions: 0'));

export const scenarios = [
  withDefaults({
    folder: 's81b-ledgerwriter-release-rejects-uuid-field',
    description: 'payments and deposits all fail ("Payment failed") since about 1:10pm, balances + history load fine. did ledger ship something?',
    incidentTime: INCIDENT,
    expected: { component: 'ledgerwriter', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      ledgerwriter: {
        replicas: 2,
        rollout: { at: ROLL, revision: 9, oldContainers: { ledgerwriter: { image: lw.image, env: lw.env } } },
        containers: { ledgerwriter: { image: NEW_IMAGE, env: newEnv } },
        pods: [
          { created: T.iso(ROLL), containers: { ledgerwriter: cs.running(T.iso(ROLL + 0.1)) }, readyTransition: T.iso(ROLL + 1.05) },
          { created: T.iso(ROLL + 0.55), containers: { ledgerwriter: cs.running(T.iso(ROLL + 0.6)) }, readyTransition: T.iso(ROLL + 1.6) },
        ],
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: ROLL },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 1 from 2', first: ROLL + 1.05 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 2 from 1', first: ROLL + 1.05 },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: ROLL + 1.6 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: ROLL + 0.02, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 3.412s (3.412s including waiting). Image size: 187442313 bytes.`, first: ROLL + 0.08, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Created', message: 'Created container ledgerwriter', first: ROLL + 0.09, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: ROLL + 0.1, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: ROLL + 0.2, last: ROLL + 0.5, count: 4, type: 'Warning', fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#1', reason: 'Pulled', message: `Container image "${NEW_IMAGE}" already present on machine`, first: ROLL + 0.57, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#1', reason: 'Created', message: 'Created container ledgerwriter', first: ROLL + 0.58, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#1', reason: 'Started', message: 'Started container ledgerwriter', first: ROLL + 0.6, fieldPath: 'spec.containers{ledgerwriter}' },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': lwLogs[0],
      'ledgerwriter#1/ledgerwriter': lwLogs[1],
      'frontend#0/front': feLogs,
      'balancereader#0/balancereader': brLog,
    },
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests (kit system scripts/kit-systems/bank-of-anthos.mjs): the
      frontend posts every payment and deposit as JSON to ledgerwriter (TRANSACTIONS_API_ADDR) with fromAccountNum, fromRoutingNum,
      toAccountNum, toRoutingNum, amount and a request "uuid" used by ledgerwriter's duplicate-transaction check; on an HTTP error
      the frontend logs "Error submitting payment/deposit" and redirects home with "Payment failed"/"Deposit failed". Balances and
      history are served by balancereader and transactionhistory, which the release did not touch.
      Fault: ledgerwriter v0.6.11-rc.2 (new image, VERSION env) moved request de-duplication to a header, dropped the uuid property
      from its Transaction class and registered its own ObjectMapper bean, which loses Spring Boot's default
      FAIL_ON_UNKNOWN_PROPERTIES=false (Jackson's own default is true; a widely reported Spring Boot pitfall). Every POST
      /transactions now fails to bind: Spring's DefaultHandlerExceptionResolver logs WARN "Resolved [HttpMessageNotReadableException:
      JSON parse error: Unrecognized field "uuid" ... not marked as ignorable]" and answers 400. The pods start, pass /ready and stay
      Ready (only the usual startup readiness refusals), nothing restarts. The log4j2 JSON layout does not escape quotes, so these
      lines are not valid JSON, as upstream prints them. Old and new ReplicaSets differ exactly by image and VERSION.
      Decoy: balancereader OOMKilled three days ago. Expected: ledgerwriter bad-deploy-rollout.
      Deviations from upstream: ledgerwriter at 2 replicas and the in-house rc image.`,
  }),
];
