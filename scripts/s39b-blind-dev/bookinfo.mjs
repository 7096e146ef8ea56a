// Batch s39b blind dev scenario for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs, ratings served by ratings-v2-mysql):
// a root-password rotation restarts mysqldb with the new secret while ratings still connects with the old hard-coded password.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// bookinfo.yaml with ratings replaced by bookinfo-ratings-v2-mysql.yaml, plus bookinfo-mysql.yaml; details-v1 owns `details`.
const KEEP = ['details-v1', 'ratings-v2-mysql', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1', 'mysqldb-v1'];
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ports: [{ name: 'http', port: 9080, targetPort: 9080 }] } } : w)),
};
export const scenarios = [];

{
  const incidentTime = '2026-12-10T13:58:00Z';
  const T = clock(incidentTime);
  const mysqldb = base.workloads.find((w) => w.name === 'mysqldb-v1');
  const my = (min, level, code, msg) => `${T.isoMs(min).replace('Z', '')}000Z 0 [${level}] [${code}] [Server] ${msg}`;
  const ep = (min, msg) => `${T.iso(min).replace('T', ' ').replace('Z', '')}+00:00 [Note] [Entrypoint]: ${msg}`;
  const envoy = (min, line) => `[${T.isoMs(min)}] ${line}`;
  const ratingsIn = (min, id, dur, peer) =>
    envoy(min, `"GET /ratings/0 HTTP/1.1" 500 - via_upstream - "-" 0 48 ${dur} ${dur - 1} "-" "Apache-CXF/3.1.18" "${id}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${40000 + dur * 37} %PODIP%:9080 ${peer}:${51000 + dur * 11} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`);
  scenarios.push(
    bookinfoScenario({
      folder: 's39b-ratings-stale-db-password',
      incidentTime,
      description: 'bookinfo: stars gone from product page since about 13:40, page says "Ratings service is currently unavailable"',
      expected: { component: 'ratings', cause: 'config-error' },
      alsoAcceptable: [{ component: 'mysqldb', cause: 'bad-deploy-rollout' }],
      difficulty: 'hard',
      traits: ['bad-credentials', 'pods-ready', 'time-expression'],
      grounding: `istio/istio samples/bookinfo/platform/kube: bookinfo-ratings-v2-mysql.yaml hard-codes MYSQL_DB_USER=root and
        MYSQL_DB_PASSWORD=password in the ratings Deployment, while bookinfo-mysql.yaml's mysqldb reads MYSQL_ROOT_PASSWORD from the
        Secret mysql-credentials (rootpasswd) and keeps its data in an emptyDir. ratings.js (SERVICE_VERSION v2, DB_TYPE mysql)
        opens a connection per request and answers 500 {"error":"could not connect to ratings database"} on any query error
        without logging it; reviews v2/v3 then render "Ratings service is currently unavailable". The data team rotated
        mysql-credentials (quarterly runbook) and rollout-restarted mysqldb-v1 at 13:39: the new pod's entrypoint initialised a
        fresh datadir with the new root password, so every ratings connection now gets ER_ACCESS_DENIED_ERROR (MySQL 8.0 does not
        log it at the default log_error_verbosity 2). All pods are Ready; the evidence is the mysqldb rollout just before
        ratings' sidecar starts returning 500s on every /ratings call. The careful answer is ratings' stale credentials
        (config-error, bad-credentials); the mysqldb rollout that changed the password is also accepted. reviews-v1 (no ratings
        call) and details stay healthy.`,
      workloads: {
        'details-v1': { serviceSelector: { app: 'details' } },
        'mysqldb-v1': {
          rollout: { at: -19, revision: 3, oldPatch: { podAnnotations: mysqldb.podAnnotations } },
          patch: { podAnnotations: { ...mysqldb.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-19.05) } },
        },
      },
      events: [
        { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set mysqldb-v1-%NEW% to 1', first: -19, last: -19 },
        { on: 'deploy:mysqldb-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set mysqldb-v1-%OLD% to 0 from 1', first: -18.2, last: -18.2 },
        { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{mysqldb}', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -18.9, last: -18.9 },
        { on: 'pod:mysqldb-v1#0', reason: 'Started', fieldPath: 'spec.containers{mysqldb}', message: 'Started container mysqldb', first: -18.9, last: -18.9 },
      ],
      logs: {
        'mysqldb-v1#0/mysqldb': [
          ep(-18.9, 'Entrypoint script for MySQL Server 8.0.35-1.el8 started.'),
          ep(-18.9, "Switching to dedicated user 'mysql'"),
          ep(-18.88, 'Entrypoint script for MySQL Server 8.0.35-1.el8 started.'),
          ep(-18.87, 'Initializing database files'),
          my(-18.86, 'Warning', 'MY-011068', "The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead."),
          my(-18.86, 'Warning', 'MY-010918', "'default_authentication_plugin' is deprecated and will be removed in a future release. Please use authentication_policy instead."),
          my(-18.85, 'System', 'MY-013169', '/usr/sbin/mysqld (mysqld 8.0.35) initializing of server in progress as process 80'),
          my(-18.78, 'System', 'MY-013170', '/usr/sbin/mysqld (mysqld 8.0.35) initializing of server has completed'),
          ep(-18.74, 'Database files initialized'),
          ep(-18.74, 'Starting temporary server'),
          ep(-18.69, 'Temporary server started.'),
          ep(-18.66, "/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/mysqldb-init.sql"),
          ep(-18.64, 'Stopping temporary server'),
          ep(-18.61, 'Temporary server stopped'),
          ep(-18.61, 'MySQL init process done. Ready for start up.'),
          my(-18.6, 'System', 'MY-010116', '/usr/sbin/mysqld (mysqld 8.0.35) starting as process 1'),
          my(-18.58, 'Warning', 'MY-010068', 'CA certificate ca.pem is self signed.'),
          my(-18.57, 'System', 'MY-011323', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
          my(-18.57, 'System', 'MY-010931', "/usr/sbin/mysqld: ready for connections. Version: '8.0.35'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
        ],
        'ratings-v2-mysql#0/ratings': [
          'Server listening on: http://0.0.0.0:9080',
          'GET /ratings/0',
          'GET /ratings/0',
          'GET /ratings/0',
          'GET /ratings/0',
          'GET /ratings/0',
          'GET /ratings/0',
          'GET /ratings/0',
        ],
        'ratings-v2-mysql#0/istio-proxy': [
          envoy(-24.5, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 6 5 "-" "Apache-CXF/3.1.18" "8c1f0e2a-4b7d-9a63-b5e2-1d0f7c3a9e64" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:44821 %PODIP%:9080 %IPOF:reviews-v2#0%:52214 outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`),
          ratingsIn(-17.6, '3e9a7c1d-0f2b-9d48-a6c1-7b5e2f0d8a93', 9, '%IPOF:reviews-v3#0%'),
          ratingsIn(-13.2, 'b7d2e0f4-6a1c-9c35-8e7b-2f4a1d9c6e08', 8, '%IPOF:reviews-v2#0%'),
          ratingsIn(-9.8, '1a6f3c8e-2d0b-94e7-b5a3-c8e1f6d2a740', 11, '%IPOF:reviews-v3#0%'),
          ratingsIn(-6.1, 'e4c9b2a7-5f1d-9036-a8e4-3b7c0f1d5e29', 7, '%IPOF:reviews-v2#0%'),
          ratingsIn(-2.4, '7f0d1e6b-3c9a-9452-b1f8-6a2e4c7d0b35', 9, '%IPOF:reviews-v3#0%'),
          ratingsIn(-0.7, '5b2e8a3f-9d4c-9e71-a0b6-1f3d7e2c8a46', 8, '%IPOF:reviews-v2#0%'),
        ],
        'reviews-v2#0/reviews': [
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
        ],
        'reviews-v3#0/reviews': [
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
          'Error: unable to contact http://ratings:9080/ratings got status of 500',
        ],
      },
    }),
  );
}
