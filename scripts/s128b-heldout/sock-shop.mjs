// Batch s128b (held-out, written blind): Sock Shop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const I = '2026-06-03T09:47:00Z';
const T = clock(I);

export const scenarios = [
  {
    folder: 's128b-catalogue-db-secret-key',
    description: 'socks catalogue empty on the site for the last 25 min, no products listed. catalog pod looks fine?',
    incidentTime: I,
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Manifest facts: catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL) reads MYSQL_ROOT_PASSWORD from
      secretKeyRef catalogue-db/root-password; catalogue (Go) connects to catalogue-db:3306 with the
      -DSN default root:fake_password@tcp(catalogue-db:3306)/socksdb. Fault: the catalogue-db Secret was re-created
      by a secrets sync job with the key renamed (password instead of root-password); the old pod kept running until
      its node was drained for a kernel patch at ~09:21, and the replacement pod sits in CreateContainerConfigError
      with the kubelet's real message "couldn't find key root-password in Secret sock-shop/catalogue-db". The
      catalogue pods stay Ready (their /health does not check the database in 0.3.5) and log
      "database connection error" / dial errors; front-end logs 500s from /catalogue. Decoy: carts restarted once
      two days ago (exit 143 during a node rotation) and a cordon event on the drained node. Deviations from upstream:
      the Secret rename and the drain are ours; upstream ships the Secret in the same manifest.`,
    nodes: { 'ip-10-0-2-148.eu-west-1.compute.internal': { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-26.5) }] } },
    workloads: {
      'catalogue-db': {
        pods: [{ node: 'ip-10-0-3-91.eu-west-1.compute.internal', created: T.iso(-25.8), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', "couldn't find key root-password in Secret sock-shop/catalogue-db") } }],
        unavailableSince: -25.8,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'node:ip-10-0-2-148.eu-west-1.compute.internal', reason: 'NodeNotSchedulable', message: 'Node ip-10-0-2-148.eu-west-1.compute.internal status is now: NodeNotSchedulable', first: -26.5 },
      { on: 'rs:catalogue-db', reason: 'SuccessfulCreate', message: 'Created pod: catalogue-db-%RS%', first: -25.8 },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -25.8 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', fieldPath: 'spec.containers{catalogue-db}', first: -25.7, last: -0.6, count: 118 },
      { on: 'pod:catalogue-db#0', reason: 'Failed', message: "Error: couldn't find key root-password in Secret sock-shop/catalogue-db", type: 'Warning', fieldPath: 'spec.containers{catalogue-db}', first: -25.7, last: -0.6, count: 118 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-60 * 24 * 9 + 0.3)} caller=main.go:89 transport=HTTP port=80`,
        `ts=${T.isoMs(-27.1)} caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.412913ms`,
        `ts=${T.isoMs(-24.9)} caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=5.002187411s`,
        `ts=${T.isoMs(-24.2)} caller=logging.go:81 method=Count tags= result=0 err="database connection error" took=5.001104279s`,
        `ts=${T.isoMs(-11.6)} caller=logging.go:81 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=null err="database connection error" took=5.000872215s`,
        `ts=${T.isoMs(-3.3)} caller=logging.go:81 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=5.001931508s`,
        `ts=${T.isoMs(-1.1)} caller=logging.go:81 method=Health result=2 took=3.14µs`,
      ],
      'front-end#0/front-end': [
        'Using Redis session store',
        'App now running in production mode on port 8079',
        `Error: Request failed with status code 500 (GET http://catalogue/catalogue?page=1&size=6)`,
        `    at createError (/usr/src/app/node_modules/axios/lib/core/createError.js:16:15)`,
        `GET /catalogue?page=1&size=6 500 5012.337 ms - 47`,
        `GET /catalogue/size?tags= 500 5003.902 ms - 47`,
        `GET /cart 200 9.114 ms - 2`,
        `GET /catalogue?page=1&size=6 500 5008.015 ms - 47`,
      ],
    },
  },
];
