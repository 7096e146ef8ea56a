// Blind dev batch s107c: one Bank of Anthos scenario (bad-deploy-rollout) on scripts/kit-systems/bank-of-anthos.mjs.
// contacts v0.6.11 built without the Cloud Trace exporter: gunicorn workers fail to boot; the old pod keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const IT = '2026-05-22T11:18:00Z';
const T = clock(IT);
const NEW = image('contacts').replace(/:v0\.6\.10@sha256:[0-9a-f]+$/, ':v0.6.11@sha256:4c1e8a02f7d95b36e0a9c7d51f28b4e6a3d0917c5be84f2a6d39e1c07b58fa24');
const g = (min, pid, lvl, msg) => `[${T.java(min).replace(/\.\d+$/, '')} +0000] [${pid}] [${lvl}] ${msg}`;
const boot = (min) => [
  g(min, 1, 'INFO', 'Starting gunicorn 22.0.0'),
  g(min, 1, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
  g(min, 1, 'INFO', 'Using worker: gthread'),
  g(min + 0.01, 7, 'INFO', 'Booting worker with pid: 7'),
  g(min + 0.02, 7, 'ERROR', 'Exception in worker process'),
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
  '    worker.init_process()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 134, in init_process',
  '    self.load_wsgi()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/util.py", line 371, in import_app',
  '    mod = importlib.import_module(module)',
  '  File "/app/contacts.py", line 31, in <module>',
  '    from opentelemetry.exporter.cloud_trace import CloudTraceSpanExporter',
  "ModuleNotFoundError: No module named 'opentelemetry.exporter.cloud_trace'",
  g(min + 0.03, 7, 'INFO', 'Worker exiting (pid: 7)'),
  g(min + 0.05, 1, 'ERROR', 'Worker (pid:7) exited with code 3'),
  g(min + 0.05, 1, 'ERROR', 'Shutting down: Master'),
  g(min + 0.05, 1, 'ERROR', 'Reason: Worker failed to boot.'),
];

export const scenarios = [
  withDefaults({
    folder: 's107c-contacts-release-missing-module',
    incidentTime: IT,
    description: 'argo says the contacts deploy (0.6.11) has been progressing forever, started ~40 min ago. payments + address book still look ok from the UI?',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'contacts', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'partial-name'],
    grounding: `
      contacts is a Flask app run by gunicorn with ENABLE_TRACING=true, which imports the Cloud Trace exporter at module
      load (GoogleCloudPlatform/bank-of-anthos src/accounts/contacts/contacts.py). Release v0.6.11 (image and VERSION
      env changed, 41 minutes before) was built from a requirements.txt that dropped
      opentelemetry-exporter-gcp-trace: the worker dies on import with ModuleNotFoundError, gunicorn exits 3 ("Worker
      failed to boot"), the pod crash-loops. maxUnavailable 25% of 1 rounds to 0, so the old v0.6.10 pod keeps serving
      and the UI works; after progressDeadlineSeconds the Deployment reports ProgressDeadlineExceeded. The shape follows
      public gunicorn "Worker failed to boot" reports after a dependency left out of an image.
      Deviation from upstream: the v0.6.11 tag and its digest are invented.`,
    workloads: {
      contacts: {
        rollout: { at: -41, oldReplicas: 1, oldContainers: { contacts: { image: image('contacts'), env: [{ name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'info' }] } } },
        containers: { contacts: { image: NEW, env: [{ name: 'VERSION', value: 'v0.6.11' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'info' }] } },
        unavailableSince: -41,
        pods: [{ containers: { contacts: cs.crashLoop({ restarts: 12, exitCode: 3, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.1), container: 'contacts' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-31), lastTransitionTime: T.iso(-31), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -41 },
      { on: 'pod:contacts#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -40.8, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -39, last: -3.3, count: 12, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'BackOff', message: 'Back-off restarting failed container contacts in pod %POD%_bank-of-anthos(%PODUID%)', type: 'Warning', first: -38, last: -0.5, count: 171, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#0/contacts/previous': boot(-3.2),
      'contacts#old0/contacts': [
        g(-60 * 24 * 6, 1, 'INFO', 'Starting gunicorn 22.0.0'),
        plog(T, -12, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'frontend#0/front': [plog(T, -2.1, 'INFO', 'home', 'Displaying home.')],
    },
  }),
];
