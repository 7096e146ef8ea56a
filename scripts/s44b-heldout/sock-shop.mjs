// Batch s44b held-out scenario for Sock Shop (split: test), written blind: one incident as a kit spec.
// System: the session-2 definition in scripts/s2-scenarios/sock-shop.mjs (complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INC = '2026-02-18T14:05:00Z';
const T = clock(INC);
const ECR = '485210339761.dkr.ecr.eu-west-1.amazonaws.com/sock-shop/catalogue:0.3.6-rc1';
const gk = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const dbErr = "Error 1054: Unknown column 'sock.sale_price' in 'field list'";

const catLogs = [
  gk(-21.6, 'transport=HTTP port=80'),
];
for (let m = -21.2; m < -0.2; m += 0.47) {
  const i = Math.round((m + 30) * 10);
  if (i % 5 === 0) catLogs.push(gk(m, 'caller=logging.go:81 method=Health result=2 took=9.702µs'));
  else if (i % 5 === 1) catLogs.push(gk(m, `caller=service.go:95 database error="${dbErr}"`), gk(m, `caller=logging.go:62 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock= err="database connection error" took=1.412ms`));
  else catLogs.push(gk(m, `caller=service.go:95 database error="${dbErr}"`), gk(m, `caller=logging.go:37 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=2.${100 + (i % 800)}ms`));
}
const oldCat = [];
const frontLogs = (seed) => {
  const out = [];
  let i = seed;
  for (let m = -30; m < -0.2; m += 0.61) {
    const broken = m > -17.5;
    const r = i % 4;
    if (r === 0) out.push(`GET /catalogue?page=1&size=6 ${broken ? 500 : 200} ${(broken ? 3 : 8) + (i % 7)}.${(i * 37) % 1000} ms - ${broken ? 95 : 2213}`);
    else if (r === 1) out.push(`GET /catalogue/size?tags= ${broken ? 500 : 200} ${2 + (i % 5)}.${(i * 53) % 1000} ms - ${broken ? 95 : 12}`);
    else if (r === 2) out.push(`GET /cart ${200} ${4 + (i % 6)}.${(i * 71) % 1000} ms - 2`);
    else out.push(`GET /tags 200 ${3 + (i % 4)}.${(i * 29) % 1000} ms - 172`);
    i++;
  }
  return out;
};
const mysql = (min, n, lvl, msg) => `${T.isoMs(min).replace('Z', '000Z')} ${n} [${lvl}] ${msg}`;

const FOLDER = 's44b-catalogue-rc-unknown-column';

export const scenarios = [
  {
    folder: FOLDER,
    description: 'sock shop home page shows no socks, catalogue empty. seeing "database connection error"',
    incidentTime: INC,
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): catalogue (Go, go-kit) serves :80 with readiness/liveness GET /health
      (initialDelaySeconds 180/300) and reads socksdb on catalogue-db:3306 (weaveworksdemos/catalogue-db:0.3.0, MySQL 5.7 with the
      schema baked in). catalogue's service.go logs the driver error as "database error" and returns ErrDBConnection, which the
      transport encodes as HTTP 500 {"error":"database connection error",...}; /health pings the DB and stays 200, so the pod is
      Ready. front-end logs requests with morgan "dev" (method path status ms - bytes). go-sql-driver/mysql error text
      "Error 1054: Unknown column ... in 'field list'" as MySQL returns it.
      Incident (a release whose code is ahead of its schema, a common bad rollout): at 13:43 the team rolled catalogue to a
      release candidate built in their ECR (0.3.6-rc1, a "sale price" feature) whose SELECT names sock.sale_price; the migration
      adding the column was never applied to catalogue-db. The new pod becomes Ready after 180 s and the old one is scaled down;
      from 13:47 every List/Get fails with the unknown-column error, logged under the misleading "database connection error",
      and the shop's catalogue is empty. catalogue-db is healthy (no restarts, normal log). Decoy: a user pod restarted two days
      ago; carts and orders healthy.
      A careful engineer names the catalogue rollout (the error is the new code's query, not the database).
    `,
    workloads: {
      catalogue: {
        containers: { catalogue: { image: ECR, imagePullPolicy: 'IfNotPresent' } },
        endpointsChanged: -18.7,
        rollout: { at: -22, revision: 5, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        pods: [{ created: T.iso(-21.9), readyTransition: T.iso(-18.7) }],
      },
      user: {
        pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -22 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -18.6 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -21.9 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: `Pulling image "${ECR}"`, fieldPath: 'spec.containers{catalogue}', first: -21.9 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: `Successfully pulled image "${ECR}" in 2.114s (2.114s including waiting). Image size: 13206834 bytes.`, fieldPath: 'spec.containers{catalogue}', first: -21.8 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: -21.7 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -21.7 },
    ],
    logs: {
      'catalogue#0/catalogue': catLogs,
      'front-end#0/front-end': frontLogs(0),
      'front-end#1/front-end': frontLogs(2),
      'catalogue-db#0/catalogue-db': [
        mysql(-60 * 24 * 12, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
        mysql(-60 * 24 * 5, 412, 'Note', "Aborted connection 412 to db: 'socksdb' user: 'catalogue_user' host: '10.0.2.77' (Got an error reading communication packets)"),
      ],
      'carts#0/carts': [-25, -12, -3].map((m) => `${T.java(m)}  INFO [carts,,,] 7 --- [p-nio-80-exec-${(Math.abs(m) % 9) + 1}] w.w.s.cart.controllers.ItemsController    : Adding item to cart: Item{id='null', itemId='03fef6ac-1896-4ce8-bd69-b798f85c6e0b', quantity=1, unitPrice=18.0}`),
    },
  },
];
void oldCat;
