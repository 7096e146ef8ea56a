// Blind dev batch s105c: an Online Boutique scenario (system from scripts/s2-scenarios/online-boutique.mjs, before its scenarios).
// emailservice rebuilt by the team without its templates/ directory: the new pods crash on import, the old pod keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const I = '2026-05-19T15:22:00Z';
const T = clock(I);
const OLD = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/emailservice:v0.10.6';
const NEW = 'us-central1-docker.pkg.dev/boutique-prod/apps/emailservice:2026.05.19-3f9c2d1';
const pyj = (min, sev, msg) => JSON.stringify({ timestamp: Number((Date.parse(T.isoMs(min)) / 1000).toFixed(6)), severity: sev, name: 'emailservice-server', message: msg });
const crash = (min) => [
  pyj(min, 'INFO', 'Profiler disabled.'),
  'Traceback (most recent call last):',
  '  File "/email_server/email_server.py", line 44, in <module>',
  "    template = env.get_template('confirmation.html')",
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/jinja2/environment.py", line 1016, in get_template',
  '    return self._load_template(name, globals)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/jinja2/environment.py", line 975, in _load_template',
  '    template = self.loader.load(self, name, self.make_globals(globals))',
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/jinja2/loaders.py", line 126, in load',
  '    source, filename, uptodate = self.get_source(environment, name)',
  '                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/jinja2/loaders.py", line 209, in get_source',
  '    raise TemplateNotFound(',
  'jinja2.exceptions.TemplateNotFound: confirmation.html',
];
const oldEmail = [pyj(-60 * 24 * 6 + 0.5, 'INFO', 'starting the email service in dummy mode.'), pyj(-60 * 24 * 6 + 0.5, 'INFO', 'listening on port: 8080')];
const coLogs = [];
for (const m of [-19.4, -16.0, -12.7, -9.9, -6.2, -3.1, -0.9]) {
  const id = Math.round(-m * 1000).toString(16);
  oldEmail.push(pyj(m + 0.01, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  coLogs.push(JSON.stringify({ message: `payment went through (transaction_id: 5e${id}a1-7c2d-4f0e-9b3a-d1c8${id}e2f4)`, severity: 'info', timestamp: T.isoMs(m) }));
  coLogs.push(JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(m + 0.01) }));
}
const ADS = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6';
void ADS;

export const scenarios = [{
  folder: 's105c-emailservice-image-without-templates',
  description: 'email svc deploy hung for ~15 min, new pod keeps restarting?? confirmation emails still arriving tho',
  incidentTime: I,
  expected: { component: 'emailservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'emailservice', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
  workloads: {
    emailservice: {
      rollout: { at: -16, revision: 6, oldReplicas: 1, oldContainers: { server: { image: OLD } } },
      containers: { server: { image: NEW } },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-3.3), finishedAt: T.iso(-3.2), container: 'server' }) } }],
      unavailableSince: -16,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-5.9), lastTransitionTime: T.iso(-5.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }] },
  },
  events: [
    { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -16, last: -16 },
    { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -15.9 },
    { on: 'pod:emailservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', first: -15.8 },
    { on: 'pod:emailservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.212s (4.212s including waiting). Image size: 61240311 bytes.`, fieldPath: 'spec.containers{server}', first: -15.7 },
    { on: 'pod:emailservice#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, fieldPath: 'spec.containers{server}', first: -15.4, last: -3.3, count: 7 },
    { on: 'pod:emailservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -15.7, last: -3.3, count: 8 },
    { on: 'pod:emailservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -15.7, last: -3.3, count: 8 },
    { on: 'pod:emailservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -15.3, last: -0.4, count: 71 },
    { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%OLD% to 1', first: -60 * 24 * 6, last: -60 * 24 * 6 },
  ],
  logs: {
    'emailservice#0/server': crash(-3.3),
    'emailservice#0/server/previous': crash(-8.5),
    'emailservice#old0/server': oldEmail,
    'checkoutservice#0/server': coLogs,
  },
  grounding: `
    Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): emailservice has 1 replica, the default RollingUpdate (maxSurge 25% rounds up to 1, maxUnavailable 25% rounds down to 0), so the old pod keeps serving while the new one never becomes Ready. email_server.py loads templates/confirmation.html with jinja2 at module import.
    Fault: the team rebuilt emailservice from its own Dockerfile (image in boutique-prod/apps) with a COPY that left out templates/; the process dies at import with jinja2 TemplateNotFound (exit 1) and goes into CrashLoopBackOff; the Deployment reports ProgressDeadlineExceeded after 600 s. The old ReplicaSet (upstream v0.10.6) differs only by the image.
    checkoutservice keeps sending confirmations through the old pod, so customers see nothing; decoy: adservice OOMKilled two days ago.
    Deviations: the image name and tag are the team's, not upstream; the jinja2 line numbers and the email_server.py line are illustrative.`,
}];
