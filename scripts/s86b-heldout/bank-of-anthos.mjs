// Blind held-out batch s86b: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/bank-of-anthos.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const INC = '2026-07-08T16:35:00Z';
const T = clock(INC);
const NODE = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';

export const scenarios = [
  withDefaults({
    folder: 's86b-contacts-gunicorn-oom',
    description: 'bank home page + send payment very slow / contacts dropdown empty for the past 40 min. accounts team pls check',
    incidentTime: INC,
    expected: { component: 'contacts', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'contacts', cause: 'crash-loop' }, { component: 'contacts', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/contacts.yaml at d0af047: contacts is the Python gunicorn
      service with a 128Mi memory limit; the frontend calls it through CONTACTS_API_ADDR for the home page and the payment form.
      Fault: a container OOM kill under the cgroup limit as GKE shows it (exit code 137, reason OOMKilled, node-problem-detector's
      OOMKilling event on the Node): contacts loads a large contact list per request, gunicorn's worker grows past 128Mi and the
      kernel kills it; after repeated kills the kubelet backs off (CrashLoopBackOff with last state OOMKilled).
      The frontend is loud: connection refused / timeouts to contacts. Expected oom-killed on contacts; crash-loop and
      resource-exhaustion on contacts are also accepted.
      Decoy: balancereader restarted once three days ago (liveness during a ledger-db maintenance) and has been Ready since.
      Deviations from upstream: the contact-list size that drives memory is not visible; restart history.
    `,
    workloads: {
      contacts: {
        pods: [{ node: NODE, containers: { contacts: cs.crashLoop({ restarts: 9, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.6), finishedAt: T.iso(-2.2), backoff: '2m40s', container: 'contacts' }) } }],
        unavailableSince: -2.2,
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'node:' + NODE, reason: 'OOMKilling', type: 'Warning', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 3184 (gunicorn) total-vm:412344kB, anon-rss:129876kB, file-rss:14228kB, shmem-rss:0kB, UID:1000 pgtables:436kB oom_score_adj:999', first: -38, last: -2.2, count: 9 },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.10@sha256:90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9" already present on machine`, fieldPath: 'spec.containers{contacts}', first: -37.8, last: -3.6, count: 9 },
      { on: 'pod:contacts#0', reason: 'Created', message: 'Created container contacts', fieldPath: 'spec.containers{contacts}', first: -37.8, last: -3.6, count: 9 },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', fieldPath: 'spec.containers{contacts}', first: -37.8, last: -3.6, count: 9 },
      { on: 'pod:contacts#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{contacts}', first: -37.7, last: -3.5, count: 14 },
      { on: 'pod:contacts#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container contacts in pod %POD%_bank-of-anthos(%PODUID%)', fieldPath: 'spec.containers{contacts}', first: -30, last: -0.5, count: 41 },
    ],
    logs: {
      'contacts#0/contacts/previous': [
        `[${T.java(-3.6).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(-3.6).slice(0, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
        `[${T.java(-3.6).slice(0, 19)} +0000] [1] [INFO] Using worker: gthread`,
        `[${T.java(-3.59).slice(0, 19)} +0000] [7] [INFO] Booting worker with pid: 7`,
        plog(T, -3.5, 'INFO', 'create_app', 'Starting contacts service.'),
        plog(T, -2.4, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'frontend#0/front': [
        plog(T, -45, 'INFO', 'home', 'Displaying home.'),
        plog(T, -36.5, 'ERROR', 'home', "Couldn't retrieve contacts: HTTPConnectionPool(host='contacts', port=8080): Read timed out. (read timeout=4)"),
        plog(T, -20.1, 'ERROR', 'home', "Couldn't retrieve contacts: HTTPConnectionPool(host='contacts', port=8080): Max retries exceeded with url: /contacts/testuser (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2e5d90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -8.3, 'INFO', 'home', 'Displaying home.'),
        plog(T, -1.2, 'ERROR', 'home', "Couldn't retrieve contacts: HTTPConnectionPool(host='contacts', port=8080): Max retries exceeded with url: /contacts/testuser (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2b8e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
      ],
      'balancereader#0/balancereader': [
        `{"timestamp": "${T.java(-10).slice(0, 19)}", "message": "getBalance | Balance retrieved for account 1011226111", "severity": "INFO"}`,
      ],
    },
  }),
];
