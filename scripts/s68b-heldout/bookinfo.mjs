// Held-out batch s68b (blind, split test): one Istio Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bookinfo.mjs through bookinfoScenario (upstream app-only Service selectors); built by scripts/s68b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const incidentTime = '2026-05-06T09:25:00Z';
const T = clock(incidentTime);
const N2 = 'ip-192-168-45-130.us-east-2.compute.internal';
const MISSING = "couldn't find key rootpasswd in Secret bookinfo/mysql-credentials";
const istioTs = (m) => T.isoMs(m).replace('Z', '000Z');
const ilog = (m, level, scope, msg) => `${istioTs(m)}\t${level}\t${scope ? `${scope}\t` : ''}${msg}`;

// reviews v2/v3 call ratings; about half the calls land on ratings-v2-mysql (Service selects app=ratings only).
const reviewsErr = (mins) => mins.map((m) => `Error: unable to contact http://ratings:9080/ratings got status of 500`);
const ratingsV2 = [];
[-13.2, -12.4, -11.9, -10.6, -9.8, -8.1, -7.7, -6.2, -5.0, -3.9, -2.8, -1.6].forEach(() => ratingsV2.push('GET /ratings/0'));
const ratingsV1 = Array.from({ length: 14 }, () => 'GET /ratings/0');

export const scenarios = [
  bookinfoScenario({
    folder: 's68b-stars-flaky-half-the-time',
    incidentTime,
    description: 'bookinfo product page: star ratings missing on roughly every other refresh since ~9:10 ("Ratings service is currently unavailable"), reviews text itself shows fine',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml and bookinfo-mysql.yaml (kit system
      scripts/kit-systems/bookinfo.mjs): mysqldb-v1 takes MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd; the ratings
      Service selects app=ratings, so ratings-v1 (in-memory) and ratings-v2-mysql (MYSQL_DB_HOST=mysqldb) share the traffic; reviews v2/v3
      call http://ratings:9080/ratings and render "Ratings service is currently unavailable" on a non-200.
      Fault: the mysql-credentials Secret was re-created by a secrets-sync migration with the key renamed (rootpasswd -> root-password).
      The running mysqldb pod kept its already-resolved env until it was deleted this morning (its node was removed by a cluster-autoscaler
      scale-down); the replacement pod's mysqldb container cannot be created: kubelet "Error: couldn't find key rootpasswd in Secret
      bookinfo/mysql-credentials", state CreateContainerConfigError, while its istio-proxy sidecar runs. The mysqldb Service has only
      notReadyAddresses; ratings-v2-mysql's connection through the sidecar is closed, ratings.js answers 500 {"error":"could not connect to
      ratings database"} without logging the error (it only logs "GET /ratings/0"), and reviews prints "Error: unable to contact ... got
      status of 500" for roughly half of the calls. A careful engineer names the missing Secret key on mysqldb.
      Deviations: the removed fourth node is not in the node list (it no longer exists); the Secret rename is told by the Event text only
      (there is never a secrets.json); mysqldb keeps its upstream emptyDir.
    `,
    workloads: {
      'mysqldb-v1': {
        pods: [{
          node: N2,
          created: T.iso(-14.2),
          readyTransition: T.iso(-14.2),
          containers: {
            mysqldb: cs.waiting('CreateContainerConfigError', MISSING),
            'istio-proxy': cs.running(T.iso(-13.9)),
          },
        }],
        unavailableSince: -14.2,
        endpointsChanged: -14.6,
      },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bookinfo/%POD% to ${N2}`, first: -14.2 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -14.1 },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -14.1 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -14.0 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', fieldPath: 'spec.containers{mysqldb}', count: 68, first: -14.0, last: -0.3 },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Failed', message: `Error: ${MISSING}`, fieldPath: 'spec.containers{mysqldb}', count: 68, first: -14.0, last: -0.3 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.containers{istio-proxy}', first: -14.0 },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -13.9 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -13.9 },
    ],
    logs: {
      'mysqldb-v1#0/istio-proxy': [
        ilog(-13.9, 'info', '', 'FLAG: --concurrency="0"'),
        ilog(-13.9, 'info', '', 'Apply proxy config from env {"holdApplicationUntilProxyStarts":false}'),
        ilog(-13.88, 'info', '', 'Effective config: binaryPath: /usr/local/bin/envoy'),
        ilog(-13.85, 'info', 'cache', 'generated new workload certificate\tlatency=112.4ms ttl=23h59m59.3s'),
        ilog(-13.84, 'info', 'cache', 'Root cert has changed, start rotating root cert'),
        ilog(-13.82, 'info', '', 'Starting proxy agent'),
        ilog(-13.8, 'info', '', 'Envoy command: [-c etc/istio/proxy/envoy-rev.json --drain-time-s 45 --drain-strategy immediate --local-address-ip-version v4 --file-flush-interval-msec 1000 --disable-hot-restart --allow-unknown-static-fields -l warning --component-log-level misc:error]'),
        ilog(-13.7, 'info', 'xdsproxy', 'connected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1'),
        ilog(-13.6, 'info', '', 'Readiness succeeded in 1.214s'),
        ilog(-13.6, 'info', '', 'Envoy proxy is ready'),
      ],
      'ratings-v2-mysql#0/ratings': ratingsV2,
      'ratings-v1#0/ratings': ratingsV1,
      'reviews-v2#0/reviews': reviewsErr([-13.2, -11.9, -9.8, -7.7, -5.0, -2.8]),
      'reviews-v3#0/reviews': reviewsErr([-12.4, -10.6, -8.1, -6.2, -3.9, -1.6]),
    },
  }),
];
