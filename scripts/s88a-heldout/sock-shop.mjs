// Held-out batch s88a (split: test): one Sock Shop scenario on the system part of scripts/s2-scenarios/sock-shop.mjs.
// Built by scripts/s88a-build.mjs; grounding in the scenario's own text.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const incidentTime = '2026-05-27T10:38:00Z';
const T = clock(incidentTime);
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const catLog = [kit(-60, 'caller=logging.go:62 method=Count tags= result=9 err=null took=1.1ms')];
for (let m = -21; m < -0.3; m += 1.7) {
  catLog.push(kit(m, `caller=logging.go:31 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${(Math.abs(Math.round(m * 3)) % 4) + 1}.${(Math.abs(Math.round(m * 17)) % 9)}ms`));
  catLog.push(kit(m + 0.02, `caller=logging.go:76 method=Tags result=0 err="database connection error" took=0.9ms`));
}
const feLog = [];
for (let m = -20.8; m < -0.3; m += 3.1) {
  feLog.push(`Error: Request failed with status code 500`);
  feLog.push(`    at createError (/usr/src/app/node_modules/axios/lib/core/createError.js:16:15)`);
  feLog.push(`GET /catalogue?size=6 500 ${(Math.abs(Math.round(m * 11)) % 20) + 8}.${Math.abs(Math.round(m * 7)) % 10}12 ms - 36`);
  feLog.push(`GET /cart 200 ${(Math.abs(Math.round(m * 5)) % 9) + 4}.431 ms - 2`);
}

export const scenarios = [
  {
    folder: 's88a-sock-shop-db-secret-pruned',
    incidentTime,
    description: 'sock shop catalog page empty since about 10:15, login and cart still ok. web team says nothing deployed today',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Manifest: complete-demo.yaml at 9dff06f as the kit models it: catalogue-db reads MYSQL_ROOT_PASSWORD from the
      Secret catalogue-db key root-password (a deviation from upstream's literal value, see the system file); catalogue
      connects to catalogue-db:3306 and its logging middleware prints err="database connection error" (catalogue
      service.go ErrDBConnection). Fault: the Secret was pruned by a GitOps sync after it was moved to another tool, and
      the running pod was deleted to "bounce" it; the replacement pod stays in CreateContainerConfigError with the kubelet's
      text 'Error: secret "catalogue-db" not found' (kubernetes/kubernetes kubelet_pods.go makeEnvironmentVariables).
      The Service has no ready endpoint; catalogue and front-end are the loud ones. No rollout: the ReplicaSet is unchanged.
    `,
    workloads: {
      'catalogue-db': {
        endpointsChanged: -23,
        unavailableSince: -22.8,
        pods: [{ created: T.iso(-23), readyTransition: T.iso(-23), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', 'secret "catalogue-db" not found') } }],
      },
    },
    events: [
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -23 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -22.9, last: -0.4, count: 108, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: 'Error: secret "catalogue-db" not found', first: -22.9, last: -0.4, count: 108, fieldPath: 'spec.containers{catalogue-db}' },
    ],
    logs: {
      'catalogue#0/catalogue': catLog,
      'front-end#0/front-end': feLog,
      'front-end#1/front-end': ['GET /login 200 31.662 ms - -', 'GET /cart 200 6.118 ms - 2', 'GET /customers/57a98d98e4b00679b4a830b2 200 9.804 ms - 298'],
      'user#0/user': [kit(-5, 'caller=logging.go:30 method=Login result=1 took=4.82ms'), kit(-2, 'caller=logging.go:56 method=GetUsers id=57a98d98e4b00679b4a830b2 result=1 err=null took=1.1ms')],
    },
  },
];
