// Blind dev batch s113a: TeaStore scenario (auth release comparing boxed Long user ids with ==).
// System definition reused from scripts/kit-systems/teastore.mjs; written blind, expected cause fixed first.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-14T16:05:00Z');
const cat = (min, level, logger, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${logger}] ${msg}`;
};
const auth = [
  cat(-41, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [6412] milliseconds'),
  cat(-40.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-auth at teastore-registry'),
];
const web = [];
for (let m = -38; m < -0.5; m += 1.7) {
  auth.push(cat(m, 'WARNING', 'http-nio-8080-exec-' + (1 + Math.round(-m) % 9), 'tools.descartes.teastore.auth.security.ShaSecurityProvider.validate Session blob rejected: uid mismatch for userId=' + (130 + Math.round(-m * 7) % 300)));
  web.push(cat(m + 0.005, 'INFO', 'http-nio-8080-exec-' + (2 + Math.round(-m) % 7), 'tools.descartes.teastore.webui.servlet.AbstractUIServlet.redirect Session not valid, redirecting to /tools.descartes.teastore.webui/login'));
}
for (let m = -37.3; m < -0.5; m += 4.1) auth.push(cat(m, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login Login for user user12 (id 13) successful'));

export const scenarios = [
  {
    folder: 's113a-auth-release-boxed-long-compare',
    incidentTime: '2026-05-14T16:05:00Z',
    description: 'teastore: lots of customers get kicked back to the login page when they add to cart or check out (since ~15:25). some accounts work fine?? webui looks ok',
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts (TeaStore teastore-clusterip.yaml at 5ab1188): teastore-auth is a Tomcat service the webui calls to validate the
      session blob on every cart and order action (topology edge webui -> auth); no probes, no resources, image pulled by :latest.
      Fault: an in-house auth build (descartesresearch/teastore-auth:1.4.3-hotfix1 from the team's registry mirror) refactored the
      session check to compare the blob's user id (java.lang.Long) with the stored one using == instead of equals(). The JVM caches
      Long values only from -128 to 127, so the check passes for the first 127 users and fails for every other account: those
      sessions are rejected and the webui redirects to login. This is the well-known Java boxed-integer identity pitfall
      (Integer/Long cache, JLS 5.1.7) reported in many public bug trackers. Nothing restarts, the pod stays Running and
      Ready, and the webui logs the redirects. Decoy: a benign teastore-recommender rollout two hours earlier (restart only,
      identical pod template). Deviations from upstream: auth image tag 1.4.3-hotfix1 (in-house), log lines of the
      validation (upstream logs none at WARNING); rollout revision 4.`,
    workloads: {
      'teastore-auth': {
        rollout: { at: -42, revision: 4, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3-hotfix1' } },
      },
      'teastore-recommender': { rollout: { at: -125, revision: 4 } },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -42 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -41 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': auth,
      'teastore-webui#0/teastore-webui': web,
    },
  },
];
