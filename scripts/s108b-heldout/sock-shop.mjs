// Blind held-out batch s108b: Sock Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/sock-shop.mjs (complete-demo.yaml at 9dff06f); built by scripts/s108b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-12T14:41:00Z');
const SECRET_MSG = 'secret "catalogue-db" not found';
const cat = (min, took, err) => `ts=${T.isoMs(min)} caller=logging.go:31 method=List tags= order=id pageNum=1 pageSize=6 result=0 err=${err ? '"database connection error"' : 'null'} took=${took}`;
const catOk = (min, took) => `ts=${T.isoMs(min)} caller=logging.go:31 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${took}`;
const catLogs = [];
for (let m = -40; m < -19; m += 1.7) catLogs.push(catOk(m, `${(2.1 + (m % 3)).toFixed(6).replace('-', '')}ms`));
catLogs.push(`ts=${T.isoMs(-18.9)} caller=logging.go:52 method=Count tags= result=0 err="database connection error" took=1.003012ms`);
for (let m = -18.6; m < -0.2; m += 0.9) catLogs.push(cat(m, '1.2194ms', true));

export const scenarios = [
  {
    folder: 's108b-socks-list-empty-afternoon',
    incidentTime: '2026-05-12T14:41:00Z',
    description: 'catalog page shows no socks since ~14:20, commerce team can someone look',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      complete-demo.yaml gives catalogue-db MYSQL_ROOT_PASSWORD from secretKeyRef catalogue-db/root-password (this
      install's secret; upstream inlines the value). The Secret was deleted by a cleanup of a retired Helm release
      that had adopted it; nothing happened until the cluster autoscaler scaled the node down at 14:22 and the pod was
      recreated: the kubelet then refuses to start the container (CreateContainerConfigError, "secret ... not found",
      as kubelet kuberuntime prints it). The Service keeps no ready endpoint, so the catalogue Go service (go-kit
      logfmt, ErrDBConnection "database connection error" from service.go) fails every List while staying Ready.
      Deviations from upstream: the secretKeyRef, and the catalogue-db pod created 18 minutes before the incident.`,
    workloads: {
      'catalogue-db': {
        pods: [{
          created: T.iso(-18.8), phase: 'Pending', readyTransition: T.iso(-18.8),
          containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', SECRET_MSG) },
        }],
        unavailableSince: -18.8,
        endpointsChanged: -19,
      },
    },
    events: [
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -18.8 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', fieldPath: 'spec.containers{catalogue-db}', first: -18.6, last: -0.4, count: 87 },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: `Error: ${SECRET_MSG}`, fieldPath: 'spec.containers{catalogue-db}', first: -18.6, last: -0.4, count: 87 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2', first: -60 * 26 },
    ],
    logs: {
      'catalogue#0/catalogue': catLogs,
      'front-end#0/front-end': [
        `Request received: /catalogue?page=1&size=6, undefined`,
        `Request received: /catalogue/size?tags=, undefined`,
        `Request received: /catalogue?page=1&size=6, undefined`,
        `Request received: /catalogue?page=1&size=6, undefined`,
      ],
      'carts#0/carts': [
        `${T.java(-30)}  INFO [carts,,,] 7 --- [p-nio-80-exec-4] w.w.c.controllers.CartsController        : Get cart for customer 57a98d98e4b00679b4a830b2`,
        `${T.java(-6)}  INFO [carts,,,] 7 --- [p-nio-80-exec-9] w.w.c.controllers.CartsController        : Get cart for customer 57a98d98e4b00679b4a830b2`,
      ],
    },
  },
];
