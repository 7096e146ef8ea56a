// Blind dev batch s105c: a Bookinfo scenario (system from scripts/kit-systems/bookinfo.mjs, through bookinfoScenario).
// ratings-v2-mysql given DB_TYPE=MySQL in a manifest clean-up: ratings.js compares it to "mysql" and falls back to MongoDB.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-05-26T14:36:00Z';
const T = clock(I);
const R = system.workloads.find((w) => w.name === 'ratings-v2-mysql').containers[0];
const envWith = (t) => R.env.map((e) => (e.name === 'DB_TYPE' ? { ...e, value: t } : e));

const mongoErr = [
  'MongoParseError: Invalid connection string',
  '    at parseConnectionString (/opt/microservices/node_modules/mongodb/lib/core/uri_parser.js:565:21)',
  '    at connect (/opt/microservices/node_modules/mongodb/lib/operations/connect.js:282:3)',
  '    at /opt/microservices/node_modules/mongodb/lib/mongo_client.js:223:5',
  '    at maybePromise (/opt/microservices/node_modules/mongodb/lib/utils.js:662:3)',
  '    at MongoClient.connect (/opt/microservices/node_modules/mongodb/lib/mongo_client.js:219:10)',
  '    at Function.MongoClient.connect (/opt/microservices/node_modules/mongodb/lib/mongo_client.js:431:22)',
  '    at getLocalReviews (/opt/microservices/ratings.js:137:19)',
  '    at Router.<anonymous> (/opt/microservices/ratings.js:203:7) {',
  "  [Symbol(errorLabels)]: Set(0) {}",
  '}',
];
const ratings = ['Server listening on: http://0.0.0.0:9080'];
const rev = (v) => [
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.213 seconds.`,
];
const revs = { v2: rev('v2'), v3: rev('v3') };
for (const m of [-21.5, -18.2, -14.9, -11.1, -8.4, -5.3, -2.6, -0.8]) {
  ratings.push(...mongoErr);
  const v = Math.round(-m * 10) % 2 ? 'v2' : 'v3';
  revs[v].push('Error: unable to contact http://ratings:9080/ratings got status of 500');
}
const pp = [];
for (const m of [-21.5, -14.9, -8.4, -2.6]) {
  pp.push(`INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(m).replace(/^(\d+)-(\d+)-(\d+) ([\d:]+)\.\d+$/, '$3/$2/$1 $4').replace(/\/05\//, '/May/')}] "GET /productpage HTTP/1.1" 200 -`);
}

export const scenarios = [bookinfoScenario({
  folder: 's105c-ratings-db-type-case',
  description: 'book page: no stars for any review since ~2:15pm, shows "Ratings service is currently unavailable". review text still there. mysql db looks up',
  incidentTime: I,
  expected: { component: 'ratings', cause: 'config-error' },
  alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression'],
  workloads: {
    'ratings-v2-mysql': {
      rollout: { at: -22, revision: 3, oldContainers: { ratings: { env: envWith('mysql') } } },
      containers: { ratings: { env: envWith('MySQL') } },
    },
  },
  events: [
    { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v2-mysql-%NEW% to 1', first: -22, last: -22 },
    { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v2-mysql-%OLD% to 0 from 1', first: -21.6, last: -21.6 },
    { on: 'pod:ratings-v2-mysql#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -21.95 },
    { on: 'pod:ratings-v2-mysql#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v2:1.17.0" already present on machine', fieldPath: 'spec.containers{ratings}', first: -21.8 },
    { on: 'pod:ratings-v2-mysql#0', reason: 'Created', message: 'Created container ratings', fieldPath: 'spec.containers{ratings}', first: -21.8 },
    { on: 'pod:ratings-v2-mysql#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -21.8 },
  ],
  logs: {
    'ratings-v2-mysql#0/ratings': ratings,
    'reviews-v2#0/reviews': revs.v2,
    'reviews-v3#0/reviews': revs.v3,
    'productpage-v1#0/productpage': pp,
  },
  grounding: `
    Manifest/code facts (istio/istio samples/bookinfo: bookinfo-ratings-v2-mysql.yaml, src/ratings/ratings.js): ratings v2 uses MySQL only when process.env.DB_TYPE === 'mysql'; any other value takes the MongoDB branch with MONGO_DB_URL (unset here), answers 500 {"error":"could not connect to ratings database"} and console.logs the driver error. reviews v2/v3 print "Error: unable to contact http://ratings:9080/ratings got status of 500" and render "Ratings service is currently unavailable".
    Fault: a manifest clean-up PR rewrote DB_TYPE as "MySQL" (old ReplicaSet differs only by DB_TYPE=mysql). The Node process starts and listens, so the pod is Ready (no probe upstream); mysqldb is healthy and simply unused.
    Deviations: mongodb driver stack frames and line numbers are illustrative; productpage keeps answering 200 (it renders the page without stars).`,
})];
