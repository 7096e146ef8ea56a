// Blind held-out batch s90b: one Istio Bookinfo scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, sidecar-injected); built by scripts/s90b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const incidentTime = '2026-05-06T13:47:00Z';
const T = clock(incidentTime);
const IMG = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const liberty = (min) => [
  'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240520-1900) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.214 seconds.',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.907 seconds.`,
].map((l) => l).concat([]).slice(0, min === undefined ? 5 : 5);
const err500 = 'Error: unable to contact http://ratings:9080/ratings got status of 500';
const mongoErr = [
  'MongoNetworkError: failed to connect to server [mongodb:27017] on first connect [Error: getaddrinfo ENOTFOUND mongodb',
  '    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {',
  "  name: 'MongoNetworkError'",
  '}]',
  '    at Pool.<anonymous> (/opt/microservices/node_modules/mongodb/lib/core/topologies/server.js:441:11)',
  '    at Pool.emit (node:events:517:28)',
  '    at /opt/microservices/node_modules/mongodb/lib/core/connection/pool.js:564:14',
  '    at /opt/microservices/node_modules/mongodb/lib/core/connection/pool.js:1013:9',
  '    at callback (/opt/microservices/node_modules/mongodb/lib/core/connection/connect.js:97:5)',
  '    at /opt/microservices/node_modules/mongodb/lib/core/connection/connect.js:124:7',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mongodb/lib/core/connection/connect.js:280:16)',
  '    at Object.onceWrapper (node:events:632:26)',
  '    at Socket.emit (node:events:517:28)',
  '    at emitErrorNT (node:internal/streams/destroy:151:8)',
];

export const scenarios = [
  bookinfoScenario({
    folder: 's90b-ratings-v1-pointed-at-absent-mongo',
    incidentTime,
    description: 'book page: "Ratings service is currently unavailable" on roughly every other refresh since after lunch. details + reviews text fine',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Upstream bookinfo ratings.js (istio/istio samples/bookinfo/src/ratings) switches to a database when SERVICE_VERSION=v2:
      DB_TYPE=mysql uses MYSQL_DB_*, anything else uses MONGO_DB_URL, connecting per request and answering 500
      {"error":"could not connect to ratings database"} when the connection fails; the v1 image honours the same env.
      Deviation (the release): revision 4 of ratings-v1 adds SERVICE_VERSION=v2 and MONGO_DB_URL=mongodb://mongodb:27017/test
      (meant to try the Mongo variant; bookinfo-db is not deployed, so "mongodb" does not resolve). The pods start, listen and
      stay Ready (no probes upstream; the sidecar is Ready), so the rollout completed. The ratings Service selects app=ratings,
      so roughly half the requests land on ratings-v1 and fail; ratings-v2-mysql answers normally. reviews-v2/v3 log the 500s
      and render "Ratings service is currently unavailable"; reviews-v1 never calls ratings.
    `,
    workloads: {
      'ratings-v1': {
        rollout: { at: -52, revision: 4, oldContainers: { ratings: { env: undefined } } },
        containers: {
          ratings: {
            env: [
              { name: 'SERVICE_VERSION', value: 'v2' },
              { name: 'MONGO_DB_URL', value: 'mongodb://mongodb:27017/test' },
            ],
          },
        },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -52, last: -52 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -51.2, last: -51.2 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -52, last: -52 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', fieldPath: 'spec.initContainers{istio-init}', first: -51.9, last: -51.9 },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -51.9, last: -51.9 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container istio-init', fieldPath: 'spec.initContainers{istio-init}', first: -51.9, last: -51.9 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, fieldPath: 'spec.containers{ratings}', first: -51.8, last: -51.8 },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container ratings', fieldPath: 'spec.containers{ratings}', first: -51.8, last: -51.8 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -51.8, last: -51.8 },
      { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -51.8, last: -51.8 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -51.8, last: -51.8 },
      { on: 'pod:ratings-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', type: 'Warning', first: -51.7, last: -51.7 },
    ],
    logs: {
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...mongoErr, ...mongoErr, ...mongoErr,
      ],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [...liberty(), err500, err500, err500, err500, err500],
      'reviews-v3#0/reviews': [...liberty(), err500, err500, err500, err500],
      'reviews-v1#0/reviews': [...liberty()],
      'productpage-v1#0/productpage': [
        'INFO:root:start at port 9080',
        ' * Serving Flask app \'productpage\'',
        ' * Debug mode: off',
      ],
    },
  }),
];
