// Blind dev batch s105b: Bank of Anthos scenario (ledgerwriter release calling balancereader with POST -> 405).
// System from scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog); built by scripts/s105b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const INC = '2026-06-17T15:41:00Z';
const T = clock(INC);
const ROLL = -29;
const base = system.workloads.find((w) => w.name === 'ledgerwriter').containers[0];
const NEW_IMAGE = 'us-central1-docker.pkg.dev/boa-prod/ledger/ledgerwriter:v0.6.11-rc.2';
const newEnv = base.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11-rc.2' } : e));
const acct = ['1011226111', '1033623433', '1055757655', '1077441377'];
const body405 = (a, min) => `405 : \\"{\\"timestamp\\":\\"${T.isoMs(min).replace('Z', '+00:00')}\\",\\"status\\":405,\\"error\\":\\"Method Not Allowed\\",\\"path\\":\\"/balances/${a}\\"}\\"`;

const lw = (min, a) => [
  jlog(T, min, 'INFO', 'addTransaction', `Transaction submission from ${a}`),
  jlog(T, min, 'ERROR', 'addTransaction', `Failed to retrieve account balance: ${body405(a, min)}`),
];
const br = (min) => jlog(T, min, 'WARN', 'logException', "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not supported]");
const fe = (min, route, msg, sev = 'ERROR') => jlog(T, min, sev, route, msg);

export const scenarios = [
  withDefaults({
    folder: 's105b-ledgerwriter-balance-check-405',
    incidentTime: INC,
    description: 'bank: payments + deposits all error out since ~15:15, balance and history pages fine. ledger folks?',
    expected: { component: 'ledgerwriter', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      ledgerwriter: {
        rollout: { at: ROLL, revision: 6, oldContainers: { ledgerwriter: { image: base.image, env: base.env } } },
        containers: { ledgerwriter: { image: NEW_IMAGE, env: newEnv } },
      },
      'ledger-db': {
        pods: [{ containers: { postgres: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:ledgerwriter#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: ROLL + 0.1, last: ROLL + 0.1, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 6.912s (6.912s including waiting). Image size: 201774112 bytes.`, first: ROLL + 0.22, last: ROLL + 0.22, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Created', message: 'Created container ledgerwriter', first: ROLL + 0.25, last: ROLL + 0.25, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', first: ROLL + 0.27, last: ROLL + 0.27, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: ROLL + 0.5, last: ROLL + 0.9, count: 4, fieldPath: 'spec.containers{ledgerwriter}' },
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ledgerwriter-%OLD% to 0 from 1', first: ROLL + 1.2, last: ROLL + 1.2 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, ROLL + 0.3, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.11-rc.2 using Java 17.0.11 with PID 1 (/app/classpath started by ? in /)'),
        jlog(T, ROLL + 0.9, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 33.118 seconds (process running for 35.402)'),
        jlog(T, ROLL + 0.91, 'INFO', '<init>', 'Starting ledgerwriter v0.6.11-rc.2'),
        ...lw(-25.2, acct[0]), ...lw(-19.8, acct[1]), ...lw(-14.1, acct[2]), ...lw(-9.5, acct[0]), ...lw(-4.4, acct[3]), ...lw(-1.1, acct[1]),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 11 + 1.5, 'INFO', 'pollTransactions', 'Polling for new transactions every 100 ms'),
        br(-25.2), br(-19.8), br(-14.1), br(-9.5), br(-4.4), br(-1.1),
      ],
      'frontend#0/front': [
        fe(-25.15, 'payment', "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
        fe(-19.75, 'deposit', "Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
        fe(-16, 'home', 'Displaying home page.', 'INFO'),
        fe(-14.05, 'payment', "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
        fe(-9.45, 'payment', "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
        fe(-6, 'home', 'Displaying home page.', 'INFO'),
        fe(-4.35, 'deposit', "Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
        fe(-1.05, 'payment', "Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions"),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 11 + 1.5, 'INFO', 'pollTransactions', 'Polling for new transactions every 100 ms'),
      ],
      'ledger-db#0/postgres': [
        `${T.iso(-60 * 24 * 5).replace('T', ' ').replace('Z', '.114 UTC')} [1] LOG:  database system is ready to accept connections`,
      ],
    },
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047): ledgerwriter (Spring Boot, Java)
      validates each transaction by calling balancereader's GET /balances/{accountId} (BALANCES_API_ADDR in
      service-api-config) before writing to ledger-db; the frontend posts payments and deposits to ledgerwriter's
      /transactions and reads balances and history straight from balancereader and transactionhistory; both Java services
      log through the log4j2 JSON layout ("%M | %msg").
      Fault (expected ledgerwriter / bad-deploy-rollout): the ledger team rolled out an in-house build v0.6.11-rc.2 at
      15:12 whose refactored balance check sends POST /balances/{id} (RestTemplate.postForEntity). balancereader only maps
      GET there, so Spring answers 405 and logs DefaultHandlerExceptionResolver's "Request method 'POST' is not supported";
      ledgerwriter turns the HttpClientErrorException into a 500, and every payment and deposit fails while the new pod is
      Running and Ready. Balances and history still load. The old and new ReplicaSets differ exactly in image and VERSION.
      Decoy: ledger-db OOMKilled five days ago, Running since; balancereader's WARN lines point at the caller, not itself.
      Deviation: the release and its image path are invented (upstream has no such build); the wording of ledgerwriter's
      error line is assumed.
    `,
  }),
];
