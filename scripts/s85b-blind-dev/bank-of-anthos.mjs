// Blind dev batch s85b: one Bank of Anthos scenario (config-error: frontend rolled with SCHEME=https behind a plain-HTTP
// LoadBalancer), built by scripts/s85b-build.mjs with scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog).
import { clock } from '../s2-scenario-kit.mjs';
import { withDefaults, jlog, system as boa } from '../kit-systems/bank-of-anthos.mjs';
export const system = boa;

const IT = '2026-05-16T08:12:00Z';
const T = clock(IT);
const fl = (m, sev, fn, msg) => `{"timestamp": "${T.java(m).slice(0, 19)}", "message": "${fn} | ${msg}", "severity": "${sev}"}`;
const front = [];
for (let m = -50; m < -1; m += 1.6) {
  front.push(fl(m, 'INFO', 'login', 'Successfully logged in.'));
}
const newEnv = system.workloads.find((w) => w.name === 'frontend').containers[0].env.map((e) => (e.name === 'SCHEME' ? { ...e, value: 'https' } : e));
const oldEnv = system.workloads.find((w) => w.name === 'frontend').containers[0].env;
export const scenarios = [
  withDefaults({
    folder: 's85b-frontend-scheme-https',
    description: 'BoA: users say after logging in they land on a "site cant be reached" page, since the 7am frontend deploy?? login itself says success',
    incidentTime: IT,
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `
      Bank of Anthos kubernetes-manifests (d0af047): the frontend reads SCHEME (upstream "http") and uses it for the
      external redirects after login, signup and logout (url_for(..., _external=True, _scheme=SCHEME) in frontend.py);
      the frontend Service is a plain-HTTP LoadBalancer on port 80. Fault: a frontend change meant for a future HTTPS
      ingress set SCHEME=https and was rolled out at 07:02; the pods start, pass /ready and log every login as successful
      with a 302, but the redirect sends browsers to https://<LB IP>/home where nothing listens, so users see a connection
      error. Nothing is rejected at start; no backend logs an error. The new and the old ReplicaSet templates differ only
      by the SCHEME value. Deviation: gunicorn access lines shortened.
    `,
    workloads: {
      frontend: { rollout: { at: -70, revision: 5, oldContainers: { front: { env: oldEnv } } }, containers: { front: { env: newEnv } } },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -69, last: -69 },
    ],
    logs: {
      'frontend#0/front': front,
      'userservice#0/userservice': [`{"timestamp": "${T.java(-3).slice(0, 19)}", "message": "login | Login Successful", "severity": "INFO"}`],
    },
  }),
];
void jlog;
