// s27c blind dev scenario for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs): an in-house mysqldb image rebuilt
// on MySQL 8.4 no longer accepts the manifest's --default-authentication-plugin argument, so mysqld aborts at start.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-05-28T09:47:00Z';
const T = clock(INC);
const NEW_IMG = '418272775513.dkr.ecr.us-east-2.amazonaws.com/bookinfo/examples-bookinfo-mysqldb:1.20.1-lts-r1';
const OLD_IMG = 'docker.io/istio/examples-bookinfo-mysqldb:1.20.1';
const rfc3339 = (min) => T.iso(min).replace('T', ' ').replace('Z', '+00:00');
const mysqlRun = (min, tmp) => [
  `${rfc3339(min)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.`,
  `${rfc3339(min + 0.01)} [ERROR] [Entrypoint]: mysqld failed while attempting to check config`,
  `\tcommand was: mysqld --default-authentication-plugin mysql_native_password --verbose --help --log-bin-index=/tmp/tmp.${tmp}`,
  `\t${T.isoMs(min + 0.01).replace('Z', '')}${String(417 + tmp.length).padStart(3, '0')}Z 0 [ERROR] [MY-000067] [Server] unknown variable 'default-authentication-plugin=mysql_native_password'.`,
  `${T.isoMs(min + 0.01).replace('Z', '')}${String(902 + tmp.length).padStart(3, '0')}Z 0 [ERROR] [MY-010119] [Server] Aborting`,
];
// ratings.js logs only "<method> <url>" per request (the mysql error goes to the response, not the log).
const ratingsV2 = [`Server listening on: http://0.0.0.0:9080`];
for (let j = 0; j < 44; j++) ratingsV2.push('GET /ratings/0');
// reviews-v2/v3 (LibertyRestEndpoint): System.out when ratings answers non-200.
const reviews = (offset) => {
  const out = [];
  for (let j = 0; j < 22; j++) out.push('Error: unable to contact http://ratings:9080/ratings got status of 500');
  return out.slice(offset);
};

export const scenarios = [
  bookinfoScenario({
    folder: 's27c-mysqldb-84-auth-plugin-arg',
    description: 'bookinfo product page: star ratings missing on about half the reloads ("Ratings service is currently unavailable") since ~09:25',
    incidentTime: INC,
    expected: { component: 'mysqldb', cause: 'config-error' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['time-expression', 'rollout-regression', 'louder-dependents'],
    grounding: `
      Bookinfo with bookinfo-ratings-v2-mysql.yaml and bookinfo-mysql.yaml (istio/istio samples/bookinfo/platform/kube):
      ratings-v1 and ratings-v2-mysql both sit behind the ratings Service, ratings-v2 dials MYSQL_DB_HOST=mysqldb:3306, and
      mysqldb-v1 runs with args "--default-authentication-plugin mysql_native_password". At 09:22 the data team rolled out
      an in-house mysqldb image rebuilt on mysql:8.4 (LTS) "for CVEs", with the Deployment switched to Recreate. MySQL 8.4
      removed default_authentication_plugin, so the docker-library entrypoint's config check fails ("mysqld failed while
      attempting to check config", "[MY-000067] [Server] unknown variable 'default-authentication-plugin=mysql_native_password'",
      "[MY-010119] [Server] Aborting", the entrypoint's and mysqld's real formats) and the container crash-loops (exit 1) while
      its istio-proxy stays up; the old pod is gone (Recreate). ratings.js swallows the mysql error (its log only shows "GET
      /ratings/0") and answers 500 {"error":"could not connect to ratings database"}; reviews-v2/v3 print "Error: unable to
      contact http://ratings:9080/ratings got status of 500" whenever their call lands on ratings-v2, so half the product
      page loads show no stars. The fault is mysqld rejecting its own argument: config-error on mysqldb; the rollout that
      brought the 8.4 base is also accepted (bad-deploy-rollout).
    `,
    workloads: {
      'mysqldb-v1': {
        containers: { mysqldb: { image: NEW_IMG } },
        rollout: { at: -25, revision: 3, oldContainers: { mysqldb: { image: OLD_IMG } } },
        pods: [
          {
            node: 'ip-192-168-45-130.us-east-2.compute.internal',
            created: T.iso(-24.6),
            containers: {
              mysqldb: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-1.7), finishedAt: T.iso(-1.68), container: 'mysqldb' }),
              'istio-proxy': cs.running(T.iso(-24.3)),
            },
          },
        ],
        endpointsChanged: -25,
      },
    },
    strategies: { 'mysqldb-v1': { type: 'Recreate' } },
    events: [
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: -25, last: -25 },
      { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -24.7, last: -24.7 },
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -24.6, last: -24.6 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.213s (4.213s including waiting). Image size: 170342188 bytes.`, first: -24.4, last: -24.4, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, first: -23.9, last: -1.7, count: 8, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container mysqldb', first: -24.4, last: -1.7, count: 10, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container mysqldb', first: -24.4, last: -1.7, count: 10, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container mysqldb in pod %POD%_bookinfo(%PODUID%)', first: -24.1, last: -0.3, count: 112, fieldPath: 'spec.containers{mysqldb}' },
    ],
    logs: {
      'mysqldb-v1#0/mysqldb': mysqlRun(-1.7, 'Qe4vN8xKcW'),
      'mysqldb-v1#0/mysqldb/previous': mysqlRun(-7.0, 'b1RmZ0tLsA'),
      'ratings-v2-mysql#0/ratings': ratingsV2,
      'reviews-v2#0/reviews': reviews(4),
      'reviews-v3#0/reviews': reviews(7),
    },
  }),
];
