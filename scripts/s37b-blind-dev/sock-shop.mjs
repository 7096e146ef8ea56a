// Batch s37b blind dev scenario for Sock Shop (microservices-demo complete-demo.yaml), written without knowledge of the
// engine: catalogue-db is recreated referencing a Secret that External Secrets never created.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-19T14:47:00Z');
const dbBase = system.workloads.find((w) => w.name === 'catalogue-db').containers[0];
const newEnv = [
  { name: 'MYSQL_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'catalogue-db-credentials', key: 'root-password' } } },
  { name: 'MYSQL_DATABASE', value: 'socksdb' },
];
const MSG = 'secret "catalogue-db-credentials" not found';

// catalogue (go-kit logfmt, service.go/logging.go): every List/Count/Tags call fails on the database.
function catalogueLogs() {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.2; m += 0.5, i++) {
    const ok = m < -20.6;
    const method = ['List', 'Count', 'Tags', 'List'][i % 4];
    const took = ok ? `${(0.6 + (i % 9) * 0.21).toFixed(6)}ms` : `${(1.1 + (i % 7) * 0.37).toFixed(6)}ms`;
    if (!ok) out.push(`ts=${T.isoMs(m)} caller=service.go:${method === 'Tags' ? 151 : method === 'Count' ? 118 : 92} database error="dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused"`);
    if (method === 'List') out.push(`ts=${T.isoMs(m + 0.001)} caller=logging.go:33 method=List tags= order=id pageNum=1 pageSize=6 result=${ok ? 6 : 0} err=${ok ? 'null' : '"database connection error"'} took=${took}`);
    if (method === 'Count') out.push(`ts=${T.isoMs(m + 0.001)} caller=logging.go:52 method=Count tags= result=${ok ? 9 : 0} err=${ok ? 'null' : '"database connection error"'} took=${took}`);
    if (method === 'Tags') out.push(`ts=${T.isoMs(m + 0.001)} caller=logging.go:80 method=Tags result=${ok ? 12 : 0} err=${ok ? 'null' : '"database connection error"'} took=${took}`);
  }
  return out;
}

export const scenarios = [
  {
    folder: 's37b-catalogue-db-externalsecret-missing',
    incidentTime: '2026-03-19T14:47:00Z',
    description: 'sock shop shows no socks at all — catalogue empty since ~14:25, orders dropping',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'easy',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest: microservices-demo complete-demo.yaml: catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL) takes
      MYSQL_ROOT_PASSWORD from Secret catalogue-db/root-password, catalogue (Go, go-kit logfmt) reads it at catalogue-db:3306 with no
      retry. Deviations: the team runs catalogue-db with strategy Recreate (one MySQL on one data dir) and moved its password to an
      External Secrets Operator ExternalSecret whose target is catalogue-db-credentials. Fault: the ExternalSecret's remote key is
      wrong, so the target Secret is never created; the Argo CD sync that switched the secretKeyRef also rolled catalogue-db, the
      Recreate strategy deleted the running pod and the new one sits in CreateContainerConfigError with the kubelet's real text
      'Error: secret "catalogue-db-credentials" not found'; the Service has no ready address and catalogue logs "database connection
      error" / connection refused on every List, Count and Tags while its own pod stays Ready. Decoy: an orders rollout 2½ hours
      earlier, healthy since.`,
    workloads: {
      'catalogue-db': {
        rollout: { at: -21, revision: 4, oldContainers: { 'catalogue-db': { env: dbBase.env } }, oldReplicas: 0 },
        containers: { 'catalogue-db': { env: newEnv } },
        pods: [{ created: T.iso(-20.8), containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', MSG) } }],
        unavailableSince: -21,
        endpointsChanged: -21,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-10.8), lastTransitionTime: T.iso(-10.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      orders: { rollout: { at: -152, revision: 7, oldReplicas: 0 } },
    },
    events: [
      { on: 'deploy:catalogue-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-db-%OLD% from 1 to 0', first: -21 },
      { on: 'deploy:catalogue-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-db-%NEW% from 0 to 1', first: -20.8 },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -20.8 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -20.7, last: -0.4, count: 97, fieldPath: 'spec.containers{catalogue-db}' },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', message: `Error: ${MSG}`, first: -20.7, last: -0.4, count: 97, fieldPath: 'spec.containers{catalogue-db}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLogs(),
    },
  },
];

// Post-processing (scripts/s37b-build.mjs): the team's catalogue-db Deployment uses strategy Recreate.
export const post = {
  's37b-catalogue-db-externalsecret-missing': ({ dir, readJson, writeJson }) => {
    const f = `${dir}/deployments.json`;
    const ds = readJson(f);
    const d = ds.items.find((x) => x.metadata.name === 'catalogue-db');
    d.spec.strategy = { type: 'Recreate' };
    writeJson(f, ds);
  },
};
