// Batch s87a (blind dev): one TeaStore scenario on the kit system (scripts/kit-systems/teastore.mjs):
// teastore-persistence redeployed with DB_HOST pointing at the staging database, which answers and holds other data.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-07-08T13:18:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const envWith = (db) => [
  { name: 'HOST_NAME', value: 'teastore-persistence' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: db },
  { name: 'DB_PORT', value: '3306' },
];
const STAGING = 'teastore-db.teastore-staging.svc.cluster.local';

const persistence = [
  cat(-96.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(-96.1, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  `[EL Info]: ${T.java(-95.6)}--ServerSession(1474957626)--EclipseLink, version: Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3`,
  `[EL Info]: connection: ${T.java(-95.5)}--ServerSession(1474957626)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`,
  cat(-95.3, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [9,412] ms'),
  cat(-95.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9655] milliseconds'),
  cat(-95.0, 'INFO', 'Thread-4', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered service teastore-persistence:8080 at registry teastore-registry:8080'),
];
const auth = [];
const webui = [];
for (let k = 0; k < 10; k++) {
  const m = -70 + k * 6.5;
  const u = `user${[7, 12, 58, 3, 91][k % 5]}`;
  if (k % 3 === 1) {
    auth.push(cat(m, 'INFO', `http-nio-8080-exec-${(k % 8) + 1}`, 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', `Login failed for user "shopfront-${(4200 + k * 17)}": wrong username or password`));
    webui.push(cat(m + 0.01, 'WARNING', `http-nio-8080-exec-${(k % 8) + 2}`, 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login unsuccessful, redirecting to login page'));
  } else {
    auth.push(cat(m, 'INFO', `http-nio-8080-exec-${(k % 8) + 1}`, 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', `Login successful for user "${u}"`));
  }
}

export const scenarios = [
  {
    folder: 's87a-persistence-db-host-staging',
    description: "tea store: order history missing everything from today and customers who signed up this week can't log in (old test accounts fine). started around 11:40 ish, webui shows no errors",
    incidentTime: I,
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { env: envWith(STAGING) } },
        rollout: { at: -97, oldContainers: { 'teastore-persistence': { env: envWith('teastore-db') } } },
      },
      // Decoy: the recommender was rolled the day before (same image, kubectl rollout restart), healthy since.
      'teastore-recommender': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 22) } },
        rollout: { at: -60 * 22, oldPatch: { podAnnotations: undefined } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -97, last: -97 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -95, last: -95 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-registry#0/teastore-registry': [
        cat(-95.0, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-persistence:8080'),
        cat(-30, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registry.rest.RegistryREST.heartbeat', 'Heartbeat from teastore-recommender:8080'),
      ],
    },
    grounding: `
      Manifest facts: teastore-persistence is the only TeaStore service that talks to the database; the dockerbase start.sh
      writes DB_HOST/DB_PORT into its context.xml JDBC URL, and every other service (auth, webui, recommender, image) reads
      users, orders and products through persistence's REST API. No probes upstream.
      Fault: a persistence redeploy (a values file copied from the staging overlay) set DB_HOST to the staging database
      teastore-db.teastore-staging.svc.cluster.local. That MariaDB resolves, accepts the same credentials and holds the
      generated demo data, so persistence starts, logs "login successful" and is Ready; nothing rejects the value. Orders
      written since land in staging, production orders and accounts created this week are invisible, and only auth logs
      failed logins. The old and new persistence ReplicaSets differ only in DB_HOST. Class of fault: production service
      pointed at a staging/other-environment database (common post-mortem theme). Expected: persistence config-error;
      persistence bad-deploy-rollout accepted.
      Deviations from upstream: DB_HOST is the fault; the log lines of auth/webui/registry are shortened to the messages that
      matter. Decoy: a teastore-recommender rollout restart 22 hours earlier (identical template).
    `,
  },
];
